"""``hashiya search QUERY [--json] [--limit N]`` and ``hashiya index [--rebuild]``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import Any

DEFAULT_LIMIT = 1000


def _limit(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if number < 0:
        raise argparse.ArgumentTypeError("the limit is a number of hits, 0 for all")
    return number


def add_parser(sub: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    search = sub.add_parser(
        "search",
        help="find words, phrases and annotations across the corpus",
        description=(
            "Words match with any proclitics in front (و ف ب ل ك ال...), hamza forms, harakat and tatweel "
            'ignored; "quoted phrase"; prefix*; filters: label:ACTOR kind:date annotator:NAME status:done '
            "-label:CLAIM unlabelled:"
        ),
    )
    search.add_argument("query", nargs="+", metavar="QUERY", help="the query (several arguments are joined)")
    search.add_argument(
        "--json", action="store_true", help="one JSON object a line: doc, start, end, text, left, right"
    )
    search.add_argument(
        "--limit", type=_limit, default=DEFAULT_LIMIT, help=f"at most N hits (default {DEFAULT_LIMIT}; 0: all)"
    )
    search.add_argument("--suffixes", action="store_true", help="a word may also take a pronoun suffix (ه ها هم...)")
    search.add_argument("--visual", action="store_true", help="shape Arabic for terminals that cannot")
    index = sub.add_parser("index", help="build the search index if it is not current (--rebuild: always)")
    index.add_argument("--rebuild", action="store_true", help="index every document again")
    for parser in (search, index):
        db_option(parser)


def cmd_search(args: argparse.Namespace, ws: Any) -> int:
    result = ws.search.search(" ".join(args.query), limit=args.limit or None, suffixes=args.suffixes)
    out = sys.stdout
    if args.json:
        for hit in result.hits:
            record = {"doc": hit.doc_id, "start": hit.start, "end": hit.end, "text": hit.text}
            record.update(left=hit.left, right=hit.right)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        from app.text.visual import visual_line

        shape: Callable[[str], str] = visual_line if args.visual else (lambda s: s)
        for hit in result.hits:
            labels = f"\t[{', '.join(hit.labels)}]" if hit.labels else ""
            out.write(f"{hit.doc_id}:{hit.start}-{hit.end}\t{shape(f'{hit.left}«{hit.text}»{hit.right}')}{labels}\n")
    if not args.json:
        more = " (more not shown: --limit)" if result.truncated else ""
        docs = len(result.per_document)
        print(f"{len(result.hits)} hits in {docs} document{'s' * (docs != 1)}{more}", file=sys.stderr)
    return 0


def cmd_index(args: argparse.Namespace, ws: Any) -> int:
    if not ws.db.is_sqlite:
        print("PostgreSQL needs no search index (search scans the documents with a folded-text filter)")
        return 0
    if not args.rebuild and ws.search.index_current():
        print("the search index is current")
        return 0
    start = time.perf_counter()
    count = ws.search.rebuild_index()
    print(f"indexed {count} documents in {time.perf_counter() - start:.1f} s")
    return 0


def commands(workspace: Callable[[argparse.Namespace], Any]) -> dict[str, Callable[[argparse.Namespace], int]]:
    """The sub-commands for ``app.cli.COMMANDS``; ``workspace(args)`` opens the database."""
    return {
        "search": lambda args: cmd_search(args, workspace(args)),
        "index": lambda args: cmd_index(args, workspace(args)),
    }


__all__ = ["add_parser", "cmd_index", "cmd_search", "commands"]
