"""Every export is read back by the tool its users feed it to, never by our own parser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.errors import HashiyaError
from app.services.export_formats import export
from app.services.exporting import ExportFilter
from tests.formats.consumers import run_consumer
from tests.formats.sample import CONTROL_TEXT, TEXT, build


@pytest.fixture
def sample(sqlite_ws: Any) -> dict[str, Any]:
    info = build(sqlite_ws)
    info["ws"] = sqlite_ws
    return info


def expected(sample: dict[str, Any]) -> set[tuple[str, int, int, str]]:
    return {(a.label, a.start, a.end, a.text) for a in sample["spans"].values()}


def only_sample(sample: dict[str, Any]) -> ExportFilter:
    return ExportFilter(doc_ids=frozenset({sample["doc"]}))


def test_emoji_precedes_every_span(sample: dict[str, Any]) -> None:
    assert TEXT.startswith("😀") and all(a.start > 0 for a in sample["spans"].values())


def test_brat_read_by_bratly(sample: dict[str, Any], tmp_path: Path) -> None:
    from bratly import EntityAnnotation, EventAnnotation, RelationAnnotation
    from bratly.io import read_document_collection_from_folder

    out = tmp_path / "brat"
    export(sample["ws"].db, "brat", out)
    collection = read_document_collection_from_folder(str(out), renumerotize_ann=False)
    assert collection is not None and collection.check_ann_compatibility_with_txt()
    doc = next(d for d in collection.documents if d.fullpath.endswith(f"doc-{sample['doc']}.txt"))
    anns = doc.annotation_collections[0].annotations
    assert doc.get_txt_content() == TEXT
    entities = {
        (e.label, e.fragments[0].start, e.fragments[-1].end, TEXT[e.fragments[0].start : e.fragments[-1].end])
        for e in anns
        if isinstance(e, EntityAnnotation) and e.label != "Attribution"
    }
    assert entities == expected(sample)
    relations = {
        (r.label, r.argument1[1].label, r.argument2[1].label) for r in anns if isinstance(r, RelationAnnotation)
    }
    assert relations == {("source", "CLAIM", "ACTOR"), ("cue", "CLAIM", "CUE")}
    events = [e for e in anns if isinstance(e, EventAnnotation)]
    assert len(events) == 2
    with_cue = next(e for e in events if "Cue" in e.args)
    assert {k: v.label for k, v in with_cue.args.items()} == {"Source": "ACTOR", "Cue": "CUE", "Content": "CLAIM"}
    assert with_cue.event_trigger.content == "قال"


def test_xmi_read_by_cassis_with_utf16_offsets(sample: dict[str, Any], tmp_path: Path) -> None:
    from cassis import load_cas_from_xmi, load_typesystem

    out = tmp_path / "xmi"
    report = export(sample["ws"].db, "xmi", out, only_sample(sample))
    assert report.offsets == "utf16"
    ts = load_typesystem((out / "TypeSystem.xml").open("rb"))
    cas = load_cas_from_xmi((out / f"doc-{sample['doc']}.xmi").open("rb"), typesystem=ts)
    assert cas.sofa_string == TEXT
    spans = {(s.label, s.begin, s.end, s.get_covered_text()) for s in cas.select("webanno.custom.HashiyaSpan")}
    assert spans == expected(sample)  # cassis converted UTF-16 back to code points
    raw = (out / f"doc-{sample['doc']}.xmi").read_text(encoding="utf-8")
    actor = next(a for a in sample["spans"].values() if a.text == "شويغو")
    assert f'begin="{actor.start + 1}" end="{actor.end + 1}"' in raw  # the emoji is two UTF-16 units
    links = {(r.label, r.Governor.label, r.Dependent.label) for r in cas.select("webanno.custom.HashiyaRelation")}
    assert links == {("source", "CLAIM", "ACTOR"), ("cue", "CLAIM", "CUE")}
    meta = cas.select("webanno.custom.HashiyaDocument")[0]
    assert meta.offsetUnit == "utf16" and len(meta.sha256) == 64


def test_xmi_refuses_a_control_character_and_leaves_nothing(sample: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "xmi"
    export(sample["ws"].db, "xmi", out, ExportFilter(doc_ids=frozenset({sample["doc"]})))  # an earlier export
    before = sorted((p.name, p.read_bytes()) for p in out.iterdir())
    with pytest.raises(HashiyaError, match=r"document \d+ \('control'\).*U\+001A"):
        export(sample["ws"].db, "xmi", out)
    assert sorted((p.name, p.read_bytes()) for p in out.iterdir()) == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]  # no staged folder left


def test_casjson_read_by_cassis_keeps_control_characters(sample: dict[str, Any], tmp_path: Path) -> None:
    from cassis import load_cas_from_json

    out = tmp_path / "casjson"
    export(sample["ws"].db, "casjson", out)
    cas = load_cas_from_json((out / f"doc-{sample['doc']}.json").open("rb"))
    assert cas.sofa_string == TEXT
    assert {
        (s.label, s.begin, s.end, s.get_covered_text()) for s in cas.select("webanno.custom.HashiyaSpan")
    } == expected(sample)
    ctrl = load_cas_from_json((out / f"doc-{sample['control']}.json").open("rb"))
    assert ctrl.sofa_string == CONTROL_TEXT


def _conllu_text(sentences: list[Any]) -> str:
    """The document text rebuilt from CoNLL-U token forms and their spacing MISC."""
    from app.formats.conllu import unescape_spaces

    parts: list[str] = []
    for sentence in sentences:
        inside = 0
        for tok in sentence:
            misc = tok["misc"] or {}
            if isinstance(tok["id"], tuple):
                if "SpacesBefore" in misc:
                    parts.append(unescape_spaces(misc["SpacesBefore"]))
                parts.append(tok["form"])
                inside = tok["id"][2]
            elif tok["id"] <= inside:
                continue
            else:
                if "SpacesBefore" in misc:
                    parts.append(unescape_spaces(misc["SpacesBefore"]))
                parts.append(tok["form"])
            if isinstance(tok["id"], tuple) or tok["id"] > inside:
                if "SpacesAfter" in misc:
                    parts.append(unescape_spaces(misc["SpacesAfter"]))
                elif misc.get("SpaceAfter") != "No":
                    parts.append(" ")
    return "".join(parts)


def test_conllu_read_by_conllu(sample: dict[str, Any], tmp_path: Path) -> None:
    import conllu

    out = tmp_path / "out.conllu"
    export(sample["ws"].db, "conllu", out, only_sample(sample))
    sentences = conllu.parse(out.read_text(encoding="utf-8"))
    assert sentences[0].metadata["newdoc id"] == str(sample["doc"])
    assert sentences[0].metadata["offsets"] == "codepoint"
    assert _conllu_text(sentences) == TEXT
    assert "\n".join(s.metadata["text"] for s in sentences) == TEXT.replace("\u00a0", "\u00a0")
    mwt = [t for s in sentences for t in s if isinstance(t["id"], tuple)]
    assert any(t["form"] == "لشويغو" for t in mwt)  # the clitic ل is its own word
    words = [t for t in sentences[0] if not isinstance(t["id"], tuple)]
    tags = {t["form"]: (t["misc"] or {}).get("Entity") for t in words}
    assert tags["ل"] == "I-CLAIM" and tags["شويغو"] == "B-ACTOR,I-CLAIM" and tags["قال"] == "B-CLAIM,B-CUE"


def test_conll_iob2_read_by_seqeval(sample: dict[str, Any], tmp_path: Path) -> None:
    from seqeval.scheme import IOB2, Entities

    out = tmp_path / "out.conll"
    export(sample["ws"].db, "conll", out, only_sample(sample))
    lines = out.read_text(encoding="utf-8").split("\n")
    columns = next(line for line in lines if line.startswith("# columns")).split(" = ")[1].split()[1:]
    sentences: list[list[list[str]]] = [[]]
    for line in lines:
        if line.startswith("# ") and "\t" not in line:
            continue
        if not line:
            sentences.append([]) if sentences[-1] else None
            continue
        sentences[-1].append(line.split("\t"))
    sentences = [s for s in sentences if s]
    forms = [[row[0] for row in s] for s in sentences]
    found = set()
    offsets = _token_offsets(forms)
    for c, name in enumerate(columns, 1):
        seqs = [[row[c] for row in s] for s in sentences]
        for sent_entities in Entities(seqs, IOB2).entities:
            for e in sent_entities:
                start, end = offsets[e.sent_id][e.start][0], offsets[e.sent_id][e.end - 1][1]
                assert e.tag == name
                found.add((e.tag, start, end, TEXT[start:end]))
    assert found == expected(sample)


def _token_offsets(forms: list[list[str]]) -> list[list[tuple[int, int]]]:
    """Where each token is in TEXT (tokens appear in order)."""
    pos, out = 0, []
    for sentence in forms:
        row = []
        for form in sentence:
            start = TEXT.index(form, pos)
            row.append((start, start + len(form)))
            pos = start + len(form)
        out.append(row)
    return out


def test_doccano_utf16_and_codepoint(sample: dict[str, Any], tmp_path: Path) -> None:
    import json

    for unit in ("utf16", "codepoint"):
        out = tmp_path / f"{unit}.jsonl"
        report = export(sample["ws"].db, "doccano", out, only_sample(sample), options={"offsets": unit})
        assert report.offsets == unit
        row = json.loads(out.read_text(encoding="utf-8"))
        assert row["offsets"] == unit and row["text"] == TEXT
        got = set()
        for e in row["entities"]:
            if unit == "utf16":  # as doccano's JavaScript front end slices: UTF-16 code units
                units = TEXT.encode("utf-16-le")
                piece = units[2 * e["start_offset"] : 2 * e["end_offset"]].decode("utf-16-le")
            else:
                piece = TEXT[e["start_offset"] : e["end_offset"]]
            got.add((e["label"], piece))
        assert got == {(label, text) for label, _, _, text in expected(sample)}


def test_labelstudio_validated_by_sdk(sample: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "ls"
    export(sample["ws"].db, "labelstudio", out)
    result = run_consumer("labelstudio", "labelstudio_tasks.py", out)
    assert result["errors"] == [] and result["tasks"] == 2 and result["regions"] > 8


def test_hf_jsonl_and_parquet_read_by_datasets(sample: dict[str, Any], tmp_path: Path) -> None:
    jsonl = tmp_path / "hf.jsonl"
    export(sample["ws"].db, "hf", jsonl)
    db = str(sample["ws"].db.engine.url.database)
    result = run_consumer("datasets", "hf_datasets.py", db, jsonl, tmp_path / "parquet")
    for kind in ("jsonl", "parquet"):
        rows = [r for r in result[kind]["rows"] if r["sha256"] != ""]
        assert {"tokens", "ner_tags", "spans"} <= set(result[kind]["features"])
        spans = {(s["label"], s["start"], s["end"], s["text"]) for r in rows for s in r["spans"] if r["text"] in TEXT}
        assert spans == expected(sample)
        for r in rows:
            assert all(r["offsets"] == "codepoint" for r in rows)
            assert len(r["tokens"]) == len(r["ner_tags"])
        first = next(r for r in rows if r["text"].startswith("😀"))
        assert first["tokens"][:4] == ["😀", "قال", "ل", "شويغو"]
        assert first["ner_tags"][:4] == ["O", "B-CUE", "I-CLAIM", "B-ACTOR"]


def test_spacy_docbin_read_by_spacy(sample: dict[str, Any]) -> None:
    db = str(sample["ws"].db.engine.url.database)
    out = Path(db).parent / "spacy"
    result = run_consumer("spacy", "spacy_docbin.py", db, out)
    doc = next(d for d in result["docs"] if d["text"] == TEXT)
    assert {tuple(s) for s in doc["spans"]} == expected(sample)
    assert doc["user_data"]["sha256"] and doc["user_data"]["offsets"] == "codepoint"
    assert "ل" in doc["tokens"] and "شويغو" in doc["tokens"]
    assert any(d["text"] == CONTROL_TEXT for d in result["docs"])
    assert result["skipped"] == []
