"""Adding, changing, deleting and restoring annotations; each call is one committed transaction."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.dto import AnnotationData
from app.errors import NotFoundError
from app.services.common import annotation_dto, annotator_id, label_by_name, names, parse_uuid
from app.text.offsets import check_span
from db.engine import Database
from db.models import Annotation, Document, utcnow


def span_text(session: Session, doc_id: int, start: int, end: int) -> str:
    """``text[start:end]`` of a document, checked, without loading the whole text.

    SQLite and PostgreSQL count characters (code points) in ``substr``/``length``, as Python does.
    SQLite stops ``length`` at a NUL character, so any doubt falls back to the full text in Python.
    """
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        found = session.execute(
            select(func.substr(Document.text, start + 1, end - start), func.length(Document.text)).where(
                Document.id == doc_id
            )
        ).first()
        if found is None:
            raise NotFoundError(f"no document with id {doc_id}")
        piece, length = found
        if end <= length and len(piece) == end - start:
            return piece
    text = session.scalar(select(Document.text).where(Document.id == doc_id))
    if text is None:
        raise NotFoundError(f"no document with id {doc_id}")
    return check_span(text, start, end)


class AnnotationService:
    def __init__(self, db: Database, annotator: str) -> None:
        self._db = db
        self._annotator = annotator

    def add(self, doc_id: int, label: str, start: int, end: int, *, attributes: dict[str, Any] | None = None,
            note: str = "", id: str | None = None) -> AnnotationData:
        """Store a new span; the text snapshot is taken from the document, never from the caller."""
        with self._db.sessions.begin() as session:
            piece = span_text(session, doc_id, start, end)
            label_row = label_by_name(session, label)
            row = Annotation(
                id=parse_uuid(id) if id else uuid.uuid4(),
                document_id=doc_id,
                annotator_id=annotator_id(session, self._annotator),
                label_id=label_row.id,
                start=start,
                end=end,
                text=piece,
                attributes=dict(attributes or {}),
                note=note,
            )
            session.add(row)
            session.execute(
                update(Document).where(Document.id == doc_id, Document.status == "new").values(status="in_progress")
            )
            session.flush()
            return annotation_dto(row, label_row.name, self._annotator)

    def get(self, ann_id: str) -> AnnotationData:
        with self._db.sessions() as session:
            row = self._row(session, ann_id)
            labels, annotators = names(session)
            return annotation_dto(row, labels[row.label_id], annotators[row.annotator_id])

    def change(self, ann_id: str, *, label: str | None = None, start: int | None = None,
               end: int | None = None, attributes: dict[str, Any] | None = None,
               note: str | None = None) -> AnnotationData:
        """Change what is given and return the annotation as it is now."""
        with self._db.sessions.begin() as session:
            row = self._row(session, ann_id)
            if start is not None or end is not None:
                new_start = row.start if start is None else start
                new_end = row.end if end is None else end
                row.text = span_text(session, row.document_id, new_start, new_end)
                row.start, row.end = new_start, new_end
            if label is not None:
                row.label_id = label_by_name(session, label).id
            if attributes is not None:
                row.attributes = dict(attributes)
            if note is not None:
                row.note = note
            row.updated_at = utcnow()
            session.flush()
            labels, annotators = names(session)
            return annotation_dto(row, labels[row.label_id], annotators[row.annotator_id])

    def delete(self, ann_id: str) -> AnnotationData:
        """Tombstone the annotation (its relations are hidden with it) and return what it was."""
        return self._set_deleted(ann_id, deleted=True)

    def restore(self, ann_id: str) -> AnnotationData:
        """Undo a delete."""
        return self._set_deleted(ann_id, deleted=False)

    def _set_deleted(self, ann_id: str, *, deleted: bool) -> AnnotationData:
        with self._db.sessions.begin() as session:
            row = self._row(session, ann_id, include_deleted=True)
            if (row.deleted_at is not None) == deleted:
                state = "deleted" if deleted else "live"
                raise NotFoundError(f"annotation {ann_id} is already {state}")
            row.deleted_at = utcnow() if deleted else None
            row.updated_at = utcnow()
            labels, annotators = names(session)
            return annotation_dto(row, labels[row.label_id], annotators[row.annotator_id])

    @staticmethod
    def _row(session, ann_id: str, *, include_deleted: bool = False) -> Annotation:  # type: ignore[no-untyped-def]
        row = session.get(Annotation, parse_uuid(ann_id, "annotation id"))
        if row is None or (row.deleted_at is not None and not include_deleted):
            raise NotFoundError(f"no annotation with id {ann_id}")
        return row
