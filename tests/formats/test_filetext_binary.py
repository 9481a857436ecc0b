"""The import's fast binary check decides as ``app.text.decode.looks_binary`` does, byte for byte."""

from __future__ import annotations

import random

import pytest

from app.formats.filetext import looks_binary
from app.text import decode

SAMPLES = [
    b"",
    "نص عربي\n".encode(),
    b"a\x00b",
    b"\x01" * 8 + b"a" * 400,
    b"\x01" * 9,
    b"\x1b[0m" * 9,
    b"\t\n\r\x0b\x0c" * 100,
    b"x" * 8192 + b"\x00",
    b"\x07" * 200 + b"y" * 9800,
    bytes(range(256)),
]


@pytest.mark.parametrize("data", SAMPLES)
def test_same_answer_as_the_decoder(data: bytes) -> None:
    assert looks_binary(data) == decode.looks_binary(data)


def test_same_answer_on_random_bytes_near_the_threshold() -> None:
    rng = random.Random(7)
    answers = set()
    for _ in range(300):
        size = rng.randrange(1, 9000)
        controls = rng.randrange(0, max(2, size // 25))
        data = bytearray(rng.choice(b"abc \n") for _ in range(size))
        for k in rng.sample(range(size), min(controls, size)):
            data[k] = rng.choice(b"\x01\x02\x0e\x1f")
        answers.add(looks_binary(bytes(data)))
        assert looks_binary(bytes(data)) == decode.looks_binary(bytes(data))
    assert answers == {True, False}
