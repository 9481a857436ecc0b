"""``label_types.role``: what a label is for, kept when the user renames it. The recognisers
(``app/assist/registry.py``: figures -> FIGURE, claims -> CLAIM) propose into the label that has their role, and
an accepted claim's source and cue are made as the labels with the roles ACTOR and CUE, whatever those are called
now. The rows named ACTOR, CLAIM, FIGURE and CUE get that role (``app/schema/default.py`` gives a new database the
same); any other label, and one renamed before this revision, has none (a label of a role's name then stands in).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

ROLES = ("ACTOR", "CLAIM", "FIGURE", "CUE")  # app/schema/model.py's


def upgrade() -> None:
    # plain ALTER TABLE ... ADD COLUMN: a batch copy of label_types fails on SQLite once annotations refer to it
    op.add_column("label_types", sa.Column("role", sa.String(length=16), nullable=True))
    labels = sa.table("label_types", sa.column("name", sa.String), sa.column("role", sa.String))
    conn = op.get_bind()
    for role in ROLES:
        conn.execute(labels.update().where(labels.c.name == role).values(role=role))


def downgrade() -> None:
    op.drop_column("label_types", "role")
