"""The schema's remaining gaps (issue 11): keys have one source (the schema), the editor sets nesting and
overlapping, display names and document-level fields, and the Document panel edits a document's fields; each
change is one undo step on the window's stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit

from app.errors import HashiyaError
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
    ws.schema.add_attribute(
        None, "genre", "choice", (Choice("news", Display("خبر", "News")), Choice("opinion")), Display("النوع", "Genre")
    )
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


def test_the_editor_sets_nesting_and_crossing_and_the_service_enforces_them(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(bench, qtbot)
    editor.label_list.setCurrentRow(bench.ws.schema.get().label_names.index("FIGURE"))
    assert editor.nests_check.isChecked() and editor.overlaps_check.isChecked()
    steps = bench.stack.count()
    editor.nests_check.click()
    editor.overlaps_check.click()
    figure = bench.ws.schema.get().label("FIGURE")
    assert (figure.nests, figure.overlaps) == (False, False)
    assert bench.stack.count() == steps + 2
    docs = bench.ws.annotations
    docs.edit_add(bench.doc.id, "FIGURE", 0, 10)
    with pytest.raises(HashiyaError):
        docs.edit_add(bench.doc.id, "FIGURE", 2, 5)  # inside the first
    with pytest.raises(HashiyaError):
        docs.edit_add(bench.doc.id, "FIGURE", 5, 15)  # across it
    bench.stack.undo()
    bench.stack.undo()
    assert editor.nests_check.isChecked() and editor.overlaps_check.isChecked()
    docs.edit_add(bench.doc.id, "FIGURE", 2, 5)


def test_the_editor_names_attributes_and_choices_in_both_languages(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(bench, qtbot)
    editor.label_list.setCurrentRow(bench.ws.schema.get().label_names.index("CLAIM"))
    box = editor.attributes
    assert box.attribute_english.text() == "Quote" and box.choice_english.text() == "Direct"
    steps = bench.stack.count()
    type_into(qtbot, box.attribute_english, "Quotation")
    box.attribute_arabic.setText("النقل")  # QTest types ASCII only
    box.attribute_arabic.editingFinished.emit()
    box.choice_list.setCurrentRow(1)
    type_into(qtbot, box.choice_english, "Reported")
    quote = bench.ws.schema.get().label("CLAIM").attribute("quote")
    assert quote.display == Display("النقل", "Quotation")
    assert [c.display.en for c in quote.choices] == ["Direct", "Reported"]
    assert bench.stack.count() == steps + 3
    bench.stack.undo()
    assert [c.display.en for c in bench.ws.schema.get().label("CLAIM").attribute("quote").choices] == [
        "Direct",
        "Indirect",
    ]


def test_the_editor_adds_and_removes_document_level_labels_with_choices(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(bench, qtbot)
    box = editor.document_fields
    assert editor.tabs.indexOf(box) >= 0 and bench.ws.schema.get().document_fields == ()
    steps = bench.stack.count()
    box.attribute_kind.setCurrentIndex(box.attribute_kind.findData("choice"))
    box.new_attribute.setText("genre")
    type_into(qtbot, box.attribute_choices, "news, opinion")
    type_into(qtbot, box.new_choice, "analysis")
    type_into(qtbot, box.attribute_english, "Genre")
    fields = bench.ws.schema.get().document_fields
    assert [(f.name, f.kind, f.values, f.display.en) for f in fields] == [
        ("genre", "choice", ("news", "opinion", "analysis"), "Genre")
    ]
    assert bench.stack.count() == steps + 3
    assert isinstance(bench.window.fields.editors["genre"], QComboBox)  # the Document panel follows
    box.remove_attribute.click()
    assert bench.ws.schema.get().document_fields == ()
    bench.stack.undo()
    assert [f.name for f in bench.ws.schema.get().document_fields] == ["genre"]
    while bench.stack.index() > steps:
        bench.stack.undo()
    assert bench.ws.schema.get().document_fields == ()


def test_the_editor_names_relation_types_and_their_links_stay(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    anns = bench.ws.annotations
    claim = anns.edit_add(bench.doc.id, "CLAIM", 0, 10).added[0]
    actor = anns.edit_add(bench.doc.id, "ACTOR", 20, 25).added[0]
    bench.ws.relations.edit_add("source", claim.id, actor.id)
    editor = open_editor(bench, qtbot)
    tab = editor.relations
    tab.relation_list.setCurrentRow(bench.ws.schema.get().relations.index(bench.ws.schema.get().relation("source")))
    assert tab.relation_english.text() == "Source"
    steps = bench.stack.count()
    type_into(qtbot, tab.relation_english, "Attributed to")
    assert bench.ws.schema.get().relation("source").display == Display("المصدر", "Attributed to")
    assert bench.ws.schema.get().relation("source").sources == ("CLAIM",)
    assert [r.type for r in bench.ws.documents.open(bench.doc.id).relations] == ["source"]
    assert bench.stack.count() == steps + 1
    bench.stack.undo()
    assert bench.ws.schema.get().relation("source").display.en == "Source"
    assert [r.type for r in bench.ws.documents.open(bench.doc.id).relations] == ["source"]


def test_the_document_panel_shows_the_values_once_the_workspace_is_attached(article_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from app import start_view
    from ui.settings import Settings
    from ui.workbench import Workbench

    with_document_fields(article_ws)
    doc_id = article_ws.documents.first_id()
    article_ws.documents.edit_fields(doc_id, {"genre": "news", "words": 3})
    view = start_view.read(Path(article_ws.db.describe()), [doc_id], 100)
    assert view is not None
    bench = Workbench(view, Settings(open_settings()), article_ws.db.describe())
    qtbot.addWidget(bench.window)
    try:
        assert set(bench.window.fields.editors) == {"genre", "checked", "words"}  # the first frame has the fields
        bench.attach(article_ws)
        genre, words = bench.window.fields.editors["genre"], bench.window.fields.editors["words"]
        assert isinstance(genre, QComboBox) and isinstance(words, QLineEdit)
        assert (genre.currentData(), words.text()) == ("news", "3")
    finally:
        bench.window.close()
