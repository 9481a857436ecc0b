"""``hashiya annotate --match TEXT --label L --all [--docs all|ID,...]``: label every match of TEXT (the
Arabic-aware matcher: whole words, clitics left outside, harakat and hamza forms folded) in the chosen
documents, in one transaction. Places a span of the label already covers are skipped, so running it again
adds nothing."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.errors import HashiyaError


def add_arguments(ann: argparse.ArgumentParser) -> None:
    """Give ``annotate`` its ``--all`` and ``--docs`` options; ``--doc`` is then needed only without ``--all``."""
    ann.add_argument(
        "--all",
        action="store_true",
        help="with --match and --label: label every match (whole words, clitics outside, Arabic folding) "
        "in --doc, or in --docs, or in every document",
    )
    ann.add_argument("--docs", metavar="all|ID,...", help="with --all: these documents (default: all)")
    for action in ann._actions:
        if action.dest == "doc":
            action.required = False


def _documents(args: argparse.Namespace) -> list[int] | None:
    from app.cli import doc_ids

    if args.docs is not None and args.doc is not None:
        raise HashiyaError("give either --doc or --docs, not both")
    if args.doc is not None:
        return [args.doc]
    if args.docs is None or args.docs.strip().lower() == "all":
        return None
    try:
        chosen = sorted(doc_ids(args.docs))
    except argparse.ArgumentTypeError as exc:
        raise HashiyaError(f"--docs: {exc}") from None
    if not chosen:
        raise HashiyaError("--docs: give all or comma-separated document ids")
    return chosen


def run(args: argparse.Namespace, workspace: Callable[[], Any]) -> int:
    """``annotate --all`` (and ``annotate`` without ``--doc``, which needs it); the workspace is opened once the
    options are known to be right."""
    if not args.all:
        if args.docs is not None:
            raise HashiyaError("--docs goes with --all")
        raise HashiyaError("give --doc ID (or --all with --match and --label)")
    if args.field:
        raise HashiyaError("--all labels spans; set document-level labels (--field) with --doc")
    if args.label is None or args.match is None:
        raise HashiyaError("--all needs --match TEXT and --label LABEL")
    if args.start is not None or args.end is not None:
        raise HashiyaError("give either --all or --start/--end, not both")
    from app.services.annotate_all import AnnotateAllService

    docs = _documents(args)
    done = AnnotateAllService.of(workspace()).annotate_all(args.match, args.label, doc_ids=docs)
    added = len(done.annotations)
    print(
        f"added {added}, skipped {done.skipped} ({done.covered} already labelled {args.label}, "
        f"{done.refused} refused by its nesting rules) in {len(done.changes)} documents"
    )
    return 0
