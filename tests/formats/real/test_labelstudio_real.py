"""Label Studio exports written by Label Studio come in whole: tasks in = documents + reported, each labels
result's labels = annotations, relations in = relations, every other result reported by type.

Data: ``peer-formats/labelstudio/*.json`` in the shared corpora (Label Studio exports, e.g. the
label-studio-converter test exports ``tests/data/test_export_csv/*.json`` and
``tests/data/test_export_json_min/data.json``); the tests skip with the reason when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.errors import InputError
from app.services import Workspace
from app.services.importing import import_paths

OTHER = "result of a type Hashiya does not hold: not imported"


@pytest.fixture
def exports(corpora: Path) -> list[Path]:
    folder = corpora / "peer-formats" / "labelstudio"
    found = sorted(folder.glob("*.json"))
    if not found:
        pytest.skip(f"peer-format Label Studio exports not found in {folder}")
    return found


def source_counts(path: Path) -> dict[str, int]:
    """What the export holds, by plain ``json``."""
    tasks = json.loads(path.read_text(encoding="utf-8"))
    texts = [t for t in tasks if isinstance(t.get("data", {}).get("text"), str)]
    results = [
        r for t in texts for e in [*t.get("annotations", []), *t.get("predictions", [])] for r in e.get("result", [])
    ]
    return {
        "tasks": len(tasks),
        "texts": len(texts),
        "labels": sum(len(r["value"]["labels"]) for r in results if r["type"] == "labels"),
        "relations": sum(r["type"] == "relation" for r in results),
        "other": sum(r["type"] not in ("labels", "relation", "textarea") for r in results),
    }


def reported(report: Any) -> dict[str, int]:
    pairs = (line.split(" (e.g. ")[0].rsplit(": ", 1) for line in report.defect_lines())
    return {kind: int(n) for kind, n in pairs}


def test_every_task_and_result_is_imported_or_reported(exports: list[Path], tmp_path: Path) -> None:
    for n, path in enumerate(exports):
        want = source_counts(path)
        ws = Workspace.open(str(tmp_path / f"{n}.sqlite3"), "tester")
        try:
            if not want["texts"]:  # an image or audio project: a one-line error naming the file
                with pytest.raises(InputError, match=r"task has no data\.text"):
                    import_paths(ws.db, [path], annotator="tester", fmt="labelstudio")
                continue
            report = import_paths(ws.db, [path], annotator="tester", fmt="labelstudio")
        finally:
            ws.close()
        found = reported(report)
        assert want["tasks"] == (
            report.documents + report.duplicates + found.get("task without data.text: not imported", 0)
        ), path
        assert (want["labels"], want["relations"]) == (report.annotations, report.relations), path
        assert want["other"] == found.get(OTHER, 0), path
