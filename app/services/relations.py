"""Links between annotations, such as a CLAIM's ``source`` ACTOR.

``edit_add``, ``edit_delete`` and ``edit_restore`` return the ``ChangeSet`` (for undoable edits); ``add``,
``delete`` and ``restore`` return the relation, for scripts and imports.
"""

from __future__ import annotations

import uuid

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.attributes import CUE, SOURCE
from app.changes import ChangeSet
from app.dto import RelationData
from app.errors import HashiyaError, NotFoundError
from app.services.common import annotator_id, names, parse_uuid, relation_dto
from app.services.span_rules import check_relation_ends
from db.engine import Database
from db.models import Annotation, LabelType, Relation, utcnow

__all__ = ["CUE", "SOURCE", "RelationService", "touching_relations"]


def touching_relations(session: Session, ann_id: str) -> list[RelationData]:
    """Live relations from or to ``ann_id`` whose both ends are live."""
    key = parse_uuid(ann_id, "annotation id")
    rows = session.scalars(
        select(Relation)
        .where(or_(Relation.from_id == key, Relation.to_id == key), Relation.deleted_at.is_(None))
        .order_by(Relation.created_at)
    ).all()
    _, annotators = names(session)
    live = []
    for row in rows:
        ends = [session.get(Annotation, row.from_id), session.get(Annotation, row.to_id)]
        if all(end is not None and end.deleted_at is None for end in ends):
            live.append(relation_dto(row, annotators[row.annotator_id]))
    return live


class RelationService:
    def __init__(self, db: Database, annotator: str) -> None:
        self._db = db
        self._annotator = annotator

    def set_annotator(self, name: str) -> None:
        self._annotator = name

    def add(self, type: str, from_id: str, to_id: str, *, id: str | None = None) -> RelationData:
        return self.edit_add(type, from_id, to_id, id=id).relations_added[0]

    def edit_add(self, type: str, from_id: str, to_id: str, *, id: str | None = None) -> ChangeSet:
        """Link two live annotations of one document; a type the schema declares must allow their labels."""
        if not type:
            raise HashiyaError("a relation needs a type")
        with self._db.sessions.begin() as session:
            ends = []
            for key in (from_id, to_id):
                row = session.get(Annotation, parse_uuid(key, "annotation id"))
                if row is None or row.deleted_at is not None:
                    raise NotFoundError(f"no annotation with id {key}")
                ends.append(row)
            if ends[0].document_id != ends[1].document_id:
                raise HashiyaError("a relation must link two annotations of the same document")
            if ends[0].id == ends[1].id:
                raise HashiyaError("an annotation cannot be linked to itself")
            check_relation_ends(
                session,
                type,
                session.get_one(LabelType, ends[0].label_id),
                session.get_one(LabelType, ends[1].label_id),
            )
            rel = Relation(
                id=parse_uuid(id) if id else uuid.uuid4(),
                type=type,
                from_id=ends[0].id,
                to_id=ends[1].id,
                annotator_id=annotator_id(session, self._annotator),
            )
            session.add(rel)
            session.flush()
            return ChangeSet(ends[0].document_id, relations_added=(relation_dto(rel, self._annotator),))

    def touching(self, ann_id: str) -> list[RelationData]:
        """Live relations from or to ``ann_id`` whose both ends are live (to redraw after a restore)."""
        with self._db.sessions() as session:
            return touching_relations(session, ann_id)

    def delete(self, rel_id: str) -> RelationData:
        return self.edit_delete(rel_id).relations_removed[0]

    def restore(self, rel_id: str) -> RelationData:
        return self.edit_restore(rel_id).relations_added[0]

    def edit_delete(self, rel_id: str) -> ChangeSet:
        return self._set_deleted(rel_id, deleted=True)

    def edit_restore(self, rel_id: str) -> ChangeSet:
        return self._set_deleted(rel_id, deleted=False)

    def _set_deleted(self, rel_id: str, *, deleted: bool) -> ChangeSet:
        with self._db.sessions.begin() as session:
            row = session.get(Relation, parse_uuid(rel_id, "relation id"))
            if row is None or (row.deleted_at is not None) == deleted:
                raise NotFoundError(f"no {'live' if deleted else 'deleted'} relation with id {rel_id}")
            row.deleted_at = utcnow() if deleted else None
            _, annotators = names(session)
            rel = relation_dto(row, annotators[row.annotator_id])
            source = session.get(Annotation, row.from_id)
            doc_id = source.document_id if source is not None else None
            return ChangeSet(doc_id, relations_removed=(rel,)) if deleted else ChangeSet(doc_id, relations_added=(rel,))
