"""The title filter (the document list, ``hashiya list --title``) folds as search does (``app/text/fold``: hamza and
alef forms, ى/ي, ة/ه, tatweel and harakat are ignored): ``الاسلامية`` finds ``الإسلاميّة``.

The folded title is stored (``documents.title_folded``, migration 0011, written by the import), so the filter is
one ``LIKE`` (100,000 titles: about 0.1 s for the count and the first page, where folding every title in a SQL
function took 5.3 s). A row from before 0011 is folded on the fly until ``backfill`` has stored it: on SQLite by
``fold_text`` itself, registered as a SQL function on the session's connection; on PostgreSQL by the same table
through ``translate()`` (and ``lower()`` for Latin case).
"""

from __future__ import annotations

import logging
from typing import Any, TypeVar

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from app.text.fold import IGNORABLE, fold_text, mapping
from db.engine import Database
from db.errors import HashiyaError
from db.models import Document

log = logging.getLogger(__name__)
BACKFILL_BATCH = 5000

FOLD_FUNCTION = "hashiya_fold"


def _fold(value: str | None) -> str | None:
    return None if value is None else fold_text(value)


def folded_title(session: Session) -> Any:
    """``Document.title`` folded for the filter, in this session's dialect."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        conn.connection.driver_connection.create_function(FOLD_FUNCTION, 1, _fold, deterministic=True)  # type: ignore[union-attr]
        return getattr(func, FOLD_FUNCTION)(Document.title)
    table = mapping()
    return func.lower(func.translate(Document.title, "".join(table) + IGNORABLE, "".join(table.values())))


Q = TypeVar("Q", bound=Select[Any])


def filtered(session: Session, query: Q, title_filter: str | None) -> Q:
    """``query`` keeping only the documents whose folded title contains the folded ``title_filter``."""
    if title_filter and (needle := fold_text(title_filter)):
        folded = func.coalesce(Document.title_folded, folded_title(session))  # lazily: a stored one wins
        query = query.where(folded.contains(needle, autoescape=True))
    return query


def backfill(db: Database) -> int:
    """Store the folded title of the documents that have none (imported before migration 0011); how many.

    A database that is busy or read-only is left as it is (the filter folds those titles on the fly)."""
    done = 0
    try:
        while True:
            with db.sessions.begin() as session:
                rows = session.execute(
                    select(Document.id, Document.title).where(Document.title_folded.is_(None)).limit(BACKFILL_BATCH)
                ).all()
                if not rows:
                    return done
                session.execute(
                    update(Document),
                    [{"id": doc_id, "title_folded": fold_text(title or "")} for doc_id, title in rows],
                )
                done += len(rows)
    except HashiyaError as exc:
        log.info("folded titles not stored yet (%s): the filter folds them as it reads", exc)
        return done
