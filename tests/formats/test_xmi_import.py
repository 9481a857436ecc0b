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
