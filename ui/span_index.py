"""Which spans touch which text block, in Qt (UTF-16) positions: the highlighter's lookup table.

Plain Python (no Qt) so it can be tested and benchmarked on its own.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    id: str
    label: str
    start: int  # UTF-16 units, like QTextCursor positions
    end: int


class SpanIndex:
    def __init__(self, block_starts: list[int] | None = None) -> None:
        self._starts = block_starts or [0]
        self._spans: dict[str, Span] = {}
        self._by_block: dict[int, dict[str, Span]] = {}

    def reset(self, block_starts: list[int], spans: list[Span] = ()) -> None:  # type: ignore[assignment]
        self._starts = block_starts or [0]
        self._spans = {}
        self._by_block = {}
        for span in spans:
            self.add(span)

    def block_of(self, position: int) -> int:
        return max(0, bisect_right(self._starts, position) - 1)

    def blocks_of(self, span: Span) -> range:
        return range(self.block_of(span.start), self.block_of(max(span.start, span.end - 1)) + 1)

    def add(self, span: Span) -> range:
        """Index ``span`` (replacing one with the same id); returns the blocks to repaint."""
        old = self.remove(span.id)
        self._spans[span.id] = span
        blocks = self.blocks_of(span)
        for block in blocks:
            self._by_block.setdefault(block, {})[span.id] = span
        if old:
            return range(min(old.start, blocks.start), max(old.stop, blocks.stop))
        return blocks

    def remove(self, span_id: str) -> range:
        span = self._spans.pop(span_id, None)
        if span is None:
            return range(0)
        blocks = self.blocks_of(span)
        for block in blocks:
            bucket = self._by_block.get(block)
            if bucket is not None:
                bucket.pop(span_id, None)
                if not bucket:
                    del self._by_block[block]
        return blocks

    def in_block(self, block: int) -> list[Span]:
        bucket = self._by_block.get(block)
        return list(bucket.values()) if bucket else []

    def at(self, position: int) -> list[Span]:
        """Spans covering ``position`` (outermost first)."""
        found = [s for s in self.in_block(self.block_of(position)) if s.start <= position < s.end]
        return sorted(found, key=lambda s: (s.start, -s.end, s.id))

    def get(self, span_id: str) -> Span | None:
        return self._spans.get(span_id)

    def __len__(self) -> int:
        return len(self._spans)
