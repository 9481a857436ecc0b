"""brat corpora from other projects come in whole and go back out with every line's meaning.

Data: ``peer-formats/brat`` in the shared corpora (BioNLP-ST 2011 EPI and ID: events, ``*`` equivalences,
M attributes on events, events sharing a trigger, events without arguments; NCBI-disease: A attributes with
values). Each ``.ann`` is parsed here, independently of the reader, into meanings by offsets (entity type +
fragments + text, event type + trigger + sorted (role, argument), relation, equivalence set, normalisation,
attribute and note by target); brat -> Hashiya -> brat must give the same set, Hashiya's own ``HashiyaData``
notes aside. The tests skip with the reason when the data is absent.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.services.export_formats import export
from app.services.importing import import_paths

CORPORA = ["BioNLP-ST_2011_EPI", "BioNLP-ST_2011_ID", "NCBI-disease"]
Meaning = tuple[Any, ...]


@pytest.fixture
def brat(corpora: Path) -> Path:
    folder = corpora / "peer-formats" / "brat"
    if not folder.is_dir():
        pytest.skip(f"no brat corpora at {folder}")
    return folder


def meanings(ann: Path) -> Counter[Meaning]:
    """What the lines of one ``.ann`` say, with every id replaced by what it stands for."""
    lines = [line for line in ann.read_text(encoding="utf-8").split("\n") if line.strip()]
    spans: dict[str, Meaning] = {}
    for line in lines:
        if line.startswith("T"):
            key, middle, text = line.split("\t", 2)
            kind, offsets = middle.split(" ", 1)
            spans[key] = (kind, tuple(tuple(map(int, f.split())) for f in offsets.split(";")), text)
    events = {line.split("\t")[0]: line.split("\t")[1].split() for line in lines if line.startswith("E")}

    def ref(key: str) -> Meaning:
        if key in spans:
            return spans[key]
        kind, trigger = events[key][0].split(":")
        return (
            "event",
            kind,
            spans[trigger],
            tuple(sorted((a.split(":")[0], ref(a.split(":")[1])) for a in events[key][1:])),
        )

    rels: dict[str, Meaning] = {}
    out: Counter[Meaning] = Counter()
    for line in lines:
        fields = line.split("\t")
        words = fields[1].split()
        if line[0] == "T" and fields[0] not in {e[0].split(":")[1] for e in events.values()}:
            out[("entity", *spans[fields[0]])] += 1
        elif line[0] == "E":
            out[ref(fields[0])] += 1
        elif line[0] == "R":
            rels[fields[0]] = (
                "relation",
                words[0],
                *(tuple(a.split(":")[0] for a in words[1:])),
                *(ref(a.split(":")[1]) for a in words[1:]),
            )
            out[rels[fields[0]]] += 1
        elif line[0] == "*":
            out[("equiv", words[0], frozenset(ref(m) for m in words[1:]))] += 1
        elif line[0] in "AM":
            out[("attribute", words[0], rels.get(words[1]) or ref(words[1]), tuple(words[2:]))] += 1
        elif line[0] == "N":
            out[("norm", words[0], ref(words[1]), words[2], fields[2])] += 1
        elif line[0] == "#" and words[0] != "HashiyaData":
            out[("note", words[0], rels.get(words[1]) or ref(words[1]), fields[2])] += 1
    return out


def _conf_types(conf: Path) -> dict[str, set[str]]:
    """The type names each section of an ``annotation.conf`` declares."""
    sections: dict[str, set[str]] = {}
    current = ""
    for line in conf.read_text(encoding="utf-8").split("\n"):
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
        elif line and not line.startswith("#") and current:
            sections.setdefault(current, set()).add(line.split("\t")[0].split("|")[0])
    return sections


@pytest.mark.parametrize("name", CORPORA)
def test_brat_corpus_round_trip_keeps_every_lines_meaning(
    sqlite_ws: Any, brat: Path, tmp_path: Path, name: str
) -> None:
    source = brat / name
    anns = sorted(source.glob("*.ann"))
    report = import_paths(sqlite_ws.db, [source], annotator="importer", fmt="brat")
    assert report.documents == len(anns) and not report.bad
    assert report.defect_lines() == []  # nothing of these files needed reporting: all of it is imported
    out = tmp_path / "out"
    export(sqlite_ws.db, "brat", out)
    by_text = {p.with_suffix(".txt").read_bytes(): p for p in anns}
    exported = sorted(out.glob("doc-*.ann"))
    assert len(exported) == len(anns)
    lines = kept = 0
    for ann in exported:
        original = by_text[ann.with_suffix(".txt").read_bytes()]
        want = meanings(original)
        assert meanings(ann) == want, original.name
        lines += sum(1 for line in original.read_text(encoding="utf-8").split("\n") if line.strip())
        kept += sum(want.values())
    triggers = sum(
        1
        for p in anns
        for line in p.read_text(encoding="utf-8").split("\n")
        if line.startswith("T")
        and line.split("\t")[0]
        in {
            e.split("\t")[1].split()[0].split(":")[1]
            for e in p.read_text(encoding="utf-8").split("\n")
            if e.startswith("E")
        }
    )
    assert lines == kept + triggers  # every line read is imported (a trigger's T line within its events)


@pytest.mark.parametrize("name", CORPORA)
def test_exported_conf_declares_every_type_used(sqlite_ws: Any, brat: Path, tmp_path: Path, name: str) -> None:
    import_paths(sqlite_ws.db, [brat / name], annotator="importer", fmt="brat")
    out = tmp_path / "out"
    export(sqlite_ws.db, "brat", out)
    declared = _conf_types(out / "annotation.conf")
    used: dict[str, set[str]] = {"entities": set(), "events": set(), "relations": set(), "attributes": set()}
    for ann in out.glob("doc-*.ann"):
        for line in ann.read_text(encoding="utf-8").split("\n"):
            if not line:
                continue
            kind = line.split("\t")[1].split()[0]
            section = {
                "T": "entities",
                "E": "events",
                "R": "relations",
                "*": "relations",
                "A": "attributes",
                "M": "attributes",
            }.get(line[0])
            if section:
                used[section].add(kind.split(":")[0])
        triggers = {
            line.split("\t")[1].split()[0].split(":")[0]
            for line in ann.read_text(encoding="utf-8").split("\n")
            if line.startswith("E")
        }
        used["entities"] -= triggers  # a trigger's T line has its event's type
    for section, names in used.items():
        assert names <= declared.get(section, set()), (section, names - declared.get(section, set()))
    assert not declared.get("entities", set()) & declared.get("events", set())
