"""Offsets: Hashiya stores Python code-point indices ``[start, end)``.

Qt cursors, UIMA CAS, WebAnno TSV and doccano count UTF-16 code units; byte offsets count UTF-8.
This is the one place that converts between them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from app.errors import OffsetError

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


class OffsetMap:
    """Converts offsets for one text. Cheap for texts without astral characters (the common case)."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Code-point indices of characters outside the BMP (emoji): each takes two UTF-16 units.
        # (a regex scan: ~100x faster than a Python loop over a 1 MB text)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 position of each astral character, for the reverse lookup.
        self._astral16 = [cp + n for n, cp in enumerate(self._astral)]
        self.utf16_length = len(text) + len(self._astral)

    def to_utf16(self, cp: int) -> int:
        if not 0 <= cp <= len(self.text):
            raise OffsetError(f"offset {cp} is outside the text (0..{len(self.text)})")
        return cp + bisect_right(self._astral, cp - 1)

    def from_utf16(self, unit: int, *, snap: str = "error") -> int:
        """Code-point index of UTF-16 position ``unit``.

        A position inside a surrogate pair raises, or with ``snap="left"``/``"right"`` moves to the
        nearer edge of that character.
        """
        if not 0 <= unit <= self.utf16_length:
            raise OffsetError(f"UTF-16 offset {unit} is outside the text (0..{self.utf16_length})")
        before = bisect_right(self._astral16, unit - 1)  # astral characters starting before ``unit``
        if before and self._astral16[before - 1] == unit - 1:  # ``unit`` is between two surrogates
            if snap == "left":
                return unit - before
            if snap == "right":
                return unit - before + 1
            raise OffsetError(f"UTF-16 offset {unit} splits a surrogate pair")
        return unit - before


class Utf8Map:
    """Code points <-> UTF-8 byte offsets for one text."""

    def __init__(self, text: str) -> None:
        self._bytes = [0, *accumulate(len(ch.encode("utf-8", "surrogatepass")) for ch in text)]

    def to_utf8(self, cp: int) -> int:
        if not 0 <= cp < len(self._bytes):
            raise OffsetError(f"offset {cp} is outside the text")
        return self._bytes[cp]

    def from_utf8(self, byte: int) -> int:
        index = bisect_right(self._bytes, byte) - 1
        if index < 0 or self._bytes[index] != byte:
            raise OffsetError(f"byte offset {byte} is not on a character boundary")
        return index


def check_span(text: str, start: int, end: int, snapshot: str | None = None) -> str:
    """Validate ``[start, end)`` against ``text`` and return ``text[start:end]``.

    A given ``snapshot`` that differs from the text at those offsets is an error, never accepted.
    """
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
        raise OffsetError(f"offsets must be integers, got {start!r}, {end!r}")
    if not 0 <= start < end <= len(text):
        raise OffsetError(f"span [{start}, {end}) is outside the text (length {len(text)}) or empty")
    piece = text[start:end]
    if snapshot is not None and snapshot != piece:
        raise OffsetError(f"span [{start}, {end}) holds {piece!r} in the text, not {snapshot!r}")
    return piece
