"""A brat file comes in whole (tests/formats/data/brat_whole, self-made, one of each kind of line): events
with a shared trigger, equivalences, normalisations, attributes and notes on relations and events, notes of
any type, a discontinuous span, a relation before the spans it links; what cannot be kept is reported; the
export writes every line's meaning back; a file with UTF-16 offsets is an error naming the line."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from app.errors import InputError
from app.formats.brat import read_brat
from app.services.export_formats import export
from app.services.exporting import iter_documents
from app.services.importing import import_paths
from tests.formats.real.test_brat_real import meanings

DATA = Path(__file__).parent / "data" / "brat_whole"


def _doc(ws: Any) -> Any:
    report = import_paths(ws.db, [DATA / "a.ann"], annotator="importer", fmt="brat")
    return report, next(iter_documents(ws.db))  # what the exports read, relation attributes included


def test_events_equivalences_norms_notes_and_fragments_come_in(sqlite_ws: Any) -> None:
    _, doc = _doc(sqlite_ws)
    spans = {(a.label, a.start, a.end): a for a in doc.annotations}
    obama, putin = spans["PER", 0, 5], spans["PER", 10, 15]
    events = [a for a in doc.annotations if a.label == "Meeting"]
    assert sorted(a.attributes["brat"]["id"] for a in events) == ["E1", "E2"]  # one trigger, two events
    e2 = next(a for a in events if a.attributes["brat"]["id"] == "E2")
    assert e2.attributes["Negation"] is True
    assert obama.attributes["norm"] == [{"ref": "Wikidata", "id": "Q76", "text": "Barack Obama"}]
    assert putin.attributes["notes"] == [{"type": "ReviewerNotes", "text": "spelling?"}]
    links = {(r.type, r.from_id, r.to_id): r for r in doc.relations}
    meets = links["Meets", obama.id, putin.id]  # the R line came before T1 and T2
    assert meets.attributes["Certain"] == "High" and meets.note == "checked"
    assert ("Equiv", obama.id, putin.id) in links
    head, part = spans["LOC", 0, 5], spans["LOC", 19, 24]  # 0 5;19 24 is not merged into 0-24
    assert ("fragment", head.id, part.id) in links and ("LOC", 0, 24) not in spans
    e1 = next(a for a in events if a.attributes["brat"]["id"] == "E1")
    assert {(r.type, r.to_id) for r in doc.relations if r.from_id == e1.id} == {
        ("Agent", obama.id),
        ("Theme", putin.id),
        ("Place", head.id),
    }


def test_what_cannot_be_kept_is_reported_and_the_rest_goes_back_out(sqlite_ws: Any, tmp_path: Path) -> None:
    report, _ = _doc(sqlite_ws)
    lines = report.defect_lines()
    assert any(
        line.startswith("attribute on an id not in the file (not imported): 1") and "a.ann:14" in line for line in lines
    ), lines
    assert any(line.startswith("line of a kind brat does not define (not imported): 1") for line in lines), lines
    export(sqlite_ws.db, "brat", tmp_path / "out")
    [ann] = (tmp_path / "out").glob("doc-*.ann")
    source = tmp_path / "source.ann"
    source.write_text("".join(line + "\n" for line in (DATA / "a.ann").read_text().split("\n")[:-3]))
    assert meanings(ann) == meanings(source)  # all but the two reported lines, nothing added
    conf = (tmp_path / "out" / "annotation.conf").read_text()
    assert "Meeting\tAgent*:PER, Place*:LOC, Theme*:PER" in conf
    assert "Certain\tArg:Meets, Value:High" in conf and "Negation\tArg:Meeting" in conf


def test_utf16_offsets_are_an_error_naming_the_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"utf16\.ann:1.*code points"):
        next(read_brat(DATA / "utf16.ann"))


def test_a_relation_to_an_unknown_id_is_reported_not_an_error(tmp_path: Path) -> None:
    shutil.copy(DATA / "a.txt", tmp_path / "b.txt")
    (tmp_path / "b.ann").write_text("T1\tPER 0 5\tObama\nR1\tMeets Arg1:T1 Arg2:T7\n")
    record = next(read_brat(tmp_path / "b.ann"))
    assert record.relations == [] and len(record.annotations) == 1
    assert record.metadata["defects"]["counts"] == {"relation naming an id not in the file (not imported)": 1}
