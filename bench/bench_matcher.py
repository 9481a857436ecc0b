"""The matcher against plain string search on 1 MB of Arabic news.

    python -m bench.bench_matcher [--mb 1]

For each query: ``Matcher.find_all`` (folding, clitics outside the hit, whole words) next to
``str.count`` and a literal ``re.findall`` of the same query on the same text (which find less:
no folding, no clitics, substrings). Also ``fold_text`` and ``fold_with_map`` of the whole text.
Best of 5 runs, milliseconds.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from typing import Any

from bench.common import load_articles, markdown_table

QUERIES = ["تونس", "الحكومة", "باريس", "حكومة", "وزير الداخلية", "اقتصاد*", "2017", "Figaro"]


def best_ms(fn: Callable[[], Any], runs: int = 5) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000, result


def main(argv: list[str]) -> int:
    from app.text.fold import fold_text, fold_with_map
    from app.text.matcher import Matcher

    parser = argparse.ArgumentParser(prog="python -m bench.bench_matcher")
    parser.add_argument("--mb", type=float, default=1.0, help="size of the text in millions of characters")
    args = parser.parse_args(argv)
    source, articles = load_articles()
    size = int(args.mb * 1_000_000)
    parts: list[str] = []
    total = 0
    while total < size:
        for title, body in articles:
            parts.append(f"{title}\n{body}\n")
            total += len(parts[-1])
            if total >= size:
                break
    text = "".join(parts)[:size]
    print(f"text: {len(text):,} characters from {source}")
    rows = []
    for query in QUERIES:
        matcher = Matcher(query)
        ms, hits = best_ms(lambda m=matcher: m.find_all(text))  # type: ignore[misc]
        with_suffixes = Matcher(query, suffixes=True)
        ms_sfx, _ = best_ms(lambda m=with_suffixes: m.find_all(text))  # type: ignore[misc]
        literal = query.rstrip("*")
        ms_count, count = best_ms(lambda lit=literal: text.count(lit))  # type: ignore[misc]
        pattern = re.compile(re.escape(literal))
        ms_re, found = best_ms(lambda p=pattern: p.findall(text))  # type: ignore[misc]
        rows.append(
            [query, f"{ms:.1f}", len(hits), f"{ms_sfx:.1f}", f"{ms_count:.2f}", count, f"{ms_re:.2f}", len(found)]
        )
    print(
        markdown_table(
            ["query", "matcher ms", "hits", "+suffixes ms", "str.count ms", "count", "re literal ms", "re hits"], rows
        )
    )
    ms_fold, _ = best_ms(lambda: fold_text(text))
    ms_map, _ = best_ms(lambda: fold_with_map(text))
    table = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "\u064e": None})
    ms_translate, _ = best_ms(lambda: text.translate(table))
    print(
        f"\nfold_text {ms_fold:.1f} ms, fold_with_map {ms_map:.1f} ms, str.translate (6 entries) {ms_translate:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
