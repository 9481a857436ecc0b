"""Interface language, right-to-left layout, translations up to date, start-up and screenshots."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from tests.ui.conftest import REPO, add_document, make_bench
from ui.i18n import choose_language, install_language, remove_language

pytestmark = pytest.mark.gui


def test_language_follows_preference_then_system() -> None:
    assert choose_language("ar", "en_GB") == "ar"
    assert choose_language("", "ar_SY") == "ar"
    assert choose_language(None, "fr_FR") == "en"


def test_arabic_interface_is_translated_and_lays_out_right_to_left(qapp, article_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    translators = install_language(qapp, "ar")
    try:
        bench = make_bench(article_ws, qtbot)
        window = bench.window
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[0] == "&ملف"
        # the document list (a "left" dock) is drawn on the right of the reading view in Arabic
        view_x = bench.view.mapTo(window, QPoint(0, 0)).x()
        list_x = window.documents.mapTo(window, QPoint(0, 0)).x()
        assert list_x > view_x
        # the first menu is at the right end of the menu bar
        bar = window.menuBar()
        first = bar.actionGeometry(bar.actions()[0])
        last = bar.actionGeometry(bar.actions()[-1])
        assert first.x() > last.x()
        from PySide6.QtTest import QTest

        bench.view.setTextCursor(bench.view.document().find("شويغو"))
        QTest.keyClick(bench.view, Qt.Key.Key_1)
        assert bench.undo_action.text() == "تراجع عن إضافة فاعل \u2068«شويغو»\u2069"
        window.close()
    finally:
        remove_language(translators)
        install_language(qapp, "en")


def test_translations_are_complete_and_compiled() -> None:
    """The .qm files are committed (a frozen build needs no Qt tools); this keeps them in step."""
    spec = importlib.util.spec_from_file_location("update_translations", REPO / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    assert module.check() == []


def test_start_opens_the_last_document_with_focus_in_the_view(sqlite_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = add_document(sqlite_ws, "النص الأول")
    second = add_document(sqlite_ws, "النص الثاني")
    bench = make_bench(sqlite_ws, qtbot)
    assert bench.doc.id == first
    bench.open_document(second)
    bench.window.close()
    again = make_bench(sqlite_ws, qtbot)
    assert again.doc.id == second
    assert again.view.hasFocus()


def test_screenshot_renders_the_window_and_exits(tmp_path: Path, sqlite_ws) -> None:  # type: ignore[no-untyped-def]
    from ui.main import run_gui

    doc_id = add_document(sqlite_ws, "قال شويغو إن 144 شخصا قتلوا في 22 آذار (مارس).")
    sqlite_ws.annotations.add(doc_id, "ACTOR", 4, 9)
    target = tmp_path / "shot.png"
    assert run_gui(db=str(tmp_path / "test.sqlite3"), screenshot=target, doc=doc_id, language="en") == 0
    image = QImage(str(target))
    assert image.width() >= 800 and image.height() >= 500
