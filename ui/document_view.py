"""The reading view: a read-only, right-to-left QPlainTextEdit with span highlights.

Qt positions are UTF-16 units; everything that leaves this widget is in code points, converted
only through ``OffsetMap``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from app.dto import AnnotationData
from app.text.offsets import OffsetMap
from app.text.selection import snap, word_at
from ui.fonts import reading_font
from ui.highlighter import BANDED, FRAMED, SpanHighlighter
from ui.link_overlay import LinkOverlay
from ui.span_index import SpanIndex

MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 48.0
SELECTED_COLOUR = QColor(70, 110, 230, 60)
SELECTED_OUTLINE = QColor(30, 70, 210)
LINKED_COLOUR = QColor(150, 90, 210, 90)
FRAME_WIDTH = 2  # of a FIGURE's frame, in pixels
BAND_WIDTH = 3  # of the strip at the foot of a CLAIM's lines, in pixels
Edges = tuple[QColor, list[QRect]]  # strips of one colour, drawn with one call


def display_text(text: str) -> str:
    """The text as given to Qt, with the same length: Qt would fold ``\\r\\n`` into one break."""
    return text.replace("\r\n", " \n").replace("\r", "\n")


def _x(found: object) -> float:
    """``QTextLine.cursorToX`` gives ``(x, position)`` in PySide6 (the position is an in/out argument);
    its stubs say ``object``."""
    return float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]


def _line_rects(block: QTextBlock, top: float, start: int, end: int) -> list[QRectF]:
    """The boxes of UTF-16 positions ``[start, end)`` on each laid-out line of ``block`` drawn at ``top``."""
    layout, base = block.layout(), block.position()
    rects = []
    first_line = layout.lineForTextPosition(max(start - base, 0))  # straight to the span's first line
    for i in range(first_line.lineNumber() if first_line.isValid() else 0, layout.lineCount()):
        line = layout.lineAt(i)
        line_start = line.textStart()
        if line_start >= end - base:
            break
        first = max(start - base, line_start)
        last = min(end - base, line_start + line.textLength())
        if first < last:
            x1, x2 = _x(line.cursorToX(first)), _x(line.cursorToX(last))
            rects.append(QRectF(min(x1, x2), top + line.y(), abs(x2 - x1), line.height()))
    return rects


def _depth(drawn: tuple[tuple[int, int, str], ...], at: int, same: dict[str, QColor]) -> int:
    """How many spans of ``drawn`` drawn the same way (framed, or banded) hold span ``at`` (of two with the
    same extent, the first holds the second)."""
    start, end, _label = drawn[at]
    return sum(
        1
        for i, (s, e, label) in enumerate(drawn)
        if i != at and label in same and s <= start and end <= e and ((s, e) != (start, end) or i < at)
    )


class DocumentView(QPlainTextEdit):
    """Signals: ``clicked_at`` (code point of a plain click), ``cycle_requested`` (+1/-1 for Tab/Shift+Tab),
    ``escape_pressed``, ``form_requested`` (Enter: into the selected annotation's form), ``zoom_changed``
    (point size), ``menu_requested`` (code point under the mouse, global position: a right click)."""

    clicked_at = Signal(int)
    cycle_requested = Signal(int)
    escape_pressed = Signal()
    form_requested = Signal()
    menu_requested = Signal(int, QPoint)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None, point_size: float = 16.0) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.document().setDocumentMargin(18)
        self.setMouseTracking(True)
        self.point_size = point_size
        self.setFont(reading_font(point_size))
        self.highlighter = SpanHighlighter(self.document(), self)
        self.offsets = OffsetMap("")
        self.tooltip_provider: Callable[[int], str] | None = None
        self._exact_range: tuple[int, int] | None = None
        self._outline: tuple[int, int] | None = None  # the selected annotation, UTF-16
        self._frames: dict[int, tuple[object, list[tuple[QColor, QRectF]], list[Edges]]] = {}  # by block
        self._press_pos: QPoint | None = None
        self.paint_hooks: list[Callable[[list[tuple[QTextBlock, float]]], None]] = []  # overlays (suggestions)
        self.exact_mode = False  # the exact-selection toggle: selections keep the characters chosen
        self.links = LinkOverlay(self)  # the selected claim's arrow to its source, drawn in paintEvent
        self.verticalScrollBar().valueChanged.connect(self.links.on_scrolled)

    # content
    def load(self, offsets: OffsetMap, index: SpanIndex) -> None:
        """Show ``offsets.text`` with the annotations in ``index``. Only the blocks on screen are
        highlighted before the first paint; the rest follow while the event loop is idle."""
        self.offsets = offsets
        self.setExtraSelections([])
        self._outline = None
        self.links.set_links([])
        self._frames.clear()
        self.setPlainText(display_text(offsets.text))
        self.highlighter.reset(index, offsets)
        self._exact_range = None

    @property
    def index(self) -> SpanIndex:
        return self.highlighter.index

    def repaint_spans(self, *anns: AnnotationData) -> None:
        """Re-highlight the blocks these annotations touch (the index already holds the change)."""
        for ann in anns:
            self.highlighter.paint_blocks(self.index.blocks_of(ann))

    def paintEvent(self, event: QPaintEvent) -> None:
        visible = self._highlight_visible()
        super().paintEvent(event)
        for paint in self.paint_hooks:  # each with its own painter, over the text
            paint(visible)
        frames = self._frames_on(visible)
        rects = self.outline_rects()
        if not frames and not rects and not self.links.links():
            return
        painter = QPainter(self.viewport())
        painter.setPen(Qt.PenStyle.NoPen)
        for top, edges in frames:  # solid, pixel-aligned fills: far cheaper than a wide pen's stroke
            painter.translate(0, top)
            for colour, rects_of_colour in edges:
                painter.setBrush(colour)
                painter.drawRects(rects_of_colour)
            painter.translate(0, -top)
        if rects:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(SELECTED_OUTLINE, 2))
            painter.setBrush(SELECTED_COLOUR)
            for rect in rects:
                painter.drawRoundedRect(rect.adjusted(-2, 0, 2, 0), 3, 3)
        self.links.paint(painter, visible, self.viewport().height())
        painter.end()

    def _highlight_visible(self) -> list[tuple[QTextBlock, float]]:
        """Give the blocks on screen their formats; returns them with their tops."""
        block = self.firstVisibleBlock()
        bottom = self.viewport().rect().bottom()
        offset = self.contentOffset()
        highlighter = self.highlighter
        visible = []
        while block.isValid():
            if not highlighter.is_painted(block.blockNumber()):
                highlighter.paint_block(block)
            top = self.blockBoundingGeometry(block).translated(offset).top()
            if top > bottom:
                break
            visible.append((block, top))
            block = block.next()
        return visible

    def span_rects(self, visible: list[tuple[QTextBlock, float]], start: int, end: int) -> list[QRectF]:
        """The boxes of UTF-16 positions ``[start, end)`` on the ``visible`` blocks, one per line."""
        return [
            rect
            for block, top in visible
            if block.position() < end and block.position() + block.length() > start
            for rect in _line_rects(block, top, start, end)
        ]

    def frame_rects(self, visible: list[tuple[QTextBlock, float]]) -> list[tuple[QColor, QRectF]]:
        """The boxes of FIGURE spans (``FRAMED`` labels) on the visible blocks, one per line they cover."""
        return [
            (colour, rect.translated(0, top)) for block, top in visible for colour, rect in self._block_frames(block)[0]
        ]

    def _frames_on(self, visible: list[tuple[QTextBlock, float]]) -> list[tuple[int, list[Edges]]]:
        """What ``paintEvent`` draws: for each visible block with frames, its top and the frames' edges."""
        frames = []
        for block, top in visible:
            edges = self._block_frames(block)[1]
            if edges:
                frames.append((round(top), edges))
        return frames

    def _block_frames(self, block: QTextBlock) -> tuple[list[tuple[QColor, QRectF]], list[Edges]]:
        """A block's frame boxes and the strips drawn for them (``FRAME_WIDTH`` edges of each ``FRAMED``
        span's box, inset by how many framed spans hold it, so nested frames stay apart; a ``BAND_WIDTH``
        strip along the foot of each line of a ``BANDED`` span, raised likewise), relative to the block's top.

        Kept until the block's drawn spans or the width and size of the text change: asking a line for
        x positions after a paint costs ~40 µs a span, building the edges ~5 µs a frame, and a screen
        can hold dozens of figures."""
        number = block.blockNumber()
        drawn = tuple(
            (span.start, span.end, span.label)
            for span in self.index.in_block(number)
            if span.label in FRAMED or span.label in BANDED
        )
        if not drawn or not block.layout().lineCount():
            return [], []
        key = (drawn, self.viewport().width(), self.point_size)
        cached = self._frames.get(number)
        if cached is None or cached[0] != key:
            to_utf16, width = self.offsets.to_utf16, FRAME_WIDTH
            boxes: list[tuple[QColor, QRectF]] = []
            bands: dict[int, Edges] = {}  # by colour (QColor is not hashable); drawn under the frames
            frames: dict[int, Edges] = {}
            for at, (start, end, label) in enumerate(drawn):
                framed = label in FRAMED
                depth = _depth(drawn, at, FRAMED if framed else BANDED)
                colour = FRAMED[label] if framed else BANDED[label]
                strips = (frames if framed else bands).setdefault(colour.rgba(), (colour, []))[1]
                for rect in _line_rects(block, 0.0, to_utf16(start), to_utf16(end)):
                    box = rect.toAlignedRect()  # inside the line, so the block's own repaint covers it
                    if not framed:
                        strips.append(QRect(box.x(), box.bottom() - BAND_WIDTH * (depth + 1), box.width(), BAND_WIDTH))
                        continue
                    boxes.append((colour, rect))
                    inset, lower = depth * (width + 2), depth * (width + 1)
                    box = box.adjusted(-2 + inset, 1 + lower, 2 - inset, -1 - lower)
                    x, y, w, h = box.x(), box.y(), box.width(), box.height()
                    strips += [
                        QRect(x, y, w, width),
                        QRect(x, y + h - width, w, width),
                        QRect(x, y, width, h),
                        QRect(x + w - width, y, width, h),
                    ]
            if len(self._frames) > 4096:
                self._frames.clear()
            cached = self._frames[number] = (key, boxes, [*bands.values(), *frames.values()])
        return cached[1], cached[2]

    # positions
    def to_utf16(self, cp: int) -> int:
        return self.offsets.to_utf16(cp)

    def to_cp(self, unit: int, snap_to: str = "left") -> int:
        return self.offsets.from_utf16(min(max(unit, 0), self.offsets.utf16_length), snap=snap_to)

    def cursor_range(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()

    def selection_span(self) -> tuple[int, int] | None:
        """The selected span in code points, snapped to words unless it was made with Alt held."""
        start16, end16 = self.cursor_range()
        if start16 == end16:
            return None
        exact = self.selection_is_exact()
        return snap(self.offsets.text, self.to_cp(start16, "left"), self.to_cp(end16, "right"), exact=exact)

    def selection_is_exact(self) -> bool:
        """The selection keeps its characters: made with Alt held, or the exact-selection toggle is on."""
        return (
            self.exact_mode
            or self.cursor_range() == self._exact_range
            or bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.AltModifier)
        )

    def gap_at(self, point: QPoint) -> int:
        """The UTF-16 position of the gap between characters nearest to ``point`` on its line. Qt's own hit
        test in right-to-left Arabic can land one character further (a drag ending one pixel into a word
        took the whole word); the nearest of its neighbours by their cursor rectangles is the gap meant."""
        found = self.cursorForPosition(point).position()
        best, best_dx = found, -1
        for candidate in (found - 1, found, found + 1):
            if not 0 <= candidate <= self.offsets.utf16_length:
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(candidate)
            rect = self.cursorRect(cursor)
            dx = abs(rect.x() - point.x())
            if rect.top() <= point.y() <= rect.bottom() and (best_dx < 0 or dx < best_dx):
                best, best_dx = candidate, dx
        return best

    def set_outline(self, span: tuple[int, int] | None) -> None:
        """Move the selected annotation's outline to code points ``span`` (while its edge is dragged)."""
        dirty = self.outline_rects()
        self._outline = (self.to_utf16(span[0]), self.to_utf16(span[1])) if span else None
        for rect in dirty + self.outline_rects():
            self.viewport().update(rect.toAlignedRect().adjusted(-4, -2, 4, 2))

    def select_span(self, start: int, end: int, *, exact: bool = False) -> None:
        """Select code points ``[start, end)`` in the view and scroll to them."""
        cursor = self.textCursor()
        cursor.setPosition(self.to_utf16(start))
        cursor.setPosition(self.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self._exact_range = self.cursor_range() if exact else None
        self.ensureCursorVisible()

    def clear_selection(self, at: int | None = None) -> None:
        cursor = self.textCursor()
        position = cursor.selectionEnd() if at is None else self.to_utf16(at)
        cursor.setPosition(position)
        self.setTextCursor(cursor)

    def show_marks(self, selected: tuple[int, int] | None, linked: list[tuple[int, int]]) -> None:
        """Mark the selected annotation (a light band and an outline, drawn at paint time for the lines on
        screen only: an extra selection far away would make Qt lay out its block and repaint the window
        around the scroll bar) and the ones linked to it (extra selections)."""
        dirty = self.outline_rects()
        self._outline = (self.to_utf16(selected[0]), self.to_utf16(selected[1])) if selected else None
        for rect in dirty + self.outline_rects():  # only where the outline was and will be
            self.viewport().update(rect.toAlignedRect().adjusted(-4, -2, 4, 2))
        marks = []
        for span, colour in ((s, LINKED_COLOUR) for s in linked):
            mark = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(colour)
            mark.format = fmt
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.to_utf16(span[0]))
            cursor.setPosition(self.to_utf16(span[1]), QTextCursor.MoveMode.KeepAnchor)
            mark.cursor = cursor
            marks.append(mark)
        self.setExtraSelections(marks)

    def outline_rects(self) -> list[QRectF]:
        """Where the selected annotation's outline goes: one box per line it covers, on screen only."""
        if self._outline is None:
            return []
        start, end = self._outline
        rects = []
        offset, bottom = self.contentOffset(), self.viewport().height()
        block = self.firstVisibleBlock()  # walk the blocks on screen only: asking Qt for the geometry
        while block.isValid() and block.position() + block.length() <= start:  # of a block far away
            block = block.next()  # lays it out, and repaints the window around the scroll bar
            if self.blockBoundingGeometry(block).translated(offset).top() > bottom:
                return []
        while block.isValid() and block.position() < end:
            top = self.blockBoundingGeometry(block).translated(offset).top()
            if top > bottom:
                break
            rects += _line_rects(block, top, start, end)
            block = block.next()
        return rects

    def reveal(self, start: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_utf16(start))
        rect = self.cursorRect(cursor)
        if not self.viewport().rect().contains(rect):
            current = self.textCursor()
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            self.setTextCursor(current)

    # zoom
    def set_point_size(self, size: float) -> None:
        size = min(max(size, MIN_POINT_SIZE), MAX_POINT_SIZE)
        if size != self.point_size:
            self.point_size = size
            self.setFont(reading_font(size))
            self.zoom_changed.emit(size)

    def zoom_by(self, steps: int) -> None:
        self.set_point_size(self.point_size + steps)

    # events
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_by(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.NoModifier:
                self.cycle_requested.emit(1)
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self.cycle_requested.emit(-1)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            event.accept()
            return
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.form_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """On a highlight, the window's menu for it; elsewhere Qt's own (Copy, Select all)."""
        point = event.pos()
        cp = self.cp_at(point)
        if self.offsets.text and self.index.at(cp):
            self.menu_requested.emit(cp, event.globalPos())
            event.accept()
            return
        super().contextMenuEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        start16, end16 = self.cursor_range()
        if start16 != end16 and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._round_drag(event.position().toPoint())
            start16, end16 = self.cursor_range()
        if start16 != end16:
            if event.modifiers() & Qt.KeyboardModifier.AltModifier or self.exact_mode:
                self._exact_range = (start16, end16)
            else:
                span = self.selection_span()
                if span is not None:
                    self.select_span(*span)
            return
        moved = self._press_pos is not None and (
            (event.position().toPoint() - self._press_pos).manhattanLength() > QApplication.startDragDistance()
        )
        if not moved:
            unit = self.cursorForPosition(event.position().toPoint()).position()
            self.clicked_at.emit(self._cp_under(event.position().toPoint(), unit))

    def _round_drag(self, release: QPoint) -> None:
        """A drag's ends go to the gaps nearest the press and the release: less than half a character into
        a word does not take that word."""
        press = self._press_pos
        if press is None or (release - press).manhattanLength() <= QApplication.startDragDistance():
            return
        anchor, position = self.gap_at(press), self.gap_at(release)
        if anchor != position:
            cursor = self.textCursor()
            cursor.setPosition(anchor)
            cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        unit = self.cursorForPosition(event.position().toPoint()).position()
        span = word_at(self.offsets.text, self._cp_under(event.position().toPoint(), unit))
        if span is None:
            super().mouseDoubleClickEvent(event)
            return
        self.select_span(*span)

    def cp_at(self, point: QPoint) -> int:
        """The code point of the character under ``point`` (viewport coordinates): what a click there means."""
        return self._cp_under(point, self.cursorForPosition(point).position())

    def _cp_under(self, point: QPoint, unit: int) -> int:
        """The character under ``point``. cursorForPosition gives the nearest gap between characters,
        which in right-to-left text may be on either side of the glyph: take the neighbour whose box
        holds the point."""
        text = self.offsets.text
        cp = self.to_cp(unit, "left")
        for candidate in (cp, cp - 1):
            if 0 <= candidate < len(text) and self._char_box_holds(candidate, point):
                return candidate
        return min(cp, max(0, len(text) - 1))

    def _char_box_holds(self, cp: int, point: QPoint) -> bool:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_utf16(cp))
        before = self.cursorRect(cursor)
        cursor.setPosition(self.to_utf16(cp + 1))
        after = self.cursorRect(cursor)
        if before.top() != after.top():  # the character ends a line: only its own line counts
            return before.top() <= point.y() <= before.bottom()
        low, high = sorted((before.center().x(), after.center().x()))
        return low <= point.x() <= high and before.top() <= point.y() <= before.bottom()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.tooltip_provider is not None:
            point = event.pos()  # type: ignore[attr-defined]
            unit = self.cursorForPosition(point).position()
            tip = self.tooltip_provider(self._cp_under(point, unit))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
