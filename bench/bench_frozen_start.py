"""Frozen-build figures: ``python -m bench.bench_frozen_start [--dist dist] [--runs 9]`` after ``make dist``.

Reports the onedir size, the compressed artefacts' sizes and start-up times of the frozen executable,
each a median over ``--runs`` runs (the first run, with a colder page cache, is also shown on its own):

- ``--version``: bootloader, Python and the CLI's imports;
- start to first paint: ``hashiya gui --screenshot FILE --doc 1`` offscreen on a database holding the
  sample article, timed from launch until FILE appears. The app writes FILE right after the window has
  been shown and painted (ui/main.py ``_screenshot``), so this is launch to first paint plus one grab;
- the whole process of that run, exit included.

``--source`` times ``python -m app`` from the source tree the same way, to tell what freezing costs
from what the app itself costs. Runs use an empty fontconfig and private data/config folders, like
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


def time_first_paint(command: list[str], db: Path, shot: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """(launch to screenshot file, whole process, CPU of the whole process) in seconds."""
    shot.unlink(missing_ok=True)
    cpu, start = children_cpu(), time.perf_counter()
    proc = subprocess.Popen(
        [*command, "--db", str(db), "gui", "--screenshot", str(shot), "--doc", "1"],
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
        help="time `python -m app` from the source tree instead, to compare with the frozen build",
    )
    args = parser.parse_args(argv)
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
        command = [sys.executable, "-m", "app"] if args.source else [str(exe)]
        if args.source:
            env["PYTHONPATH"] = str(REPO)
        version_wall, version_cpu = zip(*(time_version(command, env) for _ in range(args.runs)), strict=True)
        runs = [time_first_paint(command, db, root / "shot.png", env) for _ in range(args.runs)]
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
        "measured": "source tree (python -m app)" if args.source else "frozen build",
        "cpus": os.cpu_count(),
        "load_1min": round(os.getloadavg()[0], 2),
    }
    print(f"{result['measured']}; onedir {result['onedir_mb']} MB = {result['onedir_mib']} MiB (goal < 120 MB)")
    for name, size in result["artefacts_mb"].items():
        print(f"{name}\t{size} MB")
    labels = {
        "version": "--version, wall",
        "version_cpu": "--version, CPU",
        "first_paint": "start to first paint (offscreen), wall",
        "process": "whole --screenshot process, wall",
        "process_cpu": "whole --screenshot process, CPU",
    }
    for key, label in labels.items():
        s = result[key]
        print(f"{label}: median {s['median_s']} s, min {s['min_s']} s, first run {s['first_s']} s ({s['runs']} runs)")
    print(f"(goal: first paint < 0.8 s median; {result['cpus']} CPUs, 1-min load {result['load_1min']}: on a busy")
    print(" machine wall times stretch, CPU times much less)")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / ("source_start.json" if args.source else "frozen_start.json")).write_text(
        json.dumps(result, indent=2) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
