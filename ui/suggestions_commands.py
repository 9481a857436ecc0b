"""Undo steps for suggestions: accept one, reject one, accept all of one label in the document.

Each calls one ``Workspace.suggestions`` method each way and hands its ``ChangeSet`` to the open document
(``ServiceCommand``); the open suggestions are then read again from the store (``refresh``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.changes import ChangeSet
from ui.commands import EditContext, ServiceCommand, quoted
from ui.i18n import tr

if TYPE_CHECKING:
    from app.services.suggestions import SuggestionData

Refresh = Callable[[int], None]  # read the document's open suggestions again


class SuggestionCommand(ServiceCommand):
    def __init__(self, ctx: EditContext, doc_id: int, refresh: Refresh, describe: Callable[[], str]) -> None:
        super().__init__(ctx, describe)
        self.doc_id, self.refresh = doc_id, refresh

    def applied(self, change: ChangeSet) -> None:
        super().applied(change)
        self.refresh(self.doc_id)


class AcceptSuggestion(SuggestionCommand):
    """The suggestion becomes an annotation (a claim with its cue and source); redo brings the very rows back."""

    def __init__(self, ctx: EditContext, sugg: SuggestionData, refresh: Refresh) -> None:
        super().__init__(
            ctx,
            sugg.document_id,
            refresh,
            lambda: (
                tr("accept suggestion %1 %2").replace("%1", ctx.label_name(sugg.label)).replace("%2", quoted(sugg.text))
            ),
        )
        self.sugg_id = sugg.id
        self.change: ChangeSet | None = None

    def do(self) -> ChangeSet:
        if self.change is not None:
            return self.ctx.ws.suggestions.edit_redo_accept(self.change)
        self.change = self.ctx.ws.suggestions.edit_accept(self.sugg_id)
        return self.change

    def undo_it(self) -> ChangeSet:
        assert self.change is not None
        return self.ctx.ws.suggestions.edit_undo_accept(self.change)


class AcceptAll(SuggestionCommand):
    """Every open suggestion of ``label`` in the document; one the label's rules refuse stays open."""

    def __init__(self, ctx: EditContext, doc_id: int, label: str, shown: str, refresh: Refresh) -> None:
        super().__init__(ctx, doc_id, refresh, lambda: tr("accept all %1 suggestions").replace("%1", shown))
        self.label = label
        self.change: ChangeSet | None = None

    def do(self) -> ChangeSet:
        if self.change is not None:
            return self.ctx.ws.suggestions.edit_redo_accept(self.change)
        change = self.ctx.ws.suggestions.edit_accept_all(self.doc_id, self.label)
        if not change.added:
            self.setObsolete(True)  # nothing was accepted: no step
        self.change = change
        return change

    def undo_it(self) -> ChangeSet:
        assert self.change is not None
        return self.ctx.ws.suggestions.edit_undo_accept(self.change)


class RejectSuggestion(SuggestionCommand):
    """Kept as rejected: not proposed again for this document."""

    def __init__(self, ctx: EditContext, sugg: SuggestionData, refresh: Refresh) -> None:
        super().__init__(
            ctx,
            sugg.document_id,
            refresh,
            lambda: (
                tr("reject suggestion %1 %2").replace("%1", ctx.label_name(sugg.label)).replace("%2", quoted(sugg.text))
            ),
        )
        self.sugg_id = sugg.id

    def do(self) -> ChangeSet:
        return self.ctx.ws.suggestions.edit_reject(self.sugg_id)

    def undo_it(self) -> ChangeSet:
        return self.ctx.ws.suggestions.edit_undo_reject(self.sugg_id)
