"""Annotate all as ONE undo step: the first redo stores every chosen place in one transaction
(``AnnotateAllService.edit_add_many``), undo tombstones them all in every document they are in, redo brings the
very rows back. The open document takes its part of each batch; every document touched is marked for the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ui.commands import EditContext, ServiceCommand, quoted, refused_text
from ui.i18n import tr

if TYPE_CHECKING:
    from app.dto import AnnotationData
    from app.services.annotate_all import AnnotateAllService, BatchChange, Span


def _service(ctx: EditContext) -> AnnotateAllService:
    from app.services.annotate_all import AnnotateAllService

    return AnnotateAllService.of(ctx.ws)


class AnnotateAll(ServiceCommand):
    """Label ``places`` as ``label`` with ``attributes``; ``after`` is told of each batch done or undone (the
    search panel follows it). A first redo that adds nothing makes the command obsolete: no empty step."""

    def __init__(
        self,
        ctx: EditContext,
        label: str,
        places: Sequence[Span],
        *,
        attributes: dict[str, Any] | None = None,
        words: str = "",
        after: Callable[[BatchChange], None] | None = None,
    ) -> None:
        self.count = len(places)
        super().__init__(
            ctx,
            lambda: (
                tr("label all %1 as %2 (%n place(s))", None, self.count)
                .replace("%1", quoted(words))
                .replace("%2", ctx.label_name(label))
            ),
        )
        self.label, self.places, self.attributes = label, list(places), dict(attributes or {})
        self.anns: tuple[AnnotationData, ...] | None = None  # as the service stored them
        self.first: BatchChange | None = None
        self.after = after

    def redo(self) -> None:
        self._run(self.do_batch)

    def undo(self) -> None:
        self._run(self.undo_batch)

    def do_batch(self) -> BatchChange:
        service = _service(self.ctx)
        if self.anns is not None:
            return service.edit_restore_many(self.anns)
        change = service.edit_add_many(self.label, self.places, attributes=self.attributes)
        self.first, self.anns = change, change.annotations
        self.count = len(self.anns)
        self.setText(self.describe())
        return change

    def undo_batch(self) -> BatchChange:
        assert self.anns is not None
        return _service(self.ctx).edit_delete_many(self.anns)

    def _run(self, action: Callable[[], BatchChange]) -> None:
        """As ``ServiceCommand._guard``, for a batch: refused, nothing has changed (one transaction)."""
        try:
            batch = action()
        except Exception as exc:
            self.refusal = exc
            if self.runs:
                self.ctx.report(refused_text(exc, later=True))
            self.setObsolete(True)
            return
        self.runs += 1
        if self.runs == 1 and not batch.changes:
            self.setObsolete(True)  # nothing was added: no step to undo
        mine = batch.for_document(self.ctx.doc.id)
        if mine is not None:
            self.ctx.doc.apply(mine)
        for change in batch.changes:
            if change.document_id is not None:
                self.ctx.touched(change.document_id)
        if self.after is not None:
            self.after(batch)
