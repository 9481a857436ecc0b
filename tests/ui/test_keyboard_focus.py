"""Keys in the Properties form stay in the form: the Tab trap, F2 / Enter into the form, Esc back to the text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from app.schema.model import Choice
from tests.ui.conftest import make_bench, select_text

pytestmark = pytest.mark.gui


def stored(bench):  # type: ignore[no-untyped-def]
    return {a.id: a for a in bench.ws.documents.open(bench.doc.id).annotations}


def label(bench, qtbot, needle: str, key: Qt.Key) -> str:  # type: ignore[no-untyped-def]
    select_text(bench.view, needle)
    qtbot.keyClick(bench.view, key)
    assert bench.doc.selected is not None
    return bench.doc.selected


def in_form(bench) -> bool:  # type: ignore[no-untyped-def]
    focus = QApplication.focusWidget()
    return focus is not None and bench.window.properties.isAncestorOf(focus)


def test_tab_after_choosing_an_attribute_does_not_let_a_digit_relabel(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    other = label(bench, qtbot, "شويغو", Qt.Key.Key_2)  # a CLAIM: typing 1 on it would make it an ACTOR
    figure = label(bench, qtbot, "144", Qt.Key.Key_3)
    qtbot.waitUntil(lambda: bench.window.properties.attribute_widget("kind") is not None)
    box = bench.window.properties.attribute_widget("kind")
    assert isinstance(box, QComboBox)
    box.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    qtbot.keyClick(box, Qt.Key.Key_Down)  # choose a value, as the annotator does
    qtbot.waitUntil(lambda: stored(bench)[figure].attributes.get("kind") is not None)
    qtbot.wait(20)  # the form is rebuilt when the loop is free
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    qtbot.wait(20)
    rows = stored(bench)
    assert (rows[other].label, rows[figure].label) == ("CLAIM", "FIGURE")  # nothing relabelled
    assert bench.doc.selected == figure and in_form(bench)


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_Return])
def test_f2_or_enter_goes_into_the_form_and_esc_back_to_the_text(bench, qtbot, key) -> None:  # type: ignore[no-untyped-def]
    figure = label(bench, qtbot, "144", Qt.Key.Key_3)
    qtbot.keyClick(bench.view, key)
    qtbot.waitUntil(lambda: in_form(bench))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)  # typed in the form: no relabel
    assert stored(bench)[figure].label == "FIGURE"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bench.view)
    assert bench.doc.selected == figure  # Esc from the form keeps the selection
    qtbot.keyClick(bench.view, Qt.Key.Key_2)  # back in the text, the keys label again
    assert stored(bench)[figure].label == "CLAIM"


def test_a_digit_typed_in_the_document_panel_relabels_nothing(article_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    article_ws.schema.add_attribute(None, "genre", "choice", (Choice("news"), Choice("opinion")))
    article_ws.schema.add_attribute(None, "checked", "boolean")
    bench = make_bench(article_ws, qtbot)
    try:
        figure = label(bench, qtbot, "144", Qt.Key.Key_3)
        for name in ("genre", "checked"):  # a choice box and a check box of the document, not of the annotation
            editor = bench.window.fields.editors[name]
            editor.setFocus(Qt.FocusReason.MouseFocusReason)
            qtbot.waitUntil(lambda e=editor: QApplication.focusWidget() is e)
            qtbot.keyClick(editor, Qt.Key.Key_1)
            qtbot.keyClick(editor, Qt.Key.Key_Delete)
            rows = stored(bench)
            assert figure in rows and rows[figure].label == "FIGURE", name
    finally:
        bench.window.close()
