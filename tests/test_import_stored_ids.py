"""An annotation id already stored for another document is refused in the first pass, file by file, with the
read connection the pass keeps: nothing is written, and with ``--skip-bad`` only that file is left out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.errors import InputError
from app.formats.records import AnnotationRecord, SourceRecord
from app.services.importing import import_paths, import_records

ID = "0f8fad5b-d9cb-469f-a165-70867728950e"


def _jsonl(path: Path, text: str, ann_id: str) -> Path:
    record = {
        "text": text,
        "offsets": "codepoint",
        "annotations": [{"label": "ACTOR", "start": 0, "end": 3, "id": ann_id}],
    }
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _count(ws: Any, table: str) -> int:
    with ws.db.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


def test_id_stored_for_another_document_is_refused(sqlite_ws: Any, tmp_path: Path) -> None:
    import_records(
        sqlite_ws.db,
        [SourceRecord(text="قال الوزير", origin="first", annotations=[AnnotationRecord("ACTOR", 0, 3, id=ID)])],
        annotator="tester",
    )
    folder = tmp_path / "in"
    folder.mkdir()
    _jsonl(folder / "a.jsonl", "نص آخر تماما", "1b4e28ba-2fa1-11d2-883f-0016d3cca427")
    _jsonl(folder / "b.jsonl", "نص ثالث هنا", ID)
    _jsonl(folder / "c.jsonl", "قال الوزير", ID)  # the same text: the same annotation, no clash
    with pytest.raises(InputError, match="already stored for another document") as caught:
        import_paths(sqlite_ws.db, [folder], annotator="tester", fmt="jsonl")
    assert "b.jsonl" in str(caught.value)
    assert _count(sqlite_ws, "documents") == 1
    report = import_paths(sqlite_ws.db, [folder], annotator="tester", fmt="jsonl", skip_bad=True)
    assert [Path(path).name for path, _ in report.bad] == ["b.jsonl"]
    assert (report.documents, report.duplicates, report.annotations_present) == (1, 1, 1)
    assert _count(sqlite_ws, "documents") == 2
    later = import_paths(sqlite_ws.db, [folder / "b.jsonl"], annotator="tester", fmt="jsonl", skip_bad=True)
    assert len(later.bad) == 1 and later.documents == 0


def test_a_commit_made_during_the_first_pass_is_seen(sqlite_ws: Any, tmp_path: Path) -> None:
    """The first pass keeps one read connection: it must not read from a snapshot older than its look-ups."""
    folder = tmp_path / "in"
    folder.mkdir()
    _jsonl(folder / "a.jsonl", "نص آخر تماما", "1b4e28ba-2fa1-11d2-883f-0016d3cca427")  # opens the connection
    _jsonl(folder / "b.jsonl", "نص ثالث هنا", ID)

    def meanwhile(path: Path) -> None:  # another writer stores ID between the two files
        if path.name == "a.jsonl":
            import_records(
                sqlite_ws.db,
                [SourceRecord(text="قال الوزير", origin="other", annotations=[AnnotationRecord("ACTOR", 0, 3, id=ID)])],
                annotator="other",
            )

    with pytest.raises(InputError, match="already stored for another document"):
        import_paths(sqlite_ws.db, [folder], annotator="tester", fmt="jsonl", on_file=meanwhile)
    assert _count(sqlite_ws, "documents") == 1
