"""Exports read the schema: Label Studio's config (colours, keys, link types), brat's annotation.conf
(attributes declared with every choice), the UIMA TypeSystem (attribute features), CoNLL's columns."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from app.services.export_formats import export
from app.services.exporting import ExportFilter
from tests.formats.consumers import run_consumer
from tests.formats.sample import build


@pytest.fixture
def sample(sqlite_ws: Any) -> Any:
    sqlite_ws.sample_doc = build(sqlite_ws)["doc"]
    sqlite_ws.schema.recolour_label("FIGURE", "#d62828")
    sqlite_ws.schema.add_label("PLACE", colour="#0067a5", key="7", description="A place.")
    sqlite_ws.schema.add_relation_type("located_in", ("CLAIM",), ("PLACE",))
    return sqlite_ws


def test_label_studio_config_carries_the_schema(sample: Any, tmp_path: Path) -> None:
    export(sample.db, "labelstudio", tmp_path / "ls")
    config = (tmp_path / "ls" / "config.xml").read_text(encoding="utf-8")
    assert '<Label value="FIGURE" background="#d62828" hotkey="3"' in config
    assert '<Label value="PLACE" background="#0067a5" hotkey="7" hint="A place."/>' in config
    assert '<Relation value="located_in"/>' in config


def test_brat_conf_declares_the_schema_attributes(sample: Any, tmp_path: Path) -> None:
    export(sample.db, "brat", tmp_path / "brat")
    conf = (tmp_path / "brat" / "annotation.conf").read_text(encoding="utf-8")
    attributes = conf.split("[attributes]", 1)[1]
    # no span in the sample has qualifier at_most or an ACTOR of kind 'state': declared all the same
    assert re.search(r"^qualifier\tArg:FIGURE, Value:[^\n]*at_most", attributes, re.M)
    assert re.search(r"^quote\tArg:CLAIM, Value:direct\|indirect$", attributes, re.M)
    kind = re.search(r"^kind\tArg:ACTOR\|FIGURE, Value:(\S+)$", attributes, re.M)
    assert kind is not None and {"state", "person", "count", "money"} <= set(kind.group(1).split("|"))


def test_uima_type_system_has_a_feature_per_attribute(sample: Any, tmp_path: Path) -> None:
    cassis = pytest.importorskip("cassis")
    export(sample.db, "xmi", tmp_path / "xmi", ExportFilter(doc_ids=frozenset([sample.sample_doc])))
    with (tmp_path / "xmi" / "TypeSystem.xml").open("rb") as f:
        typesystem = cassis.load_typesystem(f)
    span = typesystem.get_type("webanno.custom.HashiyaSpan")
    assert {"kind", "quote", "value", "qualifier"} <= {f.name for f in span.all_features}
    xmi = next(p for p in (tmp_path / "xmi").iterdir() if p.name.startswith("doc-"))
    with xmi.open("rb") as f:
        cas = cassis.load_cas_from_xmi(f, typesystem=typesystem)
    kinds = {(s.label, s.get("kind")) for s in cas.select("webanno.custom.HashiyaSpan")}
    assert ("ACTOR", "person") in kinds and ("FIGURE", "percent") in kinds


def test_conll_columns_follow_the_schema(sample: Any, tmp_path: Path) -> None:
    sample.schema.rename_label("ACTOR", "SPEAKER")
    sample.schema.delete_label("PLACE")
    export(sample.db, "conll", tmp_path / "out.conll")
    text = (tmp_path / "out.conll").read_text(encoding="utf-8")
    assert "B-SPEAKER" in text and "ACTOR" not in text and "PLACE" not in text


def test_brat_conf_declares_the_schema_relation_types(sample: Any, tmp_path: Path) -> None:
    sample.schema.add_relation_type("mentions", targets=("FIGURE",))  # any source, unused in the data
    doc = sample.documents.open(sample.sample_doc)
    first, second = doc.annotations[0], doc.annotations[1]
    sample.relations.add("free_link", first.id, second.id)  # a type the schema does not declare
    export(sample.db, "brat", tmp_path / "brat")
    conf = (tmp_path / "brat" / "annotation.conf").read_text(encoding="utf-8")
    relations = conf.split("[relations]", 1)[1].split("[events]", 1)[0]
    assert re.search(r"^source\tArg1:CLAIM, Arg2:ACTOR$", relations, re.M)
    assert re.search(r"^cue\tArg1:CLAIM, Arg2:CUE$", relations, re.M)
    assert re.search(r"^located_in\tArg1:CLAIM, Arg2:PLACE$", relations, re.M)
    assert re.search(r"^mentions\tArg1:<ENTITY>, Arg2:FIGURE$", relations, re.M)
    assert re.search(rf"^free_link\tArg1:{first.label}, Arg2:{second.label}$", relations, re.M)


def test_hf_parquet_ner_tags_are_a_class_label_in_the_schema_order(sample: Any, tmp_path: Path) -> None:
    labels = sample.schema.get().label_names  # ACTOR, CLAIM, FIGURE, CUE, PLACE (added by the fixture)
    jsonl = tmp_path / "hf.jsonl"
    export(sample.db, "hf", jsonl)
    result = run_consumer("datasets", "hf_datasets.py", sample.db.engine.url.database, jsonl, tmp_path / "parquet")
    names = result["parquet"]["ner_names"]
    assert names[0] == "O" and names[1:] == [f"{p}-{label}" for label in labels for p in "BI"]
    assert "B-PLACE" in names  # no span holds it: the schema's labels, not the data's
    assert result["jsonl"]["ner_names"] is None  # JSONL stays tag strings
    # the class ids decode to the very tags the JSONL rows hold
    assert [r["ner_tags"] for r in result["parquet"]["rows"]] == [r["ner_tags"] for r in result["jsonl"]["rows"]]
    assert any("B-ACTOR" in r["ner_tags"] for r in result["parquet"]["rows"])
