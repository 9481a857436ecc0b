"""CSV and TSV with a header row, streamed with the standard ``csv`` module (RFC 4180 quoting).

Quoted fields may hold delimiters, doubled quotes and newlines (normalised to ``\\n``); values are
otherwise kept exactly as the csv module yields them (``\"\"\"x\"\"\"`` gives ``\"x\"``). Blank lines are
skipped; a row with a different number of fields than the header is an error.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from app.errors import InputError
from app.formats.filetext import check_not_blank, iter_lines
from app.formats.mapping import DEFAULT_MAPPING, describe_fields, mapped_record
from app.formats.records import FieldMapping, SourceRecord
from app.text.decode import normalise_newlines

FIELD_LIMIT = 1 << 30  # the csv default (128 KiB) is smaller than a long article


def default_delimiter(path: Path) -> str:
    return "\t" if path.suffix.lower() == ".tsv" else ","


def _check_header(header: list[str], where: str, mapping: FieldMapping) -> None:
    twice = sorted({name for name in header if header.count(name) > 1})
    if twice:
        raise InputError(where, f"header names a column twice: {describe_fields(twice)}")
    if mapping.text not in header:
        raise InputError(
            where,
            f"no column {mapping.text!r}; columns: {describe_fields(header)} (name the text column with --text-field)",
        )


def _values(header: list[str], row: list[str]) -> dict[str, str]:
    return {key: normalise_newlines(value) if "\r" in value else value for key, value in zip(header, row, strict=True)}


def read_csv(
    path: Path,
    mapping: FieldMapping = DEFAULT_MAPPING,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    rel: str | None = None,
) -> Iterator[SourceRecord]:
    """One record per data row, named ``file:line`` (the row's first line) in errors."""
    delimiter = delimiter or default_delimiter(path)
    if len(delimiter) != 1:
        raise InputError(str(path), f"the delimiter must be one character, got {delimiter!r}")
    check_not_blank(path)
    csv.field_size_limit(FIELD_LIMIT)
    reader = csv.reader((line for _, line in iter_lines(path, encoding)), delimiter=delimiter)
    header: list[str] | None = None
    start = 1
    try:
        for row in reader:
            where, start = f"{path}:{start}", reader.line_num + 1
            if not row:
                continue
            if header is None:
                _check_header(row, where, mapping)
                header = row
            elif len(row) != len(header):
                raise InputError(where, f"{len(row)} fields where the header has {len(header)}")
            else:
                yield mapped_record(_values(header, row), mapping, where, str(path))
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num}", f"bad CSV: {exc}") from None
