"""Plain text: one document per file, its text exactly as decoded (BOM dropped, newlines to ``\\n``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from app.formats.filetext import read_text
from app.formats.records import SourceRecord


def read_txt(path: Path, *, encoding: str | None = None, rel: str | None = None) -> Iterator[SourceRecord]:
    """One document: title = file stem, external id = ``rel`` (the path inside the imported folder)."""
    text = read_text(path, encoding)
    yield SourceRecord(
        text=text,
        origin=str(path),
        title=path.stem,
        external_id=rel or path.name,
        source=str(path),
    )
