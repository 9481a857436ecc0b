"""Real mouse and help events on the reading view: double-click, Alt-drag, hover tooltips, and the
cue of a claim marked with C."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.conftest import select_text

pytestmark = pytest.mark.gui

WORD = "شويغو"


def char_point(view, cp: int) -> QPoint:  # type: ignore[no-untyped-def]
    """The middle of the glyph of code point ``cp`` (between its two cursor positions)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_utf16(cp))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.to_utf16(cp + 1))
    right = view.cursorRect(cursor)
    return QPoint((left.center().x() + right.center().x()) // 2, left.center().y())


def stored(bench):  # type: ignore[no-untyped-def]
    return list(bench.ws.documents.open(bench.doc.id).annotations)


def test_double_click_selects_the_word_and_1_labels_it(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    start = bench.doc.text.index(WORD)
    bench.view.reveal(start)
    qtbot.mouseDClick(bench.view.viewport(), Qt.MouseButton.LeftButton, pos=char_point(bench.view, start + 2))
    assert bench.view.selection_span() == (start, start + len(WORD))
    assert bench.view.textCursor().selectedText() == WORD
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    [ann] = stored(bench)
    assert (ann.label, ann.text, ann.start) == ("ACTOR", WORD, start)


def drag(qtbot, view, first: int, last: int, modifier: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, char_point(view, first))
    qtbot.mouseMove(viewport, char_point(view, last))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, char_point(view, last))


def test_a_drag_snaps_to_the_word_and_alt_keeps_the_exact_letters(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    start = bench.doc.text.index(WORD)
    bench.view.reveal(start)
    drag(qtbot, bench.view, start + 1, start + 3, Qt.KeyboardModifier.NoModifier)
    assert bench.view.selection_span() == (start, start + len(WORD))  # grown to the whole word
    bench.view.clear_selection()
    drag(qtbot, bench.view, start + 1, start + 3, Qt.KeyboardModifier.AltModifier)
    span = bench.view.selection_span()
    assert span is not None and start < span[1] and span[0] >= start and span[1] - span[0] < len(WORD)
    qtbot.keyClick(bench.view, Qt.Key.Key_3)  # the key press itself has no Alt: the drag decided
    [ann] = stored(bench)
    assert (ann.start, ann.end) == span and ann.text in WORD and ann.text != WORD


def test_hovering_a_highlight_shows_its_tooltip(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    start = bench.doc.text.index(WORD)
    bench.view.reveal(start)
    select_text(bench.view, WORD)
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    bench.view.clear_selection()
    viewport = bench.view.viewport()
    point = char_point(bench.view, start + 2)
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    assert QToolTip.isVisible()
    assert "<b>ACTOR</b>" in QToolTip.text() and WORD in QToolTip.text()
    far = QPoint(viewport.width() // 2, viewport.height() - 3)  # below the text: nothing there
    bench.view.verticalScrollBar().setValue(0)
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, far, viewport.mapToGlobal(far)))
    qtbot.waitUntil(lambda: not QToolTip.isVisible() or WORD not in QToolTip.text(), timeout=3000)
    QToolTip.hideText()


def test_c_marks_the_cue_of_the_selected_claim(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    claim_text = "نأمل، في هذه الحالة، ألا تكون المخابرات الفرنسية وراء هذا"
    select_text(bench.view, claim_text)
    qtbot.keyClick(bench.view, Qt.Key.Key_2)
    claim = bench.doc.selected_annotation()
    cue_at = bench.doc.text.rindex("قال", 0, claim.start)  # the verb that introduces it
    bench.view.select_span(cue_at, cue_at + 3)
    qtbot.keyClick(bench.view, Qt.Key.Key_C)
    cue = next(a for a in stored(bench) if a.label == "CUE")
    assert cue.text == "وقال"  # snapped to the whole word, its conjunction included
    assert [(r.type, r.from_id, r.to_id) for r in bench.ws.documents.open(bench.doc.id).relations] == [
        ("cue", claim.id, cue.id)
    ]
    assert bench.doc.cue_of(claim.id).id == cue.id
    qtbot.waitUntil(lambda: bench.window.properties.cue_label.text() == "وقال")
    assert bench.view.index.at(cue_at + 1)[-1].label == "CUE"  # highlighted (a dotted underline)
    assert bench.undo_action.text() == "Undo mark cue \u2068«وقال»\u2069"
    bench.undo_action.trigger()  # cue and link are one step
    assert [a.label for a in stored(bench)] == ["CLAIM"]
    assert bench.ws.documents.open(bench.doc.id).relations == []
    bench.redo_action.trigger()  # and both come back
    assert sorted(a.label for a in stored(bench)) == ["CLAIM", "CUE"]
    assert [(r.type, r.from_id, r.to_id) for r in bench.ws.documents.open(bench.doc.id).relations] == [
        ("cue", claim.id, cue.id)
    ]
