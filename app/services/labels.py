"""The label set of the schema (ACTOR, CLAIM, FIGURE, CUE by default; extensible), and relabelling."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import select

from app.changes import ChangeSet
from app.dto import Label
from app.errors import HashiyaError
from app.formats.validate import label_problem
from app.schema.model import Relabelled
from app.schema.palette import free_colour, free_key
from app.services import relabel as relabelling
from app.services.common import annotation_dto, label_dto, names, parse_uuid, relation_dto
from db.engine import Database
from db.models import Annotation, LabelType, Relation


class LabelService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[Label]:
        with self._db.sessions() as session:
            return [
                label_dto(r)
                for r in session.scalars(select(LabelType).where(LabelType.deleted_at.is_(None)).order_by(LabelType.id))
            ]

    def ensure(self, name: str, colour: str | None = None, description: str = "") -> Label:
        """The label called ``name``, created if missing (imports keep unknown labels) with ``colour`` or
        else a colour no other label has, and the first free key; a deleted label of that name comes back."""
        problem = label_problem(name)  # the one rule of every door (import, CLI, GUI)
        if problem is not None:
            raise HashiyaError(
                f"label {name!r} {problem}; a label is letters, digits, punctuation or symbols "
                "without spaces, commas or '|'"
            )
        with self._db.sessions.begin() as session:
            row = session.scalar(select(LabelType).where(LabelType.name == name))
            if row is None:
                colour_now, key = new_label_style(
                    session.execute(
                        select(LabelType.colour, LabelType.shortcut).where(LabelType.deleted_at.is_(None))
                    ).tuples()
                )
                row = LabelType(name=name, colour=colour or colour_now, shortcut=key, description=description)
                session.add(row)
                session.flush()
            elif row.deleted_at is not None:
                row.deleted_at = None
            return label_dto(row)

    def relabel(self, ann_id: str, label: str) -> Relabelled:
        """Give the annotation ``label``; what no longer fits is dropped and returned (see relabel.py)."""
        with self._db.sessions.begin() as session:
            return relabelling.relabel(session, ann_id, label)

    def undo_relabel(self, done: Relabelled) -> None:
        """Restore the label, the attributes and the links a ``relabel`` changed."""
        with self._db.sessions.begin() as session:
            relabelling.undo_relabel(session, done)

    def edit_relabel(self, ann_id: str, label: str) -> ChangeSet:
        """``relabel`` as a change set: the annotation before and after, the links dropped, and the
        ``Relabelled`` (what was dropped, to tell the user; what ``edit_undo_relabel`` restores)."""
        with self._db.sessions.begin() as session:
            done = relabelling.relabel(session, ann_id, label)
            labels, annotators = names(session)
            row = session.get(Annotation, parse_uuid(ann_id, "annotation id"))
            assert row is not None  # relabel has just changed it
            after = annotation_dto(row, labels[row.label_id], annotators[row.annotator_id])
            before = replace(after, label=done.old_label, attributes=dict(done.old_attributes))
            links = [
                relation_dto(r, annotators[r.annotator_id])
                for r in session.scalars(
                    select(Relation).where(Relation.id.in_([parse_uuid(key) for key in done.dropped_relations]))
                )
            ]
        return ChangeSet(after.document_id, changed=((before, after),), relations_removed=tuple(links), relabelled=done)

    def edit_undo_relabel(self, change: ChangeSet) -> ChangeSet:
        """Undo an ``edit_relabel``: label, attributes and links back as they were."""
        if change.relabelled is None:
            raise HashiyaError("not a relabel")
        self.undo_relabel(change.relabelled)
        return change.inverse()


def new_label_style(existing: Iterable[tuple[str, str | None]]) -> tuple[str, str | None]:
    """A distinct colour and a free key for a new label, given the (colour, key) rows of the live ones."""
    rows = list(existing)
    return free_colour(colour for colour, _ in rows), free_key(key for _, key in rows)
