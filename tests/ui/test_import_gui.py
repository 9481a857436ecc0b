"""File → Import…: the file dialog's filters name the format, the import runs off the UI thread, and the
list, status bar and reading view follow; a bad file imports nothing and says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.formats.readers import FORMATS
from app.services import Workspace
from tests.ui.conftest import make_bench
from ui.actions import Act
from ui.import_formats import format_of, import_filters

pytestmark = pytest.mark.gui

CONLL = "قال O\nوزير O\nالدفاع O\nسيرغي B-PERS\nشويغو I-PERS\nإن O\n144 O\nشخصا O\n\n"


def test_every_format_has_a_filter_that_names_it() -> None:
    filters = import_filters()
    assert filters[0][0] is None and "*.conllu" in filters[0][1] and "*.ann" in filters[0][1]
    assert sorted(fmt for fmt, _ in filters[1:]) == sorted(FORMATS)
    for fmt, text in filters:
        assert format_of(text) == fmt
    assert format_of("something else") is None


def choose_files(monkeypatch, paths: list[Path], fmt: str | None) -> None:  # type: ignore[no-untyped-def]
    text = next(text for f, text in import_filters() if f == fmt)
    monkeypatch.setattr("ui.file_actions.open_file_names", lambda *a, **k: ([str(p) for p in paths], text))


def test_a_conll_file_without_extension_imports_in_the_background(  # type: ignore[no-untyped-def]
    sqlite_ws: Workspace, qtbot, monkeypatch, tmp_path: Path
) -> None:
    bench = make_bench(sqlite_ws, qtbot)
    assert bench.doc.id is None and bench.list_model.rowCount() == 0  # an empty database
    corpus = tmp_path / "ANERCorp"  # named like the real corpus: no extension, so only the filter tells
    corpus.write_text(CONLL, encoding="utf-8")
    choose_files(monkeypatch, [corpus], "conll")
    bench.actions[Act.IMPORT].trigger()
    qtbot.waitUntil(lambda: bench.list_model.rowCount() == 1, timeout=10_000)
    assert "1 documents imported" in bench.window.status.currentMessage()
    assert bench.doc.id is not None  # the first document opened by itself
    [ann] = bench.doc.data.annotations
    assert (ann.label, ann.text) == ("PERS", "سيرغي شويغو")
    assert bench.window.status.progress.text() == "Done \u20660 / 1\u2069"
    bench.window.close()


def test_a_bad_file_imports_nothing_and_says_why(  # type: ignore[no-untyped-def]
    sqlite_ws: Workspace, qtbot, monkeypatch, tmp_path: Path
) -> None:
    bench = make_bench(sqlite_ws, qtbot)
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text("قال الوزير إن 144 شخصا قتلوا", encoding="utf-8")
    empty.write_bytes(b"")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    choose_files(monkeypatch, [good, empty], None)
    bench.actions[Act.IMPORT].trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "empty.txt" in warnings[0]
    assert sqlite_ws.documents.count() == 0 and bench.list_model.rowCount() == 0
    bench.window.close()
