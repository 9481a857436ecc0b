"""The suggestions workflow on the sample article with the real recognisers, in the Arabic interface, as an
annotator meets it: the Suggestions menu names labels as the schema shows them, a suggestion's status line and
tooltip say its attributes and (for a claim) the source and cue Enter will link, the painter outlines those, and
the status bar says what an accept made."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.schema.model import Display
from app.services import Workspace
from tests.ui.conftest import ARTICLE, add_document, make_bench
from tests.ui.test_mouse_and_hover import char_point
from tests.ui.test_overlaps_links import char_rect, colour_near, show, wide
from ui.i18n import FSI, PDI
from ui.schema_commands import push_edit

if TYPE_CHECKING:
    from app.services.suggestions import SuggestionData

pytestmark = pytest.mark.gui


@pytest.fixture
def arabic(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The Arabic catalogue installed. Windows of earlier tests are deleted first: a language change reaches every
    widget, and the last test of tests/ui/test_suggestions.py leaves a window whose view it deleted."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.i18n import install_language, remove_language

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # pytest-qt's deleteLater of those windows
    translators = install_language(qapp, "ar")
    yield
    remove_language(translators)
    install_language(qapp, "en")


@pytest.fixture
def abench(arabic, sqlite_ws: Workspace, qtbot):  # type: ignore[no-untyped-def]
    """The workbench in Arabic on the sample article, its suggestions computed by the real rules."""
    doc = add_document(sqlite_ws, ARTICLE)
    bench = make_bench(sqlite_ws, qtbot, doc)
    qtbot.waitUntil(lambda: len(bench.suggestions.model.items) > 10, timeout=20000)
    yield bench
    bench.window.close()


def menu_texts(bench) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {label: action.text() for label, action in bench.suggestions.label_actions.items()}


# 1. the Suggestions menu


def test_the_menu_names_each_label_by_its_display_name_and_follows_the_schema(abench) -> None:  # type: ignore[no-untyped-def]
    """It read "قبول كل اقتراحات FIGURE في هذه الوثيقة": the menu was translated before the schema arrived."""
    assert menu_texts(abench) == {
        "FIGURE": "قبول كل اقتراحات رقم في هذه الوثيقة",
        "CLAIM": "قبول كل اقتراحات ادعاء في هذه الوثيقة",
    }
    figure = Display("عدد", "Number")
    edit = push_edit(
        abench.stack, abench.schema_ctx, lambda s: s.update_label("FIGURE", display=figure), lambda: "display"
    )
    assert edit and menu_texts(abench)["FIGURE"] == "قبول كل اقتراحات عدد في هذه الوثيقة"
    abench.undo_action.trigger()
    assert menu_texts(abench)["FIGURE"] == "قبول كل اقتراحات رقم في هذه الوثيقة"


# 2. the status line and the tooltip in the interface language


def plain(text: str) -> str:
    """Without the bidi isolates (FSI ... PDI) that keep quoted text and free values in their own order."""
    return text.replace(FSI, "").replace(PDI, "")


def select(bench, qtbot, needle: str, label: str) -> SuggestionData:  # type: ignore[no-untyped-def]
    """Click the suggestion of ``label`` on ``needle`` as the annotator does; returns it."""
    cp = bench.doc.text.index(needle) + 1
    bench.view.reveal(cp)
    qtbot.mouseClick(bench.view.viewport(), Qt.MouseButton.LeftButton, pos=char_point(bench.view, cp))
    sugg = bench.suggestions.model.selected_suggestion()
    assert sugg is not None and sugg.label == label and needle in sugg.text, sugg
    return sugg


def message(bench) -> str:  # type: ignore[no-untyped-def]
    return plain(bench.window.status.currentMessage())


def test_the_status_line_names_attributes_and_choices_as_the_schema_shows_them(abench, qtbot) -> None:  # type: ignore[no-untyped-def]
    """It read "مقترح: رقم «22 آذار (مارس)» (kind: date, value: --03-22)": the attributes' raw names and values."""
    select(abench, qtbot, "22 آذار (مارس)", "FIGURE")
    assert (
        message(abench)
        == "مقترح: رقم «22 آذار (مارس)» (النوع: تاريخ، القيمة: --03-22) — Enter للقبول، Backspace للرفض."
    )
    select(abench, qtbot, "ما لا يقل عن 144", "FIGURE")
    assert "(النوع: عدد، القيمة: 144، التقييد: على الأقل)" in message(abench)
    select(abench, qtbot, "إنها تأمل", "CLAIM")
    assert "(الاقتباس: غير مباشر)" in message(abench)
    assert not {"kind", "value", "quote", "indirect", "CLAIM"} & set(message(abench).replace("(", " ").split())


def test_the_tooltip_says_the_same_through_the_same_words(abench) -> None:  # type: ignore[no-untyped-def]
    """It showed <b>FIGURE</b> and "kind: date, value: --03-22"."""
    tip = plain(abench.suggestions.tooltip_at(abench.doc.text.index("22 آذار (مارس)") + 1))
    assert "<b>رقم</b> «22 آذار (مارس)»" in tip and "النوع: تاريخ، القيمة: --03-22" in tip
    assert "FIGURE" not in tip and "kind" not in tip
    claim = plain(abench.suggestions.tooltip_at(abench.doc.text.index("إنها تأمل") + 1))
    assert "<b>ادعاء</b>" in claim and "الاقتباس: غير مباشر" in claim


# 3. a claim's source and cue, before Enter makes and links them


def test_a_claim_names_the_source_and_cue_enter_will_link(abench, qtbot) -> None:  # type: ignore[no-untyped-def]
    """It said nothing of them: "مقترح: ادعاء «إنها تأمل…» (quote: indirect) — Enter للقبول، Backspace للرفض."."""
    select(abench, qtbot, "إنها تأمل", "CLAIM")
    links = "المصدر «وزارة الدفاع الروسية»، القرينة «قالت»"  # the relation types' display names in the schema
    assert message(abench) == f"مقترح: ادعاء (الاقتباس: غير مباشر) — {links} — Enter للقبول، Backspace للرفض."
    tip = plain(abench.suggestions.tooltip_at(abench.doc.text.index("إنها تأمل") + 1))
    assert links in tip
    select(abench, qtbot, "22 آذار (مارس)", "FIGURE")
    assert "المصدر" not in message(abench) and "القرينة" not in message(abench)


def outline_pixels(bench, colour: QColor, first: int, last: int) -> int:  # type: ignore[no-untyped-def]
    """Pixels of ``colour`` in a box around the characters ``first`` .. ``last`` (code points) as painted now."""
    image = bench.view.viewport().grab().toImage()
    box = char_rect(bench.view, first).united(char_rect(bench.view, last)).adjusted(-8, -6, 8, 6)
    return sum(
        colour_near(QColor(image.pixel(x, y)), colour, 10)
        for x in range(max(box.left(), 0), min(box.right(), image.width()))
        for y in range(max(box.top(), 0), min(box.bottom(), image.height()))
    )


def test_the_selected_claim_outlines_its_source_and_cue(abench, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Dashed in ACTOR's and CUE's colours, only while the claim is the selected suggestion."""
    bench = wide(abench)
    text = bench.doc.text
    source, cue = text.index("وزارة الدفاع الروسية"), text.index("قالت")
    claim = next(s for s in bench.suggestions.model.items if s.source == (source, source + 20))
    assert claim.cue == (cue, cue + 4)
    show(qtbot, bench.view, source)
    actor, cue_colour = bench.suggestions.colour_of("ACTOR"), bench.suggestions.colour_of("CUE")

    def ends() -> tuple[int, int]:
        return outline_pixels(bench, actor, source, source + 19), outline_pixels(bench, cue_colour, cue, cue + 3)

    before = ends()
    bench.suggestions.model.select(claim.id)
    after = ends()
    assert after[0] > before[0] + 100 and after[1] > before[1] + 50, (before, after)
    figure = next(s for s in bench.suggestions.model.items if s.label == "FIGURE")
    bench.suggestions.model.select(figure.id)  # another suggestion selected: the claim's ends are not outlined
    assert ends() == before


# 4. what the status bar says once a suggestion is decided


def test_after_enter_the_status_bar_says_what_was_made_not_enter_accepts(abench, qtbot) -> None:  # type: ignore[no-untyped-def]
    """It kept "مقترح: … — Enter للقبول، Backspace للرفض" after the suggestion had been accepted."""
    select(abench, qtbot, "إنها تأمل", "CLAIM")
    qtbot.keyClick(abench.view, Qt.Key.Key_Return)
    assert message(abench) == "قُبل: ادعاء «إنها تأمل، بعد محادثة ه…» مع مصدره وقرينته — Ctrl+Z للتراجع."
    assert sorted(a.label for a in abench.doc.annotations.values()) == ["ACTOR", "CLAIM", "CUE"]
    # the undo step names the label as the schema shows it (it said "قبول الاقتراح CLAIM …")
    assert abench.undo_action.text() == "تراجع عن قبول الاقتراح ادعاء \u2068«إنها تأمل، بعد محادثة ه…»\u2069"
    qtbot.keyClick(abench.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert abench.doc.annotations == {} and message(abench) == ""  # undone: "accepted" is no longer true
    select(abench, qtbot, "22 آذار (مارس)", "FIGURE")
    qtbot.keyClick(abench.view, Qt.Key.Key_Return)
    assert message(abench) == "قُبل: رقم «22 آذار (مارس)» — Ctrl+Z للتراجع."


def test_after_accept_all_the_status_bar_says_how_many(abench, qtbot) -> None:  # type: ignore[no-untyped-def]
    figures = len(abench.suggestions.model.of_label("FIGURE"))
    assert figures == 8
    select(abench, qtbot, "22 آذار (مارس)", "FIGURE")
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(abench.view, Qt.Key.Key_Y, ctrl_shift)  # all of its kind
    assert message(abench) == "قُبلت 8 اقتراحات من نوع رقم — Ctrl+Z للتراجع."  # the plural of 3 to 10
    assert [a.label for a in abench.doc.annotations.values()] == ["FIGURE"] * 8
    abench.suggestions.label_actions["CLAIM"].trigger()  # from the menu
    claims = sum(a.label == "CLAIM" for a in abench.doc.annotations.values())
    assert claims == 11 and message(abench) == "قُبل 11 اقتراحًا من نوع ادعاء — Ctrl+Z للتراجع."  # 11 to 99


def test_escape_or_the_last_reject_leaves_no_enter_accepts_behind(abench, qtbot) -> None:  # type: ignore[no-untyped-def]
    select(abench, qtbot, "22 آذار (مارس)", "FIGURE")
    qtbot.keyClick(abench.view, Qt.Key.Key_Escape)
    assert abench.suggestions.model.selected is None and message(abench) == ""
    model = abench.suggestions.model
    model.set(model.doc_id, [s for s in model.items if s.text == "360"])  # the last one open
    qtbot.keyClick(abench.view, Qt.Key.Key_N)
    qtbot.keyClick(abench.view, Qt.Key.Key_Backspace)
    assert message(abench) == "رُفض: رقم «360» — Ctrl+Z للتراجع."
