"""CoNLL-U import defects of issue 10, each on a small self-made file (tests/formats/data/)."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

import pytest

from app.formats.conllu import kept_lines, read_conllu
from app.services.export_formats import export
from app.services.importing import import_paths

DATA = Path(__file__).resolve().parent / "data"


def _spans(ws: Any, doc_id: int) -> list[tuple[str, str, dict[str, Any]]]:
    doc = ws.documents.open(doc_id)
    return sorted((a.label, a.text, dict(a.attributes)) for a in doc.annotations)


def test_a_blank_line_closes_a_multiword_token_at_the_end_of_a_sentence(sqlite_ws: Any) -> None:
    report = import_paths(sqlite_ws.db, [DATA / "mwt_end.conllu"], annotator="importer", fmt="conllu")
    doc = sqlite_ws.documents.open(report.document_ids[0])
    assert doc.text == "ذهب اليه قال بوتين امس"  # no word of sentence 2 swallowed, no trailing space
    [per] = doc.annotations
    assert (per.label, per.text) == ("PER", "بوتين")


def test_the_document_text_has_no_trailing_space_that_the_sentence_text_lacks() -> None:
    [record] = read_conllu(DATA / "ud.conllu")
    assert record.text == "ذهب للبيت، ثم عاد."


def test_comments_are_kept_and_newdoc_id_is_the_external_id() -> None:
    [record] = read_conllu(DATA / "mwt_end.conllu")
    assert record.external_id == "mwt-end"
    lines = [line for sentence in kept_lines(record.metadata) or [] for line in sentence]
    assert [line for line in lines if line.startswith("#")] == [
        "# newdoc id = mwt-end",
        "# sent_id = s1",
        "# text = ذهب اليه",
        "# sent_id = s2",
        "# text = قال بوتين امس",
    ]


def test_corefud_entity_brackets_are_spans_with_their_entity_ids(sqlite_ws: Any) -> None:
    report = import_paths(sqlite_ws.db, [DATA / "corefud.conllu"], annotator="importer", fmt="conllu")
    assert sorted(report.new_labels) == ["LOC", "PER"]  # not one junk label per bracket string
    assert _spans(sqlite_ws, report.document_ids[0]) == [
        ("LOC", "الروسية", {"entity": "e2", "part": "2/2"}),
        ("LOC", "العاصمة", {"entity": "e2", "part": "1/2"}),
        ("LOC", "بوتين موسكو", {"entity": "e2"}),  # nested: opens with e1 on one word, closes before it
        ("PER", "بوتين موسكو", {"entity": "e1"}),
        ("PER", "قال", {"entity": "e1"}),  # the same entity again: coreference kept as the id
        ("PER", "ه", {"entity": "e3"}),  # a word inside a multiword token
    ]
    assert report.defect_lines() == []


def test_unbalanced_entity_brackets_are_reported_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bad.conllu"
    rows = ["1\tأ" + "\t_" * 7 + "\tEntity=(e1-PER", "2\tب" + "\t_" * 7 + "\tEntity=e9)"]
    path.write_text("# text = أ ب\n" + "\n".join(rows) + "\n\n", encoding="utf-8")
    [record] = read_conllu(path)
    assert record.annotations == []
    counts = record.metadata["defects"]["counts"]
    assert counts == {"Entity bracket never closed (no span)": 1, "Entity bracket closes nothing (no span)": 1}


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda text: text.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(lambda text: text.encode("cp1256"), id="cp1256"),
        pytest.param(lambda text: codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le"), id="utf16-bom"),
    ],
)
def test_other_encodings_and_line_endings_read_like_utf8(sqlite_ws: Any, tmp_path: Path, encode: Any) -> None:
    source = (DATA / "ud.conllu").read_text(encoding="utf-8")
    path = tmp_path / "doc.conllu"
    path.write_bytes(encode(source))
    report = import_paths(sqlite_ws.db, [path], annotator="importer", fmt="conllu")
    doc = sqlite_ws.documents.open(report.document_ids[0])
    assert doc.text == "ذهب للبيت، ثم عاد."
    assert [(a.label, a.text) for a in doc.annotations] == [("LOC", "للبيت")]
    out = tmp_path / "out.conllu"
    export(sqlite_ws.db, "conllu", out)
    assert out.read_text(encoding="utf-8") == source  # written back as UTF-8 with LF


@pytest.mark.parametrize("name", ["ud.conllu", "mwt_end.conllu", "corefud.conllu"])
def test_export_gives_back_the_source_byte_for_byte(sqlite_ws: Any, tmp_path: Path, name: str) -> None:
    import_paths(sqlite_ws.db, [DATA / name], annotator="importer", fmt="conllu")
    out = tmp_path / "out.conllu"
    export(sqlite_ws.db, "conllu", out)
    assert out.read_bytes() == (DATA / name).read_bytes()


def test_changed_annotations_are_written_in_the_source_notation(sqlite_ws: Any, tmp_path: Path) -> None:
    import conllu

    report = import_paths(sqlite_ws.db, [DATA / "corefud.conllu"], annotator="importer", fmt="conllu")
    doc_id = report.document_ids[0]
    doc = sqlite_ws.documents.open(doc_id)
    gone = next(a for a in doc.annotations if a.text == "ه")
    sqlite_ws.annotations.delete(gone.id)
    start = doc.text.index("سيعود")
    sqlite_ws.annotations.add(doc_id, "ACTOR", start, start + len("سيعود"))
    out = tmp_path / "out.conllu"
    export(sqlite_ws.db, "conllu", out)
    sentences = conllu.parse(out.read_text(encoding="utf-8"))
    entity = {t["form"]: (t["misc"] or {}).get("Entity") for s in sentences for t in s}
    assert entity["بوتين"] == "(e1-PER-1(e2-LOC-1"  # unchanged mentions keep their own brackets
    assert entity["ه"] is None
    assert entity["سيعود"].startswith("(e4-ACTOR")  # a new mention gets a fresh entity id
    fresh = tmp_path / "fresh.sqlite3"
    from app.services import Workspace

    again = Workspace.open(str(fresh), "tester")
    try:
        back = import_paths(again.db, [out], annotator="importer", fmt="conllu")
        labels = sorted((a.label, a.text) for a in again.documents.open(back.document_ids[0]).annotations)
    finally:
        again.close()
    assert labels == sorted([(a.label, a.text) for a in sqlite_ws.documents.open(doc_id).annotations])


def test_a_native_document_ending_in_a_space_comes_back_whole(sqlite_ws: Any, tmp_path: Path) -> None:
    from app.services import Workspace

    path = tmp_path / "doc.txt"
    path.write_text("قال بوتين إن موسكو ", encoding="utf-8")
    import_paths(sqlite_ws.db, [path], annotator="importer", fmt="txt")
    out = tmp_path / "out.conllu"
    export(sqlite_ws.db, "conllu", out)
    fresh = Workspace.open(str(tmp_path / "fresh.sqlite3"), "tester")
    try:
        back = import_paths(fresh.db, [out], annotator="importer", fmt="conllu")
        assert fresh.documents.open(back.document_ids[0]).text == "قال بوتين إن موسكو "
    finally:
        fresh.close()


def test_sources_without_newdoc_stay_apart_in_one_export(sqlite_ws: Any, tmp_path: Path) -> None:
    from app.services import Workspace

    for k, word in enumerate(["أ", "ب"]):
        (tmp_path / f"{k}.conllu").write_text(f"# text = {word}\n1\t{word}" + "\t_" * 8 + "\n\n", encoding="utf-8")
    import_paths(sqlite_ws.db, [tmp_path / "0.conllu", tmp_path / "1.conllu"], annotator="importer", fmt="conllu")
    out = tmp_path / "out.conllu"
    export(sqlite_ws.db, "conllu", out)
    fresh = Workspace.open(str(tmp_path / "fresh.sqlite3"), "tester")
    try:
        back = import_paths(fresh.db, [out], annotator="importer", fmt="conllu")
        assert [fresh.documents.open(i).text for i in back.document_ids] == ["أ", "ب"]
    finally:
        fresh.close()


@pytest.mark.parametrize("label", [")", "X)", "(Y", "A(B)"])
def test_a_label_with_a_bracket_round_trips_in_hashiyas_notation(tmp_path: Path, label: str) -> None:
    """``Entity=B-)`` is Hashiya's notation, not a CorefUD closing bracket (found by the label fuzz test)."""
    from app.cli import main

    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps(
            {"text": "قال وزير الدفاع", "offsets": "codepoint", "annotations": [{"label": label, "start": 4, "end": 8}]}
        )
        + "\n",
        encoding="utf-8",
    )
    db, out = str(tmp_path / "a.sqlite3"), tmp_path / "out.conllu"
    assert main(["import", str(source), "--db", db]) == 0
    assert main(["export", "--format", "conllu", "-o", str(out), "--db", db]) == 0
    (record,) = read_conllu(out)
    assert [(a.label, record.text[a.start : a.end]) for a in record.annotations] == [(label, "وزير")]
