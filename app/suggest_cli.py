"""``hashiya suggest (--doc ID | --all) [--kinds figures,claims] [--json] [--apply]``: what the recognisers propose.

With ``--json``, one object a line (``app.services.suggestions.suggestion_json``); without, a readable line per
suggestion for one document, or a summary for ``--all``. ``--apply`` stores them as suggestions for the
workbench (spans the annotator accepted or rejected are never proposed again for that document).

A kind whose label is gone (no live label has its role: FIGURE deleted) proposes nothing, said in one warning
line on stderr while the other kinds run (exit 0); when it is every kind asked for, that line is the error
(exit 2). The labels are named as they are now (FIGURE renamed NUMBER: ``NUMBER``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any

from app.errors import HashiyaError


def add_parser(sub: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    from app.cli import doc_id

    sug = sub.add_parser(
        "suggest",
        help="propose figures and claims (rules, offline); --apply stores them for the workbench",
        description="Run the recognisers on documents. Spans an annotation already holds, and suggestions "
        "accepted or rejected before, are left out.",
    )
    db_option(sug)
    which = sug.add_mutually_exclusive_group(required=True)
    which.add_argument("--doc", type=doc_id, metavar="ID", help="this document")
    which.add_argument("--all", action="store_true", help="every document")
    sug.add_argument(
        "--kinds",
        default="figures,claims",
        metavar="KINDS",
        help="comma-separated recognisers (default: figures,claims)",
    )
    sug.add_argument("--json", action="store_true", help="one JSON object per suggestion")
    sug.add_argument("--apply", action="store_true", help="store them as suggestions for the workbench")
    sug.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help="with --all: processes running the recognisers (default: one per CPU, at most 4; 1: none)",
    )


def run(args: argparse.Namespace, ws: Any) -> int:
    import orjson

    from app.assist.registry import parse_kinds
    from app.services.suggestions import suggestion_json

    kinds = parse_kinds(args.kinds)
    ids = None if args.all else [args.doc]
    if ids is not None:
        ws.documents.open(args.doc)  # an unknown id is refused before any work
    gone = ws.suggestions.unlabelled(kinds)
    for kind, role in gone.items():
        line = f"no label has the role {role} (deleted?): the {kind} recogniser proposes nothing"
        if len(gone) == len(set(kinds)):
            raise HashiyaError(line)
        print(f"hashiya: warning: {line}", file=sys.stderr)
    claim_label = ws.schema.get().for_role("CLAIM")
    claim = claim_label.name if claim_label else "CLAIM"  # the JSON of a claim has its cue and source keys
    out = getattr(sys.stdout, "buffer", None)  # bytes straight from orjson; a text stream when redirected
    documents = suggestions = 0
    by_label: dict[str, int] = {}
    jobs = args.jobs if args.jobs is not None else min(os.cpu_count() or 1, 4)
    if jobs < 1:
        raise HashiyaError("--jobs needs a number from 1 up")
    for found in ws.suggestions.run(ids, kinds, store=args.apply, workers=jobs if args.all else 1):
        documents += 1
        suggestions += len(found.proposals)
        lines = []
        for proposal in found.proposals:
            by_label[proposal.label] = by_label.get(proposal.label, 0) + 1
            if args.json:
                lines.append(orjson.dumps(suggestion_json(found.doc_id, found.text, proposal, claim)))
            elif not args.all:
                lines.append(_readable(found.text, proposal).encode("utf-8"))
        if lines:
            block = b"\n".join(lines) + b"\n"
            if out is not None:
                out.write(block)
            else:
                sys.stdout.write(block.decode("utf-8"))
    sys.stdout.flush()
    if args.all or not args.json:
        counts = ", ".join(f"{label} {n}" for label, n in sorted(by_label.items())) or "none"
        stored = " (stored)" if args.apply else ""
        print(
            f"{documents} document{'s' * (documents != 1)}, {suggestions} suggestion{'s' * (suggestions != 1)}"
            f"{stored}: {counts}",
            file=sys.stderr if args.json else sys.stdout,
        )
    return 0


def _readable(text: str, proposal: Any) -> str:
    attrs = " ".join(f"{k}={v}" for k, v in proposal.attributes.items() if v is not None)
    line = f"{proposal.label}\t[{proposal.start}, {proposal.end})\t«{text[proposal.start : proposal.end]}»"
    if attrs:
        line += f"\t{attrs}"
    for name, span in (("cue", proposal.cue), ("source", proposal.source)):
        if span is not None:
            line += f"\t{name} «{text[span[0] : span[1]]}»"
    return line
