"""Claims: precision, recall, content-, cue- and source-right rates on the hand-read gold sets, and speed.

    python -m bench.bench_claims_accuracy [--errors]

The gold sets (tests/data/gold/claims*.jsonl, conventions in tests/data/gold/README.md: a development set and
forty held-out sets) hold references into ../shared/corpora (ant-news, saudinewsnet), never the articles; each
``*_units.jsonl`` lists the paragraphs that were read completely, so a proposal inside one that matches no
gold claim is a false positive. A proposal matches a gold claim when their content spans overlap (one to
one, best overlap first); a span is *right* when its overlap with the gold span is at least ``RIGHT``
(intersection over union of the code points), and a missing source or cue is right when the gold has none
either. Speed: every ant-news article's text through ``detect_claims``, texts read beforehand.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from app.assist.base import Context, Proposal
from app.assist.claims import detect_claims
from bench.common import CORPORA, REPO

GOLD = REPO / "tests" / "data" / "gold" / "claims.jsonl"
UNITS = REPO / "tests" / "data" / "gold" / "claims_units.jsonl"
HELDOUT = REPO / "tests" / "data" / "gold" / "claims_heldout.jsonl"
HELDOUT2 = REPO / "tests" / "data" / "gold" / "claims_heldout2.jsonl"
HELDOUT3 = REPO / "tests" / "data" / "gold" / "claims_heldout3.jsonl"
HELDOUT4 = REPO / "tests" / "data" / "gold" / "claims_heldout4.jsonl"
HELDOUT5 = REPO / "tests" / "data" / "gold" / "claims_heldout5.jsonl"
HELDOUT6 = REPO / "tests" / "data" / "gold" / "claims_heldout6.jsonl"
HELDOUT7 = REPO / "tests" / "data" / "gold" / "claims_heldout7.jsonl"
HELDOUT8 = REPO / "tests" / "data" / "gold" / "claims_heldout8.jsonl"
HELDOUT9 = REPO / "tests" / "data" / "gold" / "claims_heldout9.jsonl"
HELDOUT10 = REPO / "tests" / "data" / "gold" / "claims_heldout10.jsonl"
HELDOUT11 = REPO / "tests" / "data" / "gold" / "claims_heldout11.jsonl"
HELDOUT12 = REPO / "tests" / "data" / "gold" / "claims_heldout12.jsonl"
HELDOUT13 = REPO / "tests" / "data" / "gold" / "claims_heldout13.jsonl"
HELDOUT14 = REPO / "tests" / "data" / "gold" / "claims_heldout14.jsonl"
HELDOUT15 = REPO / "tests" / "data" / "gold" / "claims_heldout15.jsonl"
HELDOUT16 = REPO / "tests" / "data" / "gold" / "claims_heldout16.jsonl"
HELDOUT17 = REPO / "tests" / "data" / "gold" / "claims_heldout17.jsonl"
HELDOUT18 = REPO / "tests" / "data" / "gold" / "claims_heldout18.jsonl"
HELDOUT19 = REPO / "tests" / "data" / "gold" / "claims_heldout19.jsonl"
HELDOUT20 = REPO / "tests" / "data" / "gold" / "claims_heldout20.jsonl"
HELDOUT21 = REPO / "tests" / "data" / "gold" / "claims_heldout21.jsonl"
HELDOUT22 = REPO / "tests" / "data" / "gold" / "claims_heldout22.jsonl"
HELDOUT23 = REPO / "tests" / "data" / "gold" / "claims_heldout23.jsonl"
HELDOUT24 = REPO / "tests" / "data" / "gold" / "claims_heldout24.jsonl"
HELDOUT25 = REPO / "tests" / "data" / "gold" / "claims_heldout25.jsonl"
HELDOUT26 = REPO / "tests" / "data" / "gold" / "claims_heldout26.jsonl"
HELDOUT27 = REPO / "tests" / "data" / "gold" / "claims_heldout27.jsonl"
HELDOUT28 = REPO / "tests" / "data" / "gold" / "claims_heldout28.jsonl"
HELDOUT29 = REPO / "tests" / "data" / "gold" / "claims_heldout29.jsonl"
HELDOUT30 = REPO / "tests" / "data" / "gold" / "claims_heldout30.jsonl"
HELDOUT31 = REPO / "tests" / "data" / "gold" / "claims_heldout31.jsonl"
HELDOUT32 = REPO / "tests" / "data" / "gold" / "claims_heldout32.jsonl"
HELDOUT33 = REPO / "tests" / "data" / "gold" / "claims_heldout33.jsonl"
HELDOUT34 = REPO / "tests" / "data" / "gold" / "claims_heldout34.jsonl"
HELDOUT35 = REPO / "tests" / "data" / "gold" / "claims_heldout35.jsonl"
HELDOUT36 = REPO / "tests" / "data" / "gold" / "claims_heldout36.jsonl"
HELDOUT37 = REPO / "tests" / "data" / "gold" / "claims_heldout37.jsonl"
HELDOUT38 = REPO / "tests" / "data" / "gold" / "claims_heldout38.jsonl"
HELDOUT39 = REPO / "tests" / "data" / "gold" / "claims_heldout39.jsonl"
HELDOUT40 = REPO / "tests" / "data" / "gold" / "claims_heldout40.jsonl"
SETS = [
    ("development", GOLD, UNITS),
    ("held out 1", HELDOUT, HELDOUT.with_name("claims_heldout_units.jsonl")),
    ("held out 2", HELDOUT2, HELDOUT2.with_name("claims_heldout2_units.jsonl")),
    ("held out 3", HELDOUT3, HELDOUT3.with_name("claims_heldout3_units.jsonl")),
    ("held out 4", HELDOUT4, HELDOUT4.with_name("claims_heldout4_units.jsonl")),
    ("held out 5", HELDOUT5, HELDOUT5.with_name("claims_heldout5_units.jsonl")),
    ("held out 6", HELDOUT6, HELDOUT6.with_name("claims_heldout6_units.jsonl")),
    ("held out 7", HELDOUT7, HELDOUT7.with_name("claims_heldout7_units.jsonl")),
    ("held out 8", HELDOUT8, HELDOUT8.with_name("claims_heldout8_units.jsonl")),
    ("held out 9", HELDOUT9, HELDOUT9.with_name("claims_heldout9_units.jsonl")),
    ("held out 10", HELDOUT10, HELDOUT10.with_name("claims_heldout10_units.jsonl")),
    ("held out 11", HELDOUT11, HELDOUT11.with_name("claims_heldout11_units.jsonl")),
    ("held out 12", HELDOUT12, HELDOUT12.with_name("claims_heldout12_units.jsonl")),
    ("held out 13", HELDOUT13, HELDOUT13.with_name("claims_heldout13_units.jsonl")),
    ("held out 14", HELDOUT14, HELDOUT14.with_name("claims_heldout14_units.jsonl")),
    ("held out 15", HELDOUT15, HELDOUT15.with_name("claims_heldout15_units.jsonl")),
    ("held out 16", HELDOUT16, HELDOUT16.with_name("claims_heldout16_units.jsonl")),
    ("held out 17", HELDOUT17, HELDOUT17.with_name("claims_heldout17_units.jsonl")),
    ("held out 18", HELDOUT18, HELDOUT18.with_name("claims_heldout18_units.jsonl")),
    ("held out 19", HELDOUT19, HELDOUT19.with_name("claims_heldout19_units.jsonl")),
    ("held out 20", HELDOUT20, HELDOUT20.with_name("claims_heldout20_units.jsonl")),
    ("held out 21", HELDOUT21, HELDOUT21.with_name("claims_heldout21_units.jsonl")),
    ("held out 22", HELDOUT22, HELDOUT22.with_name("claims_heldout22_units.jsonl")),
    ("held out 23", HELDOUT23, HELDOUT23.with_name("claims_heldout23_units.jsonl")),
    ("held out 24", HELDOUT24, HELDOUT24.with_name("claims_heldout24_units.jsonl")),
    ("held out 25", HELDOUT25, HELDOUT25.with_name("claims_heldout25_units.jsonl")),
    ("held out 26", HELDOUT26, HELDOUT26.with_name("claims_heldout26_units.jsonl")),
    ("held out 27", HELDOUT27, HELDOUT27.with_name("claims_heldout27_units.jsonl")),
    ("held out 28", HELDOUT28, HELDOUT28.with_name("claims_heldout28_units.jsonl")),
    ("held out 29", HELDOUT29, HELDOUT29.with_name("claims_heldout29_units.jsonl")),
    ("held out 30", HELDOUT30, HELDOUT30.with_name("claims_heldout30_units.jsonl")),
    ("held out 31", HELDOUT31, HELDOUT31.with_name("claims_heldout31_units.jsonl")),
    ("held out 32", HELDOUT32, HELDOUT32.with_name("claims_heldout32_units.jsonl")),
    ("held out 33", HELDOUT33, HELDOUT33.with_name("claims_heldout33_units.jsonl")),
    ("held out 34", HELDOUT34, HELDOUT34.with_name("claims_heldout34_units.jsonl")),
    ("held out 35", HELDOUT35, HELDOUT35.with_name("claims_heldout35_units.jsonl")),
    ("held out 36", HELDOUT36, HELDOUT36.with_name("claims_heldout36_units.jsonl")),
    ("held out 37", HELDOUT37, HELDOUT37.with_name("claims_heldout37_units.jsonl")),
    ("held out 38", HELDOUT38, HELDOUT38.with_name("claims_heldout38_units.jsonl")),
    ("held out 39", HELDOUT39, HELDOUT39.with_name("claims_heldout39_units.jsonl")),
    ("held out 40", HELDOUT40, HELDOUT40.with_name("claims_heldout40_units.jsonl")),
]
RIGHT = 0.8

DocKey = tuple[str, str, str]  # (corpus, file, doc)
Span = tuple[int, int]


def iou(a: Span | None, b: Span | None) -> float:
    if a is None or b is None:
        return 1.0 if a is None and b is None else 0.0
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _key(rec: dict[str, Any]) -> DocKey:
    return rec["corpus"], rec["file"], str(rec["doc"])


class Texts:
    """The stored text of each referenced document, as Hashiya's importers produce it."""

    def __init__(self, corpora: Path = CORPORA) -> None:
        self.corpora = corpora
        self._saudi: list[dict[str, Any]] | None = None

    def __call__(self, key: DocKey) -> str:
        corpus, file, doc = key
        if corpus == "ant-news":
            from app.formats.trec import read_trec

            return next(read_trec(self.corpora / corpus / file, rel=file)).text
        if corpus == "saudinewsnet":
            if self._saudi is None:
                self._saudi = json.loads((self.corpora / corpus / file).read_text(encoding="utf-8"))
            return str(self._saudi[int(doc)]["content"])
        raise ValueError(f"unknown corpus {corpus!r}")


def _span(value: list[Any] | None) -> Span | None:
    return (value[0], value[1]) if value else None


def evaluate(
    detect: Callable[[str, Context], list[Proposal]] = detect_claims,
    corpora: Path = CORPORA,
    gold_path: Path = GOLD,
    units_path: Path = UNITS,
) -> dict[str, Any]:
    """The measures of ``detect`` on the gold set, and the errors (for ``--errors``)."""
    gold = _read_jsonl(gold_path)
    units: dict[DocKey, list[Span]] = defaultdict(list)
    for u in _read_jsonl(units_path):
        units[_key(u)].append((u["unit"][0], u["unit"][1]))
    by_doc: dict[DocKey, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        by_doc[_key(g)].append(g)
    texts = Texts(corpora)
    n_pred = matched = content_ok = source_ok = cue_ok = quote_ok = 0
    errors: list[str] = []
    for key, spans in units.items():
        text = texts(key)
        for g in by_doc.get(key, []):
            s, e, snippet = g["content"]
            if text[s:e] != snippet:
                raise ValueError(f"{key}: gold content {snippet[:30]!r} is not at {s}:{e}")
        preds = [p for p in detect(text, Context()) if any(a <= p.start and p.end <= b for a, b in spans)]
        n_pred += len(preds)
        golds = by_doc.get(key, [])
        pairs = sorted(
            (
                (iou((p.start, p.end), _span(g["content"])), i, j)
                for i, p in enumerate(preds)
                for j, g in enumerate(golds)
                if iou((p.start, p.end), _span(g["content"])) > 0
            ),
            reverse=True,
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for overlap, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            p, g = preds[i], golds[j]
            matched += 1
            c_ok = overlap >= RIGHT
            s_ok = iou(p.source, _span(g["source"])) >= RIGHT
            content_ok += c_ok
            source_ok += s_ok
            cue_ok += iou(p.cue, _span(g["cue"])) >= RIGHT
            quote_ok += p.attributes.get("quote") == g["quote"]
            if not (c_ok and s_ok):
                errors.append(
                    f"{key[2]} {p.rule}: content {'ok' if c_ok else 'WRONG'} {text[p.start : p.end][:60]!r}"
                    f" (gold {g['content'][2][:60]!r}); source {'ok' if s_ok else 'WRONG'}"
                    f" {text[p.source[0] : p.source[1]] if p.source else None!r}"
                    f" (gold {g['source'][2] if g['source'] else None!r})"
                )
        for i, p in enumerate(preds):
            if i not in used_p:
                errors.append(f"{key[2]} {p.rule}: FALSE POSITIVE {text[p.start : p.end][:80]!r}")
        for j, g in enumerate(golds):
            if j not in used_g:
                errors.append(f"{key[2]}: MISSED {g['content'][2][:80]!r} (cue {g['cue'][2] if g['cue'] else None})")
    n_gold = len(gold)
    return {
        "gold_claims": n_gold,
        "units": sum(len(v) for v in units.values()),
        "documents": len(units),
        "proposed": n_pred,
        "matched": matched,
        "precision": matched / n_pred if n_pred else 0.0,
        "recall": matched / n_gold if n_gold else 0.0,
        "content_right": content_ok / matched if matched else 0.0,
        "source_right": source_ok / matched if matched else 0.0,
        "cue_right": cue_ok / matched if matched else 0.0,
        "quote_right": quote_ok / matched if matched else 0.0,
        "content_right_of_gold": content_ok / n_gold if n_gold else 0.0,
        "source_right_of_gold": source_ok / n_gold if n_gold else 0.0,
        "errors": errors,
    }


def ant_news_texts(corpora: Path = CORPORA) -> list[str]:
    from app.formats.trec import read_trec

    root = corpora / "ant-news"
    texts: list[str] = []
    for path in sorted(root.glob("*/*.txt")):
        texts.extend(r.text for r in read_trec(path, rel=str(path.relative_to(root))))
    return texts


def speed(texts: Iterable[str], repeat: int = 3) -> dict[str, float]:
    """Articles per second through ``detect_claims`` (best of ``repeat`` passes)."""
    texts = list(texts)
    best = cpu = float("inf")
    found = 0
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        found = sum(len(detect_claims(t)) for t in texts)
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    return {
        "articles": len(texts),
        "seconds": best,
        "articles_per_s": len(texts) / best,
        "cpu_articles_per_s": len(texts) / cpu,
        "claims": found,
        "chars_per_article": sum(map(len, texts)) / len(texts),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--errors", action="store_true", help="list every error on the gold set")
    args = parser.parse_args(argv)
    errors: list[str] = []
    for title, gold, units in SETS:
        result = evaluate(gold_path=gold, units_path=units)
        errors += [f"[{title}] {e}" for e in result.pop("errors")]
        print(f"-- {title} ({gold.name})")
        for name, value in result.items():
            print(f"{name:24} {value:.3f}" if isinstance(value, float) else f"{name:24} {value}")
    sp = speed(ant_news_texts())
    print(
        f"speed: {sp['articles']} ant-news articles ({sp['chars_per_article']:.0f} characters each on average)"
        f" in {sp['seconds']:.3f} s = {sp['articles_per_s']:.0f} articles/s wall clock,"
        f" {sp['cpu_articles_per_s']:.0f}/s of CPU time ({sp['claims']} claims); load average"
        f" {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    if args.errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
