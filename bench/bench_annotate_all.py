"""Annotate all over a large corpus: the entry point ``hashiya annotate --match W --label L --all`` runs.

    python -m bench.bench_annotate_all [--docs 100000] [--target 10000] [--quick]

The corpus is the real articles of ../shared/corpora repeated to size (each copy made unique), imported by
the import path. The word is the frequent word whose matches come closest to ``--target``. Timed, each in a
fresh interpreter: ``AnnotateAllService.annotate_all`` (find + one write transaction; what the CLI calls),
the same again (idempotent: nothing to add), undo of the batch (``edit_delete_many``), and the CLI itself as
a subprocess. Baseline measured in the same run: a raw sqlite3 ``executemany`` INSERT of the same number of
rows in one transaction. Goal (issue 13): under 10 s for 10,000 matches in 100,000 documents.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from bench.common import (
    REPO,
    emit,
    load_articles,
    markdown_table,
    now,
    run_phase,
    save_results,
    synth_records,
    write_jsonl,
)

MODULE = "bench.bench_annotate_all"
LABEL = "ACTOR"


def choose_word(articles: list[tuple[str, str]], docs: int, target: int) -> tuple[str, int]:
    """The frequent word whose matches in the ``docs`` synthetic documents come closest to ``target``."""
    from app.text.matcher import Matcher

    copies = Counter(n % len(articles) for n in range(docs))
    tokens = Counter(w for _, text in articles[:2000] for w in text.split() if len(w) >= 4 and w.isalpha())
    best: tuple[int, str, int] | None = None
    for word, _ in tokens.most_common(60):
        matcher = Matcher(word)
        hits = sum(len(matcher.find_all(text)) * copies[i] for i, (_, text) in enumerate(articles))
        if best is None or abs(hits - target) < best[0]:
            best = (abs(hits - target), word, hits)
    assert best is not None
    return best[1], best[2]


def populate(db_path: Path, docs: int, work: Path) -> dict[str, Any]:
    from app.services import Workspace
    from app.services.importing import import_paths

    _, articles = load_articles()
    src = work / "corpus.jsonl"
    write_jsonl(src, synth_records(docs, 0, articles))
    ws = Workspace.open(str(db_path), "bench")
    start = now()
    import_paths(ws.db, [src], fmt="jsonl", annotator="bench")
    imported = now() - start
    indexed = None
    search = getattr(ws, "search", None)
    if search is not None:  # built on import, or here (a no-op when the import kept it current)
        start = now()
        search.rebuild_index()
        indexed = now() - start
    ws.close()
    return {"import_s": round(imported, 1), "index_rebuild_s": indexed and round(indexed, 1)}


def phase_service(db_path: Path, word: str, undo: bool) -> dict[str, Any]:
    from sqlalchemy import event

    from app.services import Workspace
    from app.services.annotate_all import AnnotateAllService

    ws = Workspace.open(str(db_path), "bench")
    commits: list[int] = []
    event.listen(ws.db.engine, "commit", lambda _conn: commits.append(1))
    service = AnnotateAllService.of(ws)
    search = getattr(ws, "search", None)
    rebuilt = None
    if search is not None and not search.index_current():  # the folding changed since the import: not timed here
        start = now()
        search.rebuild_index()
        rebuilt = round(now() - start, 1)
    start = now()
    places = service.find(word, LABEL)
    found = now() - start
    commits.clear()
    start = now()
    done = service.edit_add_many(LABEL, [p.span for p in places if not p.labelled])
    written = now() - start
    result: dict[str, Any] = {
        "path": "search index" if getattr(ws, "search", None) is not None else "scan",
        "matches": len(places),
        "added": len(done.annotations),
        "skipped": done.skipped + sum(p.labelled for p in places),
        "documents": len(done.changes),
        "find_s": round(found, 3),
        "write_s": round(written, 3),
        "total_s": round(found + written, 3),
        "write_commits": len(commits),
        "index_rebuilt_first_s": rebuilt,
    }
    if undo and done.annotations:
        start = now()
        undone = service.edit_delete_many(done.annotations)
        result["undo_s"] = round(now() - start, 3)
        result["undone"] = len(undone.annotations)
        start = now()
        service.edit_restore_many(done.annotations)
        result["redo_s"] = round(now() - start, 3)
    ws.close()
    return result


def phase_raw(db_path: Path, rows: int) -> dict[str, Any]:
    """The same number of annotation rows in one raw sqlite3 transaction (the floor for the write)."""
    from db.engine import SQLITE_PRAGMAS

    con = sqlite3.connect(db_path, isolation_level=None)
    for pragma in SQLITE_PRAGMAS:
        con.execute(pragma)
    stamp = "2025-01-01 00:00:00.000000"
    con.execute("INSERT OR IGNORE INTO annotators (id, name, created_at) VALUES (1, 'raw', ?)", (stamp,))
    ids = [doc for (doc,) in con.execute("SELECT id FROM documents ORDER BY id LIMIT ?", (rows,))]
    start = now()
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        'INSERT INTO annotations (id, document_id, annotator_id, label_id, start, "end", text, '
        "attributes, note, created_at, updated_at) VALUES (?, ?, 1, 1, 0, 3, 'abc', '{}', '', ?, ?)",
        [(uuid.uuid4().hex, ids[n % len(ids)], stamp, stamp) for n in range(rows)],
    )
    con.execute("COMMIT")
    seconds = now() - start
    con.close()
    return {"total_s": round(seconds, 3)}


def run_cli(db_path: Path, word: str, label: str) -> tuple[float, str]:
    start = now()
    proc = subprocess.run(
        [sys.executable, "-m", "app", "annotate", "--match", word, "--label", label, "--all", "--db", str(db_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return now() - start, proc.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m " + MODULE, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--target", type=int, default=10_000, help="matches wanted for the word")
    parser.add_argument("--quick", action="store_true", help="10,000 documents, 1,000 matches")
    parser.add_argument("--phase", choices=("service", "raw"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--word", help=argparse.SUPPRESS)
    parser.add_argument("--rows", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--undo", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase == "service":
        emit(phase_service(args.db, args.word, args.undo))
        return 0
    if args.phase == "raw":
        emit(phase_raw(args.db, args.rows))
        return 0
    if args.quick:
        args.docs, args.target = 10_000, 1_000
    source, articles = load_articles()
    word, expected = choose_word(articles, args.docs, args.target)
    print(f"{source}; word {word!r}: {expected:,} matches expected in {args.docs:,} documents", file=sys.stderr)
    work = Path(tempfile.mkdtemp(prefix="hashiya-bench-"))
    try:
        base = work / "base.sqlite3"
        start = now()
        setup = populate(base, args.docs, work)
        print(f"populated in {now() - start:.0f} s: {setup}", file=sys.stderr)
        db = work / "run.sqlite3"
        shutil.copy(base, db)  # closed: no WAL left beside it
        first = run_phase(MODULE, "--phase", "service", "--db", str(db), "--word", word, "--undo")
        again = run_phase(MODULE, "--phase", "service", "--db", str(db), "--word", word)
        cli_s, cli_out = run_cli(db, word, "CLAIM")
        raw_db = work / "raw.sqlite3"
        shutil.copy(base, raw_db)
        raw = run_phase(MODULE, "--phase", "raw", "--db", str(raw_db), "--rows", str(max(first["added"], 1)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results: dict[str, Any] = {
        "docs": args.docs,
        "word": word,
        "source": source,
        "setup": setup,
        "first": first,
        "again": again,
        "cli": {"wall_s": round(cli_s, 2), "output": cli_out},
        "raw_insert": raw,
    }
    rows = [
        ["annotate_all (find + one transaction)", first["matches"], first["added"], first["total_s"]],
        ["  of which find", "", "", first["find_s"]],
        ["  of which the write", "", "", first["write_s"]],
        ["again (idempotent)", again["matches"], again["added"], again["total_s"]],
        ["undo of the batch (edit_delete_many)", "", first.get("undone", 0), first.get("undo_s", "")],
        ["redo (edit_restore_many)", "", "", first.get("redo_s", "")],
        ["CLI `annotate --all` (subprocess, wall)", "", "", round(cli_s, 2)],
        ["raw sqlite3 executemany of as many rows", "", first["added"], raw["total_s"]],
    ]
    print(
        f"Annotate all {word!r} as {LABEL} over {args.docs:,} documents ({first['documents']:,} touched), "
        f"matches found through the {first['path']}, {first['write_commits']} commit(s):\n"
    )
    print(markdown_table(["step", "matches", "annotations", "seconds"], rows))
    ratio = first["write_s"] / raw["total_s"] if raw["total_s"] else float("nan")
    print(f"\nthe write is {ratio:.1f}x the raw insert; CLI said: {cli_out}")
    print(f"\nresults: {save_results('annotate_all', results)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
