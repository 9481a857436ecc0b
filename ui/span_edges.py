"""Spans that fit Arabic: the proclitics a label leaves out, the one key that takes them in, the exact-selection
toggle, and moving a span's edges from the keyboard (a word, or a character) and with the mouse (dragging the
selected highlight's edge). Each move is one undo step through ``AnnotationService.edit_change``.

"Start" and "end" are logical: in the right-to-left reading view a span's start is its right side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QTextCursor

from app.changes import ChangeSet
from app.dto import AnnotationData
from app.schema.default import CUE_LABEL
from app.text.selection import leave_proclitics_out, snap, step_edge, toggle_proclitics, word_end, word_start
from ui.actions import Act
from ui.commands import EditContext, ServiceCommand, quoted
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.workbench import Workbench

WARM_AFTER_MS = 400  # after the first paint and the idle-time highlighting of what is on screen
_RULE_WARM = False
EDGE_GRAB = 4  # pixels either side of an edge of the selected highlight where a press takes that edge
# (action, edge, grow, by a word): Alt+arrows move the start edge, Alt+Shift+arrows the end edge, in the
# direction of the arrow on screen (right-to-left text: Alt+Right grows the start); with Ctrl, or in exact mode,
# by one character
EDGE_ACTIONS = (
    (Act.START_EARLIER, "start", True, True),
    (Act.START_LATER, "start", False, True),
    (Act.END_LATER, "end", True, True),
    (Act.END_EARLIER, "end", False, True),
    (Act.START_EARLIER_CHAR, "start", True, False),
    (Act.START_LATER_CHAR, "start", False, False),
    (Act.END_LATER_CHAR, "end", True, False),
    (Act.END_EARLIER_CHAR, "end", False, False),
)


class MoveSpan(ServiceCommand):
    """New edges for an annotation (its text snapshot follows, taken by the service): one undo step."""

    def __init__(self, ctx: EditContext, ann: AnnotationData, start: int, end: int) -> None:
        after = ctx.doc.text[start:end]
        super().__init__(
            ctx, lambda: tr("resize %1 to %2").replace("%1", quoted(ann.text)).replace("%2", quoted(after))
        )
        self.ann_id, self.before, self.after = ann.id, (ann.start, ann.end), (start, end)

    def do(self) -> ChangeSet:
        return self.ctx.ws.annotations.edit_change(self.ann_id, start=self.after[0], end=self.after[1])

    def undo_it(self) -> ChangeSet:
        return self.ctx.ws.annotations.edit_change(self.ann_id, start=self.before[0], end=self.before[1])


class SpanEdges(QObject):
    """Wired by the workbench: the edge actions and the exact toggle, an event filter on the reading view's
    viewport for dragging edges, and the span a label key stores."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.bench = bench
        self.view = bench.view
        self._drag: tuple[AnnotationData, str] | None = None  # the annotation and the edge being dragged
        self._preview: tuple[int, int] | None = None
        self._edge_cursor = False  # the viewport shows the resize cursor (we set it)
        self._rects: tuple[object, list[tuple[str, QRect]]] | None = None  # see _edge_rects
        for act, edge, grow, by_word in EDGE_ACTIONS:
            bench.actions[act].triggered.connect(
                lambda _checked=False, e=edge, g=grow, w=by_word: self.on_step(e, g, w)
            )
        exact = bench.actions[Act.EXACT_SELECTION]
        exact.setCheckable(True)
        exact.toggled.connect(self.on_exact_toggled)
        exact.setChecked(bench.settings.exact_selection)
        self.on_exact_toggled(exact.isChecked())
        bench.doc.changed.connect(self.on_changed)
        bench.doc.loaded.connect(self.on_loaded)
        self.view.viewport().setMouseTracking(True)  # moves without a button: the cursor over an edge
        self.view.viewport().installEventFilter(self)

    def on_loaded(self) -> None:
        """Once, a moment after the first document is shown: load the proclitic rule (about 0.1 s of imports
        and tables) while the annotator reads, not on their first label key."""
        global _RULE_WARM
        self._rects = None
        if not _RULE_WARM and self.bench.doc.text:
            _RULE_WARM = True
            QTimer.singleShot(WARM_AFTER_MS, self.on_warm_due)

    def on_warm_due(self) -> None:
        text = self.bench.doc.text
        if text:
            leave_proclitics_out(text, 0, min(len(text), 8))

    # the span a label key stores
    def span_for(self, label: str) -> tuple[int, int] | None:
        """The selection as a span of ``label``: snapped to words (unless exact), without the first word's
        proclitics when the schema says the label leaves them out."""
        span = self.view.selection_span()
        if span is None or self.view.selection_is_exact():
            return span
        found = self.bench.schema.schema.label(label)
        if found is not None and found.proclitics == "out":
            return leave_proclitics_out(self.view.offsets.text, *span)
        return span

    def cue_span(self) -> tuple[int, int] | None:
        found = self.bench.schema.schema.for_role(CUE_LABEL)  # its proclitics setting: the label that is CUE now
        return self.span_for(found.name if found else CUE_LABEL)

    def toggle_proclitic(self) -> None:
        """The label key again on its own annotation: the proclitic in (or, if it is in, out)."""
        ann = self.bench.doc.selected_annotation()
        if ann is None:
            return
        moved = toggle_proclitics(self.bench.doc.text, ann.start, ann.end)
        if moved is None:
            self.bench.on_message(tr("No proclitic to take in or leave out here."))
            return
        self.move(ann, *moved)

    # keys
    def on_step(self, edge: str, grow: bool, by_word: bool) -> None:
        ann = self.bench.doc.selected_annotation()
        if ann is None:
            self.bench.on_message(tr("Select an annotation first (click a highlight or press Tab)."))
            return
        by_word = by_word and not self.exact
        moved = step_edge(self.bench.doc.text, ann.start, ann.end, edge, grow, by_word)
        if moved is None:
            self.bench.on_message(tr("That edge cannot move further."))
            return
        self.move(ann, *moved)

    def move(self, ann: AnnotationData, start: int, end: int) -> bool:
        if (start, end) == (ann.start, ann.end):
            return False
        return self.bench.labelling.push(MoveSpan(self.bench.ctx, ann, start, end))

    def on_changed(self, change: ChangeSet) -> None:
        """The selected annotation's edges moved: its outline and links follow."""
        self._rects = None  # a new highlight (a bold frame) may move the text around it
        selected = self.bench.doc.selected
        if any(
            after.id == selected and (before.start, before.end) != (after.start, after.end)
            for before, after in change.changed
        ):
            self.bench.on_marks_due()

    # exact selection
    @property
    def exact(self) -> bool:
        return self.view.exact_mode

    def on_exact_toggled(self, on: bool) -> None:
        self.view.exact_mode = on
        self.bench.settings.exact_selection = on
        self.bench.window.status.show_exact(on)

    # dragging an edge
    def edge_at(self, point: QPoint) -> str | None:
        """ "start" or "end" when ``point`` is on an edge of the selected annotation (on screen), else None."""
        ann = self.bench.doc.selected_annotation()
        if ann is None or not self.view.offsets.text:
            return None
        best: tuple[int, str] | None = None
        for edge, rect in self._edge_rects(ann):
            dx = abs(rect.x() - point.x())
            if dx <= EDGE_GRAB and rect.top() <= point.y() <= rect.bottom() and (best is None or dx < best[0]):
                best = (dx, edge)
        return best[1] if best else None

    def _edge_rects(self, ann: AnnotationData) -> list[tuple[str, QRect]]:
        """The cursor rectangles of the annotation's two edges, kept while it, the scroll position and the
        layout stay (asking Qt costs about 0.3 ms an edge, and the mouse moves often)."""
        view = self.view
        key = (ann.id, ann.start, ann.end, view.verticalScrollBar().value(), view.viewport().width(), view.point_size)
        if self._rects is None or self._rects[0] != key:
            rects = []
            for edge, cp in (("start", ann.start), ("end", ann.end)):
                cursor = QTextCursor(view.document())
                cursor.setPosition(view.to_utf16(cp))
                rects.append((edge, view.cursorRect(cursor)))
            self._rects = (key, rects)
        return self._rects[1]

    def dragged_span(self, point: QPoint, exact: bool) -> tuple[int, int] | None:
        """The annotation's span with the dragged edge at the gap nearest to ``point``; unless ``exact``, at the
        nearer edge of the word that gap is in (a start snapped onto a word leaves its proclitics out when the
        label does)."""
        assert self._drag is not None
        ann, edge = self._drag
        text = self.view.offsets.text
        gap = self.view.to_cp(self.view.gap_at(point), "left" if edge == "start" else "right")
        if not exact:  # inside a word: to the nearer of its edges
            begin, finish = word_start(text, gap), word_end(text, gap)
            if begin < gap < finish:
                gap = begin if gap - begin <= finish - gap else finish
        if edge == "start":
            if gap >= ann.end:
                return None
            found = snap(text, gap, ann.end, exact=exact)
            if found is None:
                return None
            start = found[0]
            label = self.bench.schema.schema.label(ann.label)
            if not exact and label is not None and label.proclitics == "out" and word_start(text, start) == start:
                start = leave_proclitics_out(text, start, ann.end)[0]
            return (start, ann.end) if start < ann.end else None
        if gap <= ann.start:
            return None
        found = snap(text, ann.start, gap, exact=exact)
        return (ann.start, found[1]) if found is not None and found[1] > ann.start else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(event, QMouseEvent) or kind not in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.MouseButtonRelease,
        ):
            return False
        point = event.position().toPoint()
        if kind == QEvent.Type.MouseButtonPress:
            edge = self.edge_at(point) if event.button() == Qt.MouseButton.LeftButton else None
            ann = self.bench.doc.selected_annotation()
            if edge is None or ann is None or self.bench.labelling.linking_claim is not None:
                return False
            self._drag, self._preview = (ann, edge), (ann.start, ann.end)
            return True
        if kind == QEvent.Type.MouseMove:
            if self._drag is None:  # over an edge the move stops here: the view would put its I-beam back
                return self._hover(point, event.buttons() == Qt.MouseButton.NoButton)
            span = self.dragged_span(point, self._exact_now(event))
            if span is not None and span != self._preview:
                self._preview = span
                self.view.set_outline(span)
            return True
        if self._drag is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        ann = self._drag[0]
        span = self.dragged_span(point, self._exact_now(event))
        self._drag = self._preview = None
        if span is None or not self.move(ann, *span):
            self.bench.on_marks_due()  # the outline back where the annotation is
        return True

    def _exact_now(self, event: QMouseEvent) -> bool:
        return self.exact or bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)

    def _hover(self, point: QPoint, free: bool) -> bool:
        """The resize cursor over an edge of the selected highlight (not while linking, which has its own)."""
        near = free and self.bench.labelling.linking_claim is None and self.edge_at(point) is not None
        if near != self._edge_cursor:
            self._edge_cursor = near
            shape = Qt.CursorShape.SizeHorCursor if near else Qt.CursorShape.IBeamCursor
            self.view.viewport().setCursor(shape)
        return near
