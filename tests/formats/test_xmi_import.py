"""CAS XMI from INCEpTION comes in whole: custom layers, zero-width annotations, duplicate ids (issue 10)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.errors import InputError
from app.formats.uima import read_xmi
from app.services.importing import import_paths

DATA = Path(__file__).resolve().parent / "data"
CUSTOM = DATA / "inception_custom.xmi"
DUPLICATE = DATA / "xmi_duplicate_id.xmi"


def _structures(path: Path) -> int:
    """Feature structures written in the file: every element but NULL, the sofas and the views."""
    from app.formats.uima_read import type_name

    skip = {"uima.cas.NULL", "uima.cas.Sofa", "uima.cas.View"}
    return sum(type_name(el.tag) not in skip for el in ET.parse(path).getroot())


def test_custom_layers_import_as_labels_attributes_and_relations(sqlite_ws: Any) -> None:
    report = import_paths(sqlite_ws.db, [CUSTOM], annotator="importer", fmt="xmi")
    doc = sqlite_ws.documents.open(report.document_ids[0])
    spans = {(a.label, a.text): a.attributes for a in doc.annotations}
    assert spans == {
        ("PER", "بوتين"): {"identifier": "Q7747"},  # NamedEntity: value is the label, the rest attributes
        ("quote", "وقال: السلام"): {},  # one string feature: its value is the label
        ("Event", "زار"): {"kind": "visit", "certainty": "high"},  # two: the layer's name, both kept
        ("peace_talks", "السلام"): {},  # spaces stored with _, and reported
        ("Topic", "دمشق"): {"name": "city,capital"},  # a value no label can be: kept as attribute, reported
        ("Frame", "زار"): {},
    }
    by_id = {a.id: a.text for a in doc.annotations}
    links = sorted((r.type, by_id[r.from_id], by_id[r.to_id]) for r in doc.relations)
    assert links == [("agent", "زار", "بوتين"), ("where", "زار", "دمشق"), ("who", "زار", "بوتين")]
    lines = "\n".join(report.defect_lines())
    for kind in (
        "zero-width NamedEntity",
        "zero-width Sentiment",
        "Role between annotations that are not imported",
        "segmentation (Token), not imported: 2",
        "segmentation (Sentence), not imported: 1",
        "Topic value that cannot be a label",
        "label with spaces stored with _",
    ):
        assert kind in lines


def test_every_structure_is_imported_or_reported() -> None:
    from app.formats.uima_read import read_cas

    reading = read_cas(CUSTOM, CUSTOM.name)
    assert sum(reading.imported.values()) + sum(reading.reported.values()) == _structures(CUSTOM)
    counts = reading.record.metadata["defects"]["counts"]
    assert sum(n for kind, n in counts.items() if "not imported" in kind) == sum(reading.reported.values())
    imported = {t.rsplit(".", 1)[1]: n for t, n in reading.imported.items()}
    assert imported == {
        "DocumentAnnotation": 1,
        "NamedEntity": 1,
        "Stance": 1,
        "Event": 1,
        "Topic": 2,
        "Frame": 1,
        "Role": 1,
        "FrameArg": 2,
    }  # FrameArg: the two links of Frame's slot feature
    reported = {t.rsplit(".", 1)[1]: n for t, n in reading.reported.items()}
    assert reported == {"NamedEntity": 1, "Sentiment": 1, "Role": 1, "Token": 2, "Sentence": 1}


def test_a_zero_width_annotation_does_not_refuse_the_file(sqlite_ws: Any) -> None:
    report = import_paths(sqlite_ws.db, [CUSTOM], annotator="importer", fmt="xmi")
    assert report.documents == 1 and report.annotations == 6
    assert any(
        line.startswith("zero-width NamedEntity, not imported") and "xmi:id 4" in line for line in report.defect_lines()
    )


def test_a_duplicate_xmi_id_is_an_error() -> None:
    with pytest.raises(InputError, match="xmi:id 2 is used twice"):
        list(read_xmi(DUPLICATE))


def test_cli_names_a_duplicate_id_in_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = main(["import", str(DUPLICATE), "--format", "xmi", "--db", str(tmp_path / "x.sqlite")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("hashiya: error: ") and "xmi:id 2 is used twice" in err


def test_a_cas_without_a_text_sofa_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "uri.xmi"
    path.write_text(
        '<?xml version="1.0"?><xmi:XMI xmlns:xmi="http://www.omg.org/XMI" '
        'xmlns:cas="http:///uima/cas.ecore" xmi:version="2.0"><cas:NULL xmi:id="0"/>'
        '<cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" sofaURI="file:/a.wav"/></xmi:XMI>',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"no text sofa.*sofaURI"):
        list(read_xmi(path))


RELATION_LAYER = """<?xml version="1.0" encoding="UTF-8"?>
<xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore"
 xmlns:custom="http:///webanno/custom.ecore" xmi:version="2.0">
<cas:NULL xmi:id="0"/>
<custom:Actor xmi:id="2" sofa="1" begin="0" end="5" value="PER"/>
<custom:Actor xmi:id="3" sofa="1" begin="9" end="12" value="ORG"/>
<custom:Stance xmi:id="4" sofa="1" begin="9" end="12" Governor="2" Dependent="3" polarity="against" strength="firm"/>
<cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" mimeType="text" sofaString="بوتين ضد حلف"/>
<cas:View sofa="1" members="2 3 4"/>
</xmi:XMI>
"""


def test_a_relation_layers_features_become_the_relations_attributes(sqlite_ws: Any, tmp_path: Path) -> None:
    path = tmp_path / "stance.xmi"
    path.write_text(RELATION_LAYER, encoding="utf-8")
    report = import_paths(sqlite_ws.db, [path], annotator="importer", fmt="xmi")
    doc = sqlite_ws.documents.open(report.document_ids[0])
    by_id = {a.id: a.text for a in doc.annotations}
    assert [(r.type, by_id[r.from_id], by_id[r.to_id], r.attributes) for r in doc.relations] == [
        ("Stance", "بوتين", "حلف", {"polarity": "against", "strength": "firm"})
    ]
    assert not any("Stance feature" in line for line in report.defect_lines())  # kept, so nothing to report


def test_relation_attributes_and_notes_survive_an_xmi_round_trip(sqlite_ws: Any, tmp_path: Path) -> None:
    import json

    from app.services import Workspace
    from app.services.export_formats import export
    from app.services.exporting import ExportFilter
    from tests.formats.sample import build

    info = build(sqlite_ws)
    export(sqlite_ws.db, "jsonl", tmp_path / "out.jsonl", ExportFilter(doc_ids=frozenset({info["doc"]})))
    record = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()[0])
    record["relations"][0] |= {"attributes": {"confidence": "high", "checked": True}, "note": "من البيان"}
    (tmp_path / "in.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    wanted = {
        (r["type"], json.dumps(r.get("attributes", {}), sort_keys=True), r.get("note", "")) for r in record["relations"]
    }
    for step in ("first", "second"):
        ws = Workspace.open(str(tmp_path / f"{step}.sqlite3"), "importer")
        source = tmp_path / ("in.jsonl" if step == "first" else "xmi")
        report = import_paths(ws.db, [source], annotator="importer", fmt="jsonl" if step == "first" else "xmi")
        doc = ws.documents.open(report.document_ids[0])
        got = {(r.type, json.dumps(r.attributes, sort_keys=True), r.note) for r in doc.relations}
        assert got == wanted, step
        if step == "first":
            export(ws.db, "xmi", tmp_path / "xmi", ExportFilter(doc_ids=frozenset(report.document_ids)))
        ws.close()


def test_an_xmi_file_is_opened_once_and_still_refused_when_binary_or_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins
    import io

    from app.formats.annotated import read_annotated

    opened: list[str] = []
    real_open = io.open

    def counting_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", counting_open)
    monkeypatch.setattr(builtins, "open", counting_open)
    records = list(read_annotated(CUSTOM, "xmi"))
    assert len(records) == 1 and records[0].text
    assert opened.count(str(CUSTOM)) == 1
    monkeypatch.undo()
    empty, binary = tmp_path / "empty.xmi", tmp_path / "binary.xmi"
    empty.write_bytes(b"\xef\xbb\xbf \n\t")
    binary.write_bytes(b"<?xml version='1.0'?>\x00\x01\x02")
    with pytest.raises(InputError, match="empty file"):
        list(read_annotated(empty, "xmi"))
    with pytest.raises(InputError, match="binary"):
        list(read_annotated(binary, "xmi"))
