"""The find bar folds hamza and alef forms, ى/ي, ة/ه and harakat: typed into the real line edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import type_text

pytestmark = pytest.mark.gui


def find(bench, qtbot, query: str) -> str:  # type: ignore[no-untyped-def]
    qtbot.keyClick(bench.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = bench.window.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    bar.edit.selectAll()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Backspace)
    type_text(bar.edit, query)
    assert bar.edit.text() == query
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    return bench.view.textCursor().selectedText()


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("الاسلامية", "الإسلامية"),  # إ → ا
        ("اوكرانيا", "أوكرانيا"),  # أ → ا
        ("اذار", "آذار"),  # آ → ا
        ("ادلي", "أدلى"),  # ى → ي
        ("مكالمه", "مكالمة"),  # ة → ه
        ("شيئا", "شيئًا"),  # the tanwin of the last letter comes along
        ("قتل ما", "قُتل ما"),
    ],
)
def test_find_bar_folds_what_is_typed(bench, qtbot, typed: str, found: str) -> None:  # type: ignore[no-untyped-def]
    assert find(bench, qtbot, typed) == found
    assert bench.window.find_bar.result.text() == ""


def test_the_match_is_exact_and_can_be_labelled(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert find(bench, qtbot, "الاسلاميين") == "الإسلاميين"
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    [ann] = bench.ws.documents.open(bench.doc.id).annotations
    assert ann.text == "الإسلاميين" and bench.doc.text[ann.start : ann.end] == "الإسلاميين"


def test_nothing_found_says_so(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    find(bench, qtbot, "طوكيو")
    assert bench.window.find_bar.result.text() == "not found"
