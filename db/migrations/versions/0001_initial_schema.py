"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "annotators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annotators")),
        sa.UniqueConstraint("name", name=op.f("uq_annotators__name")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=1000), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("metadata", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('new', 'in_progress', 'done')", name=op.f("ck_documents__status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("sha256", name=op.f("uq_documents__sha256")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index("ix_documents_external_id", ["external_id"], unique=False)

    op.create_table(
        "label_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("shortcut", sa.String(length=20), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_label_types")),
        sa.UniqueConstraint("name", name=op.f("uq_label_types__name")),
    )
    op.create_table(
        "annotations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("annotator_id", sa.Integer(), nullable=False),
        sa.Column("label_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint('start >= 0 AND "end" > start', name=op.f("ck_annotations__span")),
        sa.ForeignKeyConstraint(
            ["annotator_id"], ["annotators.id"], name=op.f("fk_annotations__annotator_id__annotators")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_annotations__document_id__documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["label_id"], ["label_types.id"], name=op.f("fk_annotations__label_id__label_types")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annotations")),
    )
    with op.batch_alter_table("annotations", schema=None) as batch_op:
        batch_op.create_index("ix_annotations_document_id_start", ["document_id", "start"], unique=False)

    op.create_table(
        "relations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("type", sa.String(length=100), nullable=False),
        sa.Column("from_id", sa.Uuid(), nullable=False),
        sa.Column("to_id", sa.Uuid(), nullable=False),
        sa.Column("annotator_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["annotator_id"], ["annotators.id"], name=op.f("fk_relations__annotator_id__annotators")
        ),
        sa.ForeignKeyConstraint(
            ["from_id"],
            ["annotations.id"],
            name=op.f("fk_relations__from_id__annotations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_id"], ["annotations.id"], name=op.f("fk_relations__to_id__annotations"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relations")),
    )
    with op.batch_alter_table("relations", schema=None) as batch_op:
        batch_op.create_index("ix_relations_from_id", ["from_id"], unique=False)
        batch_op.create_index("ix_relations_to_id", ["to_id"], unique=False)

    labels = sa.table(
        "label_types",
        sa.column("name", sa.String),
        sa.column("colour", sa.String),
        sa.column("shortcut", sa.String),
        sa.column("description", sa.Text),
    )
    # The default label set, frozen here as it was at this revision (models.DEFAULT_LABELS may grow).
    op.bulk_insert(
        labels,
        [
            {
                "name": "ACTOR",
                "colour": "#f4a261",
                "shortcut": "1",
                "description": "A person, organisation, state or group to whom something is attributed.",
            },
            {
                "name": "CLAIM",
                "colour": "#2a9d8f",
                "shortcut": "2",
                "description": "A statement presented as true, attributed to an actor.",
            },
            {
                "name": "FIGURE",
                "colour": "#e63946",
                "shortcut": "3",
                "description": "A number, amount, percentage or date.",
            },
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("relations", schema=None) as batch_op:
        batch_op.drop_index("ix_relations_to_id")
        batch_op.drop_index("ix_relations_from_id")

    op.drop_table("relations")
    with op.batch_alter_table("annotations", schema=None) as batch_op:
        batch_op.drop_index("ix_annotations_document_id_start")

    op.drop_table("annotations")
    op.drop_table("label_types")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_external_id")

    op.drop_table("documents")
    op.drop_table("annotators")
