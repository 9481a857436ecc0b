"""An import's checked records on disk, between the check (no lock held) and the writes (batches).

A temporary SQLite file, private to the import: the records in the order read (``marshal`` of plain
tuples: half the time of pickling the dataclasses), the annotation and relation ids seen so far (a
repeated id names both places), and the ids this import has written (to remove them if a write fails).
Memory stays flat however large the import.
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


class Spool:
    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="hashiya-import-")
        self._db = sqlite3.connect(Path(self._dir.name) / "spool.sqlite3", isolation_level=None)
        for sql in ("PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "BEGIN",
                    "CREATE TABLE records (n INTEGER PRIMARY KEY, file INTEGER, sha TEXT, data BLOB)",
                    "CREATE TABLE ids (id TEXT PRIMARY KEY, file INTEGER, origin TEXT) WITHOUT ROWID",
                    "CREATE TABLE written (kind TEXT, id TEXT)"):
            self._db.execute(sql)

    def close(self) -> None:
        self._db.close()
        self._dir.cleanup()

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def put(self, file: int, records: list[tuple[str, SourceRecord]]) -> None:
        self._db.executemany("INSERT INTO records (file, sha, data) VALUES (?, ?, ?)",
                             [(file, sha, _pack(record)) for sha, record in records])

    def claim(self, file: int, ids: list[tuple[str, str]]) -> tuple[str, str, str] | None:
        """Note ``(id, where)`` pairs; the first id seen before comes back as ``(id, first place, second place)``."""
        first: dict[str, str] = {}
        for key, where in ids:
            if key in first:
                return key, first[key], where
            first[key] = where
        keys = list(first)
        for start in range(0, len(keys), _SLICE):
            part = keys[start:start + _SLICE]
            found = self._db.execute(f"SELECT id, origin FROM ids WHERE id IN ({','.join('?' * len(part))})",
                                     part).fetchone()
            if found is not None:
                return found[0], found[1], first[found[0]]
        self._db.executemany("INSERT INTO ids VALUES (?, ?, ?)", [(key, file, where) for key, where in ids])
        return None

    def drop_file(self, file: int) -> None:
        """Forget a bad file (``--skip-bad``): its records and its ids."""
        self._db.execute("DELETE FROM records WHERE file = ?", (file,))
        self._db.execute("DELETE FROM ids WHERE file = ?", (file,))

    def batches(self, size: int) -> Iterator[list[tuple[str, SourceRecord]]]:
        last = 0
        while True:
            rows = self._db.execute("SELECT n, sha, data FROM records WHERE n > ? ORDER BY n LIMIT ?",
                                    (last, size)).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield [(sha, _unpack(data)) for _, sha, data in rows]

    def note_written(self, kind: str, ids: list[Any]) -> None:
        self._db.executemany("INSERT INTO written VALUES (?, ?)", [(kind, str(key)) for key in ids])

    def written(self, kind: str, size: int = _SLICE) -> Iterator[list[str]]:
        cursor = self._db.execute("SELECT id FROM written WHERE kind = ?", (kind,))
        while rows := cursor.fetchmany(size):
            yield [key for (key,) in rows]
