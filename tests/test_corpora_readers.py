"""The readers on the real corpora in ../shared/corpora: every record's text equals the source decoded
independently here (no reader code), and the counts match each folder's SOURCE.md."""

from __future__ import annotations

import csv
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from app.formats.readers import expand_paths, read_records
from app.formats.records import FieldMapping, SourceRecord

pytestmark = pytest.mark.corpora

EMOJI = re.compile("[\U0001f300-\U0001faff]")


def newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def layout(content: str) -> str:
    """A TREC element's content without the line breaks that put its tags on their own lines."""
    return content.removeprefix("\n").removesuffix("\n")


def between(text: str, tag: str) -> str:
    start = text.index(f"<{tag}>") + len(tag) + 2
    return text[start : text.index(f"</{tag}>", start)]


def read_folder(folder: Path, mapping: FieldMapping | None = None) -> dict[str, list[SourceRecord]]:
    return {
        rel: list(read_records(path, fmt, mapping=mapping, rel=rel)) for path, fmt, rel in expand_paths([folder], None)
    }


def test_ant_news_trec(corpora: Path) -> None:
    folder = corpora / "ant-news"
    files = expand_paths([folder], None)
    assert len(files) == 4175 and {fmt for _, fmt, _ in files} == {"trec"}  # SOURCE.md is skipped
    assert Counter(rel.split("/")[0] for _, _, rel in files) == {
        "localNews": 1903,
        "sport": 581,
        "internationalNews": 526,
        "society": 438,
        "politic": 206,
        "diverse": 170,
        "economy": 144,
        "culture": 124,
        "technology": 83,
    }
    malformed, empty = [], 0
    for path, fmt, rel in files:
        (record,) = read_records(path, fmt, rel=rel)
        empty += not record.text.strip()
        raw = path.read_bytes().decode("utf-8")
        assert record.text == layout(between(raw, "TEXT")), rel
        assert record.external_id == between(raw, "DOCNO")  # not always the file name
        assert record.title == between(raw, "TITLE").strip()
        assert record.metadata["url"] == between(raw, "URL")
        try:
            root = ET.fromstring(raw)
        except ET.ParseError:
            malformed.append(rel)
            continue
        assert record.text == layout(root.findtext("TEXT") or ""), rel  # entity-free, so XML agrees
        assert record.metadata["cat"] == root.findtext("CAT") == rel.split("/")[0]
    assert len(malformed) == 28
    assert empty == 12  # `<TEXT>\n</TEXT>`: yielded with an empty text, the import skips them
    assert "sport/JA-sport-919-20170101.txt" in malformed
    lt = next(read_records(folder / "sport/JA-sport-919-20170101.txt", "trec"))
    assert "\n< الترتيب النهائي للنسخة 13" in lt.text
    c1 = next(read_records(folder / "localNews/JA-localNews-747-20170109.txt", "trec"))
    assert "TU 216\x8f المبرمجة" in c1.text


def test_saudinewsnet_json(corpora: Path) -> None:
    path = corpora / "saudinewsnet" / "2015-08-11.json"
    source = json.loads(path.read_bytes().decode("utf-8"))
    records = list(read_records(path, None, mapping=FieldMapping(text="content", title="title", id="url")))
    assert len(records) == len(source) == 1686
    for record, obj in zip(records, source, strict=True):
        assert record.text == newlines(obj["content"])
        assert record.title == obj["title"]
        assert record.external_id == obj["url"]
        assert record.metadata == {
            "source": obj["source"],
            "date_extracted": obj["date_extracted"],
            "author": obj["author"],
        }
    assert sum(not r.text.strip() for r in records) == 10
    assert sum(r.text.count("\x1a") for r in records) == 25
    assert sum("\x1a" in r.text for r in records) == 5
    assert sum(r.title == "" for r in records) == 3
    assert Counter(r.metadata["source"] for r in records).most_common(2) == [("alriyadh", 240), ("aljazirah", 181)]


@pytest.mark.parametrize(
    ("kind", "field", "counts", "labels"),
    [
        (
            "claim",
            "claim_s",
            {"train.csv": 3185, "dev.csv": 906, "test.csv": 456},
            {"0": 2150 + 616 + 306, "1": 1035 + 290 + 150},
        ),
        (
            "stance",
            "s1",
            {"train.csv": 2652, "dev.csv": 755, "test.csv": 379},
            {"disagree": 1686 + 471 + 242, "agree": 903 + 268 + 130, "other": 63 + 16 + 7},
        ),
    ],
)
def test_ans_csv(corpora: Path, kind: str, field: str, counts: dict[str, int], labels: dict[str, int]) -> None:
    found = read_folder(corpora / "ans" / kind, FieldMapping(text=field))
    assert {rel: len(records) for rel, records in found.items()} == counts
    label: Counter[str] = Counter()
    for rel, records in found.items():
        lines = (corpora / "ans" / kind / rel).read_bytes().decode("utf-8").removesuffix("\n").split("\n")
        header = lines[0].split(",")  # SOURCE.md: no quoted fields, one record per line
        for record, line in zip(records, lines[1:], strict=True):
            row = dict(zip(header, line.split(","), strict=True))
            assert record.text == row.pop(field)
            assert record.metadata == row
            label[row["fake_flag" if kind == "claim" else "stance"]] += 1
    assert label == labels


def test_clef_checkthat_as_plain_documents(corpora: Path) -> None:
    folder = corpora / "clef2018-checkthat-ar"
    found = read_folder(folder)
    lines = {"1st-Presidential": 1403, "2nd-Presidential": 1303, "Vice-Presidential": 1358}
    assert len(found) == 6
    for rel, (record,) in found.items():
        raw = (folder / rel).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") == rel.startswith("task2")
        assert record.text == raw.decode("utf-8-sig").replace("\r\n", "\n")
        assert "\r" not in record.text and not record.text.startswith("\ufeff")
        assert record.text.startswith("1\t")
        assert record.text.count("\n") == lines[rel.split("-Arabic-")[1].removesuffix(".txt")]
        assert (record.external_id, record.title) == (rel, Path(rel).stem)


def test_arsarcasm_csv(corpora: Path) -> None:
    folder = corpora / "arsarcasm"
    found = read_folder(folder, FieldMapping(text="tweet"))
    expected = {"ArSarcasm_train.csv": (8437, 1337, 853, 6134), "ArSarcasm_test.csv": (2110, 345, 205, 1486)}
    assert found.keys() == expected.keys()
    for rel, records in found.items():
        with (folder / rel).open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        for record, row in zip(records, rows, strict=True):
            assert record.text == row.pop("tweet")
            assert record.metadata == row
        texts = [r.text for r in records]
        assert (
            len(records),
            sum(r.metadata["sarcasm"] == "True" for r in records),
            sum(bool(EMOJI.search(t)) for t in texts),
            sum(t.startswith('"') for t in texts),
        ) == expected[rel]


def test_tashkeela_harakat_kept_not_nfc(corpora: Path) -> None:
    path = corpora / "tashkeela-diacritized" / "val.txt"
    (record,) = read_records(path, None)
    assert record.text == path.read_bytes().decode("utf-8")
    assert len(record.text) == 903_851 and record.text.count("\n") == 2500
    assert sum(1 for c in record.text if "\u064b" <= c <= "\u0652" or c == "\u0670") == 355_666
    assert "\u0634\u0651\u064e" in record.text  # shadda before fatha, as in the file
    assert unicodedata.normalize("NFC", record.text) != record.text
