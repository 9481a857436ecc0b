"""Relabelling an annotation by the schema: attributes the new label does not have (or a choice it does
not offer) and links the new label may not take part in are dropped in the same transaction, and the
``Relabelled`` returned says what went, so that the UI can tell the user and undo can restore it all."""

from __future__ import annotations

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.schema.model import LabelDef, Relabelled, Schema
from app.services.common import parse_uuid
from app.services.schema_store import label_row, stored_schema
from db.models import Annotation, LabelType, Relation, utcnow


def fitting(attributes: dict[str, object], label: LabelDef) -> tuple[dict[str, object], dict[str, object]]:
    """``attributes`` split into what ``label`` can hold and what it cannot."""
    kept: dict[str, object] = {}
    dropped: dict[str, object] = {}
    for key, value in attributes.items():
        field = label.attribute(key)
        fits = field is not None and (field.kind != "choice" or value in field.values)
        (kept if fits else dropped)[key] = value
    return kept, dropped


def _label_of(session: Session, ann_id: object) -> str:
    return (
        session.scalar(
            select(LabelType.name).join(Annotation, Annotation.label_id == LabelType.id).where(Annotation.id == ann_id)
        )
        or ""
    )


def _misfits(session: Session, schema: Schema, row: Annotation, label: str) -> list[Relation]:
    links = session.scalars(
        select(Relation)
        .where(or_(Relation.from_id == row.id, Relation.to_id == row.id), Relation.deleted_at.is_(None))
        .order_by(Relation.created_at)
    ).all()
    dropped = []
    for link in links:
        rule = schema.relation(link.type)
        if rule is None:  # a type outside the schema (kept as it came in): no rule to break
            continue
        source = label if link.from_id == row.id else _label_of(session, link.from_id)
        target = label if link.to_id == row.id else _label_of(session, link.to_id)
        if not rule.allows(source, target):
            dropped.append(link)
    return dropped


def relabel(session: Session, ann_id: str, label: str) -> Relabelled:
    row = session.get(Annotation, parse_uuid(ann_id, "annotation id"))
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"no annotation with id {ann_id}")
    schema = stored_schema(session)
    new = schema.label(label)
    if new is None:
        raise NotFoundError(f"unknown label {label!r} (known: {', '.join(schema.label_names)})")
    old_label = _label_of(session, row.id)
    old_attributes = dict(row.attributes or {})
    kept, dropped = fitting(old_attributes, new)
    links = _misfits(session, schema, row, label)
    now = utcnow()
    for link in links:
        link.deleted_at = now
    row.label_id, row.attributes, row.updated_at = label_row(session, label).id, kept, now
    session.flush()
    return Relabelled(str(row.id), old_label, label, old_attributes, dropped, tuple(str(x.id) for x in links))


def undo_relabel(session: Session, done: Relabelled) -> None:
    row = session.get(Annotation, parse_uuid(done.annotation_id, "annotation id"))
    if row is None:
        raise NotFoundError(f"no annotation with id {done.annotation_id}")
    row.label_id = label_row(session, done.old_label).id
    row.attributes, row.updated_at = dict(done.old_attributes), utcnow()
    if done.dropped_relations:
        session.execute(
            update(Relation)
            .where(Relation.id.in_([parse_uuid(key) for key in done.dropped_relations]))
            .values(deleted_at=None)
        )
    session.flush()
