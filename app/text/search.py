"""Find in a document (the find bar), with the matcher's folding.

Harakat, tatweel, ZWJ/ZWNJ and bidi controls are ignored; أ إ آ ٱ match ا, ى matches ي, ة matches ه,
Eastern Arabic digits match Western ones, NBSP matches a space, Latin is case-insensitive. Unlike
``Matcher`` this finds substrings (the find bar finds what is typed, inside words too). The folded
text keeps a map back to code points, so a match is a span of the original text that includes the
marks of its last letter, ready to be labelled.
"""

from __future__ import annotations

from bisect import bisect_left

from app.text.fold import DEFAULT, HARAKAT, TATWEEL, FoldOptions, fold_text, fold_with_map, is_ignorable
from app.text.selection import cluster_end, cluster_start

__all__ = ["Finder", "fold", "is_ignorable"]

_TRAIL = frozenset(HARAKAT + TATWEEL)


def fold(text: str, options: FoldOptions = DEFAULT) -> tuple[str, list[int]]:
    """``text`` folded, and the code-point index of each kept character."""
    return fold_with_map(text, options)


class Finder:
    """Searches one text; folding is done once."""

    def __init__(self, text: str, options: FoldOptions = DEFAULT) -> None:
        self.text = text
        self.options = options
        self._folded, self._index = fold_with_map(text, options)

    def _span(self, j: int, length: int) -> tuple[int, int]:
        text = self.text
        start = cluster_start(text, self._index[j])
        end = self._index[j + length - 1] + 1
        while end < len(text) and text[end] in _TRAIL:
            end += 1
        return start, cluster_end(text, end)

    def _folded_pos(self, cp: int) -> int:
        """First folded index at or after code point ``cp``."""
        return bisect_left(self._index, cp)

    def find(self, query: str, start: int = 0, *, backward: bool = False, wrap: bool = True) -> tuple[int, int] | None:
        """The next match at or after code point ``start`` (or the last one ending before it)."""
        needle = fold_text(query, self.options)
        if not needle.strip():
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
        needle = fold_text(query, self.options)
        spans = []
        j = self._folded.find(needle) if needle.strip() else -1
        while j >= 0:
            spans.append(self._span(j, len(needle)))
            j = self._folded.find(needle, j + len(needle))
        return spans
