"""The ``hashiya`` command's parser and its headless sub-commands; ``ui/launcher.py`` adds the GUI (no
sub-command, or ``gui``), so that ``app/`` never imports ``ui/``.

Bad input is reported as one line on stderr with exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app import __version__, annotate_all_cli, schema_cli, search_cli, suggest_cli
from app.errors import HashiyaError
from app.formats import registry
from db.errors import DatabaseError

EXIT_USAGE = 2


MAX_ID = 2**63 - 1  # SQLite's and PostgreSQL's bigint


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line, like every other error (``hashiya: error: ...``, exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"hashiya: error: {self.prog}: {message} (see {self.prog} --help)\n")


def doc_id(value: str) -> int:
    """A document id on the command line: an integer from 1 to 2^63-1."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a document id") from None
    if not 1 <= number <= MAX_ID:
        raise argparse.ArgumentTypeError(f"document ids run from 1 to {MAX_ID}, got {value}")
    return number


def doc_ids(value: str) -> frozenset[int]:
    """``--docs 1,5,9``: comma-separated document ids."""
    return frozenset(doc_id(part.strip()) for part in value.split(",") if part.strip())


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,
        help="SQLite file or SQLAlchemy URL (default: the embedded database in the data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="hashiya", description="Annotate actors, claims and figures in Arabic news.")
    parser.add_argument("--version", action="version", version=f"hashiya {__version__}")
    _db_option(parser)
    parser.add_argument("--lang", choices=["ar", "en"], help="interface language (default: system locale)")
    parser.add_argument("--debug", action="store_true", help="print tracebacks and log details on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="start the workbench (the default)")
    _db_option(gui)
    gui.add_argument("--lang", choices=["ar", "en"], default=argparse.SUPPRESS)
    gui.add_argument("--screenshot", type=Path, metavar="FILE", help="render the main window to FILE and exit")
    gui.add_argument("--doc", type=doc_id, metavar="ID", help="open this document")

    imp = sub.add_parser(
        "import",
        help="import documents (txt, json, jsonl, csv, trec, and annotated corpora: brat, "
        "conll, conllu, xmi, labelstudio, doccano; folders recursively)",
    )
    _db_option(imp)
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.add_argument(
        "--format", choices=registry.IMPORT_FORMATS, help="input format (default: guessed from each file's extension)"
    )
    imp.add_argument("--text-field", default="text", help="JSON/CSV field holding the text (default: text)")
    imp.add_argument("--title-field", default="title", help="JSON/CSV field holding the title")
    imp.add_argument("--id-field", default="id", help="JSON/CSV field holding the external id")
    imp.add_argument("--encoding", help="input encoding (default: detected; e.g. cp1256)")
    imp.add_argument("--skip-bad", action="store_true", help="import the good files and list the bad ones")
    imp.add_argument(
        "--scheme",
        choices=["IOB2", "IOB1", "BIOES", "BILOU"],
        type=str.upper,
        help="conll: the tagging scheme of the tags (default: detected from the file)",
    )
    imp.add_argument(
        "--offsets",
        choices=["codepoint", "utf16", "grapheme"],
        help="doccano, labelstudio: what the offsets count (grapheme: doccano's grapheme mode, a letter "
        "with its harakat is one; default: each row's own, else utf16 for doccano, and for "
        "labelstudio the unit value.text agrees with)",
    )
    imp.add_argument("--max-size", metavar="SIZE", help="read files up to SIZE (e.g. 2G; default 512M)")

    lst = sub.add_parser("list", help="list documents")
    _db_option(lst)
    lst.add_argument("--json", action="store_true", help="one JSON object per document")
    lst.add_argument("--limit", type=int, default=0, help="at most this many documents (0: all)")

    show = sub.add_parser("show", help="print a document and its annotations")
    _db_option(show)
    show.add_argument("doc", type=doc_id, metavar="DOC")
    show.add_argument(
        "--visual", action="store_true", help="reshape and reorder Arabic for terminals without bidi support"
    )

    ann = sub.add_parser("annotate", help="add one annotation, or set document-level labels (--field)")
    _db_option(ann)
    ann.add_argument("--doc", type=doc_id, required=True, metavar="ID")
    ann.add_argument("--label")
    ann.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set a document-level label of the schema (NAME= clears it); may be repeated",
    )
    ann.add_argument("--start", type=int)
    ann.add_argument("--end", type=int)
    ann.add_argument("--match", metavar="TEXT", help="annotate an occurrence of TEXT")
    ann.add_argument("--nth", type=int, default=1, help="which occurrence of --match (default: the first)")
    ann.add_argument("--note", default="")
    annotate_all_cli.add_arguments(ann)  # --all, --docs

    check = sub.add_parser("check", help="look for damaged pages in the database file (reads only)")
    _db_option(check)
    check.add_argument("--full", action="store_true", help="PRAGMA integrity_check: slower, also checks indexes")

    stats = sub.add_parser("stats", help="counts by status and label")
    _db_option(stats)
    stats.add_argument("--json", action="store_true")

    exp = sub.add_parser("export", help="export the corpus")
    _db_option(exp)
    exp.add_argument("--format", default="jsonl", choices=registry.EXPORT_FORMATS)
    folders = ", ".join(f.name for f in registry.FORMATS if f.writer and f.folder)
    exp.add_argument(
        "-o", "--output", type=Path, required=True, metavar="DEST", help=f"a file, or a folder for {folders} and splits"
    )
    exp.add_argument("--docs", type=doc_ids, help="comma-separated document ids to keep")
    exp.add_argument("--split", metavar="SEED", type=int, help="write train/dev/test parts, by text hash and SEED")
    exp.add_argument("--ratios", default="0.8,0.1,0.1", help="train,dev,test shares for --split (default 0.8,0.1,0.1)")
    exp.add_argument("--offsets", choices=["utf16", "codepoint"], help="doccano offsets (default: utf16)")
    exp.add_argument(
        "--layers",
        choices=["label", "flat"],
        default="label",
        help="conll: one tag column per label (default) or a single column",
    )
    exp.add_argument("--labels", help="comma-separated labels to keep")
    exp.add_argument("--annotators", help="comma-separated annotators to keep")
    exp.add_argument("--status", help="comma-separated document statuses to keep")

    schema_cli.add_parser(sub, _db_option)
    suggest_cli.add_parser(sub, _db_option)
    search_cli.add_parser(sub, _db_option)
    return parser


def _progress(total: int | None, unit: str, desc: str):  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    return tqdm(total=total, unit=unit, desc=desc, disable=not sys.stderr.isatty(), leave=False)


def _workspace(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.bootstrap import open_workspace

    ws = open_workspace(getattr(args, "db", None))
    if ws.db.damage is not None:  # reads go on; every write is refused with this message
        print(f"hashiya: warning: {ws.db.damage}", file=sys.stderr)
    return ws


def cmd_check(args: argparse.Namespace) -> int:
    from app.paths import default_database
    from db.integrity import check_target

    result = check_target(getattr(args, "db", None) or default_database(), full=args.full)
    if result.ok:
        print(f"{result.path}: ok ({result.pragma}, {result.seconds:.2f} s)")
        return 0
    for problem in result.problems:
        print(f"{result.path}: {problem}")
    raise result.error()


def cmd_import(args: argparse.Namespace) -> int:
    from app.formats.readers import parse_size
    from app.formats.records import FieldMapping
    from app.services.importing import import_paths

    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise HashiyaError(f"no such file or folder: {', '.join(missing)}")
    max_size = parse_size(args.max_size) if args.max_size else None
    ws = _workspace(args)
    mapping = FieldMapping(text=args.text_field, title=args.title_field, id=args.id_field)
    with _progress(None, "doc", "importing") as bar:
        report = import_paths(
            ws.db,
            args.paths,
            annotator=ws.annotator,
            fmt=args.format,
            mapping=mapping,
            encoding=args.encoding,
            skip_bad=args.skip_bad,
            progress=bar.update,
            max_size=max_size,
            scheme=args.scheme,
            offsets=args.offsets,
        )
    print(report.summary())
    for line in report.scheme_lines():
        print(f"read as {line}")
    defects = report.defect_lines()
    if defects:
        print("found in the input (each document's metadata.defects lists them, with their places):")
        for line in defects:
            print(f"  {line}")
    for path, reason in report.bad:
        print(f"skipped {path}: {reason}", file=sys.stderr)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    after, shown = 0, 0
    while True:
        page = ws.documents.list(after_id=after, limit=500)
        for doc in page:
            if args.json:
                print(
                    json.dumps(
                        {
                            "id": doc.id,
                            "title": doc.title,
                            "status": doc.status,
                            "annotations": doc.annotation_count,
                            "external_id": doc.external_id,
                        },
                        ensure_ascii=False,
                    )
                )
            else:
                print(f"{doc.id}\t{doc.status}\t{doc.annotation_count}\t{doc.title}")
            shown += 1
            if args.limit and shown >= args.limit:
                return 0
        if len(page) < 500:
            return 0
        after = page[-1].id


def cmd_show(args: argparse.Namespace) -> int:
    from app.text.visual import visual_text

    ws = _workspace(args)
    doc = ws.documents.open(args.doc)
    shape = visual_text if args.visual else (lambda s: s)
    print(f"# {doc.id} [{doc.status}] {shape(doc.title)}")
    fields = ws.documents.fields(doc.id)
    if fields:  # the document-level labels
        print("# " + "; ".join(f"{name}={json.dumps(value, ensure_ascii=False)}" for name, value in fields.items()))
    print(shape(doc.text))
    if doc.annotations:
        print()
    names = {a.id: a for a in doc.annotations}
    for a in doc.annotations:
        extra = f" {json.dumps(a.attributes, ensure_ascii=False)}" if a.attributes else ""
        print(f"{a.label}\t{a.start}-{a.end}\t{shape(a.text)}{extra}")
    for r in doc.relations:
        print(f"{r.type}\t{shape(names[r.from_id].text)} -> {shape(names[r.to_id].text)}")
    return 0


def cmd_annotate(args: argparse.Namespace) -> int:
    if args.all or args.doc is None:
        return annotate_all_cli.run(args, lambda: _workspace(args))
    ws = _workspace(args)
    if args.field:
        if args.label is not None:
            raise HashiyaError("give either --label (a span) or --field (document labels), not both")
        return _set_fields(ws, args.doc, args.field)
    if args.label is None:
        raise HashiyaError("give --label, or --field NAME=VALUE")
    if args.match is not None:
        if args.start is not None or args.end is not None:
            raise HashiyaError("give either --match or --start/--end, not both")
        text = ws.documents.open(args.doc).text
        start = -1
        for _ in range(max(args.nth, 1)):
            start = text.find(args.match, start + 1)
            if start < 0:
                raise HashiyaError(f"{args.match!r} occurs fewer than {args.nth} times in document {args.doc}")
        end = start + len(args.match)
    elif args.start is None or args.end is None:
        raise HashiyaError("give --start and --end, or --match")
    else:
        start, end = args.start, args.end
    ann = ws.annotations.add(args.doc, args.label, start, end, note=args.note)
    print(f"{ann.id}\t{ann.label}\t{ann.start}-{ann.end}\t{ann.text}")
    return 0


def _set_fields(ws: Any, doc: int, pairs: list[str]) -> int:
    from app.services import doc_fields

    fields = {f.name: f for f in ws.schema.get().document_fields}
    values: dict[str, object] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep:
            raise HashiyaError(f"--field {pair!r}: give NAME=VALUE")
        doc_fields.check(fields, name, None)  # a name the schema lacks is refused, naming the ones it has
        values[name] = doc_fields.parse(fields[name], text)
    for name, value in ws.documents.edit_fields(doc, values).fields.after.items():
        print(f"{name}\t{json.dumps(value, ensure_ascii=False)}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    stats = _workspace(args).documents.stats()
    if args.json:
        print(json.dumps(dataclasses.asdict(stats), ensure_ascii=False))
        return 0
    print(f"documents\t{stats.documents}\t(done {stats.done})")
    for status, n in sorted(stats.by_status.items()):
        print(f"  {status}\t{n}")
    print(f"annotations\t{stats.annotations}")
    for label, n in stats.by_label.items():
        print(f"  {label}\t{n}")
    print(f"relations\t{stats.relations}")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    return schema_cli.run(args, _workspace(args))


def _names(value: str | None) -> frozenset[str] | None:
    return frozenset(v.strip() for v in value.split(",") if v.strip()) if value else None


def cmd_export(args: argparse.Namespace) -> int:
    from app.services.export_formats import Split, check_destination, export, format_spec
    from app.services.export_target import is_stdout
    from app.services.exporting import ExportFilter

    to_stdout = is_stdout(args.output)
    if to_stdout:  # a single-file format on standard output; never a file named "-" or a replaced /dev/stdout
        if args.split is not None or format_spec(args.format).folder:
            raise HashiyaError(
                f"{'--split' if args.split is not None else args.format} writes a folder; "
                "it cannot go to standard output"
            )
    else:
        check_destination(args.format, args.output, args.split is not None)  # before any work
    try:
        ratios = tuple(float(x) for x in args.ratios.split(","))
    except ValueError:
        raise HashiyaError("--ratios needs numbers, e.g. 0.8,0.1,0.1") from None
    flt = ExportFilter(
        labels=_names(args.labels),
        annotators=_names(args.annotators),
        statuses=_names(args.status),
        doc_ids=args.docs or None,
    )
    split = None
    if args.split is not None:
        if len(ratios) != 3 or min(ratios) < 0 or sum(ratios) <= 0:
            raise HashiyaError("--ratios needs three non-negative shares, e.g. 0.8,0.1,0.1")
        split = Split(args.split, ratios)
    options = {"layers": args.layers, **({"offsets": args.offsets} if args.offsets else {})}
    ws = _workspace(args)
    with _progress(ws.documents.count(), "doc", "exporting") as bar:
        report = export(
            ws.db,
            args.format,
            args.output,
            flt,
            split=split,
            progress=bar.update,
            options=options,
            stream=sys.stdout.buffer if to_stdout else None,
        )
    print(
        f"{report.documents} documents, {report.annotations} annotations, {report.relations} relations "
        f"-> {'standard output' if to_stdout else report.path} (offsets: {report.offsets})",
        file=sys.stderr if to_stdout else sys.stdout,
    )
    skipped = report.extra.get("skipped")
    skipped = skipped if isinstance(skipped, list) else []
    for line in skipped[:20]:
        print(f"not exported: {line}", file=sys.stderr)
    if len(skipped) > 20:
        print(f"... and {len(skipped) - 20} more spans not exported", file=sys.stderr)
    if report.extra.get("relations_not_held"):
        print(
            f"not exported: {report.extra['relations_not_held']} relations ({args.format} has no place for them)",
            file=sys.stderr,
        )
    return 0


Command = Callable[[argparse.Namespace], int]


def no_gui(args: argparse.Namespace) -> int:
    raise HashiyaError(
        "the workbench starts from the hashiya program (ui/launcher.py, python -m ui); "
        "python -m app runs the sub-commands only"
    )


COMMANDS = {
    "import": cmd_import,
    "list": cmd_list,
    "show": cmd_show,
    "annotate": cmd_annotate,
    "stats": cmd_stats,
    "export": cmd_export,
    "check": cmd_check,
    "schema": cmd_schema,
    "suggest": lambda args: suggest_cli.run(args, _workspace(args)),
    **search_cli.commands(_workspace),  # search, index
}


def main(argv: Sequence[str] | None = None, gui: Command = no_gui) -> int:
    """Run the sub-command in ``argv``; ``gui(args)`` runs the workbench (no sub-command, or ``gui``).

    ``app/`` never imports ``ui/``: the launcher (ui/launcher.py) passes its ``gui``; here it is an error."""
    args = build_parser().parse_args(argv)
    from app.logs import setup

    setup(debug=args.debug)
    try:
        return (gui if args.command in (None, "gui") else COMMANDS[args.command])(args)
    except (HashiyaError, DatabaseError) as exc:
        if args.debug:
            import traceback

            traceback.print_exception(exc)
        print(f"hashiya: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("hashiya: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: its traceback goes to the log (and with --debug to stderr)
        return _internal_error(exc, args)


EXIT_SOFTWARE = 70  # sysexits.h: an internal software error


def _internal_error(exc: Exception, args: argparse.Namespace) -> int:
    from db.errors import known_error

    known = known_error(exc, "the database")  # a driver error that escaped the engine's mapping
    if known is not None:
        print(f"hashiya: error: {known}", file=sys.stderr)
        return EXIT_USAGE
    from app.logs import log_bug

    line = log_bug(exc, f"hashiya {args.command or 'gui'} failed")
    if args.debug:
        import traceback

        traceback.print_exception(exc)
    print(f"hashiya: {line}", file=sys.stderr)
    return EXIT_SOFTWARE


if __name__ == "__main__":
    sys.exit(main())
