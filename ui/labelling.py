"""Labelling edits: each one calls a service, then pushes a command so it can be undone.

Nothing is shown as done before the service has committed it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app.attributes import CUE, CUE_LABEL, SOURCE, with_attribute
from app.dto import AnnotationData
from app.errors import DatabaseBusyError, HashiyaError
from ui.commands import (
    AddAnnotation,
    AddRelation,
    ChangeAnnotation,
    DeleteAnnotation,
    DeleteRelation,
    Describe,
    EditContext,
    SetStatus,
    Step,
    quoted,
)
from ui.i18n import tr

BUSY_RETRIES = 3
BUSY_RETRY_MS = 1000  # on top of the 5 s the database itself waits for the lock


class Labelling(QObject):
    """Signals: ``message`` (text for the status bar), ``link_mode_changed`` (waiting for an ACTOR click)."""

    message = Signal(str)
    link_mode_changed = Signal(bool)

    def __init__(self, ctx: EditContext, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = stack
        self.linking_claim: str | None = None

    @property
    def doc(self):  # type: ignore[no-untyped-def]
        return self.ctx.doc

    def _run(self, action, keep_busy: bool = False):  # type: ignore[no-untyped-def]
        """Call a service; a refusal becomes a status message instead of an exception (a busy database is
        raised with ``keep_busy``: the caller keeps the edit for later)."""
        try:
            return action()
        except DatabaseBusyError:
            if keep_busy:
                raise
            self.message.emit(tr("Not saved: another program is writing to the database. Try again in a moment."))
        except HashiyaError as exc:
            self.message.emit(str(exc))
        except Exception as exc:  # a bug: logged with its traceback, the message names the log
            from app.logs import log_bug

            self.message.emit(log_bug(exc))
        return None

    def _touched(self) -> None:
        if self.doc.id is not None:
            self.ctx.touched(self.doc.id)

    # adding, relabelling, deleting
    def add(self, label: str, start: int, end: int, attempt: int = 0) -> AnnotationData | None:
        """Store a span; while another program holds the database past the busy timeout, the key press is
        kept and tried again (``BUSY_RETRIES`` times, ``BUSY_RETRY_MS`` apart) before it is given up."""
        if self.doc.id is None:
            return None
        for existing in self.doc.at(start):
            if (existing.start, existing.end, existing.label) == (start, end, label):
                self.doc.select(existing.id)
                return existing
        try:
            ann = self._run(lambda: self.ctx.ws.annotations.add(self.doc.id, label, start, end), keep_busy=True)
        except DatabaseBusyError:
            self._retry_add(self.doc.id, label, start, end, attempt)
            return None
        if ann is None:
            return None
        self.doc.apply_added(ann)
        self.stack.push(AddAnnotation(self.ctx, ann))
        self.doc.select(ann.id)
        self._touched()
        return ann

    def _retry_add(self, doc_id: int, label: str, start: int, end: int, attempt: int) -> None:
        if attempt >= BUSY_RETRIES:
            self.message.emit(tr("Not saved: another program is still writing to the database. Try again later."))
            return
        self.message.emit(tr("The database is busy (another program is writing to it); your edit is kept and will "
                             "be saved as soon as it is free."))

        def again() -> None:
            if self.doc.id == doc_id:  # still the same document open
                self.add(label, start, end, attempt + 1)
        QTimer.singleShot(BUSY_RETRY_MS, again)

    def relabel(self, label: str) -> None:
        ann = self.doc.selected_annotation()
        if ann is None or ann.label == label:
            return
        self._change(ann, label=label,
                     text=lambda: tr("relabel %1 as %2").replace("%1", quoted(ann.text)).replace("%2", label))

    def _change(self, ann: AnnotationData, *, text: Describe, label: str | None = None,
                attributes: dict[str, object] | None = None, note: str | None = None) -> None:
        after = self._run(lambda: self.ctx.ws.annotations.change(ann.id, label=label, attributes=attributes,
                                                                  note=note))
        if after is None:
            return
        self.doc.apply_changed(after)
        self.stack.push(ChangeAnnotation(self.ctx, ann, after, text))
        self._touched()

    def set_attribute(self, key: str, value: object) -> None:
        ann = self.doc.selected_annotation()
        if ann is None or ann.attributes.get(key) == (value or None):
            return
        self._change(ann, attributes=with_attribute(ann.attributes, key, value),
                     text=lambda: tr("set %1 of %2").replace("%1", key).replace("%2", quoted(ann.text)))

    def set_note(self, note: str) -> None:
        ann = self.doc.selected_annotation()
        if ann is None or ann.note == note:
            return
        self._change(ann, note=note, text=lambda: tr("edit note of %1").replace("%1", quoted(ann.text)))

    def delete_selected(self) -> None:
        ann = self.doc.selected_annotation()
        if ann is None:
            return
        if self._run(lambda: self.ctx.ws.annotations.delete(ann.id)) is None:
            return
        self.doc.apply_removed(ann.id)
        self.stack.push(DeleteAnnotation(self.ctx, ann))
        self._touched()

    # links
    def start_link(self) -> bool:
        ann = self.doc.selected_annotation()
        if ann is None or ann.label != "CLAIM":
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

    def link(self, claim_id: str, target_id: str | None, type_: str = SOURCE, into: Step | None = None) -> None:
        """Make ``target_id`` the claim's only ``type_`` link (None removes it): one undo step, or a part
        of ``into``."""
        claim = self.doc.annotations.get(claim_id)
        if claim is None:
            return
        old = self.doc.relation(claim_id, type_)
        if old is not None and old.to_id == target_id:
            return
        target = self.doc.annotations.get(target_id) if target_id else None
        name = quoted(target.text) if target else "—"
        step = Step(lambda: tr("link %1 to %2").replace("%1", quoted(claim.text)).replace("%2", name))
        if old is not None and self._run(lambda: self.ctx.ws.relations.delete(old.id)) is not None:
            self.doc.apply_relation_removed(old.id)
            step.parts.append(DeleteRelation(self.ctx, old, claim.document_id))
        if target is not None:
            rel = self._run(lambda: self.ctx.ws.relations.add(type_, claim_id, target.id))
            if rel is not None:
                self.doc.apply_relation_added(rel)
                step.parts.append(AddRelation(self.ctx, rel, claim.document_id))
        if into is not None:
            into.parts.append(step)
        elif step.parts:
            self.stack.push(step)  # runs each part's redo, which skips its first call: all are done
        self.doc.select(claim_id)

    def mark_cue(self, span: tuple[int, int] | None) -> None:
        """Store the selected words as the cue (قال، أكد، أعلن) of the selected CLAIM."""
        claim = self.doc.selected_annotation()
        if claim is None or claim.label != "CLAIM" or span is None:
            self.message.emit(tr("Select a CLAIM, then select its cue word and press C."))
            return
        if self._run(lambda: self.ctx.ws.labels.ensure(CUE_LABEL, "#6c757d", "A word that introduces a claim."))\
                is None:
            return
        words = self.doc.text[span[0]:span[1]]
        cue = self._run(lambda: self.ctx.ws.annotations.add(claim.document_id, CUE_LABEL, *span))
        if cue is None:
            return
        self.doc.apply_added(cue)
        step = Step(lambda: tr("mark cue %1").replace("%1", quoted(words)))  # cue and link: one undo step
        step.parts.append(AddAnnotation(self.ctx, cue))
        self.link(claim.id, cue.id, CUE, into=step)
        self.stack.push(step)

    # documents
    def set_status(self, doc_id: int, status: str) -> bool:
        before = self._run(lambda: self.ctx.ws.documents.set_status(doc_id, status))
        if before is None:
            return False
        self.doc.apply_status(doc_id, status)
        if before != status:
            self.stack.push(SetStatus(self.ctx, doc_id, before, status))
        self.ctx.touched(doc_id)
        return True
