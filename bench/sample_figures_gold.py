"""Draw the sentences of a fresh figures gold set (the units to be read by hand), never from the detector.

    python -m bench.sample_figures_gold --seed 20261214 --general 50 --counts 25 > units.jsonl

The sampler of tests/data/gold/README.md ("Figures"): every article of ant-news and saudinewsnet in a seeded
shuffle, documents of the existing figures sets left out and so is a sentence drawn before (saudinewsnet repeats
datelines and paragraphs across articles); each article cut into sentences (and a long one into
pieces at a comma), and a sentence kept when a keyword filter fires: a currency noun, a percent word, a time
noun or a unit after a digit, a month name, a Hijri month or هـ, any digit. Up to three sentences an article.
``--counts`` more sentences are then drawn from the following articles by one filter only, a digit followed by
a plain word (no unit, currency, percent or time word, no year) — an oversample of counts, said as such.
``--exclude FILE`` leaves out more documents (one ``corpus<TAB>file<TAB>doc`` a line): those whose sentences
were read while the rules were written (a diff of the proposals over the corpora), so that the set is unseen.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.assist.dates import GREGORIAN_MONTHS, HIJRI_MONTHS, doc_date_of
from app.assist.units import CURRENCY_FORMS, DURATION_FORMS, MEASURE_FORMS, PERCENT
from bench.common import CORPORA, REPO

GOLD_DIR = REPO / "tests" / "data" / "gold"
SAUDI = "2015-08-11.json"
_END = re.compile(r"[.!?؟](?=\s)|\n")
_DIGIT = re.compile(r"[0-9٠-٩۰-۹]")
_WORD = r"[\u0621-\u064a\u0640-\u0652]+"
_UNIT_WORDS = {*CURRENCY_FORMS, *DURATION_FORMS, *MEASURE_FORMS, *PERCENT, "بالمائة", "بالمئة"}
_FILTERS = [
    re.compile(
        r"(?<![\w])(?:" + "|".join(sorted(map(re.escape, CURRENCY_FORMS), key=len, reverse=True)) + r")\w?(?![\w])"
    ),
    re.compile("|".join(map(re.escape, PERCENT))),
    re.compile(r"\d\s*(?:" + "|".join(sorted(map(re.escape, DURATION_FORMS), key=len, reverse=True)) + ")"),
    re.compile(r"\d\s*(?:" + "|".join(sorted(map(re.escape, MEASURE_FORMS), key=len, reverse=True)) + ")"),
    re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, GREGORIAN_MONTHS)) + r")(?![\w])"),
    re.compile(r"(?:" + "|".join(map(re.escape, HIJRI_MONTHS)) + r")|\dهـ|\d\s?هـ"),
    _DIGIT,
]
_PLAIN_AFTER_DIGIT = re.compile(rf"(?<![\d.,/:-])(\d+)\s+({_WORD})")


def sentences(text: str, longest: int = 400) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence, a long one cut into pieces at the last comma before ``longest``."""
    start = 0
    for m in [*_END.finditer(text), None]:
        end = len(text) if m is None else m.end() if m.group() != "\n" else m.start()
        while end - start > longest and (cut := text.rfind("،", start + 40, start + longest)) > 0:
            yield from _trimmed(text, start, cut + 1)
            start = cut + 1
        yield from _trimmed(text, start, end)
        start = end
        if m is None:
            break


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 30:
        yield start, end


def plain_count(sentence: str) -> bool:
    """A digit followed by a plain word: no unit, currency, percent or time word, no year."""
    for m in _PLAIN_AFTER_DIGIT.finditer(sentence):
        number, word = m.groups()
        if len(number) == 4 and 1900 <= int(number) <= 2040:
            continue
        bare = word.rstrip("اًٌٍَُِّْـ") or word
        if word not in _UNIT_WORDS and bare not in _UNIT_WORDS and word not in GREGORIAN_MONTHS:
            return True
    return False


def articles(corpora: Path) -> list[tuple[str, str, int, str]]:
    """(corpus, file, doc, doc_date) of every article."""
    out = []
    for path in sorted((corpora / "ant-news").rglob("*.txt")):
        rel = str(path.relative_to(corpora / "ant-news"))
        day = doc_date_of(None, rel)
        out.append(("ant-news", rel, 0, day.isoformat() if day else "2015-01-01"))
    saudi = json.loads((corpora / "saudinewsnet" / SAUDI).read_text(encoding="utf-8"))
    out.extend(("saudinewsnet", SAUDI, i, "2015-08-11") for i in range(len(saudi)))
    return out


def used_units() -> list[dict[str, Any]]:
    """The unit lines of the existing figures sets."""
    units = []
    for path in sorted(GOLD_DIR.glob("figures*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and (rec := json.loads(line))["type"] == "unit":
                units.append(rec)
    return units


def _norm(sentence: str) -> str:
    return " ".join(sentence.split())


def read_excluded(path: Path | None) -> set[tuple[str, str, int]]:
    """The documents of an ``--exclude`` file."""
    if path is None:
        return set()
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            corpus, file, doc = line.split("\t")
            out.add((corpus, file, int(doc)))
    return out


def draw(
    seed: int, general: int, counts: int, corpora: Path = CORPORA, excluded: set[tuple[str, str, int]] | None = None
) -> list[dict[str, Any]]:
    from bench.bench_figures_accuracy import Texts

    texts = Texts(corpora)
    pool = articles(corpora)
    random.Random(seed).shuffle(pool)
    old = used_units()
    used = {(u["corpus"], u["file"], int(u["doc"])) for u in old} | (excluded or set())
    # a sentence read before in another article (saudinewsnet repeats datelines and whole paragraphs) is not new
    seen = {_norm(texts((u["corpus"], u["file"], int(u["doc"])))[u["start"] : u["end"]]) for u in old}
    units: list[dict[str, Any]] = []
    for corpus, file, doc, doc_date in pool:
        if (corpus, file, doc) in used:
            continue
        text = texts((corpus, file, doc))
        kept = 0
        for start, end in sentences(text):
            if len(units) >= general + counts:
                return units
            s = text[start:end]
            if _norm(s) in seen:
                continue
            if any(f.search(s) for f in _FILTERS) if len(units) < general else plain_count(s):
                units.append(
                    {"type": "unit", "corpus": corpus, "file": file, "doc": doc, "start": start, "end": end}
                    | {"doc_date": doc_date}
                )
                seen.add(_norm(s))
                kept += 1
                if kept == 3:
                    break
    return units


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--general", type=int, default=50)
    parser.add_argument("--counts", type=int, default=25)
    parser.add_argument("--exclude", type=Path, help="more documents to leave out, corpus<TAB>file<TAB>doc a line")
    args = parser.parse_args()
    for unit in draw(args.seed, args.general, args.counts, excluded=read_excluded(args.exclude)):
        print(json.dumps(unit, ensure_ascii=False))


if __name__ == "__main__":
    main()
