"""What the workbench shows first, read from a SQLite file with the stdlib alone.

Importing SQLAlchemy is about half of the start-up, so the GUI paints the window from this view (the
last document with its spans and links, the labels, the first page of the list, the counts) and opens
the workspace right after that first frame. The queries mirror the services' (``DocumentService.open``,
``LabelService.all``, ``listing``); ``tests/test_start_view.py`` holds the two equal on the same files.

Only a SQLite file at this program's schema (``SCHEMA_HEAD``) is read, and read-only: for anything
else (no file yet, an older or newer schema, a server URL, a file that is not a database) ``read``
returns None and the GUI takes the ordinary way, where migrations and errors are handled.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.dto import AnnotationRows, DocumentData, DocumentSummary, Label, RelationData
from app.schema.model import Schema
from app.schema.rows import read_schema
from db.schema_head import SCHEMA_HEAD
from db.stored import json_object, uuid_text

_LIVE_COUNT = "(SELECT count(a.id) FROM annotations a WHERE a.document_id = d.id AND a.deleted_at IS NULL)"


@dataclass(frozen=True)
class StartView:
    """Also the document list's source until the workspace is attached: it holds the list rows around
    the open document (``rows`` from position ``offset``), all the list shows in the first frame."""

    labels: list[Label]
    document: DocumentData | None
    documents: int
    offset: int = 0
    rows: list[DocumentSummary] = field(default_factory=list)
    by_status: dict[str, int] = field(default_factory=dict)
    schema: Schema = field(default_factory=Schema)  # what ``Workspace.schema.get()`` reads

    def count(self, title_filter: str | None = None) -> int:
        return self.documents if not title_filter else 0

    def page(self, offset: int, limit: int, title_filter: str | None = None) -> list[DocumentSummary]:
        if title_filter or offset < self.offset:
            return []
        return self.rows[offset - self.offset : offset - self.offset + limit]

    def position(self, doc_id: int, title_filter: str | None = None) -> int | None:
        ids = [summary.id for summary in self.rows]
        return self.offset + ids.index(doc_id) if doc_id in ids and not title_filter else None


def read(path: Path, candidates: Iterable[int | None], page: int) -> StartView | None:
    """The view of the SQLite file ``path``, opening the first of ``candidates`` that exists (else the
    first document), with the list's pages of ``page`` rows around it; None unless ``path`` is a SQLite
    database at ``SCHEMA_HEAD``."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        with conn:
            return _read(conn, candidates, page)
    except sqlite3.Error:  # not a database, someone else's database, a schema we do not know
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, candidates: Iterable[int | None], page: int) -> StartView | None:
    version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if version != [(SCHEMA_HEAD,)]:
        return None
    labels = [
        Label(*row)
        for row in conn.execute(
            "SELECT id, name, colour, shortcut, description FROM label_types WHERE deleted_at IS NULL ORDER BY id"
        )
    ]
    document = None
    for doc_id in [*candidates, _scalar(conn, "SELECT min(id) FROM documents")]:
        if doc_id is not None and (document := _document(conn, doc_id)) is not None:
            break
    # the open document's page of the list and the pages on either side (the row can be near an edge)
    position = _scalar(conn, "SELECT count(id) FROM documents WHERE id < ?", document.id) if document else 0
    offset = max(0, ((position or 0) // page - 1) * page)
    rows = [
        DocumentSummary(*row)
        for row in conn.execute(
            f"SELECT d.id, d.title, d.status, {_LIVE_COUNT}, d.external_id FROM documents d "
            "WHERE d.id >= (SELECT id FROM documents ORDER BY id LIMIT 1 OFFSET ?) ORDER BY d.id LIMIT ?",
            (offset, 3 * page),
        )
    ]
    by_status = dict(conn.execute("SELECT status, count(id) FROM documents GROUP BY status").fetchall())
    return StartView(
        labels,
        document,
        _scalar(conn, "SELECT count(id) FROM documents") or 0,
        offset,
        rows,
        by_status,
        read_schema(lambda sql: conn.execute(sql).fetchall()),
    )


def _document(conn: sqlite3.Connection, doc_id: int) -> DocumentData | None:
    row = conn.execute(
        "SELECT id, title, text, sha256, status, external_id, source, metadata FROM documents WHERE id = ?", (doc_id,)
    ).fetchone()
    if row is None:
        return None
    doc_id, title, text, sha256, status, external_id, source, metadata = row
    label_names = dict(conn.execute("SELECT id, name FROM label_types").fetchall())  # deleted ones too, as names()
    annotators = dict(conn.execute("SELECT id, name FROM annotators").fetchall())
    rows = conn.execute(
        'SELECT id, label_id, start, "end", annotator_id, attributes, note FROM annotations '
        'WHERE document_id = ? AND deleted_at IS NULL ORDER BY start, "end" DESC, created_at',
        (doc_id,),
    ).fetchall()
    relations = [
        RelationData(uuid_text(rel_id), type_, uuid_text(from_id), uuid_text(to_id), annotators[annotator])
        for rel_id, type_, from_id, to_id, annotator in conn.execute(
            "SELECT r.id, r.type, r.from_id, r.to_id, r.annotator_id FROM relations r "
            "JOIN annotations s ON s.id = r.from_id JOIN annotations t ON t.id = r.to_id "
            "WHERE s.document_id = ? AND t.document_id = ? AND r.deleted_at IS NULL "
            "AND s.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY r.created_at",
            (doc_id, doc_id),
        )
    ]
    return DocumentData(
        id=doc_id,
        title=title,
        text=text,
        sha256=sha256,
        status=status,
        external_id=external_id,
        source=source,
        metadata=json_object(metadata),
        annotations=AnnotationRows(doc_id, text, rows, label_names, annotators),
        relations=relations,
    )


def _scalar(conn: sqlite3.Connection, sql: str, *params: object) -> int | None:
    row = conn.execute(sql, params).fetchone()
    return row[0] if row else None
