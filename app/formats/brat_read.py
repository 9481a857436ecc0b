"""The lines of a brat ``.ann`` file into one record: every line is imported or named in the report.

T lines are spans (a discontinuous ``0 3;10 15`` is one span per fragment, the later ones linked from the
first by ``fragment`` relations; fragments that only skip line breaks, as brat writes a span over lines,
are one span). Each E line is a span at its trigger (label = event type, ``attributes["brat"]`` =
``{"id": "E1", "trigger": "T9"}``) with one relation per role argument (``{"event": "E1", "n": 0}``);
an ``*`` line is relations from its first member (``{"equiv": k}``); an R line a relation
(``{"id": "R1"}``). A/M lines are attributes and N lines ``attributes["norm"]`` of the span, event or
relation they name; ``AnnotatorNotes`` is the note, other notes ``attributes["notes"]``. Ids may be
used before the line that defines them. What cannot be kept is counted in ``metadata["defects"]``.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

import orjson

from app.errors import InputError
from app.formats.brat import DATA_NOTE, FRAGMENT, TRIGGER, _flat, line_pieces, unescape
from app.formats.iob import Defects
from app.formats.records import AnnotationRecord, RelationRecord, SourceRecord


@dataclass(slots=True)
class _T:
    label: str
    pieces: list[tuple[int, int]]
    where: str


@dataclass(slots=True)
class _Doc:
    """What the lines define, by brat id, while they are read."""

    text: str
    origin: str
    defects: Defects = field(default_factory=Defects)
    spans: dict[str, AnnotationRecord] = field(default_factory=dict)  # T (entities) and E ids
    links: dict[str, RelationRecord] = field(default_factory=dict)  # R ids
    relations: list[RelationRecord] = field(default_factory=list)
    attributions: list[RelationRecord] = field(default_factory=list)  # kept unless an R line says the same
    data_notes: list[tuple[str, str, str]] = field(default_factory=list)
    groups: int = 0  # equivalences read


def _fields(line: str) -> tuple[str, list[str], str | None]:
    """``key``, the middle field split at spaces, and the text field (None when the line has none)."""
    parts = line.split("\t", 2)
    if len(parts) < 2:
        raise ValueError(line)
    return parts[0], parts[1].split(), parts[2] if len(parts) == 3 else None


def _t_line(line: str, where: str, text: str) -> tuple[str, _T]:
    try:
        key, middle, given = line.split("\t", 2)
        label, frags = middle.split(" ", 1)
        pieces = [(int(a), int(b)) for a, b in (f.split() for f in frags.split(";"))]
    except ValueError:
        raise InputError(where, f"bad T line: {line!r}") from None
    for start, end in pieces:
        if not 0 <= start < end <= len(text):
            raise InputError(where, f"{key} offsets {start} {end} are outside the text (0..{len(text)})")
    found = " ".join(text[s:e] for s, e in pieces)
    if found != given and _flat(found) != _flat(given):
        raise InputError(
            where,
            f"{key} says {given[:40]!r} but the .txt has {found[:40]!r} at {frags}: offsets "
            "must count code points (was the file written with UTF-16 or byte offsets?)",
        )
    return key, _T(label, pieces, where)


def read_lines(lines: list[str], text: str, origin: str, title: str) -> SourceRecord:
    """One document from the split lines of an ``.ann`` file and its text."""
    doc = _Doc(text, origin)
    ts: dict[str, _T] = {}
    rest: list[tuple[str, str]] = []
    for n, line in enumerate(lines, 1):
        where = f"{origin}:{n}"
        if not line.strip():
            continue
        try:
            if line.startswith("T"):
                key, t = _t_line(line, where, text)
                ts[key] = t
            else:
                _fields(line)
                rest.append((line, where))
        except (IndexError, ValueError):
            raise InputError(where, f"malformed line (fields must be TAB-separated): {line[:80]!r}") from None
    events = [(line, where) for line, where in rest if line.startswith("E")]
    triggers = _events(doc, events, ts)
    for key, t in ts.items():
        if key not in triggers:
            _span(doc, key, t)
    for line, where in events:
        _arguments(doc, line, where)
    for line, where in rest:
        try:
            _other(doc, line, where, triggers)
        except (IndexError, ValueError, KeyError):
            raise InputError(where, f"malformed line (fields must be TAB-separated): {line[:80]!r}") from None
    said = {(r.type, r.from_id, r.to_id) for r in doc.relations}
    doc.relations += [r for r in doc.attributions if (r.type, r.from_id, r.to_id) not in said]
    for target, body, where in doc.data_notes:
        _data_note(doc, target, body, where)
    for span in doc.spans.values():  # a new id for each span that no HashiyaData note gave its own
        if span.id is None:
            span.id = str(uuid.uuid4())
    for r in doc.relations:
        r.from_id, r.to_id = str(doc.spans[r.from_id].id), str(doc.spans[r.to_id].id)
    metadata: dict[str, Any] = {}
    if doc.defects.counts:
        metadata["defects"] = {"counts": doc.defects.counts, "examples": doc.defects.examples}
    return SourceRecord(
        text=text,
        origin=origin,
        title=title,
        annotations=list(doc.spans.values()),
        relations=doc.relations,
        metadata=metadata,
    )


def _new(label: str, start: int, end: int, brat: dict[str, Any]) -> AnnotationRecord:
    return AnnotationRecord(label, start, end, attributes={"brat": brat})  # its id: after the HashiyaData notes


def _joined(text: str, pieces: list[tuple[int, int]]) -> bool:
    """Fragments that only skip line breaks: what a writer makes of one span over lines."""
    start, end = pieces[0][0], pieces[-1][1]
    return [tuple(p) for p in line_pieces(start, text[start:end])] == pieces


def _span(doc: _Doc, key: str, t: _T) -> None:
    if len(t.pieces) == 1 or _joined(doc.text, t.pieces):
        doc.spans[key] = _new(t.label, t.pieces[0][0], t.pieces[-1][1], {"id": key})
        return
    doc.spans[key] = _new(t.label, *t.pieces[0], {"id": key})
    for n, (start, end) in enumerate(t.pieces[1:], 1):
        part = f"{key}/{n}"
        doc.spans[part] = _new(t.label, start, end, {"fragment_of": key})
        doc.relations.append(RelationRecord(FRAGMENT, key, part))


def _events(doc: _Doc, events: list[tuple[str, str]], ts: dict[str, _T]) -> set[str]:
    """A span per E line, at its trigger; the T ids used as triggers (not spans of their own)."""
    triggers: set[str] = set()
    for line, where in events:
        key, middle, _ = _fields(line)
        kind, _, trigger = middle[0].partition(":")
        if kind == TRIGGER and _attribution(doc, middle, ts):
            triggers.add(trigger)
            continue
        t = ts.get(trigger)
        if t is None:
            doc.defects.add("event whose trigger is not a T line (not imported)", f"{where} {key}")
            continue
        triggers.add(trigger)
        brat: dict[str, Any] = {"id": key, "trigger": trigger}
        if t.label != kind:
            brat["trigger_type"] = t.label
        if len(t.pieces) > 1 and not _joined(doc.text, t.pieces):
            brat["trigger_fragments"] = [list(p) for p in t.pieces]
        doc.spans[key] = _new(
            kind, t.pieces[0][0], t.pieces[-1][1] if "trigger_fragments" not in brat else t.pieces[0][1], brat
        )
    return triggers


def _attribution(doc: _Doc, middle: list[str], ts: dict[str, _T]) -> bool:
    """A PolNeAR ``Attribution`` event (Source, Content, an optional Cue) is a ``source`` link from the
    content to the source, and a ``cue`` link to the cue: Hashiya's own model."""
    args = dict(f.split(":", 1) for f in middle[1:])
    if set(args) - {"Source", "Content", "Cue"} or not {"Source", "Content"} <= set(args):
        return False
    if any(args[role] not in ts or args[role] == middle[0].partition(":")[2] for role in args):
        return False
    doc.attributions.append(RelationRecord("source", args["Content"], args["Source"]))
    if "Cue" in args:
        doc.attributions.append(RelationRecord("cue", args["Content"], args["Cue"]))
    return True


def _arguments(doc: _Doc, line: str, where: str) -> None:
    key, middle, _ = _fields(line)
    if key not in doc.spans:
        return
    for n, arg in enumerate(middle[1:]):
        role, sep, target = arg.partition(":")
        if not sep or not role:
            doc.defects.add("event argument that is not ROLE:ID (not imported)", f"{where} {arg}")
        elif target not in doc.spans:
            doc.defects.add("event argument naming an id not in the file (not imported)", f"{where} {arg}")
        else:
            doc.relations.append(RelationRecord(role, key, target, attributes={"brat": {"event": key, "n": n}}))


def _other(doc: _Doc, line: str, where: str, triggers: set[str]) -> None:
    kind = line[0]
    key, middle, body = _fields(line)
    if kind == "E":
        return
    if kind == "R":
        _relation(doc, key, middle, where)
    elif kind == "*":
        _equiv(doc, middle, where)
    elif kind in "AM":
        _attribute(doc, key, middle, where, triggers)
    elif kind == "N":
        target = _target(doc, middle[1], where, triggers, "normalisation")
        if target is not None:
            ref, _, ref_id = middle[2].partition(":")
            norm = {"ref": ref, "id": ref_id, "text": body or ""}
            if middle[0] != "Reference":
                norm["type"] = middle[0]
            target.setdefault("norm", []).append(norm)
    elif kind == "#":
        _note(doc, middle, body, where, triggers)
    else:
        doc.defects.add("line of a kind brat does not define (not imported)", f"{where} {line[:30]!r}")


def _relation(doc: _Doc, key: str, middle: list[str], where: str) -> None:
    args = [a.split(":", 1) for a in middle[1:]]
    if len(args) != 2 or any(len(a) != 2 for a in args):
        doc.defects.add("relation without two ROLE:ID arguments (not imported)", f"{where} {key}")
        return
    (role1, first), (role2, second) = args
    if first not in doc.spans or second not in doc.spans:
        doc.defects.add("relation naming an id not in the file (not imported)", f"{where} {key}")
        return
    brat: dict[str, Any] = {"id": key}
    if (role1, role2) != ("Arg1", "Arg2"):
        brat["args"] = [role1, role2]
    doc.links[key] = RelationRecord(middle[0], first, second, attributes={"brat": brat})
    doc.relations.append(doc.links[key])


def _equiv(doc: _Doc, middle: list[str], where: str) -> None:
    members = [m for m in middle[1:] if m in doc.spans]
    for missing in (m for m in middle[1:] if m not in doc.spans):
        doc.defects.add("equivalence member naming an id not in the file (not imported)", f"{where} {missing}")
    if len(members) < 2:
        doc.defects.add("equivalence of fewer than two known members (not imported)", where)
        return
    doc.groups += 1
    for n, member in enumerate(members[1:]):
        doc.relations.append(
            RelationRecord(middle[0], members[0], member, attributes={"brat": {"equiv": doc.groups, "n": n}})
        )


def _target(doc: _Doc, key: str, where: str, triggers: set[str], what: str) -> dict[str, Any] | None:
    """The attributes of the span, event or relation ``key`` names, or None (and a report line)."""
    if key in doc.spans:
        return doc.spans[key].attributes
    if key in doc.links:
        return doc.links[key].attributes
    kind = "an event trigger's T line (brat puts them on the E)" if key in triggers else "an id not in the file"
    doc.defects.add(f"{what} on {kind} (not imported)", f"{where} {key}")
    return None


def _attribute(doc: _Doc, key: str, middle: list[str], where: str, triggers: set[str]) -> None:
    target = _target(doc, middle[1], where, triggers, "attribute")
    if target is None:
        return
    name = middle[0]
    if name in target or name in ("brat", "norm", "notes"):
        doc.defects.add("attribute given twice on one annotation (the first kept)", f"{where} {key} {name}")
        return
    target[name] = " ".join(middle[2:]) if len(middle) > 2 else True


def _note(doc: _Doc, middle: list[str], body: str | None, where: str, triggers: set[str]) -> None:
    if len(middle) < 2:
        raise ValueError(where)
    kind, key = middle[0], middle[1]
    if kind == DATA_NOTE:
        doc.data_notes.append((key, body or "", where))
        return
    owner: AnnotationRecord | RelationRecord | None = doc.spans.get(key) or doc.links.get(key)
    if owner is None:
        _target(doc, key, where, triggers, "note")
        return
    text = unescape(body or "")
    if kind == "AnnotatorNotes" and not owner.note:
        owner.note = text
    else:
        owner.attributes.setdefault("notes", []).append({"type": kind, "text": text})


def _loads(body: str) -> Any:
    """JSON by orjson (a note on every span of a Hashiya export: json.loads was a twentieth of a brat import), by
    json for what orjson refuses and json reads (lone surrogates of an undecodable byte, NaN) and where a float
    came out (orjson makes an integer past 64 bits a float), so that the same notes are read as before."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return json.loads(body)
    return json.loads(body) if _holds_a_float(data) else data


def _holds_a_float(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is float:
            return True
        if kind is dict:
            stack.extend(item.values())
        elif kind is list:
            stack.extend(item)
    return False


def _data_note(doc: _Doc, target: str, body: str, where: str) -> None:
    """Hashiya's own note: the span's (or relation's) id, annotator and full attributes, so that a re-import
    is lossless."""
    span: AnnotationRecord | RelationRecord | None = doc.spans.get(target) or doc.links.get(target)
    if span is None:
        doc.defects.add("HashiyaData note on an id not in the file (not imported)", f"{where} {target}")
        return
    try:
        data = _loads(body)
    except ValueError:
        raise InputError(where, "HashiyaData note is not JSON") from None
    if data.get("id"):
        span.id = str(data["id"])
    span.annotator = data.get("annotator") or None
    if isinstance(data.get("attributes"), dict):  # what was exported, without the brat ids read here
        span.attributes = data["attributes"]
