"""How the reading view draws each label, stored with the label: ``fill`` (a background), ``band`` (a tinted band
with an underline), ``frame`` (coloured bold text in a frame) or ``underline`` (a dotted underline). An existing
database keeps the look it had: ACTOR fill, CLAIM band, FIGURE frame; CUE and its other labels underline.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

STYLES = {"ACTOR": "fill", "CLAIM": "band", "FIGURE": "frame"}  # app/schema/default.py's


def upgrade() -> None:
    # plain ALTER TABLE ... ADD COLUMN: a batch copy of label_types fails on SQLite once annotations refer to it
    op.add_column("label_types", sa.Column("style", sa.String(length=16), nullable=False, server_default="underline"))
    labels = sa.table("label_types", sa.column("name", sa.String), sa.column("style", sa.String))
    for name, style in STYLES.items():
        op.get_bind().execute(labels.update().where(labels.c.name == name).values(style=style))


def downgrade() -> None:
    op.drop_column("label_types", "style")
