"""The CoNLL reader's chunked lines equal the file's own lines, and the cached layout scan equals a
line-by-line analysis, at every chunk size."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.formats import conll, conll_layout
from app.formats.conll_layout import _step, _tail, is_token_line, scan
from app.formats.filetext import iter_lines

FILES = [
    b"a O\r\nb B-PER\r\n\r\nc I-PER",
    "\ufeffقال O\nبوتين B-PER\n\nأمس O\n".encode(),
    b"a O\r\n" * 7,
    b"x\tO\tB-ORG\ny\tI-OCC\tI-ORG\n-DOCSTART- O\n# k = v\n \n$#$ O\nz U-LOC\n",
]


@pytest.mark.parametrize("data", FILES)
@pytest.mark.parametrize("size", [1, 2, 3, 7, 1 << 20])
def test_chunked_lines_are_the_files_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, size: int
) -> None:
    path = tmp_path / "f.conll"
    path.write_bytes(data)
    monkeypatch.setattr(conll, "_CHUNK", size)
    expected = [line.rstrip("\n").removesuffix("\r") for _, line in iter_lines(path, "utf-8", newline="\n")]
    assert list(conll._lines(path, "utf-8")) == expected


def test_same_tags_after_different_tags_are_counted_each_time() -> None:
    # "I-PER" after "B-PER" continues; after "O" it starts a span: IOB1 needs every I- start counted
    iob1 = ["a I-PER", "b I-PER", "c O", "d I-PER", "e O", "f I-PER"]
    assert scan(iob1).scheme == "IOB1"
    assert scan([*iob1, "g O", "h B-PER"]).scheme == "IOB2"
    assert scan(["a B-PER", "b I-PER", "c O", "d B-PER", "e I-PER"]).scheme == "IOB2"
    # the same rest of a line, first as a tag column, the layout decided by the majority of lines
    assert scan(["a NN B-NP O", "b VB I-NP O", "c NN B-NP B-PER"]).attributes == ["pos", "chunk"]


def _line_by_line(lines: list[str]) -> tuple[dict[int, int], dict[int, int], set[str], int, int]:
    """The scan's counts as one analysis of each line would give them (the reference for the counted scan)."""
    widths: dict[int, int] = {}
    with_attributes: dict[int, int] = {}
    prefixes: set[str] = set()
    i_starts = b_starts = 0
    previous: tuple[str, ...] = ()
    for line in lines:
        if not is_token_line(line):
            previous = ()
            continue
        width, attributes, tags, plain = _tail(line)
        widths[width] = widths.get(width, 0) + 1
        if attributes:
            with_attributes[width] = with_attributes.get(width, 0) + 1
        prefixes.update(tag.partition("-")[0] for tag in tags)
        if not plain:
            i, b = _step(previous, tags)
            i_starts, b_starts = i_starts + i, b_starts + b
        previous = tags
    return widths, with_attributes, prefixes, i_starts, b_starts


_PIECES = [
    "a\tO",
    "b\tB-PER",
    "c\tI-PER",
    "d\tI-PER\tB-ORG",
    "e\tO\tI-ORG",
    "x\t",
    "\tO",
    "#\tB-PER",
    "-x\tI-PER",
    "-DOCSTART-\tO",
    "-DOCSTART- O",
    "# k = v",
    "# not a comment",
    "#",
    "",
    " ",
    "\t\t",
    "\u3000",
    "\u00a0B-PER",
    "f O",
    "g I-LOC",
    "h NN B-NP B-LOC",
    "i VB I-NP I-LOC",
    "j",
    "k l m",
    "$#$ O",
    "u U-LOC",
    "s\tS-PER",
]


@pytest.mark.parametrize("block", [1, 2, 3, 5, 1 << 16])
@pytest.mark.parametrize("seed", range(20))
def test_counted_scan_equals_line_by_line(monkeypatch: pytest.MonkeyPatch, block: int, seed: int) -> None:
    monkeypatch.setattr(conll_layout, "_BLOCK", block)
    rng = random.Random(seed)
    lines = [rng.choice(_PIECES) for _ in range(rng.randint(0, 60))]
    s = conll_layout._Scan()
    s.feed(lines)
    widths, with_attributes, prefixes, i_starts, b_starts = _line_by_line(lines)
    assert (dict(s.widths), dict(+s.with_attributes), s.prefixes) == (widths, with_attributes, prefixes)
    # span starts are counted until a B- start rules IOB1 out: exactly while there is none, at most as many after
    assert bool(s.b_starts) == bool(b_starts) and s.i_starts <= i_starts and s.b_starts <= b_starts
    if not b_starts:
        assert s.i_starts == i_starts


def test_space_heads_are_every_space() -> None:
    """A line whose first character is a space of any kind is looked at whole (it may be a blank line)."""
    spaces = {c for c in map(chr, range(0x110000)) if c.isspace()}
    assert spaces <= conll_layout.SPECIAL_HEADS


_MARKED = (
    "# newdoc id = 1\n# columns = TOKEN A B\nقال\tO\tO\nالوزير\tB-ACTOR\tO\nإن\tO\tB-CLAIM\n\n"
    "الحرب\tO\tI-CLAIM\n-\tO\tI-CLAIM\n#\tI-ACTOR\tO\n$#$\tO\tO\nانتهت\tO\tI-CLAIM\n\n"
    "ف\tB-X\nلا\tI-X\tB-Y\tO\n\nوحيد\tO\n"
    "-DOCSTART-\tO\n\na\tO\nb\tI-PER\n\t\nc\tB-PER\nd\tI-PER\n# newdoc id = 2\nx\tU-LOC\ny\tO\n"
)


def _records(path: Path) -> list[tuple[object, ...]]:
    return [(r.text, r.origin, r.title, r.annotations, r.metadata) for r in conll.read_conll(path)]


@pytest.mark.parametrize(
    "data",
    [
        _MARKED,
        _MARKED.replace("\t", " "),
        "a\tO\nb\tB-PER\n\nc\tO\n",  # not marked: line by line, cut where MAX_TOKENS says
        (Path(__file__).parent / "data" / "nested.conll").read_text(encoding="utf-8"),
        (Path(__file__).parent / "data" / "nested_same_label.conll").read_text(encoding="utf-8"),
        (Path(__file__).parent / "data" / "defects.conll").read_text(encoding="utf-8"),
    ],
)
def test_rows_read_at_once_give_what_line_by_line_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: str
) -> None:
    path = tmp_path / "f.conll"
    path.write_text(data, encoding="utf-8")
    at_once = _records(path)
    monkeypatch.setattr(conll, "AT_ONCE", 1 << 30)
    assert at_once == _records(path)
