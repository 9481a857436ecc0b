"""What a CoNLL file's columns hold and which tagging scheme its tags follow, from one pass over it.

Two layouts: ``TOKEN TAG [TAG...]`` where every column after the token is a tag layer (nested NER such
as Wojood: ``token I-OCC B-ORG``), and the CoNLL-2003 one, ``TOKEN POS CHUNK TAG``, where the columns
between the token and the last one are not tags: they are kept as token attributes. A file is in the
second layout when most of its lines have the usual number (3 or more) of fields and something that is
not a tag among the middle ones.

The scheme is BILOU when a ``U-``/``L-`` tag is seen, BIOES for ``S-``/``E-``, IOB1 when ``I-`` tags
start spans and no ``B-`` ever does (IOB1 uses ``B-`` only between two spans of one label), else IOB2.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.formats.iob import SCHEMES

TAG = re.compile(r"O|[BIESLU]-\S+")
ATTRIBUTE_NAMES = ("pos", "chunk")  # CoNLL-2002/2003: TOKEN [POS] [CHUNK] TAG


def is_tag(field_: str) -> bool:
    return TAG.fullmatch(field_) is not None


def split_fields(line: str) -> list[str]:
    return line.split("\t") if "\t" in line else line.split(" ")


def is_comment(line: str) -> bool:
    """``# key = value`` (a token line of our export always has a TAB, so a ``#`` token is no comment)."""
    return line.startswith("# ") and " = " in line and "\t" not in line


def is_token_line(line: str) -> bool:
    return bool(line.strip()) and not line.startswith("-DOCSTART-") and not is_comment(line)


@dataclass(slots=True)
class Layout:
    width: int = 2  # the usual number of fields
    attributes: list[str] = field(default_factory=list)  # names of the columns between token and tag
    scheme: str = "IOB2"
    detected: bool = True

    def describe(self) -> str:
        return f"{self.scheme} ({'detected' if self.detected else 'chosen'})"


@dataclass(slots=True)
class _Scan:
    widths: Counter[int] = field(default_factory=Counter)
    with_attributes: Counter[int] = field(default_factory=Counter)  # by width: lines with a non-tag middle
    prefixes: set[str] = field(default_factory=set)
    i_starts: int = 0
    b_starts: int = 0  # B- after O or another label: IOB2
    previous: list[str] = field(default_factory=list)

    def line(self, line: str) -> None:
        if not is_token_line(line):
            self.previous = []
            return
        fields = split_fields(line)
        self.widths[len(fields)] += 1
        if len(fields) >= 3 and not all(is_tag(f) for f in fields[1:-1]):
            self.with_attributes[len(fields)] += 1
            tags = fields[-1:]
        else:
            tags = fields[1:]
        for k, tag in enumerate(tags):
            prefix, _, label = tag.partition("-")
            before = self.previous[k] if k < len(self.previous) else "O"
            same = before != "O" and before.partition("-")[2] == label
            self.prefixes.add(prefix)
            self.i_starts += prefix == "I" and not same
            self.b_starts += prefix == "B" and not same
        self.previous = tags


def scan(lines: Iterable[str], scheme: str | None = None) -> Layout:
    """The layout of a file's lines (line ends removed) and its scheme (``scheme`` when one is chosen)."""
    s = _Scan()
    for line in lines:
        s.line(line)
    width = s.widths.most_common(1)[0][0] if s.widths else 2
    attributes: list[str] = []
    if width >= 3 and s.with_attributes[width] * 2 > s.widths[width]:
        attributes = [*ATTRIBUTE_NAMES, *(f"column {k + 2}" for k in range(2, width - 2))][: width - 2]
    if scheme is not None:
        if scheme.upper() not in SCHEMES:
            raise ValueError(f"unknown tagging scheme {scheme!r}")
        return Layout(width, attributes, scheme.upper(), detected=False)
    if s.prefixes & {"U", "L"}:
        found = "BILOU"
    elif s.prefixes & {"S", "E"}:
        found = "BIOES"
    elif s.i_starts and not s.b_starts:
        found = "IOB1"
    else:
        found = "IOB2"
    return Layout(width, attributes, found)
