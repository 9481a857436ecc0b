"""Decoding keeps the text exactly: only the BOM goes and newlines become \\n."""

from __future__ import annotations

import codecs

import pytest

from app.errors import InputError
from app.text.decode import decode_bytes

# Real oddities from ../shared/corpora: RLM inside a number, NBSP, tatweel, shadda before fatha
# (not NFC order), a C1 control, ZWSP, bidi isolates.
ODD = "قال\u00a0الوزير: 334.\u200f98 لـ 90 الشَّهَادَةِ TU 216\x8f \u200bكود \u2067#مصر\u2069 😂"


def test_utf8_kept_exactly() -> None:
    assert decode_bytes(ODD.encode()) == ODD


def test_bom_removed_and_crlf_normalised() -> None:
    raw = codecs.BOM_UTF8 + "1\tترامب\r\n2\tكلينتون\r\n3\rx".encode()
    assert decode_bytes(raw) == "1\tترامب\n2\tكلينتون\n3\nx"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(codec: str) -> None:
    raw = ODD.encode(codec)
    if codec == "utf-16-be":
        raw = codecs.BOM_UTF16_BE + raw
    assert decode_bytes(raw) == ODD


def test_legacy_cp1256_detected() -> None:
    text = "أعلن وزير الدفاع الروسي سيرغي شويغو أن 144 شخصا قتلوا في الهجوم على قاعة الحفلات.\n" * 3
    assert decode_bytes(text.encode("cp1256")) == text


def test_iso8859_6_given_explicitly() -> None:
    text = "قال الوزير إن الهجوم وقع مساء الجمعة"
    assert decode_bytes(text.encode("iso8859_6"), encoding="iso8859_6") == text


def test_nothing_is_trimmed_or_normalised() -> None:
    text = "  \u00a0\u00a0\u00a0بداية.. نرجو\u001a \n\n"
    assert decode_bytes(text.encode()) == text


def test_binary_rejected() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", source="x.png")


def test_wrong_explicit_encoding_rejected() -> None:
    with pytest.raises(InputError, match="utf-8"):
        decode_bytes("قال".encode("cp1256"), encoding="utf-8", source="a.txt")


def test_unknown_encoding_rejected() -> None:
    with pytest.raises(InputError, match="unknown encoding"):
        decode_bytes(b"abc", encoding="no-such-codec")
