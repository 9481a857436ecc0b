"""The database's own files (``x.sqlite`` and its ``-wal``, ``-shm``, ``-journal``), recognised without opening them.

Only SQLite may open these files: closing any other descriptor of one drops all of this process's POSIX locks
on it (SQLite's "How To Corrupt", 2.2), and another process then deletes the WAL under us. Imports leave them
out and exports refuse to write over them; both decide from names and ``os.stat`` (device and inode, which
also catches a hard link), never by reading.
"""

from __future__ import annotations

import os
from pathlib import Path

SIDECARS = ("-wal", "-shm", "-journal")


class DatabaseFiles:
    """The files of the SQLite database at ``path`` (None, e.g. PostgreSQL: no files)."""

    def __init__(self, path: Path | None) -> None:
        self.paths: set[Path] = set()
        self.inodes: set[tuple[int, int]] = set()
        if path is None:
            return
        main = Path(os.path.realpath(path))
        for file in (main, *(main.with_name(main.name + suffix) for suffix in SIDECARS)):
            self.paths.add(file)
            key = _inode(file)
            if key is not None:
                self.inodes.add(key)

    def __bool__(self) -> bool:
        return bool(self.paths)

    def holds(self, path: Path | str) -> bool:
        """Whether ``path`` is one of the database's files: the same name (a sidecar may appear later) or inode."""
        if not self.paths:
            return False
        if Path(os.path.realpath(path)) in self.paths:
            return True
        key = _inode(Path(path))
        return key is not None and key in self.inodes

    def inside(self, folder: Path) -> Path | None:
        """The database file (or a sidecar) that lies in ``folder`` or below it, if any."""
        root = Path(os.path.realpath(folder))
        return next((p for p in sorted(self.paths) if p.is_relative_to(root) and os.path.lexists(p)), None)


def _inode(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino
