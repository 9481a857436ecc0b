"""Applying schema change steps to the database inside one session (the schema tables of db/models.py)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.errors import HashiyaError, NotFoundError
from app.schema.changes import (
    AddAttribute,
    AddLabel,
    AddRelationType,
    DeleteLabel,
    RemoveAttribute,
    RenameLabel,
    SetAttribute,
    SetLabel,
    Step,
)
from app.schema.model import AttributeDef, LabelDef, RelationTypeDef, Schema
from app.schema.rows import choices_json, read_schema
from app.schema.values import value_problem
from app.services.common import parse_uuid
from db.models import (
    Annotation,
    Document,
    DocumentValue,
    LabelAttribute,
    LabelType,
    RelationType,
    RelationTypeEnd,
    Suggestion,
    utcnow,
)


def stored_schema(session: Session) -> Schema:
    conn = session.connection()
    return read_schema(lambda sql: conn.exec_driver_sql(sql).fetchall())


def label_row(session: Session, name: str, *, deleted: bool = False) -> LabelType:
    """The live label ``name`` (or, with ``deleted``, the row of that name whatever its state)."""
    row = session.scalar(select(LabelType).where(LabelType.name == name))
    if row is None or (row.deleted_at is not None and not deleted):
        raise NotFoundError(f"unknown label {name!r}")
    return row


def _label_id(session: Session, name: str | None) -> int | None:
    return None if name is None else label_row(session, name).id


def _set_fields(row: LabelType, label: LabelDef) -> None:
    row.colour, row.shortcut, row.description = label.colour, label.key, label.description
    row.name_ar, row.name_en = label.display.ar, label.display.en
    row.may_nest, row.may_overlap = label.nests, label.overlaps
    row.style = label.style
    row.proclitics = label.proclitics
    row.role = label.role


def _attribute_row(session: Session, label: str | None, name: str) -> LabelAttribute:
    label_id = _label_id(session, label)
    where = LabelAttribute.label_id.is_(None) if label_id is None else LabelAttribute.label_id == label_id
    row = session.scalar(select(LabelAttribute).where(where, LabelAttribute.name == name))
    if row is None:
        raise NotFoundError(
            f"{'document label' if label is None else f'label {label!r} has no attribute'} {name!r}"
            + (" does not exist" if label is None else "")
        )
    return row


def _add_attribute(session: Session, label_id: int | None, attribute: AttributeDef, index: int | None = None) -> None:
    where = LabelAttribute.label_id.is_(None) if label_id is None else LabelAttribute.label_id == label_id
    rows = list(
        session.scalars(select(LabelAttribute).where(where).order_by(LabelAttribute.position, LabelAttribute.id))
    )
    if any(row.name == attribute.name for row in rows):
        raise HashiyaError(f"attribute {attribute.name!r} already exists there")
    new = LabelAttribute(
        label_id=label_id,
        name=attribute.name,
        kind=attribute.kind,
        name_ar=attribute.display.ar,
        name_en=attribute.display.en,
        choices=choices_json(attribute.choices),
    )
    session.add(new)
    rows.insert(len(rows) if index is None else index, new)
    for position, row in enumerate(rows):
        row.position = position
    session.flush()


def field_values(session: Session, name: str) -> tuple[tuple[int, Any], ...]:
    """The values of the document-level label ``name``, by document id."""
    return tuple(
        session.execute(
            select(DocumentValue.document_id, DocumentValue.value)
            .join(LabelAttribute, LabelAttribute.id == DocumentValue.attribute_id)
            .where(LabelAttribute.label_id.is_(None), LabelAttribute.name == name)
            .order_by(DocumentValue.document_id)
        ).tuples()
    )


def with_values(session: Session, step: Step) -> Step:
    """``step`` carrying the document-level label values it takes off, as they are now (for its undo)."""
    if not isinstance(step, RemoveAttribute | SetAttribute) or step.label is not None:
        return step
    if isinstance(step, RemoveAttribute):
        return replace(step, values=field_values(session, step.attribute.name))
    unfit = tuple(
        (doc, value)
        for doc, value in field_values(session, step.before.name)
        if value_problem(step.after, value) is not None
    )
    return replace(step, dropped=unfit)


def _set_values(session: Session, field_id: int, step: SetAttribute) -> None:
    if step.dropped:
        session.execute(
            delete(DocumentValue).where(
                DocumentValue.attribute_id == field_id, DocumentValue.document_id.in_([doc for doc, _ in step.dropped])
            )
        )
    if step.restored:
        _put_values(session, field_id, step.restored)


def _put_values(session: Session, field_id: int, values: tuple[tuple[int, Any], ...]) -> None:
    """Values back on the documents that are still there (an undone removal of a document-level label)."""
    alive = set(session.scalars(select(Document.id).where(Document.id.in_([doc for doc, _ in values]))))
    session.add_all(
        DocumentValue(document_id=doc, attribute_id=field_id, value=value) for doc, value in values if doc in alive
    )
    session.flush()


def _add_label(session: Session, step: AddLabel) -> None:
    row = session.scalar(select(LabelType).where(LabelType.name == step.label.name))
    if row is not None and row.deleted_at is None:
        raise HashiyaError(f"label {step.label.name!r} already exists")
    if row is None:
        row = LabelType(name=step.label.name)
        session.add(row)
    row.deleted_at = None
    _set_fields(row, step.label)
    session.flush()
    session.execute(delete(LabelAttribute).where(LabelAttribute.label_id == row.id))
    for attribute in step.label.attributes:
        _add_attribute(session, row.id, attribute)
    _tombstone(session, step.annotations, deleted=False)


def _delete_label(session: Session, step: DeleteLabel) -> None:
    row = label_row(session, step.label.name)
    row.deleted_at = utcnow()
    _tombstone(session, step.annotations, deleted=True)


def _tombstone(session: Session, ids: tuple[str, ...], *, deleted: bool) -> None:
    keys = [parse_uuid(key, "annotation id") for key in ids]
    for start in range(0, len(keys), 500):
        session.execute(
            update(Annotation)
            .where(Annotation.id.in_(keys[start : start + 500]))
            .values(deleted_at=utcnow() if deleted else None, updated_at=utcnow())
        )


def _rename(session: Session, step: RenameLabel) -> None:
    row = label_row(session, step.old)
    if session.scalar(select(LabelType.id).where(LabelType.name == step.new)) is not None:
        raise HashiyaError(
            f"a label called {step.new!r} already exists (or was deleted: undo that delete, or choose another name)"
        )
    row.name = step.new
    # suggestions hold their label by name (app/services/suggestions.py says why): they follow it, and an undo,
    # the inverse rename, brings them back
    session.execute(update(Suggestion).where(Suggestion.label == step.old).values(label=step.new))


def _add_relation_type(session: Session, rel: RelationTypeDef) -> None:
    if session.scalar(select(RelationType.id).where(RelationType.name == rel.name)) is not None:
        raise HashiyaError(f"relation type {rel.name!r} already exists")
    row = RelationType(name=rel.name, name_ar=rel.display.ar, name_en=rel.display.en, description=rel.description)
    session.add(row)
    session.flush()
    for role, labels in (("from", rel.sources), ("to", rel.targets)):
        for n, label in enumerate(dict.fromkeys(labels)):
            session.add(
                RelationTypeEnd(relation_type_id=row.id, role=role, label_id=label_row(session, label).id, position=n)
            )
    session.flush()


def _remove_relation_type(session: Session, rel: RelationTypeDef) -> None:
    type_id = session.scalar(select(RelationType.id).where(RelationType.name == rel.name))
    if type_id is None:
        raise NotFoundError(f"unknown relation type {rel.name!r}")
    session.execute(delete(RelationTypeEnd).where(RelationTypeEnd.relation_type_id == type_id))
    session.execute(delete(RelationType).where(RelationType.id == type_id))


def apply_step(session: Session, step: Step) -> None:
    if isinstance(step, AddLabel):
        _add_label(session, step)
    elif isinstance(step, DeleteLabel):
        _delete_label(session, step)
    elif isinstance(step, RenameLabel):
        _rename(session, step)
    elif isinstance(step, SetLabel):
        _set_fields(label_row(session, step.before.name), step.after)
    elif isinstance(step, AddAttribute):
        _add_attribute(session, _label_id(session, step.label), step.attribute, step.index)
        if step.values:
            _put_values(session, _attribute_row(session, step.label, step.attribute.name).id, step.values)
    elif isinstance(step, RemoveAttribute):
        session.delete(_attribute_row(session, step.label, step.attribute.name))
    elif isinstance(step, SetAttribute):
        row = _attribute_row(session, step.label, step.before.name)
        _set_values(session, row.id, step)
        row.kind, row.name_ar, row.name_en = step.after.kind, step.after.display.ar, step.after.display.en
        row.choices = choices_json(step.after.choices)
    elif isinstance(step, AddRelationType):
        _add_relation_type(session, step.relation)
    else:
        _remove_relation_type(session, step.relation)
    session.flush()
