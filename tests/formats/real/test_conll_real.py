"""CoNLL (IOB) files from other projects come in whole: tokens in = tokens stored + reported, the entities
seqeval reads from the source tags (per column, with the detected scheme) = the spans imported + reported,
and export -> re-import gives the same text and spans.

Data: ``peer-formats/ner`` in the shared corpora (Wojood nested IOB2 with ``$#$`` lines, IDRISI BILOU,
NERCorp in the CoNLL-2003 layout); the tests skip with the reason when it is absent.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from seqeval.scheme import BILOU, IOB2, Entities, Token

from app.formats.conll import read_conll
from app.formats.records import SourceRecord
from app.formats.tokens import stored_tokens
from app.services import Workspace
from app.services.export_formats import export
from app.services.importing import import_paths
from tests.formats.roundtrip import snapshot

SEPARATOR = "separator line $#$ (read as a sentence break)"
I_START = "I- tag that continues nothing"
CASES = [  # file, scheme, tag columns are all the columns after the token (else only the last one)
    ("wojood_sample_train.txt", "IOB2", True),
    ("idrisi_covid_2019/dev.bilou.txt", "BILOU", True),
    ("idrisi_covid_2019/train.bilou.txt", "BILOU", True),
    ("NERCorp_test", "IOB2", False),
]
SEQEVAL: dict[str, type[Token]] = {"IOB2": IOB2, "BILOU": BILOU}


@pytest.fixture
def ner(corpora: Path) -> Path:
    folder = corpora / "peer-formats" / "ner"
    if not folder.is_dir():
        pytest.skip(f"peer-format NER files not found at {folder}")
    return folder


@dataclass
class Source:
    """The file as plain ``str.split`` reads it: token lines, sentences, tag columns."""

    forms: list[str] = field(default_factory=list)  # every token line's token but the separators'
    rows: list[list[str]] = field(default_factory=list)  # all fields of those lines
    sentences: list[tuple[int, int]] = field(default_factory=list)  # [first, last) token index
    token_lines: int = 0
    separators: int = 0


def read_source(path: Path) -> Source:
    src = Source()
    start = 0
    for line in [*path.read_text(encoding="utf-8").split("\n"), ""]:
        fields = line.split(" ")
        if line and fields[0] == "$#$":
            src.token_lines += 1
            src.separators += 1
        elif line:
            src.token_lines += 1
            src.forms.append(fields[0])
            src.rows.append(fields)
            continue
        if len(src.forms) > start:
            src.sentences.append((start, len(src.forms)))
        start = len(src.forms)
    return src


def seqeval_entities(src: Source, scheme: str, all_columns: bool) -> Counter[tuple[str, int, int]]:
    """(label, first token, end token) of every entity seqeval finds, column by column, strict mode."""
    out: Counter[tuple[str, int, int]] = Counter()
    width = max(len(r) for r in src.rows)
    columns = range(1, width) if all_columns else [width - 1]
    for c in columns:
        for lo, hi in src.sentences:
            tags = [r[c] if c < len(r) else "O" for r in src.rows[lo:hi]]
            for e in Entities([tags], SEQEVAL[scheme]).entities[0]:
                out[(e.tag, lo + e.start, lo + e.end)] += 1
    return out


def _tokens(record: SourceRecord) -> list[tuple[int, int]]:
    found = stored_tokens(record.text, record.metadata)
    assert found is not None
    return found[0]


def imported_entities(records: list[SourceRecord]) -> Counter[tuple[str, int, int]]:
    out: Counter[tuple[str, int, int]] = Counter()
    base = 0
    for r in records:
        tokens = _tokens(r)
        first = {s: k for k, (s, _) in enumerate(tokens)}
        last = {e: k for k, (_, e) in enumerate(tokens)}
        for a in r.annotations:
            out[(a.label, base + first[a.start], base + last[a.end] + 1)] += 1
        base += len(tokens)
    return out


def reported(records: list[SourceRecord]) -> Counter[str]:
    out: Counter[str] = Counter()
    for r in records:
        out.update(r.metadata["defects"]["counts"])
    return out


@pytest.mark.corpora
@pytest.mark.parametrize(("name", "scheme", "all_columns"), CASES)
def test_tokens_and_tags_in_equal_tokens_and_spans_out_plus_reported(
    ner: Path, name: str, scheme: str, all_columns: bool
) -> None:
    path = ner / name
    src = read_source(path)
    records = list(read_conll(path))
    found = reported(records)
    assert {r.metadata["defects"]["scheme"] for r in records} == {f"{scheme} (detected)"}
    stored = [r.text[s:e] for r in records for s, e in _tokens(r)]
    assert stored == src.forms  # same tokens, same order, nothing glued
    assert src.token_lines == len(stored) + found[SEPARATOR]
    assert found[SEPARATOR] == src.separators
    expected, got = seqeval_entities(src, scheme, all_columns), imported_entities(records)
    assert not expected - got  # every entity seqeval reads is imported
    assert sum((got - expected).values()) == found[I_START]  # the rest starts with an I- and is reported
    assert set(found) <= {SEPARATOR, I_START}


@pytest.mark.corpora
def test_conll2003_pos_and_chunk_columns_are_kept(ner: Path) -> None:
    src = read_source(ner / "NERCorp_test")
    records = list(read_conll(ner / "NERCorp_test"))
    pos = [p for r in records for p in r.metadata["token_attributes"]["pos"]]
    chunk = [c for r in records for c in r.metadata["token_attributes"]["chunk"]]
    assert pos == [row[1] for row in src.rows]
    assert chunk == [row[2] for row in src.rows]
    assert not {"NP", "VP", "PP"} & {a.label for r in records for a in r.annotations}


@pytest.mark.corpora
@pytest.mark.parametrize("name", ["wojood_sample_train.txt", "idrisi_covid_2019/dev.bilou.txt"])
def test_export_then_reimport_gives_the_same_spans(ner: Path, sqlite_ws: Any, tmp_path: Path, name: str) -> None:
    report = import_paths(sqlite_ws.db, [ner / name], annotator="importer", fmt="conll")
    out = tmp_path / "out.conll"
    result = export(sqlite_ws.db, "conll", out, options={"layers": "label"})
    assert not result.extra.get("skipped")
    fresh = Workspace.open(str(tmp_path / "fresh.sqlite3"), "importer")
    try:
        again = import_paths(fresh.db, [out], annotator="importer", fmt="conll")
        assert again.annotations == report.annotations
        before = [snapshot(sqlite_ws, i, attributes=False) for i in report.document_ids]
        after = [snapshot(fresh, i, attributes=False) for i in again.document_ids]
        assert after == before
    finally:
        fresh.close()
