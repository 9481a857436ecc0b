"""export(): filters, a deterministic split, progress, cancellation that leaves no partial output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.errors import HashiyaError
from app.formats.tokens import base_tokens, tokenize
from app.services.export_formats import EXPORT_FORMATS, Split, export
from app.services.exporting import ExportCancelled, ExportFilter
from tests.formats.sample import build


@pytest.fixture
def sample(sqlite_ws: Any) -> dict[str, Any]:
    info = build(sqlite_ws)
    info["ws"] = sqlite_ws
    return info


def test_split_is_deterministic_and_depends_on_the_seed() -> None:
    shas = [f"{n:064x}" for n in range(2000)]
    first = [Split(7).part(s) for s in shas]
    assert first == [Split(7).part(s) for s in shas]
    assert first != [Split(8).part(s) for s in shas]
    counts = {p: first.count(p) for p in ("train", "dev", "test")}
    assert 1500 < counts["train"] < 1700 and 130 < counts["dev"] < 270 and 130 < counts["test"] < 270


def test_split_export_writes_parts_and_a_manifest(sample: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "split"
    report = export(sample["ws"].db, "conllu", out, split=Split(3))
    assert sorted(p.name for p in out.iterdir()) == ["dev.conllu", "manifest.json", "test.conllu", "train.conllu"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["offsets"] == "codepoint" and manifest["split"]["seed"] == 3
    assert {d["split"] for d in manifest["documents"]} <= {"train", "dev", "test"}
    assert all(len(d["sha256"]) == 64 for d in manifest["documents"]) and report.documents == 2
    again = tmp_path / "again"
    export(sample["ws"].db, "conllu", again, split=Split(3))
    assert (again / "train.conllu").read_bytes() == (out / "train.conllu").read_bytes()


def test_label_and_document_filters(sample: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "actors.jsonl"
    report = export(
        sample["ws"].db, "doccano", out, ExportFilter(labels=frozenset({"ACTOR"}), doc_ids=frozenset({sample["doc"]}))
    )
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert report.documents == 1 and len(rows) == 1
    assert {e["label"] for e in rows[0]["entities"]} == {"ACTOR"}
    assert rows[0]["relations"] == []  # links whose ends were filtered out are not exported


def test_annotator_and_status_filters(sample: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "none.conll"
    report = export(sample["ws"].db, "conll", out, ExportFilter(annotators=frozenset({"somebody-else"})))
    assert report.annotations == 0 and report.documents == 2
    report = export(sample["ws"].db, "conll", out, ExportFilter(statuses=frozenset({"done"})))
    assert report.documents == 0


@pytest.mark.parametrize("fmt", ["jsonl", "brat", "conll", "labelstudio"])
def test_cancel_leaves_the_previous_output(sample: dict[str, Any], tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "exports" / "out"
    export(sample["ws"].db, fmt, out)
    before = sorted((p.name, p.read_bytes()) for p in out.iterdir()) if out.is_dir() else out.read_bytes()
    seen: list[int] = []
    with pytest.raises(ExportCancelled):
        export(sample["ws"].db, fmt, out, progress=seen.append, cancelled=lambda: len(seen) >= 1)
    after = sorted((p.name, p.read_bytes()) for p in out.iterdir()) if out.is_dir() else out.read_bytes()
    assert after == before
    assert [p.name for p in out.parent.iterdir()] == ["out"]  # no staged file or folder left behind


def test_every_format_is_known_and_reports_its_offsets(sample: dict[str, Any], tmp_path: Path) -> None:
    units = {"xmi": "utf16", "casjson": "utf16", "doccano": "utf16"}
    for fmt in ("jsonl", "brat", "casjson", "conllu", "conll", "hf", "labelstudio", "doccano"):
        report = export(sample["ws"].db, fmt, tmp_path / fmt)
        assert report.offsets == units.get(fmt, "codepoint")
    assert set(EXPORT_FORMATS) >= {
        "jsonl",
        "brat",
        "xmi",
        "casjson",
        "conllu",
        "conll",
        "hf",
        "spacy",
        "labelstudio",
        "doccano",
    }
    with pytest.raises(HashiyaError, match="unknown export format"):
        export(sample["ws"].db, "nope", tmp_path / "x")


def test_tokens_split_clitics_only_at_span_starts_and_keep_harakat() -> None:
    from app.dto import AnnotationData

    text = "قال لشويغو والوزيرُ بـ34.3% (تاس)."
    assert [text[s:e] for s, e in base_tokens(text)] == [
        "قال",
        "لشويغو",
        "والوزيرُ",
        "بـ34.3",
        "%",
        "(",
        "تاس",
        ")",
        ".",
    ]
    actor = AnnotationData("1", 1, "ACTOR", 5, 10, "شويغو", "x")
    minister = AnnotationData("2", 1, "ACTOR", 12, 19, "الوزيرُ", "x")
    pieces = [text[t.start : t.end] for s in tokenize(text, [actor, minister]).sentences for t in s]
    assert pieces[:5] == ["قال", "ل", "شويغو", "و", "الوزيرُ"]
    inside_mark = AnnotationData("3", 1, "ACTOR", 12, 18, "الوزير", "x")  # ends before the damma
    assert tokenize(text, [inside_mark]).misaligned == [inside_mark]


def test_cli_export_and_import(sample: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    db = str(sample["ws"].db.engine.url.database)
    assert (
        main(["--db", db, "export", "--format", "brat", "-o", str(tmp_path / "b"), "--docs", str(sample["doc"])]) == 0
    )
    assert "offsets: codepoint" in capsys.readouterr().out
    fresh = str(tmp_path / "fresh.sqlite3")
    assert main(["--db", fresh, "import", "--format", "brat", str(tmp_path / "b")]) == 0
    assert "7 annotations, 3 relations" in capsys.readouterr().out
    assert main(["--db", db, "export", "--format", "xmi", "-o", str(tmp_path / "x")]) == 2
    assert "U+001A" in capsys.readouterr().err


def test_brat_leaves_out_labels_it_cannot_name(sqlite_ws: Any, tmp_path: Path) -> None:
    from app.formats.records import AnnotationRecord, SourceRecord
    from app.services.importing import import_records

    import_records(
        sqlite_ws.db,
        [
            SourceRecord(
                "كأس أمم أوروبا", "t", annotations=[AnnotationRecord("MIS1`", 0, 3), AnnotationRecord("LOC", 8, 14)]
            )
        ],
        annotator="x",
    )
    report = export(sqlite_ws.db, "brat", tmp_path / "b")
    ann = next((tmp_path / "b").glob("*.ann")).read_text(encoding="utf-8")
    assert "LOC 8 14" in ann and "MIS1`" not in ann
    assert report.extra["skipped"] == ["document 1: MIS1` [0, 3): label is not a brat type name"]


def test_export_runs_in_a_worker_thread(sample: dict[str, Any], tmp_path: Path) -> None:
    """What the GUI's export dialog does: export() on another thread, progress reported from there."""
    import threading

    seen: list[int] = []
    result: dict[str, Any] = {}

    def work() -> None:
        try:
            result["report"] = export(sample["ws"].db, "conllu", tmp_path / "t.conllu", progress=seen.append)
        except Exception as exc:  # pragma: no cover - reported below
            result["error"] = exc

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert "error" not in result and result["report"].documents == 2 and len(seen) == 2
