"""doccano files come in whole: the JSON download (a pretty-printed array), ``column_data`` as the text, a row
without text reported (the rest imported), a category of the whole text reported, grapheme-mode offsets.

Fixtures (self-made, in doccano's shapes): ``data/doccano_download.json`` (row 1: ``column_data`` and
``column_label`` in UTF-16 units after an emoji, with ``meta``; row 2 has no text; row 3 a text
classification ``label``), ``data/doccano_grapheme.jsonl`` (fully vowelled Arabic, offsets in grapheme
clusters).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.formats.doccano import read_doccano
from app.services.importing import import_paths

DATA = Path(__file__).resolve().parent / "data"
DOWNLOAD = DATA / "doccano_download.json"
GRAPHEME = DATA / "doccano_grapheme.jsonl"


def spans(record: Any) -> list[tuple[str, str]]:
    return [(a.label, record.text[a.start : a.end]) for a in record.annotations]


def test_json_download_with_column_data_is_read_row_by_row() -> None:
    first, third = list(read_doccano(DOWNLOAD))
    assert spans(first) == [("ACTOR", "بوتين"), ("PLACE", "موسكو")]
    assert first.metadata["doccano"] == {"id": 1, "meta": {"page": 4}}
    assert first.metadata["defects"]["offsets"] == "utf16"
    assert (third.text, third.annotations) == ("خبر عاجل", [])
    assert third.metadata["doccano"] == {"id": 3, "Comments": []}


def test_row_without_text_and_category_are_reported() -> None:
    first, third = list(read_doccano(DOWNLOAD))
    assert third.metadata["defects"]["examples"] == {
        "category of the whole text (not a span): not imported": ["doccano_download.json row 3 label 1 'urgent'"],
        "row without text: not imported": ["doccano_download.json row 2"],
    }
    assert "counts" not in first.metadata["defects"]


def test_grapheme_offsets_count_a_letter_with_its_harakat_once() -> None:
    (record,) = read_doccano(GRAPHEME, offsets="grapheme")
    assert spans(record) == [("PLACE", "مُوسْكُو")]
    assert record.metadata["defects"]["offsets"] == "grapheme"


def test_grapheme_offsets_read_as_utf16_land_elsewhere() -> None:
    (record,) = read_doccano(GRAPHEME)
    assert spans(record) != [("PLACE", "مُوسْكُو")]


def test_cli_offsets_grapheme(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.sqlite3")
    assert main(["import", str(GRAPHEME), "--format", "doccano", "--offsets", "grapheme", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "1 annotations" in out and "read as offsets counted in grapheme: 1 documents" in out
    assert main(["show", "1", "--db", db]) == 0
    assert "مُوسْكُو" in capsys.readouterr().out


def test_import_counts_rows_in_equal_documents_plus_reported(sqlite_ws: Any) -> None:
    report = import_paths(sqlite_ws.db, [DOWNLOAD], annotator="importer", fmt="doccano")
    assert report.documents == 2 and report.annotations == 2
    lines = report.defect_lines()
    assert "row without text: not imported: 1 (e.g. doccano_download.json row 2)" in lines
    assert "offsets counted in utf16: 2 documents" in report.scheme_lines()


def test_reimport_adds_nothing(sqlite_ws: Any) -> None:
    import_paths(sqlite_ws.db, [DOWNLOAD], annotator="importer", fmt="doccano")
    again = import_paths(sqlite_ws.db, [DOWNLOAD], annotator="importer", fmt="doccano")
    assert (again.documents, again.annotations, again.duplicates) == (0, 0, 2)
