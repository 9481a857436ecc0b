"""Change sets: what a schema edit did, as plain data the UI can apply and invert (undo, redo).

Each step carries enough to be inverted exactly: a deleted label carries its definition and the ids of the
annotations it took with it (tombstoned), so undoing the delete brings them all back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.schema.model import AttributeDef, LabelDef, RelationTypeDef


@dataclass(frozen=True, slots=True)
class AddLabel:
    label: LabelDef
    annotations: tuple[str, ...] = ()  # restored with the label (the inverse of a forced delete)

    def inverse(self) -> DeleteLabel:
        return DeleteLabel(self.label, self.annotations)


@dataclass(frozen=True, slots=True)
class DeleteLabel:
    label: LabelDef
    annotations: tuple[str, ...] = ()  # tombstoned with the label

    def inverse(self) -> AddLabel:
        return AddLabel(self.label, self.annotations)


@dataclass(frozen=True, slots=True)
class RenameLabel:
    old: str
    new: str

    def inverse(self) -> RenameLabel:
        return RenameLabel(self.new, self.old)


@dataclass(frozen=True, slots=True)
class SetLabel:
    """Colour, key, display names, description, nesting: ``before`` and ``after`` differ in those only."""

    before: LabelDef
    after: LabelDef

    def inverse(self) -> SetLabel:
        return SetLabel(self.after, self.before)


@dataclass(frozen=True, slots=True)
class AddAttribute:
    label: str | None  # None: a document-level label
    attribute: AttributeDef
    index: int | None = None  # its place among the label's attributes (None: last)
    values: tuple[tuple[int, Any], ...] = ()  # a document-level label's values, by document id, to put back

    def inverse(self) -> RemoveAttribute:
        return RemoveAttribute(self.label, self.attribute, self.index, self.values)


@dataclass(frozen=True, slots=True)
class RemoveAttribute:
    label: str | None
    attribute: AttributeDef
    index: int | None = None  # where it stood, for undo
    values: tuple[tuple[int, Any], ...] = ()  # a document-level label's values it takes along, for undo

    def inverse(self) -> AddAttribute:
        return AddAttribute(self.label, self.attribute, self.index, self.values)


@dataclass(frozen=True, slots=True)
class SetAttribute:
    """An attribute's choices or display names (its name stays)."""

    label: str | None
    before: AttributeDef
    after: AttributeDef
    # a document-level label's values that no longer fit ``after`` (a removed choice), by document id: taken
    # off by this step, and put back (``restored``) by its inverse
    dropped: tuple[tuple[int, Any], ...] = ()
    restored: tuple[tuple[int, Any], ...] = ()

    def inverse(self) -> SetAttribute:
        return SetAttribute(self.label, self.after, self.before, self.restored, self.dropped)


@dataclass(frozen=True, slots=True)
class AddRelationType:
    relation: RelationTypeDef

    def inverse(self) -> RemoveRelationType:
        return RemoveRelationType(self.relation)


@dataclass(frozen=True, slots=True)
class RemoveRelationType:
    relation: RelationTypeDef

    def inverse(self) -> AddRelationType:
        return AddRelationType(self.relation)


Step = (
    AddLabel
    | DeleteLabel
    | RenameLabel
    | SetLabel
    | AddAttribute
    | RemoveAttribute
    | SetAttribute
    | AddRelationType
    | RemoveRelationType
)


@dataclass(frozen=True, slots=True)
class SchemaChange:
    """Steps applied in order, in one transaction; ``inverse()`` undoes them (in reverse order)."""

    steps: tuple[Step, ...]

    def inverse(self) -> SchemaChange:
        return SchemaChange(tuple(step.inverse() for step in reversed(self.steps)))

    def __bool__(self) -> bool:
        return bool(self.steps)
