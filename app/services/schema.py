"""The project's schema, stored in the database: read it, edit it step by step (each edit returns a
``SchemaChange`` the UI can invert for undo), and replace it from a shared file.

Every change is checked as a whole (``check_schema``) inside its transaction before it commits, so a
duplicate key or a relation end that names no label never reaches the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select

from app.errors import HashiyaError, NotFoundError
from app.formats.validate import check_label
from app.schema.changes import (
    AddAttribute,
    AddLabel,
    AddRelationType,
    DeleteLabel,
    RemoveAttribute,
    RemoveRelationType,
    RenameLabel,
    SchemaChange,
    SetAttribute,
    SetLabel,
    Step,
)
from app.schema.model import AttributeDef, Choice, Display, LabelDef, RelationTypeDef, Schema
from app.schema.palette import free_colour, free_key
from app.schema.validation import (
    check_attribute,
    check_colour,
    check_key,
    check_label_def,
    check_proclitics,
    check_schema,
    check_style,
)
from app.services.schema_store import apply_step, label_row, stored_schema, with_values
from db.engine import Database
from db.models import Annotation

NO_DISPLAY = Display()


class LabelInUseError(HashiyaError):
    """A label that annotations hold cannot be deleted unless forced; ``count`` says how many hold it."""

    def __init__(self, name: str, count: int) -> None:
        super().__init__(
            f"label {name!r} is held by {count} annotation{'s' * (count != 1)}; deleting it deletes them too (--force)"
        )
        self.name = name
        self.count = count


@dataclass(frozen=True, slots=True)
class SchemaImport:
    change: SchemaChange
    kept: dict[str, int] = field(default_factory=dict)  # labels not in the file that annotations hold: kept


class SchemaService:
    def __init__(self, db: Database, on_change: Callable[[], None] = lambda: None) -> None:
        self._db = db
        self._on_change = on_change  # e.g. forget cached label ids after a rename or delete

    def get(self) -> Schema:
        with self._db.sessions() as session:
            return stored_schema(session)

    def apply(self, change: SchemaChange) -> SchemaChange:
        """Apply ``change`` (a redo, or a change set from elsewhere) in one transaction; returns it."""
        for step in change.steps:
            _check_step(step)
        done: list[Step] = []
        with self._db.sessions.begin() as session:
            for step in change.steps:
                done.append(with_values(session, step))  # a document-level label's values it takes off
                apply_step(session, done[-1])
            check_schema(stored_schema(session), "the changed schema")
        self._on_change()
        return SchemaChange(tuple(done))

    def undo(self, change: SchemaChange) -> SchemaChange:
        return self.apply(change.inverse())

    def _do(self, *steps: Step) -> SchemaChange:
        return self.apply(SchemaChange(steps))

    def _label(self, name: str) -> LabelDef:
        found = self.get().label(name)
        if found is None:
            raise NotFoundError(f"unknown label {name!r}")
        return found

    # labels
    def add_label(
        self,
        name: str,
        colour: str | None = None,
        key: str | None = None,
        display: Display = NO_DISPLAY,
        description: str = "",
    ) -> SchemaChange:
        """A new label; without ``colour`` or ``key`` it gets a colour and a key no other label has."""
        check_label(name, "new label")
        labels = self.get().labels
        colour = check_colour(colour, f"label {name!r}") if colour else free_colour(x.colour for x in labels)
        key = check_key(key, f"label {name!r}") if key else free_key(x.key for x in labels)
        label = LabelDef(name, colour, key, display, description)
        return self._do(AddLabel(label))

    def rename_label(self, old: str, new: str) -> SchemaChange:
        """Renames it everywhere: annotations and relation types hold the label by its id."""
        self._label(old)
        check_label(new, f"renaming {old!r}")
        return self._do(RenameLabel(old, new))

    def update_label(self, name: str, **changes: Any) -> SchemaChange:
        """Change any of colour, key, display, description, nests, overlaps, style, proclitics ("in"/"out")."""
        before = self._label(name)
        unknown = set(changes) - {
            "colour",
            "key",
            "display",
            "description",
            "nests",
            "overlaps",
            "style",
            "proclitics",
        }
        if unknown:
            raise HashiyaError(f"a label has no setting {sorted(unknown)[0]!r}")
        if "colour" in changes:
            changes["colour"] = check_colour(changes["colour"], f"label {name!r}")
        if "key" in changes:
            check_key(changes["key"], f"label {name!r}")
        if "style" in changes:
            check_style(changes["style"], f"label {name!r}")
        if "proclitics" in changes:
            check_proclitics(changes["proclitics"], f"label {name!r}")
        return self._do(SetLabel(before, replace(before, **changes)))

    def recolour_label(self, name: str, colour: str) -> SchemaChange:
        return self.update_label(name, colour=colour)

    def set_key(self, name: str, key: str | None) -> SchemaChange:
        return self.update_label(name, key=key)

    def usage(self, name: str) -> int:
        """How many live annotations hold the label ``name``."""
        with self._db.sessions() as session:
            row = label_row(session, name)
            return (
                session.scalar(
                    select(func.count(Annotation.id)).where(
                        Annotation.label_id == row.id, Annotation.deleted_at.is_(None)
                    )
                )
                or 0
            )

    def delete_label(self, name: str, *, force: bool = False) -> SchemaChange:
        """Delete a label; one that annotations hold is refused with their count (LabelInUseError) unless
        ``force``, which tombstones them with it (undo brings them back). Relation types that can no longer
        connect anything without it go with it."""
        schema = self.get()
        label = self._label(name)
        with self._db.sessions() as session:
            row = label_row(session, name)
            held = [
                str(key)
                for key in session.scalars(
                    select(Annotation.id).where(Annotation.label_id == row.id, Annotation.deleted_at.is_(None))
                )
            ]
        if held and not force:
            raise LabelInUseError(name, len(held))
        return self._do(*self._unlink(schema, name), DeleteLabel(label, tuple(held)))

    @staticmethod
    def _unlink(schema: Schema, name: str) -> list[Step]:
        steps: list[Step] = []
        for rel in schema.relations:
            if name in rel.sources or name in rel.targets:
                steps.append(RemoveRelationType(rel))
                sources = tuple(x for x in rel.sources if x != name)
                targets = tuple(x for x in rel.targets if x != name)
                if (sources or not rel.sources) and (targets or not rel.targets):
                    steps.append(AddRelationType(replace(rel, sources=sources, targets=targets)))
        return steps

    # attributes (label None: a document-level label)
    def _attribute(self, label: str | None, name: str) -> AttributeDef:
        return self._attributes(label)[self._index(label, name)]

    def _attributes(self, label: str | None) -> tuple[AttributeDef, ...]:
        return self.get().document_fields if label is None else self._label(label).attributes

    def _index(self, label: str | None, name: str) -> int:
        names = [a.name for a in self._attributes(label)]
        if name not in names:
            raise NotFoundError(f"{label or 'the document'} has no attribute {name!r}")
        return names.index(name)

    def add_attribute(
        self,
        label: str | None,
        name: str,
        kind: str = "text",
        choices: tuple[Choice, ...] = (),
        display: Display = NO_DISPLAY,
    ) -> SchemaChange:
        if label is not None:
            self._label(label)
        return self._do(AddAttribute(label, AttributeDef(name, kind, display, tuple(choices))))

    def remove_attribute(self, label: str | None, name: str) -> SchemaChange:
        """The definition goes; values already stored on annotations stay in their rows, a document-level
        label's values go with it (and come back with an undo)."""
        return self._do(RemoveAttribute(label, self._attribute(label, name), self._index(label, name)))

    def add_choice(self, label: str | None, attribute: str, value: str, display: Display = NO_DISPLAY) -> SchemaChange:
        before = self._attribute(label, attribute)
        if before.kind != "choice":
            raise HashiyaError(f"attribute {attribute!r} is {before.kind!r}, not a choice")
        return self._do(SetAttribute(label, before, replace(before, choices=(*before.choices, Choice(value, display)))))

    def remove_choice(self, label: str | None, attribute: str, value: str) -> SchemaChange:
        before = self._attribute(label, attribute)
        if value not in before.values:
            raise NotFoundError(f"attribute {attribute!r} has no choice {value!r}")
        after = replace(before, choices=tuple(c for c in before.choices if c.value != value))
        return self._do(SetAttribute(label, before, after))

    # relation types
    def add_relation_type(
        self,
        name: str,
        sources: tuple[str, ...] = (),
        targets: tuple[str, ...] = (),
        display: Display = NO_DISPLAY,
        description: str = "",
    ) -> SchemaChange:
        return self._do(AddRelationType(RelationTypeDef(name, tuple(sources), tuple(targets), display, description)))

    def remove_relation_type(self, name: str) -> SchemaChange:
        found = self.get().relation(name)
        if found is None:
            raise NotFoundError(f"unknown relation type {name!r}")
        return self._do(RemoveRelationType(found))

    # the shared file
    def replace(self, new: Schema) -> SchemaImport:
        """Make the stored schema the file's: labels are matched by name (annotations keep theirs); a label
        absent from the file is deleted when nothing holds it and kept (reported) when annotations do."""
        check_schema(new)
        old = self.get()
        steps: list[Step] = []
        for label in new.labels:
            steps.extend(_label_steps(old.label(label.name), label))
        steps.extend(_attribute_steps(None, old.document_fields, new.document_fields))
        steps.extend(RemoveRelationType(rel) for rel in old.relations if new.relation(rel.name) != rel)
        kept: dict[str, int] = {}
        for label in old.labels:
            if new.label(label.name) is None:
                count = self.usage(label.name)
                if count:
                    kept[label.name] = count
                else:
                    steps.append(DeleteLabel(label))
        steps.extend(AddRelationType(rel) for rel in new.relations if old.relation(rel.name) != rel)
        return SchemaImport(self._do(*steps), kept)


def _check_step(step: Step) -> None:
    """What a step brings in is usable (the whole schema is checked again once it is applied)."""
    if isinstance(step, AddLabel):
        check_label_def(step.label, "new label")
    elif isinstance(step, SetLabel):
        check_label_def(step.after, f"label {step.after.name!r}")
    elif isinstance(step, RenameLabel):
        check_label(step.new, f"renaming {step.old!r}")
    elif isinstance(step, AddAttribute | SetAttribute):
        check_attribute(step.attribute if isinstance(step, AddAttribute) else step.after, step.label or "document")
    elif isinstance(step, AddRelationType):
        check_label(step.relation.name, "new relation type", "relation type")


def _label_steps(old: LabelDef | None, new: LabelDef) -> list[Step]:
    if old is None:
        return [AddLabel(new)]
    if new.role is None:  # a file that gives none (one of before roles) leaves the label what it is for
        new = replace(new, role=old.role)
    steps: list[Step] = []
    if replace(old, attributes=()) != replace(new, attributes=()):
        steps.append(SetLabel(old, replace(new, attributes=old.attributes)))
    return steps + _attribute_steps(new.name, old.attributes, new.attributes)


def _attribute_steps(label: str | None, old: tuple[AttributeDef, ...], new: tuple[AttributeDef, ...]) -> list[Step]:
    before = {a.name: a for a in old}
    after = {a.name: a for a in new}
    steps: list[Step] = [RemoveAttribute(label, a, n) for n, a in reversed(list(enumerate(old))) if a.name not in after]
    for n, attribute in enumerate(new):
        if attribute.name not in before:
            steps.append(AddAttribute(label, attribute, n))
        elif before[attribute.name] != attribute:
            steps.append(SetAttribute(label, before[attribute.name], attribute))
    return steps
