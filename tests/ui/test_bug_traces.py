"""Where a bug leaves a trace in the GUI (issue 9): an unexpected exception in a key press, an undo step, the
status counts, opening a database or a background job is logged with its traceback (``app.logs``), and the
message the user sees names the log file; an error the user can act on shows only its own line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.errors import HashiyaError
from app.logs import log_file
from tests.ui.conftest import select_text
from ui.background import BackgroundTask

pytestmark = pytest.mark.gui


def boom(what: str):  # type: ignore[no-untyped-def]
    def fail(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError(f"boom in {what}")

    return fail


def assert_traced(message: str, what: str) -> None:
    """``message`` names the error and the log file, and the log holds the traceback of the failing call."""
    assert f"RuntimeError: boom in {what}" in message and str(log_file()) in message
    log = log_file().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and f"RuntimeError: boom in {what}" in log
    assert ', in fail\n    raise RuntimeError(f"boom in {what}")' in log  # the frame that raised


def test_a_bug_in_a_key_press_is_logged(bench, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(bench.ws.annotations, "edit_add", boom("add"))
    select_text(bench.view, "شويغو")
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    assert_traced(bench.window.status.currentMessage(), "add")


def test_a_bug_in_an_undo_step_is_logged(bench, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    select_text(bench.view, "شويغو")
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    monkeypatch.setattr(bench.ws.annotations, "edit_delete", boom("undo"))
    bench.undo_action.trigger()
    assert_traced(bench.window.status.currentMessage(), "undo")


def test_a_bug_in_the_status_counts_is_logged(bench, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(bench.ws.documents, "status_counts", boom("counts"))
    bench.on_stats_due()
    assert_traced(bench.window.status.currentMessage(), "counts")


def test_a_bug_while_opening_a_database_is_logged(bench, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services import Workspace

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    monkeypatch.setattr(Workspace, "open", boom("open"))
    bench.files.switch_to(str(tmp_path / "other.sqlite3"))
    [message] = warnings
    assert_traced(message, "open")


def test_a_bug_in_a_background_import_is_logged(bench, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import app.services.importing

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    monkeypatch.setattr(app.services.importing, "import_paths", boom("import"))
    (tmp_path / "a.txt").write_text("قال الوزير", encoding="utf-8")
    bench.files.import_files([tmp_path / "a.txt"], None)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert_traced(warnings[0], "import")


def test_an_error_the_user_can_act_on_is_shown_as_it_is(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    def job(_progress, _cancelled):  # type: ignore[no-untyped-def]
        raise HashiyaError("the disk is full; free some space")

    task = BackgroundTask(bench.window, "job", job)
    with qtbot.waitSignal(task.failed, timeout=10_000) as failed:
        task.start()
    assert failed.args == ["the disk is full; free some space"]
    assert not log_file().exists() or "the disk is full" not in log_file().read_text(encoding="utf-8")


def test_the_database_named_in_the_import_dialog_is_refused_unread(bench, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import builtins

    db = Path(bench.ws.db.describe())
    opened: list[str] = []
    real_open = builtins.open
    monkeypatch.setattr(builtins, "open", lambda f, *a, **k: (opened.append(str(f)), real_open(f, *a, **k))[1])
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    bench.files.import_files([db], "txt")
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "the database itself" in warnings[0] and str(db) not in opened
    assert bench.ws.documents.count() == 1  # the article, and the database still answers
