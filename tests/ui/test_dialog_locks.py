"""A file dialog in the database's folder must not open the database files (issue 9, item 2).

Qt's default icon provider read each listed file to tell its type; closing that descriptor dropped this
process's POSIX locks on ``x.sqlite`` and ``x.sqlite-shm``, so the next process to close the database took
itself for the last one, checkpointed and deleted the WAL, and the GUI's later commits went to the deleted
file: other processes never saw them and reused their ids. These tests drive the real dialogs there.
"""

from __future__ import annotations

import ast
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo, QMimeDatabase, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileIconProvider, QFileSystemModel

from app.services import Workspace
from tests.ui.conftest import add_document, make_bench
from ui.actions import Act
from ui.file_dialogs import NameOnlyIconProvider

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]


def posix_locks(db: Path) -> list[tuple[str, str, str, str]]:
    """This process's POSIX locks on the database and its -shm, from /proc/locks: (file, kind, start, end)."""
    inodes = {os.stat(p).st_ino: p.name for p in (db, db.with_name(db.name + "-shm")) if p.exists()}
    found = []
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.replace(" -> ", " ").split()
        if fields[1] == "POSIX" and int(fields[4]) == os.getpid() and int(fields[5].split(":")[2]) in inodes:
            found.append((inodes[int(fields[5].split(":")[2])], fields[3], fields[6], fields[7]))
    return sorted(found)


def look_around(folder: Path, db: Path, seen: dict[str, object], qtbot) -> Callable[[], None]:  # type: ignore[no-untyped-def]
    """Run in the open modal dialog: go to ``folder``, wait until it is loaded (Qt used to read each file
    then), note the locks, then cancel."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, QFileDialog), dialog
            seen["dialog"] = type(dialog).__name__
            model = dialog.findChild(QFileSystemModel)
            assert model is not None
            loaded: list[str] = []
            model.directoryLoaded.connect(loaded.append)
            names = {p.name for p in folder.iterdir() if p.is_file()}
            assert {db.name + "-wal", db.name + "-shm"} <= names  # the GUI's connection keeps them
            dialog.setDirectory(str(folder))  # the files are listed (and were read) even where a filter hides them
            qtbot.waitUntil(lambda: str(folder) in loaded, timeout=5000)
            qtbot.wait(200)
            seen["locks"] = posix_locks(db)
        except BaseException as exc:  # raised in a Qt callback, it would only be printed: report it to the test
            seen["error"] = exc
        finally:
            if isinstance(dialog, QFileDialog):
                dialog.reject()

    return run


def open_import(bench) -> None:  # type: ignore[no-untyped-def]
    bench.actions[Act.IMPORT].trigger()


def open_export_choose(bench) -> None:  # type: ignore[no-untyped-def]
    from ui.export_dialog import ExportDialog

    ExportDialog(["ACTOR"], ["tester"], bench.window).on_choose()


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads this process's locks from /proc/locks (Linux)")
@pytest.mark.parametrize("open_dialog", [open_import, open_export_choose], ids=["import", "export-choose"])
def test_a_dialog_in_the_database_folder_keeps_sqlites_locks_and_loses_nothing(  # type: ignore[no-untyped-def]
    tmp_path: Path, qtbot, open_dialog
) -> None:
    db = tmp_path / "x.sqlite"
    ws = Workspace.open(str(db), "tester")
    try:
        before = add_document(ws, "committed before the dialog")
        bench = make_bench(ws, qtbot)
        held = posix_locks(db)
        assert {name for name, *_ in held} == {"x.sqlite", "x.sqlite-shm"}  # SQLite's shared locks
        seen: dict[str, object] = {}
        QTimer.singleShot(0, look_around(tmp_path, db, seen, qtbot))
        open_dialog(bench)
        if "error" in seen:
            raise AssertionError(seen) from seen["error"]  # type: ignore[misc]
        assert seen["dialog"] == "FileDialog" and seen["locks"] == held

        other = tmp_path / "other.txt"  # a second process writes and closes: it must not take itself for the last
        other.write_text("written by a second process", encoding="utf-8")
        cli = subprocess.run(
            [sys.executable, "-m", "app.cli", "--db", str(db), "import", str(other)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert cli.returncode == 0, cli.stderr
        assert db.with_name("x.sqlite-wal").exists()  # still ours: not checkpointed away and deleted

        after = add_document(ws, "committed after the dialog")  # the GUI's connection still works
        with sqlite3.connect(db) as reader:  # what any other process sees
            rows = reader.execute("SELECT id, title FROM documents ORDER BY id").fetchall()
        assert rows == [
            (before, "committed before the dialog"),
            (before + 1, "other"),
            (after, "committed after the dialog"),
        ]
        bench.window.close()
    finally:
        ws.close()


def test_types_and_icons_come_from_the_name_never_the_content(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    disguised = tmp_path / "x.sqlite-wal"  # no known extension: only the content tells it is SQLite
    with sqlite3.connect(disguised) as conn:
        conn.execute("CREATE TABLE t (x)")
    info = QFileInfo(str(disguised))
    assert "SQLite" in QFileIconProvider().type(info)  # Qt's own provider read the file
    assert NameOnlyIconProvider().type(info) == QMimeDatabase().mimeTypeForName("application/octet-stream").comment()
    assert not NameOnlyIconProvider().icon(info).isNull()
    folder = QFileInfo(str(tmp_path))
    assert NameOnlyIconProvider().type(folder) == QFileIconProvider().type(folder)
    assert not NameOnlyIconProvider().icon(folder).isNull()


def test_every_file_dialog_in_ui_goes_through_ui_file_dialogs() -> None:
    def mentions(path: Path) -> list[int]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        return sorted(
            node.lineno
            for node in ast.walk(tree)
            if (isinstance(node, ast.Name) and node.id == "QFileDialog")
            or (isinstance(node, ast.Attribute) and node.attr == "QFileDialog")
            or (isinstance(node, ast.alias) and node.name.split(".")[-1] == "QFileDialog")
        )

    offenders = {
        str(p.relative_to(REPO)): mentions(p)
        for p in sorted((REPO / "ui").rglob("*.py"))
        if p.name != "file_dialogs.py"
    }
    assert {k: v for k, v in offenders.items() if v} == {}
