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
from itertools import chain, compress, count, islice
from operator import not_

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


# the first characters after which a line may not be a token line (``_key`` looks at those lines whole):
# nothing, ``-`` (``-DOCSTART-``), ``#`` (a comment) and every character ``str.isspace`` calls a space
_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B)))
SPECIAL_HEADS = frozenset(["", "-", "#", *_SPACES, "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"])
_BLOCK = 1 << 16  # lines counted at a time
# A token line's rest after its token: the string after the first TAB, or (" ", the rest after the first
# space) in a line without TAB ("\n" when it has no space either).
_Key = str | tuple[str, str]


def _key(line: str) -> _Key | None:
    """The rest of a token line after its token; None for a line that is no token line."""
    head = line[:1]
    if (not head or head in "-#" or head.isspace()) and not is_token_line(line):
        return None
    if "\t" in line:
        return line.partition("\t")[2]
    at = line.find(" ")
    return " ", line[at + 1 :] if at >= 0 else "\n"


def _key_tail(key: _Key) -> _Tail:
    if type(key) is str:
        return _tail("\t" + key)
    rest = key[1]
    return _tail(" " + rest) if rest != "\n" else (1, False, (), True)


@dataclass(slots=True)
class _Scan:
    """Counts over the token lines. Lines differ in their token but seldom in what follows it: each block of
    lines is cut into the rests after their tokens, the rests and the pairs of rests in a row are counted (in
    C, by ``Counter``), and each distinct rest and pair is analysed once (a full analysis of every line was
    more than half of a CoNLL import; line by line through a cache, a third of it)."""

    widths: Counter[int] = field(default_factory=Counter)
    with_attributes: Counter[int] = field(default_factory=Counter)  # by width: lines with a non-tag middle
    prefixes: set[str] = field(default_factory=set)
    i_starts: int = 0
    b_starts: int = 0  # B- after O or another label: IOB2
    tails: dict[_Key, _Tail] = field(default_factory=dict)
    steps: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[int, int]] = field(default_factory=dict)

    def _tail(self, key: _Key) -> _Tail:
        found = self.tails.get(key)
        if found is None:
            found = _key_tail(key)
            if len(self.tails) < _CACHE:
                self.tails[key] = found
            self.prefixes.update(tag.partition("-")[0] for tag in found[2])
        return found

    def _step(self, previous: tuple[str, ...], tags: tuple[str, ...]) -> tuple[int, int]:
        pair = (previous, tags)
        step = self.steps.get(pair)
        if step is None:
            step = _step(previous, tags)
            if len(self.steps) < _CACHE:
                self.steps[pair] = step
        return step

    def feed(self, lines: Iterable[str]) -> None:
        widths, with_attributes = self.widths, self.with_attributes
        rows = iter(lines)
        last: _Key | None = None  # the line before the block's (None: no token line, or none)
        while block := list(islice(rows, _BLOCK)):
            # a TAB line that surely is a token line, cut here; every other line by ``_key``
            keys: list[_Key | None] = [
                line.partition("\t")[2] if "\t" in line and line[:1] not in SPECIAL_HEADS else None for line in block
            ]
            for k in compress(count(), map(not_, keys)):  # None (and an empty rest): the lines to look at whole
                keys[k] = _key(block[k])
            for key, n in Counter(keys).items():
                if key is not None:
                    width, attributes, _, _ = self._tail(key)
                    widths[width] += n
                    if attributes:
                        with_attributes[width] += n
            last_before, last = last, keys[-1]
            if self.b_starts:  # a B- start anywhere rules IOB1 out: the spans' starts need not be counted further
                continue
            pairs = zip(chain((last_before,), keys), keys, strict=False)  # (the line before, the line): one longer
            for (before, key), n in Counter(pairs).items():
                if key is None:
                    continue
                _, _, tags, plain = self._tail(key)
                if not plain:  # O tags start nothing
                    i_starts, b_starts = self._step(() if before is None else self._tail(before)[2], tags)
                    self.i_starts += i_starts * n
                    self.b_starts += b_starts * n


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
