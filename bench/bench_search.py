"""Corpus search: the folded-word index and the matcher, against a plain FTS5 table measured in the same run.

    python -m bench.bench_search                  # 100,000 articles (the issue's size; a few minutes)
    python -m bench.bench_search --docs 20000

The documents are the real articles of ../shared/corpora (ant-news + saudinewsnet) repeated to size, each
made unique by a numbered last line, with 10 spans each (ACTOR/CLAIM/FIGURE, some nested), written into a
database ``open_database`` made (stdlib sqlite3, one transaction: the import is measured by bench_import_export).
Phases, each in its own interpreter:

  plain    baseline: ``CREATE VIRTUAL TABLE plain USING fts5(text)`` (unicode61, the unfolded text stored
           with the index, as FTS5 is plainly used), filled by one ``INSERT ... SELECT``; its size; then
           ``SELECT rowid ... MATCH word LIMIT 100`` for the same words; then the table is dropped.
  index    ``Workspace.search.rebuild_index()`` (what ``hashiya index --rebuild`` runs): every text folded,
           split into word tokens and indexed, in one transaction; its size.
  query    ``Workspace.search.search(word, limit=100)`` (what ``hashiya search`` runs): the index's
           candidates, the matcher over their texts, hits with context; the median of 15 runs a word, after one
           warm-up run.

Words: "selective" words are folded words of 5+ letters found in exactly one source article (so in about
docs / articles documents); the "common" word is the one in the most documents (في). Goals (issue 13):
build <= 1.5x the plain build, selective word < 20 ms, common word first 100 hits < 150 ms, index <= 0.6x
the texts' bytes. Filter queries (label:CLAIM, -label:CLAIM, unlabelled: with the common word; label:FIGURE
alone) are measured too, with no goal.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.common import emit, load_articles, markdown_table, now, run_phase, save_results

MODULE = "bench.bench_search"
RUNS = 15
SELECTIVE = 5  # selective words measured
SPANS = 10  # annotations a document (ACTOR/CLAIM/FIGURE, some nested: bench.common's synthetic spans)
FILTERS = ("label:CLAIM {common}", "-label:CLAIM {common}", "unlabelled: {common}", "label:FIGURE")
GOALS = {"build_ratio": 1.5, "selective_ms": 20.0, "common_ms": 150.0, "size_ratio": 0.6}
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{5,}")


# --- phases (run in a child process) -----------------------------------------------------------


def _size(con: sqlite3.Connection, *names: str) -> int:
    wanted = ",".join("?" for _ in names)
    return con.execute(f"SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN ({wanted})", names).fetchone()[0]


def _fts_tables(con: sqlite3.Connection, prefix: str) -> list[str]:
    rows = con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE ?", (prefix + "%",))
    return [name for (name,) in rows if name == prefix or name.startswith(prefix + "_")]


def phase_setup(args: argparse.Namespace) -> dict[str, Any]:
    import random
    import uuid

    from bench.common import _spans
    from db.engine import SQLITE_PRAGMAS, open_database

    _, articles = load_articles()
    open_database(args.db).close()  # the schema, at head, with its empty index
    start = now()
    con = sqlite3.connect(args.db, isolation_level=None)
    for pragma in SQLITE_PRAGMAS:
        con.execute(pragma)
    con.execute("BEGIN")
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    labels = dict(con.execute("SELECT name, id FROM label_types"))
    annotator = con.execute("INSERT INTO annotators (name, created_at) VALUES ('bench', ?)", (stamp,)).lastrowid
    rng = random.Random(1)
    docs: list[tuple[Any, ...]] = []
    spans: list[tuple[Any, ...]] = []

    def flush() -> None:
        con.executemany(
            "INSERT INTO documents (id, title, text, sha256, source, metadata, status, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            docs,
        )
        con.executemany(
            'INSERT INTO annotations (id, document_id, annotator_id, label_id, start, "end", text, attributes, '
            "note, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, '{}', '', ?, ?, NULL)",
            spans,
        )
        docs.clear()
        spans.clear()

    for n in range(args.docs):
        title, base = articles[n % len(articles)]
        text = f"{base}\n\n[{n + 1}]"
        docs.append((n + 1, f"{title} [{n + 1}]", text, f"{n + 1:064x}", "bench", "{}", "new", stamp))
        for label, s, e in _spans(base, rng, SPANS):
            key = uuid.UUID(int=rng.getrandbits(128), version=4).hex
            spans.append((key, n + 1, annotator, labels[label], s, e, text[s:e], stamp, stamp))
        if len(docs) == 5000:
            flush()
    flush()
    con.execute("UPDATE search_state SET value = '' WHERE name = 'fingerprint'")  # texts not yet indexed
    con.execute("COMMIT")
    text_bytes = sum(len(text.encode()) for (text,) in con.execute("SELECT text FROM documents"))
    con.close()
    return {"seconds": now() - start, "docs": args.docs, "text_bytes": text_bytes}


def phase_plain(args: argparse.Namespace) -> dict[str, Any]:
    con = sqlite3.connect(args.db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    start, cpu = now(), time.process_time()
    con.execute("BEGIN")
    con.execute("CREATE VIRTUAL TABLE plain USING fts5(text, tokenize='unicode61')")
    con.execute("INSERT INTO plain(rowid, text) SELECT id, text FROM documents")
    con.execute("COMMIT")
    seconds, cpu = now() - start, time.process_time() - cpu
    size = _size(con, *_fts_tables(con, "plain"))
    queries = {}
    for word in args.words:
        expression = '"' + word + '"'
        con.execute("SELECT rowid FROM plain WHERE plain MATCH ? LIMIT 100", (expression,)).fetchall()
        times = []
        for _ in range(RUNS):
            t = now()
            found = con.execute("SELECT rowid FROM plain WHERE plain MATCH ? LIMIT 100", (expression,)).fetchall()
            times.append(now() - t)
        count = con.execute("SELECT count(*) FROM plain WHERE plain MATCH ?", (expression,)).fetchone()[0]
        queries[word] = {"ms": round(statistics.median(times) * 1000, 3), "first": len(found), "docs": count}
    con.execute("DROP TABLE plain")
    con.execute("VACUUM")
    con.close()
    return {"seconds": seconds, "build_cpu_s": cpu, "bytes": size, "queries": queries}


def phase_index(args: argparse.Namespace) -> dict[str, Any]:
    from app.services import Workspace

    ws = Workspace.open(str(args.db), "bench")
    start, cpu = now(), time.process_time()
    count = ws.search.rebuild_index()
    seconds, cpu = now() - start, time.process_time() - cpu
    ws.close()
    con = sqlite3.connect(args.db)
    size = _size(con, *_fts_tables(con, "search_index"))
    con.close()
    return {"seconds": seconds, "build_cpu_s": cpu, "docs": count, "bytes": size}


def phase_query(args: argparse.Namespace) -> dict[str, Any]:
    from app.services import Workspace

    ws = Workspace.open(str(args.db), "bench")
    out = {}
    for word in [*args.words, *args.filters]:
        result = ws.search.search(word, limit=100)  # warm-up (the page cache, the compiled matcher)
        times = []
        for _ in range(RUNS):
            t = now()
            result = ws.search.search(word, limit=100)
            times.append(now() - t)
        out[word] = {
            "ms": round(statistics.median(times) * 1000, 3),
            "max_ms": round(max(times) * 1000, 3),
            "hits": len(result.hits),
            "docs": len(result.per_document),
            "truncated": result.truncated,
        }
    ws.close()
    return {"queries": out}


PHASES = {"setup": phase_setup, "plain": phase_plain, "index": phase_index, "query": phase_query}


# --- the run -----------------------------------------------------------------------------------


def pick_words(articles: list[tuple[str, str]]) -> tuple[list[str], str]:
    """Selective words (in exactly one source article) and the word in the most articles, folded."""
    from app.text.fold import fold_text
    from app.text.matcher import word_tokens

    df: Counter[str] = Counter()
    for _, text in articles:
        df.update(set(word_tokens(fold_text(text))))
    common = df.most_common(1)[0][0]
    rare = sorted(w for w, n in df.items() if n == 1 and _ARABIC_WORD.fullmatch(w) and not w.startswith(("ال", "و")))
    step = max(1, len(rare) // SELECTIVE)
    return rare[::step][:SELECTIVE], common


def run(docs: int, work: Path) -> dict[str, Any]:
    source, articles = load_articles()
    selective, common = pick_words(articles)
    words = [*selective, common]
    db = work / f"search-{docs}.sqlite3"
    base = ["--db", str(db), "--docs", str(docs)]
    setup = run_phase(MODULE, "--phase", "setup", *base)
    plain = run_phase(MODULE, "--phase", "plain", *base, "--words", *words)
    index = run_phase(MODULE, "--phase", "index", *base)
    filters = [f.format(common=common) for f in FILTERS]
    query = run_phase(MODULE, "--phase", "query", *base, "--words", *words, "--filters", *filters)
    sel = [query["queries"][w]["ms"] for w in selective]
    return {
        "source": source,
        "docs": docs,
        "text_mb": round(setup["text_bytes"] / 1e6, 1),
        "selective": selective,
        "common": common,
        "filters": filters,
        "plain": plain,
        "index": index,
        "query": query,
        "load": os.getloadavg(),
        "build_ratio": round(index["seconds"] / plain["seconds"], 2),
        "build_cpu_ratio": round(index["build_cpu_s"] / plain["build_cpu_s"], 2),
        "size_ratio": round(index["bytes"] / setup["text_bytes"], 3),
        "plain_size_ratio": round(plain["bytes"] / setup["text_bytes"], 3),
        "selective_ms": max(sel),
        "selective_median_ms": statistics.median(sel),
        "common_ms": query["queries"][common]["ms"],
    }


def report(r: dict[str, Any]) -> str:
    def verdict(key: str) -> str:
        return "yes" if r[key] <= GOALS[key] else "**no**"

    q, p = r["query"]["queries"], r["plain"]["queries"]
    common = r["common"]
    rows = [
        [
            "index build",
            f"{r['index']['seconds']:.1f} s",
            f"{r['plain']['seconds']:.1f} s",
            f"{r['build_ratio']}x",
            "<= 1.5x",
            verdict("build_ratio"),
        ],
        [
            "index build, CPU seconds (less moved by other jobs)",
            f"{r['index']['build_cpu_s']:.1f} s",
            f"{r['plain']['build_cpu_s']:.1f} s",
            f"{r['build_cpu_ratio']}x",
            "",
            "",
        ],
        [
            "index size / text bytes",
            f"{r['size_ratio']}",
            f"{r['plain_size_ratio']}",
            "",
            "<= 0.6",
            verdict("size_ratio"),
        ],
        [
            f"selective word ({len(r['selective'])} words, slowest; hits {min(q[w]['hits'] for w in r['selective'])}"
            f"-{max(q[w]['hits'] for w in r['selective'])})",
            f"{r['selective_ms']:.1f} ms",
            f"{max(p[w]['ms'] for w in r['selective']):.2f} ms",
            "",
            "< 20 ms",
            verdict("selective_ms"),
        ],
        [
            f"word in {p[common]['docs']} of {r['docs']} documents ({common}), first 100 hits",
            f"{r['common_ms']:.1f} ms",
            f"{p[common]['ms']:.2f} ms",
            "",
            "< 150 ms",
            verdict("common_ms"),
        ],
    ]
    rows += [[f"`{f}`, first 100 hits", f"{q[f]['ms']:.1f} ms", "", "", "", ""] for f in r.get("filters", [])]
    head = (
        f"{r['docs']} documents ({r['text_mb']} MB of text, {SPANS} spans each), {r['source']}; "
        f"load average {r['load'][0]:.1f}"
    )
    table = markdown_table(["", "hashiya", "plain FTS5", "ratio", "goal", "met"], rows)
    return f"{head}\n\n{table}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m " + MODULE, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=100_000, help="corpus size (default 100,000)")
    parser.add_argument("--workdir", type=Path, help="where the database goes (default: a temp dir)")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--words", nargs="*", default=[], help=argparse.SUPPRESS)
    parser.add_argument("--filters", nargs="*", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        emit(PHASES[args.phase](args))
        return 0
    work = Path(tempfile.mkdtemp(prefix="hashiya-bench-search-", dir=args.workdir))
    try:
        result = run(args.docs, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(report(result))
    path = save_results("search", result)
    print(f"\nresults: {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
