"""Paging through the document list by position, for a list view over 100,000+ documents.

Nothing here loads every id: the view asks for the count, then for the pages it paints. The title filter folds
as search does (``app/services/title_filter.py``).
"""

from __future__ import annotations

from sqlalchemy import func, select

from app.dto import DocumentSummary
from app.services.documents import _live_count
from app.services.title_filter import filtered as _filtered
from db.engine import Database
from db.models import Document


def count(db: Database, title_filter: str | None = None) -> int:
    with db.sessions() as session:
        return session.scalar(_filtered(session, select(func.count(Document.id)), title_filter)) or 0


def page(db: Database, offset: int, limit: int, title_filter: str | None = None) -> list[DocumentSummary]:
    """Summaries of the documents at positions ``offset .. offset+limit-1`` in id order.

    The id at ``offset`` is found on an index alone (SQLite's ``ix_documents_id``, PostgreSQL's primary
    key); only the ``limit`` rows from there are read from the table.
    """
    with db.sessions() as session:
        first = session.scalar(
            _filtered(session, select(Document.id), title_filter).order_by(Document.id).offset(offset).limit(1)
        )
        if first is None:
            return []
        query = (
            _filtered(
                session,
                select(Document.id, Document.title, Document.status, _live_count, Document.external_id),
                title_filter,
            )
            .where(Document.id >= first)
            .order_by(Document.id)
            .limit(limit)
        )
        return [DocumentSummary(*row) for row in session.execute(query).tuples()]


def position(db: Database, doc_id: int, title_filter: str | None = None) -> int | None:
    """The row of ``doc_id`` in the (filtered) list, or None if it is not in it."""
    with db.sessions() as session:
        present = session.scalar(_filtered(session, select(Document.id).where(Document.id == doc_id), title_filter))
        if present is None:
            return None
        return session.scalar(
            _filtered(session, select(func.count(Document.id)).where(Document.id < doc_id), title_filter)
        )


class Listing:
    """The document list of one database, as the list view pages it (see ``ui.document_list.ListSource``)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, title_filter: str | None = None) -> int:
        return count(self._db, title_filter)

    def page(self, offset: int, limit: int, title_filter: str | None = None) -> list[DocumentSummary]:
        return page(self._db, offset, limit, title_filter)

    def position(self, doc_id: int, title_filter: str | None = None) -> int | None:
        return position(self._db, doc_id, title_filter)
