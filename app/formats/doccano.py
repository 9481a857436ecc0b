"""doccano JSONL (relation-extraction style): ``entities``, ``relations`` and the text.

doccano's front end counts offsets in UTF-16 code units (JavaScript strings), so that is the
default; ``offsets="codepoint"`` writes Python's code points instead. Each line names its
``offsets`` unit and the text's ``sha256``; the reader honours a line's own ``offsets`` field, and
``--offsets`` (``grapheme`` for a project in doccano's grapheme mode) overrides it.

Read: JSONL or the JSON download (one array, streamed), the text in ``text`` or ``column_data``, spans
in ``entities``, ``label`` or ``column_label``. A row's other fields (``id``, ``meta``...) are kept in
``metadata.doccano``; a row without text, a category of the whole text and a relation to a missing
entity are named in the import report, and the unit the offsets were read in is stated there.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from app.dto import DocumentData
from app.errors import HashiyaError, InputError
from app.formats.iob import Defects
from app.formats.jsonstream import iter_json_objects
from app.formats.records import AnnotationRecord, RelationRecord, SourceRecord
from app.formats.rowreport import Carried, add_defects, stable_id, state
from app.formats.units import converter
from app.text.offsets import OffsetMap

UNITS = ("utf16", "codepoint", "grapheme")  # read; the writer writes the first two
WRITTEN_UNITS = UNITS[:2]
_READ = frozenset(
    {"text", "column_data", "title", "offsets", "sha256", "entities", "label", "column_label", "relations"}
)


def doccano_row(doc: DocumentData, offsets: str = "utf16") -> dict[str, Any]:
    omap = OffsetMap(doc.text)
    conv = omap.to_utf16 if offsets == "utf16" else (lambda x: x)
    ids = {a.id: n for n, a in enumerate(doc.annotations, 1)}
    return {
        "id": doc.id,
        "text": doc.text,
        "sha256": doc.sha256,
        "offsets": offsets,
        "title": doc.title,
        "entities": [
            {
                "id": ids[a.id],
                "label": a.label,
                "start_offset": conv(a.start),
                "end_offset": conv(a.end),
                "hashiya_id": a.id,
                "attributes": a.attributes,
                "note": a.note,
            }
            for a in doc.annotations
        ],
        "relations": [
            {"id": n, "from_id": ids[r.from_id], "to_id": ids[r.to_id], "type": r.type}
            for n, r in enumerate(doc.relations, 1)
        ],
    }


class DoccanoWriter:
    holds_relations = True

    def __init__(self, out: IO[bytes], ctx: Any) -> None:
        self.out = out
        self.offsets = ctx.options.get("offsets", "utf16")
        if self.offsets not in WRITTEN_UNITS:
            raise HashiyaError(f"doccano offsets must be one of {', '.join(WRITTEN_UNITS)}")

    def write(self, doc: DocumentData) -> None:
        self.out.write(orjson.dumps(doccano_row(doc, self.offsets)) + b"\n")

    def close(self) -> None:
        pass


def _entity(e: Any, where: str) -> tuple[Any, Any, Any, Any, dict[str, Any]]:
    if not isinstance(e, dict):
        raise InputError(where, f"must be an object, got {type(e).__name__}")
    missing = [key for key in ("label", "start_offset", "end_offset") if key not in e]
    if missing:
        raise InputError(where, f"no {', '.join(repr(k) for k in missing)}")
    return e.get("id"), e["label"], e["start_offset"], e["end_offset"], e


def _labelled(item: Any, where: str) -> tuple[Any, Any, Any, Any, dict[str, Any]]:
    if not (isinstance(item, list) and len(item) == 3):
        raise InputError(where, f"must be [start, end, label], got {item!r}")
    start, end, label = item
    return None, label, start, end, {}


def _list(obj: dict[str, Any], key: str, origin: str) -> list[Any]:
    value = obj.get(key) or []
    if not isinstance(value, list):
        raise InputError(origin, f"{key!r} must be a list, got {type(value).__name__}")
    return value


def _spans(obj: dict[str, Any], origin: str, found: Defects) -> list[tuple[Any, Any, Any, Any, dict[str, Any]]]:
    """Entities (relation extraction) and ``[start, end, label]`` items (sequence labelling); a plain string in
    ``label`` is a category of the whole text (text classification), which Hashiya does not hold: reported."""
    spans = [_entity(e, f"{origin} entity {n}") for n, e in enumerate(_list(obj, "entities", origin), 1)]
    for key in ("label", "column_label"):
        for n, item in enumerate(_list(obj, key, origin), 1):
            if isinstance(item, str):
                found.add("category of the whole text (not a span): not imported", f"{origin} {key} {n} {item!r}")
            else:
                spans.append(_labelled(item, f"{origin} label {n}"))
    return spans


def doccano_record(obj: Any, origin: str, offsets: str | None = None) -> SourceRecord:
    """One row; its text is ``text`` (doccano's export) or ``column_data`` (its import's default column)."""
    if not isinstance(obj, dict):
        raise InputError(origin, f"must be a JSON object, got {type(obj).__name__}")
    text = obj.get("text", obj.get("column_data"))
    if not isinstance(text, str):
        raise InputError(origin, "no text field")
    unit = offsets or obj.get("offsets") or "utf16"
    if unit not in UNITS:
        raise InputError(origin, f"offsets must be one of {', '.join(UNITS)}, got {unit!r}")
    to_cp = converter(text, unit)
    found = Defects()
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    keys: dict[Any, str] = {}
    annotations = []
    for n, (key, label, start, end, extra) in enumerate(_spans(obj, origin, found)):
        where = f"{origin} entity {n + 1}"
        if type(start) is not int or type(end) is not int:
            raise InputError(where, f"offsets must be integers, got {start!r} and {end!r}")
        try:
            start, end = to_cp(start), to_cp(end)
        except HashiyaError as exc:
            raise InputError(where, str(exc)) from None
        span = AnnotationRecord(
            label,
            start,
            end,
            attributes=extra.get("attributes") or {},
            note=extra.get("note") or "",
            id=extra.get("hashiya_id") or stable_id(digest, origin, n, label, start, end),
        )
        annotations.append(span)
        keys[key if isinstance(key, str | int) and key is not None else f"_{n}"] = str(span.id)
    relations = []
    for n, r in enumerate(_list(obj, "relations", origin), 1):
        if not isinstance(r, dict):
            raise InputError(f"{origin} relation {n}", f"must be an object, got {type(r).__name__}")
        ends = r.get("from_id"), r.get("to_id")
        if all(isinstance(x, str | int) and x in keys for x in ends):
            relations.append(RelationRecord(r.get("type", "source"), keys[ends[0]], keys[ends[1]]))
        else:
            found.add("relation to an entity that is not in the row: not imported", f"{origin} relation {n}")
    record = SourceRecord(
        text=text, origin=origin, title=obj.get("title") or "", annotations=annotations, relations=relations
    )
    kept = {k: v for k, v in obj.items() if k not in _READ}
    if kept:
        record.metadata["doccano"] = kept  # the row's id, meta and any other field, as they were
    add_defects(record, found)
    state(record, "offsets", unit)
    return record


def read_doccano(
    path: Path, *, rel: str | None = None, encoding: str | None = None, offsets: str | None = None
) -> Iterator[SourceRecord]:
    """The rows of a doccano JSONL file or JSON download (an array), streamed. A row without text is
    reported and the others imported. ``offsets`` (utf16, codepoint, grapheme) overrides each row's own."""
    origin = rel or path.name
    carried = Carried(origin, "no row has a text")

    def rows() -> Iterator[SourceRecord | None]:
        for where, obj in iter_json_objects(path, origin, "row"):
            if isinstance(obj, dict) and not isinstance(obj.get("text", obj.get("column_data")), str):
                carried.skip("row without text: not imported", where)
                yield None
            else:
                yield doccano_record(obj, where, offsets)

    return carried.records(rows())
