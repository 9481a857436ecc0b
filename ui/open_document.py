"""The document on screen: its annotations and relations as the database last confirmed them.

Commands change the database through services, which return a ``ChangeSet``; ``apply`` brings this
model up to it and emits ``changed``, which the view, the panels and the status bar listen to. Changes for
another document (an undo after switching) are ignored.

Opening keeps the annotations as the rows the service read: the span index answers "what is in this
block, what covers this character" from them, and the map of ``AnnotationData`` by id is built on first
use (or by ``warm`` while the event loop is idle).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from app.attributes import CUE, SOURCE
from app.changes import ChangeSet
from app.dto import AnnotationData, AnnotationRows, DocumentData, RelationData
from app.text.offsets import OffsetMap
from ui.span_index import SpanIndex, reading_key

__all__ = ["OpenDocument", "reading_key"]


class OpenDocument(QObject):
    """Signals: ``loaded`` (a new document), ``changed`` (the ``ChangeSet`` of an edit, once it is applied
    here: the one signal the view, the panels and the status bar listen to), ``selection_changed``
    (annotation id or None)."""

    loaded = Signal()
    changed = Signal(object)  # ChangeSet
    selection_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data: DocumentData | None = None
        self.offsets = OffsetMap("")
        self.index = SpanIndex()
        self.relations: dict[str, RelationData] = {}
        self.selected: str | None = None
        self._annotations: dict[str, AnnotationData] | None = {}
        self._ordered: list[AnnotationData] | None = None
        self._counts: dict[str, int] | None = None
        self._changed = False  # an annotation was added, changed or removed since the document was read

    @property
    def id(self) -> int | None:
        return self.data.id if self.data else None

    @property
    def text(self) -> str:
        return self.data.text if self.data else ""

    @property
    def annotations(self) -> dict[str, AnnotationData]:
        """The live annotations by id (built from the rows on first use)."""
        if self._annotations is None:
            self._annotations = {a.id: a for a in self.data.annotations} if self.data else {}
        return self._annotations

    def warm(self) -> None:
        """Build what the first edit, click or Tab would otherwise build (call when idle)."""
        self.annotations  # noqa: B018 - builds the map

    def load(self, data: DocumentData | None) -> None:
        self.data = data
        text = data.text if data else ""
        self.offsets = OffsetMap(text)
        self.index = SpanIndex(text, data.annotations if data else ())
        self._annotations = None
        self.relations = {r.id: r for r in data.relations} if data else {}
        self.selected = None
        self._ordered = None
        self._counts = None
        self._changed = False
        self.loaded.emit()
        self.selection_changed.emit(None)

    # the one way in for edits: a service's change set
    def apply(self, change: ChangeSet) -> ChangeSet:
        """Bring the index, the maps and the counts up to ``change`` and emit ``changed`` once with what it did
        here (the relations hidden with a removed annotation included). A change to another document (an
        undo after switching) is ignored here and returned empty."""
        if change.document_id is not None and change.document_id != self.id:
            return ChangeSet(change.document_id)
        dropped: list[RelationData] = []
        for ann in change.removed:
            dropped += self._remove(ann.id)
        for before, after in change.changed:
            self._replace(before, after)
        for ann in change.added:
            self._add(ann)
        for rel in change.relations_removed:
            self.relations.pop(rel.id, None)
        for rel in change.relations_added:
            if rel.from_id in self.annotations and rel.to_id in self.annotations:
                self.relations[rel.id] = rel
        if change.status is not None and self.data is not None:
            self.data = replace(self.data, status=change.status.after)
        done = replace(change, relations_removed=change.relations_removed + tuple(dropped)) if dropped else change
        self.changed.emit(done)
        return done

    def _add(self, ann: AnnotationData) -> None:
        old = self.annotations.get(ann.id)
        if old is not None:
            self._count(old.label, -1)
            self.index.remove(old)
        self.annotations[ann.id] = ann
        self.index.add(ann)
        self._edited(ann.label, 1)

    def _replace(self, before: AnnotationData, after: AnnotationData) -> None:
        held = self.annotations.get(after.id)
        if held is None:
            return
        self.annotations[after.id] = after
        self.index.remove(held)
        self.index.add(after)
        self._count(held.label, -1)
        self._edited(after.label, 1)

    def _remove(self, ann_id: str) -> list[RelationData]:
        """Forget the annotation and return its relations, which the database hides with it."""
        ann = self.annotations.pop(ann_id, None)
        if ann is None:
            return []
        self.index.remove(ann)
        self._edited(ann.label, -1)
        touching = [r for r in self.relations.values() if ann_id in (r.from_id, r.to_id)]
        for rel in touching:
            del self.relations[rel.id]
        if self.selected == ann_id:
            self.select(None)
        return touching

    def _edited(self, label: str, step: int) -> None:
        self._changed = True
        self._count(label, step)
        self._ordered = None

    # selection and look-ups
    def select(self, ann_id: str | None) -> None:
        if ann_id is not None and ann_id not in self.annotations:
            ann_id = None
        if ann_id != self.selected:
            self.selected = ann_id
            self.selection_changed.emit(ann_id)

    def selected_annotation(self) -> AnnotationData | None:
        return self.annotations.get(self.selected) if self.selected else None

    def ordered(self) -> list[AnnotationData]:
        """The annotations in reading order (a stable sort keeps the read order of ties)."""
        if self._ordered is None:
            self._ordered = sorted(self.annotations.values(), key=reading_key)
        return self._ordered

    def rows(self) -> Sequence[AnnotationData]:
        """The annotations in reading order without building them all: the rows as read, until the first
        change."""
        if self.data is not None and not self._changed and isinstance(self.data.annotations, AnnotationRows):
            return self.data.annotations
        return self.ordered()

    def neighbour(self, ann_id: str | None, step: int, position: int = 0) -> AnnotationData | None:
        """The next (step=1) or previous (step=-1) annotation in reading order, wrapping around."""
        items = self.ordered()
        if not items:
            return None
        current = self.annotations.get(ann_id) if ann_id else None
        if current is None:
            after = [a for a in items if a.start >= position]
            if step > 0:
                return after[0] if after else items[0]
            before = [a for a in items if a.start < position]
            return before[-1] if before else items[-1]
        index = bisect_left(items, reading_key(current), key=reading_key)
        while index < len(items) - 1 and items[index].id != current.id:
            index += 1
        return items[(index + step) % len(items)]

    def at(self, cp: int) -> list[AnnotationData]:
        """Annotations covering code point ``cp``, outermost first."""
        return self.index.at(cp)

    def links(self, ann_id: str, type_: str) -> list[AnnotationData]:
        """Annotations that ``ann_id`` points to with relations of ``type_``."""
        return [
            self.annotations[r.to_id]
            for r in self.relations.values()
            if r.from_id == ann_id and r.type == type_ and r.to_id in self.annotations
        ]

    def relation(self, from_id: str, type_: str) -> RelationData | None:
        return next((r for r in self.relations.values() if r.from_id == from_id and r.type == type_), None)

    def source_of(self, claim_id: str) -> AnnotationData | None:
        found = self.links(claim_id, SOURCE)
        return found[0] if found else None

    def cue_of(self, claim_id: str) -> AnnotationData | None:
        found = self.links(claim_id, CUE)
        return found[0] if found else None

    def claims_of(self, actor_id: str) -> list[AnnotationData]:
        return [
            self.annotations[r.from_id]
            for r in self.relations.values()
            if r.to_id == actor_id and r.type == SOURCE and r.from_id in self.annotations
        ]

    def counts_by_label(self) -> dict[str, int]:
        """Annotations per label (kept up to date as they change, not recounted on each key press)."""
        if self._counts is None:
            rows = self.data.annotations if self.data else ()
            if not self._changed and isinstance(rows, AnnotationRows):
                self._counts = rows.label_counts()
            else:
                self._counts = {}
                for ann in self.annotations.values():
                    self._counts[ann.label] = self._counts.get(ann.label, 0) + 1
        return dict(self._counts)

    def _count(self, label: str, step: int) -> None:
        if self._counts is not None:
            self._counts[label] = self._counts.get(label, 0) + step
