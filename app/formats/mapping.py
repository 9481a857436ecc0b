"""A JSON object or CSV row → SourceRecord through a FieldMapping (``--text-field`` etc.).

The text field must be a string; its newlines are normalised and nothing else changes. Title and id
are optional (an integer id becomes a string, an empty one is no id). Every other field is metadata.
"""

from __future__ import annotations

from typing import Any

from app.errors import InputError
from app.formats.records import FieldMapping, SourceRecord
from app.text.decode import normalise_newlines

DEFAULT_MAPPING = FieldMapping()
_LISTED = 20


def describe_fields(names: list[str]) -> str:
    shown = ", ".join(repr(n) for n in names[:_LISTED])
    more = f" and {len(names) - _LISTED} more" if len(names) > _LISTED else ""
    return f"{shown}{more}" if names else "none"


def _title(value: Any, key: str, origin: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return normalise_newlines(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise InputError(origin, f"title field {key!r} must be a string, got {type(value).__name__}")


def _ident(value: Any, key: str, origin: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise InputError(origin, f"id field {key!r} must be a string or an integer, got {type(value).__name__}")


def mapped_record(obj: dict[str, Any], mapping: FieldMapping, origin: str, source: str) -> SourceRecord:
    if mapping.text not in obj:
        raise InputError(
            origin,
            f"no text field {mapping.text!r}; fields present: {describe_fields(list(obj))} "
            "(name the text field with --text-field)",
        )
    text = obj[mapping.text]
    if not isinstance(text, str):
        raise InputError(origin, f"text field {mapping.text!r} must be a string, got {type(text).__name__}")
    used = {mapping.text, mapping.title, mapping.id}
    return SourceRecord(
        text=normalise_newlines(text),
        origin=origin,
        title=_title(obj.get(mapping.title), mapping.title, origin) if mapping.title else "",
        external_id=_ident(obj.get(mapping.id), mapping.id, origin) if mapping.id else None,
        source=source,
        metadata={key: value for key, value in obj.items() if key not in used},
    )
