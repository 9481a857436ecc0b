"""brat standoff: ``NAME.txt`` with the exact text and ``NAME.ann`` with code-point offsets.

Spans are T lines; simple attribute values are A lines; notes are ``AnnotatorNotes``; a ``HashiyaData``
note per span carries its id, annotator and full attributes as JSON so that a re-import is lossless.
Each relation is an R line, and each claim->source link is also a PolNeAR-style event
``E1 Attribution:T9 Source:T1 Cue:T2 Content:T3`` whose trigger is the cue (or the claim) span.
"""

from __future__ import annotations

import dataclasses
import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.dto import AnnotationData, DocumentData
from app.errors import InputError
from app.formats.records import AnnotationRecord, RelationRecord, SourceRecord
from app.formats.safefile import MAX_SIZE, unreadable

OFFSETS = "codepoint"
DATA_NOTE = "HashiyaData"
TRIGGER = "Attribution"
_WORD = re.compile(r"\A\w+\Z")
_NAME = re.compile(r"\A[\w/-]+\Z")
# str.splitlines() breaks lines at \v \f \x1c-\x1e U+0085 U+2028 U+2029 too (brat 1.3 reads .ann files through
# codecs, bratly with splitlines: both split there), and control characters make a file look binary. In a note
# they are written \uXXXX (all C0 and C1 controls); in a T line's text field they are spaces.
_BREAKS = "".join(map(chr, range(32))) + "\x85\u2028\u2029"
_CONTROLS = "".join(map(chr, [*range(32), *range(0x7F, 0xA0)])) + "\u2028\u2029"
_ESCAPES = {c: f"\\u{ord(c):04x}" for c in _CONTROLS} | {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_TO_ESCAPE = re.compile("[" + re.escape("".join(_ESCAPES)) + "]")
_UNESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.S)
_FLAT = str.maketrans(dict.fromkeys(_BREAKS, " "))
_LINE = re.compile(r"[^\n]+")


def escape(value: str) -> str:
    """A note on one line: backslash, \\n, \\r, \\t, and \\uXXXX for the other controls and line breaks."""
    return _TO_ESCAPE.sub(lambda m: _ESCAPES[m[0]], value)


def _unescaped(m: re.Match[str]) -> str:
    code = m[1]
    return chr(int(code[1:], 16)) if len(code) == 5 else {"n": "\n", "r": "\r", "t": "\t"}.get(code, code)


def unescape(value: str) -> str:
    return _UNESCAPE.sub(_unescaped, value)


def _json(data: Any) -> str:
    """JSON on one line: ``json.dumps`` leaves U+0085, U+2028 and U+2029 raw (they occur only in strings)."""
    return json.dumps(data, ensure_ascii=False).translate({ord(c): f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"})


def _flat(text: str) -> str:
    """The text field of a T line: brat shows line breaks (and we tabs) as spaces; readers use the offsets."""
    return text.translate(_FLAT)


def _fragments(a: AnnotationData) -> tuple[str, str]:
    """A span's brat offsets and text field: one fragment per line as brat makes them (``0 5;6 10``,
    text ``"abcde fghi"``); a line break at the span's very start or end stays inside its fragment."""
    pieces = [[a.start + m.start(), a.start + m.end()] for m in _LINE.finditer(a.text)] or [[a.start, a.end]]
    pieces[0][0], pieces[-1][1] = a.start, a.end
    text = " ".join(a.text[s - a.start:e - a.start] for s, e in pieces)
    return ";".join(f"{s} {e}" for s, e in pieces), _flat(text)


def _name(kind: str, value: str) -> str:
    if not _NAME.match(value):
        raise InputError(kind, f"{value!r} cannot be a brat type name (letters, digits, _ / - only)")
    return value


def ann_lines(doc: DocumentData) -> Iterator[str]:
    """The lines of the ``.ann`` file for ``doc``."""
    tid: dict[str, str] = {}
    notes = attrs = 0
    by_id: dict[str, AnnotationData] = {}
    for n, a in enumerate(doc.annotations, 1):
        tid[a.id] = f"T{n}"
        by_id[a.id] = a
        offsets, text = _fragments(a)
        yield f"T{n}\t{_name('label', a.label)} {offsets}\t{text}"
    for a in doc.annotations:
        t = tid[a.id]
        for key, value in a.attributes.items():
            if not _NAME.match(key):
                continue
            if value is True:
                attrs += 1
                yield f"A{attrs}\t{key} {t}"
            elif isinstance(value, str | int) and not isinstance(value, bool) and _WORD.match(str(value)):
                attrs += 1
                yield f"A{attrs}\t{key} {t} {value}"
        if a.note:
            notes += 1
            yield f"#{notes}\tAnnotatorNotes {t}\t{escape(a.note)}"
        notes += 1
        data = {"id": a.id, "annotator": a.annotator, "attributes": a.attributes}
        yield f"#{notes}\t{DATA_NOTE} {t}\t{_json(data)}"
    next_t = len(doc.annotations)
    cues = {r.from_id: r.to_id for r in doc.relations if r.type == "cue"}
    for n, r in enumerate(doc.relations, 1):
        yield f"R{n}\t{_name('relation type', r.type)} Arg1:{tid[r.from_id]} Arg2:{tid[r.to_id]}"
    events = 0
    for r in doc.relations:
        if r.type != "source":
            continue
        trigger = by_id[cues.get(r.from_id, r.from_id)]
        next_t += 1
        events += 1
        offsets, text = _fragments(trigger)
        yield f"T{next_t}\t{TRIGGER} {offsets}\t{text}"
        cue = f" Cue:{tid[cues[r.from_id]]}" if r.from_id in cues else ""
        yield f"E{events}\t{TRIGGER}:T{next_t} Source:{tid[r.to_id]}{cue} Content:{tid[r.from_id]}"


class BratWriter:
    """Writes ``doc-<id>.txt``/``.ann`` pairs into a folder, and ``annotation.conf`` at the end."""

    offsets = OFFSETS

    def __init__(self, folder: Path, ctx: Any) -> None:
        self.folder, self.ctx = Path(folder), ctx
        self.labels: list[str] = list(ctx.labels)
        self.relation_types: set[str] = set()

    def write(self, doc: DocumentData) -> None:
        doc = self._typeable(doc)
        stem = self.folder / f"doc-{doc.id}"
        lines = list(ann_lines(doc))
        stem.with_suffix(".txt").write_bytes(doc.text.encode("utf-8", "surrogatepass"))
        stem.with_suffix(".ann").write_bytes(("\n".join(lines) + "\n" if lines else "").encode("utf-8"))
        self.relation_types.update(r.type for r in doc.relations)
        self.labels.extend(a.label for a in doc.annotations if a.label not in self.labels)

    def _typeable(self, doc: DocumentData) -> DocumentData:
        """Leave out (and report) spans and links whose label brat cannot use as a type name."""
        bad = {a.id for a in doc.annotations if not _NAME.match(a.label)}
        links = [r for r in doc.relations if _NAME.match(r.type) and not {r.from_id, r.to_id} & bad]
        if not bad and len(links) == len(doc.relations):
            return doc
        for a in doc.annotations:
            if a.id in bad:
                self.ctx.skip(doc, f"{a.label} [{a.start}, {a.end})", "label is not a brat type name")
        for r in doc.relations:
            if r not in links:
                self.ctx.skip(doc, f"{r.type} link", "type or an end is not exportable to brat")
        return dataclasses.replace(doc, annotations=[a for a in doc.annotations if a.id not in bad], relations=links)

    def close(self) -> None:
        labels = [x for x in self.labels if _NAME.match(x)]
        rels = [f"{t}\tArg1:<ENTITY>, Arg2:<ENTITY>" for t in sorted(self.relation_types)]
        conf = ["[entities]", *labels, TRIGGER, "[relations]", *rels, "[events]",
                f"{TRIGGER}\tSource:<ENTITY>, Cue?:<ENTITY>, Content:<ENTITY>", "[attributes]", ""]
        (self.folder / "annotation.conf").write_text("\n".join(conf), encoding="utf-8")


def _parse_t(line: str, origin: str) -> tuple[str, str, int, int]:
    try:
        key, middle, _ = line.split("\t", 2)
        label, frags = middle.split(" ", 1)
        pieces = [tuple(int(x) for x in f.split()) for f in frags.split(";")]
        return key, label, pieces[0][0], pieces[-1][1]
    except ValueError:
        raise InputError(origin, f"bad T line: {line!r}") from None


def read_brat(ann: Path, *, rel: str | None = None, encoding: str | None = None) -> Iterator[SourceRecord]:
    """One document from ``x.ann`` and its ``x.txt`` (offsets must match the text exactly)."""
    txt = ann.with_suffix(".txt")
    origin = rel or ann.name
    if not txt.is_file():
        raise InputError(origin, f"no {txt.name} beside it")
    if not txt.resolve().is_relative_to(ann.resolve().parent):
        raise InputError(origin, f"{txt.name} is a link out of its folder")
    reason = unreadable(txt, MAX_SIZE)
    if reason:
        raise InputError(origin, f"{txt.name}: {reason}")
    text = txt.read_bytes().decode(encoding or "utf-8", "surrogateescape")
    try:
        lines = _split(ann.read_bytes().decode(encoding or "utf-8"))
    except UnicodeDecodeError as exc:
        line_no = ann.read_bytes()[: exc.start].count(b"\n") + 1
        raise InputError(f"{origin}:{line_no}", f"not valid {exc.encoding} ({exc.reason}); "
                                                "name the encoding with --encoding") from None
    try:
        triggers = {a.split(":")[1] for line in lines if line.startswith("E")
                    for a in line.split("\t")[1].split()[:1]}
    except IndexError:
        raise InputError(origin, "an E line is not 'E<n><TAB>TYPE:TRIGGER ...'") from None
    spans: dict[str, AnnotationRecord] = {}
    relations: list[RelationRecord] = []
    event_pairs: list[tuple[str, str]] = []
    for n, line in enumerate(lines, 1):
        where = f"{origin}:{n}"
        try:
            _line(line, where, spans, triggers, relations, event_pairs)
        except (IndexError, ValueError, KeyError):
            raise InputError(where, f"malformed line (fields must be TAB-separated): {line[:80]!r}") from None
    have = {(r.from_id, r.to_id) for r in relations if r.type == "source"}
    relations += [RelationRecord("source", c, s) for c, s in event_pairs if (c, s) not in have]
    for r in relations:
        r.from_id, r.to_id = str(spans[r.from_id].id), str(spans[r.to_id].id)
    yield SourceRecord(text=text, origin=origin, title=ann.stem, annotations=list(spans.values()),
                       relations=relations)


def _split(content: str) -> list[str]:
    """The lines of an ``.ann`` file: split at ``\\n`` only, as brat's tools do (``str.splitlines`` also
    splits at U+2028, U+0085 ... and cut notes and span texts there); a CRLF file's ``\\r`` is dropped."""
    return [line.removesuffix("\r") for line in content.split("\n")]


def _note(line: str, spans: dict[str, AnnotationRecord], where: str) -> None:
    parts = line.split("\t", 2)
    if len(parts) < 3:
        return
    kind, _, target = parts[1].partition(" ")
    if target not in spans:
        return
    if kind == DATA_NOTE:
        try:
            data = json.loads(parts[2])
        except ValueError:
            raise InputError(where, "HashiyaData note is not JSON") from None
        span = spans[target]
        span.id = str(data.get("id") or span.id)
        span.annotator = data.get("annotator") or None
        span.attributes = data.get("attributes") or span.attributes
    elif kind == "AnnotatorNotes":
        spans[target].note = unescape(parts[2])


def _line(line: str, where: str, spans: dict[str, AnnotationRecord], triggers: set[str],
          relations: list[RelationRecord], event_pairs: list[tuple[str, str]]) -> None:
    """One line of an ``.ann`` file into ``spans``, ``relations`` and ``event_pairs``."""
    if line.startswith("T"):
        key, label, start, end = _parse_t(line, where)
        if key not in triggers:
            spans[key] = AnnotationRecord(label, start, end, id=str(uuid.uuid4()))
    elif line.startswith("A") or line.startswith("M"):
        fields = line.split("\t")[1].split()
        if len(fields) >= 2 and fields[1] in spans:
            spans[fields[1]].attributes[fields[0]] = " ".join(fields[2:]) if len(fields) > 2 else True
    elif line.startswith("#"):
        _note(line, spans, where)
    elif line.startswith("R"):
        fields = line.split("\t")[1].split()
        args = dict(f.split(":", 1) for f in fields[1:])
        if args.get("Arg1") in spans and args.get("Arg2") in spans:
            relations.append(RelationRecord(fields[0], args["Arg1"], args["Arg2"]))
    elif line.startswith("E"):
        args = dict(f.split(":", 1) for f in line.split("\t")[1].split()[1:])
        if args.get("Content") in spans and args.get("Source") in spans:
            event_pairs.append((args["Content"], args["Source"]))
