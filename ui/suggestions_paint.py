"""Suggestions drawn as a dashed outline in their label's colour, with no fill and no text format, so they are
never mistaken for annotations (which are filled, banded, framed solid or underlined); the selected suggestion
gets a thicker dash and a faint tint. Painted by the reading view's paint hook, for the lines on screen only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextBlock

from ui.document_view import DocumentView, _line_rects
from ui.suggestions_model import OpenSuggestions

if TYPE_CHECKING:
    from app.services.suggestions import SuggestionData

DASH = 1.0  # pen width of an outline, in pixels (1.5 px antialiased dashes cost 6x more: 2 ms a repaint)
SELECTED_DASH = 2.5


class SuggestionPainter:
    """``paint(visible)``: the view's paint hook (``DocumentView.paint_hooks``)."""

    def __init__(self, view: DocumentView, model: OpenSuggestions, colour_of: Callable[[str], QColor]) -> None:
        self.view, self.model, self.colour_of = view, model, colour_of

    def rects(self, visible: list[tuple[QTextBlock, float]]) -> list[tuple[int, QRectF]]:
        """(suggestion id, box) for each line of each suggestion on the visible blocks."""
        return [(sugg.id, rect) for sugg, rect in self._on_screen(visible)]

    def _boxes(
        self, visible: list[tuple[QTextBlock, float]], items: list[SuggestionData], first_cp: int, first: int, last: int
    ) -> list[tuple[SuggestionData, QRectF]]:
        to_utf16 = self.view.to_utf16
        spans = [(block.position(), block.position() + block.length(), block, top) for block, top in visible]
        out = []
        for sugg in items:
            if sugg.end <= first_cp:
                continue
            start, end = to_utf16(sugg.start), to_utf16(sugg.end)
            if end <= first or start >= last:
                continue
            for position, stop, block, top in spans:
                if stop <= start or position >= end:
                    continue
                out += [(sugg, rect) for rect in _line_rects(block, top, start, end)]
        return out

    def paint(self, visible: list[tuple[QTextBlock, float]]) -> None:
        boxes = self._on_screen(visible)
        if not boxes:
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
