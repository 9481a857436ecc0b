"""The corpus search index (issue 13).

- ``search_index`` (SQLite only): an FTS5 table over the folded text of each document, ``rowid`` = the
  document's id. It holds no copy of the text (contentless: ``content=''``; so SQLite's integrity_check, which
  checks FTS5 tables from 3.44, has no content to hold the folded tokens against), no positions (``detail=none``)
  and no column sizes (``columnsize=0``): only which documents hold which folded word, a superset filter that
  the matcher (``app/text/matcher.py``) then checks against the text itself. The rows indexed are the tokens of
  ``word_tokens(fold_text(text))`` joined by spaces, given by the search service; the ``ascii`` tokenizer
  (every non-ASCII character a token character, ``_`` too) keeps each such token whole, so the index splits the
  text exactly as the matcher's ``word_tokens`` does.
- ``search_state``: what the index was built with (``fingerprint``: a digest of the folding, so that a
  program that folds differently rebuilds it). ``db/`` cannot fold text (it may not import ``app/``), so
  this migration leaves the index empty and marks it unbuilt when documents exist; the search service
  builds it at the first search or import, or ``hashiya index --rebuild``.

PostgreSQL has no FTS5: it gets ``search_state`` only, and search there scans the documents with a
folded-text filter in SQL (``app/services/search.py``).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

INDEX_DDL = (  # app/services/search.py's INDEX_DDL (a test holds them equal)
    "CREATE VIRTUAL TABLE search_index USING fts5(body, content='', detail=none, columnsize=0, "
    "tokenize=\"ascii tokenchars '_'\")"
)
UNBUILT = ""  # the index lacks documents that exist
EMPTY = "empty"  # no documents: the empty index is complete


def upgrade() -> None:
    op.create_table(
        "search_state",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_search_state")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(INDEX_DDL)
    has_documents = bind.execute(sa.text("SELECT 1 FROM documents LIMIT 1")).first() is not None
    state = sa.table("search_state", sa.column("name", sa.String), sa.column("value", sa.Text))
    bind.execute(state.insert().values(name="fingerprint", value=UNBUILT if has_documents else EMPTY))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_index")
    op.drop_table("search_state")
