"""Import documents (and, for annotated formats, their annotations) in one transaction.

Rows are streamed into the database through Core bulk inserts in batches (``session.add_all`` was
20x slower and took gigabytes). A batch of files is all-or-nothing; with ``skip_bad`` each file is
its own savepoint, so a bad file leaves nothing behind and the good ones are kept.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Connection, DateTime, String, Table, Uuid, func, insert, select, text, type_coerce
from sqlalchemy.exc import IntegrityError

from app.errors import HashiyaError, InputError, OffsetError
from app.formats.native import sha256_text
from app.formats.records import FieldMapping, SourceRecord
from app.formats.validate import check_record
from app.text.offsets import check_span
from db.engine import Database
from db.models import DOCUMENT_STATUSES, Annotation, Annotator, Document, LabelType, Relation, utcnow

BATCH = 1000
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
IMPORT_CACHE_KIB = 128 * 1024

Progress = Callable[[int], None]
Processor = Callable[[Any], Any]
RowGetter = Callable[[dict[str, Any]], tuple[Any, ...]]


@dataclass
class ImportReport:
    files: int = 0
    documents: int = 0
    duplicates: int = 0
    empty: int = 0
    annotations: int = 0
    relations: int = 0
    new_labels: list[str] = field(default_factory=list)
    bad: list[tuple[str, str]] = field(default_factory=list)
    document_ids: list[int] = field(default_factory=list)
    # metadata["defects"] of each stored document that has some (annotated corpora: glued lines, typo
    # tags...): kept as found, and told to the user by defect_lines()
    defects: list[dict[str, Any]] = field(default_factory=list)

    _COUNTS = ("documents", "duplicates", "empty", "annotations", "relations")

    def checkpoint(self) -> tuple[int, ...]:
        return (*(getattr(self, name) for name in self._COUNTS), len(self.new_labels), len(self.document_ids),
                len(self.defects))

    def rewind(self, mark: tuple[int, ...]) -> None:
        """Back to ``checkpoint()``'s counts, keeping the list of bad files."""
        *counts, labels, ids, defects = mark
        for name, value in zip(self._COUNTS, counts, strict=True):
            setattr(self, name, value)
        del self.new_labels[labels:], self.document_ids[ids:], self.defects[defects:]

    def _defect_totals(self, examples: int = 3) -> tuple[dict[str, int], dict[str, list[str]]]:
        """Over all imported documents: each kind of defect's count, and where its first ones were."""
        counts: dict[str, int] = {}
        where: dict[str, list[str]] = {}
        for found in self.defects:
            for kind, n in found.get("counts", {}).items():
                counts[kind] = counts.get(kind, 0) + n
                seen = where.setdefault(kind, [])
                seen.extend(found.get("examples", {}).get(kind, [])[: examples - len(seen)])
        return counts, where

    def defect_lines(self) -> list[str]:
        """One line per kind of defect: how many, and where the first were."""
        counts, where = self._defect_totals()
        schemes = Counter(found["scheme"] for found in self.defects if found.get("scheme"))  # CoNLL tag schemes
        return [f"tagging scheme {scheme}: {n} documents" for scheme, n in schemes.items()] + [
            f"{kind}: {n}" + (f" (e.g. {'; '.join(where[kind])})" if where[kind] else "")
            for kind, n in sorted(counts.items(), key=lambda item: -item[1])]

    def summary(self) -> str:
        parts = [f"{self.documents} documents imported"]
        if self.annotations or self.relations:
            parts.append(f"{self.annotations} annotations, {self.relations} relations")
        if self.duplicates:
            parts.append(f"{self.duplicates} already present")
        if self.empty:
            parts.append(f"{self.empty} empty records skipped")
        if self.new_labels:
            parts.append(f"new labels: {', '.join(self.new_labels)}")
        found = sum(self._defect_totals()[0].values())
        if found:
            parts.append(f"{found} defects kept as found")
        if self.bad:
            parts.append(f"{len(self.bad)} bad files skipped")
        return "; ".join(parts)


class _Ingest:
    """Buffers records and writes them in batches on one connection."""

    def __init__(self, conn: Connection, annotator: str, report: ImportReport) -> None:
        self.conn = conn
        self.annotator = annotator
        self.report = report
        self.docs: list[SourceRecord] = []
        self.explicit_ids = False
        self.merged: set[int] = set()  # stored documents that this import adds annotations to
        self.raw = conn.dialect.name == "sqlite"
        self.stored = _StoredForms(conn)
        if self.raw:  # the unique and primary-key indexes of a large import outgrow the 2 MB default
            conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
        self._load_names()

    def _load_names(self) -> None:
        self.labels = dict(self.conn.execute(select(LabelType.name, LabelType.id)).tuples().all())
        self.annotators = dict(self.conn.execute(select(Annotator.name, Annotator.id)).tuples().all())

    def start_file(self) -> None:
        self._checkpoint = self.report.checkpoint()

    def discard_file(self) -> None:
        """Forget what the failed file added: its rows are rolled back with its savepoint."""
        self.docs.clear()
        self.report.rewind(self._checkpoint)
        self._load_names()

    def add(self, record: SourceRecord) -> None:
        check_record(record)  # whatever import accepts, storage and every export can hold
        if not record.text.strip():
            self.report.empty += 1
            return
        self.docs.append(record)
        if len(self.docs) >= BATCH:
            self.flush()

    def _label_id(self, name: str) -> int:
        if name not in self.labels:
            self.labels[name] = self.conn.execute(
                insert(LabelType).values(name=name, colour="#888888", description="").returning(LabelType.id)
            ).scalar_one()
            self.report.new_labels.append(name)
        return self.labels[name]

    def _annotator_id(self, name: str | None) -> int:
        name = name or self.annotator
        if name not in self.annotators:
            self.annotators[name] = self.conn.execute(
                insert(Annotator).values(name=name, created_at=utcnow()).returning(Annotator.id)
            ).scalar_one()
        return self.annotators[name]

    def flush(self) -> None:
        if not self.docs:
            return
        records, self.docs = self.docs, []
        shas = [sha256_text(r.text) for r in records]
        existing = dict(self.conn.execute(
            select(Document.sha256, Document.id).where(Document.sha256.in_(set(shas)))).tuples().all())
        wanted_ids = {r.doc_id for r in records if r.doc_id is not None}
        taken = set(self.conn.scalars(select(Document.id).where(Document.id.in_(wanted_ids)))) if wanted_ids else set()
        now = utcnow()
        new_rows: list[tuple[SourceRecord, dict[str, Any]]] = []
        targets: list[tuple[SourceRecord, int | None]] = []
        batch: set[str] = set()  # earlier batches of this import are found in the database itself
        for record, sha in zip(records, shas, strict=True):
            if sha in existing or sha in batch:
                self.report.duplicates += 1
                if record.annotations and sha in existing:
                    targets.append((record, existing[sha]))
                    self.merged.add(existing[sha])
                continue
            batch.add(sha)
            row: dict[str, Any] = {
                "external_id": record.external_id,
                "title": record.title or "",
                "text": record.text,
                "sha256": sha,
                "source": record.source,
                "metadata": record.metadata or {},
                "status": record.status if record.status in DOCUMENT_STATUSES else "new",
                "imported_at": now,
            }
            if record.doc_id is not None and record.doc_id not in taken:
                row["id"] = record.doc_id
                taken.add(record.doc_id)
            new_rows.append((record, row))
        with_id = [row for _, row in new_rows if "id" in row]
        without_id = [row for _, row in new_rows if "id" not in row]
        if with_id:
            self._insert(Document, with_id)
            self.explicit_ids = True
        if without_id and self.raw:
            # SQLite: this transaction writes alone, so ids follow max(id); RETURNING went row by row.
            next_id = (self.conn.scalar(select(func.max(Document.id))) or 0) + 1
            for new_id, row in enumerate(without_id, next_id):
                row["id"] = new_id
            self._insert(Document, without_id)
        elif without_id:
            ids = self.conn.execute(
                insert(Document).returning(Document.id, sort_by_parameter_order=True), without_id
            ).scalars().all()
            for row, new_id in zip(without_id, ids, strict=True):
                row["id"] = new_id
        for record, row in new_rows:
            targets.append((record, row["id"]))
            self.report.document_ids.append(row["id"])
            if isinstance(row["metadata"], dict) and isinstance(row["metadata"].get("defects"), dict):
                self.report.defects.append(row["metadata"]["defects"])
        self.report.documents += len(new_rows)
        self._write_annotations(targets, now)

    def _write_annotations(self, targets: list[tuple[SourceRecord, int | None]], now: Any) -> None:
        ann_rows: list[dict[str, Any]] = []
        rel_rows: list[dict[str, Any]] = []
        keys = {id(a): self._key(a.id, r.origin) for r, _ in targets for a in r.annotations if a.id}
        # Only a document that was already stored (a re-import, a merge) can hold these ids already;
        # a clash anywhere else violates the primary key and fails the import with a clear error.
        present = self._present(Annotation.id, [keys[id(a)] for r, doc in targets if doc in self.merged
                                                for a in r.annotations if a.id])
        present_rel = self._present(Relation.id, [self._key(x.id, r.origin) for r, _ in targets for x in r.relations
                                                  if x.id])
        for record, doc_id in targets:
            ids_here: set[Any] = set()
            for n, a in enumerate(record.annotations):
                try:
                    piece = check_span(record.text, a.start, a.end, a.text)
                except OffsetError as exc:
                    raise InputError(f"{record.origin} annotation {n + 1}", str(exc)) from None
                key = keys[id(a)] if a.id else self._key(None, "")
                ids_here.add(key)
                if key in present:
                    continue
                present.add(key)
                ann_rows.append({
                    "id": key, "document_id": doc_id, "annotator_id": self._annotator_id(a.annotator),
                    "label_id": self._label_id(a.label), "start": a.start, "end": a.end, "text": piece,
                    "attributes": a.attributes or {}, "note": a.note or "",
                    "created_at": now, "updated_at": now, "deleted_at": None,
                })
            for n, rel in enumerate(record.relations):
                where = f"{record.origin} relation {n + 1}"
                ends = (self._key(rel.from_id, where), self._key(rel.to_id, where))
                if not set(ends) <= ids_here:
                    raise InputError(where, "links an annotation that is not in this document")
                key = self._key(rel.id or None, where)
                if key in present_rel:
                    continue
                present_rel.add(key)
                rel_rows.append({
                    "id": key, "type": rel.type, "from_id": ends[0], "to_id": ends[1],
                    "annotator_id": self._annotator_id(rel.annotator), "created_at": now, "deleted_at": None,
                })
        self._insert(Annotation, ann_rows)
        self._insert(Relation, rel_rows)
        self.report.annotations += len(ann_rows)
        self.report.relations += len(rel_rows)

    def _key(self, value: str | None, where: str) -> Any:
        """An id as the bulk path stores it: 32 hex digits on SQLite, a ``UUID`` elsewhere; new if None."""
        if value is None:
            fresh = uuid.uuid4()
            return fresh.hex if self.raw else fresh
        if self.raw and type(value) is str and _CANONICAL_UUID.fullmatch(value):
            return value.replace("-", "")  # parsing a million UUID objects was a tenth of an import
        parsed = parse_id(value, where)
        return parsed.hex if self.raw else parsed

    def _present(self, column: Any, keys: list[Any]) -> set[Any]:
        """Which of these ids (as ``_key`` made them) are stored already, looked up in slices of 5000."""
        column = type_coerce(column, String) if self.raw else column
        present: set[Any] = set()
        for start in range(0, len(keys), 5000):
            present.update(self.conn.scalars(select(column).where(column.in_(keys[start:start + 5000]))))
        return present

    def _insert(self, model: type[Document] | type[Annotation] | type[Relation], rows: list[dict[str, Any]]) -> None:
        """Bulk insert in slices of 5000; on SQLite as plain ``executemany`` of values already in stored form."""
        for start in range(0, len(rows), 5000):
            part = rows[start:start + 5000]
            if self.raw:
                sql, values = self.stored.statement(model.__table__, part)  # type: ignore[arg-type]
                self.conn.exec_driver_sql(sql, values)
            else:
                self.conn.execute(insert(model), part)

    def release(self) -> None:
        """Give back the import's page cache: the pooled connection lives on in the app."""
        if self.raw:
            self.conn.exec_driver_sql("PRAGMA cache_size=-2000")

    def finish(self) -> None:
        self.flush()
        if self.explicit_ids and self.conn.dialect.name == "postgresql":
            self.conn.execute(text(
                "SELECT setval(pg_get_serial_sequence('documents', 'id'), "
                "(SELECT COALESCE(MAX(id), 1) FROM documents))"))


class _StoredForms:
    """Rows as SQLite stores them, converted by the columns' own bind processors (``Uuid`` to hex,
    ``DateTime`` to text, ``JSON`` through the engine's serialiser). Values that every row shares (the
    import time, empty JSON objects) are converted once: SQLAlchemy's per-value processing was half of a
    bulk import. Rows must name every column (no defaults are applied here)."""

    def __init__(self, conn: Connection) -> None:
        self.dialect = conn.dialect
        self._tables: dict[str, tuple[str, RowGetter, list[tuple[int, Processor]]]] = {}

    def _converter(self, column: Any) -> Processor | None:
        proc = column.type.dialect_impl(self.dialect).bind_processor(self.dialect)
        if proc is None:
            return None
        if isinstance(column.type, Uuid):  # ids arrive as stored hex from ``_Ingest._key``
            return lambda value: value if type(value) is str else proc(value)
        if isinstance(column.type, JSON):
            empty = proc({})
            return lambda value: empty if type(value) is dict and not value else proc(value)
        if isinstance(column.type, DateTime):
            last: list[Any] = [None, None]

            def shared(value: Any) -> Any:
                if value is not last[0]:
                    last[:] = [value, proc(value)]
                return last[1]
            return shared
        return proc

    def statement(self, table: Table, rows: list[dict[str, Any]]) -> tuple[str, list[tuple[Any, ...]]]:
        if table.name not in self._tables:
            quote = self.dialect.identifier_preparer.quote
            columns = list(table.columns)
            sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
                   f"VALUES ({', '.join('?' for _ in columns)})")
            fixes = [(n, conv) for n, c in enumerate(columns) if (conv := self._converter(c)) is not None]
            self._tables[table.name] = sql, itemgetter(*(c.key for c in columns)), fixes
        sql, getter, fixes = self._tables[table.name]
        values = []
        for row in rows:
            out = list(getter(row))
            for n, conv in fixes:
                if out[n] is not None:
                    out[n] = conv(out[n])
            values.append(tuple(out))
        return sql, values


def parse_id(value: str | None, where: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise InputError(where, f"id {value!r} is not a UUID") from None


def import_records(db: Database, records: Iterable[SourceRecord], *, annotator: str,
                   progress: Progress | None = None) -> ImportReport:
    """Import records from any source in one transaction (all or nothing)."""
    report = ImportReport()
    with db.engine.begin() as conn:
        ingest = _Ingest(conn, annotator, report)
        try:
            _ingest_file(ingest, records, "input", progress)
            ingest.finish()
        finally:
            ingest.release()
    return report


def _ingest_file(ingest: _Ingest, records: Iterable[SourceRecord], source: str, progress: Progress | None) -> None:
    """Feed one file's records; a primary-key clash with stored rows becomes an error naming the file."""
    count = 0
    try:
        for record in records:
            ingest.add(record)
            count += 1
            if progress and count % BATCH == 0:
                progress(BATCH)
        ingest.flush()
    except IntegrityError as exc:
        raise InputError(source, f"an id in this file is already stored for another document ({exc.orig})") from None
    if progress:
        progress(count % BATCH)


def import_paths(db: Database, paths: Iterable[Path], *, annotator: str, fmt: str | None = None,
                 mapping: FieldMapping | None = None, encoding: str | None = None, skip_bad: bool = False,
                 on_file: Callable[[Path], None] | None = None, progress: Progress | None = None,
                 scheme: str | None = None) -> ImportReport:
    """Import files and folders. Without ``skip_bad`` the first bad file aborts the whole batch."""
    from app.formats.readers import expand_paths, read_records

    files = expand_paths([Path(p) for p in paths], fmt)
    if not files:
        raise HashiyaError("no importable files found in " + ", ".join(str(p) for p in paths))
    report = ImportReport()
    mapping = mapping or FieldMapping()
    with db.engine.begin() as conn:
        ingest = _Ingest(conn, annotator, report)
        try:
            for path, file_fmt, rel in files:
                savepoint = conn.begin_nested() if skip_bad else None
                ingest.start_file()
                try:
                    _ingest_file(ingest, read_records(path, file_fmt, mapping=mapping, encoding=encoding, rel=rel,
                                                      scheme=scheme),
                                 str(path), progress)
                except InputError as exc:
                    if savepoint is None:
                        raise
                    savepoint.rollback()
                    ingest.discard_file()
                    report.bad.append((str(path), exc.reason if exc.source.startswith(str(path)) else str(exc)))
                else:
                    if savepoint is not None:
                        savepoint.commit()
                    report.files += 1
                if on_file:
                    on_file(path)
            ingest.finish()
        finally:
            ingest.release()
    return report
