"""Figures: precision, recall and F1 per kind, value / qualifier / kind / unit / span accuracy, and speed.

    python -m bench.bench_figures_accuracy [--errors] [--split dev|test|all]

The gold set (tests/data/gold/figures.jsonl, how it was made in tests/data/gold/README.md) holds references
into ../shared/corpora (ant-news, saudinewsnet), never the articles: lines of ``"type": "unit"`` are the
sentences that were read completely (with the document date the annotator used), lines of ``"type": "figure"``
the figures found in them by reading. Every proposal of ``detect_figures`` that starts inside a unit counts:
one that matches no gold figure is a false positive. A proposal matches a gold figure when their spans
overlap (one to one, largest overlap first). Per kind: a match counts for kind k when both say k; a match of
the wrong kind is an error of both kinds. On the matched pairs: kind, value (numbers within 1e-6 relative,
dates as equal strings), qualifier, unit and exact span agreement.

The units are split in two halves by a hash of their document (``dev`` / ``test``); the detector's rules were
corrected on errors of the ``dev`` half only, so ``test`` is the honest figure. Speed: every ant-news article's
text through ``detect_figures`` (texts read beforehand), articles per second, best of three runs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app.assist.base import Context, Proposal
from app.assist.figures import detect_figures
from bench.common import CORPORA, REPO

GOLD = REPO / "tests" / "data" / "gold" / "figures.jsonl"
FRESH = REPO / "tests" / "data" / "gold" / "figures_fresh.jsonl"  # read after the rules were frozen (536af7f)
FRESH2 = REPO / "tests" / "data" / "gold" / "figures_fresh2.jsonl"  # read after round 3 (5939c95)
FRESH3 = REPO / "tests" / "data" / "gold" / "figures_fresh3.jsonl"  # read after the count round (5204c70)
FRESH4 = REPO / "tests" / "data" / "gold" / "figures_fresh4.jsonl"  # read after round 6 (3549982)
FRESH5 = REPO / "tests" / "data" / "gold" / "figures_fresh5.jsonl"  # read after round 7 (e84d5ff)
FRESH6 = REPO / "tests" / "data" / "gold" / "figures_fresh6.jsonl"  # read after round 8 (bb3ac44)
FRESH7 = REPO / "tests" / "data" / "gold" / "figures_fresh7.jsonl"  # read after round 9 (d08d467)
FRESH8 = REPO / "tests" / "data" / "gold" / "figures_fresh8.jsonl"  # read after round 10 (7aa0012)
FRESH9 = REPO / "tests" / "data" / "gold" / "figures_fresh9.jsonl"  # read after round 10 too (no rule change since)
FRESH10 = REPO / "tests" / "data" / "gold" / "figures_fresh10.jsonl"  # likewise
FRESH11 = REPO / "tests" / "data" / "gold" / "figures_fresh11.jsonl"  # read after round 11 (48fa8e8)
FRESH12 = REPO / "tests" / "data" / "gold" / "figures_fresh12.jsonl"  # likewise
FRESH13 = REPO / "tests" / "data" / "gold" / "figures_fresh13.jsonl"  # read after round 12 (2033706)
FRESH14 = REPO / "tests" / "data" / "gold" / "figures_fresh14.jsonl"  # likewise
FRESH15 = REPO / "tests" / "data" / "gold" / "figures_fresh15.jsonl"  # read after round 13 (22e2c35)
FRESH16 = REPO / "tests" / "data" / "gold" / "figures_fresh16.jsonl"  # likewise (no rule change since)
FRESH17 = REPO / "tests" / "data" / "gold" / "figures_fresh17.jsonl"  # read before round 14, first run on it (8723731)
FRESH18 = REPO / "tests" / "data" / "gold" / "figures_fresh18.jsonl"  # likewise
FRESH19 = REPO / "tests" / "data" / "gold" / "figures_fresh19.jsonl"  # read before round 15, first run on it (10ec0d9)
FRESH20 = REPO / "tests" / "data" / "gold" / "figures_fresh20.jsonl"  # likewise
FRESH21 = REPO / "tests" / "data" / "gold" / "figures_fresh21.jsonl"  # read before round 16, first run on it (7c08295)
FRESH22 = REPO / "tests" / "data" / "gold" / "figures_fresh22.jsonl"  # likewise
FRESH23 = REPO / "tests" / "data" / "gold" / "figures_fresh23.jsonl"  # read after round 16, first run on it (7c08295)
FRESH24 = REPO / "tests" / "data" / "gold" / "figures_fresh24.jsonl"  # likewise
FRESH25 = REPO / "tests" / "data" / "gold" / "figures_fresh25.jsonl"  # read before round 17, first run on it (aacbe49)
FRESH26 = REPO / "tests" / "data" / "gold" / "figures_fresh26.jsonl"  # likewise
FRESH27 = REPO / "tests" / "data" / "gold" / "figures_fresh27.jsonl"  # read after round 17, first run on it (aacbe49)
FRESH28 = REPO / "tests" / "data" / "gold" / "figures_fresh28.jsonl"  # likewise
UNSEEN_ON_THE_RULES_NOW = (FRESH25, FRESH26, FRESH27, FRESH28)  # their first runs, in README.md
KINDS = ("count", "money", "percent", "duration", "measure", "date")
DocKey = tuple[str, str, int]


def read_gold(path: Path = GOLD) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(units, figures) of the gold file."""
    units: list[dict[str, Any]] = []
    figures: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                (units if rec["type"] == "unit" else figures).append(rec)
    return units, figures


def split_of(key: DocKey) -> str:
    return "dev" if hashlib.sha1(f"{key[0]}|{key[1]}|{key[2]}".encode()).digest()[0] % 2 == 0 else "test"


class Texts:
    """The text of each referenced document as Hashiya's importers store it (the offsets' coordinates)."""

    def __init__(self, corpora: Path = CORPORA) -> None:
        self.corpora = corpora
        self._saudi: list[str] | None = None

    def __call__(self, key: DocKey) -> str:
        from app.formats.readers import read_records
        from app.formats.records import FieldMapping

        corpus, file, doc = key
        if corpus == "ant-news":
            (record,) = read_records(self.corpora / corpus / file, "trec", rel=file)
            return record.text
        if corpus == "saudinewsnet":
            if self._saudi is None:
                mapping = FieldMapping(text="content", title="title", id="url")
                self._saudi = [r.text for r in read_records(self.corpora / corpus / file, None, mapping=mapping)]
            return self._saudi[doc]
        raise ValueError(f"unknown corpus {corpus!r}")


def same_value(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))
    return bool(a == b)


def _key(rec: dict[str, Any]) -> DocKey:
    return rec["corpus"], rec["file"], int(rec["doc"])


def evaluate(
    detect: Callable[[str, Context], list[Proposal]] = detect_figures,
    corpora: Path = CORPORA,
    gold_path: Path = GOLD,
    split: str = "all",
) -> dict[str, Any]:
    """The measures of ``detect`` on the gold set (``split``: dev, test or all), and its errors."""
    units, figures = read_gold(gold_path)
    if gold_path != GOLD:
        split = "all"  # the fresh set is held out as a whole
    by_doc_units: dict[DocKey, list[dict[str, Any]]] = defaultdict(list)
    for u in units:
        if split == "all" or split_of(_key(u)) == split:
            by_doc_units[_key(u)].append(u)
    by_doc_gold: dict[DocKey, list[dict[str, Any]]] = defaultdict(list)
    for f in figures:
        by_doc_gold[_key(f)].append(f)
    texts = Texts(corpora)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    right: Counter[str] = Counter()
    n_gold = n_pred = n_match = 0
    errors: list[str] = []
    for key, doc_units in by_doc_units.items():
        text = texts(key)
        spans = [(u["start"], u["end"]) for u in doc_units]
        golds = [g for g in by_doc_gold.get(key, []) if any(a <= g["start"] < b for a, b in spans)]
        for g in golds:
            if text[g["start"] : g["end"]] != g["text"]:
                raise ValueError(f"{key}: gold {g['text']!r} is not at {g['start']}:{g['end']}")
        context = Context(doc_date=date.fromisoformat(doc_units[0]["doc_date"]))
        preds = [p for p in detect(text, context) if any(a <= p.start < b for a, b in spans)]
        n_gold += len(golds)
        n_pred += len(preds)
        pairs = sorted(
            (
                (min(p.end, g["end"]) - max(p.start, g["start"]), i, j)
                for i, p in enumerate(preds)
                for j, g in enumerate(golds)
                if min(p.end, g["end"]) > max(p.start, g["start"])
            ),
            reverse=True,
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for _, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            p, g = preds[i], golds[j]
            a = p.attributes
            n_match += 1
            checks = {
                "kind": a.get("kind") == g["kind"],
                "value": same_value(a.get("value"), g["value"]),
                "qualifier": a.get("qualifier") == g["qualifier"],
                "unit": a.get("unit") == g["unit"],
                "span": (p.start, p.end) == (g["start"], g["end"]),
            }
            for name, ok in checks.items():
                right[name] += ok
            right["all3"] += checks["kind"] and checks["value"] and checks["qualifier"]
            if checks["kind"]:
                tp[g["kind"]] += 1
            else:
                fp[str(a.get("kind"))] += 1
                fn[g["kind"]] += 1
            wrong = [n for n, ok in checks.items() if not ok]
            if wrong:
                errors.append(
                    f"{'/'.join(wrong):<22} gold {g['text']!r} {g['kind']} {g['value']!r} {g['qualifier']} {g['unit']}"
                    f" | got {text[p.start : p.end]!r} {a.get('kind')} {a.get('value')!r} {a.get('qualifier')}"
                    f" {a.get('unit')}  [{key[1]}#{key[2]}]"
                )
        for i, p in enumerate(preds):
            if i not in used_p:
                fp[str(p.attributes.get("kind"))] += 1
                ctx = text[max(0, p.start - 25) : p.end + 25].replace("\n", " ")
                errors.append(f"{'false positive':<22} {text[p.start : p.end]!r} {dict(p.attributes)}  …{ctx}…")
        for j, g in enumerate(golds):
            if j not in used_g:
                fn[g["kind"]] += 1
                ctx = text[max(0, g["start"] - 25) : g["end"] + 25].replace("\n", " ")
                errors.append(f"{'missed':<22} {g['text']!r} {g['kind']} {g['value']!r}  …{ctx}…")
    per_kind = {}
    for k in KINDS:
        prec = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else 0.0
        rec = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_kind[k] = {"gold": tp[k] + fn[k], "precision": prec, "recall": rec, "f1": f1}
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    return {
        "split": split,
        "units": sum(len(v) for v in by_doc_units.values()),
        "gold": n_gold,
        "proposed": n_pred,
        "matched": n_match,
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "per_kind": per_kind,
        "right": {
            name: right[name] / n_match if n_match else 0.0
            for name in ("kind", "value", "qualifier", "unit", "span", "all3")
        },
        "errors": errors,
    }


def pooled(paths: list[Path]) -> Path:
    """One gold file of several sets (their documents are disjoint: the sampler leaves out those used)."""
    if len(paths) == 1:
        return paths[0]
    out = Path(tempfile.mkdtemp(prefix="hashiya-figures-")) / ("pooled_" + "+".join(p.stem for p in paths) + ".jsonl")
    out.write_text("".join(p.read_text(encoding="utf-8") for p in paths), encoding="utf-8")
    return out


def speed(corpora: Path = CORPORA, runs: int = 3) -> dict[str, float]:
    """Articles per second of ``detect_figures`` over every ant-news article (texts read beforehand)."""
    from app.formats.readers import read_records

    texts = []
    for path in sorted((corpora / "ant-news").rglob("*.txt")):
        for record in read_records(path, "trec", rel=str(path.relative_to(corpora / "ant-news"))):
            texts.append(record.text)
    best = best_cpu = float("inf")
    found = 0
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        found = sum(len(detect_figures(t)) for t in texts)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return {
        "articles": len(texts),
        "seconds": best,
        "per_s": len(texts) / best,
        "cpu_per_s": len(texts) / best_cpu,
        "figures": found,
        "load": load,
    }


def report(result: dict[str, Any]) -> str:
    lines = [
        f"split {result['split']}: {result['units']} units, {result['gold']} gold figures, "
        f"{result['proposed']} proposed, {result['matched']} matched",
        f"detection  P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f}",
        "kind      gold  precision  recall  F1",
    ]
    for k, m in result["per_kind"].items():
        lines.append(f"{k:<9} {m['gold']:>4}  {m['precision']:.3f}      {m['recall']:.3f}   {m['f1']:.3f}")
    r = result["right"]
    lines.append(
        "right on matched: kind {kind:.3f}  value {value:.3f}  qualifier {qualifier:.3f}  unit {unit:.3f}  "
        "exact span {span:.3f}  kind+value+qualifier {all3:.3f}".format(**r)
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every error of the split")
    parser.add_argument("--split", choices=("dev", "test", "all"), default=None)
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--speed-only", action="store_true")
    parser.add_argument(
        "--gold", type=Path, nargs="+", help="measure these fresh sets only, pooled as one when several are given"
    )
    args = parser.parse_args()
    runs = [] if args.speed_only else [(GOLD, s) for s in ([args.split] if args.split else ["dev", "test", "all"])]
    if args.gold:
        runs = [(pooled(args.gold), "all")]
    elif not args.speed_only and not args.split:
        runs += [
            (FRESH, "all"),
            (FRESH2, "all"),
            (FRESH3, "all"),
            (FRESH4, "all"),
            (FRESH5, "all"),
            (FRESH6, "all"),
            (FRESH7, "all"),
            (FRESH8, "all"),
            (FRESH9, "all"),
            (FRESH10, "all"),
            (FRESH11, "all"),
            (FRESH12, "all"),
            (FRESH13, "all"),
            (FRESH14, "all"),
            (FRESH15, "all"),
            (FRESH16, "all"),
            (FRESH17, "all"),
            (FRESH18, "all"),
            (FRESH19, "all"),
            (FRESH20, "all"),
            (FRESH21, "all"),
            (FRESH22, "all"),
            (FRESH23, "all"),
            (FRESH24, "all"),
            (FRESH25, "all"),
            (FRESH26, "all"),
            (FRESH27, "all"),
            (FRESH28, "all"),
        ]
    for gold, split in runs:
        result = evaluate(split=split, gold_path=gold)
        if gold != GOLD:
            print(f"fresh set {gold.name} (read after the rules were frozen, then measured once):")
        print(report(result))
        if args.errors:
            print("\n".join(result["errors"]))
        print()
    if not args.no_speed:
        s = speed()
        print(
            f"speed: {s['articles']} ant-news articles in {s['seconds']:.3f} s = {s['per_s']:,.0f} articles/s wall, "
            f"{s['cpu_per_s']:,.0f}/s CPU time ({s['figures']} figures; load average {s['load']:.1f})"
        )


if __name__ == "__main__":
    main()
