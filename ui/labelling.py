"""Labelling edits: each one builds a command and pushes it; the command's first ``redo`` makes the change
through a service (see ``ui.commands``), so there is one path for the first run, undo and redo.

Nothing is shown as done before the service has committed it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.attributes import CUE, CUE_LABEL, SOURCE, with_attribute
from app.dto import AnnotationData
from app.errors import DatabaseBusyError
from ui.commands import (
    AddAnnotation,
    AddRelation,
    ChangeAnnotation,
    DeleteAnnotation,
    DeleteRelation,
    Describe,
    EditContext,
    Relabel,
    SetStatus,
    Step,
    quoted,
    refused_text,
)
from ui.i18n import tr

EDIT_WAIT_MS = 300  # how long an edit waits for another writer's lock before the window takes over
BUSY_RETRIES = 100  # then the key press is kept and tried again, about a second apart, for 100 s
BUSY_RETRY_MS = 700  # on top of the EDIT_WAIT_MS each attempt waits for the lock


class Labelling(QObject):
    """Signals: ``message`` (text for the status bar), ``link_mode_changed`` (waiting for an ACTOR click)."""

    message = Signal(str)
    link_mode_changed = Signal(bool)
    labels_may_have_grown = Signal()  # a label was made on the way (the first cue makes CUE)

    def __init__(self, ctx: EditContext, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = stack
        self.linking_claim: str | None = None

    @property
    def doc(self):  # type: ignore[no-untyped-def]
        return self.ctx.doc

    def push(self, command: QUndoCommand, keep_busy: bool = False) -> bool:
        """Push ``command`` (its first redo makes the change); a refusal becomes a status message (a busy
        database is raised with ``keep_busy``: the caller keeps the edit for later). Qt deletes a command
        that is obsolete after its first redo, so only its Python side is read afterwards."""
        self.stack.push(command)
        refusal: Exception | None = getattr(command, "refusal", None)
        if refusal is None:
            return True
        if keep_busy and isinstance(refusal, DatabaseBusyError):
            raise refusal
        self.message.emit(refused_text(refusal, later=False))
        return False

    # adding, relabelling, deleting
    def add(self, label: str, start: int, end: int, attempt: int = 0) -> AnnotationData | None:
        """Store a span; while another program holds the database past the busy timeout, the key press is
        kept and tried again (``BUSY_RETRIES`` times, ``BUSY_RETRY_MS`` apart) before it is given up."""
        doc_id = self.doc.id
        if doc_id is None:
            return None
        for existing in self.doc.at(start):
            if (existing.start, existing.end, existing.label) == (start, end, label):
                self.doc.select(existing.id)
                return existing
        command = AddAnnotation(self.ctx, doc_id, label, start, end)
        try:
            if not self.push(command, keep_busy=True):
                return None
        except DatabaseBusyError:
            self._retry_add(doc_id, label, start, end, attempt)
            return None
        if attempt:
            self.message.emit(tr("Saved: the database is free again."))
        return self.doc.annotations.get(command.ann_id) if command.ann_id else None

    def _retry_add(self, doc_id: int, label: str, start: int, end: int, attempt: int) -> None:
        if attempt >= BUSY_RETRIES:
            self.message.emit(tr("Not saved: another program is still writing to the database. Try again later."))
            return
        if attempt == 0:
            self.message.emit(
                tr(
                    "The database is busy (another program is writing to it); your edit is kept and "
                    "will be saved as soon as it is free."
                )
            )

        def again() -> None:
            if self.doc.id == doc_id:  # still the same document open
                self.add(label, start, end, attempt + 1)

        QTimer.singleShot(BUSY_RETRY_MS, again)

    def relabel(self, label: str) -> None:
        """Give the selected annotation ``label``; what the new label cannot hold is dropped, and said."""
        ann = self.doc.selected_annotation()
        if ann is None or ann.label == label:
            return
        self.push(Relabel(self.ctx, ann, label))

    def _change(self, ann: AnnotationData, after: AnnotationData, text: Describe) -> None:
        self.push(ChangeAnnotation(self.ctx, ann, after, text))

    def set_attribute(self, key: str, value: object) -> None:
        ann = self.doc.selected_annotation()
        if ann is None or ann.attributes.get(key) == (value or None):
            return
        after = AnnotationData(
            ann.id,
            ann.document_id,
            ann.label,
            ann.start,
            ann.end,
            ann.text,
            ann.annotator,
            with_attribute(ann.attributes, key, value),
            ann.note,
        )
        self._change(ann, after, lambda: tr("set %1 of %2").replace("%1", key).replace("%2", quoted(ann.text)))

    def set_note(self, note: str) -> None:
        ann = self.doc.selected_annotation()
        if ann is None or ann.note == note:
            return
        after = AnnotationData(
            ann.id, ann.document_id, ann.label, ann.start, ann.end, ann.text, ann.annotator, dict(ann.attributes), note
        )
        self._change(ann, after, lambda: tr("edit note of %1").replace("%1", quoted(ann.text)))

    def delete_selected(self) -> None:
        ann = self.doc.selected_annotation()
        if ann is not None:
            self.push(DeleteAnnotation(self.ctx, ann))

    # links
    def _takes(self, relation: str) -> frozenset[str]:
        """The labels the schema lets stand at the source end of ``relation`` (``source``: CLAIM by default)."""
        return self.ctx.ws.schema.get().ends(relation)[0]

    def start_link(self) -> bool:
        ann = self.doc.selected_annotation()
        if ann is None or ann.label not in self._takes(SOURCE):
            self.message.emit(tr("Select a CLAIM first, then press S and click its ACTOR."))
            return False
        self.linking_claim = ann.id
        self.link_mode_changed.emit(True)
        self.message.emit(tr("Click the ACTOR this claim is attributed to (Esc cancels)."))
        return True

    def cancel_link(self) -> None:
        if self.linking_claim is not None:
            self.linking_claim = None
            self.link_mode_changed.emit(False)

    def finish_link(self, actor_id: str) -> None:
        claim_id = self.linking_claim
        self.cancel_link()
        if claim_id is not None:
            self.link(claim_id, actor_id, SOURCE)

    def link(self, claim_id: str, target_id: str | None, type_: str = SOURCE) -> None:
        """Make ``target_id`` the claim's only ``type_`` link (None removes it): one undo step."""
        step = self.link_step(claim_id, target_id, type_)
        if step is not None:
            self.push(step)
        self.doc.select(claim_id)

    def link_step(self, claim_id: str, target_id: str | None, type_: str) -> Step | None:
        """The step that replaces the claim's ``type_`` link, not yet run (None if there is nothing to do)."""
        claim = self.doc.annotations.get(claim_id)
        if claim is None:
            return None
        old = self.doc.relation(claim_id, type_)
        if old is not None and old.to_id == target_id:
            return None
        target = self.doc.annotations.get(target_id) if target_id else None
        if old is None and target is None:
            return None
        name = quoted(target.text) if target else "—"
        step = Step(lambda: tr("link %1 to %2").replace("%1", quoted(claim.text)).replace("%2", name))
        if old is not None:
            step.parts.append(DeleteRelation(self.ctx, old))
        if target is not None:
            step.parts.append(AddRelation(self.ctx, type_, claim_id, target.id))
        return step

    def mark_cue(self, span: tuple[int, int] | None) -> None:
        """Store the selected words as the cue (قال، أكد، أعلن) of the selected CLAIM: the cue and its link are
        one undo step."""
        claim = self.doc.selected_annotation()
        if claim is None or claim.label not in self._takes(CUE) or span is None:
            self.message.emit(tr("Select a CLAIM, then select its cue word and press C."))
            return
        cue_label = self.cue_label()
        try:
            self.ctx.ws.labels.ensure(cue_label, "#6c757d", "A word that introduces a claim.")
        except Exception as exc:  # a HashiyaError says what to do; a bug is logged and named
            self.message.emit(refused_text(exc, later=False))
            return
        self.labels_may_have_grown.emit()  # the toolbar, Preferences and Properties show a new CUE at once
        words = self.doc.text[span[0] : span[1]]
        cue = AddAnnotation(self.ctx, claim.document_id, cue_label, *span)
        step = Step(lambda: tr("mark cue %1").replace("%1", quoted(words)), [cue, LinkTo(self, claim.id, cue)])
        self.push(step)
        self.doc.select(claim.id)

    def cue_label(self) -> str:
        """The label a cue is made as: the one with the role CUE now (CUE renamed TRIGGER: TRIGGER), else CUE."""
        found = self.ctx.ws.schema.get().for_role(CUE_LABEL)
        return found.name if found else CUE_LABEL

    # documents
    def set_status(self, doc_id: int, status: str) -> bool:
        return self.push(SetStatus(self.ctx, doc_id, status))


class LinkTo(Step):
    """The cue's link, in a cue step: which link it replaces is known only once the cue is stored."""

    def __init__(self, labelling: Labelling, claim_id: str, cue: AddAnnotation) -> None:
        super().__init__(lambda: "")
        self.labelling, self.claim_id, self.cue = labelling, claim_id, cue

    def redo(self) -> None:
        if not self.parts and self.cue.ann_id is not None:
            step = self.labelling.link_step(self.claim_id, self.cue.ann_id, CUE)
            self.parts = step.parts if step is not None else []
        super().redo()
