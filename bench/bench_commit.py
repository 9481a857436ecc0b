"""Per-annotation commit latency on a populated database: the "annotator presses a key" case.

    python -m bench.bench_commit [--docs 20000] [--commits 1000]

Each annotation is one committed transaction through ``Workspace.annotations.add`` (WAL with
``synchronous=FULL``, as db/engine.py opens it, and with NORMAL), against a raw sqlite3
``INSERT`` + ``COMMIT`` of the same row. This is the measurement behind ``synchronous=FULL``.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

from bench.common import (
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

MODULE = "bench.bench_commit"


def phase_service(db_path: Path, sync: str, commits: int) -> dict[str, Any]:
    from sqlalchemy import event

    from app.services import Workspace
    from db.engine import open_database

    db = open_database(db_path)
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda dbapi, _rec: dbapi.execute(f"PRAGMA synchronous={sync}"))
    ws = Workspace(db, "bench")
    times = []
    for n in range(commits):
        doc_id = 1 + n * 7 % 1000
        start = now()
        ws.annotations.add(doc_id, "ACTOR", 0, 3)
        times.append(now() - start)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == {"FULL": 2, "NORMAL": 1}[sync]
    ws.close()
    return latency_summary(times)


def phase_raw(db_path: Path, sync: str, commits: int) -> dict[str, Any]:
    from db.engine import SQLITE_PRAGMAS

    con = sqlite3.connect(db_path, isolation_level=None)
    for pragma in (*SQLITE_PRAGMAS, f"PRAGMA synchronous={sync}"):
        con.execute(pragma)
    stamp = "2025-01-01 00:00:00.000000"
    times = []
    for n in range(commits):
        start = now()
        con.execute("BEGIN")
        con.execute(
            'INSERT INTO annotations (id, document_id, annotator_id, label_id, start, "end", text, '
            "attributes, note, created_at, updated_at) VALUES (?, ?, 1, 1, 0, 3, 'abc', '{}', '', ?, ?)",
            (uuid.uuid4().hex, 1 + n * 7 % 1000, stamp, stamp),
        )
        con.execute("COMMIT")
        times.append(now() - start)
    con.close()
    return latency_summary(times)


def populate(db_path: Path, docs: int, work: Path) -> None:
    from app.services.importing import import_paths
    from db.engine import open_database

    _, articles = load_articles()
    src = work / "corpus.jsonl"
    write_jsonl(src, synth_records(docs, 10, articles))
    db = open_database(db_path)
    import_paths(db, [src], fmt="jsonl", annotator="bench")
    db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m " + MODULE, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=20_000, help="documents in the populated database")
    parser.add_argument("--commits", type=int, default=1000)
    parser.add_argument("--quick", action="store_true", help="2,000 docs, 300 commits")
    parser.add_argument("--phase", choices=("service", "raw"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sync", choices=("FULL", "NORMAL"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        emit((phase_service if args.phase == "service" else phase_raw)(args.db, args.sync, args.commits))
        return 0
    if args.quick:
        args.docs, args.commits = 2_000, 300
    work = Path(tempfile.mkdtemp(prefix="hashiya-bench-"))
    try:
        base = work / "base.sqlite3"
        start = now()
        populate(base, args.docs, work)
        print(f"populated {args.docs:,} docs x 10 spans in {now() - start:.0f} s", file=sys.stderr)
        results: dict[str, Any] = {"docs": args.docs, "commits": args.commits}
        for phase in ("raw", "service"):
            for sync in ("FULL", "NORMAL"):
                db = work / f"{phase}-{sync}.sqlite3"
                shutil.copy(base, db)
                results[f"{phase}-{sync}"] = run_phase(
                    MODULE, "--phase", phase, "--db", str(db), "--sync", sync, "--commits", str(args.commits)
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    paths = (("raw", "raw sqlite3 INSERT + COMMIT"), ("service", "Workspace.annotations.add"))
    rows = [
        [label, sync, r["p50_ms"], r["p99_ms"], f"{r['per_s']:,}"]
        for phase, label in paths
        for sync in ("FULL", "NORMAL")
        for r in [results[f"{phase}-{sync}"]]
    ]
    print(f"One committed annotation at a time, {args.docs:,}-document database, {args.commits} commits, WAL:\n")
    print(markdown_table(["path", "synchronous", "p50 ms", "p99 ms", "commits/s"], rows))
    print(f"\nresults: {save_results('commit', results)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
