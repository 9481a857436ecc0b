"""doccano JSONL (relation-extraction style): ``entities``, ``relations`` and the text.

doccano's front end counts offsets in UTF-16 code units (JavaScript strings), so that is the
default; ``offsets="codepoint"`` writes Python's code points instead. Each line names its
``offsets`` unit and the text's ``sha256``; the reader honours a line's own ``offsets`` field.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from app.dto import DocumentData
from app.errors import HashiyaError, InputError
from app.formats.records import AnnotationRecord, RelationRecord, SourceRecord
from app.text.offsets import OffsetMap

UNITS = ("utf16", "codepoint")


def doccano_row(doc: DocumentData, offsets: str = "utf16") -> dict[str, Any]:
    omap = OffsetMap(doc.text)
    conv = omap.to_utf16 if offsets == "utf16" else (lambda x: x)
    ids = {a.id: n for n, a in enumerate(doc.annotations, 1)}
    return {
        "id": doc.id, "text": doc.text, "sha256": doc.sha256, "offsets": offsets, "title": doc.title,
        "entities": [{"id": ids[a.id], "label": a.label, "start_offset": conv(a.start), "end_offset": conv(a.end),
                      "hashiya_id": a.id, "attributes": a.attributes, "note": a.note}
                     for a in doc.annotations],
        "relations": [{"id": n, "from_id": ids[r.from_id], "to_id": ids[r.to_id], "type": r.type}
                      for n, r in enumerate(doc.relations, 1)],
    }


class DoccanoWriter:
    def __init__(self, out: IO[bytes], ctx: Any) -> None:
        self.out = out
        self.offsets = ctx.options.get("offsets", "utf16")
        if self.offsets not in UNITS:
            raise HashiyaError(f"doccano offsets must be one of {', '.join(UNITS)}")

    def write(self, doc: DocumentData) -> None:
        self.out.write(orjson.dumps(doccano_row(doc, self.offsets)) + b"\n")

    def close(self) -> None:
        pass


def _entity(e: Any, n: int, origin: str) -> tuple[Any, Any, Any, Any, dict[str, Any]]:
    where = f"{origin} entity {n}"
    if not isinstance(e, dict):
        raise InputError(where, f"must be an object, got {type(e).__name__}")
    missing = [key for key in ("label", "start_offset", "end_offset") if key not in e]
    if missing:
        raise InputError(where, f"no {', '.join(repr(k) for k in missing)}")
    return e.get("id"), e["label"], e["start_offset"], e["end_offset"], e


def _labelled(item: Any, n: int, origin: str) -> tuple[Any, Any, Any, Any, dict[str, Any]]:
    if not (isinstance(item, list) and len(item) == 3):
        raise InputError(f"{origin} label {n}", f"must be [start, end, label], got {item!r}")
    start, end, label = item
    return None, label, start, end, {}


def _list(obj: dict[str, Any], key: str, origin: str) -> list[Any]:
    value = obj.get(key) or []
    if not isinstance(value, list):
        raise InputError(origin, f"{key!r} must be a list, got {type(value).__name__}")
    return value


def doccano_record(obj: Any, origin: str, default_offsets: str = "utf16") -> SourceRecord:
    if not isinstance(obj, dict):
        raise InputError(origin, f"must be a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(origin, "no text field")
    unit = obj.get("offsets", default_offsets)
    if unit not in UNITS:
        raise InputError(origin, f"offsets must be one of {', '.join(UNITS)}, got {unit!r}")
    omap = OffsetMap(text)
    spans = [_entity(e, n, origin) for n, e in enumerate(_list(obj, "entities", origin), 1)]
    spans += [_labelled(x, n, origin) for n, x in enumerate(_list(obj, "label", origin), 1)]  # sequence labelling
    keys: dict[Any, str] = {}
    annotations = []
    for n, (key, label, start, end, extra) in enumerate(spans):
        where = f"{origin} entity {n + 1}"
        if type(start) is not int or type(end) is not int:
            raise InputError(where, f"offsets must be integers, got {start!r} and {end!r}")
        try:
            if unit == "utf16":
                start, end = omap.from_utf16(start), omap.from_utf16(end)
            record = AnnotationRecord(label, start, end, id=extra.get("hashiya_id") or str(uuid.uuid4()),
                                      attributes=extra.get("attributes") or {}, note=extra.get("note") or "")
        except HashiyaError as exc:
            raise InputError(where, str(exc)) from None
        annotations.append(record)
        keys[key if isinstance(key, str | int) and key is not None else f"_{n}"] = str(record.id)
    relations = []
    for n, r in enumerate(_list(obj, "relations", origin), 1):
        if not isinstance(r, dict):
            raise InputError(f"{origin} relation {n}", f"must be an object, got {type(r).__name__}")
        ends = r.get("from_id"), r.get("to_id")
        if all(isinstance(x, str | int) and x in keys for x in ends):
            relations.append(RelationRecord(r.get("type", "source"), keys[ends[0]], keys[ends[1]]))
    return SourceRecord(text=text, origin=origin, title=obj.get("title") or "", annotations=annotations,
                        relations=relations)


def read_doccano(path: Path, *, rel: str | None = None, encoding: str | None = None,
                 offsets: str = "utf16") -> Iterator[SourceRecord]:
    origin = rel or path.name
    with path.open("rb") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    obj = orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    raise InputError(f"{origin}:{n}", f"not JSON: {exc}") from None
                yield doccano_record(obj, f"{origin}:{n}", offsets)
