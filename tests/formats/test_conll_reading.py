"""The CoNLL reader's chunked lines equal the file's own lines, and the cached layout scan equals a
line-by-line analysis, at every chunk size."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.formats import conll
from app.formats.conll_layout import scan
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
