"""Plain data returned by services: no ORM objects, no open sessions cross this line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter, sub
from typing import Any, overload

from db.stored import json_object, uuid_text


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
    attributes: dict[str, Any] = field(default_factory=dict)
    note: str = ""


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
    annotations: Sequence[AnnotationData]  # a list, or AnnotationRows from DocumentService.open
    relations: list[RelationData]


@dataclass(frozen=True, slots=True)
class Stats:
    documents: int
    done: int
    annotations: int
    relations: int
    by_label: dict[str, int]
    by_status: dict[str, int]


# One row as DocumentService.open reads it: id (a UUID, or SQLite's 32 hex digits), label id, start, end,
# annotator id, attributes (a dict, or JSON text), note.
AnnotationRow = tuple[Any, int, int, int, int, Any, str | None]


class AnnotationRows(Sequence[AnnotationData]):
    """A document's annotations in reading order, kept as the rows the database returned.

    Each ``AnnotationData`` is built the first time it is asked for, so opening a document with 10,000
    spans builds none; ``span()``, ``starts()`` and ``label_counts()`` read the rows directly. The text
    snapshot is ``text[start:end]`` (equal to the stored snapshot, which is checked on every write).
    Compares equal to any sequence of the same ``AnnotationData``.
    """

    __slots__ = ("_annotators", "_built", "_labels", "_rows", "_text", "document_id")

    def __init__(
        self, document_id: int, text: str, rows: list[AnnotationRow], labels: dict[int, str], annotators: dict[int, str]
    ) -> None:
        self.document_id = document_id
        self._text = text
        self._rows = rows
        self._labels = labels
        self._annotators = annotators
        self._built: list[AnnotationData | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> AnnotationData: ...

    @overload
    def __getitem__(self, index: slice) -> list[AnnotationData]: ...

    def __getitem__(self, index: int | slice) -> AnnotationData | list[AnnotationData]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._rows)))]
        ann = self._built[index]
        if ann is None:
            ann_id, label, start, end, annotator, attributes, note = self._rows[index]
            ann = AnnotationData(
                uuid_text(ann_id),
                self.document_id,
                self._labels[label],
                start,
                end,
                self._text[start:end],
                self._annotators[annotator],
                json_object(attributes),
                note or "",
            )
            self._built[index] = ann
        return ann

    def __iter__(self) -> Iterator[AnnotationData]:
        for i in range(len(self._rows)):
            yield self[i]

    def span(self, index: int) -> tuple[int, int, str]:
        """``(start, end, label)`` of one row, without building its AnnotationData."""
        row = self._rows[index]
        return row[2], row[3], self._labels[row[1]]

    def starts(self) -> list[int]:
        return list(map(itemgetter(2), self._rows))

    def longer_than(self, limit: int) -> list[int]:
        """Indexes of the rows whose span is longer than ``limit``."""
        lengths = list(map(sub, map(itemgetter(3), self._rows), map(itemgetter(2), self._rows)))
        if not lengths or max(lengths) <= limit:
            return []
        return [i for i, length in enumerate(lengths) if length > limit]

    def label_counts(self) -> dict[str, int]:
        return {self._labels[label_id]: n for label_id, n in Counter(map(itemgetter(1), self._rows)).items()}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"AnnotationRows(document_id={self.document_id}, {len(self)} rows)"
