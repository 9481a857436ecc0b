"""``hashiya schema show|export FILE|import FILE|rename OLD NEW|delete NAME [--force]``."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.errors import HashiyaError


def add_parser(sub: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    schema = sub.add_parser("schema", help="show, export or import the labels, attributes and links")
    actions = schema.add_subparsers(dest="schema_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print the schema")
    show.add_argument("--json", action="store_true", help="as the shared file holds it")
    exp = actions.add_parser("export", help="write the schema to a versioned JSON file")
    exp.add_argument("file", type=Path, metavar="FILE", help="the file to write ('-': standard output)")
    imp = actions.add_parser("import", help="make the schema the file's (labels in use are kept)")
    imp.add_argument("file", type=Path, metavar="FILE")
    ren = actions.add_parser("rename", help="rename a label everywhere")
    ren.add_argument("old")
    ren.add_argument("new")
    dele = actions.add_parser("delete", help="delete a label")
    dele.add_argument("name")
    dele.add_argument("--force", action="store_true", help="also delete the annotations that hold it")
    for parser in (show, exp, imp, ren, dele):
        db_option(parser)


def run(args: argparse.Namespace, ws: Any) -> int:
    from app.schema import fileformat

    command = args.schema_command
    if command == "show":
        schema = ws.schema.get()
        print(fileformat.dumps(schema).decode("utf-8") if args.json else describe(schema), end="")
    elif command == "export":
        _write(args.file, fileformat.dumps(ws.schema.get()), ws.db.file)
    elif command == "import":
        _check_source(args.file, ws.db.file)
        result = ws.schema.replace(fileformat.load(args.file))
        print(f"{len(result.change.steps)} change{'s' * (len(result.change.steps) != 1)} to the schema")
        for name, count in result.kept.items():
            print(
                f"kept label {name!r}: {count} annotation{'s' * (count != 1)} hold it (delete it with "
                f"'hashiya schema delete {name} --force')"
            )
    elif command == "rename":
        ws.schema.rename_label(args.old, args.new)
        print(f"{args.old} -> {args.new}")
    else:
        ws.schema.delete_label(args.name, force=args.force)
        print(f"deleted {args.name}")
    return 0


def describe(schema: Any) -> str:
    lines = []
    for label in schema.labels:
        names = " / ".join(x for x in (label.display.ar, label.display.en) if x)
        role = f"\trole {label.role}" if label.role and label.role != label.name else ""  # renamed: what it is for
        lines.append(f"{label.name}\t{label.colour}\tkey {label.key or '-'}\t{names}{role}")
        for a in label.attributes:
            lines.append(f"  {a.name}\t{a.kind}" + (f"\t{', '.join(a.values)}" if a.choices else ""))
    for rel in schema.relations:
        lines.append(f"link {rel.name}\t{','.join(rel.sources) or '*'} -> {','.join(rel.targets) or '*'}")
    for a in schema.document_fields:
        lines.append(f"document {a.name}\t{a.kind}" + (f"\t{', '.join(a.values)}" if a.choices else ""))
    return "".join(line + "\n" for line in lines)


def _check_source(path: Path, database: Path | None) -> None:
    from app.database_files import DatabaseFiles
    from app.formats.safefile import unreadable

    if DatabaseFiles(database).holds(path):
        raise HashiyaError(f"{path}: the database itself, not a schema file")
    problem = unreadable(path)
    if problem:
        raise HashiyaError(f"{path}: {problem}")


def _write(path: Path, data: bytes, database: Path | None) -> None:
    """Write ``data`` to ``path`` whole (a temporary file renamed over it), never over the database."""
    from app.database_files import DatabaseFiles

    if str(path) == "-":
        sys.stdout.buffer.write(data)
        return
    if DatabaseFiles(database).holds(path):
        raise HashiyaError(f"{path} is the database itself; choose another name")
    if path.is_dir() or (path.exists() and not path.is_file()):
        raise HashiyaError(f"{path} is not a regular file; give a file name")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        raise HashiyaError(f"cannot write {path}: {exc.strerror or exc}") from None
