"""Adding, changing, deleting and restoring annotations; each call is one committed transaction.

The ``edit_*`` methods are what undoable edits call: each returns the ``ChangeSet`` it made (see
``app/changes.py``). ``add``, ``change``, ``delete`` and ``restore`` return the annotation itself, for scripts,
the CLI and imports, and are the same writes.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from app.changes import ChangeSet
from app.dto import AnnotationData
from app.errors import NotFoundError
from app.services.common import annotation_dto, annotator_id, label_by_name, names, parse_uuid
from app.services.relations import touching_relations
from app.services.span_rules import LabelRule, check_span_rules, label_rule
from app.text.offsets import check_span
from db.engine import Database
from db.models import Annotation, Annotator, Document, LabelType, utcnow

# Built once: constructing and caching a statement costs more than running it on this path.
_SNAPSHOT = select(func.substr(Document.text, bindparam("first"), bindparam("count"))).where(
    Document.id == bindparam("doc")
)
_INSERT = insert(Annotation)
_STARTED = (
    update(Document).where(Document.id == bindparam("doc"), Document.status == "new").values(status="in_progress")
)


def span_text(session: Session, doc_id: int, start: int, end: int) -> str:
    """``text[start:end]`` of a document, checked, without loading the whole text.

    SQLite and PostgreSQL count characters (code points) in ``substr``, as Python does. ``length`` is
    not asked for: on a 1 MB text it counts every character (4 ms), while a span past the end, or
    after a NUL (where SQLite's ``substr`` stops), already comes back short. Any doubt falls back to
    the full text in Python.
    """
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        found = (
            session.connection().execute(_SNAPSHOT, {"first": start + 1, "count": end - start, "doc": doc_id}).first()
        )
        if found is None:
            raise NotFoundError(f"no document with id {doc_id}")
        piece = found[0]
        if len(piece) == end - start:
            return piece
    text = session.scalar(select(Document.text).where(Document.id == doc_id))
    if text is None:
        raise NotFoundError(f"no document with id {doc_id}")
    return check_span(text, start, end)


class AnnotationService:
    def __init__(self, db: Database, annotator: str) -> None:
        self._db = db
        self._annotator = annotator
        self._labels: dict[str, LabelRule] = {}
        self._annotator_row: int | None = None

    def set_annotator(self, name: str) -> None:
        self._annotator, self._annotator_row = name, None

    def add(
        self,
        doc_id: int,
        label: str,
        start: int,
        end: int,
        *,
        attributes: dict[str, Any] | None = None,
        note: str = "",
        id: str | None = None,
    ) -> AnnotationData:
        """``edit_add``, returning the stored annotation."""
        return self.edit_add(doc_id, label, start, end, attributes=attributes, note=note, id=id).added[0]

    def edit_add(
        self,
        doc_id: int,
        label: str,
        start: int,
        end: int,
        *,
        attributes: dict[str, Any] | None = None,
        note: str = "",
        id: str | None = None,
        suggestion_id: int | None = None,
    ) -> ChangeSet:
        """Store a new span; the text snapshot is taken from the document, never from the caller.

        One Core INSERT (no ORM unit of work): this runs on every label key press. A span the label's
        ``may_nest`` / ``may_overlap`` forbids beside a span of the same label is refused. ``suggestion_id``
        records the suggestion it was made from.
        """
        with self._db.sessions.begin() as session:
            ann = self.insert(
                session, doc_id, label, start, end, attributes=attributes, note=note, id=id, suggestion_id=suggestion_id
            )
        return ChangeSet(doc_id, added=(ann,))

    def insert(
        self,
        session: Session,
        doc_id: int,
        label: str,
        start: int,
        end: int,
        *,
        attributes: dict[str, Any] | None = None,
        note: str = "",
        id: str | None = None,
        suggestion_id: int | None = None,
    ) -> AnnotationData:
        """``edit_add``'s write inside the caller's transaction (a suggestion accepted with its cue and source)."""
        ann_id = parse_uuid(id) if id else uuid.uuid4()
        attributes = dict(attributes or {})
        piece = span_text(session, doc_id, start, end)
        rule = self._label(session, label)
        check_span_rules(session, doc_id, rule, start, end, piece)
        now = utcnow()
        conn = session.connection()
        conn.execute(
            _INSERT,
            {
                "id": ann_id,
                "document_id": doc_id,
                "annotator_id": self._annotator_id(session),
                "label_id": rule.id,
                "start": start,
                "end": end,
                "text": piece,
                "attributes": attributes,
                "note": note,
                "created_at": now,
                "updated_at": now,
                "suggestion_id": suggestion_id,
            },
        )
        conn.execute(_STARTED, {"doc": doc_id})
        return AnnotationData(str(ann_id), doc_id, label, start, end, piece, self._annotator, attributes, note)

    def _label(self, session: Session, name: str) -> LabelRule:
        """A name's id and flags are looked up once, until the schema is edited (``forget_labels``)."""
        found = self._labels.get(name)
        if found is None:
            found = self._labels[name] = label_rule(label_by_name(session, name))
        return found

    def forget_labels(self) -> None:
        """A label was renamed, deleted or its flags changed: look names up again."""
        self._labels.clear()

    def _annotator_id(self, session: Session) -> int:
        if self._annotator_row is None:
            self._annotator_row = annotator_id(session, self._annotator)
        return self._annotator_row

    def annotators(self) -> list[str]:
        """Everyone who has annotated in this database, by name."""
        with self._db.sessions() as session:
            return list(session.scalars(select(Annotator.name).order_by(Annotator.name)))

    def get(self, ann_id: str) -> AnnotationData:
        with self._db.sessions() as session:
            row = self._row(session, ann_id)
            labels, annotators = names(session)
            return annotation_dto(row, labels[row.label_id], annotators[row.annotator_id])

    def change(
        self,
        ann_id: str,
        *,
        label: str | None = None,
        start: int | None = None,
        end: int | None = None,
        attributes: dict[str, Any] | None = None,
        note: str | None = None,
    ) -> AnnotationData:
        """Change what is given and return the annotation as it is now."""
        return self.edit_change(ann_id, label=label, start=start, end=end, attributes=attributes, note=note).changed[0][
            1
        ]

    def edit_change(
        self,
        ann_id: str,
        *,
        label: str | None = None,
        start: int | None = None,
        end: int | None = None,
        attributes: dict[str, Any] | None = None,
        note: str | None = None,
    ) -> ChangeSet:
        """Change what is given: the change set holds the annotation before and after."""
        with self._db.sessions.begin() as session:
            row = self._row(session, ann_id)
            labels, annotators = names(session)
            before = annotation_dto(row, labels[row.label_id], annotators[row.annotator_id])
            if start is not None or end is not None:
                new_start = row.start if start is None else start
                new_end = row.end if end is None else end
                row.text = span_text(session, row.document_id, new_start, new_end)
                row.start, row.end = new_start, new_end
            if label is not None:
                row.label_id = label_by_name(session, label).id
            if label is not None or start is not None or end is not None:
                check_span_rules(
                    session,
                    row.document_id,
                    label_rule(session.get_one(LabelType, row.label_id)),
                    row.start,
                    row.end,
                    row.text,
                    exclude=row.id,
                )
            if attributes is not None:
                row.attributes = dict(attributes)
            if note is not None:
                row.note = note
            row.updated_at = utcnow()
            session.flush()
            if row.label_id not in labels:
                labels = names(session)[0]
            after = annotation_dto(row, labels[row.label_id], annotators[row.annotator_id])
            return ChangeSet(after.document_id, changed=((before, after),))

    def delete(self, ann_id: str) -> AnnotationData:
        """Tombstone the annotation (its relations are hidden with it) and return what it was."""
        return self.edit_delete(ann_id).removed[0]

    def restore(self, ann_id: str) -> AnnotationData:
        """Undo a delete."""
        return self.edit_restore(ann_id).added[0]

    def edit_delete(self, ann_id: str) -> ChangeSet:
        """Tombstone the annotation; the relations hidden with it are not read (the open document knows them)."""
        with self._db.sessions.begin() as session:
            ann = self._set_deleted(session, ann_id, deleted=True)
        return ChangeSet(ann.document_id, removed=(ann,))

    def edit_restore(self, ann_id: str) -> ChangeSet:
        """Undo a delete: the annotation and the relations that come back with it, in one transaction."""
        with self._db.sessions.begin() as session:
            ann = self._set_deleted(session, ann_id, deleted=False)
            session.flush()
            relations = tuple(touching_relations(session, ann.id))
        return ChangeSet(ann.document_id, added=(ann,), relations_added=relations)

    def _set_deleted(self, session: Session, ann_id: str, *, deleted: bool) -> AnnotationData:
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
