"""Plain data returned by services: no ORM objects, no open sessions cross this line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Label:
    id: int
    name: str
    colour: str
    shortcut: str | None
    description: str


@dataclass(frozen=True, slots=True)
class AnnotationData:
    id: str
    document_id: int
    label: str
    start: int
    end: int
    text: str
    annotator: str
    attributes: dict[str, Any] = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True, slots=True)
class RelationData:
    id: str
    type: str
    from_id: str
    to_id: str
    annotator: str


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    id: int
    title: str
    status: str
    annotation_count: int
    external_id: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentData:
    id: int
    title: str
    text: str
    sha256: str
    status: str
    external_id: str | None
    source: str | None
    metadata: dict[str, Any]
    annotations: list[AnnotationData]
    relations: list[RelationData]


@dataclass(frozen=True, slots=True)
class Stats:
    documents: int
    done: int
    annotations: int
    relations: int
    by_label: dict[str, int]
    by_status: dict[str, int]
