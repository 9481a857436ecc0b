"""Suggestions drawn as a dashed outline in their label's colour, with no fill and no text format, so they are
never mistaken for annotations (which are filled, banded, framed solid or underlined); the selected suggestion
gets a thicker dash and a faint tint, and, when it is a claim, its source and its cue (what Enter will make or
find, and link) are outlined too, dashed in ACTOR's and CUE's colours. Painted by the reading view's paint hook,
for the lines on screen only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextBlock

from app.schema.default import ACTOR_LABEL, CUE_LABEL
from ui.document_view import DocumentView, _line_rects
from ui.suggestions_model import OpenSuggestions

if TYPE_CHECKING:
    from app.services.suggestions import SuggestionData

DASH = 1.0  # pen width of an outline, in pixels (1.5 px antialiased dashes cost 6x more: 2 ms a repaint)
SELECTED_DASH = 2.5
LINK_DASH = 2.0  # the selected claim's source and cue: a few boxes, so a wider dash costs nothing


class SuggestionPainter:
    """``paint(visible)``: the view's paint hook (``DocumentView.paint_hooks``)."""

    def __init__(self, view: DocumentView, model: OpenSuggestions, colour_of: Callable[[str], QColor]) -> None:
        self.view, self.model, self.colour_of = view, model, colour_of

    def rects(self, visible: list[tuple[QTextBlock, float]]) -> list[tuple[int, QRectF]]:
        """(suggestion id, box) for each line of each suggestion on the visible blocks."""
        return [(sugg.id, rect) for sugg, rect in self._on_screen(visible)]

    def link_rects(self, visible: list[tuple[QTextBlock, float]]) -> list[tuple[str, QRectF]]:
        """(the role of the label that end is made as, ACTOR or CUE, whose label ``colour_of`` finds whatever it is
        called now; box) for each line of the selected suggestion's source and cue on the visible blocks; only the
        selected one is looked at."""
        sugg = self.model.selected_suggestion()
        if sugg is None or not visible:
            return []
        spans = _block_spans(visible)
        out = []
        for label, span in ((ACTOR_LABEL, sugg.source), (CUE_LABEL, sugg.cue)):
            if span is not None:
                start, end = self.view.to_utf16(span[0]), self.view.to_utf16(span[1])
                out += [(label, rect) for rect in _span_rects(spans, start, end)]
        return out

    def _boxes(
        self, visible: list[tuple[QTextBlock, float]], items: list[SuggestionData], first_cp: int, first: int, last: int
    ) -> list[tuple[SuggestionData, QRectF]]:
        to_utf16 = self.view.to_utf16
        spans = _block_spans(visible)
        out = []
        for sugg in items:
            if sugg.end <= first_cp:
                continue
            start, end = to_utf16(sugg.start), to_utf16(sugg.end)
            if end <= first or start >= last:
                continue
            out += [(sugg, rect) for rect in _span_rects(spans, start, end)]
        return out

    def paint(self, visible: list[tuple[QTextBlock, float]]) -> None:
        boxes = self._on_screen(visible)
        links = self.link_rects(visible)
        if not boxes and not links:
            return
        painter = QPainter(self.view.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pens: dict[str, QPen] = {}
        selected_box = []
        for sugg, rect in boxes:
            if sugg.id == self.model.selected:
                selected_box.append((sugg, rect))
                continue
            pen = pens.get(sugg.label)
            if pen is None:
                pen = pens[sugg.label] = QPen(self.colour_of(sugg.label), DASH, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(rect.adjusted(-3, 1, 3, -1), 4, 4)
        for sugg, rect in selected_box:  # last, over its neighbours
            colour = self.colour_of(sugg.label)
            painter.setPen(QPen(colour, SELECTED_DASH, Qt.PenStyle.DashLine))
            tint = QColor(colour)
            tint.setAlpha(45)
            painter.setBrush(tint)
            painter.drawRoundedRect(rect.adjusted(-3, 1, 3, -1), 4, 4)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for label, rect in links:  # the source and cue Enter will link, over everything
            painter.setPen(QPen(self.colour_of(label), LINK_DASH, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect.adjusted(-3, 1, 3, -1), 4, 4)
        painter.end()

    def _on_screen(self, visible: list[tuple[QTextBlock, float]]) -> list[tuple[SuggestionData, QRectF]]:
        if not visible or not self.model.items:
            return []
        first = visible[0][0].position()
        last_block = visible[-1][0]
        last = last_block.position() + last_block.length()
        # the items are sorted by start: only those that can reach the screen are looked at (a 1 MB article has
        # 5,000 suggestions; walking them all cost 15 ms a repaint)
        first_cp, last_cp = self.view.to_cp(first), self.view.to_cp(last, "right")
        lo = bisect_left(self.model.starts, first_cp - self.model.longest)
        hi = bisect_right(self.model.starts, last_cp)
        return self._boxes(visible, self.model.items[lo:hi], first_cp, first, last)


_BlockSpan = tuple[int, int, QTextBlock, float]  # a visible block's first and last UTF-16 position, it, its top


def _block_spans(visible: list[tuple[QTextBlock, float]]) -> list[_BlockSpan]:
    return [(block.position(), block.position() + block.length(), block, top) for block, top in visible]


def _span_rects(spans: list[_BlockSpan], start: int, end: int) -> list[QRectF]:
    """The line boxes of the UTF-16 range ``[start, end)`` on the visible blocks it touches."""
    out: list[QRectF] = []
    for position, stop, block, top in spans:
        if stop > start and position < end:
            out += _line_rects(block, top, start, end)
    return out
