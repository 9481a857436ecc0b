"""One error root; a read-only database and a full disk are one line and exit 2; a bug leaves a trace in the log."""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import app.errors
import db.errors
from app import cli
from app.cli import main
from app.services import Workspace
from tests.conftest import SEED


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count(path: Path, table: str = "annotations") -> int:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def dbfile(tmp_path: Path) -> Path:
    path = tmp_path / "work.sqlite3"
    ws = Workspace.open(str(path), "tester")
    from app.services.importing import import_paths

    import_paths(ws.db, [SEED], annotator="tester")
    ws.close()
    return path


def test_every_error_has_one_root() -> None:
    classes = [
        obj
        for module in (app.errors, db.errors)
        for _, obj in inspect.getmembers(module, inspect.isclass)
        if issubclass(obj, Exception) and obj.__module__ in ("app.errors", "db.errors")
    ]
    assert db.errors.DatabaseError in classes and len(classes) >= 8
    assert all(issubclass(cls, app.errors.HashiyaError) for cls in classes), classes


def _one_line_error(code: int, err: str, *words: str) -> None:
    assert code == 2
    assert len(err.splitlines()) == 1 and err.startswith("hashiya: error: ") and "Traceback" not in err, err
    for word in words:
        assert word in err


def test_a_database_opened_read_only_refuses_a_write_in_one_line(
    capsys: pytest.CaptureFixture[str], dbfile: Path
) -> None:
    before = _sha(dbfile)
    url = f"sqlite+pysqlite:///file:{dbfile}?mode=ro&uri=true"
    code, _, err = run(capsys, "annotate", "--doc", "1", "--label", "FIGURE", "--match", "144", "--db", url)
    _one_line_error(code, err, "read-only", "nothing was changed")
    assert _sha(dbfile) == before and _count(dbfile) == 0


@contextlib.contextmanager
def _immutable(path: Path) -> Iterator[None]:
    """Make ``path`` unwritable even for root (``chattr +i``); as another user ``chmod`` does it."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
        pytest.skip("running as root where chmod does not stop writes, and chattr +i is not available here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_read_only_file_refuses_a_write_in_one_line(capsys: pytest.CaptureFixture[str], dbfile: Path) -> None:
    before = _sha(dbfile)
    with _immutable(dbfile):
        code, _, err = run(capsys, "annotate", "--doc", "1", "--label", "FIGURE", "--match", "144", "--db", str(dbfile))
    _one_line_error(code, err, "read-only")
    assert _sha(dbfile) == before and _count(dbfile) == 0


def test_a_full_disk_is_one_line_and_leaves_the_database_as_it_was(
    capsys: pytest.CaptureFixture[str], dbfile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's page limit gives the very SQLITE_FULL a full disk gives."""
    with contextlib.closing(sqlite3.connect(dbfile)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    import db.engine

    monkeypatch.setattr(db.engine, "SQLITE_PRAGMAS", (*db.engine.SQLITE_PRAGMAS, f"PRAGMA max_page_count={pages}"))
    big = tmp_path / "big.txt"
    big.write_text(("خبر طويل عن الطائرات المسيرة " * 20 + "\n\n") * 400, encoding="utf-8")
    documents = _count(dbfile, "documents")
    code, _, err = run(capsys, "import", str(big), "--format", "txt", "--db", str(dbfile))
    _one_line_error(code, err, "disk is full", "nothing was changed")
    assert _count(dbfile, "documents") == documents


def test_a_bug_is_one_line_with_the_log_and_the_traceback_goes_to_the_log(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError("the list is upside down")

    monkeypatch.setitem(cli.COMMANDS, "list", broken)
    code, _, err = run(capsys, "list")
    from app.logs import log_file

    assert code == 70
    assert err.splitlines() == [
        f"hashiya: internal error: RuntimeError: the list is upside down (details in {log_file()})"
    ]
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "the list is upside down" in logged
    code, _, err = run(capsys, "--debug", "list")
    assert code == 70 and "Traceback (most recent call last)" in err


def test_the_log_rotates_at_about_a_megabyte_and_keeps_three(tmp_path: Path) -> None:
    from app import logs

    path = logs.setup()
    assert path is not None
    for n in range(5000):
        logs.log.info("line %d %s", n, "x" * 1000)
    files = sorted(path.parent.iterdir())
    assert [f.name for f in files] == ["hashiya.log", "hashiya.log.1", "hashiya.log.2", "hashiya.log.3"]
    assert all(f.stat().st_size <= logs.MAX_BYTES for f in files)


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_qt_slot_is_logged_and_shown_with_the_log_named(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.logs import log_file
    from ui.main import application, install_excepthook

    application()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back whatever was there after the test
    install_excepthook()

    def slot() -> None:
        raise ZeroDivisionError("labels per word")

    QTimer.singleShot(0, slot)

    def shown() -> QMessageBox:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert boxes
        return boxes[0]

    qtbot.waitUntil(lambda: bool(shown()), timeout=3000)
    box = shown()
    assert "ZeroDivisionError: labels per word" in box.text() and str(log_file()) in box.text()
    box.close()
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "in slot" in logged
