"""``documents.title_folded``: the title folded as search folds it (``app/text/fold``), for the title filter of the
document list and ``hashiya list --title``: a plain ``LIKE`` on a stored column (100,000 titles: tens of
milliseconds), where folding each title in a SQL function costs seconds a keystroke.

``db/`` cannot fold (it may not import ``app/``): existing rows are left NULL, which the filter reads through
the folding function, and ``app.services.title_filter.backfill`` fills them when a workspace opens; the partial
index ``ix_documents_title_unfolded`` makes "is there any left?" one index probe.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("title_folded", sa.Text(), nullable=True))
    op.create_index(
        "ix_documents_title_unfolded",
        "documents",
        ["id"],
        sqlite_where=sa.text("title_folded IS NULL"),
        postgresql_where=sa.text("title_folded IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_documents_title_unfolded", table_name="documents")
    op.drop_column("documents", "title_folded")
