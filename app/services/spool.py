"""An import's checked records, between the check (no lock held) and the writes (batches).

Records stay in memory up to ``MEMORY_BYTES`` (an estimate of their size); past it they all go to a
temporary SQLite file private to the import (``marshal`` of plain tuples: half the time of pickling the
dataclasses), so memory stays flat however large the import. The same file holds the annotation and
relation ids seen so far (a repeated id names both places) and the ids this import has written (to
remove them if a write fails). Below the threshold nothing is packed, written or read back.
"""

from __future__ import annotations

import marshal
import pickle
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from typing import Any

from app.formats.records import AnnotationRecord, RelationRecord, SourceRecord

_RECORD = attrgetter(*(f.name for f in fields(SourceRecord)))
_ANNOTATION = attrgetter(*(f.name for f in fields(AnnotationRecord)))
_RELATION = attrgetter(*(f.name for f in fields(RelationRecord)))
_NAMES = [f.name for f in fields(SourceRecord)]
_ANNS, _RELS = _NAMES.index("annotations"), _NAMES.index("relations")
_SLICE = 500  # ids per look-up (SQLite's default limit of bound parameters is 999 before 3.32)
MEMORY_BYTES = 64 * 2**20  # 20k docs x 10 spans: 286 MB peak, the same time as 256 MiB (367 MB peak)
Spooled = tuple[str, SourceRecord]  # (sha256 of the text, record)


def _pack(record: SourceRecord) -> bytes:
    values = list(_RECORD(record))
    values[_ANNS] = [_ANNOTATION(a) for a in record.annotations]
    values[_RELS] = [_RELATION(r) for r in record.relations]
    try:
        return b"m" + marshal.dumps(values)
    except ValueError:  # a reader's metadata holding something marshal cannot write
        return b"p" + pickle.dumps(values, pickle.HIGHEST_PROTOCOL)


def _unpack(blob: bytes) -> SourceRecord:
    values = marshal.loads(blob[1:]) if blob[:1] == b"m" else pickle.loads(blob[1:])  # our own file
    values[_ANNS] = [AnnotationRecord(*a) for a in values[_ANNS]]
    values[_RELS] = [RelationRecord(*r) for r in values[_RELS]]
    return SourceRecord(*values)


METADATA_FACTOR = 6  # bytes in memory per byte of marshalled metadata: 4.3 (CoNLL-U source lines) to 8 (token pairs)


def _size(record: SourceRecord) -> int:
    """Roughly what a record holds in memory (a slotted annotation with its strings is about 400 bytes), with its
    metadata: the token formats' tokens and source lines were 90% of a CoNLL-U record, and left out of the estimate
    a 20,000-document import never reached the threshold."""
    size = 2 * len(record.text) + 400 * (len(record.annotations) + len(record.relations)) + 300
    if record.metadata:
        try:
            size += METADATA_FACTOR * len(marshal.dumps(record.metadata))
        except ValueError:  # not plain data (the records are checked JSON, so only a reader's own objects)
            size += METADATA_FACTOR * len(pickle.dumps(record.metadata, pickle.HIGHEST_PROTOCOL))
    return size


class Spool:
    """Records numbered from 1 in the order put; ``claim`` places an id as (record number, part): the
    annotation's index, or ``-1 - index`` for a relation."""

    def __init__(self, memory_bytes: int | None = None) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="hashiya-import-")
        self._db = sqlite3.connect(Path(self._dir.name) / "spool.sqlite3", isolation_level=None)
        # a page cache large enough for the ids' index (random keys: with the 2 MB default, inserting the
        # ids of 200,000 annotations went to the file and back)
        for sql in (
            "PRAGMA journal_mode=OFF",
            "PRAGMA synchronous=OFF",
            "PRAGMA cache_size=-65536",
            "BEGIN",
            "CREATE TABLE records (n INTEGER PRIMARY KEY, file INTEGER, sha TEXT, data BLOB)",
            "CREATE TABLE ids (id BLOB PRIMARY KEY, file INTEGER, n INTEGER, part INTEGER) WITHOUT ROWID",
            "CREATE TABLE written (kind TEXT, id TEXT)",
        ):
            self._db.execute(sql)
        self.memory_bytes = MEMORY_BYTES if memory_bytes is None else memory_bytes
        self._held: list[tuple[int, int, str, SourceRecord]] = []  # (n, file, sha, record) while in memory
        self._ids: dict[str, tuple[int, int, int]] = {}  # id -> (file, n, part) while in memory
        self._held_bytes = 0
        self._on_disk = False
        self.count = 0  # records put so far: the next one is number count + 1

    def close(self) -> None:
        self._held, self._ids = [], {}  # freed now, not when the import's frames go (the collector walks them)
        self._db.close()
        self._dir.cleanup()

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def put(self, file: int, records: list[Spooled]) -> None:
        numbered = [(self.count + k, file, sha, record) for k, (sha, record) in enumerate(records, 1)]
        self.count += len(records)
        if self._on_disk:
            self._store(numbered)
            return
        self._held.extend(numbered)
        self._held_bytes += sum(_size(record) for _, record in records)
        if self._held_bytes > self.memory_bytes:
            self._spill()

    def _spill(self) -> None:
        """Past ``memory_bytes``: every record and id from now on goes to the file."""
        self._store(self._held)
        self._db.executemany(
            "INSERT INTO ids VALUES (?, ?, ?, ?)",
            [(bytes.fromhex(key), file, n, part) for key, (file, n, part) in self._ids.items()],
        )
        self._held, self._ids, self._on_disk = [], {}, True

    def _store(self, numbered: list[tuple[int, int, str, SourceRecord]]) -> None:
        self._db.executemany(
            "INSERT INTO records (n, file, sha, data) VALUES (?, ?, ?, ?)",
            [(n, f, sha, _pack(record)) for n, f, sha, record in numbered],
        )

    def claim(self, file: int, ids: list[tuple[str, int, int]]) -> tuple[str, tuple[int, int], tuple[int, int]] | None:
        """Note ``(id as 32 hex digits, record number, part)``; the first id seen before comes back with both
        places, ``(id, (n, part) first, (n, part) now)``."""
        first: dict[str, tuple[int, int]] = {}
        for key, n, part in ids:
            if key in first:
                return key, first[key], (n, part)
            first[key] = (n, part)
        if not self._on_disk:  # a dict: 200,000 random keys into the file's index took a second
            for key, (n, part) in first.items():
                if key in self._ids:
                    return key, self._ids[key][1:], (n, part)
            self._ids.update((key, (file, n, part)) for key, (n, part) in first.items())
            self._held_bytes += 200 * len(first)
            return None
        cursor = self._db.executemany(
            "INSERT OR IGNORE INTO ids VALUES (?, ?, ?, ?)",
            [(bytes.fromhex(key), file, n, part) for key, n, part in ids],
        )
        if cursor.rowcount == len(ids):
            return None
        for key, (n, part) in first.items():  # one was there before: which (only when refusing the import)
            row = self._db.execute("SELECT n, part FROM ids WHERE id = ?", (bytes.fromhex(key),)).fetchone()
            if tuple(row) != (n, part):
                return key, (row[0], row[1]), (n, part)
        raise AssertionError("an id was ignored but none is repeated")

    def origin(self, n: int) -> str:
        """The ``origin`` of record number ``n`` (for an error message)."""
        for m, _, _, record in self._held:
            if m == n:
                return record.origin
        (data,) = self._db.execute("SELECT data FROM records WHERE n = ?", (n,)).fetchone()
        return _unpack(data).origin

    def drop_file(self, file: int) -> None:
        """Forget a bad file (``--skip-bad``): its records and its ids."""
        self._held = [held for held in self._held if held[1] != file]
        self._ids = {key: place for key, place in self._ids.items() if place[0] != file}
        self._db.execute("DELETE FROM records WHERE file = ?", (file,))
        self._db.execute("DELETE FROM ids WHERE file = ?", (file,))

    def batches(self, size: int) -> Iterator[list[Spooled]]:
        """The records in order, ``size`` at a time; read back from the file, also no more than about a quarter
        of ``memory_bytes`` at a time (5000 CoNLL-U records hold about 225 MB)."""
        if not self._on_disk:
            for start in range(0, len(self._held), size):
                yield [(sha, record) for _, _, sha, record in self._held[start : start + size]]
            return
        budget = self.memory_bytes // 4  # a batch read back from the file holds about this much at most
        last = 0
        while True:
            cursor = self._db.execute("SELECT n, sha, data FROM records WHERE n > ? ORDER BY n LIMIT ?", (last, size))
            batch: list[Spooled] = []
            held = 0
            while (not batch or held < budget) and (rows := cursor.fetchmany(64)):
                for n, sha, data in rows:
                    if batch and held >= budget:
                        break
                    batch.append((sha, _unpack(data)))
                    held += METADATA_FACTOR * len(data)
                    last = n
            cursor.close()
            if not batch:
                return
            yield batch

    def note_written(self, kind: str, ids: list[Any]) -> None:
        self._db.executemany("INSERT INTO written VALUES (?, ?)", [(kind, str(key)) for key in ids])

    def written(self, kind: str, size: int = _SLICE) -> Iterator[list[str]]:
        cursor = self._db.execute("SELECT id FROM written WHERE kind = ?", (kind,))
        while rows := cursor.fetchmany(size):
            yield [key for (key,) in rows]
