"""Reading one UIMA CAS XMI file whole (INCEpTION, WebAnno, DKPro, cassis), without its type system.

Every feature structure of the file is either imported or named in the import report
(``metadata["defects"]``) by kind and count with its first places, so the pieces read add up:
``read_cas(...).imported + .reported`` counts every structure of every type.

- Text: the ``_InitialView`` sofa's ``sofaString`` exactly (a CAS without one is refused in one line).
  Offsets are UTF-16 units, converted through ``OffsetMap``.
- Spans: Hashiya's own ``webanno.custom.HashiyaSpan``, DKPro ``NamedEntity`` and every other
  ``webanno.custom.*`` layer. The label is the layer's value feature (its one primitive feature, or
  one named ``value``), else the layer's short type name; its other primitive features become
  attributes. Zero-width annotations, which Hashiya cannot hold, are reported by type.
- Relations: any structure with ``Governor`` and ``Dependent`` between imported spans (INCEpTION's
  relation layers, ``HashiyaRelation``), their label as for spans and their other primitive features as
  the relation's attributes (``HashiyaRelation``: its attributes JSON and note); INCEpTION link (slot)
  features of a span layer become one relation per link, typed by its role.
- The document: ``DocumentAnnotation`` (its language in ``metadata.language``), DKPro
  ``DocumentMetaData`` (title, the rest in ``metadata.document_metadata``), ``HashiyaDocument``.
- Everything else (segmentation, other DKPro layers, arrays and lists, structures of other views)
  is reported as not imported, by type.

Without the type system, a feature is a reference when it is ``Governor``/``Dependent`` or all its
values are ids of structures in the file. A repeated ``xmi:id`` refuses the file.
"""

from __future__ import annotations

import functools
import json
import uuid
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from app.errors import HashiyaError, InputError
from app.formats.filetext import read_text_bytes
from app.formats.iob import Defects
from app.formats.records import AnnotationRecord, RelationRecord, SourceRecord
from app.formats.validate import label_problem, safe_label
from app.text.offsets import OffsetMap

XMI_NS = "http://www.omg.org/XMI"
XMI_ID = f"{{{XMI_NS}}}id"
HASHIYA_SPAN = "webanno.custom.HashiyaSpan"
HASHIYA_RELATION = "webanno.custom.HashiyaRelation"
HASHIYA_DOCUMENT = "webanno.custom.HashiyaDocument"
NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"
DOCUMENT_ANNOTATION = "uima.tcas.DocumentAnnotation"
DOCUMENT_METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
SEGMENTATION = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type."
CUSTOM = "webanno.custom."
INITIAL_VIEW = "_InitialView"
_STRUCTURAL = frozenset({"sofa", "begin", "end"})
_ENDS = ("Governor", "Dependent")


@dataclass(slots=True)
class Fs:
    """One feature structure as written: its type's full name, xmi:id and features (multi-valued ones as lists)."""

    type: str
    id: str
    features: dict[str, str | list[str]]

    @property
    def short(self) -> str:
        return self.type.rsplit(".", 1)[-1]

    def place(self, origin: str) -> str:
        return f"{origin} xmi:id {self.id}"


@dataclass(slots=True)
class CasReading:
    """A file's document, and how many structures of each type were imported and reported."""

    record: SourceRecord
    imported: Counter[str] = field(default_factory=Counter)
    reported: Counter[str] = field(default_factory=Counter)


@functools.cache
def type_name(tag: str) -> str:
    """``{http:///de/x/type.ecore}Token`` -> ``de.x.type.Token``; types without a namespace keep their name
    (cached: a file names few types, each on many elements)."""
    ns, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
    package = ns.removeprefix("http:///").removesuffix(".ecore").replace("/", ".")
    return f"{package}.{local}" if package and package != "uima.noNamespace" else local


def _parse(data: bytes, origin: str) -> tuple[list[Fs], dict[str, Fs], dict[str, list[str]]]:
    """The structures, the sofas by id and each sofa's view members, in file order; duplicate ids refused."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InputError(origin, f"not well-formed XMI: {exc}") from None
    structures: list[Fs] = []
    sofas: dict[str, Fs] = {}
    views: dict[str, list[str]] = {}
    seen: dict[str, str] = {}
    for n, el in enumerate(root):
        name = type_name(el.tag)
        if name == "uima.cas.View":
            views.setdefault(el.get("sofa", ""), []).extend(el.get("members", "").split())
            continue
        if name == "uima.cas.NULL":
            continue
        attrib = el.attrib  # the element's own dict, taken over: the tree is dropped after
        xmi_id = attrib.pop(XMI_ID, None) or f"(element {n + 1})"
        if "{" in "".join(attrib):  # other namespaced attributes (a name without a namespace has no brace)
            attrib = {k: v for k, v in attrib.items() if not k.startswith("{")}
        features = cast("dict[str, str | list[str]]", attrib)
        if xmi_id in seen:
            raise InputError(
                origin,
                f"xmi:id {xmi_id} is used twice ({seen[xmi_id]} and {name}); every feature structure needs its own id",
            )
        seen[xmi_id] = name
        for child in el:
            values = features.setdefault(child.tag, [])
            if isinstance(values, list):
                values.append(child.text or "")
        fs = Fs(name, xmi_id, features)
        if name == "uima.cas.Sofa":
            sofas[xmi_id] = fs
        else:
            structures.append(fs)
    return structures, sofas, views


def _text_sofa(sofas: dict[str, Fs], origin: str) -> tuple[str, str]:
    """The id and text of the ``_InitialView`` sofa, or a one-line refusal."""
    for sofa in sofas.values():
        if sofa.features.get("sofaID", INITIAL_VIEW) == INITIAL_VIEW:
            text = sofa.features.get("sofaString")
            if isinstance(text, str):
                return sofa.id, text
            other = [k for k in ("sofaURI", "sofaArray") if k in sofa.features]
            held = f" (its data is a {other[0]})" if other else ""
            raise InputError(origin, f"no text sofa: the {INITIAL_VIEW} sofa has no sofaString{held}")
    raise InputError(origin, f"no text sofa: the CAS has no {INITIAL_VIEW} sofa")


class _Reader:
    def __init__(self, path: Path, origin: str) -> None:
        self.origin = origin
        self.structures, sofas, views = _parse(read_text_bytes(path), origin)  # one opening: checked, then parsed
        self.sofa_id, self.text = _text_sofa(sofas, origin)
        self.omap = OffsetMap(self.text)
        self.by_id = {fs.id: fs for fs in self.structures}
        self.view_of = {
            m: str(sofas[s].features.get("sofaID", s)) if s in sofas else s
            for s, members in views.items()
            if s != self.sofa_id
            for m in members
        }
        self.defects = Defects()
        self.reading = CasReading(SourceRecord(text=self.text, origin=origin, title=path.stem))
        self.spans: dict[str, AnnotationRecord] = {}
        self.used: set[str] = set()  # structures consumed as parts of others (link features)

    def report(self, fs: Fs, kind: str) -> None:
        self.defects.add(kind, fs.place(self.origin))
        self.reading.reported[fs.type] += 1

    def imported(self, fs: Fs) -> None:
        self.reading.imported[fs.type] += 1

    def is_ref(self, name: str, value: str | list[str]) -> bool:
        if name in _ENDS:
            return True
        parts = value.split() if isinstance(value, str) else []
        return bool(parts) and all(p.isdigit() and p in self.by_id for p in parts)

    def primitives(self, fs: Fs) -> dict[str, str | list[str]]:
        return {k: v for k, v in fs.features.items() if k not in _STRUCTURAL and not self.is_ref(k, v)}

    def read(self) -> CasReading:
        record = self.reading.record
        rest: list[Fs] = []
        for fs in self.structures:  # the document and the spans first: relations point at spans
            if fs.id in self.view_of or fs.features.get("sofa", self.sofa_id) != self.sofa_id:
                view = self.view_of.get(fs.id) or f"of sofa {fs.features.get('sofa')}"
                self.report(fs, f"in view {view}, not imported")
            elif not self._document(fs, record) and not self._span(fs):
                rest.append(fs)
        hosts = [fs for fs in self.structures if fs.id in self.spans and fs.type != HASHIYA_SPAN]
        for fs in hosts:
            self._links(fs)
        for fs in [fs for fs in rest if not self._relation(fs)]:
            if fs.id in self.used:
                self.imported(fs)
            elif fs.type.startswith(SEGMENTATION):
                self.report(fs, f"segmentation ({fs.short}), not imported")
            else:
                self.report(fs, f"{fs.type}, not imported")
        record.annotations = list(self.spans.values())
        if self.defects.counts:
            record.metadata["defects"] = {"counts": self.defects.counts, "examples": self.defects.examples}
        return self.reading

    def _document(self, fs: Fs, record: SourceRecord) -> bool:
        if fs.type == DOCUMENT_ANNOTATION:
            language = fs.features.get("language")
            if isinstance(language, str) and language and language != "x-unspecified":
                record.metadata["language"] = language
        elif fs.type == DOCUMENT_METADATA:
            kept = {k: v for k, v in self.primitives(fs).items()}
            title = kept.get("documentTitle")
            record.title = title if isinstance(title, str) and title else record.title
            record.metadata["document_metadata"] = kept
        elif fs.type == HASHIYA_DOCUMENT:
            title = fs.features.get("title")
            record.title = title if isinstance(title, str) and title else record.title
        else:
            return False
        self.imported(fs)
        return True

    def _offsets(self, fs: Fs) -> tuple[int, int] | None:
        try:
            begin, end = (int(str(fs.features.get(k, "0"))) for k in ("begin", "end"))
            return self.omap.from_utf16(begin), self.omap.from_utf16(end)
        except (ValueError, HashiyaError):
            self.report(fs, f"{fs.short} with offsets outside the text or inside a character, not imported")
            return None

    def _span(self, fs: Fs) -> bool:
        hashiya = fs.type == HASHIYA_SPAN
        if not (
            hashiya
            or fs.type == NAMED_ENTITY
            or (fs.type.startswith(CUSTOM) and "begin" in fs.features and not any(e in fs.features for e in _ENDS))
        ):
            return False
        where = self._offsets(fs)
        if where is None:
            return True
        if where[0] == where[1]:
            self.report(fs, f"zero-width {fs.short}, not imported (a span needs at least one character)")
            return True
        span = self._hashiya_span(fs, *where) if hashiya else self._layer_span(fs, *where)
        self.spans[fs.id] = span
        self.imported(fs)
        return True

    def _json_attributes(self, fs: Fs) -> dict[str, Any]:
        """The ``attributes`` feature of Hashiya's own span and relation types: a JSON object."""
        raw = str(fs.features.get("attributes") or "{}")
        if raw == "{}":  # what Hashiya writes for a span or relation without attributes
            return {}
        try:
            extra = json.loads(raw)
        except ValueError as exc:
            raise InputError(fs.place(self.origin), f"attributes are not JSON: {exc}") from None
        if not isinstance(extra, dict):
            raise InputError(fs.place(self.origin), f"attributes are not a JSON object: {type(extra).__name__}")
        return extra

    def _hashiya_span(self, fs: Fs, start: int, end: int) -> AnnotationRecord:
        get = fs.features.get
        extra = self._json_attributes(fs)
        return AnnotationRecord(
            str(get("label", "")),
            start,
            end,
            id=str(get("hashiyaId") or uuid.uuid4()),
            annotator=str(get("annotator") or "") or None,
            attributes=extra,
            note=str(get("note", "")),
        )

    def _layer_span(self, fs: Fs, start: int, end: int) -> AnnotationRecord:
        label, attributes = self._label(fs)
        return AnnotationRecord(label, start, end, id=str(uuid.uuid4()), attributes=attributes)

    def _label(self, fs: Fs) -> tuple[str, dict[str, str | list[str]]]:
        """The value feature as the label (the rest as attributes), else the short type name and all of them."""
        features = self.primitives(fs)
        key = next(iter(features)) if len(features) == 1 else "value" if "value" in features else None
        value = features.get(key) if key else None
        if not isinstance(value, str) or not value:
            return fs.short, features
        if label_problem(safe_label(value)) is not None:
            self.defects.add(
                f"{fs.short} value that cannot be a label, kept as attribute {key!r}",
                f"{fs.place(self.origin)}: {value!r}",
            )
            return fs.short, features
        return value, {k: v for k, v in features.items() if k != key}

    def _relation(self, fs: Fs) -> bool:
        if not all(e in fs.features for e in _ENDS):
            return False
        ends = [self.spans.get(str(fs.features[e])) for e in _ENDS]
        if ends[0] is None or ends[1] is None:
            self.report(fs, f"{fs.short} between annotations that are not imported")
            return True
        get = fs.features.get
        attributes: dict[str, Any]
        if fs.type == HASHIYA_RELATION:
            kind, rid, who = str(get("label") or "source"), str(get("hashiyaId") or "") or None, get("annotator")
            attributes, note = self._json_attributes(fs), str(get("note") or "")
        else:  # a relation layer's other features are the link's attributes, as a span layer's are the span's
            kind, attributes = self._label(fs)
            rid, who, note = None, None, ""
        self.reading.record.relations.append(
            RelationRecord(
                self._relation_type(kind, fs.short, fs),
                str(ends[0].id),
                str(ends[1].id),
                id=rid,
                annotator=str(who) if who else None,
                attributes=attributes,
                note=note,
            )
        )
        self.imported(fs)
        return True

    def _relation_type(self, value: str, fallback: str, fs: Fs) -> str:
        """``value`` as a relation type: spaces as ``_`` (reported), else ``fallback`` (reported) if still unusable."""
        if label_problem(value) is None:
            return value
        safe = safe_label(value)
        if isinstance(safe, str) and label_problem(safe) is None:
            self.defects.add("relation type with spaces stored with _", f"{fs.place(self.origin)}: {value!r}")
            return safe
        self.defects.add(
            f"{fs.short} value that cannot be a relation type, typed {fallback!r}",
            f"{fs.place(self.origin)}: {value!r}",
        )
        return fallback

    def _links(self, fs: Fs) -> None:
        """A span's reference features: INCEpTION link (slot) features become relations typed by their role."""
        host = self.spans[fs.id]
        for name, value in fs.features.items():
            if name in _STRUCTURAL or name in _ENDS or not self.is_ref(name, value):
                continue
            links = [self.by_id[p] for p in str(value).split()]
            targets = [self.spans.get(str(link.features.get("target"))) for link in links]
            if not all(targets) or not all(set(link.features) <= {"role", "target"} for link in links):
                self.defects.add(f"{fs.short} feature {name!r} (a reference), not imported", fs.place(self.origin))
                continue
            for link, target in zip(links, targets, strict=True):
                assert target is not None  # all(targets)
                role = self._relation_type(str(link.features.get("role") or name), name, link)
                self.reading.record.relations.append(RelationRecord(role, str(host.id), str(target.id)))
                self.used.add(link.id)


def read_cas(path: Path, origin: str) -> CasReading:
    return _Reader(path, origin).read()


def read_xmi(path: Path, *, rel: str | None = None, encoding: str | None = None) -> Iterator[SourceRecord]:
    """One document from a CAS XMI file; what cannot be kept is in its ``metadata["defects"]``."""
    yield read_cas(path, rel or path.name).record
