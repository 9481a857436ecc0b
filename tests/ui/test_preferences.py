"""Preferences through the real menu action: the reading size, the label keys and the interface
language apply at once (en -> ar -> en, with the layout direction)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui.actions import Act
from ui.i18n import current_language, install_language
from ui.preferences import PreferencesDialog

pytestmark = pytest.mark.gui


def choose_in_preferences(bench, language: str, **values: object) -> None:  # type: ignore[no-untyped-def]
    """Open Preferences with its menu action, pick ``language`` (and a font size or FIGURE key), OK."""

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        if "font_size" in values:
            dialog.font_size.setValue(values["font_size"])  # type: ignore[arg-type]
        if "figure_key" in values:
            dialog.key_edits["FIGURE"].setKeySequence(values["figure_key"])  # type: ignore[arg-type]
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    bench.actions[Act.PREFERENCES].trigger()  # modal: returns once fill_in accepted it


def test_preferences_dialog_applies_size_and_keys(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    choose_in_preferences(bench, "en", font_size=20, figure_key="7")
    assert bench.settings.language == "en"
    assert bench.view.point_size == 20
    assert bench.label_actions["FIGURE"].shortcut().toString() == "7"
    bench.window.activateWindow()  # shortcuts need the window active again after the modal dialog
    qtbot.waitUntil(bench.window.isActiveWindow)
    bench.view.setFocus()
    bench.view.setTextCursor(bench.view.document().find("144"))
    qtbot.keyClick(bench.view, Qt.Key.Key_7)
    assert [a.label for a in bench.ws.documents.open(bench.doc.id).annotations] == ["FIGURE"]


def test_language_switches_live_to_arabic_and_back(qapp, bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    install_language(qapp, "en")
    window = bench.window
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
    bench.view.setTextCursor(bench.view.document().find("شويغو"))
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    try:
        choose_in_preferences(bench, "ar")
        assert bench.settings.language == "ar" and current_language() == "ar"
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&ملف")
        assert [a.text() for a in window.menuBar().actions()] == [
            "&ملف",
            "&تحرير",
            "&عرض",
            "&وسم",
            "ا&قتراحات",
            "&مساعدة",
        ]
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.list_dock.windowTitle() == "الوثائق"
        assert window.list_dock.toggleViewAction().text() == "الوثائق"
        assert bench.actions[Act.FIND].text() == "&بحث…"
        assert bench.undo_action.text() == "تراجع عن إضافة فاعل \u2068«شويغو»\u2069"  # the step made in English
        assert bench.stack.text(0) == "إضافة فاعل \u2068«شويغو»\u2069"  # ... and the Edit menu's history
        assert window.find_bar.edit.placeholderText().startswith("بحث")
        assert window.status.progress.text().startswith("مكتمل")
        assert window.documents.model.headerData(0, Qt.Orientation.Horizontal) == "العنوان"
        # the document list moved across: it is on the side where Arabic reading starts
        qtbot.waitUntil(
            lambda: window.documents.mapTo(window, QPoint(0, 0)).x() > bench.view.mapTo(window, QPoint(0, 0)).x()
        )

        choose_in_preferences(bench, "en")
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert window.list_dock.windowTitle() == "Documents"
        assert bench.undo_action.text() == "Undo add Actor \u2068«شويغو»\u2069"
        bench.undo_action.trigger()
        assert bench.redo_action.text() == "Redo add Actor \u2068«شويغو»\u2069"
        qtbot.waitUntil(
            lambda: window.documents.mapTo(window, QPoint(0, 0)).x() < bench.view.mapTo(window, QPoint(0, 0)).x()
        )
    finally:
        install_language(qapp, "en")
