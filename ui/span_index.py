"""Which annotations touch which text block, and which cover a character: the highlighter's and the
click handler's lookup table, in code points.

The annotations of an opened document stay in the rows they were read in (sorted by start): a block's
spans are found by bisection the first time the block is asked for, so opening a document with 10,000
spans indexes nothing. Spans added, changed or removed later are kept beside those rows.

Blocks are what Qt makes of the text: a new one after each ``\\n`` or U+2029. Plain Python (no Qt).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from app.dto import AnnotationData, AnnotationRows

BLOCK_BREAK = re.compile("[\n\u2029]")
LONG = 256  # spans longer than this (code points) are checked against every block


def reading_key(ann: AnnotationData) -> tuple[int, int]:
    """Reading order: by start, the longer (outer) span first; ties keep the order they were made in."""
    return (ann.start, -ann.end)


class SpanIndex:
    def __init__(self, text: str = "", rows: Sequence[AnnotationData] = ()) -> None:
        self.block_starts = [0, *(m.end() for m in BLOCK_BREAK.finditer(text))]
        self._length = len(text)
        if isinstance(rows, AnnotationRows):
            self._rows: Sequence[AnnotationData] = rows
            self._row_starts = rows.starts()
            self._long = rows.longer_than(LONG)
        else:
            self._rows = sorted(rows, key=lambda a: a.start)
            self._row_starts = [a.start for a in self._rows]
            self._long = [i for i, a in enumerate(self._rows) if a.end - a.start > LONG]
        self._long_set = set(self._long)
        self._hidden: set[str] = set()  # rows removed or replaced since the document was read
        self._added: dict[str, AnnotationData] = {}
        self._added_by_block: dict[int, dict[str, AnnotationData]] = {}
        self._cache: dict[int, list[AnnotationData]] = {}

    # blocks
    def block_count(self) -> int:
        return len(self.block_starts)

    def block_of(self, cp: int) -> int:
        return max(0, bisect_right(self.block_starts, cp) - 1)

    def blocks_of(self, ann: AnnotationData) -> range:
        return range(self.block_of(ann.start), self.block_of(max(ann.start, ann.end - 1)) + 1)

    def block_span(self, block: int) -> tuple[int, int]:
        """``[start, end)`` of a block's text in code points, without its break."""
        start = self.block_starts[block]
        end = self.block_starts[block + 1] - 1 if block + 1 < len(self.block_starts) else self._length
        return start, end

    # look-ups
    def in_block(self, block: int) -> list[AnnotationData]:
        found = self._cache.get(block)
        if found is not None:
            return found
        if not 0 <= block < len(self.block_starts):
            return []
        low, high = self.block_span(block)
        found = []
        rows, starts, hidden = self._rows, self._row_starts, self._hidden
        first, last = bisect_left(starts, low - LONG), bisect_left(starts, max(high, low + 1))
        candidates = [i for i in range(first, last) if i not in self._long_set]
        candidates += [i for i in self._long if starts[i] < max(high, low + 1)]
        for i in candidates:
            ann = rows[i]
            if ann.end > low and (not hidden or ann.id not in hidden):
                found.append(ann)
        found.extend(self._added_by_block.get(block, {}).values())
        self._cache[block] = found
        return found

    def at(self, cp: int) -> list[AnnotationData]:
        """Annotations covering code point ``cp``, outermost first."""
        found = [a for a in self.in_block(self.block_of(cp)) if a.start <= cp < a.end]
        return sorted(found, key=lambda a: (a.start, -a.end, a.id))

    # changes
    def add(self, ann: AnnotationData) -> range:
        """Index ``ann`` (a new one, or the new state of one removed just before); returns its blocks."""
        self._added[ann.id] = ann
        blocks = self.blocks_of(ann)
        for block in blocks:
            self._added_by_block.setdefault(block, {})[ann.id] = ann
            self._cache.pop(block, None)
        return blocks

    def remove(self, ann: AnnotationData) -> range:
        """Forget ``ann`` (as it was when indexed); returns the blocks it touched."""
        old = self._added.pop(ann.id, None)
        if old is None:
            self._hidden.add(ann.id)
        else:
            ann = old
        blocks = self.blocks_of(ann)
        for block in blocks:
            bucket = self._added_by_block.get(block)
            if bucket is not None:
                bucket.pop(ann.id, None)
                if not bucket:
                    del self._added_by_block[block]
            self._cache.pop(block, None)
        return blocks
