"""The claim→source links drawn over the reading view: an arrow from each claim to its source actor, for
the selected annotation only (a claim: to its source; an actor: from each of its claims).

Drawn at paint time by the view (``DocumentView.paintEvent`` calls ``paint`` with the blocks on screen), so
nothing is laid out or kept for text off screen. An end off screen is drawn as a dashed stub to the edge
of the view on its side (above or below), so the annotator sees where the other end is.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF, QTextBlock
from PySide6.QtWidgets import QWidget

from app.dto import AnnotationData
from app.schema.default import SOURCE
from app.schema.model import Schema

LINK_COLOUR = QColor(120, 40, 200)  # opaque: far from the labels' colours and from the selection's blue
LINK_WIDTH = 2.0
HEAD = 7.0  # the arrowhead's length, in pixels
Span16 = tuple[int, int]  # UTF-16 positions [start, end)
Visible = list[tuple[QTextBlock, float]]  # the blocks on screen with their tops


class LinkedView(Protocol):
    """What the overlay needs of the reading view."""

    def viewport(self) -> QWidget: ...
    def to_utf16(self, cp: int) -> int: ...
    def span_rects(self, visible: Visible, start: int, end: int) -> list[QRectF]: ...


def source_links(
    ann: AnnotationData | None,
    schema: Schema,
    source_of: Callable[[str], AnnotationData | None],
    claims_of: Callable[[str], list[AnnotationData]],
) -> list[tuple[AnnotationData, AnnotationData]]:
    """The (claim, source) pairs to draw when ``ann`` is selected: its source if it is claim-like, its claims
    if it is source-like. ``source_of``/``claims_of`` are the open document's look-ups."""
    if ann is None:
        return []
    claim_like, source_like = schema.ends(SOURCE)
    links = []
    if ann.label in claim_like:
        source = source_of(ann.id)
        if source is not None:
            links.append((ann, source))
    if ann.label in source_like:
        links += [(claim, ann) for claim in claims_of(ann.id)]
    return links


def _pair(froms: list[QRectF], tos: list[QRectF]) -> tuple[QRectF, QRectF]:
    """The claim's first line box on screen and the source's line box nearest to it (a span may cover
    several lines)."""
    a = froms[0]
    return a, min(tos, key=lambda b: (abs(b.center().y() - a.center().y()), abs(b.center().x() - a.center().x())))


def _start_x(a: QRectF, target: float) -> float:
    """Where on box ``a`` the curve leaves from: its edge or middle nearest to ``target``, but not right
    under it (a source inside its claim would give a curve of no length)."""
    candidates = sorted((a.left() + 6, a.center().x(), a.right() - 6), key=lambda x: abs(x - target))
    return next((x for x in candidates if abs(x - target) >= 24), candidates[-1])


def link_path(a: QRectF, b: QRectF) -> QPainterPath:
    """A curve from box ``a`` (the claim) to box ``b`` (the source): an arch over the line when both are on
    one line, else an S from the facing edge of one to the other."""
    path = QPainterPath()
    target = b.center().x()
    if abs(a.center().y() - b.center().y()) < min(a.height(), b.height()) / 2:  # the same line
        p, q = QPointF(_start_x(a, target), a.top() + 2), QPointF(target, b.top() + 2)
        lift = min(max(a.height() * 0.7, abs(p.x() - q.x()) * 0.15), a.height() * 1.4)
        path.moveTo(p)
        path.cubicTo(QPointF(p.x(), p.y() - lift), QPointF(q.x(), q.y() - lift), q)
        return path
    down = b.center().y() > a.center().y()
    p = QPointF(_start_x(a, target) if b.width() > 4 else a.center().x(), a.bottom() - 1 if down else a.top() + 1)
    q = QPointF(target, b.top() + 1 if down else b.bottom() - 1)
    bend = max(abs(q.y() - p.y()) / 2, a.height() * 0.6)
    path.moveTo(p)
    path.cubicTo(
        QPointF(p.x(), p.y() + (bend if down else -bend)), QPointF(q.x(), q.y() - (bend if down else -bend)), q
    )
    return path


def _head(path: QPainterPath) -> QPolygonF:
    """An arrowhead at the end of ``path``, along its last direction."""
    tip = path.pointAtPercent(1.0)
    angle = math.radians(path.angleAtPercent(1.0))  # counter-clockwise degrees, y up
    dx, dy = math.cos(angle), -math.sin(angle)
    back = QPointF(tip.x() - dx * HEAD, tip.y() - dy * HEAD)
    side = QPointF(-dy * HEAD * 0.5, dx * HEAD * 0.5)
    return QPolygonF([tip, back + side, back - side])


class LinkOverlay:
    """The links to draw now, in UTF-16 positions: ``[(claim span, source span), ...]``."""

    def __init__(self, view: LinkedView) -> None:
        self._view = view
        self._links: list[tuple[Span16, Span16]] = []

    def set_links(self, links: Sequence[tuple[tuple[int, int], tuple[int, int]]]) -> None:
        """Draw these links (code-point spans, claim first) from the next paint on."""
        to16 = self._view.to_utf16
        new = [((to16(a[0]), to16(a[1])), (to16(b[0]), to16(b[1]))) for a, b in links]
        if new == self._links:
            return
        if self._links or new:  # the lines may cross the whole view: repaint it (one frame, on a click)
            self._view.viewport().update()
        self._links = new

    def links(self) -> list[tuple[Span16, Span16]]:
        return list(self._links)

    def on_scrolled(self, _value: int = 0) -> None:
        """Qt scrolls the pixels already drawn: a stub to the edge would move with them."""
        if self._links:
            self._view.viewport().update()

    def paths(self, visible: Visible, height: float) -> list[tuple[QPainterPath, bool]]:
        """The curve of each link with a part on screen, and whether it is a stub (dashed: one end is off
        screen, and the stub runs from the end on screen to the edge of the view on the other's side)."""
        found = []
        first = visible[0][0].position() if visible else 0
        for claim, source in self._links:
            whole = [self._view.span_rects(visible, *span) for span in (claim, source)]
            shown = [[r for r in rects if r.bottom() >= 0 and r.top() <= height] for rects in whole]
            if shown[0] and shown[1]:
                found.append((link_path(*_pair(shown[0], shown[1])), False))
                continue
            if not shown[0] and not shown[1]:
                continue
            near = 0 if shown[0] else 1  # the end on screen; the other is above or below the view
            far_rects, far = whole[1 - near], (claim, source)[1 - near]
            above = all(r.bottom() < 0 for r in far_rects) if far_rects else far[1] <= first
            box = shown[near][0] if above else shown[near][-1]
            edge = QRectF(box.center().x() - 1, -4.0 if above else height + 2, 2, 2)
            found.append((link_path(box, edge) if near == 0 else link_path(edge, box), True))
        return found

    def paint(self, painter: QPainter, visible: Visible, height: float) -> None:
        """Draw the links on screen (the view's painter, on its viewport)."""
        if not self._links:
            return
        paths = self.paths(visible, height)
        if not paths:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for path, stub in paths:
            pen = QPen(LINK_COLOUR, LINK_WIDTH)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            if stub:
                pen.setDashPattern([3.0, 2.0])  # in pen widths: 6 px dashes, 4 px gaps
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(LINK_COLOUR)
            painter.drawEllipse(path.pointAtPercent(0.0), 2.5, 2.5)  # the claim's end
            painter.drawPolygon(_head(path))  # the source's end
        painter.restore()
