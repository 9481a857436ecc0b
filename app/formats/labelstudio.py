"""Label Studio tasks (``tasks.json``) with their labelling config (``config.xml``).

Spans are ``labels`` results on the ``text`` object with code-point ``start``/``end``; their
attributes and notes are per-region ``textarea`` results (attributes as JSON); links are ``relation``
results with the relation type as their label. Each task's ``data`` names the text ``sha256`` and the
``offsets`` unit. ``tasks.json`` is one JSON array written a task at a time.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import orjson

from app.dto import DocumentData
from app.errors import InputError
from app.formats.records import AnnotationRecord, RelationRecord, SourceRecord

OFFSETS = "codepoint"
RELATION_TYPES = ("source", "cue")


def config_xml(labels: list[str], relation_types: list[str]) -> str:
    out = ["<View>", '  <Labels name="label" toName="text">']
    out += [f"    <Label value={quoteattr(name)}/>" for name in labels]
    out += ["  </Labels>", '  <Text name="text" value="$text"/>', "  <Relations>"]
    out += [f"    <Relation value={quoteattr(name)}/>" for name in relation_types]
    out += ["  </Relations>",
            '  <TextArea name="attributes" toName="text" perRegion="true" editable="true"/>',
            '  <TextArea name="note" toName="text" perRegion="true" editable="true"/>', "</View>", ""]
    return "\n".join(out)


def task(doc: DocumentData) -> dict[str, Any]:
    result: list[dict[str, Any]] = []
    for a in doc.annotations:
        where = {"start": a.start, "end": a.end, "text": a.text}
        base = {"id": a.id, "to_name": "text", "origin": "manual"}
        result.append({**base, "from_name": "label", "type": "labels", "value": {**where, "labels": [a.label]}})
        if a.attributes:
            text = json.dumps(a.attributes, ensure_ascii=False)
            result.append({**base, "from_name": "attributes", "type": "textarea", "value": {**where, "text": [text]}})
        if a.note:
            result.append({**base, "from_name": "note", "type": "textarea", "value": {**where, "text": [a.note]}})
    for r in doc.relations:
        result.append({"id": r.id, "type": "relation", "from_id": r.from_id, "to_id": r.to_id, "direction": "right",
                       "labels": [r.type]})
    data = {"text": doc.text, "title": doc.title, "doc_id": doc.id, "sha256": doc.sha256, "offsets": OFFSETS}
    annotators = sorted({a.annotator for a in doc.annotations})
    return {"id": doc.id, "data": data,
            "annotations": [{"result": result, "completed_by": {"email": ", ".join(annotators)}}] if result else []}


class LabelStudioWriter:
    offsets = OFFSETS

    def __init__(self, folder: Path, ctx: Any) -> None:
        self.folder = Path(folder)
        self.labels = list(ctx.labels)
        self.relation_types = list(RELATION_TYPES)
        self.out = (self.folder / "tasks.json").open("wb")
        self.out.write(b"[")
        self.first = True

    def write(self, doc: DocumentData) -> None:
        self.labels.extend(x for x in dict.fromkeys(a.label for a in doc.annotations) if x not in self.labels)
        self.relation_types.extend(x for x in dict.fromkeys(r.type for r in doc.relations)
                                   if x not in self.relation_types)
        self.out.write((b"\n" if self.first else b",\n") + orjson.dumps(task(doc)))
        self.first = False

    def close(self) -> None:
        self.out.write(b"\n]\n")
        self.out.close()
        (self.folder / "config.xml").write_text(config_xml(self.labels, self.relation_types), encoding="utf-8")


def ls_record(obj: dict[str, Any], origin: str) -> SourceRecord:
    data = obj.get("data") or {}
    text = data.get("text")
    if not isinstance(text, str):
        raise InputError(origin, "task has no data.text")
    completed = (obj.get("annotations") or [{}])[0]
    results = completed.get("result") or []
    spans: dict[str, AnnotationRecord] = {}
    for r in results:
        if r.get("type") == "labels":
            v = r["value"]
            spans[r["id"]] = AnnotationRecord(v["labels"][0], v["start"], v["end"], v.get("text"),
                                              id=_uuid(r["id"]))
    for r in results:
        if r.get("type") == "textarea" and r.get("id") in spans:
            value = "\n".join(r["value"].get("text") or [])
            if r.get("from_name") == "attributes":
                try:
                    spans[r["id"]].attributes = json.loads(value)
                except ValueError:
                    spans[r["id"]].attributes = {"attributes": value}
            else:
                spans[r["id"]].note = value
    relations = [RelationRecord((r.get("labels") or ["source"])[0], str(spans[r["from_id"]].id),
                                str(spans[r["to_id"]].id), id=_uuid(r["id"]) if r.get("id") else None)
                 for r in results if r.get("type") == "relation" and r.get("from_id") in spans
                 and r.get("to_id") in spans]
    return SourceRecord(text=text, origin=origin, title=data.get("title") or "", annotations=list(spans.values()),
                        relations=relations)


def _uuid(value: str) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:  # Label Studio's own short region ids
        return str(uuid.uuid4())


def read_labelstudio(path: Path, *, rel: str | None = None, encoding: str | None = None) -> Iterator[SourceRecord]:
    """Tasks from a Label Studio JSON export (a list of tasks) or a JSONL file of tasks."""
    origin = rel or path.name
    raw = path.read_bytes()
    try:
        tasks = orjson.loads(raw) if raw.lstrip()[:1] == b"[" else [orjson.loads(x) for x in raw.splitlines()
                                                                     if x.strip()]
    except orjson.JSONDecodeError as exc:
        raise InputError(origin, f"not JSON: {exc}") from None
    for n, obj in enumerate(tasks, 1):
        yield ls_record(obj, f"{origin} task {n}")
