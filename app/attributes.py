"""Which attributes each label carries, and their allowed values (the UI builds its forms from this)."""

from __future__ import annotations

from dataclasses import dataclass

CUE_LABEL = "CUE"
# relation types: a CLAIM's ``source`` ACTOR and its ``cue`` (the words that introduce it)
SOURCE = "source"
CUE = "cue"


@dataclass(frozen=True, slots=True)
class AttributeField:
    key: str
    choices: tuple[str, ...] = ()  # empty: free text

    @property
    def is_choice(self) -> bool:
        return bool(self.choices)


LABEL_FIELDS: dict[str, tuple[AttributeField, ...]] = {
    "ACTOR": (AttributeField("kind", ("person", "organisation", "state", "group", "other")),),
    "CLAIM": (AttributeField("quote", ("direct", "indirect")),),
    "FIGURE": (
        AttributeField("kind", ("count", "date", "money", "percent", "other")),
        AttributeField("value"),
        AttributeField("qualifier", ("at_least", "about", "at_most")),
    ),
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
