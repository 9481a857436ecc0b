"""Label Studio exports written by Label Studio come in whole: tasks in = documents + reported, each labels
result's labels = annotations, relations in = relations, every other result reported by type; every span
covers its ``value.text``; a second import adds nothing.

Data: the exports vendored in ``tests/data/peer/labelstudio`` (SOURCE.md there names where each comes from),
then ``peer-formats/labelstudio/*.json`` in the shared corpora when present.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.errors import InputError
from app.formats.labelstudio import read_labelstudio
from app.services import Workspace
from app.services.importing import import_paths
from tests.conftest import CORPORA

OTHER = "result of a type Hashiya does not hold: not imported"
SKIPPED = "annotation of a skipped task (was_cancelled): not imported"
ID_ONLY = "prediction given by its id only (exported without its results): not imported"
DRAFT = "draft (not submitted in Label Studio): not imported"
VENDORED = Path(__file__).resolve().parents[2] / "data" / "peer" / "labelstudio"
SHARED = CORPORA / "peer-formats" / "labelstudio"


@pytest.fixture
def exports() -> list[Path]:
    found = sorted(VENDORED.glob("*.json")) + sorted(SHARED.glob("*.json"))
    if not found:
        pytest.skip(f"no Label Studio exports in {VENDORED} or {SHARED}")
    return found


def text_tasks(path: Path) -> list[dict[str, Any]]:
    tasks = json.loads(path.read_text(encoding="utf-8"))
    return [t for t in tasks if isinstance(t.get("data", {}).get("text"), str)]


def entries(task: dict[str, Any]) -> list[Any]:
    return [*task.get("annotations", []), *task.get("predictions", [])]


def submitted(entry: Any) -> bool:
    """An annotation or prediction with its results, not one skipped by its annotator."""
    return isinstance(entry, dict) and not entry.get("was_cancelled")


def skipped_with_results(entry: Any) -> bool:
    return isinstance(entry, dict) and bool(entry.get("was_cancelled") and entry["result"])


def text_results(path: Path) -> list[dict[str, Any]]:
    """Every result of the submitted annotations and the predictions of the tasks that have ``data.text``."""
    return [r for t in text_tasks(path) for e in entries(t) if submitted(e) for r in e["result"]]


def source_counts(path: Path) -> dict[str, int]:
    """What the export holds, by plain ``json``."""
    tasks, texts, results = json.loads(path.read_text(encoding="utf-8")), text_tasks(path), text_results(path)
    return {
        "tasks": len(tasks),
        "texts": len(texts),
        "labels": sum(len(r["value"]["labels"]) for r in results if r["type"] == "labels"),
        "relations": sum(r["type"] == "relation" for r in results),
        "other": sum(r["type"] not in ("labels", "relation", "textarea") for r in results),
        SKIPPED: sum(skipped_with_results(e) for t in texts for e in t.get("annotations", [])),
        ID_ONLY: sum(isinstance(e, int) for t in texts for e in t.get("predictions", [])),
        DRAFT: sum(bool(d.get("result")) for t in texts for d in t.get("drafts", [])),
    }


def said_spans(path: Path) -> Counter[tuple[str, str]]:
    """(label, ``value.text``) of every label of every labels result."""
    values = [r["value"] for r in text_results(path) if r["type"] == "labels"]
    return Counter((label, v["text"]) for v in values for label in v["labels"])


def stored_spans(ws: Any) -> Counter[tuple[str, str]]:
    """(label, the document's text at [start, end)) of every stored annotation."""
    docs = [ws.documents.open(item.id) for item in ws.documents.list(after_id=0, limit=10_000)]
    return Counter((a.label, d.text[a.start : a.end]) for d in docs for a in d.annotations)


def reported(report: Any) -> dict[str, int]:
    pairs = (line.split(" (e.g. ")[0].rsplit(": ", 1) for line in report.defect_lines())
    return {kind: int(n) for kind, n in pairs}


def import_twice(path: Path, db_path: Path) -> tuple[Any, Any, Counter[tuple[str, str]]]:
    ws = Workspace.open(str(db_path), "tester")
    try:
        first = import_paths(ws.db, [path], annotator="tester", fmt="labelstudio")
        second = import_paths(ws.db, [path], annotator="tester", fmt="labelstudio")
        return first, second, stored_spans(ws)
    finally:
        ws.close()


def test_the_vendored_exports_are_there() -> None:
    assert len(sorted(VENDORED.glob("*.json"))) >= 4
    assert (VENDORED / "SOURCE.md").is_file() and (VENDORED / "LICENSE").is_file()


def test_every_task_and_result_is_imported_or_reported(exports: list[Path], tmp_path: Path) -> None:
    for n, path in enumerate(exports):
        want = source_counts(path)
        if not want["texts"]:  # an image or audio project: a one-line error naming the file
            ws = Workspace.open(str(tmp_path / f"{n}.sqlite3"), "tester")
            try:
                with pytest.raises(InputError, match=r"task has no data\.text"):
                    import_paths(ws.db, [path], annotator="tester", fmt="labelstudio")
            finally:
                ws.close()
            continue
        report, again, spans = import_twice(path, tmp_path / f"{n}.sqlite3")
        found = reported(report)
        assert want["tasks"] == (
            report.documents + report.duplicates + found.get("task without data.text: not imported", 0)
        ), path
        assert (want["labels"], want["relations"]) == (report.annotations, report.relations), path
        assert want["other"] == found.get(OTHER, 0), path
        for kind in (SKIPPED, ID_ONLY, DRAFT):
            assert want[kind] == found.get(kind, 0), (path, kind)
        assert spans == said_spans(path), path  # each span covers the text Label Studio showed
        assert (again.documents, again.annotations, again.relations) == (0, 0, 0), path
        assert (again.annotations_present, again.relations_present) == (report.annotations, report.relations), path


def test_label_studio_1_23_snapshot_keeps_who_labels_and_notes() -> None:
    records = list(read_labelstudio(VENDORED / "ls1232_snapshot_export.json"))
    who = {a.annotator for r in records for a in r.annotations}
    assert who == {"amal@example.org", "karim@example.org", "model ner-v1"}
    first = records[0]
    assert [(a.label, a.note) for a in first.annotations if a.note] == [("PERSON", "وزير الخارجية")]
    assert [a.label for a in first.annotations if first.text[a.start : a.end] == "تونس"] == ["PLACE", "PLACE", "ORG"]
    assert [(r.type, r.annotator) for r in first.relations] == [
        ("source", "amal@example.org"),
        ("cue", "karim@example.org"),
    ]
