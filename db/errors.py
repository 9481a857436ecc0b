"""The one root of the errors the user can act on, and the storage errors under it.

The root lives here rather than in ``app/`` because ``db/`` must not import ``app/`` (ui -> app -> db);
``app.errors`` re-exports it. SQLite's result codes are mapped to these errors in one place,
:func:`known_error` (in the spirit of qutebrowser's ``misc/sql.py``: known errors become a message,
anything else is a bug). Importing this loads nothing heavy (the CLI and the first frame need it early).
"""

from __future__ import annotations

from pathlib import Path


class HashiyaError(Exception):
    """Bad input, an impossible request or a storage problem: reported in one line, never a traceback."""


class DatabaseError(HashiyaError):
    """An error the user can act on (a newer schema, an unreachable server, a read-only file)."""


class DatabaseBusyError(DatabaseError):
    """Another program held the write lock for longer than the busy timeout: nothing was changed."""


class DatabaseReadOnlyError(DatabaseError):
    """The file, its folder or the disk is read-only: nothing was changed."""


class DiskFullError(DatabaseError):
    """The disk (or the server's) is full: the transaction was rolled back, nothing was changed."""


class DatabaseDamagedError(DatabaseError):
    """The file has damaged pages (SQLITE_CORRUPT, SQLITE_NOTADB): Hashiya reads it but refuses to write."""


class DatabaseUnavailableError(DatabaseError):
    """The file cannot be opened or read (SQLITE_CANTOPEN, SQLITE_IOERR), or the server is unreachable."""


_SQLITE = {  # primary result codes (sqlite3.SQLITE_*), as numbers to keep this import light
    5: "busy",
    6: "busy",
    8: "readonly",
    10: "ioerr",
    11: "corrupt",
    13: "full",
    14: "cantopen",
    26: "notadb",
}
_SQLSTATE = {"53100": "full", "25006": "readonly", "57P03": "cantopen"}  # PostgreSQL (psycopg)


def error_kind(exc: BaseException) -> str | None:
    """``busy``, ``readonly``, ``ioerr``, ``corrupt``, ``full``, ``cantopen`` or ``notadb`` for a driver error
    (a ``sqlite3.Error``, a psycopg error, or SQLAlchemy's wrapper of either), else None."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _SQLITE.get(code & 0xFF)
    return _SQLSTATE.get(str(getattr(orig, "sqlstate", "")))


def known_error(exc: BaseException, where: str, path: Path | None = None) -> DatabaseError | None:
    """The user-facing error for a driver error on the database ``where`` (the file ``path``), or None
    when it is not one the user can act on (then it is a bug)."""
    kind = error_kind(exc)
    reason = str(getattr(exc, "orig", None) or exc)
    if kind == "notadb" and not _looks_like_sqlite(path):
        return DatabaseError(
            f"cannot open database {where}: it is not a SQLite database ({reason}); nothing was changed"
        )
    if kind in ("corrupt", "notadb"):
        from db.integrity import damaged

        return damaged(path, [reason]) if path is not None else DatabaseDamagedError(f"{where} is damaged: {reason}")
    if kind == "readonly":
        return DatabaseReadOnlyError(
            f"cannot write to {where}: the database is read-only (check the permissions "
            "of the file and its folder, and that the disk is writable); nothing was changed"
        )
    if kind == "full":
        return DiskFullError(
            f"cannot write to {where}: the disk is full; free some space and try again (nothing was changed)"
        )
    if kind == "busy":
        return DatabaseBusyError(
            f"{where}: the database is busy (another program is writing to it); try again in a moment"
        )
    if kind in ("cantopen", "ioerr"):
        return DatabaseUnavailableError(
            f"cannot read or write {where}: {reason} (is the disk or the server still there?)"
        )
    return None


def _looks_like_sqlite(path: Path | None) -> bool:
    """Whether the file starts with SQLite's magic string (then "not a database" means a damaged header).

    The 16 bytes are read (``pread``) through a descriptor SQLite itself opened, from a fresh read-only
    connection: closing any other descriptor of the file would drop this process's POSIX locks on it while
    other connections may be open, and SQLite keeps its own descriptor open until no lock needs it. Where no
    list of descriptors exists (Windows, whose locks are not POSIX locks), the file is read directly.
    """
    if path is None:
        return False
    import contextlib
    import os
    import sqlite3

    try:
        if not any(os.path.isdir(d) for d in _FD_DIRS):
            with path.open("rb") as f:
                return f.read(16) == _MAGIC
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)):
            return _read_through_sqlite(path, len(_MAGIC)) == _MAGIC
    except (OSError, ValueError, sqlite3.Error):
        return False


_MAGIC = b"SQLite format 3\x00"
_FD_DIRS = ("/proc/self/fd", "/dev/fd")


def _read_through_sqlite(path: Path, size: int) -> bytes | None:
    """The first ``size`` bytes of ``path`` read through a descriptor this process already has on it."""
    import os

    st = os.stat(path)
    folder = next(d for d in _FD_DIRS if os.path.isdir(d))
    for name in os.listdir(folder):
        try:
            fd = int(name)
            info = os.fstat(fd)
            if (info.st_dev, info.st_ino) == (st.st_dev, st.st_ino):
                return os.pread(fd, size, 0)
        except (OSError, ValueError):
            continue  # the listing's own descriptor, or one closed meanwhile
    return None
