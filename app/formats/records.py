"""What a reader yields: one document to import, with annotations when the format carries them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class FieldMapping:
    """Which fields of a JSON/CSV record hold the text, title and id (``--text-field`` etc.)."""

    text: str = "text"
    title: str | None = "title"
    id: str | None = "id"


@dataclass(slots=True)
class AnnotationRecord:
    label: str
    start: int
    end: int
    text: str | None = None  # when given, must equal document text[start:end]
    id: str | None = None
    annotator: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    note: str = ""


@dataclass(slots=True)
class RelationRecord:
    type: str
    from_id: str
    to_id: str
    id: str | None = None
    annotator: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    note: str = ""


@dataclass(slots=True)
class SourceRecord:
    """One document as read from a file. ``origin`` names it in error messages (``file.jsonl:12``)."""

    text: str
    origin: str
    title: str = ""
    external_id: str | None = None
    source: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    doc_id: int | None = None  # a native export's own id, kept when free
    status: str | None = None
    annotations: list[AnnotationRecord] = field(default_factory=list)
    relations: list[RelationRecord] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)  # document-level labels by name (native JSONL's "fields")
