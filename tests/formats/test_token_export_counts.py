"""A CoNLL or CoNLL-U export read back gives the same documents: as many, with the same texts.

A long paragraph (more than ``conll.MAX_TOKENS`` tokens without a line break, a ``.`` inside it) was cut
in two by the reader's rule for files without sentence breaks (2,000 documents came back as 2,001). The
texts are tokens between single spaces and lines, which CoNLL rebuilds exactly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.formats.conll import MAX_TOKENS
from app.formats.records import AnnotationRecord, SourceRecord
from app.services.export_formats import export
from app.services.importing import import_paths, import_records


def _texts() -> list[str]:
    words = [f"كلمة{k}" for k in range(MAX_TOKENS + 200)]
    words[MAX_TOKENS + 10] = "."  # a period inside the paragraph, past MAX_TOKENS tokens
    return [
        "قال الوزير إن الاتفاق قريب .\nوأضاف أن المحادثات مستمرة .",
        " ".join(words),
        "وثيقة أخيرة قصيرة .",
    ]


def _records() -> list[SourceRecord]:
    out = []
    for n, text in enumerate(_texts()):
        start = text.index(" ") + 1
        end = text.index(" ", start)
        out.append(SourceRecord(text=text, origin=f"doc {n}", annotations=[AnnotationRecord("ACTOR", start, end)]))
    return out


@pytest.mark.parametrize("fmt", ["conll", "conllu"])
def test_export_then_import_keeps_documents_and_texts(sqlite_ws: Any, tmp_path: Path, fmt: str) -> None:
    from app.services import Workspace

    import_records(sqlite_ws.db, _records(), annotator="tester")
    out = tmp_path / f"out.{fmt}"
    assert export(sqlite_ws.db, fmt, out).documents == len(_texts())
    fresh = Workspace.open(str(tmp_path / "fresh.sqlite3"), "tester")
    try:
        report = import_paths(fresh.db, [out], annotator="tester", fmt=fmt)
        assert report.documents == len(_texts())
        with fresh.db.engine.connect() as conn:
            stored = sorted(row[0] for row in conn.exec_driver_sql("SELECT text FROM documents"))
    finally:
        fresh.close()
    assert stored == sorted(_texts())
