"""Import every folder of real plain articles through the import service: each stored text equals
the source text decoded independently here (sha256 of the exact string), none is duplicated."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from app.formats.native import sha256_text
from app.formats.records import FieldMapping
from app.services.importing import import_paths
from db.engine import open_database

pytestmark = pytest.mark.corpora


def _nl(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _trec_bodies(folder: Path) -> list[str]:
    bodies = []
    for path in sorted(folder.rglob("*.txt")):
        raw = path.read_bytes().decode("utf-8-sig")
        body = re.search(r"<TEXT>(.*?)</TEXT>", _nl(raw), re.S)
        assert body is not None, path
        bodies.append(body.group(1).removeprefix("\n").removesuffix("\n"))
    return bodies


def _csv_field(paths: list[Path], field: str) -> list[str]:
    out = []
    for path in paths:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            out += [_nl(row[field]) for row in csv.DictReader(handle)]
    return out


CASES = {
    "ant-news": (lambda c: _trec_bodies(c / "ant-news"), lambda c: [c / "ant-news"], FieldMapping()),
    "saudinewsnet": (
        lambda c: [_nl(a["content"]) for a in json.loads((c / "saudinewsnet/2015-08-11.json").read_text("utf-8"))],
        lambda c: [c / "saudinewsnet/2015-08-11.json"],
        FieldMapping(text="content", title="title", id="url"),
    ),
    "ans": (
        lambda c: _csv_field(sorted((c / "ans/claim").glob("*.csv")), "claim_s"),
        lambda c: sorted((c / "ans/claim").glob("*.csv")),
        FieldMapping(text="claim_s", title=None, id=None),
    ),
    "clef2018-checkthat-ar": (
        lambda c: [
            _nl(p.read_bytes().decode("utf-8-sig")) for p in sorted((c / "clef2018-checkthat-ar").rglob("*.txt"))
        ],
        lambda c: [c / "clef2018-checkthat-ar"],
        FieldMapping(),
    ),
    "arsarcasm": (
        lambda c: _csv_field([c / "arsarcasm/ArSarcasm_test.csv"], "tweet"),
        lambda c: [c / "arsarcasm/ArSarcasm_test.csv"],
        FieldMapping(text="tweet", title=None, id=None),
    ),
    "tashkeela-diacritized": (
        lambda c: [_nl((c / "tashkeela-diacritized/val.txt").read_bytes().decode("utf-8"))],
        lambda c: [c / "tashkeela-diacritized/val.txt"],
        FieldMapping(),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_stored_text_equals_decoded_source(corpora: Path, tmp_path: Path, name: str) -> None:
    expected_texts, paths, mapping = CASES[name]
    expected = [t for t in expected_texts(corpora) if t.strip()]
    db = open_database(tmp_path / "c.sqlite3")
    report = import_paths(db, paths(corpora), annotator="t", mapping=mapping)
    with db.engine.connect() as conn:
        stored = {sha: text for sha, text in conn.exec_driver_sql("SELECT sha256, text FROM documents")}
    db.close()
    assert report.bad == []
    assert report.documents == len(stored) == len(set(expected))
    assert report.documents + report.duplicates == len(expected)
    for text in expected:
        assert stored[sha256_text(text)] == text
    if name == "tashkeela-diacritized":  # harakat kept in their source order, not NFC
        assert "\u0634\u0651\u064e" in next(iter(stored.values()))
    if name == "arsarcasm":
        assert any("\U0001f602" in t for t in stored.values())
