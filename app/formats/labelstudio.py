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


def _get(obj: Any, key: str, kind: type, where: str, default: Any = None) -> Any:
    """``obj[key]`` checked to be a ``kind`` (absent or null gives ``default``)."""
    if not isinstance(obj, dict):
        raise InputError(where, f"must be an object, got {type(obj).__name__}")
    value = obj.get(key)
    if value is None:
        return default
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise InputError(where, f"{key!r} must be {kind.__name__}, got {type(value).__name__}: {value!r}")
    return value


def _first_label(value: dict[str, Any], where: str) -> str:
    labels = _get(value, "labels", list, where, [])
    if not labels or not isinstance(labels[0], str):
        raise InputError(where, f"'labels' must be a non-empty list of strings, got {labels!r}")
    return labels[0]


def _span(r: dict[str, Any], where: str) -> AnnotationRecord:
    v = _get(r, "value", dict, where)
    if v is None:
        raise InputError(where, "labels result without 'value'")
    start, end = _get(v, "start", int, where), _get(v, "end", int, where)
    if start is None or end is None:
        raise InputError(where, "labels result without 'start' and 'end'")
    return AnnotationRecord(_first_label(v, where), start, end, _get(v, "text", str, where),
                            id=_uuid(_region(r, 0)))


def _region(r: dict[str, Any], n: int) -> Any:
    """A result's region id (Label Studio writes strings; an id of another type is a key of its own)."""
    key = r.get("id")
    return key if isinstance(key, str | int) and not isinstance(key, bool) else f"_{n}"


def ls_record(obj: Any, origin: str) -> SourceRecord:
    data = _get(obj, "data", dict, origin, {})
    text = data.get("text")
    if not isinstance(text, str):
        raise InputError(origin, "task has no data.text")
    completed = (_get(obj, "annotations", list, origin) or [{}])[0]
    results = _get(completed, "result", list, f"{origin} annotation 1", [])
    spans: dict[str, AnnotationRecord] = {}
    for n, r in enumerate(results, 1):
        where = f"{origin} result {n}"
        if _get(r, "type", str, where) == "labels":
            spans[_region(r, n)] = _span(r, where)
    for n, r in enumerate(results, 1):
        where = f"{origin} result {n}"
        if r.get("type") == "textarea" and r.get("id") in spans:
            lines = _get(_get(r, "value", dict, where, {}), "text", list, where, [])
            if not all(isinstance(x, str) for x in lines):
                raise InputError(where, "textarea 'text' must be a list of strings")
            value = "\n".join(lines)
            if r.get("from_name") == "attributes":
                try:
                    attributes = json.loads(value)
                except ValueError:
                    attributes = {"attributes": value}
                spans[r["id"]].attributes = attributes if isinstance(attributes, dict) else {"attributes": value}
            else:
                spans[r["id"]].note = value
    relations = []
    for n, r in enumerate(results, 1):
        if r.get("type") == "relation" and r.get("from_id") in spans and r.get("to_id") in spans:
            where = f"{origin} result {n}"
            kind = _get(r, "labels", list, where, None) or ["source"]
            relations.append(RelationRecord(kind[0], str(spans[r["from_id"]].id), str(spans[r["to_id"]].id),
                                            id=_uuid(str(r["id"])) if r.get("id") else None))
    return SourceRecord(text=text, origin=origin, title=_get(data, "title", str, origin, ""),
                        annotations=list(spans.values()), relations=relations)


def _uuid(value: str) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:  # Label Studio's own short region ids
        return str(uuid.uuid4())


def read_labelstudio(path: Path, *, rel: str | None = None, encoding: str | None = None) -> Iterator[SourceRecord]:
    """Tasks from a Label Studio JSON export (a list of tasks) or a JSONL file of tasks."""
    origin = rel or path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(origin, exc.strerror or str(exc)) from None
    try:
        tasks = orjson.loads(raw) if raw.lstrip()[:1] == b"[" else [orjson.loads(x) for x in raw.splitlines()
                                                                     if x.strip()]
    except orjson.JSONDecodeError as exc:
        raise InputError(origin, f"not JSON: {exc}") from None
    if not isinstance(tasks, list):
        raise InputError(origin, f"must be a list of tasks, got {type(tasks).__name__}")
    for n, obj in enumerate(tasks, 1):
        yield ls_record(obj, f"{origin} task {n}")
