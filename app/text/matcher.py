"""Find a query in Arabic text the way Arabic is written: one compiled regex over the original text.

The text is never folded at match time. Each folded query character becomes a class of the original
characters that fold to it (ا: [اأإآٱ], ي: [يىی], ه: [هة], 3: [3٣۳]...) followed by any ignorable
characters (harakat, tatweel, ZWJ/ZWNJ, bidi controls). A query word matches a whole text word, with
any proclitics in front (و ف ب ل ك, ال and their combinations) and, as an option, a pronoun suffix
behind; both stay outside the hit. ``word*`` is a prefix. Several words (quoted or not) are a phrase:
the words in order, separated by white space. A hit is ``[start, end)`` in code points: the stem,
with the harakat of its last letter.

A query word that starts with ال keeps it in the hit (والإسلامية → الإسلامية); after the preposition
ل the article loses its alef (للحكومة): there the hit is what follows لل (حكومة).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import product

from app.text.clitics import PROCLITICS, SUFFIXES
from app.text.fold import BIDI_CONTROLS, DEFAULT, HARAKAT, IGNORABLE, TATWEEL, ZWJ, ZWNJ, FoldOptions, fold_text
from app.text.fold import variants as _variants


def _class_of(chars: str) -> str:
    """A regex character class (or a single escaped character) holding ``chars``."""
    unique = "".join(dict.fromkeys(chars))
    if len(unique) == 1:
        return re.escape(unique)
    return "[" + "".join(re.escape(ch) if ch in "\\]^-[" else ch for ch in unique) + "]"


def _ranges(codes: list[int]) -> str:
    out = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = chr(codes[i]), chr(codes[j])
        out.append(re.escape(lo) if i == j else f"{re.escape(lo)}-{re.escape(hi)}")
        i = j + 1
    return "".join(out)


_MARK_CODES = [c for c in range(0x0300, 0x10000) if unicodedata.category(chr(c))[0] == "M"]
_MARKS = _ranges(_MARK_CODES)  # every combining mark of the BMP
_IGN = "[" + _ranges(sorted(ord(c) for c in IGNORABLE)) + "]"
_IGN_SET = frozenset(IGNORABLE)
_TRAIL = "[" + _ranges(sorted(ord(c) for c in HARAKAT + TATWEEL)) + "]"  # kept at the end of a hit
# A character that continues a word: letters, digits, _, combining marks, tatweel, ZWNJ, ZWJ.
_WORD_CLASS = rf"[\w{_MARKS}{re.escape(TATWEEL + ZWNJ + ZWJ)}]"
_WORD_RE = re.compile(_WORD_CLASS)
# ... the same without the ignorable ones (for the look-behind; ignorables are checked in Python)
_WORD_NOT_IGN = rf"(?:(?!{_IGN}){_WORD_CLASS})"
_WORD_OR_IGN = rf"(?:{_WORD_CLASS}|[{re.escape(BIDI_CONTROLS)}])"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_JOINERS = r"[.,\u066b\u066c\-/:]"
_TOKEN_RE = re.compile(rf"[\w{_MARKS}]+")
_SPLIT_QUERY = re.compile(r"\s+")


def word_tokens(folded: str) -> list[str]:
    """How the search index splits ``fold_text`` output into tokens: runs of word characters."""
    return _TOKEN_RE.findall(folded)


def _fold_query(query: str, options: FoldOptions) -> tuple[str, ...]:
    words = []
    for raw in _SPLIT_QUERY.split(fold_text(query.replace('"', " ").replace("«", " ").replace("»", " "), options)):
        if not raw:
            continue
        prefix = raw.endswith("*")
        raw = raw.rstrip("*")
        if raw:
            words.append(raw + "*" if prefix else raw)
    return tuple(words)


class Matcher:
    """One query (a word, a prefix ``word*``, or a phrase of several words), compiled once."""

    def __init__(self, query: str, *, options: FoldOptions = DEFAULT, suffixes: bool = False) -> None:
        self.query = query
        self.options = options
        self.suffixes = suffixes
        self.words: tuple[str, ...] = _fold_query(query, options)
        self._variants = _variants(options)
        self._pattern = re.compile(self._build()) if self.words else None

    # building the pattern
    def _char(self, ch: str) -> str:
        return _class_of(self._variants.get(ch, ch))

    def _chars(self, folded: str) -> str:
        """Each character, then any ignorables."""
        return "".join(f"{self._char(ch)}{_IGN}*+" for ch in folded)

    def _suffix_group(self) -> str:
        return "(?:" + "|".join(self._chars(s) for s in SUFFIXES) + ")"

    def _stem(self, word: str, last: bool) -> str:
        """The stem of one word: its characters, the harakat of the last one, then the end of the word.

        The end is checked by a look-ahead, so the hit ends right after the last letter's harakat.
        """
        prefix = word.endswith("*")
        word = word.rstrip("*")
        body = self._chars(word[:-1]) + self._char(word[-1]) + f"{_TRAIL}*+"
        if prefix:
            return body if last else body + rf"{_WORD_OR_IGN}*+"
        end = rf"(?!{_WORD_OR_IGN})"
        if word[-1].isdigit():
            end += rf"(?!{_JOINERS}[{_DIGITS}])"
        if last:
            tail = rf"(?={_IGN}*+(?:{self._suffix_group()})?{end})" if self.suffixes else rf"(?={_IGN}*+{end})"
        else:  # consumed: the separator follows
            tail = rf"{_IGN}*+(?:{self._suffix_group()})?(?=\s)" if self.suffixes else rf"{_IGN}*+(?=\s)"
        alternatives = [body + tail]
        if self.suffixes and len(word) >= 2:
            # ة becomes ت and ى becomes ا before a suffix: حكومتها, مستواه
            changed = {"ه": "ت", "ي": "ا"}.get(word[-1])
            if changed:
                sfx_tail = (
                    rf"(?={_IGN}*+{self._suffix_group()}{end})" if last else rf"{_IGN}*+{self._suffix_group()}(?=\s)"
                )
                alternatives.append(self._chars(word[:-1]) + re.escape(changed) + f"{_TRAIL}*+" + sfx_tail)
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    def _word(self, word: str, i: int, last: bool) -> str:
        """Proclitics (outside the hit: the named group ``s{i}_*`` marks where the hit starts), then the stem."""
        alef = self._char("ا")
        lam = self._char("ل")
        wf = f"(?:[وف]{_IGN}*+)?"
        bk = _class_of("ب" + self._variants.get("ك", "ك"))
        article = f"{alef}{_IGN}*+{lam}{_IGN}*+"
        folded = word.rstrip("*")
        if folded.startswith("ال") and len(folded) > 2:
            rest = word[2:]
            with_article = f"{wf}(?:{bk}{_IGN}*+)?(?P<s{i}a>){self._stem(word, last)}"
            after_lam = f"{wf}{lam}{_IGN}*+{lam}{_IGN}*+(?P<s{i}b>){self._stem(rest, last)}"
            return f"(?:{with_article}|{after_lam})"
        pre = f"{wf}(?:{bk}{_IGN}*+(?:{article})?|{lam}{_IGN}*+(?:{lam}{_IGN}*+)?|{article})?"
        return f"{pre}(?P<s{i}a>){self._stem(word, last)}"

    def _build(self) -> str:
        first = self.words[0].rstrip("*")
        start = rf"(?<!{_WORD_NOT_IGN})"
        if first[0].isdigit():
            start += rf"(?<![{_DIGITS}]{_JOINERS})"
        parts = [start]
        for i, word in enumerate(self.words):
            if i:
                parts.append(rf"{_IGN}*+\s(?:\s|{_IGN})*+")
            parts.append(self._word(word, i, last=i == len(self.words) - 1))
        return "".join(parts)

    # matching
    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """``[start, end)`` code points of each hit (the stem; clitics outside), left to right."""
        pattern = self._pattern
        if pattern is None:
            return
        pos = 0
        search = pattern.search
        while True:
            m = search(text, pos)
            if m is None:
                return
            s = m.start()
            if s and text[s - 1] in _IGN_SET and not _starts_word(text, s):
                pos = s + 1
                continue
            start = m.start("s0a")
            if start < 0:
                start = m.start("s0b")
            yield start, m.end()
            pos = m.end() if m.end() > s else s + 1

    def find_all(self, text: str) -> list[tuple[int, int]]:
        return list(self.finditer(text))

    def index_terms(self) -> list[list[str]]:
        """Per index token of the query, the folded forms a text token may have ('*' at the end: a prefix).

        A document the matcher finds holds, for every entry, at least one of its forms as a token of
        ``word_tokens(fold_text(document))``: the index may use them as a superset filter.
        """
        terms: list[list[str]] = []
        for word in self.words:
            prefix = word.endswith("*")
            tokens = word_tokens(word.rstrip("*"))
            if not tokens:
                continue
            for j, token in enumerate(tokens):
                first, last = j == 0, j == len(tokens) - 1
                forms = self._forms(token, first=first, last=last)
                if last and prefix:
                    forms = [f + "*" for f in forms]
                terms.append(sorted(set(forms)))
        return terms

    def _forms(self, token: str, *, first: bool, last: bool) -> list[str]:
        stems = [token]
        if first:
            if token.startswith("ال") and len(token) > 2:
                stems = [p + token for p in ("", "و", "ف", "ب", "ك", "وب", "فب", "وك", "فك")]
                stems += [p + "ل" + token[1:] for p in ("", "و", "ف")]
            else:
                stems = [token] + [p + token for p in PROCLITICS]
        if not (last and self.suffixes):
            return stems
        forms = list(stems)
        changed = {"ه": "ت", "ي": "ا"}.get(token[-1]) if len(token) >= 2 else None
        for stem, suffix in product(stems, SUFFIXES):
            forms.append(stem + suffix)
            if changed:
                forms.append(stem[:-1] + changed + suffix)
        return forms


def _starts_word(text: str, pos: int) -> bool:
    """Nothing but ignorables between the previous word character and ``pos``: no word starts here."""
    i = pos - 1
    while i >= 0 and text[i] in _IGN_SET:
        i -= 1
    return i < 0 or _WORD_RE.match(text, i) is None
