"""Find in a document, ignoring harakat, tatweel (and case for Latin letters).

The folded text keeps a map back to code points, so a match is a span of the original text that
includes the marks around it, ready to be labelled.
"""

from __future__ import annotations

import unicodedata

from app.text.selection import cluster_end

TATWEEL = "\u0640"


def is_ignorable(ch: str) -> bool:
    """Harakat, Quranic marks, the superscript alef and tatweel: invisible to search."""
    if ch == TATWEEL:
        return True
    return unicodedata.category(ch) == "Mn" and (
        "\u0610" <= ch <= "\u061a" or "\u064b" <= ch <= "\u065f" or ch == "\u0670" or "\u06d6" <= ch <= "\u06ed"
    )


def _fold_char(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` without ignorable characters, and the code-point index of each kept character."""
    kept: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if not is_ignorable(ch):
            kept.append(_fold_char(ch))
            index.append(i)
    return "".join(kept), index


class Finder:
    """Searches one text; folding is done once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded, self._index = fold(text)

    def _span(self, j: int, length: int) -> tuple[int, int]:
        start = self._index[j]
        end = cluster_end(self.text, self._index[j + length - 1] + 1)
        while end < len(self.text) and is_ignorable(self.text[end]):
            end += 1
        return start, end

    def _folded_pos(self, cp: int) -> int:
        """First folded index at or after code point ``cp``."""
        from bisect import bisect_left

        return bisect_left(self._index, cp)

    def find(self, query: str, start: int = 0, *, backward: bool = False, wrap: bool = True) -> tuple[int, int] | None:
        """The next match at or after code point ``start`` (or the last one ending before it)."""
        needle, _ = fold(query)
        if not needle:
            return None
        pos = self._folded_pos(start)
        if backward:
            j = self._folded.rfind(needle, 0, pos + len(needle) - 1) if pos > 0 else -1
            if j < 0 and wrap:
                j = self._folded.rfind(needle)
        else:
            j = self._folded.find(needle, pos)
            if j < 0 and wrap:
                j = self._folded.find(needle)
        return None if j < 0 else self._span(j, len(needle))

    def find_all(self, query: str) -> list[tuple[int, int]]:
        needle, _ = fold(query)
        spans = []
        j = self._folded.find(needle) if needle else -1
        while j >= 0:
            spans.append(self._span(j, len(needle)))
            j = self._folded.find(needle, j + len(needle))
        return spans
