"""Which reader reads a file, and the list of files that a set of files and folders stands for."""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from pathlib import Path

from app.database_files import DatabaseFiles
from app.errors import InputError
from app.formats.annotated import ANNOTATED_FORMATS, ONLY_SUFFIX, read_annotated
from app.formats.csvrec import read_csv
from app.formats.jsonrec import read_json, read_jsonl
from app.formats.mapping import DEFAULT_MAPPING
from app.formats.records import FieldMapping, SourceRecord
from app.formats.registry import EXTENSIONS, IMPORT_FORMATS
from app.formats.safefile import MAX_SIZE, parse_size, unreadable
from app.formats.trec import read_trec
from app.formats.txt import read_txt

FORMATS = IMPORT_FORMATS  # names and extensions come from the format registry
_HEAD = 4096
Skipped = list[tuple[str, str]]
THE_DATABASE = "the database itself (only SQLite opens its files)"
__all__ = ["MAX_SIZE", "expand_paths", "parse_size", "read_records", "unreadable"]
_TREC_START = re.compile(r"\s*<DOC[\s>]", re.I)
_WIDE = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def starts_with_doc(path: Path) -> bool:
    """Whether the first thing in the file (after a BOM and blanks) is a TREC ``<DOC>`` tag."""
    try:
        with path.open("rb") as f:
            head = f.read(_HEAD)
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    name = next((name for bom, name in _WIDE if head.startswith(bom)), None)
    text = head.decode(name, "ignore") if name else head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    return bool(_TREC_START.match(text.removeprefix("\ufeff")))


def known_format(path: Path) -> str | None:
    """The format of ``path`` by its extension (a ``.txt`` that starts with ``<DOC>`` is TREC)."""
    fmt = EXTENSIONS.get(path.suffix.lower())
    if fmt == "txt" and starts_with_doc(path):
        return "trec"
    return fmt


def guess_format(path: Path) -> str:
    fmt = known_format(path)
    if fmt is None:
        raise InputError(
            str(path),
            f"cannot tell the format from {path.suffix or 'a name without extension'!r}; "
            f"name it with --format ({', '.join(FORMATS)})",
        )
    return fmt


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise InputError(fmt, f"unknown format; use one of {', '.join(FORMATS)}")
    return fmt


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root)


def _walk(folder: Path, skipped: Skipped) -> Iterator[tuple[Path, str, Path]]:
    """Visible files under ``folder`` in sorted order, with their path relative to it (``/``-separated) and
    their real path.

    Links are followed only to a file inside ``folder`` (folders that are links are not walked); a link
    that leads out of it is added to ``skipped``. A file that is no link lies in real folders below the
    folder's real path, so its real path is found without resolving it (resolving each, twice, was 8% of a
    brat import).
    """
    root = folder.resolve()
    for top, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in dirs:
            link = Path(top, name)
            if link.is_symlink() and not _inside(link, root):
                skipped.append((str(link), "outside the folder (a link to a folder elsewhere)"))
        real_top = root.joinpath(os.path.relpath(top, folder)) if top != str(folder) else root
        for name in sorted(files):
            if not name.startswith("."):
                path = Path(top, name)
                if path.is_symlink():
                    real = path.resolve()
                    if not real.is_relative_to(root):
                        skipped.append((str(path), "outside the folder (a link to a file elsewhere)"))
                        continue
                else:
                    real = real_top / name
                yield path, path.relative_to(folder).as_posix(), real


def _database_file(own: DatabaseFiles, path: Path, real: Path) -> bool:
    """``own.holds(path)`` for a file whose real path is known: the same name, or the same inode."""
    if not own:
        return False
    if real in own.paths:
        return True
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return (st.st_dev, st.st_ino) in own.inodes


def expand_paths(
    paths: list[Path],
    fmt: str | None,
    *,
    max_size: int = MAX_SIZE,
    skipped: Skipped | None = None,
    database: Path | None = None,
) -> list[tuple[Path, str, str]]:
    """``(file, format, relative path)`` for every file to read: folders are walked recursively.

    A folder's hidden files and folders are skipped; without ``fmt`` so are its files whose extension
    names no format. With ``fmt`` every visible file is read in that format. A file named directly
    is always read (its relative path is its name); an unknown extension there is an error.

    Only regular files up to ``max_size`` bytes are read: in a folder a FIFO, socket or device, a link
    that leads out of the folder, or a larger file is left out and listed in ``skipped`` as
    ``(path, reason)``; named directly, each is an error.

    The files of the SQLite ``database`` (the file, ``-wal``, ``-shm``, ``-journal``) are never opened: in a
    folder they are listed in ``skipped`` as "the database itself"; named directly, that is an error.
    """
    if fmt is not None:
        check_format(fmt)
    skipped = [] if skipped is None else skipped
    own = DatabaseFiles(database)
    found: list[tuple[Path, str, str]] = []
    seen: set[Path] = set()

    def add(path: Path, file_fmt: str, rel: str, key: Path) -> None:
        if key not in seen:
            seen.add(key)
            found.append((path, file_fmt, rel))

    for given in paths:
        if given.is_dir():
            for path, rel, real in _walk(given, skipped):
                if not (fmt or EXTENSIONS.get(path.suffix.lower())):
                    continue
                if fmt in ONLY_SUFFIX and path.suffix.lower() != ONLY_SUFFIX[fmt]:
                    continue  # a brat .txt (read with its .ann), annotation.conf, TypeSystem.xml: never checked
                reason = THE_DATABASE if _database_file(own, path, real) else unreadable(path, max_size)
                if reason:
                    skipped.append((str(path), reason))
                    continue
                file_fmt = fmt or known_format(path)
                if file_fmt:
                    add(path, file_fmt, rel, real)
        elif given.exists():
            reason = THE_DATABASE if own.holds(given) else unreadable(given, max_size)
            if reason:
                raise InputError(str(given), reason)
            add(given, fmt or guess_format(given), given.name, given.resolve())
        else:
            raise InputError(str(given), "no such file or folder")
    return found


def read_records(
    path: Path,
    fmt: str | None = None,
    *,
    mapping: FieldMapping | None = None,
    encoding: str | None = None,
    rel: str | None = None,
    delimiter: str | None = None,
    scheme: str | None = None,
    offsets: str | None = None,
) -> Iterator[SourceRecord]:
    """The records of one file in ``fmt`` (guessed from the file when None), read lazily.

    ``scheme`` is the CoNLL tagging scheme (IOB2, IOB1, BIOES, BILOU); None detects it. ``offsets`` is the
    unit of doccano's and Label Studio's offsets (codepoint, utf16, grapheme); None: the format's own."""
    fmt = check_format(fmt) if fmt else guess_format(path)
    mapping = mapping or DEFAULT_MAPPING
    rel = rel or path.name
    if fmt in ANNOTATED_FORMATS:
        return read_annotated(path, fmt, encoding=encoding, rel=rel, scheme=scheme, offsets=offsets)
    if fmt == "txt":
        return read_txt(path, encoding=encoding, rel=rel)
    if fmt == "json":
        return read_json(path, mapping, encoding=encoding, rel=rel)
    if fmt == "jsonl":
        return read_jsonl(path, mapping, encoding=encoding, rel=rel)
    if fmt == "csv":
        return read_csv(path, mapping, encoding=encoding, delimiter=delimiter, rel=rel)
    return read_trec(path, encoding=encoding, rel=rel)
