"""Reading a file's text for the readers: whole (small formats) or line by line (JSONL, CSV).

Both ways give the text ``decode_bytes`` gives: the encoding is named or detected, a BOM is dropped,
and nothing else changes. Streaming readers detect the encoding from the first 64 KiB; a later byte
that does not fit is reported with its line number and a hint to name the encoding.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from app.errors import InputError
from app.text.decode import decode_bytes, detect_encoding, strip_bom

SAMPLE = 1 << 16
_WHITESPACE = b" \t\n\r\x0b\x0c"
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CONTROLS = bytes(b for b in range(32) if b < 9 or 13 < b < 32)
BINARY_SAMPLE = 8192


def looks_binary(data: bytes) -> bool:
    """``app.text.decode.looks_binary`` in C speed: NUL bytes or many control characters in the first 8 KiB
    (counting them byte by byte in Python was 7% of a brat import, profiled, one ``.txt`` per document)."""
    sample = data[:BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    return controls > max(8, len(sample) // 50)


def _blank(chunk: bytes, wide: bool) -> bool:
    return not chunk.translate(None, (_WHITESPACE + b"\x00") if wide else _WHITESPACE)


def _without_bom(head: bytes) -> tuple[bytes, bool]:
    """``head`` without its byte-order mark, and whether the mark names UTF-16/32."""
    for bom in _WIDE_BOMS:
        if head.startswith(bom):
            return head[len(bom) :], True
    return head.removeprefix(codecs.BOM_UTF8), False


def check_not_blank(path: Path) -> None:
    """Refuse a file that holds nothing but a BOM and whitespace (reads only until it finds text)."""
    try:
        with path.open("rb") as f:
            chunk, wide = _without_bom(f.read(SAMPLE))
            while chunk:
                if not _blank(chunk, wide):
                    return
                chunk = f.read(SAMPLE)
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    raise InputError(str(path), "empty file")


def check_text_file(path: Path, *, allow_empty: bool = False) -> None:
    """Refuse a binary file, and an empty one unless the format allows it (an empty brat ``.ann``)."""
    try:
        with path.open("rb") as f:
            head = f.read(SAMPLE)
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    check_text_head(head, str(path))
    if not allow_empty:
        check_not_blank(path)


def read_text_bytes(path: Path) -> bytes:
    """The bytes of a file, refused as ``check_text_file`` refuses it (binary, empty), from one opening."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    check_text_head(data, str(path))
    rest, wide = _without_bom(data)
    if all(_blank(rest[at : at + SAMPLE], wide) for at in range(0, len(rest), SAMPLE)):  # stops at text
        raise InputError(str(path), "empty file")
    return data


def check_text_head(head: bytes, where: str) -> None:
    """Refuse a file whose first ``SAMPLE`` bytes (or more) look binary: ``check_text_file`` on bytes already read."""
    rest, wide = _without_bom(head[:SAMPLE])
    if not wide and looks_binary(rest):
        raise InputError(where, "looks like a binary file, not text")


def read_text(path: Path, encoding: str | None = None) -> str:
    """The whole decoded text of a file that is not empty."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    if _blank(*_without_bom(data)):
        raise InputError(str(path), "empty file")
    return decode_bytes(data, encoding, str(path))


def stream_encoding(path: Path, encoding: str | None = None) -> str:
    """The encoding to stream ``path`` with: the one named, else detected from its first 64 KiB."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(str(path), f"unknown encoding {encoding!r}") from None
        return encoding
    try:
        with path.open("rb") as f:
            sample = f.read(SAMPLE)
            cut = bool(f.read(1))
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    if cut:  # do not let a character cut in two at the sample's end make UTF-8 look invalid
        end = sample.rfind(b"\n")
        sample = sample[: end + 1] if end > 0 else sample.rstrip(_HIGH_BYTES)
    return detect_encoding(sample, str(path))


def _bad_line(path: Path, encoding: str) -> int | None:
    """The first line that does not decode (ASCII-compatible encodings only; the error path)."""
    if "\n".encode(encoding).removeprefix(codecs.BOM_UTF8) != b"\n":
        return None
    with path.open("rb") as f:
        for n, line in enumerate(f, 1):
            try:
                line.decode(encoding)
            except UnicodeDecodeError:
                return n
    return None


def iter_lines(path: Path, encoding: str | None = None, newline: str = "") -> Iterator[tuple[int, str]]:
    """``(line number, line)`` with its line ending as in the file (``newline=""``), BOM dropped."""
    name = stream_encoding(path, encoding)
    try:
        with path.open(encoding=name, newline=newline) as f:
            for n, line in enumerate(f, 1):
                yield n, strip_bom(line) if n == 1 else line
    except UnicodeDecodeError as exc:
        line_no = _bad_line(path, name)
        where = f"{path}:{line_no}" if line_no else str(path)
        raise InputError(where, f"not valid {name} ({exc.reason}); name the encoding with --encoding") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
