"""What a reader could not keep, told to the import report through the documents it yields.

The report sums each stored document's ``metadata["defects"]`` (``{"counts": {kind: n}, "examples":
{kind: [place, ...]}}``). A row that gives no document (a doccano line without text) has no document of
its own to carry its line, so it rides on the next document of the file, or on the last one when it
comes at the end: ``Carried`` holds each record back until the next one is read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from app.errors import InputError
from app.formats.iob import Defects
from app.formats.records import SourceRecord


def stable_id(*parts: object) -> str:
    """A UUID (version-4 layout) made from ``parts``: the same annotation read again gets the same id, so a
    re-import adds nothing (blake2b and slicing: uuid5 cost a fifth of reading a Label Studio task)."""
    h = hashlib.blake2b("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def add_defects(record: SourceRecord, found: Defects) -> None:
    """Merge ``found`` into ``record.metadata["defects"]``."""
    if not found.counts:
        return
    defects = record.metadata.setdefault("defects", {})
    counts, examples = defects.setdefault("counts", {}), defects.setdefault("examples", {})
    for kind, n in found.counts.items():
        counts[kind] = counts.get(kind, 0) + n
        seen = examples.setdefault(kind, [])
        seen.extend(found.examples.get(kind, [])[: max(0, 5 - len(seen))])


def state(record: SourceRecord, key: str, value: Any) -> None:
    """Say something about how the record was read that is not a defect (``metadata.defects[key]``)."""
    record.metadata.setdefault("defects", {})[key] = value


class Carried:
    """Defects of rows that gave no document, handed to the documents around them."""

    def __init__(self, origin: str, nothing: str) -> None:
        self.origin = origin
        self.nothing = nothing  # the error when the file gives no document at all
        self.pending = Defects()

    def skip(self, kind: str, where: str) -> None:
        self.pending.add(kind, where)

    def records(self, rows: Iterator[SourceRecord | None]) -> Iterator[SourceRecord]:
        """The records of ``rows`` (None: a skipped row, already told with ``skip``), each yielded once the
        next has been read, with the skipped rows' defects on the record after them (or the last)."""
        held: SourceRecord | None = None
        for row in rows:
            if row is None:
                continue
            if held is not None:
                yield held
            add_defects(row, self.pending)
            self.pending = Defects()
            held = row
        if held is None:
            if self.pending.counts:  # rows were read, and none gave a document
                raise InputError(self.origin, f"{self.nothing} ({self.pending.summary()})")
            return
        add_defects(held, self.pending)
        yield held
