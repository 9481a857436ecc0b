"""Preferences through the real menu action: the reading size and label keys apply at once; the
language is stored and applies at the next start, which the dialog says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from ui.actions import Act
from ui.i18n import choose_language
from ui.preferences import PreferencesDialog

pytestmark = pytest.mark.gui


def test_preferences_dialog_applies_size_and_keys_and_stores_the_language(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        notes = [label.text() for label in dialog.findChildren(QLabel)]
        seen["note"] = any("next time Hashiya starts" in text for text in notes)
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
        dialog.font_size.setValue(20)
        dialog.key_edits["FIGURE"].setKeySequence("7")
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    bench.actions[Act.PREFERENCES].trigger()  # modal: returns once fill_in accepted it
    assert seen["note"] is True
    assert bench.settings.language == "ar"
    assert choose_language(bench.settings.language) == "ar"  # what the next start installs
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight  # not switched live
    assert bench.view.point_size == 20
    assert bench.label_actions["FIGURE"].shortcut().toString() == "7"
    bench.window.activateWindow()  # shortcuts need the window active again after the modal dialog
    qtbot.waitUntil(bench.window.isActiveWindow)
    bench.view.setFocus()
    bench.view.setTextCursor(bench.view.document().find("144"))
    qtbot.keyClick(bench.view, Qt.Key.Key_7)
    assert [a.label for a in bench.ws.documents.open(bench.doc.id).annotations] == ["FIGURE"]
