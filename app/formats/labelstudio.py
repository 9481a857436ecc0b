"""Label Studio tasks (``tasks.json``) with their labelling config (``config.xml``).

Spans are ``labels`` results on the ``text`` object with code-point ``start``/``end``; their
attributes and notes are per-region ``textarea`` results (attributes as JSON); links are ``relation``
results with the relation type as their label. Each task's ``data`` names the text ``sha256`` and the
``offsets`` unit. ``tasks.json`` is one JSON array written a task at a time.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import orjson

from app.dto import DocumentData
from app.errors import HashiyaError, InputError
from app.formats.iob import Defects
from app.formats.jsonstream import iter_json_objects
from app.formats.records import AnnotationRecord, RelationRecord, SourceRecord
from app.formats.rowreport import Carried, add_defects, stable_id, state
from app.formats.units import converter
from app.schema.model import Schema
from app.text.offsets import OffsetMap

OFFSETS = "codepoint"
RELATION_TYPES = ("source", "cue")


def config_xml(labels: list[str], relation_types: list[str], schema: Schema | None = None) -> str:
    """The labelling config; labels of ``schema`` carry its colour, key and description."""
    out = ["<View>", '  <Labels name="label" toName="text">']
    out += [f"    <Label value={quoteattr(name)}{_label_style(schema, name)}/>" for name in labels]
    out += ["  </Labels>", '  <Text name="text" value="$text"/>', "  <Relations>"]
    out += [f"    <Relation value={quoteattr(name)}/>" for name in relation_types]
    out += [
        "  </Relations>",
        '  <TextArea name="attributes" toName="text" perRegion="true" editable="true"/>',
        '  <TextArea name="note" toName="text" perRegion="true" editable="true"/>',
        "</View>",
        "",
    ]
    return "\n".join(out)


def _label_style(schema: Schema | None, name: str) -> str:
    label = schema.label(name) if schema else None
    if label is None:
        return ""
    style = f" background={quoteattr(label.colour)}"
    style += f" hotkey={quoteattr(label.key)}" if label.key else ""
    return style + (f" hint={quoteattr(label.description)}" if label.description else "")


def task(doc: DocumentData) -> dict[str, Any]:
    """One task, with one entry of ``annotations`` per annotator (``completed_by.email``); a relation goes
    with the span it starts from."""
    results: dict[str, list[dict[str, Any]]] = {}
    owner: dict[str, str] = {}
    for a in doc.annotations:
        result = results.setdefault(a.annotator, [])
        owner[a.id] = a.annotator
        where = {"start": a.start, "end": a.end, "text": a.text}
        base = {"id": a.id, "to_name": "text", "origin": "manual"}
        result.append({**base, "from_name": "label", "type": "labels", "value": {**where, "labels": [a.label]}})
        if a.attributes:
            text = json.dumps(a.attributes, ensure_ascii=False)
            result.append({**base, "from_name": "attributes", "type": "textarea", "value": {**where, "text": [text]}})
        if a.note:
            result.append({**base, "from_name": "note", "type": "textarea", "value": {**where, "text": [a.note]}})
    for r in doc.relations:
        results.setdefault(owner.get(r.from_id, r.annotator), []).append(
            {
                "id": r.id,
                "type": "relation",
                "from_id": r.from_id,
                "to_id": r.to_id,
                "direction": "right",
                "labels": [r.type],
            }
        )
    data = {"text": doc.text, "title": doc.title, "doc_id": doc.id, "sha256": doc.sha256, "offsets": OFFSETS}
    return {
        "id": doc.id,
        "data": data,
        "annotations": [{"result": result, "completed_by": {"email": who}} for who, result in results.items()],
    }


class LabelStudioWriter:
    offsets = OFFSETS
    holds_relations = True

    def __init__(self, folder: Path, ctx: Any) -> None:
        self.folder = Path(folder)
        self.labels = list(ctx.labels)
        self.schema: Schema | None = getattr(ctx, "schema", None)
        relations = self.schema.relations if self.schema else ()
        self.relation_types = list(dict.fromkeys([*RELATION_TYPES, *(r.name for r in relations)]))
        self.out = (self.folder / "tasks.json").open("wb")
        self.out.write(b"[")
        self.first = True

    def write(self, doc: DocumentData) -> None:
        self.labels.extend(x for x in dict.fromkeys(a.label for a in doc.annotations) if x not in self.labels)
        self.relation_types.extend(
            x for x in dict.fromkeys(r.type for r in doc.relations) if x not in self.relation_types
        )
        self.out.write((b"\n" if self.first else b",\n") + orjson.dumps(task(doc)))
        self.first = False

    def close(self) -> None:
        self.out.write(b"\n]\n")
        self.out.close()
        (self.folder / "config.xml").write_text(
            config_xml(self.labels, self.relation_types, self.schema), encoding="utf-8"
        )


_CANONICAL = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_TASK_DATA = frozenset({"text", "title", "doc_id", "sha256", "offsets"})  # what the writer puts in data
_NAMES = {"codepoint": "code points", "utf16": "UTF-16 units", "grapheme": "grapheme clusters"}
OTHER = "result of a type Hashiya does not hold: not imported"


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


class Units:
    """The unit of a file's offsets, decided by the first span whose ``value.text`` tells code points from
    UTF-16 units (they differ only after an emoji or another character outside the BMP)."""

    def __init__(self, given: str | None) -> None:
        self.unit = given
        self.given = given is not None

    def start_end(self, text: str, omap: OffsetMap, v: dict[str, Any], where: str) -> tuple[int, int]:
        start, end = _get(v, "start", int, where), _get(v, "end", int, where)
        if start is None or end is None:
            raise InputError(where, "labels result without 'start' and 'end'")
        if omap.utf16_length == len(text) and self.unit != "grapheme":
            return self._checked(text, start, end, v, where)  # no astral characters: both units agree
        said = _get(v, "text", str, where)
        allowed = [self.unit] if self.unit else ["codepoint", "utf16"]
        fits = [unit for unit in allowed if self._fits(text, omap, start, end, unit, said)]
        if not fits:
            raise InputError(
                where,
                f"value.text {said!r} is not the text at [{start}, {end}) counted in "
                f"{' or '.join(_NAMES[u] for u in allowed)}"
                + (" (the unit of this file's earlier spans)" if self.unit and not self.given else ""),
            )
        if said is not None and self.unit is None:
            self.unit = fits[0]
        return _convert(text, omap, start, end, fits[0])

    def _fits(self, text: str, omap: OffsetMap, start: int, end: int, unit: str, said: str | None) -> bool:
        try:
            s, e = _convert(text, omap, start, end, unit)
        except HashiyaError:
            return False
        return said is None or text[s:e] == said

    def _checked(self, text: str, start: int, end: int, v: dict[str, Any], where: str) -> tuple[int, int]:
        said = _get(v, "text", str, where)
        if said is not None and text[start:end] != said:
            raise InputError(where, f"value.text {said!r} is not the text at [{start}, {end}) ({text[start:end]!r})")
        return start, end


def _convert(text: str, omap: OffsetMap, start: int, end: int, unit: str) -> tuple[int, int]:
    if unit == "utf16":
        return omap.from_utf16(start), omap.from_utf16(end)
    to_cp = converter(text, unit)
    return to_cp(start), to_cp(end)


def _annotator(entry: dict[str, Any], prediction: bool) -> str | None:
    """Who made an entry: the email (or user id) of ``completed_by``; a prediction's model version."""
    if prediction:
        version = entry.get("model_version")
        return f"model {version}" if version not in (None, "") else "model"
    who = entry.get("completed_by", entry.get("created_username"))
    if isinstance(who, dict):
        who = who.get("email") or (f"user {who['id']}" if who.get("id") is not None else None)
    elif isinstance(who, int) and not isinstance(who, bool):
        who = f"user {who}"
    return who if isinstance(who, str) and who else None


_TASK_PARTS = frozenset({"data", "annotations", "completions", "predictions", "drafts"})  # read into records


class _Task:
    """Reads one task: every annotation (and prediction) with its annotator."""

    def __init__(self, obj: Any, origin: str, units: Units) -> None:
        self.origin, self.units = origin, units
        data = _get(obj, "data", dict, origin, {})
        self.text: str = data["text"]
        self.omap = OffsetMap(self.text)
        self.digest = hashlib.blake2b(self.text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        self.found = Defects()
        self.used: set[str] = set()
        self.record = SourceRecord(text=self.text, origin=origin, title=_get(data, "title", str, origin, ""))
        extra = {k: v for k, v in data.items() if k not in _TASK_DATA}
        if extra:
            self.record.metadata["data"] = extra  # the task's other fields, as they were
        entries = [
            (e, False) for e in (_get(obj, "annotations", list, origin) or _get(obj, "completions", list, origin, []))
        ]
        entries += [(e, True) for e in _get(obj, "predictions", list, origin, [])]
        kept = {k: v for k, v in obj.items() if k not in _TASK_PARTS}  # id, meta, created_at, ...: as they were
        about = [{k: v for k, v in e.items() if k != "result"} for e, _ in entries if isinstance(e, dict)]
        if any(about):  # who, when, lead time, model version... of each annotation and prediction
            kept["annotations"] = about
        if kept:
            self.record.metadata["labelstudio"] = kept
        counted = {False: 0, True: 0}  # places are numbered within annotations and within predictions
        for k, (entry, prediction) in enumerate(entries, 1):
            counted[prediction] += 1
            kind = "prediction" if prediction else "annotation"
            self._submitted(entry, prediction, kind, f"{origin} {kind} {counted[prediction]}", k)
        drafts = _get(obj, "drafts", list, origin, [])
        for k, draft in enumerate(drafts, 1):
            if not isinstance(draft, dict):
                self._id_only(draft, "draft", f"{origin} draft {k}")
            elif draft.get("result"):
                self.found.add("draft (not submitted in Label Studio): not imported", f"{origin} draft {k}")

    def _submitted(self, entry: Any, prediction: bool, kind: str, where: str, k: int) -> None:
        """An entry's results, unless Label Studio wrote only its id or the annotator skipped the task
        (Label Studio's own converters leave skipped annotations out too)."""
        if not isinstance(entry, dict):
            self._id_only(entry, kind, where)
        elif (entry.get("was_cancelled") or entry.get("skipped")) and not prediction:
            if entry.get("result"):
                self.found.add("annotation of a skipped task (was_cancelled): not imported", where)
        else:
            self._entry(entry, prediction, where, k)

    def _id_only(self, entry: Any, kind: str, where: str) -> None:
        """A bare id: the export was made with only the ids of predictions (its default) or drafts."""
        if not isinstance(entry, int) or isinstance(entry, bool):
            raise InputError(where, f"must be an object, got {type(entry).__name__}")
        self.found.add(f"{kind} given by its id only (exported without its results): not imported", where)

    def _id(self, region: Any, *parts: object) -> str:
        """The region's own id when it is a UUID not used yet in this task, else one made from its place."""
        if isinstance(region, str) and _CANONICAL.fullmatch(region) and region.lower() not in self.used:
            key = region.lower()
        else:
            key = stable_id(self.digest, self.origin, region, *parts)
        self.used.add(key)
        return key

    def _entry(self, entry: Any, prediction: bool, where: str, k: int) -> None:
        results = _get(entry, "result", list, where, [])
        annotator = _annotator(entry, prediction)
        spans: dict[Any, list[AnnotationRecord]] = {}
        for n, r in enumerate(results, 1):
            at = f"{where} result {n}"
            kind = _get(r, "type", str, at)
            if kind == "labels":
                spans.setdefault(_region(r, n), []).extend(self._span(r, at, annotator, k, n))
            elif kind not in ("textarea", "relation"):
                self.found.add(OTHER, f"{at} ({kind})")
        self.record.annotations.extend(span for region in spans.values() for span in region)
        for n, r in enumerate(results, 1):
            at = f"{where} result {n}"
            if r.get("type") == "textarea":
                self._textarea(r, spans.get(r.get("id")), at)
            elif r.get("type") == "relation":
                self._relation(r, spans, annotator, at)

    def _span(self, r: dict[str, Any], where: str, annotator: str | None, k: int, n: int) -> list[AnnotationRecord]:
        v = _get(r, "value", dict, where)
        if v is None:
            raise InputError(where, "labels result without 'value'")
        labels = _get(v, "labels", list, where, [])
        if not all(isinstance(x, str) for x in labels):
            raise InputError(where, f"'labels' must be a list of strings, got {labels!r}")
        start, end = self.units.start_end(self.text, self.omap, v, where)
        if not labels:
            self.found.add("span without a label: not imported", where)
        region = r.get("id")
        return [
            AnnotationRecord(
                label, start, end, id=self._id(region if j == 0 else None, k, n, j, label), annotator=annotator
            )
            for j, label in enumerate(labels)
        ]

    def _textarea(self, r: dict[str, Any], spans: list[AnnotationRecord] | None, where: str) -> None:
        lines = _get(_get(r, "value", dict, where, {}), "text", list, where, [])
        if not all(isinstance(x, str) for x in lines):
            raise InputError(where, "textarea 'text' must be a list of strings")
        if spans is None:
            self.found.add("text area not attached to a span: not imported", where)
            return
        value = "\n".join(lines)
        for span in spans:
            if r.get("from_name") == "attributes":
                try:
                    attributes = json.loads(value)
                except ValueError:
                    attributes = {"attributes": value}
                span.attributes = attributes if isinstance(attributes, dict) else {"attributes": value}
            else:
                span.note = value

    def _relation(
        self, r: dict[str, Any], spans: dict[Any, list[AnnotationRecord]], annotator: str | None, where: str
    ) -> None:
        source, target = (spans.get(r.get(key)) or [] for key in ("from_id", "to_id"))
        if not (source and target):
            self.found.add("relation to a region that is not a span: not imported", where)
            return
        if len(source) > 1 or len(target) > 1:
            self.found.add("relation to a span with several labels: linked to its first label", where)
        kinds = _get(r, "labels", list, where, None)
        if not kinds:
            kinds = ["source"]
            self.found.add("relation without a label: stored as 'source'", where)
        if r.get("direction") == "left":
            source, target = target, source
        if r.get("direction") == "bi":
            self.found.add("two-way relation: stored from from_id to to_id", where)
        for j, kind in enumerate(kinds):
            self.record.relations.append(
                RelationRecord(
                    kind,
                    str(source[0].id),
                    str(target[0].id),
                    annotator=annotator,
                    id=self._id(r.get("id") if j == 0 else None, where, j, kind),
                )
            )


def _region(r: dict[str, Any], n: int) -> Any:
    """A result's region id (Label Studio writes strings; an id of another type is a key of its own)."""
    key = r.get("id")
    return key if isinstance(key, str | int) and not isinstance(key, bool) else f"_{n}"


def ls_record(obj: Any, origin: str, units: Units | None = None) -> SourceRecord:
    task = _Task(obj, origin, units or Units(None))
    add_defects(task.record, task.found)
    return task.record


def _has_text(obj: Any) -> bool:
    return isinstance(obj, dict) and isinstance(obj.get("data"), dict) and isinstance(obj["data"].get("text"), str)


def read_labelstudio(
    path: Path, *, rel: str | None = None, encoding: str | None = None, offsets: str | None = None
) -> Iterator[SourceRecord]:
    """Tasks from a Label Studio JSON export (an array, streamed) or a JSONL file of tasks. A task without
    ``data.text`` is reported and the others imported; ``offsets`` fixes the unit (else decided per file)."""
    origin = rel or path.name
    carried = Carried(origin, "task has no data.text: nothing to import")
    units = Units(offsets)

    def rows() -> Iterator[SourceRecord | None]:
        for where, obj in iter_json_objects(path, origin, "task"):
            if not isinstance(obj, dict):
                raise InputError(where, f"must be an object, got {type(obj).__name__}")
            if not _has_text(obj):
                carried.skip("task without data.text: not imported", where)
                yield None
                continue
            record = ls_record(obj, where, units)
            state(record, "offsets", units.unit or "codepoint")
            yield record

    return carried.records(rows())
