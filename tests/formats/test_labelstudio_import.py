"""Label Studio exports come in whole: every annotator's annotation, the predictions, every label of a span,
offsets in the unit ``value.text`` agrees with (stated), and what Hashiya cannot hold named in the report.

Fixture ``data/labelstudio_defects.json`` (self-made, in the shape of Label Studio's JSON export): task 1
(an emoji first, so UTF-16 offsets differ from code points) has two annotators (an email, a bare user id),
a prediction of model ``ner-v2``, a region with two labels, a relation, a ``choices`` result, a text area for
the whole text and a draft; task 2 has no ``data.text`` (an image task); task 3 has no spans.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.errors import InputError
from app.formats.labelstudio import read_labelstudio
from app.services.importing import import_paths

DATA = Path(__file__).resolve().parent / "data"
DEFECTS = DATA / "labelstudio_defects.json"


def spans(record: Any) -> list[tuple[str | None, str, str]]:
    return [(a.annotator, a.label, record.text[a.start : a.end]) for a in record.annotations]


def test_every_annotation_prediction_and_label_is_kept() -> None:
    first, empty = list(read_labelstudio(DEFECTS))
    assert spans(first) == [
        ("amal@example.org", "ACTOR", "بوتين"),
        ("amal@example.org", "Person Name", "بوتين"),
        ("amal@example.org", "PLACE", "موسكو"),
        ("user 7", "ACTOR", "الجنود"),
        ("model ner-v2", "PLACE", "موسكو"),
    ]
    assert [(r.type, r.annotator) for r in first.relations] == [("in", "amal@example.org")]
    assert first.metadata["data"] == {"source": "tass"}  # the task's other data fields are kept
    assert (empty.text, empty.annotations) == ("لا شيء هنا", [])


def test_offsets_unit_is_decided_from_value_text_and_stated() -> None:
    first, _ = list(read_labelstudio(DEFECTS))
    assert first.metadata["defects"]["offsets"] == "utf16"  # the emoji counts two: only UTF-16 fits value.text


def test_what_cannot_be_kept_is_counted_with_its_place() -> None:
    first, empty = list(read_labelstudio(DEFECTS))
    counts = first.metadata["defects"]["counts"]
    assert counts == {
        "result of a type Hashiya does not hold: not imported": 1,
        "text area not attached to a span: not imported": 1,
        "draft (not submitted in Label Studio): not imported": 1,
        "relation to a span with several labels: linked to its first label": 1,
    }
    assert first.metadata["defects"]["examples"]["result of a type Hashiya does not hold: not imported"] == [
        "labelstudio_defects.json task 1 annotation 1 result 4 (choices)"
    ]
    # task 2 gives no document: it is told on the next one
    assert empty.metadata["defects"]["examples"] == {
        "task without data.text: not imported": ["labelstudio_defects.json task 2"]
    }


def test_a_mismatch_under_both_units_names_task_and_result() -> None:
    with pytest.raises(InputError) as info:
        list(read_labelstudio(DATA / "labelstudio_bad_offsets.json"))
    assert info.value.source == "labelstudio_bad_offsets.json task 1 annotation 1 result 1"
    assert "code points or UTF-16 units" in info.value.reason


def test_region_ids_that_are_not_uuids_give_the_same_ids_again() -> None:
    ids = [[a.id for a in r.annotations] for r in read_labelstudio(DEFECTS)]
    again = [[a.id for a in r.annotations] for r in read_labelstudio(DEFECTS)]
    assert ids == again and len({i for row in ids for i in row}) == 5


def reported(report: Any) -> dict[str, int]:
    """Each kind of defect of ``report.defect_lines()`` with its count."""
    pairs = (line.split(" (e.g. ")[0].rsplit(": ", 1) for line in report.defect_lines())
    return {kind: int(n) for kind, n in pairs}


def test_import_reports_pieces_read_equal_imported_plus_reported(sqlite_ws: Any) -> None:
    tasks = json.loads(DEFECTS.read_text(encoding="utf-8"))
    results = [r for t in tasks for e in [*t.get("annotations", []), *t.get("predictions", [])] for r in e["result"]]
    labels = sum(len(r["value"]["labels"]) for r in results if r["type"] == "labels")
    others = sum(r["type"] not in ("labels", "relation") for r in results)
    drafts = sum(bool(d["result"]) for t in tasks for d in t.get("drafts", []))
    report = import_paths(sqlite_ws.db, [DEFECTS], annotator="importer", fmt="labelstudio")
    found = reported(report)
    assert len(tasks) == report.documents + found["task without data.text: not imported"]
    assert labels == report.annotations
    assert sum(r["type"] == "relation" for r in results) == report.relations
    assert others == (
        found["result of a type Hashiya does not hold: not imported"]
        + found["text area not attached to a span: not imported"]
    )
    assert drafts == found["draft (not submitted in Label Studio): not imported"]
    assert "offsets counted in utf16: 2 documents" in report.scheme_lines()
    annotators = {a.annotator for a in sqlite_ws.documents.open(report.document_ids[0]).annotations}
    assert annotators == {"amal@example.org", "user 7", "model ner-v2"}


def test_cli_states_the_unit_and_the_defects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import", str(DEFECTS), "--format", "labelstudio", "--db", str(tmp_path / "x.sqlite3")])
    out = capsys.readouterr().out
    assert code == 0
    assert "read as offsets counted in utf16: 2 documents" in out
    assert "task without data.text: not imported: 1 (e.g. labelstudio_defects.json task 2)" in out


def test_forced_unit_that_value_text_refutes_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "import",
            str(DEFECTS),
            "--format",
            "labelstudio",
            "--offsets",
            "codepoint",
            "--db",
            str(tmp_path / "x.sqlite3"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("hashiya: error: labelstudio_defects.json task 1 annotation 1 result 1: value.text")
    assert len(err.strip().splitlines()) == 1


def test_task_and_annotation_fields_outside_the_results_are_kept(tmp_path: Path) -> None:
    """A task's id, meta and dates, and each annotation's or prediction's who, when and score, are not
    results Hashiya can hold as spans: they are kept in ``metadata.labelstudio``, not dropped in silence."""
    path = tmp_path / "tasks.json"
    path.write_text(
        json.dumps(
            [
                {
                    "id": 7,
                    "meta": {"source": "wire"},
                    "created_at": "2024-01-01T00:00:00Z",
                    "data": {"text": "قال وزير الدفاع"},
                    "annotations": [
                        {
                            "id": 3,
                            "completed_by": {"id": 1, "email": "a@x.org"},
                            "lead_time": 12.5,
                            "result": [
                                {
                                    "id": "r1",
                                    "from_name": "label",
                                    "to_name": "text",
                                    "type": "labels",
                                    "value": {"start": 4, "end": 8, "text": "وزير", "labels": ["ACTOR"]},
                                }
                            ],
                        }
                    ],
                    "predictions": [{"model_version": "v2", "score": 0.9, "result": []}],
                }
            ]
        ),
        encoding="utf-8",
    )
    (record,) = read_labelstudio(path)
    assert record.metadata["labelstudio"] == {
        "id": 7,
        "meta": {"source": "wire"},
        "created_at": "2024-01-01T00:00:00Z",
        "annotations": [
            {"id": 3, "completed_by": {"id": 1, "email": "a@x.org"}, "lead_time": 12.5},
            {"model_version": "v2", "score": 0.9},
        ],
    }
