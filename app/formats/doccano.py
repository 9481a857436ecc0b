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


def doccano_record(obj: dict[str, Any], origin: str, default_offsets: str = "utf16") -> SourceRecord:
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(origin, "no text field")
    unit = obj.get("offsets", default_offsets)
    omap = OffsetMap(text)
    conv = omap.from_utf16 if unit == "utf16" else (lambda x: x)
    spans = [(e.get("id"), e["label"], e["start_offset"], e["end_offset"], e) for e in obj.get("entities") or []]
    spans += [(None, lab, s, e, {}) for s, e, lab in obj.get("label") or []]  # sequence-labelling projects
    keys: dict[Any, str] = {}
    annotations = []
    for n, (key, label, start, end, extra) in enumerate(spans):
        try:
            record = AnnotationRecord(label, conv(start), conv(end), id=extra.get("hashiya_id") or str(uuid.uuid4()),
                                      attributes=extra.get("attributes") or {}, note=extra.get("note") or "")
        except HashiyaError as exc:
            raise InputError(f"{origin} entity {n + 1}", str(exc)) from None
        annotations.append(record)
        keys[key if key is not None else f"_{n}"] = str(record.id)
    relations = [RelationRecord(r.get("type", "source"), keys[r["from_id"]], keys[r["to_id"]])
                 for r in obj.get("relations") or [] if r.get("from_id") in keys and r.get("to_id") in keys]
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
