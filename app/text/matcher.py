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

import heapq
import re
import unicodedata
from collections.abc import Iterator
from itertools import product

from app.text.clitics import PROCLITICS, SUFFIXES
from app.text.fold import (
    BIDI_CONTROLS,
    DEFAULT,
    HARAKAT,
    IGNORABLE,
    TATWEEL,
    ZWJ,
    ZWNJ,
    FoldOptions,
    fold_char,
    fold_text,
    variants_of,
)


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


_MARKS = _ranges([c for c in range(0x0300, 0x10000) if unicodedata.category(chr(c))[0] == "M"])  # BMP marks
_IGN = "[" + _ranges(sorted(ord(c) for c in IGNORABLE)) + "]"
_IGN_SET = frozenset(IGNORABLE)
_TRAIL = "[" + _ranges(sorted(ord(c) for c in HARAKAT + TATWEEL)) + "]"  # kept at the end of a hit
# A character that continues a word: letters, digits, _, combining marks, tatweel, ZWNJ, ZWJ.
_WORD_CLASS = rf"[\w{_MARKS}{re.escape(TATWEEL + ZWNJ + ZWJ)}]"
_WORD_RE = re.compile(_WORD_CLASS)
_WORD_OR_IGN = rf"(?:{_WORD_CLASS}|[{re.escape(BIDI_CONTROLS)}])"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_JOINERS = r"[.,\u066b\u066c\-/:]"
_JOINER_SET = frozenset(".,\u066b\u066c-/:")
_TOKEN_RE = re.compile(rf"[\w{_MARKS}]+")
_SPLIT_QUERY = re.compile(r"\s+")

_ALL_PRE = frozenset(("", *PROCLITICS))
_FOLDED_ARTICLE = frozenset(("لل", "ولل", "فلل"))  # ل+الحكومة = للحكومة
_LONGEST_PRE = max(len(p) for p in PROCLITICS)


def word_tokens(folded: str) -> list[str]:
    """How the search index splits ``fold_text`` output into tokens: runs of word characters."""
    return _TOKEN_RE.findall(folded)


def _fold_query(query: str, options: FoldOptions) -> tuple[str, ...]:
    words = []
    for raw in _SPLIT_QUERY.split(fold_text(re.sub(r'["«»“”]', " ", query), options)):
        prefix = raw.endswith("*")
        raw = raw.rstrip("*")
        if raw:
            words.append(raw + "*" if prefix else raw)
    return tuple(words)


# the most frequent folded characters of Arabic news, most frequent first (ant-news); others are rare
_COMMON = "اليمهونتربعدسفقحجكطصشخ0128etaoinsrhlcdu"


def _skip(word: str, least: int, options: FoldOptions) -> int:
    """How many leading characters of ``word`` the regex leaves out, so that it starts on a rare one.

    ``re`` scans for a pattern's first character at C speed, then tries the rest: starting on ق
    rather than on ا (اقتصاد) makes a search of 1 MB of news ~10x faster. At least ``least``, at most
    3 more, and never the last character.
    """

    def rank(i: int) -> tuple[bool, int, int]:
        found = _COMMON.find(word[i])
        # a character with no variants first: ``re`` finds a literal prefix faster than a class
        return len(variants_of(word[i], options)) == 1, len(_COMMON) if found < 0 else found, -i

    if len(word) <= least + 1:
        return least
    return max(range(least, min(least + 4, len(word) - 1)), key=rank)


def _literal_first(pattern: str, first_class: str, variants: str) -> list[re.Pattern[str]]:
    """``pattern`` compiled once per variant of its first character when that is a class ([اأإآٱ]...).

    ``re`` scans for a literal first character at C speed but tries a class at every position: a few
    scans for literals (merged by position) are 3-10x faster than one for the class (Figaro, 2017).
    """
    if not (first_class.startswith("[") and pattern.startswith(first_class)):
        return [re.compile(pattern)]
    tail = pattern[len(first_class) :]
    return [re.compile(re.escape(ch) + tail) for ch in dict.fromkeys(variants)]


def _is_article_word(word: str) -> bool:
    return word.startswith("ال") and len(word.rstrip("*")) > 2


class Matcher:
    """One query (a word, a prefix ``word*``, or a phrase of several words), compiled once.

    The regex starts at the first word's stem (so ``re`` scans for its first character at C speed);
    the proclitics in front of it are checked in Python for each candidate.
    """

    def __init__(self, query: str, *, options: FoldOptions = DEFAULT, suffixes: bool = False) -> None:
        self.query = query
        self.options = options
        self.suffixes = suffixes
        self.words: tuple[str, ...] = _fold_query(query, options)
        self._patterns: list[re.Pattern[str]] = []
        self._article = False
        self._skipped = ""  # the first word's leading characters that the regex leaves to Python
        if self.words:
            first = self.words[0]
            self._article = _is_article_word(first)
            skip = _skip(first.rstrip("*"), 2 if self._article else 0, options)
            self._skipped = first[:skip]
            self._skipped_sets = [frozenset(variants_of(ch, options)) for ch in self._skipped]
            self._digit = first[0].isdigit()
            pattern = self._build(first[skip:], self.words[1:])
            self._patterns = _literal_first(pattern, self._char(first[skip]), variants_of(first[skip], options))

    # building the pattern
    def _char(self, ch: str) -> str:
        return _class_of(variants_of(ch, self.options))

    def _chars(self, folded: str) -> str:
        """Each character, then any ignorables."""
        return "".join(f"{self._char(ch)}{_IGN}*+" for ch in folded)

    def _suffix_group(self) -> str:
        return "(?:" + "|".join(self._chars(s) for s in SUFFIXES) + ")"

    def _stem(self, word: str, last: bool) -> str:
        """One word's stem: its characters, the harakat of the last one, then the end of the word.

        The last word's end is a look-ahead, so the hit ends right after its last letter's harakat.
        """
        prefix = word.endswith("*")
        word = word.rstrip("*")
        body = self._chars(word[:-1]) + self._char(word[-1]) + f"{_TRAIL}*+"
        if prefix:
            return body if last else body + rf"{_WORD_OR_IGN}*+"
        end = rf"(?!{_WORD_OR_IGN})"
        if word[-1].isdigit():
            end += rf"(?!{_JOINERS}[{_DIGITS}])"
        suffix = f"(?:{self._suffix_group()})?" if self.suffixes else ""
        # the last word's end is looked at; a phrase's earlier word is consumed up to the separator
        tail = rf"(?={_IGN}*+{suffix}{end})" if last else rf"{_IGN}*+{suffix}(?=\s)"
        alternatives = [body + tail]
        changed = {"ه": "ت", "ي": "ا"}.get(word[-1]) if self.suffixes and len(word) >= 2 else None
        if changed:  # ة becomes ت and ى becomes ا before a suffix: حكومتها, مستواه
            suffix = self._suffix_group()
            tail = rf"(?={_IGN}*+{suffix}{end})" if last else rf"{_IGN}*+{suffix}(?=\s)"
            alternatives.append(self._chars(word[:-1]) + re.escape(changed) + f"{_TRAIL}*+" + tail)
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    def _with_proclitics(self, word: str, last: bool) -> str:
        """A phrase's later word: its proclitics (inside the hit), then its stem."""
        alef, lam = self._char("ا"), self._char("ل")
        wf = f"(?:[وف]{_IGN}*+)?"
        bk = _class_of("ب" + variants_of("ك", self.options))
        article = f"{alef}{_IGN}*+{lam}{_IGN}*+"
        if _is_article_word(word):
            with_article = f"{wf}(?:{bk}{_IGN}*+)?{self._stem(word, last)}"
            after_lam = f"{wf}{lam}{_IGN}*+{lam}{_IGN}*+{self._stem(word[2:], last)}"
            return f"(?:{with_article}|{after_lam})"
        pre = f"{wf}(?:{bk}{_IGN}*+(?:{article})?|{lam}{_IGN}*+(?:{lam}{_IGN}*+)?|{article})?"
        return pre + self._stem(word, last)

    def _build(self, first: str, rest: tuple[str, ...]) -> str:
        parts = [self._stem(first, last=not rest)]
        for i, word in enumerate(rest):
            parts.append(rf"{_IGN}*+\s(?:\s|{_IGN})*+")
            parts.append(self._with_proclitics(word, last=i == len(rest) - 1))
        return "".join(parts)

    # matching
    def _word_start(self, text: str, pos: int) -> int | None:
        """Where the hit starting at ``pos`` really starts, once the letters in front are checked.

        None when they are no proclitics (``pos`` is inside a word). With a query word starting with ال
        the regex matched what follows ال: the hit moves back over the article (و+الحكومة), or stays
        after لل (للحكومة).
        """
        i = pos - 1
        # the first word's characters the regex left out, right to left (not the article)
        for k in range(len(self._skipped) - 1, 1 if self._article else -1, -1):
            while i >= 0 and text[i] in _IGN_SET:
                i -= 1
            if i < 0 or text[i] not in self._skipped_sets[k]:
                return None
            pos = i
            i -= 1
        letters: list[str] = []
        positions: list[int] = []
        limit = _LONGEST_PRE + 2 if self._article else _LONGEST_PRE
        while True:
            while i >= 0 and text[i] in _IGN_SET:
                i -= 1
            if i < 0:
                break
            if _WORD_RE.match(text, i) is None:
                if self._digit and not letters and text[i] in _JOINER_SET and i and text[i - 1].isdigit():
                    return None  # 3.163: inside a number
                break
            if len(letters) == limit:
                return None
            letters.append(fold_char(text[i], self.options))
            positions.append(i)
            i -= 1
        before = "".join(reversed(letters))
        if not self._article:
            return pos if before in _ALL_PRE else None
        if before in _FOLDED_ARTICLE:
            return pos
        if before.endswith("ال") and before[:-2] in _ALL_PRE:  # و+الحكومة, and ال+الات (الآلات)
            return positions[1]
        return None

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """``[start, end)`` code points of each hit (the stem; clitics outside), left to right."""
        patterns = self._patterns
        # the next candidate of each pattern, by position (the patterns differ in their first character)
        heap = [(m.start(), j, m) for j, p in enumerate(patterns) if (m := p.search(text)) is not None]
        heapq.heapify(heap)
        last_end = 0
        while heap:
            start, j, m = heapq.heappop(heap)
            if start < last_end:  # inside the previous hit
                resume = last_end
            else:
                word_start = self._word_start(text, start)
                if word_start is None or word_start < last_end:
                    resume = start + 1
                else:
                    yield word_start, m.end()
                    last_end = resume = max(m.end(), start + 1)
            if (m := patterns[j].search(text, resume)) is not None:
                heapq.heappush(heap, (m.start(), j, m))

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
            stems = [token] + [p + token for p in PROCLITICS]  # و+الحكومة, and ال+الكترونية for الك*
            if token.startswith("ال") and len(token) > 2:
                stems += [p + "ل" + token[1:] for p in ("", "و", "ف")]  # للحكومة
        if not (last and self.suffixes):
            return stems
        forms = list(stems)
        changed = {"ه": "ت", "ي": "ا"}.get(token[-1]) if len(token) >= 2 else None
        for stem, suffix in product(stems, SUFFIXES):
            forms.append(stem + suffix)
            if changed:
                forms.append(stem[:-1] + changed + suffix)
        return forms
