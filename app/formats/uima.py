"""UIMA CAS as XMI and as JSON (with ``TypeSystem.xml``), the way INCEpTION imports them.

Offsets are UTF-16 code units, as Java counts them, converted only through ``OffsetMap``. Spans are
``webanno.custom.HashiyaSpan`` (label, attributes as JSON, note, annotator, hashiyaId); links are
``webanno.custom.HashiyaRelation`` (Governor -> Dependent, INCEpTION's relation-layer features; label,
attributes as JSON, note, annotator, hashiyaId);
``webanno.custom.HashiyaDocument`` holds the document id, title, text sha256 and offset unit.

XML 1.0 cannot hold most C0 control characters (news text has U+001A): the XMI writer refuses such a
document with an error naming it instead of changing the text; CAS JSON holds it fine.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from app.dto import DocumentData
from app.errors import HashiyaError
from app.formats.uima_read import read_xmi as read_xmi  # the reader, where annotated.py finds it
from app.text.offsets import OffsetMap

OFFSETS = "utf16"
SPAN = "webanno.custom.HashiyaSpan"
RELATION = "webanno.custom.HashiyaRelation"
DOCUMENT = "webanno.custom.HashiyaDocument"
NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"
STRING = "uima.cas.String"
TYPES: dict[str, dict[str, str]] = {
    SPAN: {"label": STRING, "attributes": STRING, "note": STRING, "annotator": STRING, "hashiyaId": STRING},
    RELATION: {
        "Governor": SPAN,
        "Dependent": SPAN,
        "label": STRING,
        "attributes": STRING,
        "note": STRING,
        "annotator": STRING,
        "hashiyaId": STRING,
    },
    DOCUMENT: {"documentId": STRING, "title": STRING, "sha256": STRING, "offsetUnit": STRING},
}
_BAD_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CUSTOM_NS = "http:///webanno/custom.ecore"


_FEATURE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def schema_features(schema: Any) -> tuple[str, ...]:
    """The schema's attribute names that become String features of the span type (Java identifiers that
    are not features already), so INCEpTION shows ``kind`` or ``quote`` as features of their own; the
    ``attributes`` JSON feature still holds them all."""
    names = dict.fromkeys(a.name for label in (schema.labels if schema else ()) for a in label.attributes)
    reserved = {*TYPES[SPAN], "begin", "end", "sofa"}
    return tuple(n for n in names if _FEATURE.match(n) and n not in reserved)


def _types(features: tuple[str, ...]) -> dict[str, dict[str, str]]:
    return {**TYPES, SPAN: {**TYPES[SPAN], **dict.fromkeys(features, STRING)}}


def _feature_value(value: object) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, str | int | float) else None


def typesystem_xml(features: tuple[str, ...] = ()) -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier">',
        "  <types>",
    ]
    for name, feats in _types(features).items():
        out += [
            "    <typeDescription>",
            f"      <name>{name}</name>",
            "      <description/>",
            "      <supertypeName>uima.tcas.Annotation</supertypeName>",
            "      <features>",
        ]
        for feat, rng in feats.items():
            out.append(
                f"        <featureDescription><name>{feat}</name><description/>"
                f"<rangeTypeName>{rng}</rangeTypeName></featureDescription>"
            )
        out += ["      </features>", "    </typeDescription>"]
    out += ["  </types>", "</typeSystemDescription>", ""]
    return "\n".join(out)


def _check_xml(doc: DocumentData, value: str, what: str) -> str:
    bad = _BAD_XML.search(value)
    if bad:
        raise HashiyaError(
            f"document {doc.id} ({doc.title!r}): its {what} contains U+{ord(bad.group()):04X} "
            f"at {bad.start()}, which XML 1.0 (XMI) cannot hold; export it as casjson instead"
        )
    return value


def _attr(value: str) -> str:
    return quoteattr(value, {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _fs(doc: DocumentData, features: tuple[str, ...] = ()) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """(type, id, features) of every feature structure, begin/end in UTF-16 units.

    Ids: 1 the sofa, 2 the DocumentAnnotation, then the spans, the relations and the document record.
    """
    omap = OffsetMap(doc.text)
    ids = {a.id: n for n, a in enumerate(doc.annotations, 3)}
    by_id = {a.id: a for a in doc.annotations}
    for a in doc.annotations:
        own = {f: v for f in features if f in a.attributes and (v := _feature_value(a.attributes[f])) is not None}
        yield (
            SPAN,
            ids[a.id],
            {
                "begin": omap.to_utf16(a.start),
                "end": omap.to_utf16(a.end),
                "label": a.label,
                "attributes": json.dumps(a.attributes, ensure_ascii=False),
                "note": a.note,
                "annotator": a.annotator,
                "hashiyaId": a.id,
                **own,
            },
        )
    for n, r in enumerate(doc.relations, 3 + len(doc.annotations)):
        dep = by_id[r.to_id]
        yield (
            RELATION,
            n,
            {
                "begin": omap.to_utf16(dep.start),
                "end": omap.to_utf16(dep.end),
                "@Governor": ids[r.from_id],
                "@Dependent": ids[r.to_id],
                "label": r.type,
                "attributes": json.dumps(r.attributes, ensure_ascii=False),
                "note": r.note,
                "annotator": r.annotator,
                "hashiyaId": r.id,
            },
        )
    yield (
        DOCUMENT,
        3 + len(doc.annotations) + len(doc.relations),
        {
            "begin": 0,
            "end": omap.utf16_length,
            "documentId": str(doc.id),
            "title": doc.title,
            "sha256": doc.sha256,
            "offsetUnit": OFFSETS,
        },
    )


def xmi_document(doc: DocumentData, features: tuple[str, ...] = ()) -> str:
    _check_xml(doc, doc.text, "text")
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore" '
        f'xmlns:tcas="http:///uima/tcas.ecore" xmlns:custom="{_CUSTOM_NS}" xmi:version="2.0">',
        '<cas:NULL xmi:id="0"/>',
        f'<tcas:DocumentAnnotation xmi:id="2" sofa="1" begin="0" end="{OffsetMap(doc.text).utf16_length}" '
        'language="ar"/>',
    ]
    members = ["2"]
    for kind, xmi_id, feats in _fs(doc, features):
        attrs = " ".join(f"{k.lstrip('@')}={_attr(_check_xml(doc, str(v), k))}" for k, v in feats.items())
        out.append(f'<custom:{kind.rsplit(".", 1)[1]} xmi:id="{xmi_id}" sofa="1" {attrs}/>')
        members.append(str(xmi_id))
    out.append(f'<cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" mimeType="text" sofaString={_attr(doc.text)}/>')
    out.append(f'<cas:View sofa="1" members="{" ".join(members)}"/>')
    out.append("</xmi:XMI>\n")
    return "\n".join(out)


def casjson_document(doc: DocumentData, features: tuple[str, ...] = ()) -> dict[str, Any]:
    types = {
        name: {
            "%NAME": name,
            "%SUPER_TYPE": "uima.tcas.Annotation",
            **{f: {"%NAME": f, "%RANGE": r} for f, r in feats.items()},
        }
        for name, feats in _types(features).items()
    }
    structures: list[dict[str, Any]] = [
        {
            "%ID": 1,
            "%TYPE": "uima.cas.Sofa",
            "sofaNum": 1,
            "sofaID": "_InitialView",
            "mimeType": "text",
            "sofaString": doc.text,
        }
    ]
    members = []
    for kind, fs_id, feats in _fs(doc, features):
        structures.append({"%ID": fs_id, "%TYPE": kind, "@sofa": 1, **feats})
        members.append(fs_id)
    return {
        "%TYPES": types,
        "%FEATURE_STRUCTURES": structures,
        "%VIEWS": {"_InitialView": {"%SOFA": 1, "%MEMBERS": members}},
    }


class XmiWriter:
    offsets = OFFSETS
    holds_relations = True
    suffix = ".xmi"

    def __init__(self, folder: Path, ctx: Any = None) -> None:
        self.folder = Path(folder)
        self.features = schema_features(getattr(ctx, "schema", None))
        (self.folder / "TypeSystem.xml").write_text(typesystem_xml(self.features), encoding="utf-8")

    def render(self, doc: DocumentData) -> bytes:
        return xmi_document(doc, self.features).encode("utf-8", "surrogatepass")

    def write(self, doc: DocumentData) -> None:
        (self.folder / f"doc-{doc.id}{self.suffix}").write_bytes(self.render(doc))

    def close(self) -> None:
        pass


class CasJsonWriter(XmiWriter):
    suffix = ".json"

    def render(self, doc: DocumentData) -> bytes:
        return json.dumps(casjson_document(doc, self.features), ensure_ascii=False).encode("utf-8", "surrogatepass")
