"""Frozen-build figures: ``python -m bench.bench_frozen_start [--dist dist] [--runs 9]`` after ``make dist``.

Reports the onedir size, the compressed artefacts' sizes and start-up times of the frozen executable,
each a median over ``--runs`` runs (the first run, with a colder page cache, is also shown on its own):

- ``--version``: bootloader, Python and the CLI's imports;
- start to first paint: ``hashiya gui --screenshot FILE --doc 1`` offscreen on a database holding the
  sample article, timed from launch until FILE appears. The app writes FILE right after its first frame
  has been shown and painted (ui/main.py ``_save``), so this is launch to first paint plus one grab;
- the whole process of that run: it goes on to load SQLAlchemy and open the workspace, as a real start
  does right after the first frame, then exits.

``--source`` times ``python -m ui`` (the launcher) from the source tree the same way, to tell what freezing costs
from what the app itself costs. ``--docs N`` also times the first paint on a database of N documents with
10 spans each (real articles repeated to size, as in bench_import_export), opened on a document in the
middle, so that a start-up cost growing with the corpus shows. ``--drop-caches`` (root only) empties the
kernel's page cache before every timed run: a start straight after boot, with nothing of the app in memory.
Runs use an empty fontconfig and private data/config folders, like
tests/dist. Figures go to stdout and bench/out/{frozen,source}_start.json; they are reported, never
asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
EMPTY_FONTCONFIG = '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig></fontconfig>\n'


def tree_size(folder: Path) -> int:
    """Apparent size in bytes of a folder, symlinks counted as links."""
    return sum(path.lstat().st_size for path in folder.rglob("*"))


def environment(root: Path) -> dict[str, str]:
    (root / "fonts.conf").write_text(EMPTY_FONTCONFIG, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "FONTCONFIG_", "LD_", "PYTHON"))}
    env.update(
        {
            "FONTCONFIG_FILE": str(root / "fonts.conf"),
            "XDG_CACHE_HOME": str(root / "cache"),
            "XDG_CONFIG_HOME": str(root / "config"),
            "HASHIYA_DATA_DIR": str(root / "data"),
            "HASHIYA_ANNOTATOR": "bench",
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    return env


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_version(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of ``hashiya --version``."""
    cpu, start = children_cpu(), time.perf_counter()
    subprocess.run([*command, "--version"], env=env, check=True, capture_output=True)
    return time.perf_counter() - start, children_cpu() - cpu


def drop_page_cache() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n", encoding="ascii")


def build_corpus(command: list[str], db: Path, docs: int, env: dict[str, str], tmp: Path) -> None:
    from bench.common import load_articles, synth_records, write_jsonl

    source = tmp / "corpus.jsonl"
    write_jsonl(source, synth_records(docs, 10, load_articles()[1]))
    subprocess.run(
        [*command, "import", "--db", str(db), "--format", "jsonl", str(source)],
        env=env,
        check=True,
        capture_output=True,
    )
    source.unlink()


def time_first_paint(
    command: list[str], db: Path, shot: Path, env: dict[str, str], doc: int = 1, cold: bool = False
) -> tuple[float, float, float]:
    """(launch to screenshot file, whole process, CPU of the whole process) in seconds."""
    shot.unlink(missing_ok=True)
    if cold:
        drop_page_cache()
    cpu, start = children_cpu(), time.perf_counter()
    proc = subprocess.Popen(
        [*command, "--db", str(db), "gui", "--screenshot", str(shot), "--doc", str(doc)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    painted = None
    while proc.poll() is None:
        if painted is None and shot.exists():
            painted = time.perf_counter() - start
        time.sleep(0.002)
    total = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"screenshot run failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return (painted if painted is not None else total), total, children_cpu() - cpu


def summary(values: list[float]) -> dict[str, float]:
    return {
        "first_s": round(values[0], 3),
        "median_s": round(statistics.median(values[1:] or values), 3),
        "min_s": round(min(values), 3),
        "runs": len(values),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--source",
        action="store_true",
        help="time `python -m ui` from the source tree instead, to compare with the frozen build",
    )
    parser.add_argument("--docs", type=int, default=0, help="also time the start on a database of this many documents")
    parser.add_argument("--drop-caches", action="store_true", help="empty the page cache before each run (root)")
    args = parser.parse_args(argv)
    if args.drop_caches and os.geteuid() != 0:
        print("--drop-caches needs root (it writes /proc/sys/vm/drop_caches)", file=sys.stderr)
        return 2
    bundle = args.dist / "hashiya"
    exe = bundle / "hashiya"
    if not exe.is_file():
        print(f"no frozen build at {bundle}: run `make dist` first", file=sys.stderr)
        return 2
    apparent = tree_size(bundle)
    artefacts = {p.name: p.stat().st_size for p in sorted(args.dist.glob("hashiya*")) if p.is_file()}
    with tempfile.TemporaryDirectory(prefix="hashiya-bench-") as tmp:
        root = Path(tmp)
        env = environment(root)
        db = root / "sample.sqlite3"
        sample = bundle / "_internal" / "resources" / "sample" / "article.txt"
        subprocess.run([str(exe), "import", "--db", str(db), str(sample)], env=env, check=True, capture_output=True)
        command = [sys.executable, "-m", "ui"] if args.source else [str(exe)]
        if args.source:
            env["PYTHONPATH"] = str(REPO)
        version_wall, version_cpu = zip(*(time_version(command, env) for _ in range(args.runs)), strict=True)
        cold = args.drop_caches
        runs = [time_first_paint(command, db, root / "shot.png", env, cold=cold) for _ in range(args.runs)]
        big_runs = []
        if args.docs:
            big = root / "corpus.sqlite3"
            build_corpus([str(exe)], big, args.docs, env, root)
            middle = args.docs // 2
            big_runs = [time_first_paint(command, big, root / "shot.png", env, middle, cold) for _ in range(args.runs)]
        if os.environ.get("HASHIYA_BENCH_KEEP_SHOT"):
            shutil.copyfile(root / "shot.png", os.environ["HASHIYA_BENCH_KEEP_SHOT"])
    paint, total, cpu = (list(column) for column in zip(*runs, strict=True))
    result = {
        "onedir_mb": round(apparent / 1e6, 1),
        "onedir_mib": round(apparent / 2**20, 1),
        "artefacts_mb": {name: round(size / 1e6, 1) for name, size in artefacts.items()},
        "version": summary(list(version_wall)),
        "version_cpu": summary(list(version_cpu)),
        "first_paint": summary(paint),
        "process": summary(total),
        "process_cpu": summary(cpu),
        "page_cache": "dropped before each run" if args.drop_caches else "warm after the first run",
        "measured": "source tree (python -m ui)" if args.source else "frozen build",
        "cpus": os.cpu_count(),
        "load_1min": round(os.getloadavg()[0], 2),
    }
    if big_runs:
        result["corpus_docs"] = args.docs
        result["corpus_first_paint"] = summary([run[0] for run in big_runs])
    print(f"{result['measured']}, page cache {result['page_cache']}")
    print(f"onedir {result['onedir_mb']} MB = {result['onedir_mib']} MiB (goal < 120 MB)")
    for name, size in result["artefacts_mb"].items():
        print(f"{name}\t{size} MB")
    labels = {
        "version": "--version, wall",
        "version_cpu": "--version, CPU",
        "first_paint": "start to first paint (offscreen), wall",
        "process": "whole --screenshot process, wall",
        "process_cpu": "whole --screenshot process, CPU",
    }
    if big_runs:
        labels["corpus_first_paint"] = f"start to first paint on {args.docs:,} documents, wall"
    for key, label in labels.items():
        s = result[key]
        print(f"{label}: median {s['median_s']} s, min {s['min_s']} s, first run {s['first_s']} s ({s['runs']} runs)")
    print(f"(goal: first paint < 0.8 s median; {result['cpus']} CPUs, 1-min load {result['load_1min']}: on a busy")
    print(" machine wall times stretch, CPU times much less)")
    OUT.mkdir(parents=True, exist_ok=True)
    name = ("source" if args.source else "frozen") + ("_cold" if args.drop_caches else "") + "_start.json"
    (OUT / name).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
