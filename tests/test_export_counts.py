"""The export summary counts what each format really wrote: a span the format left out (and reported) is not
counted, nor a link it left out, nor any link of a format that has no place for links. Each count is held
against what our own reader finds in the exported file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from app.formats.native import sha256_text
from app.services import Workspace
from app.services.export_formats import export
from app.services.exporting import ExportReport
from app.services.importing import import_paths

TEXT = "قالَ الوزير إن 300 جندي غادروا المنطقة. وأضاف المتحدث أن الوضع مستقر."


def _span(n: int, label: str, word: str, inner: str | None = None) -> dict[str, Any]:
    start = TEXT.index(word) + (word.index(inner) if inner else 0)
    end = start + len(inner or word)
    return {
        "id": f"00000000-0000-4000-8000-{n:012d}",
        "label": label,
        "start": start,
        "end": end,
        "text": TEXT[start:end],
        "annotator": "tester",
        "attributes": {},
        "note": "",
    }


SPANS = [
    _span(1, "CLAIM", "الوزير إن 300 جندي غادروا المنطقة"),
    _span(2, "ACTOR", "الوزير"),
    _span(3, "FIGURE", "300"),
    _span(4, "CUE", "قالَ", "قال"),  # ends before its letter's fatha: CoNLL, CoNLL-U and HF cannot hold it
    _span(5, "ORG.X", "المتحدث"),  # not a brat type name
]
LINKS = [("source", 1, 2), ("x.y", 1, 3), ("source", 1, 5)]  # brat cannot name x.y, nor reach span 5


def _workspace(tmp_path: Path, name: str) -> Workspace:
    return Workspace.open(str(tmp_path / f"{name}.sqlite3"), "tester")


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("counts")
    record = {
        "id": None,
        "title": "t",
        "text": TEXT,
        "sha256": sha256_text(TEXT),
        "offsets": "codepoint",
        "source": "test",
        "annotations": SPANS,
        "relations": [
            {
                "id": f"00000000-0000-4000-9000-{n:012d}",
                "type": kind,
                "annotator": "tester",
                "from": SPANS[a - 1]["id"],
                "to": SPANS[b - 1]["id"],
            }
            for n, (kind, a, b) in enumerate(LINKS, 1)
        ],
    }
    path = tmp / "source.jsonl"
    path.write_bytes(orjson.dumps(record) + b"\n")
    ws = Workspace.open(str(tmp / "source.sqlite3"), "tester")
    report = import_paths(ws.db, [path], fmt="jsonl", annotator="tester")
    assert (report.annotations, report.relations) == (len(SPANS), len(LINKS))
    ws.close()
    return tmp / "source.sqlite3"


def _export(source: Path, fmt: str, dest: Path) -> ExportReport:
    ws = Workspace.open(str(source), "tester")
    try:
        return export(ws.db, fmt, dest)
    finally:
        ws.close()


def _read_back(tmp_path: Path, fmt: str, dest: Path) -> tuple[int, int]:
    ws = _workspace(tmp_path, "back")
    try:
        path = dest / "tasks.json" if fmt == "labelstudio" else dest
        report = import_paths(ws.db, [path], fmt=fmt, annotator="tester")
        return report.annotations, report.relations
    finally:
        ws.close()


@pytest.mark.parametrize("fmt", ["jsonl", "brat", "conll", "conllu", "xmi", "labelstudio", "doccano"])
def test_counts_are_what_the_file_holds(source: Path, tmp_path: Path, fmt: str) -> None:
    dest = tmp_path / f"out-{fmt}"
    report = _export(source, fmt, dest)
    skipped = report.extra.get("skipped") or []
    assert isinstance(skipped, list)
    assert report.annotations + sum(" link: " not in line for line in skipped) == len(SPANS)
    assert (report.annotations, report.relations) == _read_back(tmp_path, fmt, dest)


@pytest.mark.parametrize("fmt", ["conll", "conllu", "hf"])
def test_formats_without_links_count_none(source: Path, tmp_path: Path, fmt: str) -> None:
    report = _export(source, fmt, tmp_path / f"out-{fmt}")
    assert report.relations == 0
    assert report.extra["relations_not_held"] == len(LINKS)
    assert report.annotations == len(SPANS) - len(report.extra["skipped"])  # type: ignore[arg-type]
    assert report.annotations < len(SPANS)  # the span inside a word is left out


def test_brat_counts_neither_the_span_nor_the_links_it_left_out(source: Path, tmp_path: Path) -> None:
    report = _export(source, "brat", tmp_path / "out")
    assert (report.annotations, report.relations) == (len(SPANS) - 1, 1)
    assert "relations_not_held" not in report.extra


@pytest.mark.parametrize("fmt", ["jsonl", "brat", "conll", "conllu", "xmi", "labelstudio", "doccano"])
def test_importing_the_same_file_twice_adds_nothing(source: Path, tmp_path: Path, fmt: str) -> None:
    dest = tmp_path / f"out-{fmt}"
    written = _export(source, fmt, dest)
    path = dest / "tasks.json" if fmt == "labelstudio" else dest
    ws = _workspace(tmp_path, "twice")
    try:
        first = import_paths(ws.db, [path], fmt=fmt, annotator="tester")
        second = import_paths(ws.db, [path], fmt=fmt, annotator="tester")
        stored = ws.documents.open(first.document_ids[0])
    finally:
        ws.close()
    assert (first.documents, first.annotations, first.relations) == (1, written.annotations, written.relations)
    assert (second.documents, second.annotations, second.relations) == (0, 0, 0)
    assert (len(stored.annotations), len(stored.relations)) == (written.annotations, written.relations)
    assert second.duplicates == 1
    assert (second.annotations_present, second.relations_present) == (written.annotations, written.relations)
    assert f"{written.annotations} annotations already present" in second.summary()


def test_cli_says_the_links_a_format_has_no_place_for(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    assert main(["export", "--db", str(source), "--format", "conll", "-o", str(tmp_path / "out.conll")]) == 0
    out, err = capsys.readouterr()
    assert f"{len(SPANS) - 1} annotations, 0 relations" in out
    assert f"not exported: {len(LINKS)} relations (conll has no place for them)" in err
