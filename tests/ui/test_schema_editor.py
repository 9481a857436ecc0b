"""The schema editor, driven through its real widgets: what it adds is usable at once (key, colour, properties
panel, exports) and every step is undone on the window's one undo stack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QWidget

from app.services.export_formats import export
from tests.ui.conftest import select_text
from ui.actions import Act
from ui.schema_editor import SchemaEditor

pytestmark = pytest.mark.gui

VIOLET = "#8a2be2"


def open_editor(bench, qtbot) -> SchemaEditor:  # type: ignore[no-untyped-def]
    action = bench.actions[Act.EDIT_SCHEMA]
    assert action in bench.window.menus["edit"].actions()
    action.trigger()
    editor = bench.schema_editor
    assert isinstance(editor, SchemaEditor) and editor.isVisible()
    return editor


def type_into(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def click(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(box: QComboBox, data: str) -> None:
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def back_to_text(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench.window.activateWindow()
    qtbot.waitUntil(bench.window.isActiveWindow)
    bench.view.setFocus()


def drawn_underlines(bench, ann) -> list[str]:  # type: ignore[no-untyped-def]
    """The underline colours the highlighter gave the annotation's first character (from the block's layout)."""
    bench.view.viewport().repaint()
    pos = bench.view.to_utf16(ann.start)
    block = bench.view.document().findBlock(pos)
    ranges = block.layout().formats()
    return [r.format.underlineColor().name() for r in ranges if r.start <= pos - block.position() < r.start + r.length]


def test_label_attribute_and_relation_type_added_in_the_editor_are_usable_at_once(bench, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(bench, qtbot)
    type_into(qtbot, editor.new_label, "TARGET")
    assert editor.current == "TARGET" and editor.name_edit.text() == "TARGET"
    type_into(qtbot, editor.key_edit, "5")
    type_into(qtbot, editor.colour_edit, VIOLET)
    box = editor.attributes
    choose(box.attribute_kind, "choice")
    qtbot.keyClicks(box.new_attribute, "stance")
    type_into(qtbot, box.attribute_choices, "for")
    box.new_choice.setText("against")
    click(qtbot, box.add_choice)
    editor.tabs.setCurrentIndex(1)
    rel = editor.relations
    rel.new_relation.setText("target")
    choose(rel.relation_source, "CLAIM")
    choose(rel.relation_target, "TARGET")
    click(qtbot, rel.add_relation)
    editor.close()

    schema = bench.ws.schema.get()
    target = schema.label("TARGET")
    assert target is not None and (target.key, target.colour) == ("5", VIOLET)
    assert [(a.name, a.kind, a.values) for a in target.attributes] == [("stance", "choice", ("for", "against"))]
    relation = schema.relation("target")
    assert relation is not None and (relation.sources, relation.targets) == (("CLAIM",), ("TARGET",))
    assert bench.stack.count() == 6  # label, key, colour, attribute with a choice, a choice, relation type

    back_to_text(bench, qtbot)
    select_text(bench.view, "شويغو")
    qtbot.keyClick(bench.view, Qt.Key.Key_5)
    [ann] = bench.ws.documents.open(bench.doc.id).annotations
    assert (ann.label, ann.text) == ("TARGET", "شويغو")
    assert drawn_underlines(bench, ann) == [VIOLET]
    assert bench.label_actions["TARGET"].iconText() == "5 TARGET"
    qtbot.waitUntil(lambda: bench.window.properties.attribute_widget("stance") is not None)
    widget = bench.window.properties.attribute_widget("stance")
    assert isinstance(widget, QComboBox)
    assert [widget.itemData(i) for i in range(widget.count())] == [None, "for", "against"]

    export(bench.ws.db, "labelstudio", tmp_path / "ls")
    config = (tmp_path / "ls" / "config.xml").read_text(encoding="utf-8")
    assert 'value="TARGET"' in config and VIOLET in config and 'value="target"' in config
    export(bench.ws.db, "brat", tmp_path / "brat")
    conf = (tmp_path / "brat" / "annotation.conf").read_text(encoding="utf-8")
    assert "stance" in conf and "against" in conf

    bench.undo_action.trigger()  # the annotation
    for _ in range(6):
        bench.undo_action.trigger()
    schema = bench.ws.schema.get()
    assert schema.label("TARGET") is None and schema.relation("target") is None
    assert "TARGET" not in bench.label_actions
    assert bench.window.properties.label_box.findData("TARGET") < 0
    assert bench.ws.documents.open(bench.doc.id).annotations == []
    for _ in range(7):  # and redo brings it all back, the annotation with its label
        bench.redo_action.trigger()
    assert bench.ws.schema.get().label("TARGET") == target
    assert [a.label for a in bench.ws.documents.open(bench.doc.id).annotations] == ["TARGET"]
    assert bench.label_actions["TARGET"].shortcut().toString() == "5"


def test_a_refused_edit_is_reported_and_leaves_no_step(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    bench.window.status.messageChanged.connect(lambda text: text and messages.append(text))
    editor = open_editor(bench, qtbot)
    type_into(qtbot, editor.new_label, "TARGET")
    count = bench.stack.count()
    type_into(qtbot, editor.key_edit, "1")  # ACTOR's key
    assert bench.stack.count() == count
    assert bench.ws.schema.get().label("TARGET").key != "1"
    assert editor.key_edit.text() == bench.ws.schema.get().label("TARGET").key  # the stored key is shown again
    assert messages and "'1'" in messages[-1]


def test_rename_reaches_the_open_document_and_undo_puts_it_back(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_text(bench.view, "شويغو")
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    editor = open_editor(bench, qtbot)
    item = editor.label_list.findItems("Actor (ACTOR)", Qt.MatchFlag.MatchContains)[0]
    editor.label_list.setCurrentItem(item)
    type_into(qtbot, editor.name_edit, "PERSON")
    assert [a.label for a in bench.doc.annotations.values()] == ["PERSON"]
    assert "PERSON" in bench.label_actions and "ACTOR" not in bench.label_actions
    bench.undo_action.trigger()
    assert [a.label for a in bench.doc.annotations.values()] == ["ACTOR"]
    assert [a.label for a in bench.ws.documents.open(bench.doc.id).annotations] == ["ACTOR"]


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_deleting_a_label_in_use_says_how_many_hold_it_and_asks(bench, qtbot, monkeypatch, answer) -> None:  # type: ignore[no-untyped-def]
    for word in ("شويغو", "سيرغي"):
        select_text(bench.view, word)
        qtbot.keyClick(bench.view, Qt.Key.Key_1)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *args: asked.append(text) or answer)
    editor = open_editor(bench, qtbot)
    editor.label_list.setCurrentRow(0)
    assert editor.current == "ACTOR"
    click(qtbot, editor.delete_label)
    assert len(asked) == 1 and "2 annotations" in asked[0] and "ACTOR" in asked[0]
    if answer == QMessageBox.StandardButton.No:
        assert bench.ws.schema.get().label("ACTOR") is not None
        assert len(bench.doc.annotations) == 2
        return
    assert bench.ws.schema.get().label("ACTOR") is None and bench.doc.annotations == {}
    assert "ACTOR" not in bench.label_actions
    bench.undo_action.trigger()
    assert bench.ws.schema.get().label("ACTOR") is not None
    assert [a.label for a in bench.doc.annotations.values()] == ["ACTOR", "ACTOR"]
