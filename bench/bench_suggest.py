"""Suggestions: ``hashiya suggest --all --apply`` on a corpus, and one document's suggestions as the workbench
asks for them when it opens a document.

    python -m bench.bench_suggest [--docs 100000] [--quick]

The corpus is the real articles of ../shared/corpora (ant-news + saudinewsnet) repeated to ``--docs``, each
made unique by a numbered suffix. Measured, each in a fresh interpreter:

- ``cli``: ``hashiya suggest --all --apply`` through the CLI's entry point (``app.cli.main``): read, recognise,
  store (goal: at least 1,000 articles/s), then the same again (everything stored already);
- ``rules``: the recognisers alone on the same texts, the baseline the CLI's overhead is read against;
- ``document``: ``Workspace.suggestions.suggest`` (read, recognise, store, list) and ``compute`` on the sample
  article (../shared/seed/article.txt, else resources/sample/article.txt), median of 50 (goal: under 50 ms).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.common import (
    REPO,
    emit,
    latency_summary,
    load_articles,
    markdown_table,
    now,
    run_phase,
    save_results,
    synth_records,
    write_jsonl,
)

MODULE = "bench.bench_suggest"
SEED = REPO.parent / "shared" / "seed" / "article.txt"


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the CLI's recogniser workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def populate(db_path: Path, docs: int, work: Path) -> str:
    from app.services.importing import import_paths
    from db.engine import open_database

    described, articles = load_articles()
    src = work / "corpus.jsonl"
    write_jsonl(src, synth_records(docs, 0, articles))
    db = open_database(db_path)
    import_paths(db, [src], fmt="jsonl", annotator="bench")
    db.close()
    src.unlink()
    return described


def phase_cli(db_path: Path) -> dict[str, Any]:
    from sqlalchemy import func, select

    from app.cli import main
    from app.services import Workspace
    from db.models import Document, Suggestion

    ws = Workspace.open(str(db_path), "bench")
    with ws.db.sessions() as session:
        docs = session.scalar(select(func.count(Document.id))) or 0
    ws.close()
    result: dict[str, Any] = {"docs": docs}
    for run in ("first", "again"):
        out = io.StringIO()
        start, cpu = now(), _cpu()
        with contextlib.redirect_stdout(out):
            code = main(["suggest", "--db", str(db_path), "--all", "--apply"])
        seconds, cpu = now() - start, _cpu() - cpu
        assert code == 0, out.getvalue()
        result[run] = {
            "s": round(seconds, 2),
            "cpu_s": round(cpu, 2),
            "docs_per_s": round(docs / seconds),
            "docs_per_cpu_s": round(docs / cpu),
            "summary": out.getvalue().strip(),
        }
    ws = Workspace.open(str(db_path), "bench")
    with ws.db.sessions() as session:
        result["stored"] = session.scalar(select(func.count(Suggestion.id))) or 0
    ws.close()
    return result


def phase_rules(docs: int) -> dict[str, Any]:
    from app.assist.base import Context
    from app.assist.registry import recognisers

    _, articles = load_articles()
    functions = {r.name: r.load() for r in recognisers()}
    texts = [f"{articles[n % len(articles)][1]}\n\n[{n + 1}]" for n in range(docs)]
    context = Context()
    result: dict[str, Any] = {"docs": docs}
    for name, recognise in functions.items():
        start, cpu = now(), _cpu()
        found = sum(len(recognise(text, context)) for text in texts)
        seconds, cpu = now() - start, _cpu() - cpu
        result[name] = {
            "s": round(seconds, 2),
            "cpu_s": round(cpu, 2),
            "docs_per_s": round(docs / seconds),
            "proposals": found,
        }
    result["both_docs_per_s"] = round(docs / sum(result[name]["s"] for name in functions))
    result["both_docs_per_cpu_s"] = round(docs / sum(result[name]["cpu_s"] for name in functions))
    return result


def phase_document(db_path: Path) -> dict[str, Any]:
    from app.services import Workspace
    from tests.ui.conftest import add_document

    article = (SEED if SEED.is_file() else REPO / "resources" / "sample" / "article.txt").read_text("utf-8")
    ws = Workspace.open(str(db_path), "bench")
    doc = add_document(ws, article)
    suggest, compute = [], []
    for _ in range(50):
        start = now()
        found = ws.suggestions.suggest(doc)
        suggest.append(now() - start)
        start = now()
        ws.suggestions.compute(doc)
        compute.append(now() - start)
    ws.close()
    return {
        "article": str(SEED if SEED.is_file() else "resources/sample/article.txt"),
        "chars": len(article),
        "suggestions": len(found),
        "suggest": latency_summary(suggest),
        "compute": latency_summary(compute),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m " + MODULE, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=100_000, help="documents in the corpus")
    parser.add_argument("--quick", action="store_true", help="5,000 documents")
    parser.add_argument("--phase", choices=("cli", "rules", "document"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick:
        args.docs = 5_000
    if args.phase == "cli":
        emit(phase_cli(args.db))
        return 0
    if args.phase == "rules":
        emit(phase_rules(args.docs))
        return 0
    if args.phase == "document":
        emit(phase_document(args.db))
        return 0
    work = Path(tempfile.mkdtemp(prefix="hashiya-bench-"))
    try:
        db = work / "corpus.sqlite3"
        start = now()
        described = populate(db, args.docs, work)
        print(f"imported {args.docs:,} documents from {described} in {now() - start:.0f} s", file=sys.stderr)
        results: dict[str, Any] = {"docs": args.docs, "corpus": described}
        results["rules"] = run_phase(MODULE, "--phase", "rules", "--docs", str(args.docs))
        results["cli"] = run_phase(MODULE, "--phase", "cli", "--db", str(db))
        results["document"] = run_phase(MODULE, "--phase", "document", "--db", str(work / "one.sqlite3"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rules, cli, doc = results["rules"], results["cli"], results["document"]
    kinds = ", ".join(k for k in rules if isinstance(rules[k], dict))
    both_s = round(sum(rules[k]["s"] for k in rules if isinstance(rules[k], dict)), 2)
    both_cpu = round(sum(rules[k]["cpu_s"] for k in rules if isinstance(rules[k], dict)), 2)
    rows = [
        [
            f"recognisers alone ({kinds})",
            both_s,
            both_cpu,
            "",
            f"{rules['both_docs_per_s']:,}",
            f"{rules['both_docs_per_cpu_s']:,}",
        ],
        *(
            [label, r["s"], r["cpu_s"], stored, f"{r['docs_per_s']:,}", f"{r['docs_per_cpu_s']:,}"]
            for label, r, stored in (
                ("hashiya suggest --all --apply", cli["first"], cli["stored"]),
                ("the same again (all stored)", cli["again"], ""),
            )
        ),
    ]
    print(f"Suggestions on {args.docs:,} documents ({described}); goal >= 1,000 documents/s:\n")
    print(markdown_table(["path", "s", "CPU s", "suggestions stored", "documents/s", "per CPU s"], rows))
    print(
        f"\nOne document ({doc['chars']:,} characters, {doc['suggestions']} suggestions; goal < 50 ms): "
        f"suggest (read, recognise, store, list) p50 {doc['suggest']['p50_ms']} ms, p99 {doc['suggest']['p99_ms']} ms; "
        f"compute alone p50 {doc['compute']['p50_ms']} ms"
    )
    print(f"\nresults: {save_results('suggest', results)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
