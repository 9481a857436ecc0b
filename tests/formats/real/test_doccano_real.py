"""doccano's own import fixtures come in whole: rows in = documents + reported, spans in = annotations,
relations in = relations, and a doccano export of them reads back to the same texts and spans.

Data: ``peer-formats/doccano`` in the shared corpora (doccano's JSONL examples: relation extraction,
sequence labelling with ``column_data``/``column_label``, a row without text, a repeated span); the tests
skip with the reason when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.services import Workspace
from app.services.export_formats import export
from app.services.importing import import_paths


@pytest.fixture
def doccano(corpora: Path) -> Path:
    folder = corpora / "peer-formats" / "doccano"
    if not folder.is_dir():
        pytest.skip(f"peer-format doccano files not found at {folder}")
    return folder


def files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.jsonl"))


def source_counts(path: Path) -> dict[str, int]:
    """What the file holds, by plain ``json``: rows, rows with text, spans, relations."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with_text = [r for r in rows if isinstance(r.get("text", r.get("column_data")), str)]
    spans = sum(
        len(r.get("entities", [])) + len(r.get("label", [])) + len(r.get("column_label", [])) for r in with_text
    )
    return {
        "rows": len(rows),
        "with_text": len(with_text),
        "spans": spans,
        "relations": sum(len(r.get("relations", [])) for r in with_text),
    }


def reported(report: Any) -> dict[str, int]:
    pairs = (line.split(" (e.g. ")[0].rsplit(": ", 1) for line in report.defect_lines())
    return {kind: int(n) for kind, n in pairs}


def test_every_row_span_and_relation_is_imported_or_reported(doccano: Path, tmp_path: Path) -> None:
    assert files(doccano), f"no .jsonl under {doccano}"
    for n, path in enumerate(files(doccano)):
        ws = Workspace.open(str(tmp_path / f"{n}.sqlite3"), "tester")
        try:
            report = import_paths(ws.db, [path], annotator="tester", fmt="doccano")
        finally:
            ws.close()
        want, found = source_counts(path), reported(report)
        assert want["rows"] == report.documents + report.duplicates + found.get("row without text: not imported", 0)
        assert want["spans"] == report.annotations, path
        assert want["relations"] == report.relations, path


def test_row_without_text_is_reported_and_the_rest_imported(doccano: Path, sqlite_ws: Any) -> None:
    path = doccano / "data_import" / "tests" / "data" / "sequence_labeling" / "example.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    report = import_paths(sqlite_ws.db, [path], annotator="tester", fmt="doccano")
    assert (report.documents, report.annotations) == (2, 1)
    assert reported(report) == {"row without text: not imported": 1}
    meta = [sqlite_ws.documents.open(d).metadata["doccano"] for d in report.document_ids]
    assert meta == [{"meta": {"wikiPageID": 1}}, {"meta": {"wikiPageID": 2}}]


def test_export_reads_back_the_same(doccano: Path, tmp_path: Path) -> None:
    for n, path in enumerate(files(doccano)):
        first, second = (Workspace.open(str(tmp_path / f"{n}{x}.sqlite3"), "tester") for x in "ab")
        try:
            import_paths(first.db, [path], annotator="tester", fmt="doccano")
            out = tmp_path / f"{n}.jsonl"
            export(first.db, "doccano", out)
            import_paths(second.db, [out], annotator="tester", fmt="doccano")
            assert snapshot(second) == snapshot(first), path
        finally:
            first.close()
            second.close()


def snapshot(ws: Any) -> list[tuple[str, list[tuple[str, str, int, int]], list[str]]]:
    out = []
    for item in ws.documents.list(after_id=0, limit=1000):
        doc = ws.documents.open(item.id)
        spans = sorted((a.label, a.text, a.start, a.end) for a in doc.annotations)
        out.append((doc.text, spans, sorted(r.type for r in doc.relations)))
    return sorted(out)
