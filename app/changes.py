"""What an edit changed, as plain data: the one thing a service hands the UI after a write.

Every edit service (``annotations``, ``relations``, ``documents.set_status``, ``labels.relabel``) returns a
``ChangeSet``; ``OpenDocument.apply`` takes it, updates the span index and emits one ``changed`` signal that
the view, the panels and the status bar listen to (the shape of Anki's ``OpChanges``). A set is its own
undo record: ``inverse()`` says what undoing it changes, and ``merged`` joins the parts of a multi-part step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.dto import AnnotationData, RelationData
from app.schema.model import Relabelled


@dataclass(frozen=True, slots=True)
class StatusChange:
    document_id: int
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class FieldsChange:
    """A document's document-level labels (the schema's ``document_fields``: topic, genre ...) before and
    after an edit, by field name; a field without a value is absent."""

    document_id: int
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """Annotations and relations added, changed (``(before, after)``) and removed, a document's status and
    document-level labels (``fields``), and whether the labels or the schema changed. ``relabelled`` says what
    a relabel dropped (to tell the user)."""

    document_id: int | None = None
    added: tuple[AnnotationData, ...] = ()
    changed: tuple[tuple[AnnotationData, AnnotationData], ...] = ()
    removed: tuple[AnnotationData, ...] = ()
    relations_added: tuple[RelationData, ...] = ()
    relations_removed: tuple[RelationData, ...] = ()
    status: StatusChange | None = None
    fields: FieldsChange | None = None
    schema: bool = False
    relabelled: Relabelled | None = field(default=None, compare=False)

    @property
    def annotation(self) -> AnnotationData | None:
        """The annotation the edit was about, as it is now (or as it was, if it was removed)."""
        for found in (self.added, tuple(after for _, after in self.changed), self.removed):
            if found:
                return found[0]
        return None

    @property
    def spans(self) -> tuple[AnnotationData, ...]:
        """Every annotation to repaint: the added, both sides of the changed, and the removed."""
        return (*self.added, *(ann for pair in self.changed for ann in pair), *self.removed)

    def touches_relations(self) -> bool:
        return bool(self.relations_added or self.relations_removed)

    def inverse(self) -> ChangeSet:
        """What undoing this change set changes."""
        status = self.status and StatusChange(self.status.document_id, self.status.after, self.status.before)
        fields = self.fields and FieldsChange(self.fields.document_id, self.fields.after, self.fields.before)
        return ChangeSet(
            self.document_id,
            added=self.removed,
            changed=tuple((a, b) for b, a in self.changed),
            removed=self.added,
            relations_added=self.relations_removed,
            relations_removed=self.relations_added,
            status=status,
            fields=fields,
            schema=self.schema,
        )

    def merged(self, other: ChangeSet) -> ChangeSet:
        """This change followed by ``other`` (the parts of one undo step)."""
        return ChangeSet(
            self.document_id if self.document_id is not None else other.document_id,
            added=self.added + other.added,
            changed=self.changed + other.changed,
            removed=self.removed + other.removed,
            relations_added=self.relations_added + other.relations_added,
            relations_removed=self.relations_removed + other.relations_removed,
            status=other.status or self.status,
            fields=_merged_fields(self.fields, other.fields),
            schema=self.schema or other.schema,
            relabelled=other.relabelled or self.relabelled,
        )


def _merged_fields(first: FieldsChange | None, then: FieldsChange | None) -> FieldsChange | None:
    if first is None or then is None:
        return first or then
    return FieldsChange(first.document_id, first.before, then.after)
