"""What makes a schema usable: one rule for names (``check_label``), unique names and keys, known kinds,
colours as ``#rrggbb``, relation ends that name labels of the schema."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from app.errors import InputError
from app.formats.validate import check_label
from app.schema.model import ATTRIBUTE_KINDS, PROCLITICS, ROLES, STYLES, AttributeDef, LabelDef, Schema

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def check_colour(colour: str, where: str) -> str:
    if not isinstance(colour, str) or not _COLOUR.fullmatch(colour):
        raise InputError(where, f"colour {colour!r} is not #rrggbb")
    return colour.lower()


def check_key(key: str | None, where: str) -> str | None:
    if key is not None and (not isinstance(key, str) or len(key) != 1 or key.isspace()):
        raise InputError(where, f"key {key!r} must be one character")
    return key


def _unique(names: Iterable[str], where: str, what: str) -> None:
    twice = [name for name, n in Counter(names).items() if n > 1]
    if twice:
        raise InputError(where, f"{what} {twice[0]!r} appears more than once")


def check_attribute(attribute: AttributeDef, where: str) -> None:
    check_label(attribute.name, where, "attribute")
    if attribute.kind not in ATTRIBUTE_KINDS:
        raise InputError(
            where,
            f"attribute {attribute.name!r} has kind {attribute.kind!r}; the kinds are {', '.join(ATTRIBUTE_KINDS)}",
        )
    if attribute.kind == "choice" and not attribute.choices:
        raise InputError(where, f"attribute {attribute.name!r} is a choice without choices")
    if attribute.kind != "choice" and attribute.choices:
        raise InputError(where, f"attribute {attribute.name!r} is {attribute.kind!r} and cannot have choices")
    for choice in attribute.choices:
        check_label(choice.value, where, "choice")
    _unique(attribute.values, where, f"choice of {attribute.name!r}")


def check_style(style: str, where: str) -> str:
    if style not in STYLES:
        raise InputError(where, f"style {style!r} is not one of {', '.join(STYLES)}")
    return style


def check_proclitics(value: str, where: str) -> str:
    if value not in PROCLITICS:
        raise InputError(where, f"proclitics {value!r} is not one of {', '.join(PROCLITICS)}")
    return value


def check_role(role: str | None, where: str) -> str | None:
    if role is not None and role not in ROLES:
        raise InputError(where, f"role {role!r} is not one of {', '.join(ROLES)}")
    return role


def check_label_def(label: LabelDef, where: str) -> None:
    check_label(label.name, where)
    check_colour(label.colour, f"{where} label {label.name!r}")
    check_key(label.key, f"{where} label {label.name!r}")
    check_style(label.style, f"{where} label {label.name!r}")
    check_proclitics(label.proclitics, f"{where} label {label.name!r}")
    check_role(label.role, f"{where} label {label.name!r}")
    for attribute in label.attributes:
        check_attribute(attribute, f"{where} label {label.name!r}")
    _unique((a.name for a in label.attributes), where, f"attribute of {label.name!r}")


def check_schema(schema: Schema, where: str = "schema") -> Schema:
    """``schema`` if it is usable, else an InputError saying what is wrong and where."""
    for label in schema.labels:
        check_label_def(label, where)
    _unique(schema.label_names, where, "label")
    _unique((label.key for label in schema.labels if label.key), where, "key")
    _unique((label.role for label in schema.labels if label.role), where, "role")
    names = set(schema.label_names)
    for rel in schema.relations:
        check_label(rel.name, where, "relation type")
        unknown = [end for end in (*rel.sources, *rel.targets) if end not in names]
        if unknown:
            raise InputError(where, f"relation type {rel.name!r} connects {unknown[0]!r}, which is not a label")
    _unique((rel.name for rel in schema.relations), where, "relation type")
    for attribute in schema.document_fields:
        check_attribute(attribute, f"{where} document labels")
    _unique((a.name for a in schema.document_fields), where, "document label")
    return schema
