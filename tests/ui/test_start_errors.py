"""Starting the GUI on a database it cannot open shows a message box, never a traceback (issue 5)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.services import Workspace


def test_newer_database_gets_a_message_box_and_exit_status_2(
    tmp_path: Path, sqlite_ws: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui.main import run_gui

    db = tmp_path / "test.sqlite3"  # the file sqlite_ws made
    sqlite_ws.close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.close()
    target = tmp_path / "refused.png"
    assert run_gui(db=str(db), screenshot=target, language="en") == 2
    assert "newer version of Hashiya" in capsys.readouterr().err
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 100
    assert not list(tmp_path.glob("test.sqlite3.bak-*"))
