"""What Label Studio 1.23 writes beside submitted work: predictions by their id alone (its quick JSON export's
default), annotations of skipped tasks (``was_cancelled``, with the regions drawn before the skip), drafts by id.
Each is reported with its place and not imported; the submitted annotations of the same task come in.

Self-made tasks in the shape of the vendored real exports (tests/data/peer/labelstudio/ls1232_*.json).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.errors import InputError
from app.formats.labelstudio import read_labelstudio

TEXT = "قال الوزير إن تونس ستستضيف القمة."


def span(piece: str, label: str, region: str) -> dict[str, Any]:
    start = TEXT.index(piece)
    value = {"start": start, "end": start + len(piece), "text": piece, "labels": [label]}
    return {"id": region, "from_name": "label", "to_name": "text", "type": "labels", "value": value}


def task(**parts: Any) -> dict[str, Any]:
    kept = {"id": 1, "completed_by": 1, "was_cancelled": False, "result": [span("الوزير", "PERSON", "aaaaaaaaaa")]}
    return {"id": 1, "data": {"text": TEXT}, "annotations": [kept], **parts}


def read(tmp_path: Path, tasks: list[dict[str, Any]]) -> Any:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    (record,) = read_labelstudio(path)
    return record


def spans(record: Any) -> list[tuple[str | None, str, str]]:
    return [(a.annotator, a.label, record.text[a.start : a.end]) for a in record.annotations]


def test_predictions_given_by_id_are_reported_and_the_task_imported(tmp_path: Path) -> None:
    record = read(tmp_path, [task(predictions=[7, 8], drafts=[3])])
    assert spans(record) == [("user 1", "PERSON", "الوزير")]
    assert record.metadata["defects"]["examples"] == {
        "prediction given by its id only (exported without its results): not imported": [
            "export.json task 1 prediction 1",
            "export.json task 1 prediction 2",
        ],
        "draft given by its id only (exported without its results): not imported": ["export.json task 1 draft 1"],
    }


def test_a_skipped_annotation_is_reported_not_imported(tmp_path: Path) -> None:
    skipped = {"id": 2, "completed_by": 2, "was_cancelled": True, "result": [span("تونس", "PLACE", "bbbbbbbbbb")]}
    empty_skip = {"id": 3, "completed_by": 3, "was_cancelled": True, "result": []}
    record = read(tmp_path, [{**task(), "annotations": [*task()["annotations"], skipped, empty_skip]}])
    assert spans(record) == [("user 1", "PERSON", "الوزير")]
    assert record.metadata["defects"]["examples"] == {
        "annotation of a skipped task (was_cancelled): not imported": ["export.json task 1 annotation 2"]
    }
    assert [a["was_cancelled"] for a in record.metadata["labelstudio"]["annotations"]] == [False, True, True]


def test_places_are_numbered_within_the_predictions(tmp_path: Path) -> None:
    choice = {"from_name": "topic", "to_name": "text", "type": "choices", "value": {"choices": ["politics"]}}
    record = read(tmp_path, [task(predictions=[{"model_version": "v1", "result": [choice]}])])
    (place,) = record.metadata["defects"]["examples"]["result of a type Hashiya does not hold: not imported"]
    assert place == "export.json task 1 prediction 1 result 1 (choices)"


def test_an_entry_that_is_neither_an_object_nor_an_id_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="task 1 prediction 1: must be an object, got str"):
        read(tmp_path, [task(predictions=["7"])])
