"""Whether a value fits a document-level label of the schema (its kind, its choices)."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from app.schema.model import AttributeDef


def value_problem(field: AttributeDef, value: Any) -> str | None:
    """What is wrong with ``value`` as a value of ``field`` (a document-level label), or None if it fits."""
    if field.kind == "choice":
        return None if value in field.values else f"is not one of its choices ({', '.join(field.values)})"
    if field.kind == "boolean":
        return None if isinstance(value, bool) else "is not true or false"
    if field.kind == "number":
        ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        return None if ok else "is not a number"
    if not isinstance(value, str):
        return "is not text"
    if field.kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            return "is not a date (YYYY-MM-DD)"
    return None
