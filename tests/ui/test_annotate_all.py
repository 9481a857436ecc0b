"""Annotate all through the real widgets: the key, the context menu and the toolbar open the preview for the
selected annotation; Apply labels the checked places as ONE undo step (in this document or in all of them);
undo and redo reach the database in every document and the open document's view follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import ARTICLE, add_document, make_bench, select_text
from ui.actions import Act

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _in_english(english) -> None:  # type: ignore[no-untyped-def]
    """Its plural forms ("1 hit", "7 hits")."""


def stored(ws, doc_id: int, label: str = "ACTOR") -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return sorted((a.start, a.end, a.text) for a in ws.documents.open(doc_id).annotations if a.label == label)


def label_first(bench, qtbot, words: str) -> None:  # type: ignore[no-untyped-def]
    select_text(bench.view, words)
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    assert bench.doc.selected_annotation() is not None


def open_preview(bench, qtbot):  # type: ignore[no-untyped-def]
    qtbot.keyClick(bench.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = bench.annotate_all.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_key_preview_apply_is_one_undo_step(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = bench.doc.id
    label_first(bench, qtbot, "شويغو")
    bench.labelling.set_attribute("kind", "person")
    dialog = open_preview(bench, qtbot)
    places = dialog.model.hits
    assert [p.text for p in places] == ["شويغو"] * 3
    assert [p.labelled for p in places] == [True, False, False]  # the selected one is already labelled
    assert dialog.model.index(0, 4).data() == "already labelled" and dialog.model.index(1, 4).data() == "new"
    assert dialog.apply_button.text() == "Label 2 places"
    QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert [t for _, _, t in stored(bench.ws, doc)] == ["شويغو"] * 3
    assert all(a.attributes == {"kind": "person"} for a in bench.ws.documents.open(doc).annotations)
    assert len(bench.doc.annotations) == 3  # the view's document follows
    assert bench.undo_action.text() == "Undo label all \u2068«شويغو»\u2069 as Actor (2 places)"
    count = bench.stack.count()
    bench.undo_action.trigger()
    assert len(stored(bench.ws, doc)) == 1 and len(bench.doc.annotations) == 1
    bench.redo_action.trigger()
    assert len(stored(bench.ws, doc)) == 3 and len(bench.doc.annotations) == 3
    assert bench.stack.count() == count


def test_unchecked_places_stay_out_and_words_inside_words_are_never_offered(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = bench.doc.id
    assert "الروسية" in ARTICLE  # inside a word: never offered
    label_first(bench, qtbot, "الروسي")
    assert bench.doc.selected_annotation().text == "روسي"  # ACTOR leaves the article out
    dialog = open_preview(bench, qtbot)
    assert [p.text for p in dialog.model.hits] == ["روسي"] * 5  # the five الروسي, none of الروسية
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.model.index(2, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)  # unchecks the third place
    assert dialog.model.checked == [False, True, False, True, True]
    unchecked = dialog.model.hits[2]
    QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    starts = [s for s, _, _ in stored(bench.ws, doc)]
    assert len(starts) == 4 and unchecked.start not in starts
    assert all(bench.doc.text[s - 2 : s + 4] == "الروسي" and bench.doc.text[s + 4] != "ة" for s in starts)


def test_whole_corpus_then_undo_removes_them_in_every_document(article_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    other = add_document(article_ws, "أعلنت موسكو اليوم أن وفداً سيزور موسكو، ولموسكو رأي آخر.", "other")
    third = add_document(article_ws, "لا ذكر للعاصمة هنا.", "third")
    bench = make_bench(article_ws, qtbot, 1)
    label_first(bench, qtbot, "موسكو")
    dialog = open_preview(bench, qtbot)
    assert len(dialog.model.hits) == 5
    QTest.mouseClick(dialog.whole_corpus, Qt.MouseButton.LeftButton)
    assert dialog.corpus and len(dialog.model.hits) == 8
    assert {p.doc_id for p in dialog.model.hits} == {1, other}
    assert dialog.summary.text() == "8 matches in 2 documents: 1 already labelled, 7 checked"
    QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert len(stored(article_ws, 1)) == 5
    assert [t for _, _, t in stored(article_ws, other)] == ["موسكو"] * 3  # ولموسكو: the clitics stay outside
    assert stored(article_ws, third) == []
    assert bench.stack.count() == 2  # the label key, then annotate all: one step
    bench.undo_action.trigger()
    assert len(stored(article_ws, 1)) == 1 and stored(article_ws, other) == []
    assert len(bench.doc.annotations) == 1
    bench.redo_action.trigger()
    assert len(stored(article_ws, other)) == 3 and len(bench.doc.annotations) == 5
    bench.window.close()


def test_context_menu_and_toolbar_open_the_preview(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    label_first(bench, qtbot, "كييف")
    ann = bench.doc.selected_annotation()
    menu = bench.highlight_menu.build(ann.start)
    entry = next(a for a in menu.actions() if a is bench.actions[Act.ANNOTATE_ALL])
    entry.trigger()
    dialog = bench.annotate_all.dialog
    assert dialog is not None and dialog.isVisible()
    assert [p.labelled for p in dialog.model.hits] == [True]
    assert not dialog.apply_button.isEnabled()  # nothing to add
    dialog.reject()
    qtbot.waitUntil(lambda: bench.annotate_all.dialog is None)
    button = bench.window.toolbar.widgetForAction(bench.actions[Act.ANNOTATE_ALL])
    assert button is not None
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert bench.annotate_all.dialog is not None and bench.annotate_all.dialog.isVisible()
    bench.annotate_all.dialog.reject()


def test_without_a_selected_annotation_it_says_so(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(bench.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert bench.annotate_all.dialog is None
    assert "Select an annotation first" in bench.window.status.currentMessage()
