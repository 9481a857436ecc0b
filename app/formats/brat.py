"""brat standoff: ``NAME.txt`` with the exact text and ``NAME.ann`` with code-point offsets.

Spans are T lines (with the fragments an import kept, see ``brat_read``); events (spans with
``attributes["brat"]["trigger"]``) are a T line per trigger and an E line with their role links; links an
import read from ``*`` lines are ``*`` lines again, other relations R lines. Simple attribute values are A
lines, ``attributes["norm"]`` N lines; notes are ``AnnotatorNotes`` (other note types from
``attributes["notes"]``); a ``HashiyaData`` note per span and R line carries its id, annotator and full
attributes as JSON so that a re-import is lossless. brat ids kept by an import are written again where
free. Each claim->source link is also a PolNeAR-style event ``E1 Attribution:T9 Source:T1 Cue:T2 Content:T3``
whose trigger is the cue (or the claim) span. ``annotation.conf`` declares every type used (``brat_conf``).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.dto import AnnotationData, DocumentData, RelationData
from app.errors import InputError
from app.formats.brat_conf import Usage, conf_text, declare_relations
from app.formats.filetext import check_text_head
from app.formats.records import SourceRecord
from app.formats.safefile import MAX_SIZE, unreadable

OFFSETS = "codepoint"
DATA_NOTE = "HashiyaData"
TRIGGER = "Attribution"
FRAGMENT = "fragment"  # from a discontinuous span's first fragment to each later one
_VALUE = re.compile(r"\A[^\s\x00-\x1f\x7f-\x9f]+\Z")  # an attribute value or a reference: one brat token
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


def line_pieces(start: int, text: str) -> list[list[int]]:
    """A span's brat fragments, one per line as brat makes them (``0 5;6 10``); a line break at the span's
    very start or end stays inside its fragment."""
    pieces = [[start + m.start(), start + m.end()] for m in _LINE.finditer(text)] or [[start, start + len(text)]]
    pieces[0][0], pieces[-1][1] = start, start + len(text)
    return pieces


def _offsets(text: str, spans: list[tuple[int, int]]) -> tuple[str, str]:
    """The offsets and text field of a T line over ``spans`` (each split at line breaks)."""
    pieces = [p for s, e in sorted(spans) for p in line_pieces(s, text[s:e])]
    return ";".join(f"{s} {e}" for s, e in pieces), _flat(" ".join(text[s:e] for s, e in pieces))


def _fragments(a: AnnotationData) -> tuple[str, str]:
    """A span's brat offsets and text field (``0 5;6 10``, text ``"abcde fghi"``)."""
    pieces = line_pieces(a.start, a.text)
    text = " ".join(a.text[s - a.start : e - a.start] for s, e in pieces)
    return ";".join(f"{s} {e}" for s, e in pieces), _flat(text)


def _name(kind: str, value: str) -> str:
    if not _NAME.match(value):
        raise InputError(kind, f"{value!r} cannot be a brat type name (letters, digits, _ / - only)")
    return value


def _brat(item: AnnotationData | RelationData) -> dict[str, Any]:
    value = item.attributes.get("brat")
    return value if isinstance(value, dict) else {}


class _Ids:
    """brat ids: the ones an import kept (``attributes["brat"]["id"]``) where still free, else the next free."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.next: dict[str, int] = {}

    def keep(self, wanted: object, prefix: str) -> str | None:
        if isinstance(wanted, str) and re.fullmatch(prefix + r"[1-9]\d*", wanted) and wanted not in self.used:
            self.used.add(wanted)
            return wanted
        return None

    def new(self, prefix: str) -> str:
        n = self.next.get(prefix, 1)
        while f"{prefix}{n}" in self.used:
            n += 1
        self.next[prefix] = n + 1
        self.used.add(f"{prefix}{n}")
        return f"{prefix}{n}"


class _Ann:
    """The lines of one document's ``.ann`` file, and what they use (for ``annotation.conf``)."""

    def __init__(self, doc: DocumentData, usage: Usage) -> None:
        self.doc, self.usage, self.ids = doc, usage, _Ids()
        self.by_id = {a.id: a for a in doc.annotations}
        self.parts: dict[str, list[AnnotationData]] = {}
        self.head: dict[str, str] = {}
        for r in doc.relations:
            to = self.by_id.get(r.to_id)
            if r.type == FRAGMENT and to and "fragment_of" in _brat(to) and r.from_id in self.by_id:
                self.parts.setdefault(r.from_id, []).append(to)
                self.head[r.to_id] = r.from_id
        live = [a for a in doc.annotations if a.id not in self.head]
        self.events = [a for a in live if "trigger" in _brat(a)]
        self.entities = [a for a in live if "trigger" not in _brat(a)]
        self.tid: dict[str, str] = {}
        self.triggers: dict[tuple[Any, ...], str] = {}

    def _assign(self) -> None:
        for a in self.entities:
            if (kept := self.ids.keep(_brat(a).get("id"), "T")) is not None:
                self.tid[a.id] = kept
        for a in self.events:
            if (kept := self.ids.keep(_brat(a).get("id"), "E")) is not None:
                self.tid[a.id] = kept
            key = self._trigger_key(a)
            if key not in self.triggers and (kept := self.ids.keep(key[0], "T")) is not None:
                self.triggers[key] = kept
        for a in self.entities:
            self.tid.setdefault(a.id, self.ids.new("T"))
        for a in self.events:
            self.tid.setdefault(a.id, self.ids.new("E"))
            key = self._trigger_key(a)
            if key not in self.triggers:
                self.triggers[key] = self.ids.new("T")
        for part, head in self.head.items():
            self.tid[part] = self.tid[head]

    @staticmethod
    def _trigger_key(a: AnnotationData) -> tuple[Any, ...]:
        brat = _brat(a)
        spans = brat.get("trigger_fragments") or [[a.start, a.end]]
        return brat.get("trigger"), brat.get("trigger_type") or a.label, tuple(map(tuple, spans))

    def _kind(self, annotation_id: str) -> str:
        return self.by_id[self.head.get(annotation_id, annotation_id)].label

    def lines(self) -> Iterator[str]:
        self._assign()
        text = self.doc.text
        for a in self.entities:
            offsets, piece = _offsets(text, [(p.start, p.end) for p in [a, *self.parts.get(a.id, [])]])
            self.usage.entity(a.label)
            yield f"{self.tid[a.id]}\t{_name('label', a.label)} {offsets}\t{piece}"
        for (_, kind, spans), t in self.triggers.items():
            offsets, piece = _offsets(text, [(s, e) for s, e in spans])
            self.usage.event(kind)
            yield f"{t}\t{_name('label', kind)} {offsets}\t{piece}"
        roles: dict[str, list[RelationData]] = {}
        equivs: dict[tuple[str, str, object], list[RelationData]] = {}
        links: list[RelationData] = []
        written = {a.id for a in self.events}
        for r in self.doc.relations:
            brat = _brat(r)
            if r.to_id in self.head and r.type == FRAGMENT:
                continue
            if brat.get("event") is not None and r.from_id in written:
                roles.setdefault(r.from_id, []).append(r)
            elif brat.get("equiv") is not None:
                equivs.setdefault((r.type, r.from_id, brat["equiv"]), []).append(r)
            else:
                links.append(r)
        for a in self.events:
            args = sorted(roles.get(a.id, []), key=lambda r: (_order(r), r.type))
            self.usage.event(a.label)
            for r in args:
                self.usage.event(a.label, r.type, self._kind(r.to_id))
            trigger = self.triggers[self._trigger_key(a)]
            yield f"{self.tid[a.id]}\t{_name('label', a.label)}:{trigger}" + "".join(
                f" {_name('role', r.type)}:{self.tid[r.to_id]}" for r in args
            )
        rid: dict[str, str] = {}
        for r in links:
            rid[r.id] = self.ids.keep(_brat(r).get("id"), "R") or ""
        for r in links:
            rid[r.id] = rid[r.id] or self.ids.new("R")
            names = _brat(r).get("args")
            ends = (str(names[0]), str(names[1])) if isinstance(names, list) and len(names) == 2 else ("Arg1", "Arg2")
            self.usage.relation(r.type, ends, (self._kind(r.from_id), self._kind(r.to_id)))
            yield (
                f"{rid[r.id]}\t{_name('relation type', r.type)} {_name('role', ends[0])}:{self.tid[r.from_id]} "
                f"{_name('role', ends[1])}:{self.tid[r.to_id]}"
            )
        for (kind, first, _), members in equivs.items():
            members.sort(key=_order)
            kinds = [self._kind(x) for x in [first, *(m.to_id for m in members)]]
            self.usage.equivs.setdefault(kind, set()).update(kinds)
            yield f"*\t{_name('relation type', kind)} {self.tid[first]}" + "".join(
                f" {self.tid[m.to_id]}" for m in members
            )
        notes = attrs = norms = 0
        targets: list[tuple[AnnotationData | RelationData, str]] = [(a, self.tid[a.id]) for a in self.entities]
        targets += [(a, self.tid[a.id]) for a in self.events] + [(r, rid[r.id]) for r in links]
        for item, t in targets:
            kind = item.label if isinstance(item, AnnotationData) else item.type
            for key, value in item.attributes.items():
                if key in _OWN or not _NAME.match(key):
                    continue
                if value is True:
                    attrs += 1
                    self.usage.attribute(key, kind, None)
                    yield f"A{attrs}\t{key} {t}"
                elif isinstance(value, str | int) and not isinstance(value, bool) and _VALUE.match(str(value)):
                    attrs += 1
                    self.usage.attribute(key, kind, str(value))
                    yield f"A{attrs}\t{key} {t} {value}"
            for norm in _dicts(item.attributes.get("norm")):
                if _VALUE.match(str(norm.get("ref", ""))) and _VALUE.match(str(norm.get("id", ""))):
                    norms += 1
                    yield (
                        f"N{norms}\t{norm.get('type', 'Reference')} {t} {norm['ref']}:{norm['id']}\t"
                        f"{_flat(str(norm.get('text', '')))}"
                    )
            if item.note:
                notes += 1
                yield f"#{notes}\tAnnotatorNotes {t}\t{escape(item.note)}"
            for note in _dicts(item.attributes.get("notes")):
                if _NAME.match(str(note.get("type", ""))):
                    notes += 1
                    yield f"#{notes}\t{note['type']} {t}\t{escape(str(note.get('text', '')))}"
            notes += 1
            data = {"id": item.id, "annotator": item.annotator, "attributes": item.attributes}
            yield f"#{notes}\t{DATA_NOTE} {t}\t{_json(data)}"
        yield from self._attributions()

    def _attributions(self) -> Iterator[str]:
        """Each claim->source link also as a PolNeAR ``Attribution`` event, triggered by its cue (or claim)."""
        cues = {r.from_id: r.to_id for r in self.doc.relations if r.type == "cue"}
        for r in self.doc.relations:
            if r.type != "source" or r.from_id not in self.tid or r.to_id not in self.tid:
                continue
            trigger = self.by_id[cues.get(r.from_id, r.from_id)]
            offsets, text = _fragments(trigger)
            t, e = self.ids.new("T"), self.ids.new("E")
            yield f"{t}\t{TRIGGER} {offsets}\t{text}"
            cue = f" Cue:{self.tid[cues[r.from_id]]}" if r.from_id in cues and cues[r.from_id] in self.tid else ""
            yield f"{e}\t{TRIGGER}:{t} Source:{self.tid[r.to_id]}{cue} Content:{self.tid[r.from_id]}"


_OWN = frozenset({"brat", "norm", "notes"})


def _order(r: RelationData) -> int:
    n = _brat(r).get("n")
    return n if isinstance(n, int) else 0


def _dicts(value: object) -> list[dict[str, Any]]:
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def ann_lines(doc: DocumentData, usage: Usage | None = None) -> Iterator[str]:
    """The lines of the ``.ann`` file for ``doc``."""
    return _Ann(doc, usage or Usage()).lines()


class BratWriter:
    """Writes ``doc-<id>.txt``/``.ann`` pairs into a folder, and ``annotation.conf`` at the end."""

    offsets = OFFSETS
    holds_relations = True

    def __init__(self, folder: Path, ctx: Any) -> None:
        self.folder, self.ctx = Path(folder), ctx
        self.labels: list[str] = list(ctx.labels)
        self.usage = Usage()
        self.attribution = False

    def write(self, doc: DocumentData) -> None:
        doc = self._typeable(doc)
        stem = self.folder / f"doc-{doc.id}"
        lines = list(ann_lines(doc, self.usage))
        stem.with_suffix(".txt").write_bytes(doc.text.encode("utf-8", "surrogatepass"))
        stem.with_suffix(".ann").write_bytes(("\n".join(lines) + "\n" if lines else "").encode("utf-8"))
        self.attribution = self.attribution or any(r.type == "source" for r in doc.relations)

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
                self.ctx.skip_link(doc, f"{r.type} link", "type or an end is not exportable to brat")
        return dataclasses.replace(doc, annotations=[a for a in doc.annotations if a.id not in bad], relations=links)

    def close(self) -> None:
        labels = [x for x in self.labels if _NAME.match(x)]
        self._declare_schema_attributes(labels)
        schema = getattr(self.ctx, "schema", None)
        declare_relations(self.usage, schema.relations if schema else (), labels)
        events = {TRIGGER: "Source:<ENTITY>, Cue?:<ENTITY>, Content:<ENTITY>"}
        (self.folder / "annotation.conf").write_text(conf_text(self.usage, labels, events), encoding="utf-8")

    def _declare_schema_attributes(self, labels: list[str]) -> None:
        """The schema's choice and boolean attributes of the exported labels, with every choice, used or not
        (brat's attributes are flags or closed value sets; text, number and date values stay as written)."""
        schema = getattr(self.ctx, "schema", None)
        for label in schema.labels if schema else ():
            if label.name not in labels:
                continue
            for a in label.attributes:
                if not _NAME.match(a.name) or a.kind not in ("choice", "boolean"):
                    continue
                values = [v for v in a.values if _VALUE.match(v)] if a.kind == "choice" else [None]
                for value in values:
                    self.usage.attribute(a.name, label.name, value)


def read_brat(ann: Path, *, rel: str | None = None, encoding: str | None = None) -> Iterator[SourceRecord]:
    """One document from ``x.ann`` and its ``x.txt`` (offsets must match the text exactly)."""
    from app.formats.brat_read import read_lines  # it builds on this module's escaping

    txt = ann.with_suffix(".txt")
    origin = rel or ann.name
    try:
        data = ann.read_bytes()
    except OSError as exc:
        raise InputError(str(ann), exc.strerror or str(exc)) from None
    check_text_head(data, str(ann))  # read once (the check opening it again was 4% of a brat import)
    if not txt.is_file():
        raise InputError(origin, f"no {txt.name} beside it")
    # neither a link: both in the same real folder (resolving the two paths of every document was 6% of a
    # brat import)
    if (txt.is_symlink() or ann.is_symlink()) and not txt.resolve().is_relative_to(ann.resolve().parent):
        raise InputError(origin, f"{txt.name} is a link out of its folder")
    reason = unreadable(txt, MAX_SIZE)
    if reason:
        raise InputError(origin, f"{txt.name}: {reason}")
    text = txt.read_bytes().decode(encoding or "utf-8", "surrogateescape")
    try:
        lines = _split(data.decode(encoding or "utf-8"))
    except UnicodeDecodeError as exc:
        line_no = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{origin}:{line_no}", f"not valid {exc.encoding} ({exc.reason}); name the encoding with --encoding"
        ) from None
    yield read_lines(lines, text, origin, ann.stem)


def _split(content: str) -> list[str]:
    """The lines of an ``.ann`` file: split at ``\\n`` only, as brat's tools do (``str.splitlines`` also
    splits at U+2028, U+0085 ... and cut notes and span texts there); a CRLF file's ``\\r`` is dropped."""
    return [line.removesuffix("\r") for line in content.split("\n")]
