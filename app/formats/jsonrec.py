"""JSON (an array of objects, or one object) and JSONL (one object a line, streamed).

An object in Hashiya's native schema is read as such (with its annotations); any other object goes
through the field mapping. orjson parses; when it refuses, the standard library parses leniently
(raw control characters in strings, huge integers) or names the line and column of the error.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from app.errors import InputError
from app.formats import native
from app.formats.filetext import check_not_blank, iter_lines, read_text
from app.formats.mapping import DEFAULT_MAPPING, mapped_record
from app.formats.records import FieldMapping, SourceRecord

_JSON_TYPES = {
    dict: "object",
    list: "array",
    str: "string",
    int: "number",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


def json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def parse_json(text: str, where: str, *, one_line: bool = False) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(text.rstrip("\r\n") if one_line else text, strict=False)
    except json.JSONDecodeError as exc:
        at = f"column {exc.colno}" if one_line else f"line {exc.lineno} column {exc.colno}"
        hint = " (one object per line? use --format jsonl)" if exc.msg == "Extra data" and not one_line else ""
        raise InputError(where, f"invalid JSON at {at}: {exc.msg}{hint}") from None
    except RecursionError:
        raise InputError(where, "invalid JSON: nested too deeply") from None


def record_from(obj: Any, mapping: FieldMapping, origin: str, source: str) -> SourceRecord:
    if not isinstance(obj, dict):
        raise InputError(origin, f"must be a JSON object, got {json_type(obj)}")
    if native.is_native_record(obj):
        return native.native_record(obj, origin)
    return mapped_record(obj, mapping, origin, source)


def read_json(
    path: Path, mapping: FieldMapping = DEFAULT_MAPPING, *, encoding: str | None = None, rel: str | None = None
) -> Iterator[SourceRecord]:
    """Every object of a JSON array (record n is named ``file record n`` in errors), or the one object."""
    data = parse_json(read_text(path, encoding), str(path))
    if isinstance(data, dict):
        yield record_from(data, mapping, str(path), str(path))
        return
    if not isinstance(data, list):
        raise InputError(str(path), f"top level must be an array of objects or one object, got {json_type(data)}")
    for n, obj in enumerate(data, 1):
        yield record_from(obj, mapping, f"{path} record {n}", str(path))


def read_jsonl(
    path: Path, mapping: FieldMapping = DEFAULT_MAPPING, *, encoding: str | None = None, rel: str | None = None
) -> Iterator[SourceRecord]:
    """One object per non-blank line, read line by line (``file:line`` in errors)."""
    check_not_blank(path)
    source = str(path)
    for line_no, line in iter_lines(path, encoding):
        if line and not line.isspace():
            where = f"{source}:{line_no}"
            yield record_from(parse_json(line, where, one_line=True), mapping, where, source)
