"""Attribute values on annotations, and the form fields of the default schema for code not yet reading the
stored schema (``Workspace.schema.get()``, ``app/schema``); the definitions live in ``app/schema/default.py``."""

from __future__ import annotations

from dataclasses import dataclass

from app.schema.default import CUE, CUE_LABEL, DEFAULT_SCHEMA, SOURCE
from app.schema.model import AttributeDef

__all__ = ["CUE", "CUE_LABEL", "LABEL_FIELDS", "SOURCE", "AttributeField", "fields_for", "with_attribute"]


@dataclass(frozen=True, slots=True)
class AttributeField:
    key: str
    choices: tuple[str, ...] = ()  # empty: free text

    @property
    def is_choice(self) -> bool:
        return bool(self.choices)

    @classmethod
    def of(cls, attribute: AttributeDef) -> AttributeField:
        return cls(attribute.name, attribute.values)


LABEL_FIELDS: dict[str, tuple[AttributeField, ...]] = {
    label.name: tuple(AttributeField.of(a) for a in label.attributes)
    for label in DEFAULT_SCHEMA.labels
    if label.attributes
}


def fields_for(label: str) -> tuple[AttributeField, ...]:
    return LABEL_FIELDS.get(label, ())


def with_attribute(attributes: dict[str, object], key: str, value: object) -> dict[str, object]:
    """A copy of ``attributes`` with ``key`` set, or removed when ``value`` is empty."""
    result = dict(attributes)
    if value in (None, ""):
        result.pop(key, None)
    else:
        result[key] = value
    return result
