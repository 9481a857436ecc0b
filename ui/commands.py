"""Undoable edits. Each one calls an ``app`` service, so undo and redo change the database too.

``redo`` makes the change through a service and ``undo`` reverses it, every time, the first time included:
``QUndoStack.push`` runs the first ``redo``. The service returns a ``ChangeSet`` and ``OpenDocument.apply``
takes it. A refused change (another program holding the database past the busy timeout, or a change the
service does not allow) makes its command obsolete: refused on push, Qt deletes it instead of stacking it and
``refusal`` tells the pusher why (``ui.labelling`` reports it or retries a key press); refused on a later undo
or redo, ``QUndoStack`` drops it and leaves its index where the database is, and the user is told.

A command's text ("add Actor «…»", "إضافة فاعل «…»": the label by its display name, ``EditContext.label_name``)
is made by a function, not stored: ``retranslate_stack`` makes every step on the stack speak the language the
interface has just switched to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

from app.changes import ChangeSet
from app.dto import AnnotationData, RelationData
from app.errors import DatabaseBusyError, HashiyaError
from ui.document_list import status_text
from ui.i18n import isolate, tr
from ui.open_document import OpenDocument

if TYPE_CHECKING:
    from app.services import Workspace


def quoted(text: str, limit: int = 24) -> str:
    """``«text»`` (cut at ``limit``) for a message, as a bidi isolate: an Arabic snippet with digits in an English
    (left-to-right) message keeps its order, «14 جانفي 2011» not «14 2011 جانفي»."""
    text = " ".join(text.split())
    return isolate("«" + (text if len(text) <= limit else text[: limit - 1] + "…") + "»")


@dataclass
class EditContext:
    doc: OpenDocument
    report: Callable[[str], None]
    touched: Callable[[int], None] = lambda _doc_id: None  # a document's counts or status changed
    # a label as the interface shows it (its display name in the schema); a step's text asks each time it is made
    label_name: Callable[[str], str] = lambda name: name
    ws: Workspace = field(init=False)  # the workbench's, from when it is attached


Describe = Callable[[], str]  # the step's text, in the language of the moment


class Described(QUndoCommand):
    """An undo step whose text follows the interface language."""

    def __init__(self, describe: Describe) -> None:
        super().__init__(describe())
        self.describe = describe

    def retranslate(self) -> None:
        self.setText(self.describe())


class Step(Described):
    """Several commands as one undo step (a link that replaces the old one; a cue and its link).

    The parts are plain Python objects, never Qt children: a child ``QUndoCommand`` made in Python is
    deleted with its Python wrapper and leaves its parent pointing at freed memory.
    """

    def __init__(self, describe: Describe, parts: list[QUndoCommand] | None = None) -> None:
        super().__init__(describe)
        self.parts: list[QUndoCommand] = parts or []
        self.refusal: Exception | None = None

    def redo(self) -> None:
        self._run(self.parts, "redo", "undo")

    def undo(self) -> None:
        self._run(list(reversed(self.parts)), "undo", "redo")

    def _run(self, parts: list[QUndoCommand], forward: str, back: str) -> None:
        """All parts, or none: a refused part puts the ones done before it back and makes the step obsolete."""
        done: list[QUndoCommand] = []
        for part in parts:
            getattr(part, forward)()
            if part.isObsolete():
                self.refusal = getattr(part, "refusal", None)
                for earlier in reversed(done):
                    getattr(earlier, back)()
                self.setObsolete(True)
                return
            done.append(part)


def retranslate_stack(stack: QUndoStack) -> None:
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, Described):
            command.retranslate()


class ServiceCommand(Described):
    """One service call each way: ``do`` and ``undo_it`` return the service's ``ChangeSet``."""

    def __init__(self, ctx: EditContext, describe: Describe) -> None:
        super().__init__(describe)
        self.ctx = ctx
        self.runs = 0  # how many times do or undo_it has gone through
        self.refusal: Exception | None = None  # why the first redo was refused (the pusher reports it)

    def redo(self) -> None:
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_it)

    def _guard(self, action: Callable[[], ChangeSet]) -> None:
        """Run a redo or undo and apply its change set; if it is refused, the command is made obsolete (the
        stack drops it and keeps its index where the database is) and the user is told, or on the first redo
        the pusher is (``refusal``)."""
        try:
            change = action()
        except Exception as exc:  # a HashiyaError says what to do; anything else is a bug, logged by report
            self.refusal = exc
            if self.runs:
                self.ctx.report(refused_text(exc, later=True))
            self.setObsolete(True)
            return
        self.runs += 1
        done = self.ctx.doc.apply(change)
        self.applied(done)
        if change.document_id is not None:
            self.ctx.touched(change.document_id)

    def applied(self, change: ChangeSet) -> None:
        """After the open document has taken ``change``: select what was made or changed."""
        shown = change.added or tuple(after for _, after in change.changed)
        if shown:
            self.ctx.doc.select(shown[-1].id)

    def do(self) -> ChangeSet:
        raise NotImplementedError

    def undo_it(self) -> ChangeSet:
        raise NotImplementedError


def refused_text(exc: Exception, *, later: bool) -> str:
    """What the user is told when a change is refused: on push (``later`` False) nothing has changed; on a
    later undo or redo the step also leaves the history."""
    if isinstance(exc, DatabaseBusyError):
        if later:
            return tr(
                "Not changed: another program is writing to the database. This step has been "
                "taken out of the undo history; the document is as shown."
            )
        return tr("Not saved: another program is writing to the database. Try again in a moment.")
    if isinstance(exc, HashiyaError):
        return str(exc)
    from app.logs import log_bug  # a bug: logged with its traceback, the message names the log

    return log_bug(exc)


class AddAnnotation(ServiceCommand):
    """A new span: the first redo stores it, later ones restore the very row."""

    def __init__(self, ctx: EditContext, doc_id: int, label: str, start: int, end: int) -> None:
        words = ctx.doc.text[start:end] if ctx.doc.id == doc_id else ""
        super().__init__(ctx, lambda: tr("add %1 %2").replace("%1", ctx.label_name(label)).replace("%2", quoted(words)))
        self.doc_id, self.label, self.start, self.end = doc_id, label, start, end
        self.ann: AnnotationData | None = None  # as the service stored it

    @property
    def ann_id(self) -> str | None:
        return self.ann.id if self.ann else None

    def do(self) -> ChangeSet:
        if self.ann is not None:
            return self.ctx.ws.annotations.edit_restore(self.ann.id)
        change = self.ctx.ws.annotations.edit_add(self.doc_id, self.label, self.start, self.end)
        self.ann = change.added[0]
        return change

    def undo_it(self) -> ChangeSet:
        assert self.ann is not None
        return self.ctx.ws.annotations.edit_delete(self.ann.id)


class DeleteAnnotation(ServiceCommand):
    def __init__(self, ctx: EditContext, ann: AnnotationData) -> None:
        super().__init__(
            ctx, lambda: tr("delete %1 %2").replace("%1", ctx.label_name(ann.label)).replace("%2", quoted(ann.text))
        )
        self.ann = ann

    def do(self) -> ChangeSet:
        return self.ctx.ws.annotations.edit_delete(self.ann.id)

    def undo_it(self) -> ChangeSet:
        return self.ctx.ws.annotations.edit_restore(self.ann.id)


class ChangeAnnotation(ServiceCommand):
    """Attributes or note: ``before`` and ``after`` are whole snapshots of the annotation."""

    def __init__(self, ctx: EditContext, before: AnnotationData, after: AnnotationData, describe: Describe) -> None:
        super().__init__(ctx, describe)
        self.before, self.after = before, after

    def _apply(self, target: AnnotationData) -> ChangeSet:
        return self.ctx.ws.annotations.edit_change(
            target.id, label=target.label, attributes=target.attributes, note=target.note
        )

    def do(self) -> ChangeSet:
        return self._apply(self.after)

    def undo_it(self) -> ChangeSet:
        return self._apply(self.before)


class Relabel(ServiceCommand):
    """A new label by the schema: what the new label cannot hold (attributes, links) is dropped, the user is
    told, and undo brings all of it back."""

    def __init__(self, ctx: EditContext, ann: AnnotationData, label: str) -> None:
        super().__init__(
            ctx, lambda: tr("relabel %1 as %2").replace("%1", quoted(ann.text)).replace("%2", ctx.label_name(label))
        )
        self.ann_id, self.label = ann.id, label
        self.change: ChangeSet | None = None

    def do(self) -> ChangeSet:
        self.change = self.ctx.ws.labels.edit_relabel(self.ann_id, self.label)
        dropped = dropped_text(self.change, self.ctx.label_name)
        if dropped:
            self.ctx.report(dropped)
        return self.change

    def undo_it(self) -> ChangeSet:
        assert self.change is not None
        return self.ctx.ws.labels.edit_undo_relabel(self.change)


def dropped_text(change: ChangeSet, label_name: Callable[[str], str] = lambda name: name) -> str:
    """ "Dropped what CLAIM cannot hold: kind, 1 link" (empty when nothing was dropped)."""
    done = change.relabelled
    if done is None or not (done.dropped_attributes or done.dropped_relations):
        return ""
    parts = sorted(done.dropped_attributes)
    if done.dropped_relations:
        parts.append(tr("links: %1").replace("%1", str(len(done.dropped_relations))))
    shown = label_name(done.new_label)
    return tr("Dropped what %1 cannot hold: %2").replace("%1", shown).replace("%2", ", ".join(parts))


class AddRelation(ServiceCommand):
    """One half of a link (a part of a ``Step``): the first redo stores it, later ones restore it."""

    def __init__(self, ctx: EditContext, type_: str, from_id: str, to_id: str) -> None:
        super().__init__(ctx, lambda: "")
        self.type, self.from_id, self.to_id = type_, from_id, to_id
        self.rel_id: str | None = None

    def do(self) -> ChangeSet:
        if self.rel_id is not None:
            return self.ctx.ws.relations.edit_restore(self.rel_id)
        change = self.ctx.ws.relations.edit_add(self.type, self.from_id, self.to_id)
        self.rel_id = change.relations_added[0].id
        return change

    def undo_it(self) -> ChangeSet:
        assert self.rel_id is not None
        return self.ctx.ws.relations.edit_delete(self.rel_id)


class DeleteRelation(ServiceCommand):
    """The other half of a link (a part of a ``Step``)."""

    def __init__(self, ctx: EditContext, rel: RelationData) -> None:
        super().__init__(ctx, lambda: "")
        self.rel = rel

    def do(self) -> ChangeSet:
        return self.ctx.ws.relations.edit_delete(self.rel.id)

    def undo_it(self) -> ChangeSet:
        return self.ctx.ws.relations.edit_restore(self.rel.id)


class SetStatus(ServiceCommand):
    """A document's status; a status it already had leaves no step (the first redo makes it obsolete)."""

    def __init__(self, ctx: EditContext, doc_id: int, after: str) -> None:
        super().__init__(
            ctx, lambda: tr("mark document %1 %2").replace("%1", str(doc_id)).replace("%2", status_text(after))
        )
        self.doc_id, self.after = doc_id, after
        self.before: str | None = None

    def do(self) -> ChangeSet:
        change = self.ctx.ws.documents.edit_status(self.doc_id, self.after)
        if self.before is None and change.status is not None:
            self.before = change.status.before
            if self.before == self.after:
                self.setObsolete(True)  # nothing to undo: Qt does not stack it
        return change

    def undo_it(self) -> ChangeSet:
        assert self.before is not None
        return self.ctx.ws.documents.edit_status(self.doc_id, self.before)
