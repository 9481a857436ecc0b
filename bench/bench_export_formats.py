"""Export a synthetic corpus in every format, as a ratio to a raw JSONL dump of the same rows.

    python -m bench.bench_export_formats --docs 100000     # the issue's size: 1,000,000 annotations
    python -m bench.bench_export_formats --docs 2000 --formats conll brat

The corpus (``--docs`` documents, 10 spans and 4 links each: claims holding an actor, a figure and a
cue, an emoji in some texts) is built once in a temporary SQLite workspace. Each phase then runs in
its own interpreter, so its peak RSS (``VmHWM``) is its own: ``raw`` dumps the same rows with stdlib
sqlite3 + orjson (no services), and every format runs ``export(db, fmt, dest)``. Printed: seconds,
ratio to ``raw`` from the same run, peak RSS and output size. No timing is asserted anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from app.formats.registry import EXPORT_FORMATS

FORMATS = EXPORT_FORMATS  # every format export() writes (app/formats/registry.py)
_ACTORS = ("شويغو", "الوزير", "المتحدث باسم الجيش", "وكالة تاس", "مصدر مطلع")
_CUES = ("قال", "أعلن", "أكد", "ذكر")
_FILLER = "وأضاف في بيان صدر اليوم أن الأوضاع مستقرة نسبيا رغم التوتر"


def _document(rng: random.Random, n: int) -> tuple[str, list[dict[str, Any]], list[tuple[int, int, str]]]:
    """A text with three claims (each: cue, actor, figure inside it) and one extra actor: 10 spans, 4 links."""
    parts, spans, links = [], [], []
    pos = 0
    if n % 7 == 0:
        parts.append("😀 ")
        pos += 2
    for _ in range(3):
        cue, actor, figure = rng.choice(_CUES), rng.choice(_ACTORS), f"{rng.randint(2, 9999)}"
        sentence = f"{cue} {actor} إن {figure} جنديا غادروا المنطقة"
        base = len(spans)
        spans.append({"label": "CLAIM", "start": pos, "end": pos + len(sentence), "attributes": {"quote": "indirect"}})
        spans.append({"label": "CUE", "start": pos, "end": pos + len(cue)})
        a = pos + len(cue) + 1
        spans.append({"label": "ACTOR", "start": a, "end": a + len(actor), "attributes": {"kind": "person"}})
        f = a + len(actor) + 4
        spans.append(
            {
                "label": "FIGURE",
                "start": f,
                "end": f + len(figure),
                "attributes": {"kind": "count", "value": int(figure)},
            }
        )
        links += [(base, base + 2, "source")]
        parts.append(sentence + ". ")
        pos += len(sentence) + 2
        if rng.random() < 0.5:
            parts.append(_FILLER + ". ")
            pos += len(_FILLER) + 2
    spans.append({"label": "ACTOR", "start": pos, "end": pos + len(_ACTORS[0])})
    parts.append(_ACTORS[0] + " " + _FILLER + ".")
    links.append((0, 1, "cue"))
    return "".join(parts), spans, links


def build(db_path: Path, docs: int, seed: int = 1) -> None:
    from app.formats.records import AnnotationRecord, RelationRecord, SourceRecord
    from app.services import Workspace
    from app.services.importing import import_records

    ws = Workspace.open(str(db_path), "bench")
    ws.labels.ensure("CUE")
    rng = random.Random(seed)

    def records() -> Iterator[SourceRecord]:
        for n in range(docs):
            text, spans, links = _document(rng, n)
            ids = [str(uuid.uuid4()) for _ in spans]
            anns = [
                AnnotationRecord(s["label"], s["start"], s["end"], id=i, attributes=s.get("attributes", {}))
                for s, i in zip(spans, ids, strict=True)
            ]
            rels = [RelationRecord(t, ids[a], ids[b]) for a, b, t in links]
            yield SourceRecord(
                f"{n} {text}" if n else text,
                f"bench:{n}",
                title=f"doc {n}",
                annotations=_shift(anns, len(str(n)) + 1 if n else 0),
                relations=rels,
            )

    import_records(ws.db, records(), annotator="bench")
    ws.close()


def _shift(anns: list[Any], by: int) -> list[Any]:
    for a in anns:
        a.start += by
        a.end += by
    return anns


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _size(path: Path) -> int:
    return path.stat().st_size if path.is_file() else sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def raw_dump(db_path: Path, dest: Path) -> None:
    """The same rows (documents, spans, links) straight from sqlite3 into JSONL: the baseline."""
    conn = sqlite3.connect(db_path)
    spans = conn.cursor().execute(
        'SELECT document_id, id, label_id, start, "end", text, attributes, note '
        "FROM annotations WHERE deleted_at IS NULL ORDER BY document_id, start"
    )
    links = conn.cursor().execute(
        "SELECT a.document_id, r.id, r.type, r.from_id, r.to_id FROM relations r "
        "JOIN annotations a ON a.id = r.from_id ORDER BY a.document_id"
    )
    pending_span, pending_link = next(spans, None), next(links, None)
    with dest.open("wb") as out:
        for doc_id, title, text, sha in conn.execute("SELECT id, title, text, sha256 FROM documents ORDER BY id"):
            row: dict[str, Any] = {
                "id": doc_id,
                "title": title,
                "text": text,
                "sha256": sha,
                "annotations": [],
                "relations": [],
            }
            while pending_span is not None and pending_span[0] == doc_id:
                row["annotations"].append(pending_span[1:])
                pending_span = next(spans, None)
            while pending_link is not None and pending_link[0] == doc_id:
                row["relations"].append(pending_link[1:])
                pending_link = next(links, None)
            out.write(orjson.dumps(row, default=str) + b"\n")
        out.flush()
        os.fsync(out.fileno())


def phase(name: str, db_path: Path, dest: Path) -> dict[str, Any]:
    t0 = time.perf_counter()
    if name == "raw":
        raw_dump(db_path, dest)
        extra: dict[str, Any] = {}
    else:
        from app.errors import HashiyaError
        from app.services.export_formats import export
        from db.engine import open_database

        db = open_database(str(db_path))
        t0 = time.perf_counter()  # opening (and checking) the database is not part of the export
        try:
            report = export(db, name, dest)
        except HashiyaError as exc:
            return {"phase": name, "skipped": str(exc)}
        extra = {
            "documents": report.documents,
            "annotations": report.annotations,
            "not_exported": len(report.extra.get("skipped") or []),
        }  # type: ignore[arg-type]
    return {
        "phase": name,
        "seconds": round(time.perf_counter() - t0, 3),
        "rss_mb": round(_peak_mb(), 1),
        "bytes": _size(dest),
        **extra,
    }


REPO = Path(__file__).resolve().parent.parent
# spaCy and pyarrow are not app dependencies: their exports run in the test-only venvs when those exist.
_CONSUMER = {"spacy": "spacy", "hf-parquet": "datasets"}


def _python(fmt: str) -> str:
    venv = REPO / ".venv-consumers" / _CONSUMER.get(fmt, "-") / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def run_phase(name: str, db_path: Path, work: Path) -> dict[str, Any]:
    dest = work / f"out-{name}"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [_python(name), "-m", "bench.bench_export_formats", "--phase", name, "--db", str(db_path), "--dest", str(dest)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=REPO,
    )
    if proc.returncode != 0:
        return {"phase": name, "skipped": proc.stderr.strip().splitlines()[-1:] or ["failed"]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--formats", nargs="+", default=list(FORMATS), choices=FORMATS)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--dest", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        print(json.dumps(phase(args.phase, args.db, args.dest)))
        return 0
    with tempfile.TemporaryDirectory(prefix="hashiya-bench-") as tmp:
        work = Path(tmp)
        db_path = work / "bench.sqlite3"
        t0 = time.perf_counter()
        build(db_path, args.docs)
        print(
            f"corpus: {args.docs} documents, {args.docs * 10} spans, {args.docs * 4} links "
            f"(built in {time.perf_counter() - t0:.1f} s)"
        )
        raw = run_phase("raw", db_path, work)
        print(f"{'format':<12}{'seconds':>9}{'x raw':>8}{'peak MB':>9}{'MB out':>9}  notes")
        print(f"{'raw JSONL':<12}{raw['seconds']:>9.2f}{1:>8.2f}{raw['rss_mb']:>9.0f}{raw['bytes'] / 1e6:>9.1f}")
        for fmt in args.formats:
            r = run_phase(fmt, db_path, work)
            if "skipped" in r:
                print(f"{fmt:<12}{'-':>9}{'-':>8}{'-':>9}{'-':>9}  skipped: {r['skipped']}")
                continue
            note = f"{r['not_exported']} spans not exported" if r.get("not_exported") else ""
            print(
                f"{fmt:<12}{r['seconds']:>9.2f}{r['seconds'] / raw['seconds']:>8.2f}{r['rss_mb']:>9.0f}"
                f"{r['bytes'] / 1e6:>9.1f}  {note}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
