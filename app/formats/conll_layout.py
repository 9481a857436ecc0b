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


_Tail = tuple[int, bool, tuple[str, ...], bool]  # width, a non-tag in the middle, the tags, all of them O
_CACHE = 1 << 16  # distinct tag columns remembered (a file's are usually a few hundred)


def _tail(line: str) -> _Tail:
    fields = split_fields(line)
    if len(fields) >= 3 and not all(is_tag(f) for f in fields[1:-1]):
        tags = tuple(fields[-1:])
        return len(fields), True, tags, tags == ("O",)
    return len(fields), False, tuple(fields[1:]), all(tag == "O" for tag in fields[1:])


@dataclass(slots=True)
class _Scan:
    """Counts over the token lines. Lines differ in their token but seldom in what follows it, so each
    distinct rest of a line is analysed once, and each pair of tag columns in a row once (a full
    analysis of every line was more than half of a CoNLL import)."""

    widths: Counter[int] = field(default_factory=Counter)
    with_attributes: Counter[int] = field(default_factory=Counter)  # by width: lines with a non-tag middle
    prefixes: set[str] = field(default_factory=set)
    i_starts: int = 0
    b_starts: int = 0  # B- after O or another label: IOB2
    tails: dict[tuple[str, str], _Tail] = field(default_factory=dict)
    steps: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[int, int]] = field(default_factory=dict)

    def feed(self, lines: Iterable[str]) -> None:
        tails, steps, widths, with_attributes = self.tails, self.steps, self.widths, self.with_attributes
        previous: tuple[str, ...] = ()
        for line in lines:
            head = line[:1]
            if (not head or head in "-#" or head.isspace()) and not is_token_line(line):  # else surely one
                previous = ()
                continue
            sep = "\t" if "\t" in line else " "
            at = line.find(sep)
            key = (sep, line[at + 1 :] if at >= 0 else "\n")
            found = tails.get(key)
            if found is None:
                found = _tail(line)
                if len(tails) < _CACHE:
                    tails[key] = found
                self.prefixes.update(tag.partition("-")[0] for tag in found[2])
            width, attributes, tags, plain = found
            widths[width] += 1
            if attributes:
                with_attributes[width] += 1
            if not plain:  # O tags start nothing
                pair = (previous, tags)
                step = steps.get(pair)
                if step is None:
                    step = _step(previous, tags)
                    if len(steps) < _CACHE:
                        steps[pair] = step
                self.i_starts += step[0]
                self.b_starts += step[1]
            previous = tags


def _step(previous: tuple[str, ...], tags: tuple[str, ...]) -> tuple[int, int]:
    """How many of ``tags`` start a span with ``I-`` and with ``B-``, after the line's ``previous`` tags."""
    i_starts = b_starts = 0
    for k, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        before = previous[k] if k < len(previous) else "O"
        same = before != "O" and before.partition("-")[2] == label
        i_starts += prefix == "I" and not same
        b_starts += prefix == "B" and not same
    return i_starts, b_starts


def scan(lines: Iterable[str], scheme: str | None = None) -> Layout:
    """The layout of a file's lines (line ends removed) and its scheme (``scheme`` when one is chosen)."""
    s = _Scan()
    s.feed(lines)
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
