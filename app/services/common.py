"""Helpers shared by the services: row-to-DTO conversion and look-ups inside one session."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, Select, select
from sqlalchemy.orm import Session

from app.dto import AnnotationData, Label, RelationData
from app.errors import NotFoundError
from db.models import Annotation, Annotator, LabelType, Relation


def parse_uuid(value: str | uuid.UUID, what: str = "id") -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError as exc:
        raise NotFoundError(f"{what} {value!r} is not a valid UUID") from exc


def annotator_id(session: Session, name: str) -> int:
    found = session.scalar(select(Annotator.id).where(Annotator.name == name))
    if found is not None:
        return found
    row = Annotator(name=name)
    session.add(row)
    session.flush()
    return row.id


def label_by_name(session: Session, name: str) -> LabelType:
    live = LabelType.deleted_at.is_(None)  # a deleted label (a tombstone, for undo) takes no new annotations
    row = session.scalar(select(LabelType).where(LabelType.name == name, live))
    if row is None:
        known = ", ".join(session.scalars(select(LabelType.name).where(live).order_by(LabelType.id)))
        raise NotFoundError(f"unknown label {name!r} (known: {known})")
    return row


def label_dto(row: LabelType) -> Label:
    return Label(row.id, row.name, row.colour, row.shortcut, row.description)


def annotation_dto(row: Annotation, label: str, annotator: str) -> AnnotationData:
    return AnnotationData(
        id=str(row.id),
        document_id=row.document_id,
        label=label,
        start=row.start,
        end=row.end,
        text=row.text,
        annotator=annotator,
        attributes=dict(row.attributes or {}),
        note=row.note or "",
    )


def relation_dto(row: Relation, annotator: str) -> RelationData:
    return RelationData(str(row.id), row.type, str(row.from_id), str(row.to_id), annotator)


def names(session: Session) -> tuple[dict[int, str], dict[int, str]]:
    """Label and annotator names by id (both tables are tiny)."""
    labels = dict(session.execute(select(LabelType.id, LabelType.name)).tuples().all())
    annotators = dict(session.execute(select(Annotator.id, Annotator.name)).tuples().all())
    return labels, annotators


def raw_rows(conn: Connection, query: Select[Any]) -> list[tuple[Any, ...]]:
    """The rows of ``query`` as the DBAPI returns them: plain tuples, no ``Row`` objects and no type
    processing (SQLite gives UUIDs as 32 hex digits and JSON as text). For reads of 10,000 rows."""
    compiled = query.compile(dialect=conn.dialect)
    params: Any = compiled.construct_params()
    if compiled.positional:
        params = tuple(params[name] for name in compiled.positiontup or ())
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(compiled.string, params)
        return cursor.fetchall()
    finally:
        cursor.close()
