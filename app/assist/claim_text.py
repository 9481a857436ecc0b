"""Sentences and quotations of a folded text, found once per text for ``app.assist.claims``: sentence ends,
quotation spans (paired marks, left-open straight marks), cue words with their leading character."""

from __future__ import annotations

import re
from bisect import bisect_right

from app.assist import cues
from app.assist.claim_words import (
    _CLOSES_BEFORE,
    _LAST_WORD,
    _NARRATED,
    _OPENS_AFTER,
    _QUOTE_MARK,
    _SENTENCE_AFTER,
    _SENTENCE_END,
    _SENTENCE_IN,
    _STRAIGHT,
)


def _words(regex: re.Pattern[str], at_start: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match of a word pattern led by the character before the word, and one at the very start."""
    found = list(regex.finditer(text))
    if first := at_start.match(text):
        found.insert(0, first)
    return found


def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Where sentences end: a line break, or . ! ? ؟ (a run of them) before a space, a closing mark or the
    end, but not the full stop of a one-letter abbreviation (د. أ.د.) or inside a number (3.5)."""
    ends: list[int] = []
    afters: list[int] = []
    for m in _SENTENCE_END.finditer(text):
        i = m.start()
        if i >= 2 and text[i] == "." and text[i - 1].isalpha() and (text[i - 2].isspace() or text[i - 2] == "."):
            continue
        ends.append(i)
        afters.append(m.end())
    return ends, afters


def _quotes(text: str) -> list[tuple[int, int]]:
    """Quotations on one line: « to », or " “ ” to the next of them that stands before a space or
    punctuation; an opening mark stands after a space, a bracket, a colon or a proclitic (بـ"…", ل"…"),
    so a stray mark inside a word opens nothing."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    found: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while i < len(marks):
        s = marks[i]
        i += 1
        ch = text[s]
        if ch == "»" or (s and text[s - 1] not in _OPENS_AFTER and not _glued_to_cue(text, s)):
            continue
        line_end = text.find("\n", s)
        if line_end < 0:
            line_end = n
        depth = 0  # quotations opened inside this one (… جمعية "واحات جمنة " سيؤدي …)
        inner_close = -1
        for j in range(i, len(marks)):
            e = marks[j]
            if e >= line_end:
                break
            c = text[e]
            if ch == "«":
                if c == "»":
                    found.append((s, e + 1))
                    i = j + 1
                    break
            elif c in _STRAIGHT and (e + 1 == n or text[e + 1] in _CLOSES_BEFORE):
                if not depth and inner_close >= 0 and _SENTENCE_IN.search(text, marks[inner_close], e):
                    found.append((s, marks[inner_close] + 1))  # a sentence ended after the inner one: this
                    i = inner_close + 1  # one closed with it
                    break
                if (stop := _narrated_after(text, s, e)) >= 0:
                    found.append((s, stop + 1))  # never closed: it ends with its sentence
                    i = bisect_right(marks, stop)
                    break
                if depth and not _SENTENCE_AFTER.match(text, e + 1) and not _SENTENCE_IN.search(text, s, e):
                    depth -= 1  # the inner one closes, in the same sentence; not before a sentence end
                    inner_close = j
                    continue
                found.append((s, e + 1))
                i = j + 1
                break
            elif (
                c in _STRAIGHT
                and text[e - 1] in _OPENS_AFTER
                and text[e + 1 : e + 2].isalpha()
                and not _SENTENCE_IN.search(text, s, e)
            ):
                depth += 1  # a mark before a word, after a space, in the same sentence: a quotation inside
        else:
            if ch != "«" and inner_close >= 0 and not depth:
                found.append((s, marks[inner_close] + 1))  # its own closing mark was the last inner one
                i = inner_close + 1
    return found


def _glued_to_cue(text: str, mark: int) -> bool:
    """``مضيفا"وحتى لو …``: a mark typed right after a reporting word, no space, and before a word opens the
    quotation."""
    if not text[mark + 1 : mark + 2].isalpha():
        return False
    word = _LAST_WORD.search(text, max(0, mark - 16), mark)
    return word is not None and cues.fold(word.group()) in cues.FORM_OF


def _narrated_after(text: str, start: int, end: int) -> int:
    """Where a straight mark at ``start`` that would close at ``end`` was left open: a sentence end between
    them followed by the writer's و/ف-cue (``مضيفا أنه "لا وجود لأي مبررات … تنفيذها. وأوضح أن "وزير …"``), the
    next sentence no longer quoted; -1 if none."""
    for m in _NARRATED.finditer(text, start, end):
        if (v := cues.VERB_AT_START_RE.match(text, m.end())) is not None and v.group("pro"):
            return m.start()
    return -1
