"""The SQLite bulk import stores JSON columns as orjson writes them: UTF-8 text, no escapes, read back equal."""

from __future__ import annotations

from pathlib import Path

import orjson
from sqlalchemy import text

from app.formats.records import AnnotationRecord, SourceRecord
from app.services.importing import import_records
from db.engine import open_database


def test_metadata_is_stored_compact_and_reads_back_equal(tmp_path: Path) -> None:
    db = open_database(tmp_path / "db.sqlite3")
    metadata = {"title_ar": "خبر عاجل", "tokens": [[0, 3], [4, 8]], "big": 2**63 + 5, "nested": {"z": 1, "a": [1.5]}}
    record = SourceRecord(
        text="خبر عاجل",
        origin="t:1",
        title="t",
        metadata=dict(metadata),
        annotations=[AnnotationRecord("ACTOR", 0, 3, attributes={"note": "قال"})],
    )
    import_records(db, [record], annotator="me")
    with db.engine.connect() as conn:
        stored = conn.execute(text("SELECT metadata FROM documents")).scalar_one()
        attrs = conn.execute(text("SELECT attributes FROM annotations")).scalar_one()
    db.close()
    assert "خبر عاجل" in stored and "\\u" not in stored  # the stdlib serialiser wrote \\u062e...
    assert '"tokens":[[0,3],[4,8]]' in stored
    assert attrs == '{"note":"قال"}'
    assert orjson.loads(stored) == metadata and list(orjson.loads(stored)) == list(metadata)  # key order kept


def test_json_columns_are_text_that_sqlite_json_functions_read(tmp_path: Path) -> None:
    """orjson's bytes go to SQLite as text (CAST in the statement), never as a blob: SQLite's JSON functions read a
    blob as JSONB, and a column of text and blobs mixed would compare and sort apart."""
    db = open_database(tmp_path / "db.sqlite3")
    record = SourceRecord(
        text="قال بوتين",
        origin="t:1",
        title="t",
        metadata={"source": "وكالة", "n": 2},
        annotations=[AnnotationRecord("ACTOR", 4, 9, attributes={"role": "رئيس"}), AnnotationRecord("CLAIM", 0, 9)],
    )
    import_records(db, [record], annotator="me")
    with db.engine.connect() as conn:
        kinds = conn.execute(text("SELECT typeof(metadata), json_extract(metadata, '$.source') FROM documents")).one()
        attrs = conn.execute(text("SELECT typeof(attributes), json_extract(attributes, '$.role') FROM annotations"))
        rows = set(attrs.tuples().all())
    db.close()
    assert tuple(kinds) == ("text", "وكالة")
    assert rows == {("text", None), ("text", "رئيس")}
