"""The native JSONL export as a document writer (the lossless reference format)."""

from __future__ import annotations

from typing import IO, Any

import orjson

from app.dto import DocumentData
from app.formats.native import OFFSETS, document_to_native


class NativeWriter:
    offsets = OFFSETS

    def __init__(self, out: IO[bytes], ctx: Any = None) -> None:
        self.out = out

    def write(self, doc: DocumentData) -> None:
        self.out.write(orjson.dumps(document_to_native(doc)) + b"\n")

    def close(self) -> None:
        pass
