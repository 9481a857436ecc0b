"""Hashiya's native JSONL: one document per line, code-point offsets, lossless.

``{"id", "title", "text", "sha256", "offsets": "codepoint", "annotations": [...], "relations": [...]}``
plus ``external_id``, ``source``, ``status`` and ``metadata`` so that a round trip loses nothing, and
``fields`` (the document-level labels, by name) when the document has some.
"""

from __future__ import annotations

import hashlib
from typing import Any

from app.dto import DocumentData
from app.errors import InputError
from app.formats.records import AnnotationRecord, RelationRecord, SourceRecord

OFFSETS = "codepoint"
NATIVE_KEYS = frozenset({"text", "offsets", "annotations"})


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def is_native_record(obj: Any) -> bool:
    """A record in this schema (rather than one to read through a field mapping)."""
    return isinstance(obj, dict) and obj.keys() >= NATIVE_KEYS


def document_to_native(doc: DocumentData) -> dict[str, Any]:
    return {
        "id": doc.id,
        "external_id": doc.external_id,
        "title": doc.title,
        "text": doc.text,
        "sha256": doc.sha256,
        "offsets": OFFSETS,
        "source": doc.source,
        "status": doc.status,
        "metadata": doc.metadata,
        "annotations": [
            {
                "id": a.id,
                "label": a.label,
                "start": a.start,
                "end": a.end,
                "text": a.text,
                "annotator": a.annotator,
                "attributes": a.attributes,
                "note": a.note,
            }
            for a in doc.annotations
        ],
        "relations": [
            {
                "id": r.id,
                "type": r.type,
                "from": r.from_id,
                "to": r.to_id,
                "annotator": r.annotator,
                **({"attributes": r.attributes} if r.attributes else {}),
                **({"note": r.note} if r.note else {}),
            }
            for r in doc.relations
        ],
    }


def _need(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], origin: str) -> Any:
    value = obj.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise InputError(origin, f"field {key!r} must be {getattr(kind, '__name__', kind)}, got {value!r}")
    return value


def _annotation(a: Any, origin: str, n: int) -> AnnotationRecord:
    # The common, valid case is checked inline: this runs a million times in a large import.
    if not (
        type(a) is dict and type(a.get("label")) is str and type(a.get("start")) is int and type(a.get("end")) is int
    ):
        where = f"{origin} annotation {n + 1}"
        if not isinstance(a, dict):
            raise InputError(where, "must be an object")
        for key, kind in (("label", str), ("start", int), ("end", int)):
            _need(a, key, kind, where)
    return AnnotationRecord(
        label=a["label"],
        start=a["start"],
        end=a["end"],
        text=a.get("text"),
        id=a.get("id"),
        annotator=a.get("annotator"),
        attributes=a.get("attributes") or {},
        note=a.get("note") or "",
    )


def native_record(obj: dict[str, Any], origin: str) -> SourceRecord:
    """Validate one native record; offsets outside the text or a wrong snapshot are errors."""
    if obj.get("offsets") != OFFSETS:
        raise InputError(origin, f"offsets must be {OFFSETS!r}, got {obj.get('offsets')!r}")
    text = _need(obj, "text", str, origin)
    if obj.get("sha256") not in (None, sha256_text(text)):
        raise InputError(origin, "sha256 does not match the text")
    annotations = [_annotation(a, origin, n) for n, a in enumerate(_need(obj, "annotations", list, origin))]
    relations = []
    for n, r in enumerate(_need(obj, "relations", list, origin) if obj.get("relations") else []):
        where = f"{origin} relation {n + 1}"
        if not isinstance(r, dict):
            raise InputError(where, "must be an object")
        relations.append(
            RelationRecord(
                type=_need(r, "type", str, where),
                from_id=_need(r, "from", str, where),
                to_id=_need(r, "to", str, where),
                id=r.get("id"),
                annotator=r.get("annotator"),
                attributes=_need(r, "attributes", dict, where) if "attributes" in r else {},
                note=_need(r, "note", str, where) if "note" in r else "",
            )
        )
    doc_id = obj.get("id")
    if doc_id is not None and (type(doc_id) is not int or doc_id < 1):
        raise InputError(origin, f"field 'id' must be a positive integer or null, got {doc_id!r}")
    return SourceRecord(
        text=text,
        origin=origin,
        title=obj.get("title") or "",
        external_id=obj.get("external_id"),
        source=obj.get("source"),
        metadata=obj.get("metadata") or {},
        doc_id=doc_id,
        status=obj.get("status"),
        annotations=annotations,
        relations=relations,
        fields=_need(obj, "fields", dict, origin) if obj.get("fields") is not None else {},
    )
