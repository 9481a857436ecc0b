"""Offsets counted in other units than code points: UTF-16 units (JavaScript tools) and grapheme clusters.

doccano's ``grapheme_mode`` counts user-perceived characters: a letter with its harakat is one position
(``regex``'s ``\\X``, extended grapheme clusters of UAX #29).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from app.errors import HashiyaError
from app.text.offsets import OffsetMap

UNITS = ("codepoint", "utf16", "grapheme")


@cache
def _cluster() -> Any:
    import regex  # here: the consumers' test venvs import app.formats without it

    return regex.compile(r"\X")


class GraphemeMap:
    """Grapheme-cluster index <-> code-point index for one text."""

    def __init__(self, text: str) -> None:
        self.starts = [m.start() for m in _cluster().finditer(text)]
        self.starts.append(len(text))

    def from_grapheme(self, position: int) -> int:
        if not 0 <= position < len(self.starts):
            raise HashiyaError(f"grapheme offset {position} is outside the text (0..{len(self.starts) - 1})")
        return self.starts[position]


def converter(text: str, unit: str) -> Callable[[int], int]:
    """A function from offsets in ``unit`` to code-point offsets in ``text`` (raises HashiyaError)."""
    if unit == "utf16":
        return OffsetMap(text).from_utf16
    if unit == "grapheme":
        return GraphemeMap(text).from_grapheme
    return _codepoint(len(text))


def _codepoint(length: int) -> Callable[[int], int]:
    def same(position: int) -> int:
        if not 0 <= position <= length:
            raise HashiyaError(f"offset {position} is outside the text (0..{length})")
        return position

    return same
