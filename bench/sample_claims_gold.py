"""Draw the ant-news articles of a held-out claims gold set, without looking at the detector.

    python -m bench.sample_claims_gold SEED [--count 16] [--units OUT.jsonl] [--exclude FILE ...]

The politics, world and local news files (``politic/``, ``internationalNews/``, ``localNews/``), sorted, are
shuffled with ``random.Random(SEED)``; the first ``count`` articles of 300-1,100 characters whose document is
in no ``claims*_units.jsonl`` yet are taken, and every non-empty paragraph (one line of the stored text) of them
is a unit. No filter on cue words. Seeds 20261201 and 20261202 give held out 5 and 6. ``--exclude FILE`` leaves
out more documents (one ``corpus<TAB>file<TAB>doc`` a line, as ``tests/data/gold/claims_read_docs.tsv``): those
whose detector output was read in a round's corpus checks, so that the set drawn is unseen.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

from bench.common import CORPORA, REPO

GOLD_DIR = REPO / "tests" / "data" / "gold"
FOLDERS = ("politic", "internationalNews", "localNews")
MIN_CHARS, MAX_CHARS = 300, 1100


def used_documents(gold_dir: Path = GOLD_DIR, skip: Path | None = None) -> set[tuple[str, str]]:
    """(corpus, doc) of every document in a claims units file (but ``skip``)."""
    used: set[tuple[str, str]] = set()
    for path in sorted(gold_dir.glob("claims*_units.jsonl")):
        if skip is not None and path.resolve() == skip.resolve():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                used.add((rec["corpus"], str(rec["doc"])))
    return used


def read_excluded(paths: list[Path] | None) -> set[tuple[str, str]]:
    """(corpus, doc) of every document listed in the ``--exclude`` files."""
    out: set[tuple[str, str]] = set()
    for path in paths or []:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                corpus, _file, doc = line.split("\t")
                out.add((corpus, doc))
    return out


def draw(
    seed: int,
    count: int = 16,
    corpora: Path = CORPORA,
    skip: Path | None = None,
    excluded: set[tuple[str, str]] | None = None,
) -> list[dict[str, Any]]:
    """The unit lines of the ``count`` articles drawn with ``seed``, none of them in ``excluded``."""
    from app.formats.trec import read_trec

    root = corpora / "ant-news"
    files = sorted(str(p.relative_to(root)) for f in FOLDERS for p in (root / f).glob("*.txt"))
    random.Random(seed).shuffle(files)
    used = used_documents(skip=skip) | (excluded or set())
    units: list[dict[str, Any]] = []
    taken = 0
    for rel in files:
        if taken == count:
            break
        record = next(read_trec(root / rel, rel=rel))
        text = record.text
        doc = Path(rel).stem
        if not MIN_CHARS <= len(text) <= MAX_CHARS or ("ant-news", doc) in used:
            continue
        taken += 1
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                units.append({"corpus": "ant-news", "file": rel, "doc": doc, "unit": [pos, pos + len(line)]})
            pos += len(line) + 1
    return units


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("--count", type=int, default=16)
    parser.add_argument("--units", type=Path, help="write the unit lines here (else print them)")
    parser.add_argument(
        "--exclude", type=Path, action="append", help="more documents to leave out, corpus<TAB>file<TAB>doc a line"
    )
    args = parser.parse_args(argv)
    units = draw(args.seed, args.count, skip=args.units, excluded=read_excluded(args.exclude))
    lines = [json.dumps(u, ensure_ascii=False) for u in units]
    if args.units:
        args.units.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
