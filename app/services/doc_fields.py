"""Document-level labels (the schema's ``document_fields``: topic, genre, stance ...): their values per document,
checked against the schema, stored in ``document_values`` by field id (a renamed field keeps its values)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.changes import FieldsChange
from app.errors import HashiyaError, NotFoundError
from app.schema.model import AttributeDef
from app.schema.values import value_problem
from app.services.schema_store import stored_schema
from db.models import Document, DocumentValue, LabelAttribute


def read(session: Session, doc_id: int) -> dict[str, Any]:
    """The document's field values by name, in the schema's order of its fields."""
    return dict(
        session.execute(
            select(LabelAttribute.name, DocumentValue.value)
            .join(LabelAttribute, LabelAttribute.id == DocumentValue.attribute_id)
            .where(DocumentValue.document_id == doc_id)
            .order_by(LabelAttribute.position, LabelAttribute.id)
        )
        .tuples()
        .all()
    )


def read_many(session: Session, doc_ids: list[int]) -> dict[int, dict[str, Any]]:
    """``read`` for several documents at once (exports): documents without values are left out."""
    found: dict[int, dict[str, Any]] = {}
    for doc_id, name, value in session.execute(
        select(DocumentValue.document_id, LabelAttribute.name, DocumentValue.value)
        .join(LabelAttribute, LabelAttribute.id == DocumentValue.attribute_id)
        .where(DocumentValue.document_id.in_(doc_ids))
        .order_by(DocumentValue.document_id, LabelAttribute.position, LabelAttribute.id)
    ).tuples():
        found.setdefault(doc_id, {})[name] = value
    return found


def write(session: Session, doc_id: int, values: Mapping[str, Any], *, replace: bool = False) -> FieldsChange:
    """Set the fields named in ``values`` (``None`` clears one); with ``replace`` the document's fields become
    exactly ``values`` (what an undo hands back). Every value is checked against the schema first."""
    if session.get(Document, doc_id) is None:
        raise NotFoundError(f"no document with id {doc_id}")
    fields = {field.name: field for field in stored_schema(session).document_fields}
    checked = {name: check(fields, name, value) for name, value in values.items()}
    before = read(session, doc_id)
    after = ({} if replace else dict(before)) | checked
    after = {name: value for name, value in after.items() if value is not None}
    if after != before:
        ids = dict(
            session.execute(select(LabelAttribute.name, LabelAttribute.id).where(LabelAttribute.label_id.is_(None)))
            .tuples()
            .all()
        )
        session.execute(delete(DocumentValue).where(DocumentValue.document_id == doc_id))
        session.add_all(
            DocumentValue(document_id=doc_id, attribute_id=ids[name], value=value) for name, value in after.items()
        )
        session.flush()
    return FieldsChange(doc_id, before, read(session, doc_id))


def check(fields: Mapping[str, AttributeDef], name: str, value: Any) -> Any:
    """``value`` if the schema's document field ``name`` may hold it (``None``: no value), else a
    ``HashiyaError`` naming the field and what it takes."""
    field = fields.get(name)
    if field is None:
        known = ", ".join(fields) or "none"
        raise HashiyaError(f"the schema has no document label {name!r} (document labels: {known})")
    if value is None:
        return None
    problem = value_problem(field, value)
    if problem:
        raise HashiyaError(f"document label {name!r}: {value!r} {problem}")
    return value


def parse(field: AttributeDef, text: str) -> Any:
    """A value typed on the command line, as the field's kind holds it (``""``: no value)."""
    if text == "":
        return None
    if field.kind == "boolean":
        lowered = text.lower()
        if lowered in ("true", "yes", "1"):
            return True
        if lowered in ("false", "no", "0"):
            return False
        raise HashiyaError(f"document label {field.name!r}: {text!r} is not true or false")
    if field.kind == "number":
        try:
            number = float(text)
        except ValueError:
            raise HashiyaError(f"document label {field.name!r}: {text!r} is not a number") from None
        return int(number) if number.is_integer() and "." not in text and "e" not in text.lower() else number
    return text
