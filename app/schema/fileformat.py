"""The shared schema file: versioned JSON, so a team shares one schema (``hashiya schema export|import``).

    {"format": "hashiya-schema", "version": 1,
     "labels": [{"name": "ACTOR", "colour": "#f4a261", "key": "1", "display": {"ar": "فاعل", "en": "Actor"},
                 "description": "...", "nests": true, "overlaps": true, "style": "fill", "proclitics": "out",
                 "role": "ACTOR",
                 "attributes": [{"name": "kind", "kind": "choice", "display": {...},
                                 "choices": [{"value": "person", "display": {...}}]}]}],
     "relations": [{"name": "source", "from": ["CLAIM"], "to": ["ACTOR"], "display": {...}, "description": ""}],
     "document_labels": [{"name": "topic", "kind": "choice", "choices": [...]}]}

Only ``name`` is required anywhere (a label without ``style``, from a file written before styles, is drawn
as the default schema draws a label of its name, else ``underline``; one without ``proclitics`` treats them as the
default schema's label of its name does, else takes them in; one without ``role``, from a file written before
roles, has the role of the default schema's label of its name, else none); a newer ``version`` than this
program knows is refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from app.errors import InputError
from app.schema.default import DEFAULT_SCHEMA
from app.schema.model import AttributeDef, Choice, Display, LabelDef, RelationTypeDef, Schema
from app.schema.validation import check_schema

FORMAT = "hashiya-schema"
VERSION = 1
_STYLES = {label.name: label.style for label in DEFAULT_SCHEMA.labels}
_PROCLITICS = {label.name: label.proclitics for label in DEFAULT_SCHEMA.labels}
_ROLES = {label.name: label.role for label in DEFAULT_SCHEMA.labels}


def _display(d: Display) -> dict[str, str]:
    return {"ar": d.ar, "en": d.en}


def _attribute(a: AttributeDef) -> dict[str, Any]:
    out: dict[str, Any] = {"name": a.name, "kind": a.kind, "display": _display(a.display)}
    if a.choices:
        out["choices"] = [{"value": c.value, "display": _display(c.display)} for c in a.choices]
    return out


def _label(x: LabelDef) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": x.name,
        "colour": x.colour,
        "key": x.key,
        "display": _display(x.display),
        "description": x.description,
        "nests": x.nests,
        "overlaps": x.overlaps,
        "style": x.style,
        "proclitics": x.proclitics,
        "role": x.role,  # null written too: a label of a role's name without it reads back without it
        "attributes": [_attribute(a) for a in x.attributes],
    }
    return out


def to_json(schema: Schema) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "labels": [_label(x) for x in schema.labels],
        "relations": [
            {
                "name": r.name,
                "from": list(r.sources),
                "to": list(r.targets),
                "display": _display(r.display),
                "description": r.description,
            }
            for r in schema.relations
        ],
        "document_labels": [_attribute(a) for a in schema.document_fields],
    }


def dumps(schema: Schema) -> bytes:
    return orjson.dumps(to_json(schema), option=orjson.OPT_INDENT_2) + b"\n"


class _Reader:
    """Typed field access that names the place of a wrong value."""

    def __init__(self, where: str) -> None:
        self.where = where

    def obj(self, value: object, what: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise InputError(self.where, f"{what} must be an object")
        return value

    def items(self, data: dict[str, Any], key: str, what: str) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise InputError(self.where, f"{what}.{key} must be an array")
        return value

    def text(self, data: dict[str, Any], key: str, what: str, default: str | None = "") -> Any:
        value = data.get(key, default)
        if value is None and default is None:
            return None
        if not isinstance(value, str):
            raise InputError(self.where, f"{what}.{key} must be a string")
        return value

    def flag(self, data: dict[str, Any], key: str, what: str) -> bool:
        value = data.get(key, True)
        if not isinstance(value, bool):
            raise InputError(self.where, f"{what}.{key} must be true or false")
        return value

    def name(self, data: dict[str, Any], what: str) -> str:
        if "name" not in data:
            raise InputError(self.where, f"{what} has no name")
        return self.text(data, "name", what)

    def display(self, data: dict[str, Any], what: str) -> Display:
        d = self.obj(data.get("display", {}), f"{what}.display")
        return Display(self.text(d, "ar", f"{what}.display"), self.text(d, "en", f"{what}.display"))

    def attribute(self, value: object, what: str) -> AttributeDef:
        data = self.obj(value, what)
        choices = []
        for n, item in enumerate(self.items(data, "choices", what)):
            c = self.obj(item, f"{what}.choices[{n}]")
            choices.append(
                Choice(self.text(c, "value", f"{what}.choices[{n}]"), self.display(c, f"{what}.choices[{n}]"))
            )
        kind = self.text(data, "kind", what, "choice" if choices else "text")
        return AttributeDef(self.name(data, what), kind, self.display(data, what), tuple(choices))

    def label(self, value: object, what: str) -> LabelDef:
        data = self.obj(value, what)
        attrs = tuple(
            self.attribute(a, f"{what}.attributes[{n}]") for n, a in enumerate(self.items(data, "attributes", what))
        )
        name = self.name(data, what)
        return LabelDef(
            name,
            self.text(data, "colour", what, "#888888"),
            self.text(data, "key", what, None),
            self.display(data, what),
            self.text(data, "description", what),
            self.flag(data, "nests", what),
            self.flag(data, "overlaps", what),
            attrs,
            self.text(data, "style", what, _STYLES.get(name, "underline")),
            self.text(data, "proclitics", what, _PROCLITICS.get(name, "in")),
            self.text(data, "role", what, None) if "role" in data else _ROLES.get(name),
        )

    def relation(self, value: object, what: str) -> RelationTypeDef:
        data = self.obj(value, what)
        ends = []
        for key in ("from", "to"):
            names = self.items(data, key, what)
            if not all(isinstance(x, str) for x in names):
                raise InputError(self.where, f"{what}.{key} must be an array of label names")
            ends.append(tuple(names))
        return RelationTypeDef(
            self.name(data, what), ends[0], ends[1], self.display(data, what), self.text(data, "description", what)
        )


def from_json(value: object, where: str = "schema") -> Schema:
    """The schema held by a decoded file, checked (``check_schema``); an InputError says what is wrong."""
    read = _Reader(where)
    data = read.obj(value, "the file")
    if data.get("format") != FORMAT:
        raise InputError(where, f'not a Hashiya schema file (expected "format": "{FORMAT}")')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError(where, 'the schema file has no valid "version"')
    if version > VERSION:
        raise InputError(where, f"schema file version {version} is newer than this program reads ({VERSION})")
    return check_schema(
        Schema(
            tuple(read.label(x, f"labels[{n}]") for n, x in enumerate(read.items(data, "labels", "the file"))),
            tuple(read.relation(x, f"relations[{n}]") for n, x in enumerate(read.items(data, "relations", "the file"))),
            tuple(
                read.attribute(x, f"document_labels[{n}]")
                for n, x in enumerate(read.items(data, "document_labels", "the file"))
            ),
        ),
        where,
    )


def load(path: Path) -> Schema:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InputError(str(path), f"not JSON ({exc})") from exc
    return from_json(value, str(path))
