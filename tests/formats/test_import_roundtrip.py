"""Annotated imports: what an export wrote comes back the same; corpus defects are kept and reported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.services import Workspace
from app.services.export_formats import export
from app.services.exporting import ExportFilter
from app.services.importing import import_paths
from tests.formats.roundtrip import snapshot, tokens_and_tags
from tests.formats.sample import build

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def fresh(tmp_path: Path) -> Any:
    ws = Workspace.open(str(tmp_path / "fresh.sqlite3"), "importer")
    yield ws
    ws.close()


@pytest.mark.parametrize(
    ("fmt", "path", "lossless"),
    [
        ("jsonl", "out.jsonl", True),
        ("brat", "brat", True),
        ("xmi", "xmi", True),
        ("labelstudio", "ls", True),
        ("doccano", "out.jsonl", True),
        ("conllu", "out.conllu", False),
    ],
)
def test_export_then_import_gives_the_same_document(
    sqlite_ws: Any, fresh: Any, tmp_path: Path, fmt: str, path: str, lossless: bool
) -> None:
    info = build(sqlite_ws)
    out = tmp_path / path
    export(sqlite_ws.db, fmt, out, ExportFilter(doc_ids=frozenset({info["doc"]})))
    source = out / "tasks.json" if fmt == "labelstudio" else out
    report = import_paths(fresh.db, [source], annotator="importer", fmt=fmt)
    assert report.documents == 1
    before = snapshot(sqlite_ws, info["doc"], attributes=lossless)
    after = snapshot(fresh, report.document_ids[0], attributes=lossless)
    assert after["text"] == before["text"]
    assert after["spans"] == before["spans"]
    if lossless:
        assert after["links"] == before["links"]


def test_conll_export_import_export_is_stable(sqlite_ws: Any, fresh: Any, tmp_path: Path) -> None:
    info = build(sqlite_ws)
    first, second = tmp_path / "a.conll", tmp_path / "b.conll"
    export(sqlite_ws.db, "conll", first, ExportFilter(doc_ids=frozenset({info["doc"]})))
    import_paths(fresh.db, [first], annotator="importer", fmt="conll")
    export(fresh.db, "conll", second)
    strip = [line for line in first.read_text(encoding="utf-8").split("\n") if not line.startswith("# ")]
    again = [line for line in second.read_text(encoding="utf-8").split("\n") if not line.startswith("# ")]
    assert again == strip


def test_defects_are_kept_and_reported(sqlite_ws: Any, tmp_path: Path) -> None:
    """Glued lines, empty tokens, U+200F tokens, three-field lines and typo tags all survive."""
    report = import_paths(sqlite_ws.db, [DATA / "defects.conll"], annotator="importer", fmt="conll")
    assert {"MISS1", "MIS1`", "-ORG", "IO", "OO", "MIS-1"} <= set(report.new_labels)  # unknown labels kept
    out = tmp_path / "out.conll"
    export(sqlite_ws.db, "conll", out, options={"layers": "flat"})
    assert tokens_and_tags(out) == tokens_and_tags(DATA / "defects.conll")
    doc = sqlite_ws.documents.open(report.document_ids[0])
    counts = doc.metadata["defects"]["counts"]
    assert counts["empty token"] == 1
    assert counts["token with a space (extra field or glued lines)"] == 3  # three fields, glued, leading space
    assert counts["tag outside IOB2"] == 2
    assert counts["I- tag that continues nothing"] == 2


def _corpus_roundtrip(ws: Any, files: list[Path], tmp_path: Path) -> None:
    report = import_paths(ws.db, files, annotator="importer", fmt="conll")
    assert report.documents > 0
    out = tmp_path / "out.conll"
    export(ws.db, "conll", out, options={"layers": "flat"})
    expected = [pair for f in files for pair in tokens_and_tags(f)]
    assert tokens_and_tags(out) == expected


@pytest.mark.corpora
def test_aqmar_round_trip(sqlite_ws: Any, corpora: Path, tmp_path: Path) -> None:
    files = sorted((corpora / "aqmar" / "articles").glob("*.txt"))
    assert len(files) == 28
    _corpus_roundtrip(sqlite_ws, files, tmp_path)


@pytest.mark.corpora
def test_anercorp_round_trip(sqlite_ws: Any, corpora: Path, tmp_path: Path) -> None:
    _corpus_roundtrip(sqlite_ws, [corpora / "anercorp" / "ANERCorp"], tmp_path)


def test_polnear_brat_events_become_source_links(sqlite_ws: Any) -> None:
    report = import_paths(sqlite_ws.db, [DATA / "polnear"], annotator="importer", fmt="brat")
    doc = sqlite_ws.documents.open(report.document_ids[0])
    spans = {a.label: a for a in doc.annotations}
    assert set(spans) == {"Source", "Cue", "Content"}  # the event trigger is not a span of its own
    assert spans["Source"].text == "شويغو" and spans["Source"].note == "وزير الدفاع\nالروسي"
    assert spans["Content"].attributes == {"Factuality": "uncertain", "brat": {"id": "T3"}}
    assert sorted((r.type, r.from_id, r.to_id) for r in doc.relations) == [  # the event's Cue is kept too
        ("cue", spans["Content"].id, spans["Cue"].id),
        ("source", spans["Content"].id, spans["Source"].id),
    ]


def test_ud_conllu_with_multiword_tokens(sqlite_ws: Any) -> None:
    report = import_paths(sqlite_ws.db, [DATA / "ud.conllu"], annotator="importer", fmt="conllu")
    doc = sqlite_ws.documents.open(report.document_ids[0])
    assert doc.text == "ذهب للبيت، ثم عاد."  # no trailing space that # text lacks
    [loc] = doc.annotations
    assert (loc.label, loc.text) == ("LOC", "للبيت")  # words that do not spell the surface cover all of it


def test_inception_named_entity_after_an_emoji(sqlite_ws: Any) -> None:
    report = import_paths(sqlite_ws.db, [DATA / "inception.xmi"], annotator="importer", fmt="xmi")
    [per] = sqlite_ws.documents.open(report.document_ids[0]).annotations
    assert (per.label, per.text) == ("PER", "بوتين")
