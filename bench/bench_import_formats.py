"""Import the same annotated documents from every annotated format, as a ratio to the native JSONL import.

    python -m bench.bench_import_formats                     # 2,000 and 20,000 documents
    python -m bench.bench_import_formats --docs 2000 --formats brat conll

The documents (real articles from ``../shared/corpora``, or the sample's tokens, with 10 spans and 2 ``source``
links each: ``bench.common.synth_records``) are imported once into a temporary workspace and exported by
Hashiya in every annotated format, the native ``jsonl`` among them. Each format's export is then imported by
``hashiya import --format F`` (``python -m app``, the CLI entry point) into a fresh copy of an empty database,
one child process per run; the child's CPU seconds (user + system, ``os.wait4``'s rusage), its wall-clock
seconds and its peak RSS (``ru_maxrss``) are its own. The import spool's memory threshold is the one a user's
import has (``app/services/spool.MEMORY_BYTES``, 64 MiB), and each run is repeated with it set to
``--other-spool`` MiB (256 by default; 0 skips it) in the child before the CLI runs. Each import runs
``--repeat`` times, in rounds over the formats; the run with the least
CPU time is reported (the machine is shared: CPU seconds move far less than wall clock when other work runs)
and the highest peak RSS. Ratio = CPU seconds / those of the ``jsonl`` import of the same documents at the same
threshold, in the same run; the wall-clock ratio is printed next to it.
No timing is asserted anywhere.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.formats.uima import _BAD_XML
from app.services import spool
from bench.common import REPO, load_articles, markdown_table, save_results, synth_records, write_jsonl

FORMATS = ("jsonl", "brat", "conll", "conllu", "xmi", "labelstudio", "doccano")  # jsonl first: the baseline
SPOOL_DEFAULT = spool.MEMORY_BYTES // 2**20  # MiB: what a user's import has
# The child: set the spool's threshold, then run the CLI exactly as ``python -m app`` does.
_CHILD = (
    "import sys; import app.services.spool as spool; spool.MEMORY_BYTES = int(sys.argv[1]) * 2**20; "
    "from app.cli import main; sys.exit(main(sys.argv[2:]))"
)


def _linked(records: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Each record with a ``source`` link from each claim to the first actor inside it (2 per document)."""
    for record in records:
        spans = record["annotations"]
        for claim in (a for a in spans if a["label"] == "CLAIM"):
            actor = next(
                (
                    a
                    for a in spans
                    if a["label"] == "ACTOR" and claim["start"] <= a["start"] and a["end"] <= claim["end"]
                ),
                None,
            )
            if actor is not None:
                record["relations"].append(
                    {"id": None, "type": "source", "from": claim["id"], "to": actor["id"], "annotator": "bench"}
                )
        yield record


def build(work: Path, docs: int, articles: list[tuple[str, str]]) -> dict[str, Path]:
    """The corpus in a workspace, exported in every format; returns each format's import path."""
    from app.services.export_formats import export
    from app.services.importing import import_paths
    from db.engine import open_database

    src = work / "source.jsonl"
    write_jsonl(src, _linked(synth_records(docs, 10, articles)))
    db = open_database(work / "source.sqlite3")
    import_paths(db, [src], fmt="jsonl", annotator="bench")
    paths: dict[str, Path] = {}
    for fmt in FORMATS:
        dest = work / f"export-{fmt}"
        report = export(db, fmt, dest)
        paths[fmt] = dest / "tasks.json" if fmt == "labelstudio" else dest
        print(
            f"  exported {fmt}: {report.documents} documents, {report.annotations} annotations, "
            f"{report.relations} relations",
            file=sys.stderr,
        )
    db.close()
    src.unlink()
    open_database(work / "empty.sqlite3").close()  # schema and default labels, copied for every run
    return paths


def _popen_rss(cmd: list[str], env: dict[str, str]) -> tuple[int, bytes, bytes, float, float, float]:
    """Run ``cmd``; its exit status, output, wall-clock seconds, CPU seconds (user + system) and own peak RSS
    (MB), the last two from ``os.wait4``."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    out, err = proc.stdout.read(), proc.stderr.read()  # read to the end, then reap with the child's rusage
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, out, err, seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(work: Path, fmt: str, path: Path, spool_mib: int) -> dict[str, Any]:
    db = work / "run.sqlite3"
    for stale in work.glob("run.sqlite3*"):
        stale.unlink()
    shutil.copyfile(work / "empty.sqlite3", db)
    cmd = [sys.executable, "-c", _CHILD, str(spool_mib), "import", "--db", str(db), "--format", fmt, str(path)]
    code, out, err, seconds, cpu, rss = _popen_rss(cmd, {**os.environ, "PYTHONPATH": str(REPO)})
    if code != 0:
        raise RuntimeError(f"import of {fmt} failed ({code}):\n{err.decode()[-2000:]}")
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "rss_mb": round(rss, 1),
        "summary": out.decode().splitlines()[0] if out else "",
    }


def _size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return round(sum(p.stat().st_size for p in files) / 1e6, 1)


def run_size(
    docs: int, formats: list[str], spools: list[int], repeat: int, articles: list[tuple[str, str]], work: Path
) -> list[dict[str, Any]]:
    start = time.perf_counter()
    paths = build(work, docs, articles)
    print(f"{docs:,} documents built and exported in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    rows = []
    for spool_mib in spools:
        runs: dict[str, list[dict[str, Any]]] = {fmt: [] for fmt in ["jsonl", *formats]}
        for _ in range(repeat):  # rounds over every format, so that a busy spell of the machine hits them alike
            for fmt in runs:
                runs[fmt].append(measure(work, fmt, paths[fmt], spool_mib))
        best = {fmt: min(found, key=lambda r: r["cpu_seconds"]) for fmt, found in runs.items()}
        base = best["jsonl"]
        for fmt in dict.fromkeys(["jsonl", *formats]):
            r = {
                **best[fmt],
                "all_seconds": [x["seconds"] for x in runs[fmt]],
                "all_cpu_seconds": [x["cpu_seconds"] for x in runs[fmt]],
                "rss_mb": max(x["rss_mb"] for x in runs[fmt]),
            }
            r.update(
                docs=docs,
                format=fmt,
                spool_mib=spool_mib,
                input_mb=_size_mb(paths[fmt]),
                ratio=round(r["cpu_seconds"] / base["cpu_seconds"], 2),
                wall_ratio=round(r["seconds"] / base["seconds"], 2),
            )
            print(
                f"  {docs:,} {fmt:<12} spool {spool_mib:>3} MiB: {r['cpu_seconds']:7.2f} CPU s  x{r['ratio']:.2f}  "
                f"({r['seconds']:.2f} s wall, x{r['wall_ratio']:.2f})  "
                f"{r['rss_mb']:6.0f} MB  | {r['summary']}",
                file=sys.stderr,
            )
            rows.append(r)
    for path in work.iterdir():
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    return rows


def report(rows: list[dict[str, Any]]) -> str:
    table = [
        [
            f"{r['docs']:,}",
            r["format"],
            r["spool_mib"],
            f"{r['input_mb']}",
            f"{r['cpu_seconds']:.2f}",
            f"{r['ratio']:.2f}x",
            f"{r['seconds']:.2f}",
            f"{r['wall_ratio']:.2f}x",
            f"{r['rss_mb']:.0f}",
            r["summary"],
        ]
        for r in rows
    ]
    return markdown_table(
        [
            "docs",
            "format",
            "spool MiB",
            "input MB",
            "CPU s",
            "x jsonl (CPU)",
            "wall s",
            "x jsonl (wall)",
            "peak RSS MB",
            "hashiya import said",
        ],
        table,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.bench_import_formats",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--docs", type=int, nargs="+", default=[2_000, 20_000])
    parser.add_argument("--formats", nargs="+", default=list(FORMATS), choices=FORMATS)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each import; the fastest is reported")
    parser.add_argument(
        "--other-spool", type=int, default=256, help="a second spool threshold in MiB, for comparison (0: skip)"
    )
    parser.add_argument("--workdir", type=Path, help="where the exports and databases go (default: a temp dir)")
    args = parser.parse_args(argv)
    source, articles = load_articles()
    print(f"corpus source: {source}", file=sys.stderr)
    kept = [a for a in articles if not any(_BAD_XML.search(part) for part in a)]
    if len(kept) < len(articles):  # every format must hold the same documents: XMI's writer refuses these
        print(f"  left out {len(articles) - len(kept)} articles with characters XML 1.0 cannot hold", file=sys.stderr)
    articles = kept
    spools = [SPOOL_DEFAULT, *([args.other_spool] if args.other_spool not in (0, SPOOL_DEFAULT) else [])]
    work = Path(tempfile.mkdtemp(prefix="hashiya-bench-", dir=args.workdir))
    try:
        rows = [row for n in args.docs for row in run_size(n, args.formats, spools, args.repeat, articles, work)]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(report(rows))
    path = save_results("import_formats", {"source": source, "rows": rows})
    print(f"\nresults: {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
