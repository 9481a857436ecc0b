"""The schema's remaining gaps (issue 11): keys have one source (the schema), the editor sets nesting and
overlapping, display names and document-level fields, and the Document panel edits a document's fields; each
change is one undo step on the window's stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit

from app.schema.model import Choice, Display
from tests.ui.conftest import make_bench
from tests.ui.test_schema_editor import open_editor, type_into
from ui.actions import Act
from ui.preferences import PreferencesDialog
from ui.settings import open_settings

pytestmark = pytest.mark.gui


def preferences_keys(bench) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The keys the Preferences dialog (opened with its menu action) shows, label by label."""
    shown: dict[str, str] = {}

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        shown.update({label: edit.keySequence().toString() for label, edit in dialog.key_edits.items()})
        dialog.reject()

    QTimer.singleShot(0, read)
    bench.actions[Act.PREFERENCES].trigger()
    return shown


def accept_preferences(bench) -> None:  # type: ignore[no-untyped-def]
    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.accept()

    QTimer.singleShot(0, accept)
    bench.actions[Act.PREFERENCES].trigger()


def test_a_key_set_in_the_editor_holds_after_a_restart_and_preferences_shows_it(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    accept_preferences(bench)  # OK in Preferences once (version 1 then wrote every label's key into the settings)
    editor = open_editor(bench, qtbot)
    editor.label_list.setCurrentRow(bench.ws.schema.get().label_names.index("FIGURE"))
    type_into(qtbot, editor.key_edit, "7")
    assert bench.ws.schema.get().label("FIGURE").key == "7"
    editor.close()
    bench.window.close()
    bench.ws.schema.set_key("ACTOR", "9")  # as `hashiya schema import` or another workstation would
    again = make_bench(bench.ws, qtbot)  # a new window on the same workspace: nothing in the settings overrides it
    try:
        assert again.label_actions["FIGURE"].shortcut().toString() == "7"
        assert again.label_actions["ACTOR"].shortcut().toString() == "9"
        assert preferences_keys(again) == {"ACTOR": "9", "CLAIM": "2", "FIGURE": "7", "CUE": ""}
    finally:
        again.window.close()


def test_old_settings_keys_are_cleared_and_do_not_override_the_schema(article_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    old = open_settings()
    old.setValue("keys/FIGURE", "9")  # what version 1 wrote for every label
    old.setValue("keys/ACTOR", "8")
    old.sync()
    bench = make_bench(article_ws, qtbot)
    try:
        assert bench.label_actions["FIGURE"].shortcut().toString() == "3"
        assert bench.label_actions["ACTOR"].shortcut().toString() == "1"
        assert "keys" not in QSettings(old.fileName(), QSettings.Format.IniFormat).childGroups()
    finally:
        bench.window.close()


def test_preferences_changes_keys_in_the_schema_as_one_undo_step(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    def swap() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.key_edits["ACTOR"].setKeySequence("2")  # the two labels swap keys: checked as one step
        dialog.key_edits["CLAIM"].setKeySequence("1")
        dialog.accept()

    steps = bench.stack.count()
    QTimer.singleShot(0, swap)
    bench.actions[Act.PREFERENCES].trigger()
    schema = bench.ws.schema.get()
    assert (schema.label("ACTOR").key, schema.label("CLAIM").key) == ("2", "1")
    assert bench.stack.count() == steps + 1
    assert bench.label_actions["ACTOR"].shortcut().toString() == "2"
    assert "keys" not in open_settings().childGroups()
    bench.stack.undo()
    schema = bench.ws.schema.get()
    assert (schema.label("ACTOR").key, schema.label("CLAIM").key) == ("1", "2")
    assert bench.label_actions["CLAIM"].shortcut().toString() == "2"


def with_document_fields(ws) -> None:  # type: ignore[no-untyped-def]
    ws.schema.add_attribute(None, "genre", "choice", (Choice("news", Display("خبر", "News")), Choice("opinion")),
                            Display("النوع", "Genre"))
    ws.schema.add_attribute(None, "checked", "boolean")
    ws.schema.add_attribute(None, "words", "number")


def test_the_document_panel_edits_the_fields_one_undo_step_each(article_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    with_document_fields(article_ws)
    bench = make_bench(article_ws, qtbot)
    try:
        panel, doc_id = bench.window.fields, bench.doc.id
        assert bench.window.fields_dock.toggleViewAction() in bench.window.menus["view"].actions()
        genre, checked, words = (panel.editors[name] for name in ("genre", "checked", "words"))
        assert isinstance(genre, QComboBox) and isinstance(checked, QCheckBox) and isinstance(words, QLineEdit)
        assert [genre.itemText(n) for n in range(genre.count())] == ["—", "News", "opinion"]
        steps = bench.stack.count()
        genre.setCurrentIndex(genre.findData("opinion"))
        genre.activated.emit(genre.currentIndex())
        checked.click()  # no value -> yes
        type_into(qtbot, words, "812")
        assert article_ws.documents.fields(doc_id) == {"genre": "opinion", "checked": True, "words": 812}
        assert bench.stack.count() == steps + 3
        type_into(qtbot, words, "many")  # not a number: refused, said, no step
        assert bench.stack.count() == steps + 3 and words.text() == "812"
        bench.stack.undo()
        bench.stack.undo()
        assert article_ws.documents.fields(doc_id) == {"genre": "opinion"}
        assert checked.checkState() == Qt.CheckState.PartiallyChecked and words.text() == ""
        bench.stack.redo()
        assert article_ws.documents.fields(doc_id) == {"genre": "opinion", "checked": True}
        assert checked.checkState() == Qt.CheckState.Checked
    finally:
        bench.window.close()


def test_the_document_panel_follows_the_schema(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = bench.window.fields
    assert panel.editors == {} and panel.empty.isVisibleTo(panel)
    editor = open_editor(bench, qtbot)
    editor.edit(lambda s: s.add_attribute(None, "topic"), lambda: "add")
    assert isinstance(panel.editors["topic"], QLineEdit) and panel.form_box.isVisibleTo(panel)
    bench.stack.undo()
    assert panel.editors == {}
