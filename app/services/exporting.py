"""Streaming exports: documents are read in keyset-paged chunks and written through a temp file.

A failed or cancelled export never leaves a truncated file where a good one was: output goes to a
temporary file beside the destination and replaces it only when complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import orjson
from sqlalchemy import Connection, select

from app.dto import AnnotationData, DocumentData, RelationData
from app.formats.native import document_to_native
from db.engine import Database
from db.models import Annotation, Annotator, Document, LabelType, Relation

CHUNK = 500


class ExportCancelled(Exception):
    """Raised from a progress callback to stop an export; the destination is left untouched."""


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
def atomic_output(dest: Path, mode: str = "wb") -> Iterator[IO]:  # type: ignore[type-arg]
    """Open a temp file beside ``dest``; on success fsync and rename it over ``dest``."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": "\n"})) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def iter_documents(db: Database, flt: ExportFilter | None = None, *, chunk: int = CHUNK) -> Iterator[DocumentData]:
    """Every selected document with its live annotations and relations, in id order, streamed."""
    flt = flt or ExportFilter()
    with db.engine.connect() as conn:
        labels = dict(conn.execute(select(LabelType.id, LabelType.name)).tuples().all())
        annotators = dict(conn.execute(select(Annotator.id, Annotator.name)).tuples().all())
        last = 0
        while True:
            query = select(Document).where(Document.id > last).order_by(Document.id).limit(chunk)
            if flt.statuses is not None:
                query = query.where(Document.status.in_(flt.statuses))
            if flt.doc_ids is not None:
                query = query.where(Document.id.in_(flt.doc_ids))
            docs = conn.execute(query).mappings().all()
            if not docs:
                return
            last = docs[-1]["id"]
            spans, links = _children(conn, [d["id"] for d in docs], flt, labels, annotators)
            for d in docs:
                yield DocumentData(
                    id=d["id"], title=d["title"], text=d["text"], sha256=d["sha256"], status=d["status"],
                    external_id=d["external_id"], source=d["source"], metadata=d["metadata"] or {},
                    annotations=spans.get(d["id"], []), relations=links.get(d["id"], []),
                )


def _children(conn: Connection, doc_ids: list[int], flt: ExportFilter, labels: dict[int, str],
              annotators: dict[int, str]) -> tuple[dict[int, list[AnnotationData]], dict[int, list[RelationData]]]:
    query = (
        select(Annotation.id, Annotation.document_id, Annotation.label_id, Annotation.start, Annotation.end,
               Annotation.text, Annotation.annotator_id, Annotation.attributes, Annotation.note)
        .where(Annotation.document_id.in_(doc_ids), Annotation.deleted_at.is_(None))
        .order_by(Annotation.document_id, Annotation.start, Annotation.end.desc(), Annotation.label_id,
                  Annotation.id)
    )
    if flt.labels is not None:
        query = query.where(Annotation.label_id.in_([k for k, v in labels.items() if v in flt.labels]))
    if flt.annotators is not None:
        query = query.where(Annotation.annotator_id.in_([k for k, v in annotators.items() if v in flt.annotators]))
    spans: dict[int, list[AnnotationData]] = {}
    doc_of: dict[object, int] = {}
    for row in conn.execute(query):
        doc_of[row.id] = row.document_id
        spans.setdefault(row.document_id, []).append(AnnotationData(
            id=str(row.id), document_id=row.document_id, label=labels[row.label_id], start=row.start,
            end=row.end, text=row.text, annotator=annotators[row.annotator_id],
            attributes=row.attributes or {}, note=row.note or "",
        ))
    links: dict[int, list[RelationData]] = {}
    if doc_of:
        rel_query = (
            select(Relation.id, Relation.type, Relation.from_id, Relation.to_id, Relation.annotator_id)
            .join(Annotation, Annotation.id == Relation.from_id)
            .where(Annotation.document_id.in_(doc_ids), Relation.deleted_at.is_(None))
            .order_by(Relation.id)
        )
        for row in conn.execute(rel_query):
            if row.from_id in doc_of and row.to_id in doc_of:
                links.setdefault(doc_of[row.from_id], []).append(RelationData(
                    str(row.id), row.type, str(row.from_id), str(row.to_id), annotators[row.annotator_id]))
    return spans, links


ProgressFn = Callable[[int], None]


def export_jsonl(db: Database, dest: Path, flt: ExportFilter | None = None,
                 progress: ProgressFn | None = None) -> ExportReport:
    """Hashiya's native, lossless JSONL: one document per line."""
    report = ExportReport(Path(dest))
    with atomic_output(Path(dest)) as out:
        for doc in iter_documents(db, flt):
            out.write(orjson.dumps(document_to_native(doc)))
            out.write(b"\n")
            report.documents += 1
            report.annotations += len(doc.annotations)
            report.relations += len(doc.relations)
            if progress:
                progress(1)
    return report
