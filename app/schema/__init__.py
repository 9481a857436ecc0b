"""The annotation schema: labels, their attributes, relation types and document labels (plain data)."""

from app.schema.default import CUE, CUE_LABEL, DEFAULT_SCHEMA, SOURCE
from app.schema.model import (
    ATTRIBUTE_KINDS,
    STYLES,
    AttributeDef,
    Choice,
    Display,
    LabelDef,
    Relabelled,
    RelationTypeDef,
    Schema,
)

__all__ = [
    "ATTRIBUTE_KINDS",
    "CUE",
    "CUE_LABEL",
    "DEFAULT_SCHEMA",
    "SOURCE",
    "STYLES",
    "AttributeDef",
    "Choice",
    "Display",
    "LabelDef",
    "Relabelled",
    "RelationTypeDef",
    "Schema",
]
