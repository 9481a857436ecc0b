"""FIGURE gets what the figure suggestions (``app/assist/figures.py``) fill in: the kinds ``duration`` and
``measure`` (before ``other``), the qualifiers ``more_than`` and ``less_than``, and a ``unit`` text attribute
(ISO 4217 for money, the unit of a measure). A database whose FIGURE was changed keeps its own choices; only
what is missing is added. ``app/schema/default.py`` says the same for a new database
(``tests/test_schema_migration.py`` holds them equal).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

KINDS = [{"value": "duration", "ar": "مدة", "en": "Duration"}, {"value": "measure", "ar": "قياس", "en": "Measure"}]
QUALIFIERS = [
    {"value": "more_than", "ar": "أكثر من", "en": "More than"},
    {"value": "less_than", "ar": "أقل من", "en": "Less than"},
]
UNIT = ("unit", "text", "الوحدة", "Unit")

_labels = sa.table("label_types", sa.column("id", sa.Integer), sa.column("name", sa.String))
_attributes = sa.table(
    "label_attributes",
    sa.column("id", sa.Integer),
    sa.column("label_id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("kind", sa.String),
    sa.column("name_ar", sa.Text),
    sa.column("name_en", sa.Text),
    sa.column("choices", sa.JSON),
    sa.column("position", sa.Integer),
)


def _with(choices: list[dict[str, Any]], added: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``choices`` with the ``added`` it lacks, before ``other`` when there is one."""
    have = {c.get("value") for c in choices}
    new = [c for c in added if c["value"] not in have]
    at = next((i for i, c in enumerate(choices) if c.get("value") == "other"), len(choices))
    return [*choices[:at], *new, *choices[at:]]


def upgrade() -> None:
    conn = op.get_bind()
    figure = conn.scalar(sa.select(_labels.c.id).where(_labels.c.name == "FIGURE"))
    if figure is None:
        return
    rows = {
        name: (ident, kind, choices, position)
        for ident, name, kind, choices, position in conn.execute(
            sa.select(
                _attributes.c.id, _attributes.c.name, _attributes.c.kind, _attributes.c.choices, _attributes.c.position
            ).where(_attributes.c.label_id == figure)
        )
    }
    for name, added in (("kind", KINDS), ("qualifier", QUALIFIERS)):
        if name in rows and rows[name][1] == "choice":
            ident, _, choices, _ = rows[name]
            merged = _with(list(choices or []), added)
            if merged != choices:
                conn.execute(_attributes.update().where(_attributes.c.id == ident).values(choices=merged))
    if "unit" not in rows:
        name, kind, ar, en = UNIT
        last = max((r[3] for r in rows.values()), default=-1)
        conn.execute(
            _attributes.insert().values(
                label_id=figure, name=name, kind=kind, name_ar=ar, name_en=en, choices=[], position=last + 1
            )
        )


def downgrade() -> None:
    conn = op.get_bind()
    figure = conn.scalar(sa.select(_labels.c.id).where(_labels.c.name == "FIGURE"))
    if figure is None:
        return
    conn.execute(_attributes.delete().where(_attributes.c.label_id == figure, _attributes.c.name == "unit"))
    dropped = {c["value"] for c in KINDS + QUALIFIERS}
    for ident, choices in conn.execute(
        sa.select(_attributes.c.id, _attributes.c.choices).where(
            _attributes.c.label_id == figure, _attributes.c.name.in_(("kind", "qualifier"))
        )
    ):
        kept = [c for c in choices or [] if c.get("value") not in dropped]
        conn.execute(_attributes.update().where(_attributes.c.id == ident).values(choices=kept))
