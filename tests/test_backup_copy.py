"""The backup before a migration goes through SQLite only: a plain copy of the live file would open and close
it in this process, which drops SQLite's POSIX locks on it (issue 9, item 2)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from db.engine import _backup_sqlite
from db.errors import DatabaseError


def test_the_backup_is_sqlites_own_and_never_a_file_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, dest = tmp_path / "a.sqlite3", tmp_path / "a.sqlite3.bak-1"
    with sqlite3.connect(src) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (42)")
    copies: list[object] = []
    monkeypatch.setattr(shutil, "copy2", lambda *args, **kw: copies.append(args))
    _backup_sqlite(src, dest)
    with sqlite3.connect(dest) as conn:
        assert conn.execute("SELECT x FROM t").fetchall() == [(42,)]
    dest.unlink()

    real_exists = Path.exists  # a backup that left no file is an error the user reads, not a copy of the file
    monkeypatch.setattr(Path, "exists", lambda self, **kw: self != dest and real_exists(self, **kw))
    with pytest.raises(DatabaseError, match="could not back"):
        _backup_sqlite(src, dest)
    assert copies == []
