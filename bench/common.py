"""Shared benchmark helpers: phases in subprocesses (time + peak RSS), corpus synthesis, reporting.

Each measured phase runs in a fresh interpreter so that its peak RSS (``VmHWM``) is its own; the
phase prints one JSON line that the parent collects. The synthetic corpus is built from the real
corpora in ``../shared/corpora`` (never copied into the repository), or from the bundled sample
article's tokens when they are absent.
"""

from __future__ import annotations

import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from app.formats.native import sha256_text

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
CORPORA = Path(os.environ.get("HASHIYA_CORPORA", REPO.parent / "shared" / "corpora"))
SAMPLE = REPO / "resources" / "sample" / "article.txt"
RESULT_PREFIX = "BENCH-RESULT "
_WORD = re.compile(r"\S+")
_TREC = re.compile(r"<TITLE>(.*?)</TITLE>.*?<TEXT>(.*?)</TEXT>", re.S)

Article = tuple[str, str]  # (title, text)


# --- measuring -------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (``VmHWM``; ``ru_maxrss`` off Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def emit(result: dict[str, Any]) -> None:
    """Print a phase's result (plus its peak RSS) for :func:`run_phase` to collect."""
    result.setdefault("rss_mb", round(peak_rss_mb(), 1))
    result.setdefault("cpu_s", round(time.process_time(), 2))
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def run_phase(module: str, *args: str) -> dict[str, Any]:
    """Run ``python -m module *args`` and return the result it emitted."""
    proc = subprocess.run([sys.executable, "-m", module, *args], cwd=REPO, capture_output=True, text=True, check=False)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX) :])
    raise RuntimeError(f"phase {args} of {module} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def latency_summary(seconds: list[float]) -> dict[str, float]:
    """Median and p99 in milliseconds, and the rate the median allows."""
    return {
        "n": len(seconds),
        "p50_ms": round(statistics.median(seconds) * 1000, 3),
        "p99_ms": round(percentile(seconds, 99) * 1000, 3),
        "per_s": round(len(seconds) / sum(seconds)),
    }


def now() -> float:
    return time.perf_counter()


# --- corpus ----------------------------------------------------------------------------------


def _ant_news(root: Path) -> Iterator[Article]:
    for path in sorted(root.rglob("*.txt")):
        found = _TREC.search(path.read_text("utf-8", "replace"))
        if found and len(_WORD.findall(found.group(2))) >= 40:
            yield found.group(1).strip(), found.group(2).strip()


def _saudinewsnet(root: Path) -> Iterator[Article]:
    for path in sorted(root.glob("*.json")):
        for item in json.loads(path.read_text("utf-8")):
            text = (item.get("content") or "").strip()
            if len(_WORD.findall(text)) >= 40:
                yield (item.get("title") or "").strip(), text


def _sample_articles(count: int = 500) -> list[Article]:
    words = SAMPLE.read_text("utf-8").split()
    rng = random.Random(7)
    return [
        (" ".join(rng.choices(words, k=8)), " ".join(rng.choices(words, k=rng.randint(150, 700)))) for _ in range(count)
    ]


def load_articles() -> tuple[str, list[Article]]:
    """Real articles from the shared corpora, or the sample article's tokens recombined."""
    if (CORPORA / "ant-news").is_dir() and (CORPORA / "saudinewsnet").is_dir():
        articles = [*_ant_news(CORPORA / "ant-news"), *_saudinewsnet(CORPORA / "saudinewsnet")]
        if articles:
            return f"real corpora ({len(articles)} articles of ant-news + saudinewsnet in {CORPORA})", articles
    return (
        f"bundled sample article tokens ({SAMPLE.relative_to(REPO)}): ../shared/corpora not found",
        _sample_articles(),
    )


def _spans(text: str, rng: random.Random, count: int) -> list[tuple[str, int, int]]:
    """``count`` valid code-point spans: claims of several words with actors/figures nested in some."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    spans: list[tuple[str, int, int]] = []
    claims = max(1, count // 3)
    for n in range(claims):
        if len(spans) >= count:
            break
        first = rng.randrange(0, len(words) - 12)
        last = first + rng.randint(4, 11)
        spans.append(("CLAIM", words[first][0], words[last][1]))
        if n < 2:  # nested inside the first two claims
            for label, k in (("ACTOR", first), ("FIGURE", first + 2)):
                if len(spans) < count:
                    spans.append((label, *words[k]))
    while len(spans) < count:
        spans.append((rng.choice(("ACTOR", "FIGURE")), *words[rng.randrange(len(words))]))
    return spans


def synth_records(
    docs: int, per_doc: int, articles: list[Article], annotator: str = "bench", seed: int = 1
) -> Iterator[dict[str, Any]]:
    """``docs`` native records: the articles repeated to size, each made unique by a numbered suffix."""
    rng = random.Random(seed)
    for n in range(docs):
        title, base = articles[n % len(articles)]
        text = f"{base}\n\n[{n + 1}]"
        annotations = [
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "label": label,
                "start": start,
                "end": end,
                "text": text[start:end],
                "annotator": annotator,
                "attributes": {},
                "note": "",
            }
            for label, start, end in _spans(base, rng, per_doc)
        ]
        yield {
            "id": None,
            "title": f"{title} [{n + 1}]",
            "text": text,
            "sha256": sha256_text(text),
            "offsets": "codepoint",
            "source": "bench",
            "annotations": annotations,
            "relations": [],
        }


def write_jsonl(path: Path, records: Iterator[dict[str, Any]]) -> int:
    """Stream records to a JSONL file; returns its size in bytes."""
    with path.open("wb") as out:
        for record in records:
            out.write(orjson.dumps(record))
            out.write(b"\n")
    return path.stat().st_size


# --- reporting -------------------------------------------------------------------------------


def markdown_table(headers: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def save_results(name: str, data: dict[str, Any]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    path = OUT / f"{name}-{stamp}.json"
    data = {**data, "load_average": os.getloadavg(), "cpus": os.cpu_count()}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return path
