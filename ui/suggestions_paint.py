"""Suggestions drawn as a dashed outline in their label's colour, with no fill and no text format, so they are
never mistaken for annotations (which are filled, banded, framed solid or underlined); the selected suggestion
gets a thicker dash and a faint tint. Painted by the reading view's paint hook, for the lines on screen only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextBlock

from ui.document_view import DocumentView, _line_rects
from ui.suggestions_model import OpenSuggestions

DASH = 1.5  # pen width of an outline, in pixels
SELECTED_DASH = 2.5


class SuggestionPainter:
    """``paint(visible)``: the view's paint hook (``DocumentView.paint_hooks``)."""

    def __init__(self, view: DocumentView, model: OpenSuggestions, colour_of: Callable[[str], QColor]) -> None:
        self.view, self.model, self.colour_of = view, model, colour_of

    def rects(self, visible: list[tuple[QTextBlock, float]]) -> list[tuple[int, QRectF]]:
        """(suggestion id, box) for each line of each suggestion on the visible blocks."""
        if not visible or not self.model.items:
            return []
        to_utf16 = self.view.to_utf16
        first = visible[0][0].position()
        last_block = visible[-1][0]
        last = last_block.position() + last_block.length()
        # the items are sorted by start: only those that can reach the screen are looked at (a 1 MB article has
        # 5,000 suggestions; walking them all cost 15 ms a repaint)
        items = self.model.items
        first_cp, last_cp = self.view.to_cp(first), self.view.to_cp(last, "right")
        lo = bisect_left(self.model.starts, first_cp - self.model.longest)
        hi = bisect_right(self.model.starts, last_cp)
        out = []
        for sugg in items[lo:hi]:
            if sugg.end <= first_cp:
                continue
            start, end = to_utf16(sugg.start), to_utf16(sugg.end)
            if end <= first or start >= last:
                continue
            for block, top in visible:
                position = block.position()
                if position + block.length() <= start or position >= end:
                    continue
                out += [(sugg.id, rect) for rect in _line_rects(block, top, start, end)]
        return out

    def paint(self, visible: list[tuple[QTextBlock, float]]) -> None:
        boxes = self.rects(visible)
        if not boxes:
            return
        by_id = {s.id: s for s in self.model.items}
        painter = QPainter(self.view.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for sugg_id, rect in boxes:
            colour = self.colour_of(by_id[sugg_id].label)
            selected = sugg_id == self.model.selected
            pen = QPen(colour, SELECTED_DASH if selected else DASH, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            if selected:
                tint = QColor(colour)
                tint.setAlpha(45)
                painter.setBrush(tint)
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3, 1, 3, -1), 4, 4)
        painter.end()
