"""Document-level labels get their values: ``document_values`` holds one JSON value per document and
document-level field (a ``label_attributes`` row with no label), so a renamed field keeps its values and a
removed field or document takes its values along.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_values",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("attribute_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_document_values__document_id__documents", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["attribute_id"],
            ["label_attributes.id"],
            name="fk_document_values__attribute_id__label_attributes",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "attribute_id", name="pk_document_values"),
    )


def downgrade() -> None:
    op.drop_table("document_values")
