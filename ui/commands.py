"""Undoable edits. Each one calls an ``app`` service, so undo and redo change the database too.

The first execution happens before the command is pushed (so a refused edit never reaches the
stack); ``redo`` skips that first call. Later undo/redo calls go to the services again. An undo or redo
that is refused (another program holding the database past the busy timeout) makes its command
obsolete: ``QUndoStack`` then drops it and leaves its index where the database is, and the user is told.

A command's text ("add ACTOR «…»") is made by a function, not stored: ``retranslate_stack`` makes every
step on the stack speak the language the interface has just switched to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

from app.dto import AnnotationData, RelationData
from app.errors import DatabaseBusyError, HashiyaError
from ui.document_list import status_text
from ui.i18n import tr
from ui.open_document import OpenDocument

if TYPE_CHECKING:
    from app.services import Workspace


def quoted(text: str, limit: int = 24) -> str:
    text = " ".join(text.split())
    return "«" + (text if len(text) <= limit else text[: limit - 1] + "…") + "»"


@dataclass
class EditContext:
    doc: OpenDocument
    report: Callable[[str], None]
    touched: Callable[[int], None] = lambda _doc_id: None  # a document's counts or status changed
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

    def __init__(self, describe: Describe) -> None:
        super().__init__(describe)
        self.parts: list[QUndoCommand] = []

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
    def __init__(self, ctx: EditContext, describe: Describe) -> None:
        super().__init__(describe)
        self.ctx = ctx
        self._pending_first_redo = True

    def redo(self) -> None:
        if self._pending_first_redo:
            self._pending_first_redo = False
            return
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_it)

    def document_id(self) -> int:
        raise NotImplementedError

    def _guard(self, action: Callable[[], None]) -> None:
        """Run an undo or redo; if it is refused, the command is made obsolete (the stack drops it and keeps
        its index where the database is) and the user is told."""
        try:
            action()
            self.ctx.touched(self.document_id())
            return
        except DatabaseBusyError:
            self.ctx.report(tr("Not changed: another program is writing to the database. This step has been "
                               "taken out of the undo history; the document is as shown."))
        except HashiyaError as exc:
            self.ctx.report(str(exc))
        except Exception as exc:  # a bug: logged with its traceback, the message names the log
            from app.logs import log_bug

            self.ctx.report(log_bug(exc))
        self.setObsolete(True)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class AddAnnotation(ServiceCommand):
    """Created with the annotation the service has just stored."""

    def __init__(self, ctx: EditContext, ann: AnnotationData) -> None:
        super().__init__(ctx, lambda: tr("add %1 %2").replace("%1", ann.label).replace("%2", quoted(ann.text)))
        self.ann = ann

    def document_id(self) -> int:
        return self.ann.document_id

    def do(self) -> None:
        self.ann = self.ctx.ws.annotations.restore(self.ann.id)
        self.ctx.doc.apply_added(self.ann, self.ctx.ws.relations.touching(self.ann.id))
        self.ctx.doc.select(self.ann.id)

    def undo_it(self) -> None:
        self.ctx.ws.annotations.delete(self.ann.id)
        self.ctx.doc.apply_removed(self.ann.id)


class DeleteAnnotation(ServiceCommand):
    def __init__(self, ctx: EditContext, ann: AnnotationData) -> None:
        super().__init__(ctx, lambda: tr("delete %1 %2").replace("%1", ann.label).replace("%2", quoted(ann.text)))
        self.ann = ann

    def document_id(self) -> int:
        return self.ann.document_id

    def do(self) -> None:
        self.ctx.ws.annotations.delete(self.ann.id)
        self.ctx.doc.apply_removed(self.ann.id)

    def undo_it(self) -> None:
        self.ann = self.ctx.ws.annotations.restore(self.ann.id)
        self.ctx.doc.apply_added(self.ann, self.ctx.ws.relations.touching(self.ann.id))
        self.ctx.doc.select(self.ann.id)


class ChangeAnnotation(ServiceCommand):
    """Label, attributes or note: ``before`` and ``after`` are whole snapshots of the annotation."""

    def __init__(self, ctx: EditContext, before: AnnotationData, after: AnnotationData, describe: Describe) -> None:
        super().__init__(ctx, describe)
        self.before, self.after = before, after

    def document_id(self) -> int:
        return self.after.document_id

    def _apply(self, target: AnnotationData) -> None:
        result = self.ctx.ws.annotations.change(target.id, label=target.label, attributes=target.attributes,
                                                note=target.note)
        self.ctx.doc.apply_changed(result)
        self.ctx.doc.select(result.id)

    def do(self) -> None:
        self._apply(self.after)

    def undo_it(self) -> None:
        self._apply(self.before)


class RelationCommand(ServiceCommand):
    """One half of a link: a part of a ``Step``."""

    def __init__(self, ctx: EditContext, rel: RelationData, doc_id: int) -> None:
        super().__init__(ctx, lambda: "")
        self.rel = rel
        self.doc_id = doc_id

    def document_id(self) -> int:
        return self.doc_id


class AddRelation(RelationCommand):

    def do(self) -> None:
        self.rel = self.ctx.ws.relations.restore(self.rel.id)
        self.ctx.doc.apply_relation_added(self.rel)

    def undo_it(self) -> None:
        self.ctx.ws.relations.delete(self.rel.id)
        self.ctx.doc.apply_relation_removed(self.rel.id)


class DeleteRelation(RelationCommand):

    def do(self) -> None:
        self.ctx.ws.relations.delete(self.rel.id)
        self.ctx.doc.apply_relation_removed(self.rel.id)

    def undo_it(self) -> None:
        self.rel = self.ctx.ws.relations.restore(self.rel.id)
        self.ctx.doc.apply_relation_added(self.rel)


class SetStatus(ServiceCommand):
    def __init__(self, ctx: EditContext, doc_id: int, before: str, after: str) -> None:
        super().__init__(ctx, lambda: tr("mark document %1 %2").replace("%1", str(doc_id))
                         .replace("%2", status_text(after)))
        self.doc_id, self.before, self.after = doc_id, before, after

    def document_id(self) -> int:
        return self.doc_id

    def do(self) -> None:
        self.ctx.ws.documents.set_status(self.doc_id, self.after)
        self.ctx.doc.apply_status(self.doc_id, self.after)

    def undo_it(self) -> None:
        self.ctx.ws.documents.set_status(self.doc_id, self.before)
        self.ctx.doc.apply_status(self.doc_id, self.before)
