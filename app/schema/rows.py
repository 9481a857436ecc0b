"""Reading the stored schema from plain SQL rows, the same for SQLAlchemy and for the stdlib ``sqlite3``
of the first frame (``app/start_view.py``): one set of queries, one builder, so the two cannot differ."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import orjson

from app.schema.model import AttributeDef, Choice, Display, LabelDef, RelationTypeDef, Schema

LABELS = (
    "SELECT id, name, colour, shortcut, description, name_ar, name_en, may_nest, may_overlap, style, proclitics, "
    "role FROM label_types WHERE deleted_at IS NULL ORDER BY id"
)
ATTRIBUTES = "SELECT label_id, name, kind, name_ar, name_en, choices FROM label_attributes ORDER BY position, id"
RELATION_TYPES = "SELECT id, name, name_ar, name_en, description FROM relation_types ORDER BY id"
ENDS = (
    "SELECT e.relation_type_id, e.role, l.name FROM relation_type_ends e JOIN label_types l ON l.id = e.label_id "
    "WHERE l.deleted_at IS NULL ORDER BY e.position, l.id"
)

Query = Callable[[str], Sequence[Sequence[Any]]]


def _choices(value: object) -> tuple[Choice, ...]:
    items: Any = orjson.loads(value) if isinstance(value, str | bytes) else value
    return tuple(Choice(c["value"], Display(c.get("ar", ""), c.get("en", ""))) for c in items or ())


def _attribute(row: Sequence[Any]) -> AttributeDef:
    _, name, kind, ar, en, choices = row
    return AttributeDef(name, kind, Display(ar, en), _choices(choices))


def read_schema(query: Query) -> Schema:
    """The schema stored in the database that ``query`` (SQL -> rows) reads."""
    attributes: dict[int | None, list[AttributeDef]] = {}
    for row in query(ATTRIBUTES):
        attributes.setdefault(row[0], []).append(_attribute(row))
    labels = tuple(
        LabelDef(
            name,
            colour,
            key,
            Display(ar, en),
            description,
            bool(nests),
            bool(overlaps),
            tuple(attributes.get(label_id, ())),
            style,
            proclitics,
            role,
        )
        for label_id, name, colour, key, description, ar, en, nests, overlaps, style, proclitics, role in query(LABELS)
    )
    ends: dict[tuple[int, str], list[str]] = {}
    for type_id, role, label in query(ENDS):
        ends.setdefault((type_id, role), []).append(label)
    relations = tuple(
        RelationTypeDef(
            name,
            tuple(ends.get((type_id, "from"), ())),
            tuple(ends.get((type_id, "to"), ())),
            Display(ar, en),
            description,
        )
        for type_id, name, ar, en, description in query(RELATION_TYPES)
    )
    return Schema(labels, relations, tuple(attributes.get(None, ())))


def choices_json(choices: Sequence[Choice]) -> list[dict[str, str]]:
    return [{"value": c.value, "ar": c.display.ar, "en": c.display.en} for c in choices]
