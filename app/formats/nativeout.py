"""The native JSONL export as a document writer (the lossless reference format).

It is given native dicts built straight from the rows (``exporting.native_documents``; the registry marks
it ``native_rows``): building a ``DocumentData`` per document and converting it back cost more than the
rest of the export (measured in bench/bench_import_export.py).
"""

from __future__ import annotations

from typing import IO, Any

import orjson

from app.formats.native import OFFSETS


class NativeWriter:
    offsets = OFFSETS
    holds_relations = True

    def __init__(self, out: IO[bytes], ctx: Any = None) -> None:
        self.out = out

    def write(self, doc: dict[str, Any]) -> None:
        """One line: ``doc`` in ``native.document_to_native``'s form."""
        self.out.write(orjson.dumps(doc))
        self.out.write(b"\n")

    def close(self) -> None:
        pass
