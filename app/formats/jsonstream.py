"""The objects of a JSON array (``[...]``, pretty-printed or not) or of a JSONL file, one at a time.

An array is parsed by ijson (its C backend, yajl2_c, when installed), so peak memory stays that of one
object whatever the file's size: parsing a 639 MB Label Studio export whole took 3.1 GB. A file whose
first character is not ``[`` is read as JSONL, a line at a time with orjson.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from app.errors import InputError

_HEAD = 4096


def _first_byte(path: Path) -> bytes:
    with path.open("rb") as f:
        while chunk := f.read(_HEAD):
            stripped = chunk.removeprefix(b"\xef\xbb\xbf").lstrip()
            if stripped:
                return stripped[:1]
    return b""


def iter_json_objects(path: Path, origin: str, item: str = "task") -> Iterator[tuple[str, Any]]:
    """``(where, value)`` for each element of the top-level array, or each non-blank JSONL line.

    ``where`` names it in messages: ``origin item n`` in an array, ``origin:line`` in JSONL."""
    try:
        first = _first_byte(path)
        if first == b"[":
            yield from _array(path, origin, item)
        else:
            yield from _lines(path, origin)
    except OSError as exc:
        raise InputError(origin, exc.strerror or str(exc)) from None


def _array(path: Path, origin: str, item: str) -> Iterator[tuple[str, Any]]:
    import ijson  # here: the consumers' test venvs import app.formats without it

    n = 0
    with path.open("rb") as f:
        if f.read(3) != b"\xef\xbb\xbf":
            f.seek(0)
        try:
            for n, value in enumerate(ijson.items(f, "item", use_float=True), 1):  # n after the loop
                yield f"{origin} {item} {n}", value
        except ijson.JSONError as exc:  # yajl's message shows the place on further lines: the first says what
            raise InputError(f"{origin} {item} {n + 1}", f"not JSON: {str(exc).strip().splitlines()[0]}") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{origin} {item} {n + 1}", f"not UTF-8 text: {exc.reason} at byte {exc.start}") from None


def _lines(path: Path, origin: str) -> Iterator[tuple[str, Any]]:
    with path.open("rb") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    value = orjson.loads(line.removeprefix(b"\xef\xbb\xbf") if n == 1 else line)
                except orjson.JSONDecodeError as exc:
                    raise InputError(f"{origin}:{n}", f"not JSON: {exc}") from None
                yield f"{origin}:{n}", value
