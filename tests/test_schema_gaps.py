"""The schema's remaining core gaps: document-level label values, revived labels, imported relation types,
statistics without deleted labels."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import select

from app.cli import main
from app.errors import HashiyaError, InputError
from app.formats.native import sha256_text
from app.formats.records import AnnotationRecord, RelationRecord, SourceRecord
from app.schema.model import Choice
from app.services import Workspace
from app.services.export_formats import export
from app.services.importing import _Ingest, import_paths, import_records
from db.models import Document, Relation

TEXT = "قال وزير الدفاع سيرغي شويغو إن 144 شخصا قتلوا"


def _document(ws: Any, text: str = TEXT) -> int:
    with ws.db.sessions.begin() as session:
        row = Document(title="t", text=text, sha256=sha256_text(text))
        session.add(row)
        session.flush()
        return row.id


def _topic_schema(ws: Any) -> None:
    ws.schema.add_attribute(None, "topic", "choice", choices=(Choice("politics"), Choice("sport")))
    ws.schema.add_attribute(None, "reviewed", "boolean")
    ws.schema.add_attribute(None, "words", "number")


def test_document_fields_are_set_read_and_undone(ws: Any) -> None:
    _topic_schema(ws)
    doc = _document(ws)
    assert ws.documents.fields(doc) == {}
    change = ws.documents.edit_fields(doc, {"topic": "politics", "reviewed": True})
    assert change.document_id == doc
    assert change.fields.before == {} and change.fields.after == {"topic": "politics", "reviewed": True}
    assert ws.documents.fields(doc) == {"topic": "politics", "reviewed": True}
    second = ws.documents.edit_fields(doc, {"topic": "sport", "reviewed": None, "words": 9})
    assert ws.documents.fields(doc) == {"topic": "sport", "words": 9}
    assert second.inverse().fields.after == {"topic": "politics", "reviewed": True}
    ws.documents.edit_fields(doc, second.fields.before, replace=True)  # undo
    assert ws.documents.fields(doc) == {"topic": "politics", "reviewed": True}
    assert change.merged(second).fields.after == {"topic": "sport", "words": 9}


def test_document_fields_are_checked_against_the_schema(ws: Any) -> None:
    _topic_schema(ws)
    doc = _document(ws)
    ws.documents.edit_fields(doc, {"topic": "politics"})
    with pytest.raises(HashiyaError, match="not one of its choices"):
        ws.documents.edit_fields(doc, {"topic": "weather"})
    with pytest.raises(HashiyaError, match="no document label 'genre'"):
        ws.documents.edit_fields(doc, {"genre": "news"})
    with pytest.raises(HashiyaError, match="not a number"):
        ws.documents.edit_fields(doc, {"words": "many"})
    with pytest.raises(HashiyaError, match="no document with id"):
        ws.documents.edit_fields(doc + 99, {"topic": "sport"})
    assert ws.documents.fields(doc) == {"topic": "politics"}  # a refused edit changes nothing


def test_a_removed_document_field_takes_its_values_along_and_undo_brings_them_back(ws: Any) -> None:
    _topic_schema(ws)
    doc = _document(ws)
    other = _document(ws, "نص آخر")
    ws.documents.edit_fields(doc, {"topic": "politics", "words": 3})
    ws.documents.edit_fields(other, {"words": 7})
    change = ws.schema.remove_attribute(None, "words")
    assert ws.documents.fields(doc) == {"topic": "politics"} and ws.documents.fields(other) == {}
    with ws.db.sessions.begin() as session:
        session.delete(session.get(Document, other))
    ws.schema.undo(change)  # the field and the values of the documents still there come back
    assert ws.documents.fields(doc) == {"topic": "politics", "words": 3}
    ws.schema.apply(change)  # redo
    assert ws.documents.fields(doc) == {"topic": "politics"}


def _record(label: str, *, relation: str | None = None, text: str = TEXT) -> SourceRecord:
    first, second = text.index("وزير"), text.index("شويغو")
    annotations = [
        AnnotationRecord(label, first, first + 4, id=str(uuid.uuid4())),
        AnnotationRecord("ACTOR", second, second + 5, id=str(uuid.uuid4())),
    ]
    relations = [RelationRecord(relation, annotations[0].id or "", annotations[1].id or "")] if relation else []
    return SourceRecord(text, "test", annotations=annotations, relations=relations)


def test_an_import_brings_a_deleted_label_back_with_its_settings(ws: Any) -> None:
    ws.schema.add_label("PLACE", colour="#123456", key="p")
    ws.schema.update_label("PLACE", style="frame")
    doc = _document(ws, "نص آخر")
    ws.annotations.add(doc, "PLACE", 0, 2)
    ws.schema.delete_label("PLACE", force=True)
    assert ws.schema.get().label("PLACE") is None
    report = import_records(ws.db, [_record("PLACE")], annotator="tester")
    place = ws.schema.get().label("PLACE")
    assert place is not None and (place.colour, place.key, place.style) == ("#123456", "p", "frame")
    assert "label PLACE brought back" in report.summary() and report.new_labels == []
    opened = ws.documents.open(report.document_ids[0])
    assert sorted(a.label for a in opened.annotations) == ["ACTOR", "PLACE"]  # visible in the window
    assert ws.documents.open(doc).annotations.__len__() == 0  # the deleted label's own spans stay deleted
    assert ws.documents.stats().by_label["PLACE"] == 1


def test_a_failed_import_deletes_the_label_it_brought_back_again(ws: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ws.schema.add_label("PLACE")
    ws.schema.delete_label("PLACE")
    calls = 0
    original = _Ingest._write_documents

    def fail_second(self: _Ingest, records: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise HashiyaError("disk full")
        original(self, records)

    monkeypatch.setattr(_Ingest, "_write_documents", fail_second)
    monkeypatch.setattr("app.services.importing.WRITE_BATCH", 1)
    records = [_record("PLACE", relation="located"), _record("ACTOR", text=TEXT + " ثانيا")]
    with pytest.raises(HashiyaError, match="disk full"):
        import_records(ws.db, records, annotator="tester")
    schema = ws.schema.get()
    assert schema.label("PLACE") is None and schema.relation("located") is None
    assert ws.documents.count() == 0


def test_labels_ensure_brings_a_deleted_label_back(ws: Any) -> None:
    ws.schema.add_label("PLACE", colour="#123456")
    ws.schema.delete_label("PLACE")
    assert ws.labels.ensure("PLACE").colour == "#123456"
    assert "PLACE" in ws.schema.get().label_names


def test_imported_relation_types_join_the_schema_open_to_any_labels(ws: Any) -> None:
    report = import_records(
        ws.db,
        [_record("CLAIM", relation="said_by"), _record("ACTOR", relation="source", text=TEXT + " ثانيا")],
        annotator="tester",
    )
    said_by = ws.schema.get().relation("said_by")
    assert said_by is not None and (said_by.sources, said_by.targets) == ((), ())
    assert said_by.allows("CLAIM", "ACTOR") and said_by.allows("FIGURE", "CUE")
    assert report.new_relation_types == ["said_by"]  # 'source' was in the schema already
    assert "new relation types: said_by" in report.summary()
    source = ws.schema.get().relation("source")
    assert source is not None and source.sources == ("CLAIM",)  # a known type keeps its ends


BRAT_TEXT = "قال الوزير إن الجيش تقدم\n"


def test_brat_relations_and_event_roles_join_the_schema(ws: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BRAT_TEXT, encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tACTOR 4 10\tالوزير\nT2\tACTOR 14 19\tالجيش\nT3\tMove 20 24\tتقدم\n"
        "R1\tspeaks_of Arg1:T1 Arg2:T2\nE1\tMove:T3 Agent:T2\n",
        encoding="utf-8",
    )
    import_paths(ws.db, [tmp_path / "a.ann"], annotator="tester", fmt="brat")
    stored = {rel.type for rel in ws.documents.open(ws.documents.first_id()).relations}
    names = {rel.name for rel in ws.schema.get().relations}
    assert "speaks_of" in stored and stored <= names


def test_stats_leave_out_deleted_labels(ws: Any, tmp_path: Path) -> None:
    ws.schema.add_label("PLACE")
    ws.schema.delete_label("PLACE")
    assert "PLACE" not in ws.documents.stats().by_label
    assert set(ws.documents.stats().by_label) == set(ws.schema.get().label_names)


def test_cli_stats_leave_out_deleted_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.sqlite3")
    ws = Workspace.open(db, "tester")
    ws.schema.add_label("PLACE")
    ws.schema.delete_label("PLACE")
    ws.close()
    assert main(["stats", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "ACTOR" in out and "PLACE" not in out


def test_native_jsonl_carries_document_fields_through_a_round_trip(ws: Any, tmp_path: Path) -> None:
    _topic_schema(ws)
    doc, bare = _document(ws), _document(ws, "نص بلا تصنيف")
    ws.documents.edit_fields(doc, {"topic": "sport", "reviewed": False, "words": 2.5})
    dest = tmp_path / "out.jsonl"
    export(ws.db, "jsonl", dest)
    lines = [orjson.loads(line) for line in dest.read_bytes().splitlines()]
    assert lines[0]["fields"] == {"topic": "sport", "reviewed": False, "words": 2.5}
    assert "fields" not in lines[1]  # a document without document labels exports as before
    other = Workspace.open(str(tmp_path / "other.sqlite3"), "tester")
    try:
        _topic_schema(other)
        import_paths(other.db, [dest], annotator="tester")
        assert other.documents.fields(doc) == {"topic": "sport", "reviewed": False, "words": 2.5}
        assert other.documents.fields(bare) == {}
    finally:
        other.close()


def test_an_import_refuses_document_fields_the_schema_does_not_allow(ws: Any, tmp_path: Path) -> None:
    _topic_schema(ws)
    src = tmp_path / "in.jsonl"
    good = {"text": "نص أول", "offsets": "codepoint", "annotations": [], "fields": {"topic": "sport"}}
    bad = {"text": "نص ثان", "offsets": "codepoint", "annotations": [], "fields": {"topic": "weather"}}
    src.write_bytes(orjson.dumps(good) + b"\n" + orjson.dumps(bad) + b"\n")
    with pytest.raises(InputError, match=r"in.jsonl:2.*'weather' is not one of its choices"):
        import_paths(ws.db, [src], annotator="tester")
    assert ws.documents.count() == 0  # bad input leaves the database as it was


def test_an_import_into_a_stored_document_keeps_its_field_values(ws: Any, tmp_path: Path) -> None:
    _topic_schema(ws)
    doc = _document(ws)
    ws.documents.edit_fields(doc, {"topic": "politics"})
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        orjson.dumps(
            {"text": TEXT, "offsets": "codepoint", "annotations": [], "fields": {"topic": "sport", "reviewed": True}}
        )
    )
    import_paths(ws.db, [src], annotator="tester")
    assert ws.documents.fields(doc) == {"topic": "politics", "reviewed": True}


def test_cli_annotate_sets_document_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.sqlite3")
    ws = Workspace.open(db, "tester")
    _topic_schema(ws)
    doc = _document(ws)
    ws.close()
    assert (
        main(
            [
                "annotate",
                "--db",
                db,
                "--doc",
                str(doc),
                "--field",
                "topic=politics",
                "--field",
                "words=12",
                "--field",
                "reviewed=yes",
            ]
        )
        == 0
    )
    assert 'topic\t"politics"' in capsys.readouterr().out
    assert main(["annotate", "--db", db, "--doc", str(doc), "--field", "topic=weather"]) == 2
    assert capsys.readouterr().err.startswith("hashiya: error: document label 'topic': 'weather'")
    assert main(["annotate", "--db", db, "--doc", str(doc), "--field", "genre=news"]) == 2
    assert "no document label 'genre'" in capsys.readouterr().err
    assert main(["annotate", "--db", db, "--doc", str(doc), "--field", "words="]) == 0
    ws = Workspace.open(db, "tester")
    assert ws.documents.fields(doc) == {"topic": "politics", "reviewed": True}
    ws.close()
    capsys.readouterr()
    assert main(["show", "--db", db, str(doc)]) == 0
    assert capsys.readouterr().out.splitlines()[1] == '# topic="politics"; reviewed=true'


def test_a_failed_import_takes_back_the_field_values_it_gave_a_stored_document(
    ws: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _topic_schema(ws)
    doc = _document(ws)
    calls = 0
    original = _Ingest._write_documents

    def fail_second(self: _Ingest, records: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise HashiyaError("disk full")
        original(self, records)

    monkeypatch.setattr(_Ingest, "_write_documents", fail_second)
    monkeypatch.setattr("app.services.importing.WRITE_BATCH", 1)
    records = [SourceRecord(TEXT, "a", fields={"topic": "sport"}), SourceRecord("نص آخر", "b")]
    with pytest.raises(HashiyaError, match="disk full"):
        import_records(ws.db, records, annotator="tester")
    assert ws.documents.fields(doc) == {}


@pytest.mark.parametrize(
    "part", ["brat/BioNLP-ST_2011_ID", "doccano/data_import/tests/data/relation_extraction/example.jsonl"]
)
def test_real_files_relation_types_all_join_the_schema(sqlite_ws: Any, corpora: Path, part: str) -> None:
    path = corpora / "peer-formats" / part
    if not path.exists():
        pytest.skip(f"{path} not found")
    report = import_paths(sqlite_ws.db, [path], annotator="tester", fmt="brat" if "brat" in part else "doccano")
    with sqlite_ws.db.sessions() as session:
        stored = set(session.scalars(select(Relation.type).distinct()))
    schema = sqlite_ws.schema.get()
    assert stored and stored <= {rel.name for rel in schema.relations}
    for name in report.new_relation_types:
        rel = schema.relation(name)
        assert rel is not None and rel.sources == rel.targets == ()


def test_a_removed_choice_takes_its_values_off_and_undo_puts_them_back(ws: Any, tmp_path: Path) -> None:
    _topic_schema(ws)
    doc, other = _document(ws), _document(ws, "نص آخر")
    ws.documents.edit_fields(doc, {"topic": "sport", "words": 1})
    ws.documents.edit_fields(other, {"topic": "politics"})
    change = ws.schema.remove_choice(None, "topic", "sport")
    assert ws.documents.fields(doc) == {"words": 1} and ws.documents.fields(other) == {"topic": "politics"}
    dest = tmp_path / "out.jsonl"
    export(ws.db, "jsonl", dest)  # what it exports, it imports again under the same schema
    again = Workspace.open(str(tmp_path / "again.sqlite3"), "tester")
    try:
        again.schema.replace(ws.schema.get())
        assert import_paths(again.db, [dest], annotator="tester").documents == 2
    finally:
        again.close()
    ws.schema.undo(change)
    assert ws.documents.fields(doc) == {"topic": "sport", "words": 1}
    assert ws.schema.apply(change).steps[0].dropped == ((doc, "sport"),)  # redo takes it off again
    assert ws.documents.fields(doc) == {"words": 1}
