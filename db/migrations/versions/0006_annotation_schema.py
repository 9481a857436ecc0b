"""The annotation schema in the database: display names and nesting rules on labels, attributes per label
(and document-level labels), relation types with the labels they connect. An existing database keeps its
labels, colours and keys and gains the default schema (CUE, the attributes of ACTOR, CLAIM and FIGURE, the
``source`` and ``cue`` links); relation types already used by its relations join the schema connecting any
labels.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _c(*items: tuple[str, str, str]) -> list[dict[str, str]]:
    return [{"value": v, "ar": ar, "en": en} for v, ar, en in items]


_OTHER = ("other", "أخرى", "Other")
# app/schema/default.py as it was at this revision (tests/test_schema_migration.py holds them equal)
LABELS: list[dict[str, Any]] = [
    {
        "name": "ACTOR",
        "colour": "#f4a261",
        "shortcut": "1",
        "name_ar": "فاعل",
        "name_en": "Actor",
        "description": "A person, organisation, state or group to whom something is attributed.",
    },
    {
        "name": "CLAIM",
        "colour": "#2a9d8f",
        "shortcut": "2",
        "name_ar": "ادعاء",
        "name_en": "Claim",
        "description": "A statement presented as true, attributed to an actor.",
    },
    {
        "name": "FIGURE",
        "colour": "#e63946",
        "shortcut": "3",
        "name_ar": "رقم",
        "name_en": "Figure",
        "description": "A number, amount, percentage or date.",
    },
    {
        "name": "CUE",
        "colour": "#6c757d",
        "shortcut": None,
        "name_ar": "قرينة",
        "name_en": "Cue",
        "description": "A word that introduces a claim.",
    },
]
ATTRIBUTES: list[tuple[str, str, str, str, str, list[dict[str, str]]]] = [
    (
        "ACTOR",
        "kind",
        "choice",
        "النوع",
        "Kind",
        _c(
            ("person", "شخص", "Person"),
            ("organisation", "منظمة", "Organisation"),
            ("state", "دولة", "State"),
            ("group", "جماعة", "Group"),
            _OTHER,
        ),
    ),
    (
        "CLAIM",
        "quote",
        "choice",
        "الاقتباس",
        "Quote",
        _c(("direct", "مباشر", "Direct"), ("indirect", "غير مباشر", "Indirect")),
    ),
    (
        "FIGURE",
        "kind",
        "choice",
        "النوع",
        "Kind",
        _c(
            ("count", "عدد", "Count"),
            ("date", "تاريخ", "Date"),
            ("money", "مبلغ", "Money"),
            ("percent", "نسبة مئوية", "Percent"),
            _OTHER,
        ),
    ),
    ("FIGURE", "value", "text", "القيمة", "Value", []),
    (
        "FIGURE",
        "qualifier",
        "choice",
        "التقييد",
        "Qualifier",
        _c(("at_least", "على الأقل", "At least"), ("about", "نحو", "About"), ("at_most", "على الأكثر", "At most")),
    ),
]
RELATIONS = [
    ("source", "CLAIM", "ACTOR", "المصدر", "Source", "The actor a claim is attributed to."),
    ("cue", "CLAIM", "CUE", "القرينة", "Cue", "The words that introduce a claim."),
]


def upgrade() -> None:
    # plain ALTER TABLE ... ADD COLUMN: a batch copy of label_types fails on SQLite once annotations refer to it
    op.add_column("label_types", sa.Column("name_ar", sa.Text(), nullable=False, server_default=""))
    op.add_column("label_types", sa.Column("name_en", sa.Text(), nullable=False, server_default=""))
    op.add_column("label_types", sa.Column("may_nest", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.add_column("label_types", sa.Column("may_overlap", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.add_column("label_types", sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "label_attributes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name_ar", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('choice', 'text', 'number', 'date', 'boolean')", name=op.f("ck_label_attributes__kind")
        ),
        sa.ForeignKeyConstraint(
            ["label_id"],
            ["label_types.id"],
            name=op.f("fk_label_attributes__label_id__label_types"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_label_attributes")),
        sa.UniqueConstraint("label_id", "name", name="uq_label_attributes__label_id_name"),
    )
    op.create_table(
        "relation_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("name_ar", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relation_types")),
        sa.UniqueConstraint("name", name=op.f("uq_relation_types__name")),
    )
    op.create_table(
        "relation_type_ends",
        sa.Column("relation_type_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=4), nullable=False),
        sa.Column("label_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("role IN ('from', 'to')", name=op.f("ck_relation_type_ends__role")),
        sa.ForeignKeyConstraint(
            ["label_id"],
            ["label_types.id"],
            name=op.f("fk_relation_type_ends__label_id__label_types"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["relation_type_id"],
            ["relation_types.id"],
            name=op.f("fk_relation_type_ends__relation_type_id__relation_types"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("relation_type_id", "role", "label_id", name=op.f("pk_relation_type_ends")),
    )
    _seed(op.get_bind())


def _seed(conn: sa.Connection) -> None:
    labels = sa.table(
        "label_types",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("colour", sa.String),
        sa.column("shortcut", sa.String),
        sa.column("description", sa.Text),
        sa.column("name_ar", sa.Text),
        sa.column("name_en", sa.Text),
    )
    ids = dict(conn.execute(sa.select(labels.c.name, labels.c.id)).tuples().all())
    for label in LABELS:
        if label["name"] in ids:  # the database's own colour, key and description stay
            conn.execute(
                labels.update()
                .where(labels.c.id == ids[label["name"]])
                .values(name_ar=label["name_ar"], name_en=label["name_en"])
            )
        else:
            ids[label["name"]] = conn.execute(labels.insert().values(**label).returning(labels.c.id)).scalar_one()
    attributes = sa.table(
        "label_attributes",
        sa.column("label_id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("kind", sa.String),
        sa.column("name_ar", sa.Text),
        sa.column("name_en", sa.Text),
        sa.column("choices", sa.JSON),
        sa.column("position", sa.Integer),
    )
    rows = [
        {
            "label_id": ids[label],
            "name": name,
            "kind": kind,
            "name_ar": ar,
            "name_en": en,
            "choices": choices,
            "position": n,
        }
        for n, (label, name, kind, ar, en, choices) in enumerate(ATTRIBUTES)
    ]
    conn.execute(attributes.insert(), rows)
    types = sa.table(
        "relation_types",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("name_ar", sa.Text),
        sa.column("name_en", sa.Text),
        sa.column("description", sa.Text),
    )
    ends = sa.table(
        "relation_type_ends",
        sa.column("relation_type_id", sa.Integer),
        sa.column("role", sa.String),
        sa.column("label_id", sa.Integer),
        sa.column("position", sa.Integer),
    )
    for name, source, target, ar, en, description in RELATIONS:
        type_id = conn.execute(
            types.insert().values(name=name, name_ar=ar, name_en=en, description=description).returning(types.c.id)
        ).scalar_one()
        conn.execute(
            ends.insert(),
            [
                {"relation_type_id": type_id, "role": "from", "label_id": ids[source], "position": 0},
                {"relation_type_id": type_id, "role": "to", "label_id": ids[target], "position": 0},
            ],
        )
    used = sa.table("relations", sa.column("type", sa.String))
    known = {name for name, *_ in RELATIONS}
    for (name,) in conn.execute(sa.select(used.c.type).distinct().order_by(used.c.type)):
        if name not in known:  # the database's own link types, between any labels
            conn.execute(types.insert().values(name=name, name_ar="", name_en="", description=""))


def downgrade() -> None:
    op.drop_table("relation_type_ends")
    op.drop_table("relation_types")
    op.drop_table("label_attributes")
    # ALTER TABLE ... DROP COLUMN, not a batch copy: annotations refer to label_types, and SQLite refuses to
    # drop a table others refer to while foreign keys are on (SQLite >= 3.35 drops columns in place)
    for column in ("deleted_at", "may_overlap", "may_nest", "name_en", "name_ar"):
        op.drop_column("label_types", column)
