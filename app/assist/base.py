"""What every recogniser returns: plain frozen proposals, in code points of the document's text.

A recogniser is a function ``(text, context) -> list[Proposal]``; the rules in ``figures`` and ``claims`` are
the first, and a statistical recogniser can be added later behind the same type. The suggestion store
(``app/services/suggestions.py``) keeps them apart from annotations, with ``rule`` naming what made each.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Context:
    """What a recogniser may know about the document besides its text."""

    doc_date: date | None = None  # metadata ``date``, or a date in the source name: makes a year certain
    actors: tuple[tuple[int, int], ...] = ()  # spans already labelled ACTOR (claims prefer them as sources)


@dataclass(frozen=True, slots=True)
class Proposal:
    label: str  # "FIGURE", "CLAIM", ...
    start: int
    end: int
    rule: str  # e.g. "figures.number", "claims.quote"
    attributes: Mapping[str, Any] = field(default_factory=dict)
    cue: tuple[int, int] | None = None  # a claim's reporting cue
    source: tuple[int, int] | None = None  # a claim's source actor

    def text(self, document: str) -> str:
        return document[self.start : self.end]
