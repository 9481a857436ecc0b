"""SQLite: a narrow index on documents.id, so that the document list finds a row's position and the id
at a position from about 1 MB of index at 100,000 documents, instead of walking the table, whose rows
carry the texts (opening document 50,000 of 100,000 spent 130 ms placing it in the list). PostgreSQL's
primary key index is already separate from the rows and is left as it is.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.create_index("ix_documents_id", "documents", ["id"], unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.drop_index("ix_documents_id", table_name="documents")
