"""Listing, opening and marking documents."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.changes import ChangeSet, StatusChange
from app.dto import AnnotationRows, DocumentData, DocumentSummary, RelationData, Stats
from app.errors import HashiyaError, NotFoundError
from app.services import doc_fields
from app.services.common import names, raw_rows
from app.services.title_filter import filtered
from db.engine import Database
from db.models import DOCUMENT_STATUSES, Annotation, Document, LabelType, Relation

_live_count = (
    select(func.count(Annotation.id))
    .where(Annotation.document_id == Document.id, Annotation.deleted_at.is_(None))
    .correlate(Document)
    .scalar_subquery()
)


class DocumentService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(
        self, *, after_id: int = 0, limit: int = 100, title_filter: str | None = None, status: str | None = None
    ) -> list[DocumentSummary]:
        """A page of documents in id order, starting after ``after_id`` (keyset paging)."""
        query = (
            select(Document.id, Document.title, Document.status, _live_count, Document.external_id)
            .where(Document.id > after_id)
            .order_by(Document.id)
            .limit(limit)
        )
        if status:
            query = query.where(Document.status == status)
        with self._db.sessions() as session:
            query = filtered(session, query, title_filter)
            return [DocumentSummary(*row) for row in session.execute(query).tuples()]

    def ids(self, *, title_filter: str | None = None) -> builtins.list[int]:  # ``list`` is a method here
        query = select(Document.id).order_by(Document.id)
        with self._db.sessions() as session:
            return list(session.scalars(filtered(session, query, title_filter)))

    def summaries(self, ids: builtins.list[int]) -> builtins.list[DocumentSummary]:
        query = (
            select(Document.id, Document.title, Document.status, _live_count, Document.external_id)
            .where(Document.id.in_(ids))
            .order_by(Document.id)
        )
        with self._db.sessions() as session:
            return [DocumentSummary(*row) for row in session.execute(query).tuples()]

    def count(self) -> int:
        with self._db.sessions() as session:
            return session.scalar(select(func.count(Document.id))) or 0

    def first_id(self) -> int | None:
        with self._db.sessions() as session:
            return session.scalar(select(func.min(Document.id)))

    def open(self, doc_id: int) -> DocumentData:
        """The document with its live annotations (in reading order) and the live relations between them.

        Read as plain columns (no ORM objects): on SQLite the annotations come from one index range
        (``ix_annotations_reading``), and their ``AnnotationData`` are built only when asked for
        (``AnnotationRows``), so a document with 10,000 spans opens in a few tens of milliseconds.
        """
        with self._db.sessions() as session:
            doc = session.execute(
                select(
                    Document.id,
                    Document.title,
                    Document.text,
                    Document.sha256,
                    Document.status,
                    Document.external_id,
                    Document.source,
                    Document.meta,
                ).where(Document.id == doc_id)
            ).first()
            if doc is None:
                raise NotFoundError(f"no document with id {doc_id}")
            labels, annotators = names(session)
            # Raw DBAPI tuples: on SQLite ids and JSON stay the stored text; 10,000 Row and UUID objects
            # and json.loads calls would cost more than the rest of the read.
            rows = raw_rows(
                session.connection(),
                select(
                    Annotation.id,
                    Annotation.label_id,
                    Annotation.start,
                    Annotation.end,
                    Annotation.annotator_id,
                    Annotation.attributes,
                    Annotation.note,
                )
                .where(Annotation.document_id == doc_id, Annotation.deleted_at.is_(None))
                .order_by(Annotation.start, Annotation.end.desc(), Annotation.created_at),
            )
            source, target = aliased(Annotation), aliased(Annotation)
            rel_rows = (
                session.execute(
                    select(
                        Relation.id,
                        Relation.type,
                        Relation.from_id,
                        Relation.to_id,
                        Relation.annotator_id,
                        Relation.attributes,
                        Relation.note,
                    )
                    .join(source, source.id == Relation.from_id)
                    .join(target, target.id == Relation.to_id)
                    .where(
                        source.document_id == doc_id,
                        target.document_id == doc_id,
                        Relation.deleted_at.is_(None),
                        source.deleted_at.is_(None),
                        target.deleted_at.is_(None),
                    )
                    .order_by(Relation.created_at)
                )
                .tuples()
                .all()
            )
        return DocumentData(
            id=doc.id,
            title=doc.title,
            text=doc.text,
            sha256=doc.sha256,
            status=doc.status,
            external_id=doc.external_id,
            source=doc.source,
            metadata=dict(doc.meta or {}),
            annotations=AnnotationRows(doc.id, doc.text, rows, labels, annotators),
            relations=[
                RelationData(
                    str(rel_id),
                    type_,
                    str(from_id),
                    str(to_id),
                    annotators[annotator],
                    dict(attributes or {}),
                    note or "",
                )
                for rel_id, type_, from_id, to_id, annotator, attributes, note in rel_rows
            ],
        )

    def set_status(self, doc_id: int, status: str) -> str:
        """Set the status and return the previous one (for undo)."""
        change = self.edit_status(doc_id, status).status
        assert change is not None
        return change.before

    def edit_status(self, doc_id: int, status: str) -> ChangeSet:
        """Set the status; the change set holds the previous one (for undo)."""
        if status not in DOCUMENT_STATUSES:
            raise HashiyaError(f"unknown status {status!r} (known: {', '.join(DOCUMENT_STATUSES)})")
        with self._db.sessions.begin() as session:
            doc = session.get(Document, doc_id)
            if doc is None:
                raise NotFoundError(f"no document with id {doc_id}")
            previous, doc.status = doc.status, status
            return ChangeSet(doc_id, status=StatusChange(doc_id, previous, status))

    def fields(self, doc_id: int) -> dict[str, Any]:
        """The document's document-level labels (the schema's ``document_fields``) by name; unset ones absent."""
        with self._db.sessions() as session:
            if session.get(Document, doc_id) is None:
                raise NotFoundError(f"no document with id {doc_id}")
            return doc_fields.read(session, doc_id)

    def edit_fields(self, doc_id: int, values: Mapping[str, Any], *, replace: bool = False) -> ChangeSet:
        """Set the document-level labels named in ``values`` (``None`` clears one), checked against the schema
        (a choice must be one of the field's choices); with ``replace`` the fields become exactly ``values``.
        The change set's ``fields`` holds them before and after: undo is
        ``edit_fields(doc_id, change.fields.before, replace=True)``."""
        with self._db.sessions.begin() as session:
            return ChangeSet(doc_id, fields=doc_fields.write(session, doc_id, values, replace=replace))

    def next_id(self, doc_id: int, *, not_done: bool = True) -> int | None:
        query = select(func.min(Document.id)).where(Document.id > doc_id)
        if not_done:
            query = query.where(Document.status != "done")
        with self._db.sessions() as session:
            return session.scalar(query)

    def status_counts(self) -> dict[str, int]:
        """Documents by status: what the status bar shows after every status change, so it reads only
        the ``(status, id)`` index and never the annotations."""
        with self._db.sessions() as session:
            return dict(
                session.execute(select(Document.status, func.count(Document.id)).group_by(Document.status))
                .tuples()
                .all()
            )

    def stats(self) -> Stats:
        by_status = self.status_counts()
        with self._db.sessions() as session:
            # counted by label id over the annotations alone (one pass over a covering index), then named:
            # joining label_types first made SQLite build an automatic index per call (4.3 s at 1M spans)
            counts = dict(
                session.execute(
                    select(Annotation.label_id, func.count())
                    .where(Annotation.deleted_at.is_(None))
                    .group_by(Annotation.label_id)
                )
                .tuples()
                .all()
            )
            by_label = {
                name: counts.get(label_id, 0)
                for label_id, name in session.execute(
                    select(LabelType.id, LabelType.name).where(LabelType.deleted_at.is_(None)).order_by(LabelType.name)
                ).tuples()
            }
            relations = session.scalar(select(func.count(Relation.id)).where(Relation.deleted_at.is_(None))) or 0
        return Stats(
            documents=sum(by_status.values()),
            done=by_status.get("done", 0),
            annotations=sum(by_label.values()),
            relations=relations,
            by_label=by_label,
            by_status=by_status,
        )
