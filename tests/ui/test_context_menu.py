"""A right click on a highlight opens its menu; each entry reaches the database (read back from it)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.conftest import select_text

pytestmark = pytest.mark.gui


def stored(bench):  # type: ignore[no-untyped-def]
    return {a.id: a for a in bench.ws.documents.open(bench.doc.id).annotations}


def point_of(bench, needle: str) -> QPoint:  # type: ignore[no-untyped-def]
    """The middle of ``needle`` on screen (viewport coordinates), found with Qt's own search."""
    view = bench.view
    found = view.document().find(needle)
    cursor = QTextCursor(view.document())
    cursor.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    view.setTextCursor(cursor)  # scrolled into view: a first start's window is the screen's size, not 1400x860
    view.ensureCursorVisible()
    return view.cursorRect(cursor).center()


def label(bench, qtbot, needle: str, key: Qt.Key) -> str:  # type: ignore[no-untyped-def]
    select_text(bench.view, needle)
    qtbot.keyClick(bench.view, key)
    return bench.doc.selected


def right_click(bench, qtbot, needle: str, choose: Callable[[QMenu], None]) -> list[str]:  # type: ignore[no-untyped-def]
    """Right-click ``needle``; ``choose`` acts on the menu that opens. Returns the menu's entry names."""
    seen: list[str] = []

    def act() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), menu
        seen.extend(a.objectName() for a in menu.actions() if a.objectName())
        choose(menu)

    viewport, pos = bench.view.viewport(), point_of(bench, needle)
    QTimer.singleShot(50, act)
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=pos)
    # the window system turns a right press into this event; QTest's widget clicks skip that step
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos)))
    qtbot.wait(20)
    return seen


def pick(name: str) -> Callable[[QMenu], None]:
    """Choose the entry ``name`` with the keyboard, as a user does (arrow to it, Enter)."""

    def choose(menu: QMenu) -> None:
        menu.setActiveAction(next(a for a in menu.actions() if a.objectName() == name))
        QTest.keyClick(menu, Qt.Key.Key_Return)

    return choose


def test_relabel_from_the_menu_of_a_highlight(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    actor = label(bench, qtbot, "شويغو", Qt.Key.Key_1)

    def choose(menu: QMenu) -> None:
        relabel = next(a.menu() for a in menu.actions() if a.menu() is not None)
        menu.close()
        next(a for a in relabel.actions() if a.objectName() == "relabel_CLAIM").trigger()

    right_click(bench, qtbot, "شويغو", choose)
    assert stored(bench)[actor].label == "CLAIM"


def test_delete_from_the_menu_selects_the_annotation_under_the_mouse(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = label(bench, qtbot, "شويغو", Qt.Key.Key_1)
    second = label(bench, qtbot, "144", Qt.Key.Key_3)
    assert bench.doc.selected == second
    right_click(bench, qtbot, "شويغو", pick("menuDelete"))
    rows = stored(bench)
    assert first not in rows and second in rows


def test_link_as_source_and_cue_from_the_menu(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    actor = label(bench, qtbot, "شويغو", Qt.Key.Key_1)
    claim_text = "قُتل ما لا يقل عن 144 شخصا"
    claim = label(bench, qtbot, claim_text, Qt.Key.Key_2)
    bench.view.clear_selection()
    entries = right_click(bench, qtbot, "شويغو", pick("menuLinkAsSource"))  # the claim was selected
    assert "menuLinkAsSource" in entries
    relations = bench.ws.documents.open(bench.doc.id).relations
    assert [(r.type, r.from_id, r.to_id) for r in relations] == [("source", claim, actor)]
    bench.doc.select(claim)
    entries = right_click(bench, qtbot, "شخصا", pick("menuCue"))  # the word under the mouse is the cue
    assert "menuLink" in entries
    rows = stored(bench)
    [cue] = [a for a in rows.values() if a.label == "CUE"]
    assert cue.text == "شخصا"
    relations = bench.ws.documents.open(bench.doc.id).relations
    assert ("cue", claim, cue.id) in [(r.type, r.from_id, r.to_id) for r in relations]


def test_note_from_the_menu_goes_into_the_form(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    actor = label(bench, qtbot, "شويغو", Qt.Key.Key_1)
    right_click(bench, qtbot, "شويغو", pick("menuNote"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bench.window.properties.note_edit)
    qtbot.keyClicks(bench.window.properties.note_edit, "defence minister")
    qtbot.keyClick(bench.window.properties.note_edit, Qt.Key.Key_Return)
    assert stored(bench)[actor].note == "defence minister"


def test_attributes_from_the_menu_focus_the_first_attribute(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    figure = label(bench, qtbot, "144", Qt.Key.Key_3)
    right_click(bench, qtbot, "144", pick("menuAttributes"))
    first = bench.schema.schema.attributes_of("FIGURE")[0].name
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bench.window.properties.attribute_widget(first))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert stored(bench)[figure].attributes.get(first) is not None
