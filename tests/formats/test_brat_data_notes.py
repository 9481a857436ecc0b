"""brat: Hashiya's own notes (``HashiyaData``: a span's id, annotator and attributes) read as JSON reads them,
by orjson where it agrees and by json where it does not (integers past 64 bits, which orjson makes floats)."""

from __future__ import annotations

import json
from pathlib import Path

from app.formats.readers import read_records

TEXT = "قال الوزير إن 3 أشخاص أصيبوا"


def _read(tmp_path: Path, attributes: dict) -> dict:
    (tmp_path / "d.txt").write_text(TEXT, encoding="utf-8")
    note = json.dumps({"id": "a1", "annotator": "sara", "attributes": attributes}, ensure_ascii=False)
    (tmp_path / "d.ann").write_text(f"T1\tACTOR 4 10\tالوزير\n#1\tHashiyaData T1\t{note}\n", encoding="utf-8")
    (record,) = read_records(tmp_path / "d.ann", "brat")
    (span,) = record.annotations
    assert (span.id, span.annotator, span.label, span.start, span.end) == ("a1", "sara", "ACTOR", 4, 10)
    return span.attributes


def test_a_note_keeps_its_values_and_types(tmp_path: Path) -> None:
    attributes = {"kind": "count", "value": 3, "ratio": 0.1, "ok": True, "none": None, "list": ["٣", 2.5]}
    assert _read(tmp_path, attributes) == attributes


def test_an_integer_past_64_bits_stays_an_integer(tmp_path: Path) -> None:
    big = 123456789012345678901234567890
    found = _read(tmp_path, {"value": big, "negative": -(2**63) - 1})
    assert found == {"value": big, "negative": -(2**63) - 1}
    assert type(found["value"]) is int
