"""Driving the real widgets: select, press a label key, check the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from app.errors import NotFoundError
from tests.ui.conftest import add_document, make_bench, select_text
from ui.actions import Act

pytestmark = pytest.mark.gui


def stored(bench):  # type: ignore[no-untyped-def]
    """The open document's annotations as the database holds them now."""
    return bench.ws.documents.open(bench.doc.id).annotations


def test_select_part_of_a_word_and_press_1_stores_the_whole_word(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_text(bench.view, "شويغو", inner=(1, 3))
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    [ann] = stored(bench)
    assert (ann.label, ann.text) == ("ACTOR", "شويغو")
    assert bench.doc.text[ann.start : ann.end] == "شويغو"
    assert bench.doc.selected == ann.id


def test_selection_with_spaces_and_punctuation_is_trimmed(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_text(bench.view, " (مارس).")
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    [ann] = stored(bench)
    assert ann.text == "مارس"


def test_nested_figure_inside_claim(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    claim_text = "قُتل ما لا يقل عن 144 شخصا"
    select_text(bench.view, claim_text)
    qtbot.keyClick(bench.view, Qt.Key.Key_2)
    select_text(bench.view, "144")
    qtbot.keyClick(bench.view, Qt.Key.Key_3)
    by_label = {a.label: a for a in stored(bench)}
    claim, figure = by_label["CLAIM"], by_label["FIGURE"]
    assert claim.text == claim_text and figure.text == "144"
    assert claim.start <= figure.start < figure.end <= claim.end
    # both stay in the span index of the block, so both are painted
    labels = {a.label for a in bench.doc.index.at(figure.start)}
    assert labels == {"CLAIM", "FIGURE"}


def test_relabel_delete_undo_redo_reach_the_database(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_text(bench.view, "شويغو")
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    [ann] = stored(bench)
    assert bench.undo_action.text() == "Undo add Actor \u2068«شويغو»\u2069"
    qtbot.keyClick(bench.view, Qt.Key.Key_2)  # the annotation is selected: relabel it
    assert [a.label for a in stored(bench)] == ["CLAIM"]
    assert bench.doc.counts_by_label() == {"ACTOR": 0, "CLAIM": 1}
    qtbot.keyClick(bench.view, Qt.Key.Key_Delete)
    assert stored(bench) == []
    assert bench.doc.counts_by_label() == {"ACTOR": 0, "CLAIM": 0}
    with pytest.raises(NotFoundError):
        bench.ws.annotations.get(ann.id)
    qtbot.keyClick(bench.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.label for a in stored(bench)] == ["CLAIM"]
    bench.undo_action.trigger()
    assert [a.label for a in stored(bench)] == ["ACTOR"]
    bench.undo_action.trigger()
    assert stored(bench) == []
    assert bench.doc.annotations == {}
    bench.redo_action.trigger()
    assert [(a.id, a.label) for a in stored(bench)] == [(ann.id, "ACTOR")]
    assert ann.id in bench.doc.annotations
    bench.redo_action.trigger()
    bench.redo_action.trigger()
    assert stored(bench) == []


def test_claim_is_linked_to_its_actor_by_s_and_a_click(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_text(bench.view, "شويغو", occurrence=2)
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    actor = bench.doc.selected_annotation()
    select_text(bench.view, "نأمل، في هذه الحالة، ألا تكون المخابرات الفرنسية وراء هذا")
    qtbot.keyClick(bench.view, Qt.Key.Key_2)
    claim = bench.doc.selected_annotation()
    assert claim.label == "CLAIM"
    qtbot.keyClick(bench.view, Qt.Key.Key_S)
    assert bench.labelling.linking_claim == claim.id
    # click in the middle of the actor's word
    cursor = QTextCursor(bench.view.document())
    cursor.setPosition(bench.view.to_utf16(actor.start + 2))
    qtbot.mouseClick(bench.view.viewport(), Qt.MouseButton.LeftButton, pos=_middle_of_char(bench.view, cursor))
    relations = bench.ws.documents.open(bench.doc.id).relations
    assert [(r.type, r.from_id, r.to_id) for r in relations] == [("source", claim.id, actor.id)]
    assert bench.doc.source_of(claim.id).id == actor.id
    assert "شويغو" in bench.tooltip_at(claim.start + 3)
    bench.undo_action.trigger()
    assert bench.ws.documents.open(bench.doc.id).relations == []


def _middle_of_char(view, cursor: QTextCursor) -> QPoint:  # type: ignore[no-untyped-def]
    left = view.cursorRect(cursor)
    cursor.setPosition(cursor.position() + 1)
    right = view.cursorRect(cursor)
    return QPoint((left.center().x() + right.center().x()) // 2, left.center().y())


def test_tab_cycles_in_reading_order_and_click_selects(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    for needle, key in (("قُتل ما لا يقل عن 144 شخصا", Qt.Key.Key_2), ("144", Qt.Key.Key_3), ("شويغو", Qt.Key.Key_1)):
        select_text(bench.view, needle)
        qtbot.keyClick(bench.view, key)
    bench.doc.select(None)
    bench.view.clear_selection(at=0)
    seen = []
    for _ in range(3):
        qtbot.keyClick(bench.view, Qt.Key.Key_Tab)
        seen.append(bench.doc.selected_annotation().label)
    assert seen == ["ACTOR", "CLAIM", "FIGURE"]
    qtbot.keyClick(bench.view, Qt.Key.Key_Backtab)
    assert bench.doc.selected_annotation().label == "CLAIM"
    figure = next(a for a in bench.doc.annotations.values() if a.label == "FIGURE")
    bench.on_clicked_at(figure.start + 1)  # innermost first
    assert bench.doc.selected_annotation().label == "FIGURE"
    bench.on_clicked_at(figure.start + 1)  # again: the next one around it
    assert bench.doc.selected_annotation().label == "CLAIM"


def test_span_after_an_emoji_has_code_point_offsets(sqlite_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    text = "قال 😂👍🏽 الوزير سيرغي شويغو إن 144 شخصا قتلوا"
    doc_id = add_document(sqlite_ws, text)
    bench = make_bench(sqlite_ws, qtbot, doc_id)
    select_text(bench.view, "شويغو")
    assert bench.view.textCursor().selectionStart() == text.index("شويغو") + 3  # three astral characters
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    [ann] = sqlite_ws.documents.open(doc_id).annotations
    assert (ann.start, ann.end, ann.text) == (text.index("شويغو"), text.index("شويغو") + 5, "شويغو")
    # and the emoji itself can be labelled without splitting its surrogates
    select_text(bench.view, "👍", inner=(1, 2))  # the low surrogate only
    bench.view._exact_range = bench.view.cursor_range()
    assert bench.view.selection_span() == (text.index("👍"), text.index("👍") + 2)


def test_edits_are_committed_before_they_show(bench, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services import Workspace

    select_text(bench.view, "لوفيغارو")
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    other = Workspace.open(str(tmp_path / "test.sqlite3"), "someone")  # a second connection sees it at once
    try:
        assert [a.text for a in other.documents.open(bench.doc.id).annotations] == ["لوفيغارو"]
    finally:
        other.close()


def test_attributes_and_note_from_the_properties_panel(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_text(bench.view, "144")
    qtbot.keyClick(bench.view, Qt.Key.Key_3)
    panel = bench.window.properties
    qtbot.waitUntil(lambda: panel.attribute_widget("kind") is not None)  # rebuilt when the loop is free
    kind = panel.attribute_widget("kind")
    kind.setCurrentIndex(kind.findData("count"))
    kind.activated.emit(kind.currentIndex())
    value = panel.attribute_widget("value")
    value.setText("144")
    value.editingFinished.emit()
    qualifier = panel.attribute_widget("qualifier")
    qualifier.setCurrentIndex(qualifier.findData("at_least"))
    qualifier.activated.emit(qualifier.currentIndex())
    panel.note_edit.setText("ما لا يقل عن")
    panel.note_edit.editingFinished.emit()
    [ann] = stored(bench)
    assert ann.attributes == {"kind": "count", "value": "144", "qualifier": "at_least"}
    assert ann.note == "ما لا يقل عن"
    bench.undo_action.trigger()
    assert stored(bench)[0].note == ""


def test_find_ignores_harakat_and_selects_the_match(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(bench.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = bench.window.find_bar
    assert bar.isVisible()
    bar.edit.setText("قتل")  # keyClicks only types ASCII
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bench.view.textCursor().selectedText() == "قُتل"
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    assert [a.text for a in stored(bench)] == ["قُتل"]
    bench.actions[Act.FIND_NEXT].trigger()
    assert bench.view.textCursor().selectedText() == "قُتل"  # wraps to the only match


def test_done_and_next_marks_the_document(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc_id = bench.doc.id
    select_text(bench.view, "شويغو")  # an empty document asks first (tests/ui/test_small_things.py)
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    qtbot.keyClick(bench.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert bench.ws.documents.summaries([doc_id])[0].status == "done"
    assert bench.undo_action.text() == f"Undo mark document {doc_id} done"
    bench.undo_action.trigger()
    assert bench.ws.documents.summaries([doc_id])[0].status == "in_progress"  # as the label left it


def test_zoom_changes_the_font_and_is_remembered(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    size = bench.view.point_size
    qtbot.keyClick(bench.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert bench.view.point_size == size + 1
    assert bench.settings.font_size == size + 1
    qtbot.keyClick(bench.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert bench.view.point_size == size
