"""The schema's rules on interactive edits: a label's ``may_nest`` / ``may_overlap`` flags, and the labels a
relation type allows at its ends. Imports do not pass through here (imported corpora bring their own schema).
"""

from __future__ import annotations

import uuid
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import HashiyaError
from db.models import Annotation, LabelType, RelationType, RelationTypeEnd


class LabelRule(NamedTuple):
    id: int
    name: str
    nests: bool
    overlaps: bool


def label_rule(row: LabelType) -> LabelRule:
    return LabelRule(row.id, row.name, row.may_nest, row.may_overlap)


def _span(label: str, start: int, end: int, text: str) -> str:
    return f"{label} [{start}, {end}) {text!r}"


def check_span_rules(
    session: Session, doc_id: int, label: LabelRule, start: int, end: int, text: str, exclude: uuid.UUID | None = None
) -> None:
    """Refuse a span that nests in (or holds) or crosses a live span of the same label when the label
    forbids it; a label that allows both costs no query."""
    if label.nests and label.overlaps:
        return
    query = select(Annotation.id, Annotation.start, Annotation.end, Annotation.text).where(
        Annotation.document_id == doc_id,
        Annotation.label_id == label.id,
        Annotation.deleted_at.is_(None),
        Annotation.start < end,
        Annotation.end > start,
    )
    for other_id, other_start, other_end, other_text in session.execute(query):
        if other_id == exclude:
            continue
        nested = (other_start <= start and end <= other_end) or (start <= other_start and other_end <= end)
        if nested and not label.nests:
            how = "would nest with"
            rule = "may not nest (may_nest is off)"
        elif not nested and not label.overlaps:
            how = "would overlap"
            rule = "may not overlap (may_overlap is off)"
        else:
            continue
        other = _span(label.name, other_start, other_end, other_text)
        raise HashiyaError(
            f"{_span(label.name, start, end, text)} {how} {other} (annotation {other_id}): "
            f"spans of label {label.name!r} {rule}"
        )


def check_relation_ends(session: Session, type: str, source: LabelType, target: LabelType) -> None:
    """Refuse a relation of a schema type whose ends do not allow these labels (a type with no end rows for a
    role takes any label there; a type the schema does not declare is not checked)."""
    type_id = session.scalar(select(RelationType.id).where(RelationType.name == type))
    if type_id is None:
        return
    ends: dict[str, set[int]] = {}
    for role, label_id in session.execute(
        select(RelationTypeEnd.role, RelationTypeEnd.label_id).where(RelationTypeEnd.relation_type_id == type_id)
    ):
        ends.setdefault(role, set()).add(label_id)
    for role, row, what in (("from", source, "source"), ("to", target, "target")):
        allowed = ends.get(role)
        if allowed and row.id not in allowed:
            names = session.scalars(select(LabelType.name).where(LabelType.id.in_(allowed)).order_by(LabelType.name))
            raise HashiyaError(
                f"a {type!r} relation cannot have a {row.name} as its {what} (allowed: {', '.join(names)})"
            )
