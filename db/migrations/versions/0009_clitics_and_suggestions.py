"""Two things the workbench now keeps:

- ``label_types.proclitics``: whether a span of the label snapped to words takes the word's leading
  proclitics (و ف ب ل ك, ال and their combinations) in (``in``) or leaves them outside (``out``). ACTOR and
  FIGURE leave them out, as Arabic NER corpora do (``لحزب نداء تونس`` → ``حزب نداء تونس``); every other label,
  and a label made later, takes them in (``وقال`` as a cue).
- ``suggestions``: spans proposed by a rule (``app/assist``), apart from the annotations: the label, the span and
  its text, the attributes, the cue and source spans of a claim, the rule that made it, and what the annotator
  decided (``open``, ``accepted``, ``rejected``). A rejected suggestion is kept so that it is not proposed again
  for that document. ``annotations.suggestion_id`` records that an annotation came from one.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

LEAVE_OUT = ("ACTOR", "FIGURE")  # app/schema/default.py's


def upgrade() -> None:
    # plain ALTER TABLE ... ADD COLUMN: a batch copy of label_types fails on SQLite once annotations refer to it
    op.add_column("label_types", sa.Column("proclitics", sa.String(length=8), nullable=False, server_default="in"))
    labels = sa.table("label_types", sa.column("name", sa.String), sa.column("proclitics", sa.String))
    op.get_bind().execute(labels.update().where(labels.c.name.in_(LEAVE_OUT)).values(proclitics="out"))
    op.create_table(
        "suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("attributes", sa.JSON(), nullable=False, server_default="{}"),
        sa.Column("cue_start", sa.Integer(), nullable=True),
        sa.Column("cue_end", sa.Integer(), nullable=True),
        sa.Column("source_start", sa.Integer(), nullable=True),
        sa.Column("source_end", sa.Integer(), nullable=True),
        sa.Column("rule", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False, server_default="open"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint('start >= 0 AND "end" > start', name=op.f("ck_suggestions__span")),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_suggestions__document_id__documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestions")),
        sa.UniqueConstraint("document_id", "label", "start", "end", name=op.f("uq_suggestions__document_id")),
    )
    op.create_index("ix_suggestions_document_status", "suggestions", ["document_id", "status"])
    # no foreign key: an accepted suggestion may be cleared (re-suggest) while the annotation stays
    op.add_column("annotations", sa.Column("suggestion_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("annotations", "suggestion_id")
    op.drop_index("ix_suggestions_document_status", table_name="suggestions")
    op.drop_table("suggestions")
    op.drop_column("label_types", "proclitics")
