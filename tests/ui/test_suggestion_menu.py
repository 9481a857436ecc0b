"""A right click on a suggestion's dashed outline opens its menu: Accept, Reject, Accept all of its kind, each what
Enter, Backspace and Ctrl+Shift+Y do (one undo step), read back from the database. The tiny recognisers of
tests/test_suggestions.py stand in for the real rules."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.test_suggestions import tiny  # noqa: F401 - the tiny recognisers
from tests.ui.test_mouse_and_hover import char_point
from tests.ui.test_suggestions import sbench, status, stored  # noqa: F401 - sbench: the fixture under mbench

pytestmark = pytest.mark.gui


@pytest.fixture
def mbench(request):  # type: ignore[no-untyped-def]
    """The workbench on the tiny recognisers' four suggestions (``sbench`` of tests/ui/test_suggestions.py)."""
    return request.getfixturevalue("sbench")


def right_click(bench, qtbot, needle: str, path: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """Right-click the middle of ``needle`` and choose the entries named ``path`` (submenus first) with the
    keyboard, as a user does; returns the names of the first menu's entries. A menu without the entry is closed
    (the test then fails on what it reads back)."""
    seen: list[str] = []

    def choose(step: int = 0) -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), menu
        if step == 0:
            seen.extend(a.objectName() or (a.menu().objectName() if a.menu() else "") for a in menu.actions())
        action = next((a for a in menu.actions() if path[step] in (a.objectName(), _menu_name(a))), None)
        if action is None:
            menu.close()
            return
        menu.setActiveAction(action)
        QTest.keyClick(menu, Qt.Key.Key_Right if action.menu() else Qt.Key.Key_Return)
        if action.menu():
            QTimer.singleShot(50, lambda: choose(step + 1))

    cp = bench.doc.text.index(needle) + len(needle) // 2
    bench.view.reveal(cp)
    viewport, pos = bench.view.viewport(), char_point(bench.view, cp)
    QTimer.singleShot(50, choose)
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=pos)
    # the window system turns a right press into this event; QTest's widget clicks skip that step
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos)))
    qtbot.wait(20)
    return seen


def _menu_name(action) -> str:  # type: ignore[no-untyped-def]
    return action.menu().objectName() if action.menu() is not None else ""


def live(ws) -> list[str]:  # type: ignore[no-untyped-def]
    return [text for text, state, _ in stored(ws) if state == "live"]


def test_accept_from_the_menu_of_an_outline_is_one_undo_step(mbench, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws, model = mbench.ws, mbench.suggestions.model
    figure = next(s for s in model.items if s.text == "3 مدن")
    depth = mbench.stack.count()
    seen = right_click(mbench, qtbot, "مدن", ["menuAcceptSuggestion"])
    assert {"menuAcceptSuggestion", "menuRejectSuggestion", "menuAcceptKind"} <= set(seen)
    assert stored(ws) == [("3 مدن", "live", figure.id)] and status(ws, figure.id) == "accepted"
    ann = mbench.doc.selected_annotation()
    assert ann is not None and ann.label == "FIGURE" and ann.attributes == {"kind": "count", "value": 3}
    assert figure.id not in [s.id for s in model.items] and mbench.stack.count() == depth + 1
    mbench.undo_action.trigger()
    assert stored(ws) == [("3 مدن", "deleted", figure.id)] and status(ws, figure.id) == "open"
    assert figure.id in [s.id for s in model.items] and mbench.doc.annotations == {}


def test_accept_of_a_claim_from_the_menu_makes_its_source_and_cue(mbench, qtbot) -> None:  # type: ignore[no-untyped-def]
    right_click(mbench, qtbot, "قتلوا", ["menuAcceptSuggestion"])  # inside the claim, outside its figure
    made = mbench.doc.selected_annotation()
    assert made is not None and made.label == "CLAIM" and made.text == "144 شخصا قتلوا في الهجوم"
    source, cue = mbench.doc.source_of(made.id), mbench.doc.cue_of(made.id)
    assert source is not None and source.text == "وزير الخارجية"
    assert cue is not None and cue.text == "قال"
    mbench.undo_action.trigger()
    assert mbench.doc.annotations == {} and mbench.doc.relations == {}


def test_reject_from_the_menu_is_kept_and_undone(mbench, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws, model = mbench.ws, mbench.suggestions.model
    figure = next(s for s in model.items if s.text == "3 مدن")
    depth = mbench.stack.count()
    right_click(mbench, qtbot, "مدن", ["menuRejectSuggestion"])
    assert status(ws, figure.id) == "rejected" and stored(ws) == []
    assert figure.id not in [s.id for s in model.items] and mbench.stack.count() == depth + 1
    mbench.undo_action.trigger()
    assert status(ws, figure.id) == "open" and figure.id in [s.id for s in model.items]


def test_accept_all_of_its_kind_from_the_menu_is_one_undo_step(mbench, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws, model = mbench.ws, mbench.suggestions.model
    depth = mbench.stack.count()
    right_click(mbench, qtbot, "مدن", ["menuAcceptKind"])
    assert live(ws) == ["144 شخصا", "3 مدن"] and [s.label for s in model.items] == ["CLAIM", "CLAIM"]
    assert mbench.stack.count() == depth + 1
    mbench.undo_action.trigger()
    assert live(ws) == [] and len(model.items) == 4


def test_a_suggestion_inside_a_highlight_is_in_the_highlights_menu(mbench, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws, model = mbench.ws, mbench.suggestions.model
    text = mbench.doc.text
    start = text.index("144 شخصا قتلوا")
    claim = ws.annotations.add(mbench.doc.id, "CLAIM", start, start + len("144 شخصا قتلوا في الهجوم"))
    mbench.open_document(mbench.doc.id)
    qtbot.waitUntil(lambda: len(model.items) == 4, timeout=5000)
    figure = next(s for s in model.items if s.text == "144 شخصا")
    seen = right_click(mbench, qtbot, "شخصا", [f"suggestionSubmenu_{figure.id}", "menuAcceptSuggestion"])
    assert "menuDelete" in seen  # the highlight's own menu
    assert sorted(live(ws)) == sorted(["144 شخصا", "144 شخصا قتلوا في الهجوم"])
    assert status(ws, figure.id) == "accepted" and claim.id in mbench.doc.annotations


def test_the_menu_key_opens_the_menu_of_the_suggestion_chosen_with_n(mbench, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws, model = mbench.ws, mbench.suggestions.model
    qtbot.keyClick(mbench.view, Qt.Key.Key_N)
    chosen = model.selected_suggestion()
    assert chosen is not None
    seen: list[str] = []
    view = mbench.view
    boxes = [box for i, box in mbench.suggestions.painter.rects(view._highlight_visible()) if i == chosen.id]
    assert boxes
    tops: list[int] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), menu
        seen.extend(a.objectName() for a in menu.actions() if a.objectName())
        tops.append(menu.geometry().top())
        action = next((a for a in menu.actions() if a.objectName() == "menuRejectSuggestion"), None)
        if action is None:
            menu.close()
            return
        menu.setActiveAction(action)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    pos = view.cursorRect().center()  # where Qt opens a keyboard context menu: at the text cursor
    QTimer.singleShot(50, choose)
    # the menu key's event goes to the focus widget, the view (not its viewport, which gets the mouse's)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view, event)
    qtbot.wait(20)
    assert "menuAcceptSuggestion" in seen
    # under the suggestion's first line (X11 gives the key's event the mouse's position, anywhere)
    assert tops and tops[0] == view.viewport().mapToGlobal(boxes[0].bottomLeft().toPoint()).y()
    assert status(ws, chosen.id) == "rejected" and chosen.id not in [s.id for s in model.items]
