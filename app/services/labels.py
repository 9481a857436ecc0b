"""The label set (ACTOR, CLAIM, FIGURE by default; extensible)."""

from __future__ import annotations

from sqlalchemy import select

from app.dto import Label
from app.errors import HashiyaError
from app.formats.validate import label_problem
from app.services.common import label_dto
from db.engine import Database
from db.models import LabelType


class LabelService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[Label]:
        with self._db.sessions() as session:
            return [label_dto(r) for r in session.scalars(select(LabelType).order_by(LabelType.id))]

    def ensure(self, name: str, colour: str = "#888888", description: str = "") -> Label:
        """The label called ``name``, created if missing (imports keep unknown labels)."""
        problem = label_problem(name)  # the one rule of every door (import, CLI, GUI)
        if problem is not None:
            raise HashiyaError(f"label {name!r} {problem}; a label is letters, digits, punctuation or symbols "
                               "without spaces, commas or '|'")
        with self._db.sessions.begin() as session:
            row = session.scalar(select(LabelType).where(LabelType.name == name))
            if row is None:
                row = LabelType(name=name, colour=colour, description=description)
                session.add(row)
                session.flush()
            return label_dto(row)
