"""Import N articles with their annotations and export them again, against raw sqlite3 baselines.

    python -m bench.bench_import_export                 # 100,000 docs x 10 annotations (the issue's size)
    python -m bench.bench_import_export --docs 20000 100000   # two sizes: is memory flat?
    python -m bench.bench_import_export --quick         # 5,000 docs

Phases (each in its own interpreter, so each peak RSS is its own):
  raw-import  stdlib sqlite3: read the same JSONL with orjson, hash the text, one ``executemany``
              per 1000 docs into the schema ``open_database`` made, same pragmas, one transaction.
  import      ``import_paths(db, [file], fmt="jsonl")``: the real reader, validation and services.
  raw-export  stdlib sqlite3 cursors over the same rows in document order + orjson + write + fsync.
  export      ``export(db, "jsonl", dest)``: the entry point ``hashiya export`` and the GUI call.
Both exports must be byte-identical (checked).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from bench.common import emit, load_articles, markdown_table, now, run_phase, save_results, synth_records, write_jsonl

MODULE = "bench.bench_import_export"
BATCH = 1000


# --- phases (run in a child process) -----------------------------------------------------------


def phase_import(src: Path, db_path: Path) -> dict[str, Any]:
    from app.services.importing import import_records
    from db.engine import open_database

    db = open_database(db_path)
    start = now()
    try:
        from app.services.importing import import_paths

        report = import_paths(db, [src], fmt="jsonl", annotator="bench")
        via = "import_paths"
    except ImportError:  # readers not there yet: same records through native_record
        from app.formats.native import native_record

        def records() -> Iterator[Any]:
            with src.open("rb") as f:
                for n, line in enumerate(f, 1):
                    yield native_record(orjson.loads(line), f"{src}:{n}")

        report = import_records(db, records(), annotator="bench")
        via = "import_records"
    seconds = now() - start
    db.close()
    return {"seconds": seconds, "docs": report.documents, "annotations": report.annotations, "via": via}


def phase_raw_import(src: Path, db_path: Path) -> dict[str, Any]:
    from app.formats.native import sha256_text
    from app.services.importing import IMPORT_CACHE_KIB
    from db.engine import SQLITE_PRAGMAS, open_database

    open_database(db_path).close()  # the same schema and default labels
    start = now()
    con = sqlite3.connect(db_path, isolation_level=None)
    for pragma in (*SQLITE_PRAGMAS, f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}"):  # the import's own settings
        con.execute(pragma)
    con.execute("BEGIN")
    labels = dict(con.execute("SELECT name, id FROM label_types"))
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    annotator = con.execute("INSERT INTO annotators (name, created_at) VALUES ('bench', ?)", (stamp,)).lastrowid
    next_id = (con.execute("SELECT max(id) FROM documents").fetchone()[0] or 0) + 1
    docs: list[tuple[Any, ...]] = []
    spans: list[tuple[Any, ...]] = []
    count = annotations = 0

    def flush() -> None:
        con.executemany(
            "INSERT INTO documents (id, external_id, title, text, sha256, source, metadata, status, "
            "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            docs,
        )
        con.executemany(
            'INSERT INTO annotations (id, document_id, annotator_id, label_id, start, "end", text, '
            "attributes, note, created_at, updated_at, deleted_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            spans,
        )
        docs.clear()
        spans.clear()

    with src.open("rb") as f:
        for line in f:
            obj = orjson.loads(line)
            text = obj["text"]
            docs.append((next_id, None, obj["title"], text, sha256_text(text), obj.get("source"), "{}", "new", stamp))
            for a in obj["annotations"]:
                spans.append(
                    (
                        a["id"].replace("-", ""),
                        next_id,
                        annotator,
                        labels[a["label"]],
                        a["start"],
                        a["end"],
                        text[a["start"] : a["end"]],
                        "{}",
                        "",
                        stamp,
                        stamp,
                        None,
                    )
                )
            annotations += len(obj["annotations"])
            next_id += 1
            count += 1
            if len(docs) >= BATCH:
                flush()
    flush()
    con.execute("COMMIT")
    con.close()
    return {"seconds": now() - start, "docs": count, "annotations": annotations}


def phase_export(db_path: Path, dest: Path) -> dict[str, Any]:
    from app.services.export_formats import export
    from db.engine import open_database

    db = open_database(db_path)
    start = now()
    report = export(db, "jsonl", dest)
    seconds = now() - start
    db.close()
    return {"seconds": seconds, "docs": report.documents, "annotations": report.annotations}


def _dashed(hex_id: str) -> str:
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


def _grouped(rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[int, list[tuple[Any, ...]]]]:
    """Consecutive rows grouped by their first column (the document id)."""
    group: list[tuple[Any, ...]] = []
    current = None
    for row in rows:
        if row[0] != current and group:
            yield current, group  # type: ignore[misc]
            group = []
        current = row[0]
        group.append(row)
    if group:
        yield current, group  # type: ignore[misc]


def phase_raw_export(db_path: Path, dest: Path) -> dict[str, Any]:
    import os

    start = now()
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    labels = dict(con.execute("SELECT id, name FROM label_types"))
    people = dict(con.execute("SELECT id, name FROM annotators"))
    docs = con.execute(
        "SELECT id, external_id, title, text, sha256, source, status, metadata FROM documents ORDER BY id"
    )
    spans = _grouped(
        con.execute(
            'SELECT document_id, id, label_id, start, "end", text, annotator_id, attributes, note FROM annotations '
            'WHERE deleted_at IS NULL ORDER BY document_id, start, "end" DESC, label_id, id'
        )
    )
    links = _grouped(
        con.execute(
            "SELECT a.document_id, r.id, r.type, r.from_id, r.to_id, r.annotator_id FROM relations r "
            "JOIN annotations a ON a.id = r.from_id WHERE r.deleted_at IS NULL ORDER BY a.document_id, r.id"
        )
    )
    next_spans, next_links = next(spans, None), next(links, None)
    count = annotations = 0
    with dest.open("wb") as out:
        for doc_id, external_id, title, text, sha, source, status, metadata in docs:
            own_spans: list[tuple[Any, ...]] = []
            own_links: list[tuple[Any, ...]] = []
            if next_spans and next_spans[0] == doc_id:
                own_spans, next_spans = next_spans[1], next(spans, None)
            if next_links and next_links[0] == doc_id:
                own_links, next_links = next_links[1], next(links, None)
            out.write(
                orjson.dumps(
                    {
                        "id": doc_id,
                        "external_id": external_id,
                        "title": title,
                        "text": text,
                        "sha256": sha,
                        "offsets": "codepoint",
                        "source": source,
                        "status": status,
                        "metadata": orjson.loads(metadata) if metadata else {},
                        "annotations": [
                            {
                                "id": _dashed(s[1]),
                                "label": labels[s[2]],
                                "start": s[3],
                                "end": s[4],
                                "text": s[5],
                                "annotator": people[s[6]],
                                "attributes": orjson.loads(s[7]) if s[7] else {},
                                "note": s[8] or "",
                            }
                            for s in own_spans
                        ],
                        "relations": [
                            {
                                "id": _dashed(r[1]),
                                "type": r[2],
                                "from": _dashed(r[3]),
                                "to": _dashed(r[4]),
                                "annotator": people[r[5]],
                            }
                            for r in own_links
                        ],
                    }
                )
            )
            out.write(b"\n")
            count += 1
            annotations += len(own_spans)
        out.flush()
        os.fsync(out.fileno())
    con.close()
    return {"seconds": now() - start, "docs": count, "annotations": annotations}


def phase_read(src: Path) -> dict[str, Any]:
    """Reference: only reading and parsing the source file."""
    start = now()
    count = 0
    with src.open("rb") as f:
        for line in f:
            orjson.loads(line)
            count += 1
    return {"seconds": now() - start, "docs": count, "annotations": 0}


PHASES = {
    "read": lambda a: phase_read(a.src),
    "raw-import": lambda a: phase_raw_import(a.src, a.db),
    "import": lambda a: phase_import(a.src, a.db),
    "raw-export": lambda a: phase_raw_export(a.db, a.dest),
    "export": lambda a: phase_export(a.db, a.dest),
}


# --- driver ------------------------------------------------------------------------------------


def _sha(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def run_size(docs: int, per_doc: int, articles: list[tuple[str, str]], work: Path) -> dict[str, Any]:
    src, raw_db, our_db = work / "corpus.jsonl", work / "raw.sqlite3", work / "ours.sqlite3"
    for stale in work.glob("*.sqlite3*"):
        stale.unlink()
    start = now()
    size = write_jsonl(src, synth_records(docs, per_doc, articles))
    print(f"  {docs:,} docs: corpus {size / 1e6:.0f} MB written in {now() - start:.1f} s", file=sys.stderr)
    results: dict[str, Any] = {"docs": docs, "annotations_per_doc": per_doc, "corpus_mb": round(size / 1e6, 1)}
    steps = [
        ("read", ["--src", str(src)]),
        ("raw-import", ["--src", str(src), "--db", str(raw_db)]),
        ("import", ["--src", str(src), "--db", str(our_db)]),
        ("raw-export", ["--db", str(our_db), "--dest", str(work / "raw.jsonl")]),
        ("export", ["--db", str(our_db), "--dest", str(work / "ours.jsonl")]),
    ]
    for name, args in steps:
        result = run_phase(MODULE, "--phase", name, *args)
        result["docs_per_s"] = round(result["docs"] / result["seconds"])
        results[name] = result
        print(f"  {name}: {result['seconds']:.1f} s, {result['rss_mb']} MB peak", file=sys.stderr)
    results["import_ratio"] = round(results["import"]["seconds"] / results["raw-import"]["seconds"], 2)
    results["export_ratio"] = round(results["export"]["seconds"] / results["raw-export"]["seconds"], 2)
    results["exports_identical"] = _sha(work / "raw.jsonl") == _sha(work / "ours.jsonl")
    results["db_mb"] = round(our_db.stat().st_size / 1e6, 1)
    return results


def report(runs: list[dict[str, Any]]) -> str:
    rows = []
    for run in runs:
        for name, ratio_of in (
            ("read", None),
            ("raw-import", None),
            ("import", "import_ratio"),
            ("raw-export", None),
            ("export", "export_ratio"),
        ):
            r = run[name]
            rows.append(
                [
                    f"{run['docs']:,}",
                    name,
                    f"{r['seconds']:.1f}",
                    f"{r['docs_per_s']:,}",
                    f"{run[ratio_of]:.2f}x" if ratio_of else "",
                    f"{r['rss_mb']:.0f}",
                ]
            )
    table = markdown_table(["docs", "phase", "seconds", "docs/s", "ours / raw", "peak RSS MB"], rows)
    notes = [
        f"- {run['docs']:,} docs x {run['annotations_per_doc']} spans: corpus {run['corpus_mb']} MB, "
        f"database {run['db_mb']} MB, exports byte-identical: {run['exports_identical']}"
        for run in runs
    ]
    return table + "\n\n" + "\n".join(notes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m " + MODULE, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, nargs="+", default=[100_000], help="corpus size(s) to run")
    parser.add_argument("--annotations-per-doc", type=int, default=10)
    parser.add_argument("--quick", action="store_true", help="5,000 docs")
    parser.add_argument("--workdir", type=Path, help="where the corpus and databases go (default: a temp dir)")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--src", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--dest", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        emit(PHASES[args.phase](args))
        return 0
    sizes = [5_000] if args.quick else args.docs
    source, articles = load_articles()
    print(f"corpus source: {source}", file=sys.stderr)
    work = Path(tempfile.mkdtemp(prefix="hashiya-bench-", dir=args.workdir))
    try:
        runs = [run_size(n, args.annotations_per_doc, articles, work) for n in sizes]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(report(runs))
    path = save_results("import_export", {"source": source, "runs": runs})
    print(f"\nresults: {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
