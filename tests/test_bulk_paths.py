"""The fast bulk paths of import and export store and emit exactly what the ORM and the DTO path do."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import orjson

from app.formats.native import document_to_native
from app.formats.records import AnnotationRecord, SourceRecord
from app.services.export_formats import export
from app.services.exporting import ExportFilter, iter_documents
from app.services.importing import import_records

TEXT = "قال وزير الدفاع سيرغي شويغو 😂 إن 144 شخصا قتلوا."
STAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")


def _records() -> list[SourceRecord]:
    start = TEXT.index("سيرغي")
    return [
        SourceRecord(
            text=TEXT,
            origin="a",
            title="t",
            metadata={"k": "ق"},
            annotations=[
                AnnotationRecord("ACTOR", start, start + 5, attributes={"kind": "person"}, note="n"),
                AnnotationRecord("FIGURE", TEXT.index("144"), TEXT.index("144") + 3),
            ],
        ),
        SourceRecord(text=TEXT + " ثانية", origin="b"),
    ]


def test_sqlite_bulk_rows_are_stored_as_the_orm_stores_them(sqlite_ws) -> None:  # type: ignore[no-untyped-def]
    report = import_records(sqlite_ws.db, _records(), annotator="bulk")
    orm = sqlite_ws.annotations.add(report.document_ids[1], "CLAIM", 0, 3)
    con = sqlite3.connect(sqlite_ws.db.url.database)
    rows = con.execute(
        "SELECT id, created_at, updated_at, deleted_at, attributes, typeof(start) FROM annotations ORDER BY created_at"
    ).fetchall()
    assert len(rows) == 3 and rows[-1][0] == orm.id.replace("-", "")
    for ann_id, created, updated, deleted, attributes, start_type in rows:
        assert re.fullmatch("[0-9a-f]{32}", ann_id) and STAMP.match(created) and STAMP.match(updated)
        assert deleted is None and start_type == "integer" and isinstance(orjson.loads(attributes), dict)
    stamp, metadata = con.execute("SELECT imported_at, metadata FROM documents ORDER BY id").fetchone()
    assert STAMP.match(stamp) and orjson.loads(metadata) == {"k": "ق"}
    opened = sqlite_ws.documents.open(report.document_ids[0])
    assert opened.metadata == {"k": "ق"}
    assert [(a.label, a.text, a.attributes, a.note) for a in opened.annotations] == [
        ("ACTOR", "سيرغي", {"kind": "person"}, "n"),
        ("FIGURE", "144", {}, ""),
    ]
    assert report.document_ids == sorted(report.document_ids) and len(set(report.document_ids)) == 2


def test_jsonl_export_lines_equal_the_native_form_of_iter_documents(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = import_records(ws.db, _records(), annotator="bulk")
    doc = report.document_ids[0]
    spans = ws.documents.open(doc).annotations
    ws.relations.add("related", spans[0].id, spans[1].id)  # a type the schema leaves open
    for flt in (None, ExportFilter(labels=frozenset({"ACTOR"})), ExportFilter(doc_ids=frozenset({doc}))):
        out = export(ws.db, "jsonl", tmp_path / "out.jsonl", flt)
        lines = (tmp_path / "out.jsonl").read_bytes().splitlines()
        expected = [orjson.dumps(document_to_native(d)) for d in iter_documents(ws.db, flt)]
        assert lines == expected and out.documents == len(expected)
    assert orjson.loads(lines[0])["relations"][0]["from"] == spans[0].id
