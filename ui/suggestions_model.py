"""The open document's open suggestions and the one selected, as the database last gave them.

Suggestions are not annotations: they live here, never in ``OpenDocument``, so no panel, count or export can
take one for an annotation. After each accept or reject the list is read again from the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from app.services.suggestions import SuggestionData


class OpenSuggestions(QObject):
    """Signals: ``changed`` (the list was replaced), ``selection_changed`` (suggestion id or None)."""

    changed = Signal()
    selection_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc_id: int | None = None
        self.items: list[SuggestionData] = []
        self._by_id: dict[int, SuggestionData] = {}  # the painter asks for the selected one on every paint
        self.starts: list[int] = []  # the items' starts, in order (for the painter's bisection)
        self.longest = 0  # the longest item's length in code points
        self.selected: int | None = None

    def set(self, doc_id: int | None, items: Sequence[SuggestionData]) -> None:
        self.doc_id = doc_id
        self.items = sorted(items, key=lambda s: (s.start, -s.end, s.label))
        self.starts = [s.start for s in self.items]
        self._by_id = {s.id: s for s in self.items}
        self.longest = max((s.end - s.start for s in self.items), default=0)
        if self.selected is not None and self.get(self.selected) is None:
            self.select(None)
        self.changed.emit()

    def clear(self) -> None:
        self.set(None, [])

    def get(self, sugg_id: int) -> SuggestionData | None:
        return self._by_id.get(sugg_id)

    def select(self, sugg_id: int | None) -> None:
        if sugg_id is not None and self.get(sugg_id) is None:
            sugg_id = None
        if sugg_id != self.selected:
            self.selected = sugg_id
            self.selection_changed.emit(sugg_id)

    def selected_suggestion(self) -> SuggestionData | None:
        return self.get(self.selected) if self.selected is not None else None

    def at(self, cp: int) -> list[SuggestionData]:
        """Suggestions covering code point ``cp``, outermost first."""
        return [s for s in self.items if s.start <= cp < s.end]

    def of_label(self, label: str) -> list[SuggestionData]:
        return [s for s in self.items if s.label == label]

    def labels(self) -> list[str]:
        return sorted({s.label for s in self.items})

    def neighbour(self, step: int, position: int) -> SuggestionData | None:
        """The next (step=1) or previous (-1) suggestion after the selected one, else from ``position``; wraps."""
        if not self.items:
            return None
        current = self.selected_suggestion()
        if current is not None:
            index = self.items.index(current)
            return self.items[(index + step) % len(self.items)]
        if step > 0:
            return next((s for s in self.items if s.start >= position), self.items[0])
        return next((s for s in reversed(self.items) if s.start < position), self.items[-1])
