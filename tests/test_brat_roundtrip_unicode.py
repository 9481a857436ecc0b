"""brat keeps every character: notes and span texts with U+2028, U+0085, TAB, newlines... come back whole."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.formats.brat import read_brat
from app.formats.records import SourceRecord
from app.services import Workspace
from app.services.export_formats import export
from app.services.exporting import ExportFilter
from app.services.importing import import_paths, import_records
from tests.formats.roundtrip import snapshot

# Every character str.splitlines() breaks at, the escape character, TAB, and anything else from the full
# range of code points (lone surrogates excluded: UTF-8 cannot hold them).
BREAKS = "\n\r\t\\\v\f\x1c\x1d\x1e\x85\u2028\u2029"
CHARS = st.one_of(st.sampled_from(BREAKS), st.characters(codec="utf-8"))
TEXTS = st.text(CHARS, min_size=1, max_size=30)
NOTES = st.text(CHARS, max_size=20)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Any, Any]]:
    source = Workspace.open(str(tmp_path / "source.sqlite3"), "tester")
    target = Workspace.open(str(tmp_path / "target.sqlite3"), "importer")
    yield source, target
    source.close()
    target.close()


def _document(ws: Any, text: str, spans: list[tuple[int, int, str]]) -> int:
    doc = import_records(ws.db, [SourceRecord(text, "drawn")], annotator="tester").document_ids[0]
    added = [
        ws.annotations.add(doc, "CLAIM" if n % 2 else "ACTOR", start, end, note=note, attributes={"n": note})
        for n, (start, end, note) in enumerate(spans)
    ]
    if len(added) >= 2:
        ws.relations.add("source", added[1].id, added[0].id)
    return doc


def _roundtrip(pair: tuple[Any, Any], folder: Path, text: str, spans: list[tuple[int, int, str]]) -> None:
    source, target = pair
    doc = _document(source, text, spans)
    export(source.db, "brat", folder, ExportFilter(doc_ids=frozenset({doc})))
    report = import_paths(target.db, [folder], annotator="importer", fmt="brat")
    assert report.documents == 1 and not report.bad
    before, after = snapshot(source, doc), snapshot(target, report.document_ids[0])
    assert after["text"] == before["text"] == text
    assert after["spans"] == before["spans"]  # labels, offsets, texts, attributes and notes
    assert after["links"] == before["links"]


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]]]:
    text = draw(TEXTS) + f" {uuid.uuid4().hex}"  # each example a new document (the import keeps one per text)
    bounds = st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text)))
    pairs = draw(st.lists(bounds.filter(lambda b: b[0] < b[1]), max_size=4))
    return text, [(start, end, draw(NOTES)) for start, end in pairs]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents())
@example(("a\u2028b\u2029c\x85d\ne", [(0, 9, "one\u2028two\x85three\u2029four"), (2, 7, "tab\there\nnewline\\n")]))
@example(("\nx\n\ny\n", [(0, 6, ""), (1, 5, "\r\n"), (3, 4, "\\u2028 is text")]))
def test_brat_roundtrip_keeps_every_character(
    pair: tuple[Any, Any], tmp_path: Path, drawn: tuple[str, list[tuple[int, int, str]]]
) -> None:
    text, spans = drawn
    _roundtrip(pair, tmp_path / uuid.uuid4().hex, text, spans)


def test_a_span_over_a_line_break_is_written_as_fragments_brat_accepts(pair: tuple[Any, Any], tmp_path: Path) -> None:
    from bratly.io import read_document_collection_from_folder

    text = "سطر أول\nسطر ثان بعده\n\nآخر"
    source, _ = pair
    doc = _document(source, text, [(4, len(text), ""), (0, 3, "")])
    export(source.db, "brat", tmp_path / "brat", ExportFilter(doc_ids=frozenset({doc})))
    ann = (tmp_path / "brat" / f"doc-{doc}.ann").read_text(encoding="utf-8").split("\n")
    assert set(ann[:2]) == {"T1\tCLAIM 0 3\tسطر", "T2\tACTOR 4 7;8 20;22 25\tأول سطر ثان بعده آخر"}
    collection = read_document_collection_from_folder(str(tmp_path / "brat"), renumerotize_ann=False)
    assert collection is not None and collection.check_ann_compatibility_with_txt()


def test_other_line_breaks_are_spaces_in_the_text_field_and_escaped_in_notes(
    pair: tuple[Any, Any], tmp_path: Path
) -> None:
    source, _ = pair
    doc = _document(source, "أ\u2028ب\x85ج\tد", [(0, 7, "x\u2029y\\z\n\x00")])
    export(source.db, "brat", tmp_path / "brat", ExportFilter(doc_ids=frozenset({doc})))
    ann = (tmp_path / "brat" / f"doc-{doc}.ann").read_text(encoding="utf-8")
    assert ann.split("\n")[:2] == ["T1\tACTOR 0 7\tأ ب ج د", "#1\tAnnotatorNotes T1\tx\\u2029y\\\\z\\n\\u0000"]


def test_ann_lines_split_at_newline_only_and_crlf_files_still_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("ab\u2028cd", encoding="utf-8")
    (tmp_path / "a.ann").write_bytes(
        "T1\tACTOR 0 5\tab\u2028cd\r\n#1\tAnnotatorNotes T1\tx\u2028y\\u2029z\r\n".encode()
    )
    record: SourceRecord = next(read_brat(tmp_path / "a.ann"))
    (span,) = record.annotations
    assert (span.label, span.start, span.end, span.note) == ("ACTOR", 0, 5, "x\u2028y\u2029z")
