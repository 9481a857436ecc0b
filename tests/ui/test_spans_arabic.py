"""Spans that fit Arabic, through the real window: proclitics left out of ACTOR and FIGURE (and the label key again
takes them in), the exact-selection toggle, a span's edges moved by keys and by dragging, and a drag that ends a
pixel into a word. Every check reads the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from tests.ui.conftest import add_document, make_bench, select_text
from ui.actions import Act
from ui.settings import Settings, open_settings

pytestmark = pytest.mark.gui

NEWS = (
    "قال عضو لحزب نداء تونس إن حزب نداء تونس دفع ب163 مليون دينار.\n"
    "وقال وزير الدفاع الروسي سيرغي شويغو إن بريطانيا لم ترد."
)
ALT, SHIFT, CTRL = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.ControlModifier,
)


@pytest.fixture
def news(sqlite_ws, qtbot):  # type: ignore[no-untyped-def]
    doc_id = add_document(sqlite_ws, NEWS, "خبر")
    workbench = make_bench(sqlite_ws, qtbot, doc_id)
    workbench.window.resize(1400, 900)  # wide enough that no line of the short text wraps
    QTest.qWait(50)
    yield workbench
    workbench.window.close()


def texts(bench) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """The stored annotations' texts by label (read from the database), each checked against the document."""
    found: dict[str, list[str]] = {}
    for ann in bench.ws.documents.open(bench.doc.id).annotations:
        assert NEWS[ann.start : ann.end] == ann.text
        found.setdefault(ann.label, []).append(ann.text)
    return found


def edge_point(view, cp: int, dx: int = 0) -> QPoint:  # type: ignore[no-untyped-def]
    """The gap before code point ``cp`` on screen (viewport coordinates), ``dx`` pixels to the right."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_utf16(cp))
    rect = view.cursorRect(cursor)
    return QPoint(rect.x() + dx, rect.center().y())


def hover(viewport, point: QPoint) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseMove(viewport, point)
    QTest.qWait(20)  # QTest's move reaches the widget through the window system's queue


def drag(view, press: QPoint, release: QPoint) -> None:  # type: ignore[no-untyped-def]
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    hover(viewport, QPoint((press.x() + release.x()) // 2, press.y()))
    hover(viewport, release)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, release)


# proclitics
def test_actor_and_figure_leave_the_proclitic_out_and_the_key_again_takes_it_in(news, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_text(news.view, "لحزب نداء تونس", inner=(1, 12))  # a rough selection: snapped to the words
    qtbot.keyClick(news.view, Qt.Key.Key_1)
    assert texts(news) == {"ACTOR": ["حزب نداء تونس"]}
    steps = news.stack.count()
    qtbot.keyClick(news.view, Qt.Key.Key_1)  # the same key again: the proclitic in, one undo step
    assert texts(news) == {"ACTOR": ["لحزب نداء تونس"]}
    assert news.stack.count() == steps + 1
    qtbot.keyClick(news.view, Qt.Key.Key_Z, CTRL)
    assert texts(news) == {"ACTOR": ["حزب نداء تونس"]}
    qtbot.keyClick(news.view, Qt.Key.Key_Escape)
    select_text(news.view, "ب163", inner=(2, 3))
    qtbot.keyClick(news.view, Qt.Key.Key_3)
    assert texts(news)["FIGURE"] == ["163"]
    qtbot.keyClick(news.view, Qt.Key.Key_Escape)
    select_text(news.view, "بريطانيا")
    qtbot.keyClick(news.view, Qt.Key.Key_1)  # a stem keeps its own letters
    assert texts(news)["ACTOR"] == ["حزب نداء تونس", "بريطانيا"]


def test_claim_and_cue_take_the_proclitic_in(news, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_text(news.view, "وقال وزير الدفاع الروسي سيرغي شويغو إن بريطانيا لم ترد")
    qtbot.keyClick(news.view, Qt.Key.Key_2)
    select_text(news.view, "وقال", inner=(2, 3))
    qtbot.keyClick(news.view, Qt.Key.Key_C)
    found = texts(news)
    assert found["CLAIM"] == ["وقال وزير الدفاع الروسي سيرغي شويغو إن بريطانيا لم ترد"]
    assert found["CUE"] == ["وقال"]


def test_the_schema_editor_check_box_changes_what_a_label_leaves_out(news, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.schema_editor import SchemaEditor

    news.actions[Act.EDIT_SCHEMA].trigger()
    editor = news.schema_editor
    assert isinstance(editor, SchemaEditor)
    assert editor.current == "ACTOR" and editor.proclitics_check.isChecked()
    qtbot.mouseClick(editor.proclitics_check, Qt.MouseButton.LeftButton)
    schema = news.ws.schema.get()
    actor = schema.label("ACTOR")
    assert actor is not None and actor.proclitics == "in"
    editor.close()
    news.window.activateWindow()
    qtbot.waitUntil(news.window.isActiveWindow)
    news.view.setFocus()
    select_text(news.view, "لحزب")
    qtbot.keyClick(news.view, Qt.Key.Key_1)
    assert texts(news) == {"ACTOR": ["لحزب"]}
    qtbot.keyClick(news.view, Qt.Key.Key_Z, CTRL)  # the annotation
    qtbot.keyClick(news.view, Qt.Key.Key_Z, CTRL)  # the schema step
    actor = news.ws.schema.get().label("ACTOR")
    assert actor is not None and actor.proclitics == "out"


# exact selection
def test_exact_selection_toggle_is_shown_kept_and_used(news, qtbot) -> None:  # type: ignore[no-untyped-def]
    action = news.actions[Act.EXACT_SELECTION]
    status = news.window.status.exact
    assert not action.isChecked() and status.text() == "Whole words"
    assert news.window.toolbar.widgetForAction(action) is not None  # on the toolbar
    qtbot.keyClick(news.view, Qt.Key.Key_E, CTRL | SHIFT)
    assert action.isChecked() and status.text() == "Exact selection"
    assert Settings(open_settings()).exact_selection  # kept for the next start
    select_text(news.view, "شويغو", inner=(1, 3))
    qtbot.keyClick(news.view, Qt.Key.Key_1)
    assert texts(news) == {"ACTOR": ["وي"]}
    qtbot.mouseClick(news.window.toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)
    assert not action.isChecked() and status.text() == "Whole words"
    assert not Settings(open_settings()).exact_selection


# edges from the keyboard
def test_keys_grow_and_shrink_either_edge_each_one_undo_step(news, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = news.view
    select_text(view, "شويغو")
    qtbot.keyClick(view, Qt.Key.Key_1)
    steps = news.stack.count()
    qtbot.keyClick(view, Qt.Key.Key_Right, ALT)  # right-to-left: the start is the right edge
    assert texts(news) == {"ACTOR": ["سيرغي شويغو"]}
    qtbot.keyClick(view, Qt.Key.Key_Left, ALT | SHIFT)  # the end, one word on
    assert texts(news) == {"ACTOR": ["سيرغي شويغو إن"]}
    qtbot.keyClick(view, Qt.Key.Key_Right, ALT | SHIFT)  # and back
    qtbot.keyClick(view, Qt.Key.Key_Left, ALT | CTRL)  # the start one character later
    assert texts(news) == {"ACTOR": ["يرغي شويغو"]}
    qtbot.keyClick(view, Qt.Key.Key_Left, ALT | CTRL | SHIFT)  # the end one character on, over the space
    assert texts(news) == {"ACTOR": ["يرغي شويغو إ"]}
    assert news.stack.count() == steps + 5
    assert news.undo_action.text() == "Undo resize \u2068«يرغي شويغو»\u2069 to \u2068«يرغي شويغو إ»\u2069"
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert texts(news) == {"ACTOR": ["شويغو"]}
    ann = news.doc.selected_annotation()
    assert ann is not None and ann.text == "شويغو"  # the window follows the database
    assert news.view.outline_rects()  # and its outline is drawn where it is now


def test_in_exact_mode_the_word_keys_move_by_a_character(news, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_text(news.view, "شويغو")
    qtbot.keyClick(news.view, Qt.Key.Key_1)
    news.actions[Act.EXACT_SELECTION].trigger()
    qtbot.keyClick(news.view, Qt.Key.Key_Left, ALT)
    assert texts(news) == {"ACTOR": ["ويغو"]}


# edges with the mouse
def test_dragging_an_edge_of_the_selected_highlight(news, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = news.view
    select_text(view, "شويغو")
    qtbot.keyClick(view, Qt.Key.Key_1)
    ann = news.doc.selected_annotation()
    assert ann is not None
    viewport = view.viewport()
    hover(viewport, QPoint(5, 5))  # the first move over the view settles its layout (a scroll bar's width)
    start = edge_point(view, ann.start)
    hover(viewport, start + QPoint(20, 0))
    assert viewport.cursor().shape() == Qt.CursorShape.IBeamCursor
    hover(viewport, start)
    assert viewport.cursor().shape() == Qt.CursorShape.SizeHorCursor  # the edge can be taken
    # the start edge dragged onto the middle of the word before: that word comes in
    middle = NEWS.index("سيرغي") + 2
    drag(view, start, edge_point(view, middle, -1))
    assert texts(news) == {"ACTOR": ["سيرغي شويغو"]}
    # the end edge dragged into the last word, nearer its start than its end: that word goes
    ann = news.doc.selected_annotation()
    assert ann is not None
    inside = NEWS.index("شويغو") + 2
    QTest.qWait(50)
    drag(view, edge_point(view, ann.end), edge_point(view, inside))
    assert texts(news) == {"ACTOR": ["سيرغي"]}
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert texts(news) == {"ACTOR": ["سيرغي شويغو"]}
    assert view.textCursor().selectionStart() == view.textCursor().selectionEnd()  # no stray selection


# a drag's end
@pytest.mark.parametrize(
    ("first", "following", "pixels"),
    [("وزير", "الدفاع", 1), ("وزير", "الدفاع", 2), ("عضو", "لحزب", 1), ("عضو", "لحزب", 2), ("بريطانيا", "لم", 2)],
)
def test_a_drag_ending_a_pixel_into_the_next_word_does_not_take_it(  # type: ignore[no-untyped-def]
    news, qtbot, first: str, following: str, pixels: int
) -> None:
    view = news.view
    start = NEWS.index(f"{first} {following}")
    view.reveal(start)
    hover(view.viewport(), QPoint(5, 5))
    press = edge_point(view, start, -2)  # two pixels into the first word (right-to-left: left of its right edge)
    drag(view, press, edge_point(view, start + len(first) + 1, -pixels))
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert texts(news) == {"CLAIM": [first]}


def test_a_drag_ending_a_pixel_into_a_word_of_the_sample_article(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    view, text = bench.view, bench.doc.text
    start = text.index("وزير الدفاع الروسي ونظيره")
    view.reveal(start)
    hover(view.viewport(), QPoint(5, 5))
    drag(view, edge_point(view, start, -2), edge_point(view, start + len("وزير "), -1))
    assert view.selection_span() == (start, start + len("وزير"))


def test_a_drag_well_into_the_next_word_takes_it(news, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = news.view
    start = NEWS.index("وزير الدفاع")
    view.reveal(start)
    hover(view.viewport(), QPoint(5, 5))
    drag(view, edge_point(view, start, -2), edge_point(view, start + len("وزير الد")))
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert texts(news) == {"CLAIM": ["وزير الدفاع"]}


def test_help_lists_the_new_keys_and_the_toggle_is_restored_at_the_next_start(news, qtbot, sqlite_ws) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_help import shown_rows

    qtbot.keyClick(news.view, Qt.Key.Key_Slash, CTRL)
    rows = shown_rows(qtbot)
    assert rows["Span start one word earlier"] == "Alt+Right"
    assert rows["Span end one word later"] == "Alt+Shift+Left"
    assert rows["Span start one character later"] == "Ctrl+Alt+Left"
    assert rows["Exact selection (no snapping to words)"] == "Ctrl+Shift+E"
    assert rows["Take the proclitic in, or leave it out (ACTOR, FIGURE)"] == "The label key again"
    assert rows["Move an edge of the selected highlight"] == "Drag the edge"
    news.actions[Act.EXACT_SELECTION].trigger()
    news.window.close()
    again = make_bench(sqlite_ws, qtbot, news.doc.id)
    assert again.actions[Act.EXACT_SELECTION].isChecked()
    assert again.window.status.exact.text() == "Exact selection" and again.view.exact_mode
    again.window.close()
