"""Folding Arabic text for search: one table, applied with ``str.translate``.

Always: harakat, Quranic marks, the superscript alef, tatweel, ZWJ/ZWNJ and bidi controls are dropped;
أ إ آ ٱ become ا; NBSP and the other Unicode spaces become " ". By option (all on by default): ى → ي,
ة → ه, Eastern Arabic and Persian digits → 0-9, Latin (and other bicameral scripts) case-insensitive.
Every kept character folds to exactly one character, so a folded index maps back to one code point.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TATWEEL = "\u0640"
ZWNJ = "\u200c"
ZWJ = "\u200d"
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"


def _arabic_marks() -> str:
    """Harakat (with hamza above/below and madda), Quranic annotation marks and the superscript alef."""
    ranges = [(0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED), (0x08D3, 0x08FF)]
    return "".join(chr(c) for lo, hi in ranges for c in range(lo, hi + 1) if unicodedata.category(chr(c)) == "Mn")


HARAKAT = _arabic_marks()
IGNORABLE = HARAKAT + TATWEEL + ZWNJ + ZWJ + BIDI_CONTROLS
_IGNORABLE_SET = frozenset(IGNORABLE)

ALEFS = "أإآٱ"  # → ا
SPACES = "".join(chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Zs" and chr(c) != " ")
EASTERN_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
YA_FORMS = "ىی"  # alef maqsura and the Persian yeh → ي
KAF_FORMS = "ک"  # the Persian keheh → ك (always: it is the same letter in Arabic text)


@dataclass(frozen=True, slots=True)
class FoldOptions:
    ya: bool = True  # ى → ي
    ta_marbuta: bool = True  # ة → ه
    digits: bool = True  # ٠-٩ and ۰-۹ → 0-9
    case: bool = True  # Latin case-insensitive


DEFAULT = FoldOptions()


def _case_pairs() -> dict[str, str]:
    """Upper → lower for every BMP letter whose lower case is one code point (Latin, Greek, Cyrillic...)."""
    pairs = {}
    for c in range(0x0041, 0x0590):
        ch = chr(c)
        low = ch.lower()
        if low != ch and len(low) == 1:
            pairs[ch] = low
    for c in range(0x1E00, 0x2000):  # Latin Extended Additional, Greek Extended
        ch = chr(c)
        low = ch.lower()
        if low != ch and len(low) == 1:
            pairs[ch] = low
    for c in range(0xFF21, 0xFF3B):  # full-width A-Z
        pairs[chr(c)] = chr(c).lower()
    return pairs


_CASE = _case_pairs()


@lru_cache(maxsize=32)
def mapping(options: FoldOptions = DEFAULT) -> dict[str, str]:
    """Each character that folds to another one (never to nothing): original → folded."""
    table: dict[str, str] = {a: "ا" for a in ALEFS}
    table.update({s: " " for s in SPACES})
    table.update({k: "ك" for k in KAF_FORMS})
    if options.ya:
        table.update({y: "ي" for y in YA_FORMS})
    if options.ta_marbuta:
        table["ة"] = "ه"
    if options.digits:
        for digits in (EASTERN_DIGITS, PERSIAN_DIGITS):
            table.update({d: str(i) for i, d in enumerate(digits)})
    if options.case:
        table.update(_CASE)
    return table


@lru_cache(maxsize=32)
def _translate_table(options: FoldOptions = DEFAULT) -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(k): v for k, v in mapping(options).items()}
    table.update({ord(ch): None for ch in IGNORABLE})
    return table


@lru_cache(maxsize=32)
def variants(options: FoldOptions = DEFAULT) -> dict[str, str]:
    """Folded character → every original character that folds to it (itself first)."""
    found: dict[str, str] = {}
    for original, folded in mapping(options).items():
        found[folded] = found.get(folded, folded) + original
    return found


def is_ignorable(ch: str) -> bool:
    """Harakat, Quranic marks, the superscript alef, tatweel, ZWJ/ZWNJ, bidi controls: invisible to search."""
    return ch in _IGNORABLE_SET


def fold_char(ch: str, options: FoldOptions = DEFAULT) -> str:
    """The folded form of one character ('' for an ignorable one)."""
    if ch in _IGNORABLE_SET:
        return ""
    return mapping(options).get(ch, ch)


def fold_text(text: str, options: FoldOptions = DEFAULT) -> str:
    """``text`` folded for search (no map back: use ``fold_with_map`` for that)."""
    return text.translate(_translate_table(options))


def fold_with_map(text: str, options: FoldOptions = DEFAULT) -> tuple[str, list[int]]:
    """``text`` folded, and for each folded character the code point it came from."""
    folded = text.translate(_translate_table(options))
    if len(folded) == len(text):
        return folded, list(range(len(text)))
    ignorable = _IGNORABLE_SET
    return folded, [i for i, ch in enumerate(text) if ch not in ignorable]
