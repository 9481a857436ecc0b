"""Streaming exports: documents are read in keyset-paged chunks and written through a temp file.

A failed or cancelled export never leaves a truncated file where a good one was: output goes to a
hidden file beside the destination and replaces it only when complete (``export_target``).
"""

from __future__ import annotations

import contextlib
import gc
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Generic, TypeVar

from sqlalchemy import Connection, Row, Select, String, Text, select, type_coerce

from app.dto import AnnotationData, DocumentData, RelationData
from app.formats.native import OFFSETS
from app.progress import ExportCancelled as ExportCancelled
from app.services.export_target import staged_file
from db.engine import Database
from db.models import Annotation, Annotator, Document, DocumentValue, LabelAttribute, LabelType, Relation
from db.stored import json_object, uuid_text

CHUNK = 500
FETCH = 500
D = TypeVar("D")
S = TypeVar("S")
L = TypeVar("L")


@dataclass(frozen=True)
class ExportFilter:
    labels: frozenset[str] | None = None
    annotators: frozenset[str] | None = None
    statuses: frozenset[str] | None = None
    doc_ids: frozenset[int] | None = None


@dataclass
class ExportReport:
    path: Path
    documents: int = 0
    annotations: int = 0
    relations: int = 0
    offsets: str = "codepoint"
    extra: dict[str, object] = field(default_factory=dict)


@contextlib.contextmanager
def atomic_output(dest: Path, mode: str = "wb", database: Path | None = None) -> Iterator[IO[Any]]:
    """A staged file beside ``dest``, fsynced and renamed over it on success (``export_target.staged_file``)."""
    with staged_file(Path(dest), database=database) as out:
        if "b" in mode:
            yield out
        else:
            text = io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=True)
            yield text
            text.detach()


# Columns are read raw (type_coerce): SQLAlchemy's per-value UUID and JSON processing was most of the
# export's time; the values are converted once here instead.
_DOC_COLUMNS = (
    Document.id,
    Document.title,
    Document.text,
    Document.sha256,
    Document.status,
    Document.external_id,
    Document.source,
    type_coerce(Document.meta, Text),
)
_SPAN_COLUMNS = (
    type_coerce(Annotation.id, String),
    Annotation.document_id,
    Annotation.label_id,
    Annotation.start,
    Annotation.end,
    Annotation.text,
    Annotation.annotator_id,
    type_coerce(Annotation.attributes, Text),
    Annotation.note,
)


class _Builders(Generic[D, S, L]):
    """What a document, a span and a link become: DTOs for the writers, or native dicts for JSONL."""

    def __init__(
        self,
        doc: Callable[[tuple[Any, ...], dict[str, Any], list[S], list[L], dict[str, Any]], D],
        span: Callable[[str, int, str, int, int, str, str, dict[str, Any], str], S],
        link: Callable[[str, str, str, str, str, dict[str, Any], str], L],
    ) -> None:
        self.doc, self.span, self.link = doc, span, link


_DTO: _Builders[DocumentData, AnnotationData, RelationData] = _Builders(
    lambda d, metadata, spans, links, _fields: DocumentData(
        id=d[0],
        title=d[1],
        text=d[2],
        sha256=d[3],
        status=d[4],
        external_id=d[5],
        source=d[6],
        metadata=metadata,
        annotations=spans,
        relations=links,
    ),
    AnnotationData,
    RelationData,
)
# The same dicts as ``native.document_to_native`` (tests/test_export_stream.py holds them equal), built
# straight from the rows: a frozen dataclass per span cost more than the whole raw export.
_NATIVE: _Builders[dict[str, Any], dict[str, Any], dict[str, Any]] = _Builders(
    lambda d, metadata, spans, links, fields: {
        "id": d[0],
        "external_id": d[5],
        "title": d[1],
        "text": d[2],
        "sha256": d[3],
        "offsets": OFFSETS,
        "source": d[6],
        "status": d[4],
        "metadata": metadata,
        "annotations": spans,
        "relations": links,
        **({"fields": fields} if fields else {}),
    },  # document-level labels, only where a document has some
    lambda id, _doc, label, start, end, text, annotator, attributes, note: {
        "id": id,
        "label": label,
        "start": start,
        "end": end,
        "text": text,
        "annotator": annotator,
        "attributes": attributes,
        "note": note,
    },
    lambda id, kind, from_id, to_id, annotator, attributes, note: {
        "id": id,
        "type": kind,
        "from": from_id,
        "to": to_id,
        "annotator": annotator,
        **({"attributes": attributes} if attributes else {}),
        **({"note": note} if note else {}),
    },
)


def iter_documents(db: Database, flt: ExportFilter | None = None, *, chunk: int = CHUNK) -> Iterator[DocumentData]:
    """Every selected document with its live annotations and relations, in id order, streamed."""
    return _stream(db, flt or ExportFilter(), chunk, _DTO)


def native_documents(db: Database, flt: ExportFilter | None = None, *, chunk: int = CHUNK) -> Iterator[dict[str, Any]]:
    """The same documents as native dicts (``native.document_to_native``'s form), built straight from the rows."""
    return _stream(db, flt or ExportFilter(), chunk, _NATIVE)


def _stream(db: Database, flt: ExportFilter, chunk: int, build: _Builders[D, S, L]) -> Iterator[D]:
    with db.engine.connect() as conn:
        labels = dict(conn.execute(select(LabelType.id, LabelType.name)).tuples().all())
        annotators = dict(conn.execute(select(Annotator.id, Annotator.name)).tuples().all())
        last = 0
        while True:
            query = select(*_DOC_COLUMNS).where(Document.id > last).order_by(Document.id).limit(chunk)
            if flt.statuses is not None:
                query = query.where(Document.status.in_(flt.statuses))
            if flt.doc_ids is not None:
                query = query.where(Document.id.in_(flt.doc_ids))
            docs = conn.execute(query).tuples().all()
            if not docs:
                return
            last = docs[-1][0]
            spans, links = _children(conn, [d[0] for d in docs], flt, labels, annotators, build)
            fields = _fields(conn, docs[0][0], last)
            for d in docs:
                yield build.doc(d, json_object(d[7]), spans.get(d[0], []), links.get(d[0], []), fields.get(d[0], {}))


def _fields(conn: Connection, first: int, last: int) -> dict[int, dict[str, Any]]:
    """The document-level labels of the documents ``first``..``last``, by document and field name."""
    found: dict[int, dict[str, Any]] = {}
    for doc_id, name, value in conn.execute(
        select(DocumentValue.document_id, LabelAttribute.name, DocumentValue.value)
        .join(LabelAttribute, LabelAttribute.id == DocumentValue.attribute_id)
        .where(DocumentValue.document_id.between(first, last))
        .order_by(DocumentValue.document_id, LabelAttribute.position, LabelAttribute.id)
    ).tuples():
        found.setdefault(doc_id, {})[name] = value
    return found


def _rows(conn: Connection, query: Select[Any]) -> Iterator[Row[Any]]:
    """Rows fetched a slice at a time: short-lived, so the garbage collector never has to scan them."""
    result = conn.execute(query)
    while part := result.fetchmany(FETCH):
        yield from part


def _children(
    conn: Connection,
    doc_ids: list[int],
    flt: ExportFilter,
    labels: dict[int, str],
    annotators: dict[int, str],
    build: _Builders[D, S, L],
) -> tuple[dict[int, list[S]], dict[int, list[L]]]:
    wanted = set(doc_ids)
    # One id range instead of a long IN list; rows of documents the filter left out are dropped below.
    query = (
        select(*_SPAN_COLUMNS)
        .where(Annotation.document_id.between(doc_ids[0], doc_ids[-1]), Annotation.deleted_at.is_(None))
        .order_by(Annotation.document_id, Annotation.start, Annotation.end.desc(), Annotation.label_id, Annotation.id)
    )
    if flt.labels is not None:
        query = query.where(Annotation.label_id.in_([k for k, v in labels.items() if v in flt.labels]))
    if flt.annotators is not None:
        query = query.where(Annotation.annotator_id.in_([k for k, v in annotators.items() if v in flt.annotators]))
    spans: dict[int, list[S]] = {}
    doc_of: dict[object, int] = {}
    span = build.span
    for ann_id, doc_id, label_id, start, end, piece, annotator_id, attributes, note in _rows(conn, query):
        if doc_id not in wanted:
            continue
        doc_of[ann_id] = doc_id
        spans.setdefault(doc_id, []).append(
            span(
                uuid_text(ann_id),
                doc_id,
                labels[label_id],
                start,
                end,
                piece,
                annotators[annotator_id],
                json_object(attributes),
                note or "",
            )
        )
    links: dict[int, list[L]] = {}
    if doc_of:
        rel_query = (
            select(
                type_coerce(Relation.id, String),
                Relation.type,
                type_coerce(Relation.from_id, String),
                type_coerce(Relation.to_id, String),
                Relation.annotator_id,
                type_coerce(Relation.attributes, Text),
                Relation.note,
            )
            .join(Annotation, Annotation.id == Relation.from_id)
            .where(Annotation.document_id.between(doc_ids[0], doc_ids[-1]), Relation.deleted_at.is_(None))
            .order_by(Relation.id)
        )
        for rel_id, rel_type, from_id, to_id, annotator_id, attributes, note in conn.execute(rel_query).tuples().all():
            if from_id in doc_of and to_id in doc_of:
                links.setdefault(doc_of[from_id], []).append(
                    build.link(
                        uuid_text(rel_id),
                        rel_type,
                        uuid_text(from_id),
                        uuid_text(to_id),
                        annotators[annotator_id],
                        json_object(attributes),
                        note or "",
                    )
                )
    return spans, links


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while streaming millions of short-lived, acyclic rows.

    Reference counting frees every row as soon as it is written; the collector would only rescan
    the young objects again and again (measured: about a sixth of the export's time).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
