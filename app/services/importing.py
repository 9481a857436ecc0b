"""Import documents (and, for annotated formats, their annotations): check everything, then write in batches.

The first pass reads and checks every file without taking the write lock and spools the checked
records to a temporary file (``app/services/spool.py``), so bad input leaves the database unchanged and
memory stays flat; with ``skip_bad`` a bad file is left out and the good ones are kept. The second pass
writes batches of ``BATCH`` documents through Core bulk inserts (``session.add_all`` was 20x slower and
took gigabytes), each batch its own ``BEGIN IMMEDIATE`` transaction: another writer (a key press in the
GUI, ``hashiya annotate``, a second import) waits for one batch at most.

If a write fails half-way (a full disk, a clash with a concurrent writer, cancelled), what this import
committed is removed again. A process killed half-way (SIGKILL, power cut) leaves the batches it had
committed; importing the same files again adds only the rest, because the same text is the same
document and, in a stored document, the same id (or, without an id, the same label, offsets and
annotator) is the same annotation.
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

import orjson
from sqlalchemy import (
    JSON,
    Connection,
    DateTime,
    String,
    Table,
    Uuid,
    delete,
    exists,
    func,
    insert,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.exc import DBAPIError

from app.errors import HashiyaError, InputError, OffsetError
from app.formats.native import sha256_text
from app.formats.records import FieldMapping, SourceRecord
from app.formats.validate import check_record
from app.progress import Progress
from app.schema.model import AttributeDef
from app.services import collector, doc_fields, search
from app.services.fresh_ids import FreshIds
from app.services.labels import new_label_style
from app.services.schema_store import stored_schema
from app.services.spool import Spool
from app.text.fold import fold_text
from app.text.offsets import check_span
from db.engine import Database, busy_as_error
from db.errors import DatabaseBusyError, DatabaseError
from db.models import (
    DOCUMENT_STATUSES,
    Annotation,
    Annotator,
    Document,
    DocumentValue,
    LabelAttribute,
    LabelType,
    Relation,
    RelationType,
    utcnow,
)
from db.stored import uuid_text

BATCH = 1000  # records checked and spooled at a time
WRITE_BATCH = 5000  # documents per write transaction: about 1 s of work, 4 commits (fsyncs) for 20,000
PARTS_PER_TRANSACTION = 4  # the spool's parts (a quarter of its memory threshold each) per write transaction
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
IMPORT_CACHE_KIB = 128 * 1024
MAX_DOC_ID = 2**53  # the largest integer every JSON reader keeps exact (2^53: 9007199254740992)

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
    annotations_present: int = 0  # read again, already stored (same id, or same label, offsets and annotator)
    relations_present: int = 0
    new_labels: list[str] = field(default_factory=list)
    revived_labels: list[str] = field(default_factory=list)  # deleted labels the import's annotations brought back
    new_relation_types: list[str] = field(default_factory=list)  # joined the schema, open to any labels
    bad: list[tuple[str, str]] = field(default_factory=list)
    document_ids: list[int] = field(default_factory=list)
    # metadata["defects"] of each stored document that has some (annotated corpora: glued lines, typo
    # tags...): kept as found, and told to the user by defect_lines()
    defects: list[dict[str, Any]] = field(default_factory=list)

    _COUNTS = (
        "documents",
        "duplicates",
        "empty",
        "annotations",
        "relations",
        "annotations_present",
        "relations_present",
    )

    def checkpoint(self) -> tuple[int, ...]:
        return (
            *(getattr(self, name) for name in self._COUNTS),
            len(self.new_labels),
            len(self.document_ids),
            len(self.defects),
        )

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

    def scheme_lines(self) -> list[str]:
        """How the tags were read (CoNLL tagging schemes, detected or chosen): not a defect, but said."""
        schemes = Counter(found["scheme"] for found in self.defects if found.get("scheme"))
        units = Counter(found["offsets"] for found in self.defects if found.get("offsets"))  # doccano, Label Studio
        return [f"tagging scheme {scheme}: {n} documents" for scheme, n in schemes.items()] + [
            f"offsets counted in {unit}: {n} documents" for unit, n in units.items()
        ]

    def defect_lines(self) -> list[str]:
        """One line per kind of defect: how many, and where the first were."""
        counts, where = self._defect_totals()
        return [
            f"{kind}: {n}" + (f" (e.g. {'; '.join(where[kind])})" if where[kind] else "")
            for kind, n in sorted(counts.items(), key=lambda item: -item[1])
        ]

    def summary(self) -> str:
        parts = [f"{self.documents} documents imported"]
        if self.annotations or self.relations:
            parts.append(f"{self.annotations} annotations, {self.relations} relations")
        if self.duplicates:
            parts.append(f"{self.duplicates} already present")
        if self.annotations_present or self.relations_present:
            parts.append(
                f"{self.annotations_present} annotations already present, "
                f"{self.relations_present} relations already present"
            )
        if self.empty:
            parts.append(f"{self.empty} empty records skipped")
        if self.new_labels:
            parts.append(f"new labels: {', '.join(self.new_labels)}")
        parts.extend(f"label {name} brought back" for name in self.revived_labels)
        if self.new_relation_types:
            parts.append(f"new relation types: {', '.join(self.new_relation_types)}")
        found = sum(self._defect_totals()[0].values())
        if found:
            parts.append(f"{found} defects reported")
        if self.bad:
            parts.append(f"{len(self.bad)} bad files skipped")
        return "; ".join(parts)


class _Ingest:
    """Checks records and spools them to disk without taking the write lock (``add``), then writes them
    (``write``) in batches of ``BATCH`` documents, each its own short write transaction, so that another
    writer (a key press in the GUI) waits for one batch at most. Whatever can be wrong with the input is
    found in the first pass: bad input leaves the database as it was."""

    def __init__(
        self, db: Database, annotator: str, report: ImportReport, spool: Spool, skip_bad: bool = False
    ) -> None:
        self.db = db
        self.skip_bad = skip_bad  # a bad file is left out alone: its records are checked before the next file
        self.annotator = annotator
        self.report = report
        self.spool = spool
        self.raw = db.is_sqlite
        self.max_doc_id = MAX_DOC_ID if self.raw else 2**31 - 1  # PostgreSQL's column is a 32-bit integer
        self.pending: list[tuple[str, SourceRecord]] = []
        self.file = 0
        self.merged: set[int] = set()  # stored documents that this import adds annotations to
        self.new_annotators: list[str] = []
        self.batches = 0  # committed
        self._stored: _StoredForms | None = None
        self._reader: Connection | None = None  # the first pass's read connection (SQLite)
        self.revived: dict[int, Any] = {}  # label id -> the deleted_at it had before this import revived it
        self._document_fields: dict[str, AttributeDef] | None = None  # the schema's, read at the first record
        self.values_added: list[tuple[int, int]] = []  # (document, field id) set on stored documents
        self._checkpoint = report.checkpoint()
        self._fresh = FreshIds()  # ids for the records' annotations and relations that come without one

    # the first pass: read, check and spool (no write lock)
    def start_file(self) -> None:
        if self.skip_bad:
            self.flush()
        self.file += 1
        self._checkpoint = self.report.checkpoint()

    def end_file(self) -> None:
        """A file is read. With ``skip_bad`` its records are checked against the others (ids repeated, ids stored
        for another text) and spooled now, so that a failure names this file alone; else with the next files'
        records, ``BATCH`` at a time (one file at a time, the checks of a brat import's 20,000 one-document
        files were 20,000 look-ups and spool writes). Either way, nothing is written before every file is."""
        if self.skip_bad or len(self.pending) >= BATCH:
            self.flush()

    def discard_file(self) -> None:
        """Forget what the failed file added: its spooled records and ids, and its counts."""
        self.pending.clear()
        self.spool.drop_file(self.file)
        self.report.rewind(self._checkpoint)

    def add(self, record: SourceRecord) -> None:
        check_record(record)  # whatever import accepts, storage and every export can hold
        if not record.text.strip():
            self.report.empty += 1
            return
        self._check(record)
        self.pending.append((sha256_text(record.text), record))
        if len(self.pending) >= BATCH:
            self.flush()

    def _check(self, record: SourceRecord) -> None:
        """Spans, ids and links of one record; ids are put in their 32-hex-digit form."""
        if record.doc_id is not None and not 1 <= record.doc_id <= self.max_doc_id:
            raise InputError(
                record.origin,
                f"document id {record.doc_id} is outside 1..{self.max_doc_id} (ids must "
                "fit the database and stay exact in every export); remove it to get a new id",
            )
        if record.fields:
            self._check_fields(record)
        ids_here: set[str] = set()
        for n, a in enumerate(record.annotations):
            try:
                check_span(record.text, a.start, a.end, a.text)
            except OffsetError as exc:
                raise InputError(f"{record.origin} annotation {n + 1}", str(exc)) from None
            if a.id:
                a.id = _hex(a.id, f"{record.origin} annotation {n + 1}")
                ids_here.add(a.id)
        for n, rel in enumerate(record.relations):
            where = f"{record.origin} relation {n + 1}"
            rel.from_id, rel.to_id = _hex(rel.from_id, where), _hex(rel.to_id, where)
            if not {rel.from_id, rel.to_id} <= ids_here:
                raise InputError(where, "links an annotation that is not in this document")
            rel.id = _hex(rel.id, where) if rel.id else None

    def _check_fields(self, record: SourceRecord) -> None:
        if self._document_fields is None:
            with self.db.sessions() as session:
                self._document_fields = {f.name: f for f in stored_schema(session).document_fields}
        for name, value in record.fields.items():
            try:
                doc_fields.check(self._document_fields, name, value)
            except HashiyaError as exc:
                raise InputError(record.origin, str(exc)) from None

    def flush(self) -> None:
        """Spool the pending records once their ids are known to be new to this import and not stored for
        another document."""
        if not self.pending:
            return
        records, self.pending = self.pending, []
        # first the ids stored for another text: records of several files are checked together (``end_file``), and
        # an id of a stored document that comes again with its own text in a later file is no repeat of its own
        self._refuse_stored_elsewhere(records)
        base = self.spool.count + 1  # the spool's number of the first of these records
        ids = [
            (a.id, n, part) for n, (_, r) in enumerate(records, base) for part, a in enumerate(r.annotations) if a.id
        ]
        ids += [
            (x.id, n, -1 - part) for n, (_, r) in enumerate(records, base) for part, x in enumerate(r.relations) if x.id
        ]
        repeated = self.spool.claim(self.file, ids)
        if repeated is not None:
            key, first, second = repeated
            here = self._where(records[second[0] - base][1].origin, second[1])
            there = self._where(
                records[first[0] - base][1].origin if first[0] >= base else self.spool.origin(first[0]), first[1]
            )
            raise InputError(
                here,
                f"id {uuid_text(key)} is already used at {there}; each annotation and relation "
                "needs its own id (nothing was imported)",
            )
        self.spool.put(self.file, records)
        collector.tidy(len(records))

    @staticmethod
    def _where(origin: str, part: int) -> str:
        return f"{origin} annotation {part + 1}" if part >= 0 else f"{origin} relation {-part}"

    def _refuse_stored_elsewhere(self, records: list[tuple[str, SourceRecord]]) -> None:
        """An annotation id stored for another text would fail the write: name it now (a read, no lock)."""
        owners: dict[str, list[tuple[str, SourceRecord, int]]] = {}  # an id may come in several records
        for sha, r in records:
            for k, a in enumerate(r.annotations):
                if a.id:
                    owners.setdefault(a.id, []).append((sha, r, k))
        if not owners:
            return
        if self.raw:  # one connection for the whole first pass (a connection per file: 17% of a brat import)
            if self._reader is None:
                self._reader = self.db.engine.connect()
            raw = self._reader.connection.driver_connection  # autocommit: each SELECT sees the latest commit
            head = (
                "SELECT annotations.id, documents.sha256 FROM annotations JOIN documents ON documents.id = "
                "annotations.document_id WHERE annotations.id IN "
            )
            keys, stored = list(owners), []
            for start in range(0, len(keys), 5000):
                part = keys[start : start + 5000]
                stored += raw.execute(head + f"({','.join('?' * len(part))})", part)  # type: ignore[union-attr]
        else:
            with self.db.engine.connect() as conn:
                stored = self._lookup(
                    conn,
                    Annotation.id,
                    list(owners),
                    Document.sha256,
                    lambda q: q.join(Document, Document.id == Annotation.document_id),
                    "annotations JOIN documents ON documents.id = annotations.document_id",
                )
        bad = [found for key, sha in stored for found in owners[key] if found[0] != sha]
        if bad:  # the first in reading order
            order = {id(r): k for k, (_, r) in enumerate(records)}
            _, r, k = min(bad, key=lambda found: (order[id(found[1])], found[2]))
            raise InputError(
                self._where(r.origin, k),
                f"annotation id {uuid_text(r.annotations[k].id or '')} is already stored for another document",
            )

    def __enter__(self) -> _Ingest:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close_reader()

    def close_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    # the second pass: write in batches
    def write(self, progress: Progress | None) -> None:
        self.flush()
        self.close_reader()
        try:
            with self.db.writer.connect() as conn:
                raw = conn.connection.driver_connection if self.raw else None
                if raw is not None:
                    raw.execute("PRAGMA wal_autocheckpoint=0")
                try:
                    # The spool gives the records back in parts that fit its memory budget (about 210 CoNLL-U
                    # documents each); a transaction writes whole parts, up to WRITE_BATCH documents and
                    # PARTS_PER_TRANSACTION parts (a commit per part was 94 commits and 2.7 s of a 20,000-document
                    # CoNLL-U import; the pages a transaction changes stay in memory until its commit).
                    parts = self.spool.batches(WRITE_BATCH)
                    part = next(parts, None)
                    while part is not None:
                        with busy_as_error("cannot import"), conn.begin():
                            held = written = 0
                            while part is not None and (
                                not held or (held + len(part) <= WRITE_BATCH and written < PARTS_PER_TRANSACTION)
                            ):
                                self._write_batch(conn, part)
                                held, written = held + len(part), written + 1
                                part = next(parts, None)
                        self.batches += 1
                        if progress:
                            progress(0)  # lets the GUI cancel between batches
                finally:
                    if raw is not None:
                        raw.execute("PRAGMA wal_autocheckpoint=1000")
                        raw.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except BaseException as exc:  # a clash, a full disk, cancelled, interrupted: take back what was written
            undone = self._undo()
            if isinstance(exc, DatabaseBusyError):
                raise DatabaseBusyError(f"{exc}; {undone}") from None
            if isinstance(exc, DBAPIError):
                raise HashiyaError(f"import stopped while writing ({exc.orig}); {undone}") from None
            if isinstance(exc, DatabaseError) and self.batches:  # named by the engine (a full disk...)
                raise type(exc)(
                    f"import stopped while writing: {str(exc).removesuffix(' (nothing was changed)')}; {undone}"
                ) from None
            raise

    def _undo(self) -> str:
        """Remove what this import committed (its documents, and what it added to stored ones)."""
        if not self.batches:
            return "nothing was written"
        try:
            with self.db.write("cannot remove the import") as conn:
                for kind, column in (("relation", Relation.id), ("annotation", Annotation.id)):
                    for keys in self.spool.written(kind):
                        conn.execute(delete(column.table).where(self._column(column).in_(self._keys(keys))))
                ids = self.report.document_ids
                search.unindex_documents(conn, ids)  # told what they held, before they go
                for start in range(0, len(ids), 5000):
                    conn.execute(delete(Document).where(Document.id.in_(ids[start : start + 5000])))
                conn.execute(
                    delete(LabelType).where(
                        LabelType.name.in_(self.report.new_labels), ~exists().where(Annotation.label_id == LabelType.id)
                    )
                )
                for doc_id, field_id in self.values_added:
                    conn.execute(
                        delete(DocumentValue).where(
                            DocumentValue.document_id == doc_id, DocumentValue.attribute_id == field_id
                        )
                    )
                for label_id, deleted_at in self.revived.items():  # deleted again, as they were
                    conn.execute(update(LabelType).where(LabelType.id == label_id).values(deleted_at=deleted_at))
                conn.execute(
                    delete(RelationType).where(
                        RelationType.name.in_(self.report.new_relation_types),
                        ~exists().where(Relation.type == RelationType.name),
                    )
                )
                conn.execute(
                    delete(Annotator).where(
                        Annotator.name.in_(self.new_annotators),
                        ~exists().where(Annotation.annotator_id == Annotator.id),
                        ~exists().where(Relation.annotator_id == Annotator.id),
                    )
                )
        except Exception as exc:
            return (
                f"{self.batches} batches of up to {WRITE_BATCH} documents were written and could not be removed "
                f"({exc}); importing the same files again adds only the rest"
            )
        return f"what it had written ({len(self.report.document_ids)} documents) was removed"

    def _write_batch(self, conn: Connection, records: list[tuple[str, SourceRecord]]) -> None:
        self.conn = conn
        if self._stored is None:
            self._stored = _StoredForms(conn)
        if self.raw:  # the unique and primary-key indexes of a large import outgrow the 2 MB default
            conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
        try:
            self._load_names()
            self._write_documents(records)
        finally:
            if self.raw:  # give back the page cache: the pooled connection lives on in the app
                conn.exec_driver_sql("PRAGMA cache_size=-2000")

    def _load_names(self) -> None:  # each batch: another writer may have added some in between
        self.labels: dict[str, int] = {}
        self.deleted_labels: dict[str, tuple[int, Any]] = {}  # name -> id, deleted_at
        for label_id, name, deleted_at in self.conn.execute(
            select(LabelType.id, LabelType.name, LabelType.deleted_at)
        ).tuples():
            if deleted_at is None:
                self.labels[name] = label_id
            else:
                self.deleted_labels[name] = (label_id, deleted_at)
        self.relation_types = set(self.conn.scalars(select(RelationType.name)))
        self.annotators = dict(self.conn.execute(select(Annotator.name, Annotator.id)).tuples().all())

    def _label_id(self, name: str) -> int:
        if name in self.labels:
            return self.labels[name]
        if name in self.deleted_labels:  # a deleted label comes back with its settings (its own spans stay deleted)
            label_id, deleted_at = self.deleted_labels.pop(name)
            self.conn.execute(update(LabelType).where(LabelType.id == label_id).values(deleted_at=None))
            self.revived[label_id] = deleted_at
            self.report.revived_labels.append(name)
        else:  # it joins the schema with a colour no label has and a free key
            colour, key = new_label_style(
                self.conn.execute(
                    select(LabelType.colour, LabelType.shortcut).where(LabelType.deleted_at.is_(None))
                ).tuples()
            )
            label_id = self.conn.execute(
                insert(LabelType).values(name=name, colour=colour, shortcut=key, description="").returning(LabelType.id)
            ).scalar_one()
            self.report.new_labels.append(name)
        self.labels[name] = label_id
        return label_id

    def _relation_type(self, name: str) -> str:
        """``name``, which joins the schema as a relation type open to any labels if it is new there."""
        if name not in self.relation_types:
            self.conn.execute(insert(RelationType).values(name=name, name_ar="", name_en="", description=""))
            self.relation_types.add(name)
            self.report.new_relation_types.append(name)
        return name

    def _annotator_id(self, name: str | None) -> int:
        name = name or self.annotator
        if name not in self.annotators:
            self.annotators[name] = self.conn.execute(
                insert(Annotator).values(name=name, created_at=utcnow()).returning(Annotator.id)
            ).scalar_one()
            self.new_annotators.append(name)
        return self.annotators[name]

    def _write_documents(self, records: list[tuple[str, SourceRecord]]) -> None:
        """New texts become documents; a text already stored, or twice in this batch, is one document that
        gets every copy's annotations (as when the copies come in two imports)."""
        shas = {sha for sha, _ in records}
        existing = dict(
            self.conn.execute(select(Document.sha256, Document.id).where(Document.sha256.in_(shas))).tuples().all()
        )
        wanted_ids = {r.doc_id for _, r in records if r.doc_id is not None}
        taken = set(self.conn.scalars(select(Document.id).where(Document.id.in_(wanted_ids)))) if wanted_ids else set()
        now = utcnow()
        new_rows: dict[str, tuple[SourceRecord, dict[str, Any]]] = {}
        copies: list[tuple[SourceRecord, int | str]] = []  # a stored id, or the sha of a new row
        for sha, record in records:
            if sha in existing or sha in new_rows:
                self.report.duplicates += 1
                if record.annotations or record.relations or record.fields:
                    copies.append((record, existing.get(sha, sha)))
                continue
            row: dict[str, Any] = {
                "external_id": record.external_id,
                "title": record.title or "",
                "title_folded": fold_text(record.title or ""),
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
            new_rows[sha] = (record, row)
        self._insert_documents([row for _, row in new_rows.values()])
        search.index_texts(self.conn, [(row["id"], row["text"]) for _, row in new_rows.values()])  # same transaction
        targets: list[tuple[SourceRecord, int]] = []
        for record, row in new_rows.values():
            targets.append((record, row["id"]))
            self.report.document_ids.append(row["id"])
            if isinstance(row["metadata"], dict) and isinstance(row["metadata"].get("defects"), dict):
                self.report.defects.append(row["metadata"]["defects"])
        for record, where in copies:
            doc_id = where if isinstance(where, int) else new_rows[where][1]["id"]
            targets.append((record, doc_id))
            if isinstance(where, int):
                self.merged.add(doc_id)
        self.report.documents += len(new_rows)
        self._write_fields(targets)
        self._write_annotations(targets, {doc for _, doc in targets if doc in self.merged}, now)

    def _write_fields(self, targets: list[tuple[SourceRecord, int]]) -> None:
        """The records' document-level labels; a stored document keeps a value it has (as it keeps its spans)."""
        wanted = [(record, doc_id) for record, doc_id in targets if record.fields]
        if not wanted:
            return
        ids = dict(
            self.conn.execute(select(LabelAttribute.name, LabelAttribute.id).where(LabelAttribute.label_id.is_(None)))
            .tuples()
            .all()
        )
        taken = set(
            self.conn.execute(
                select(DocumentValue.document_id, DocumentValue.attribute_id).where(
                    DocumentValue.document_id.in_({doc_id for _, doc_id in wanted})
                )
            )
            .tuples()
            .all()
        )
        rows = []
        for record, doc_id in wanted:
            for name, value in record.fields.items():
                key = (doc_id, ids[name])
                if value is not None and key not in taken:
                    taken.add(key)
                    rows.append({"document_id": doc_id, "attribute_id": ids[name], "value": value})
                    if doc_id in self.merged:
                        self.values_added.append(key)
        if rows:
            self.conn.execute(insert(DocumentValue), rows)

    def _insert_documents(self, rows: list[dict[str, Any]]) -> None:
        with_id = [row for row in rows if "id" in row]
        without_id = [row for row in rows if "id" not in row]
        if with_id:
            self._insert(Document, with_id)
            if self.conn.dialect.name == "postgresql":  # the next batch's new ids must not meet these
                self.conn.execute(
                    text(
                        "SELECT setval(pg_get_serial_sequence('documents', 'id'), "
                        "(SELECT COALESCE(MAX(id), 1) FROM documents))"
                    )
                )
        if without_id and self.raw:
            # SQLite: BEGIN IMMEDIATE, so this transaction writes alone and ids follow max(id); RETURNING went
            # row by row.
            next_id = (self.conn.scalar(select(func.max(Document.id))) or 0) + 1
            for new_id, row in enumerate(without_id, next_id):
                row["id"] = new_id
            self._insert(Document, without_id)
        elif without_id:
            ids = (
                self.conn.execute(insert(Document).returning(Document.id, sort_by_parameter_order=True), without_id)
                .scalars()
                .all()
            )
            for row, new_id in zip(without_id, ids, strict=True):
                row["id"] = new_id

    def _write_annotations(self, targets: list[tuple[SourceRecord, int]], merged: set[int], now: Any) -> None:
        """Rows for the checked annotations and relations. In a stored document an id already there, or
        (without an id) the same label, offsets and annotator, is the same annotation and is skipped: so an
        import stopped half-way and run again adds only the rest."""
        ann_rows: list[dict[str, Any]] = []
        rel_rows: list[dict[str, Any]] = []
        present = self._present(
            Annotation.id, [self._key(a.id) for r, doc in targets if doc in merged for a in r.annotations if a.id]
        )
        present_rel = self._present(
            Relation.id, [self._key(x.id) for r, doc in targets if doc in merged for x in r.relations if x.id]
        )
        same, links = self._stored_contents(merged)
        for record, doc_id in targets:
            for a in record.annotations:
                annotator_id, label_id = self._annotator_id(a.annotator), self._label_id(a.label)
                content = (doc_id, label_id, a.start, a.end, annotator_id)
                key = self._key(a.id)
                if (key in present) if a.id else (content in same):
                    self.report.annotations_present += 1
                    continue
                present.add(key)
                same.add(content)
                ann_rows.append(
                    {
                        "id": key,
                        "document_id": doc_id,
                        "annotator_id": annotator_id,
                        "label_id": label_id,
                        "start": a.start,
                        "end": a.end,
                        "text": record.text[a.start : a.end],
                        "attributes": a.attributes or {},
                        "note": a.note or "",
                        "created_at": now,
                        "updated_at": now,
                        "deleted_at": None,
                        "suggestion_id": None,
                    }
                )
            for rel in record.relations:
                ends = (self._key(rel.from_id), self._key(rel.to_id))
                link = (rel.type, str(ends[0]), str(ends[1]))
                key = self._key(rel.id)
                if (key in present_rel) if rel.id else (link in links):
                    self.report.relations_present += 1
                    continue
                present_rel.add(key)
                links.add(link)
                rel_rows.append(
                    {
                        "id": key,
                        "type": self._relation_type(rel.type),
                        "from_id": ends[0],
                        "to_id": ends[1],
                        "annotator_id": self._annotator_id(rel.annotator),
                        "created_at": now,
                        "deleted_at": None,
                        "attributes": rel.attributes or {},
                        "note": rel.note or "",
                    }
                )
        self._insert(Annotation, ann_rows)
        self._insert(Relation, rel_rows)
        self.spool.note_written("annotation", [row["id"] for row in ann_rows if row["document_id"] in merged])
        self.spool.note_written("relation", [row["id"] for row in rel_rows])
        self.report.annotations += len(ann_rows)
        self.report.relations += len(rel_rows)

    def _stored_contents(self, docs: set[int]) -> tuple[set[tuple[Any, ...]], set[tuple[str, str, str]]]:
        """The live annotations (document, label, offsets, annotator) and links of these stored documents."""
        same: set[tuple[Any, ...]] = set()
        links: set[tuple[str, str, str]] = set()
        ordered = sorted(docs)
        for start in range(0, len(ordered), 5000):
            part = ordered[start : start + 5000]
            same.update(
                self.conn.execute(
                    select(
                        Annotation.document_id,
                        Annotation.label_id,
                        Annotation.start,
                        Annotation.end,
                        Annotation.annotator_id,
                    ).where(Annotation.document_id.in_(part), Annotation.deleted_at.is_(None))
                )
                .tuples()
                .all()
            )
            links.update(
                (kind, str(a), str(b))
                for kind, a, b in self.conn.execute(
                    select(Relation.type, self._column(Relation.from_id), self._column(Relation.to_id))
                    .join(Annotation, Annotation.id == Relation.from_id)
                    .where(Annotation.document_id.in_(part), Relation.deleted_at.is_(None))
                )
            )
        return same, links

    def _key(self, value: str | None) -> Any:
        """A checked id (32 hex digits) as the bulk path stores it: as is on SQLite, a ``UUID`` elsewhere; new if
        None."""
        if value is None:
            fresh = self._fresh.next_hex()
            return fresh if self.raw else uuid.UUID(hex=fresh)
        return value if self.raw else uuid.UUID(hex=value)

    def _keys(self, values: list[str]) -> list[Any]:
        return values if self.raw else [uuid.UUID(value) for value in values]

    def _column(self, column: Any) -> Any:
        return type_coerce(column, String) if self.raw else column

    def _present(self, column: Any, keys: list[Any]) -> set[Any]:
        """Which of these ids (as ``_key`` made them) are stored already, looked up in slices of 5000."""
        return {self._key(key) for key, _ in self._lookup(self.conn, column, keys, column)}

    def _lookup(
        self,
        conn: Connection,
        column: Any,
        keys: list[Any],
        other: Any,
        join: Callable[[Any], Any] = lambda query: query,
        sqlite_from: str | None = None,
    ) -> list[tuple[Any, Any]]:
        """``(key, other)`` of the rows whose ``column`` is one of ``keys``. On SQLite as plain SQL (``sqlite_from``
        is the FROM clause ``join`` makes): SQLAlchemy's expansion of 5000 bound values was a tenth of an import."""
        found: list[tuple[Any, Any]] = []
        if self.raw:
            head = (
                f"SELECT {column.table.name}.{column.name}, {other.table.name}.{other.name} "
                f"FROM {sqlite_from or column.table.name} WHERE {column.table.name}.{column.name} IN "
            )
            for start in range(0, len(keys), 5000):
                part = keys[start : start + 5000]
                found.extend(conn.exec_driver_sql(head + f"({','.join('?' * len(part))})", tuple(part)).tuples())
            return found
        column = self._column(column)
        keys = keys if self.raw else [uuid.UUID(hex=key) if type(key) is str else key for key in keys]
        for start in range(0, len(keys), 5000):
            query = join(select(column, other)).where(column.in_(keys[start : start + 5000]))
            found.extend((key if self.raw else key.hex, value) for key, value in conn.execute(query).tuples())
        return found

    def _insert(self, model: type[Document] | type[Annotation] | type[Relation], rows: list[dict[str, Any]]) -> None:
        """Bulk insert in slices of 5000; on SQLite as plain ``executemany`` of values already in stored form."""
        for start in range(0, len(rows), 5000):
            part = rows[start : start + 5000]
            if self.raw and self._stored is not None:
                sql, values = self._stored.statement(model.__table__, part)  # type: ignore[arg-type]
                self.conn.exec_driver_sql(sql, values)
            else:
                self.conn.execute(insert(model), part)


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
            return lambda value: empty if type(value) is dict and not value else _json_text(value, proc)
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
            # a JSON column's value comes as orjson's UTF-8 bytes, stored as text by CAST (SQLite reads the bytes as
            # text in the database's encoding, UTF-8): decoded to str here, sqlite3 encoded it back to UTF-8 again,
            # a tenth of the instructions of a CoNLL-U import, whose metadata holds the source lines
            marks = ["CAST(? AS TEXT)" if isinstance(c.type, JSON) else "?" for c in columns]
            sql = (
                f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
                f"VALUES ({', '.join(marks)})"
            )
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


def _json_text(value: Any, proc: Processor) -> Any:
    """A JSON column's stored text by orjson (UTF-8 bytes, which the statement casts to text), a tenth of the stdlib
    serialiser's time on token metadata (read back the same by ``db.stored.json_object``; exports re-serialise);
    what orjson refuses goes through ``proc``."""
    try:
        return orjson.dumps(value)
    except TypeError:  # orjson.JSONEncodeError: an integer past 64 bits, a subclass it does not know...
        return proc(value)


def parse_id(value: str | None, where: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise InputError(where, f"id {value!r} is not a UUID") from None


def _hex(value: str, where: str) -> str:
    """An id in its stored SQLite form, 32 hex digits (parsing a million UUID objects was a tenth of an import)."""
    if type(value) is str and _CANONICAL_UUID.fullmatch(value):
        return value.replace("-", "")
    return parse_id(value, where).hex


def import_records(
    db: Database, records: Iterable[SourceRecord], *, annotator: str, progress: Progress | None = None
) -> ImportReport:
    """Import records from any source: all checked first, then written in batches (all or nothing)."""
    report = ImportReport()
    with collector.paused(), Spool() as spool, _Ingest(db, annotator, report, spool) as ingest:
        ingest.start_file()
        _ingest_file(ingest, records, progress)
        ingest.write(progress)
    return report


def _ingest_file(ingest: _Ingest, records: Iterable[SourceRecord], progress: Progress | None) -> None:
    """Check and spool one file's records."""
    count = 0
    for record in records:
        ingest.add(record)
        count += 1
        if progress and count % BATCH == 0:
            progress(BATCH)
    ingest.end_file()
    if progress:
        progress(count % BATCH)


def import_paths(
    db: Database,
    paths: Iterable[Path],
    *,
    annotator: str,
    fmt: str | None = None,
    mapping: FieldMapping | None = None,
    encoding: str | None = None,
    skip_bad: bool = False,
    on_file: Callable[[Path], None] | None = None,
    progress: Progress | None = None,
    max_size: int | None = None,
    scheme: str | None = None,
    offsets: str | None = None,
) -> ImportReport:
    """Import files and folders. Without ``skip_bad`` the first bad file aborts the whole import, before
    anything is written; with it, a bad file is left out and the others are imported. What a folder holds
    that is not read (FIFOs, devices, links out of it, files over ``max_size``) is listed in ``report.bad``."""
    from app.formats.readers import MAX_SIZE, expand_paths, read_records

    skipped: list[tuple[str, str]] = []
    files = expand_paths(
        [Path(p) for p in paths], fmt, max_size=max_size or MAX_SIZE, skipped=skipped, database=db.file
    )
    if not files:
        why = f" (skipped {skipped[0][0]}: {skipped[0][1]})" if skipped else ""
        raise HashiyaError("no importable files found in " + ", ".join(str(p) for p in paths) + why)
    report = ImportReport(bad=skipped)
    mapping = mapping or FieldMapping()
    with collector.paused(), Spool() as spool, _Ingest(db, annotator, report, spool, skip_bad) as ingest:
        for path, file_fmt, rel in files:
            ingest.start_file()
            try:
                _ingest_file(
                    ingest,
                    read_records(
                        path, file_fmt, mapping=mapping, encoding=encoding, rel=rel, scheme=scheme, offsets=offsets
                    ),
                    progress,
                )
            except InputError as exc:
                if not skip_bad:
                    raise
                ingest.discard_file()
                report.bad.append((str(path), exc.reason if exc.source.startswith(str(path)) else str(exc)))
            else:
                report.files += 1
            if on_file:
                on_file(path)
        ingest.write(progress)
    return report
