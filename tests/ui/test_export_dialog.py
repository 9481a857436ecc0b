"""The export dialog offers every format and the filters; the export runs in a worker thread through
``export_formats.export``; Cancel leaves no file, a finished export writes it."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.services.export_formats import EXPORT_FORMATS
from app.services.exporting import ExportFilter
from tests.ui.conftest import add_document, make_bench
from ui.export_dialog import ExportDialog, ExportRequest

pytestmark = pytest.mark.gui

TEXT = "قال وزير الدفاع سيرغي شويغو إن 144 شخصا قتلوا في 22 آذار (مارس)."


def corpus(ws, n: int = 60) -> None:  # type: ignore[no-untyped-def]
    for i in range(n):
        doc_id = add_document(ws, f"{TEXT} {i}", f"خبر {i}")
        ws.annotations.add(doc_id, "ACTOR", TEXT.index("شويغو"), TEXT.index("شويغو") + 5)
        ws.annotations.add(doc_id, "FIGURE", TEXT.index("144"), TEXT.index("144") + 3)


def test_the_dialog_offers_every_format_and_builds_the_filter(sqlite_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(["ACTOR", "CLAIM", "FIGURE"], ["ahmad", "tester"])
    qtbot.addWidget(dialog)
    assert [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())] == list(EXPORT_FORMATS)
    assert not dialog.ok_button.isEnabled()  # no destination yet
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("brat"))
    assert dialog.writes_folder()
    dialog.dest_edit.setText("/tmp/out")
    dialog.labels.item(1).setCheckState(Qt.CheckState.Unchecked)  # CLAIM
    dialog.statuses.item(2).setCheckState(Qt.CheckState.Unchecked)  # done
    request = dialog.request()
    assert request.fmt == "brat" and request.dest == Path("/tmp/out") and request.split is None
    assert request.flt == ExportFilter(
        labels=frozenset({"ACTOR", "FIGURE"}), annotators=None, statuses=frozenset({"new", "in_progress"})
    )


def test_a_finished_export_writes_the_file(sqlite_ws, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corpus(sqlite_ws, 5)
    bench = make_bench(sqlite_ws, qtbot)
    dest = tmp_path / "out" / "actors.jsonl"
    task = bench.files.start_export(ExportRequest("jsonl", dest, ExportFilter(labels=frozenset({"ACTOR"})), None))
    with qtbot.waitSignal(task.succeeded, timeout=20_000) as blocker:
        pass
    assert blocker.args[0].documents == 5
    lines = [orjson.loads(line) for line in dest.read_bytes().splitlines()]
    assert len(lines) == 5
    assert {a["label"] for doc in lines for a in doc["annotations"]} == {"ACTOR"}


def test_a_cancelled_export_leaves_no_file(sqlite_ws, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corpus(sqlite_ws, 60)
    bench = make_bench(sqlite_ws, qtbot)
    folder = tmp_path / "out"
    folder.mkdir()
    dest = folder / "all.conllu"
    task = bench.files.start_export(ExportRequest("conllu", dest, ExportFilter(), None))
    cancel = task.dialog.findChild(QPushButton)  # the progress dialog's Cancel button
    with qtbot.waitSignal(task.failed, timeout=20_000) as blocker:
        cancel.click()
    assert blocker.args == [""]  # cancelled: no error message
    assert list(folder.iterdir()) == []  # neither the file nor a staged part


def test_the_dialog_refuses_a_folder_of_user_files_and_offers_a_subfolder(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tmp_path = tmp_path / "home"  # the test's settings live in tmp_path itself
    tmp_path.mkdir()
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    dialog = ExportDialog(["ACTOR"], ["tester"])
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("brat"))
    dialog.dest_edit.setText(str(tmp_path))  # what the folder picker gives: an existing folder
    dialog.accept()
    assert dialog.result() != ExportDialog.DialogCode.Accepted and not dialog.problem.isHidden()
    assert str(tmp_path) in dialog.problem.text() and "new subfolder" in dialog.problem.text()
    assert dialog.request().dest == tmp_path / "hashiya-brat"
    dialog.accept()
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]  # the dialog itself writes nothing


def test_a_gui_folder_export_keeps_the_users_files(
    sqlite_ws,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ui.file_actions

    corpus(sqlite_ws, 3)
    bench = make_bench(sqlite_ws, qtbot)
    warnings: list[str] = []
    monkeypatch.setattr(ui.file_actions.QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    tmp_path = tmp_path / "home"  # the workspace's files live in tmp_path itself
    (tmp_path / "thesis").mkdir(parents=True)
    (tmp_path / "thesis" / "draft.tex").write_text("draft", encoding="utf-8")
    task = bench.files.start_export(ExportRequest("xmi", tmp_path, ExportFilter(), None))
    with qtbot.waitSignal(task.failed, timeout=20_000) as blocker:
        pass
    assert "new subfolder" in blocker.args[0] and warnings == [blocker.args[0]]
    assert [p.name for p in tmp_path.iterdir()] == ["thesis"] and (tmp_path / "thesis" / "draft.tex").exists()
    task = bench.files.start_export(ExportRequest("xmi", tmp_path / "hashiya-xmi", ExportFilter(), None))
    with qtbot.waitSignal(task.succeeded, timeout=20_000):
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hashiya-xmi", "thesis"]
