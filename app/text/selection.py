"""Turning a rough selection into a clean span, in code points.

Rules: a span never splits a letter from its harakat (or any combining mark), an emoji from its
modifiers, or a surrogate pair (callers convert UTF-16 positions with ``OffsetMap`` first, snapping
outwards). By default it grows to whole words and loses spaces and punctuation at its edges; in
exact mode it keeps the characters the user chose, minus surrounding whitespace.
"""

from __future__ import annotations

import unicodedata

ZWJ = "\u200d"
ZWNJ = "\u200c"
TATWEEL = "\u0640"
# Punctuation that stays inside a number: 3.5, 1,000, ٣٫٥, 2024-03-22, 10:30, 1/2.
_NUMBER_JOINERS = frozenset(".,٫٬-/:")
_PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”", "‘": "’", "‹": "›"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}


def is_mark(ch: str) -> bool:
    """A character that belongs to the one before it (harakat, other combining marks, emoji modifiers)."""
    if ch in (ZWJ, "\ufe0e", "\ufe0f"):
        return True
    if "\U0001f3fb" <= ch <= "\U0001f3ff":  # skin tones
        return True
    return unicodedata.category(ch)[0] == "M"


def is_word_char(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in "LNM" or ch in (TATWEEL, ZWNJ)


def cluster_start(text: str, pos: int) -> int:
    """Move ``pos`` left until it is not in front of a mark (or inside a ZWJ sequence).

    A mark after whitespace has no letter to belong to and stays on its own.
    """
    while 0 < pos < len(text) and (is_mark(text[pos]) or text[pos - 1] == ZWJ) and not text[pos - 1].isspace():
        pos -= 1
    return pos


def cluster_end(text: str, pos: int) -> int:
    """Move ``pos`` right past marks that belong to the character before it.

    A ZWJ joins the next character unless that is whitespace (a trailing ZWJ joins nothing).
    """
    while 0 < pos < len(text) and (is_mark(text[pos]) or (text[pos - 1] == ZWJ and not text[pos].isspace())):
        pos += 1
    return pos


def _joins_number(text: str, i: int) -> bool:
    """``text[i]`` is punctuation between two digits."""
    return text[i] in _NUMBER_JOINERS and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _in_word(text: str, i: int) -> bool:
    return is_word_char(text[i]) or _joins_number(text, i)


def _keeps_closer(text: str, start: int, end: int) -> bool:
    """The last character closes a bracket opened inside the span: keep the pair."""
    closer = text[end - 1]
    opener = _CLOSERS.get(closer)
    return opener is not None and text.count(opener, start, end - 1) > text.count(closer, start, end - 1)


def _keeps_opener(text: str, start: int, end: int) -> bool:
    closer = _PAIRS.get(text[start])
    return closer is not None and text.count(closer, start + 1, end) > text.count(text[start], start + 1, end)


def trim(text: str, start: int, end: int, *, punctuation: bool = True) -> tuple[int, int]:
    """Drop whitespace (and, unless told otherwise, punctuation) at both edges of ``[start, end)``.

    Brackets and quotes that pair with one inside the span are kept: ``22 آذار (مارس)`` stays whole.
    """

    def droppable(i: int) -> bool:
        ch = text[i]
        if ch.isspace() or unicodedata.category(ch) in ("Cf", "Cc", "Zs"):
            return True
        return punctuation and not _in_word(text, i) and not is_mark(ch)

    while True:
        before = (start, end)
        while start < end and droppable(start) and not _keeps_opener(text, start, end):
            start += 1
        while end > start and droppable(end - 1) and not _keeps_closer(text, start, end):
            end -= 1
        # a pair that wraps the whole span, like «(مارس)», is punctuation too
        first, last = text[start : start + 1], text[end - 1 : end]
        if (
            punctuation
            and end - start >= 2
            and _PAIRS.get(first) == last
            and text.count(first, start + 1, end - 1) == text.count(last, start + 1, end - 1)
        ):
            start, end = start + 1, end - 1
        if (start, end) == before:
            return start, end


def snap(text: str, start: int, end: int, *, exact: bool = False) -> tuple[int, int] | None:
    """The span to store for a selection of ``[start, end)``, or None if nothing is left.

    Default: trim spaces and punctuation, then grow to whole words. ``exact``: trim whitespace only.
    Both keep letters with their marks.
    """
    start, end = sorted((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    start, end = trim(text, start, end, punctuation=not exact)
    if start >= end:
        return None
    start, end = cluster_start(text, start), cluster_end(text, end)
    if not exact:
        while start > 0 and _in_word(text, start - 1):
            start -= 1
        while end < len(text) and _in_word(text, end):
            end += 1
        start, end = cluster_start(text, start), cluster_end(text, end)
    return (start, end) if start < end else None


def word_at(text: str, pos: int) -> tuple[int, int] | None:
    """The whole word around code point ``pos`` (for double-click), or None on a space."""
    if not text:
        return None
    pos = max(0, min(pos, len(text) - 1))
    if not _in_word(text, pos) and pos > 0 and _in_word(text, pos - 1):
        pos -= 1
    if not _in_word(text, pos):
        return None
    return snap(text, pos, pos + 1)


def word_start(text: str, pos: int) -> int:
    """The start of the word that ``pos`` lies in (``pos`` itself at a word's start or outside words)."""
    while pos > 0 and _in_word(text, pos - 1):
        pos -= 1
    return cluster_start(text, pos)


def word_end(text: str, pos: int) -> int:
    while pos < len(text) and _in_word(text, pos):
        pos += 1
    return cluster_end(text, pos)


LEXICON_CHUNK = 4096  # code points


def leave_proclitics_out(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` (snapped to words) without the leading proclitics of its first word: ``لحزب نداء تونس``
    → ``حزب نداء تونس``, ``ب163`` → ``163`` (the rule is ``app.text.clitics.proclitic_end``)."""
    from app.text.clitics import proclitic_end

    first = min(word_end(text, start), end)  # the rule reads one word: the span's first
    if start >= first:
        return start, end
    base, window = 0, text
    if len(text) > 2 * LEXICON_CHUNK:  # the rule reads the words around (its lexicon): a key press in a long
        base = max(0, (start // LEXICON_CHUNK - 1) * LEXICON_CHUNK)  # text reads three chunks, the same ones
        window = text[base : base + 3 * LEXICON_CHUNK]  # for every press nearby (the rule keeps them cached)
    cut = base + proclitic_end(window, start - base, first - base)
    return (cut, end) if start <= cut < end else (start, end)


def _next_cluster(text: str, pos: int) -> int:
    return cluster_end(text, min(pos + 1, len(text)))


def _previous_cluster(text: str, pos: int) -> int:
    return cluster_start(text, max(pos - 1, 0))


def step_edge(text: str, start: int, end: int, edge: str, grow: bool, by_word: bool = True) -> tuple[int, int] | None:
    """The span ``[start, end)`` with one edge moved: ``edge`` "start" or "end" (logical: the start of an Arabic
    span is its right side), outwards (``grow``) or inwards, by a word or by a character (a letter with its
    marks). A word step from inside a word goes to that word's edge first (so growing the start of ``حزب`` in
    ``لحزب`` takes the proclitic in); spaces and punctuation between words are crossed, never left at an edge.
    None when there is nowhere to go or the span would be left empty."""
    n = len(text)
    if edge == "start":
        if grow:
            if start == 0:
                return None
            if by_word:
                pos = start
                if not _in_word(text, pos - 1):  # from a gap: over the spaces back to the previous word
                    while pos > 0 and not _in_word(text, pos - 1):
                        pos -= 1
                new = word_start(text, pos) if pos > 0 else start
            else:
                new = _previous_cluster(text, start)
                while new > 0 and text[new].isspace():
                    new = _previous_cluster(text, new)
        else:
            if by_word:
                new = word_end(text, start) if _in_word(text, start) else start
                while new < end and not _in_word(text, new):
                    new += 1
                new = cluster_end(text, new)
            else:
                new = _next_cluster(text, start)
                while new < end and text[new].isspace():
                    new = _next_cluster(text, new)
            if new >= end:
                return None
        return None if new == start else (new, end)
    if grow:
        if end >= n:
            return None
        if by_word:
            pos = end
            if not _in_word(text, pos):
                while pos < n and not _in_word(text, pos):
                    pos += 1
            new = word_end(text, pos) if pos < n else end
        else:
            new = _next_cluster(text, end)
            while new < n and text[new - 1].isspace():
                new = _next_cluster(text, new)
    else:
        if by_word:
            new = word_start(text, end) if _in_word(text, end - 1) else end
            while new > start and not _in_word(text, new - 1):
                new -= 1
            new = cluster_start(text, new)
        else:
            new = _previous_cluster(text, end)
            while new > start and text[new - 1].isspace():
                new = _previous_cluster(text, new)
        if new <= start:
            return None
    return None if new == end else (start, new)


def toggle_proclitics(text: str, start: int, end: int) -> tuple[int, int] | None:
    """One key for the proclitic: a span that starts inside a word (its proclitic left out) takes it in; one
    that starts at a word's start leaves the word's proclitics out. None when neither changes anything."""
    begin = word_start(text, start)
    if begin < start:
        return begin, end
    cut = leave_proclitics_out(text, start, end)
    return cut if cut != (start, end) else None
