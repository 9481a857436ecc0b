"""Which files a reader may open: regular files within a size cap, checked without blocking on a FIFO."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from app.errors import InputError

MAX_SIZE = 512 << 20  # the largest file read by default (``--max-size`` raises it)
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", re.I)
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def parse_size(value: str) -> int:
    """Bytes in ``"512M"``, ``"2GiB"``, ``"1.5g"`` or ``"1048576"`` (units are powers of 1024)."""
    m = _SIZE.fullmatch(value)
    size = int(float(m[1]) * _UNITS[m[2].lower()]) if m else 0
    if size < 1:
        raise InputError(value, "not a size (e.g. 800M, 2G, or a number of bytes)")
    return size


def _size(n: int) -> str:
    unit = next((u for u in "tgmk" if n >= _UNITS[u]), "")
    return f"{n / _UNITS[unit]:.4g} {unit.upper()}iB" if unit else f"{n} bytes"


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a file")


def unreadable(path: Path, max_size: int = MAX_SIZE) -> str | None:
    """Why ``path`` is not read (None: it is a regular file within the cap).

    Checked on the opened descriptor (``fstat``), opened non-blocking, so a FIFO that replaces the file
    after ``stat`` cannot block the import; devices, sockets and FIFOs are refused before any open.
    """
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            return f"not a regular file ({_kind(mode)})"
        fd = os.open(path, os.O_RDONLY | _NONBLOCK)
        try:
            info = os.fstat(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        return exc.strerror or str(exc)
    if not stat.S_ISREG(info.st_mode):
        return f"not a regular file ({_kind(info.st_mode)})"
    if info.st_size > max_size:
        return f"larger than the cap ({_size(info.st_size)} > {_size(max_size)}; raise it with --max-size)"
    return None
