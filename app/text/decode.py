"""Decode bytes into the exact text Hashiya stores.

Only two things change: a byte-order mark is removed and newlines (CRLF, CR) become ``\\n``.
Nothing is trimmed or normalised: NFC, U+200F, U+00A0, tatweel and harakat stay as they are.
"""

from __future__ import annotations

import codecs

from app.errors import InputError

# Legacy encodings Arabic text actually arrives in, tried by charset-normalizer when UTF-8 fails.
LEGACY_ARABIC = ("cp1256", "iso8859_6", "cp720", "cp864")

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB (without a UTF-16/32 BOM)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > max(8, len(sample) // 50)


def detect_encoding(data: bytes, source: str = "input") -> str:
    """Name the encoding of ``data``: a BOM, valid UTF-8, else a legacy Arabic code page."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if looks_binary(data):
        raise InputError(source, "looks like a binary file, not text")
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ARABIC)).best()
    if best is None:
        raise InputError(
            source, "cannot tell its encoding (not UTF-8, UTF-16 or an Arabic code page); name it with --encoding"
        )
    return best.encoding


def decode_bytes(data: bytes, encoding: str | None = None, source: str = "input") -> str:
    """Decode ``data`` (detecting the encoding unless given) and normalise newlines only."""
    name = encoding or detect_encoding(data, source)
    try:
        codecs.lookup(name)
    except LookupError as exc:
        raise InputError(source, f"unknown encoding {name!r}") from exc
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not valid {name} at byte {exc.start}") from exc
    return normalise_newlines(strip_bom(text))
