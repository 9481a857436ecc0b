"""Reading overlaps and links, with real mouse clicks on the reading view: a click where spans overlap
selects the innermost and each click again the next one out (the status bar says which of how many);
nested frames stay apart and a claim's band shows under an actor's fill; the selected claim's arrow to its
source is drawn in the text; the list of sources names each actor with its context."""

from __future__ import annotations

from collections import deque

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QApplication

from app.services import Workspace
from tests.ui.conftest import ARTICLE, add_document, make_bench

pytestmark = pytest.mark.gui

CLAIM = "قُتل ما لا يقل عن 144 شخصا وأصيب 360 آخرون"
QUOTE = "نأمل، في هذه الحالة، ألا تكون المخابرات الفرنسية وراء هذا"
SHOIGU = "سيرغي شويغو"


def find(needle: str, occurrence: int = 1) -> int:
    at = -1
    for _ in range(occurrence):
        at = ARTICLE.index(needle, at + 1)
    return at


def first_id(ws: Workspace) -> int:
    doc_id = ws.documents.first_id()
    assert doc_id is not None
    return doc_id


def add(ws: Workspace, doc_id: int, label: str, needle: str, occurrence: int = 1):  # type: ignore[no-untyped-def]
    start = find(needle, occurrence)
    return ws.annotations.add(doc_id, label, start, start + len(needle))


def char_rect(view, cp: int) -> QRect:  # type: ignore[no-untyped-def]
    """The box of the glyph of code point ``cp``: between its two cursor positions, on its line."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_utf16(cp))
    before = view.cursorRect(cursor)
    cursor.setPosition(view.to_utf16(cp + 1))
    after = view.cursorRect(cursor)
    left, right = sorted((before.center().x(), after.center().x()))
    return QRect(left, before.top(), max(right - left, 1), before.height())


def wide(bench):  # type: ignore[no-untyped-def]
    """The workbench at the size it starts with on a desktop (offscreen windows start small)."""
    bench.window.resize(1400, 860)
    QApplication.processEvents()
    return bench


def show(qtbot, view, cp: int) -> None:  # type: ignore[no-untyped-def]
    """Scroll ``cp`` into the middle of the view."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_utf16(cp))
    view.setTextCursor(cursor)
    view.centerCursor()
    QApplication.processEvents()
    assert view.viewport().rect().contains(char_rect(view, cp).center())


def click(qtbot, bench, cp: int) -> None:  # type: ignore[no-untyped-def]
    if not bench.view.viewport().rect().contains(char_rect(bench.view, cp).center()):
        show(qtbot, bench.view, cp)
    qtbot.mouseClick(bench.view.viewport(), Qt.MouseButton.LeftButton, pos=char_rect(bench.view, cp).center())


def message(bench) -> str:  # type: ignore[no-untyped-def]
    return bench.window.status.currentMessage()


# 1. overlaps: the innermost first, then outwards


@pytest.fixture
def nested(article_ws: Workspace):  # type: ignore[no-untyped-def]
    doc_id = first_id(article_ws)
    claim = add(article_ws, doc_id, "CLAIM", CLAIM)
    outer = add(article_ws, doc_id, "FIGURE", "ما لا يقل عن 144")
    inner = add(article_ws, doc_id, "FIGURE", "144")
    return article_ws, claim, outer, inner


def test_a_click_selects_the_innermost_and_clicks_again_go_outwards(nested, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws, claim, outer, inner = nested
    bench = wide(make_bench(ws, qtbot))
    at = inner.start + 1
    seen = []
    for _ in range(4):
        click(qtbot, bench, at)
        seen.append((bench.doc.selected, message(bench)))
    assert [s for s, _ in seen] == [inner.id, outer.id, claim.id, inner.id]  # in, out, out, and round again
    assert "Figure: 1 of 3 overlapping annotations here" in seen[0][1]
    assert "Figure: 2 of 3" in seen[1][1] and "click again for the one around it" in seen[1][1]
    assert "Claim: 3 of 3" in seen[2][1] and "the innermost" in seen[2][1]
    click(qtbot, bench, find("شخصا", 1) + 1)  # inside the claim only: a new place, no count
    assert bench.doc.selected == claim.id
    click(qtbot, bench, at)  # back at the figures: the innermost first again, not the next one out
    assert bench.doc.selected == inner.id
    click(qtbot, bench, at)  # the outer figure is really the one selected: Delete removes it from the database
    assert bench.doc.selected == outer.id
    qtbot.keyClick(bench.view, Qt.Key.Key_Delete)
    stored = ws.documents.open(bench.doc.id).annotations
    assert sorted(a.id for a in stored) == sorted([claim.id, inner.id])
    bench.window.close()


def test_the_count_uses_arabic_plural_forms(nested, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import install_language, remove_language

    ws, claim, _outer, inner = nested
    doc_id = claim.document_id
    figure = ws.annotations.add(doc_id, "FIGURE", find("360"), find("360") + 3)  # two deep: claim and figure
    translators = install_language(qapp, "ar")
    try:
        bench = wide(make_bench(ws, qtbot, doc_id))
        click(qtbot, bench, inner.start + 1)
        three = message(bench)
        click(qtbot, bench, figure.start + 1)
        two = message(bench)
        assert bench.doc.selected == figure.id
        assert three.startswith("رقم: 1 من 3 توسيمات متداخلة") and "انقر" in three
        assert two.startswith("رقم: 1 من توسيمين متداخلين")  # the dual, not the plural of three
        bench.window.close()
    finally:
        remove_language(translators)
        install_language(qapp, "en")


# 2. nested frames apart; a claim's band under an actor's fill


def colour_near(pixel: QColor, colour: QColor, tolerance: int = 12) -> bool:
    return (
        abs(pixel.red() - colour.red()) <= tolerance
        and abs(pixel.green() - colour.green()) <= tolerance
        and abs(pixel.blue() - colour.blue()) <= tolerance
    )


def frame_columns(image: QImage, colour: QColor, xs: range, rows: range) -> list[int]:
    """The columns in ``xs`` that are ``colour`` over most of ``rows`` (a frame's sides, not ink)."""
    return [x for x in xs if sum(colour_near(QColor(image.pixel(x, y)), colour, 3) for y in rows) >= 0.8 * len(rows)]


def test_a_nested_figure_has_its_own_frame_inside_the_outer_one(article_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.highlighter import FIGURE_COLOUR

    doc_id = first_id(article_ws)
    add(article_ws, doc_id, "FIGURE", "22 آذار (مارس)")
    add(article_ws, doc_id, "FIGURE", "22")
    bench = wide(make_bench(article_ws, qtbot))
    view = bench.view
    click(qtbot, bench, find("سيرغي") + 1)  # on plain text: nothing is selected, nothing outlined
    assert bench.doc.selected is None
    image = view.viewport().grab().toImage()
    assert len(view.frame_rects(view._highlight_visible())) == 2
    boxes = sorted((box for _colour, box in view.frame_rects(view._highlight_visible())), key=lambda b: b.width())
    assert [round(b.width()) for b in boxes] == sorted(round(b.width()) for b in boxes) and len(boxes) == 2
    small, big = (b.toAlignedRect() for b in boxes)  # the two spans' text boxes, sharing their right side
    assert abs(small.right() - big.right()) <= 1 and small.left() > big.left()
    rows = range(small.top() + 10, small.bottom() - 10)  # the middle of the line: the frames' sides only
    columns = frame_columns(image, FIGURE_COLOUR, range(small.right() - 10, small.right() + 6), rows)
    runs = [x for x in columns if x - 1 not in columns]
    assert len(runs) == 2, columns  # two sides with a gap between them, not one thick line
    assert runs[1] - runs[0] >= 3
    inner_left = frame_columns(image, FIGURE_COLOUR, range(small.left() - 4, small.left() + 8), rows)
    assert inner_left and min(inner_left) > big.left() + 2  # the inner frame's other side, inside the outer one
    bench.window.close()


def test_a_claim_band_shows_under_an_actor_inside_it(article_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.highlighter import CLAIM_COLOUR

    doc_id = first_id(article_ws)
    add(article_ws, doc_id, "CLAIM", QUOTE)
    inside = add(article_ws, doc_id, "ACTOR", "المخابرات الفرنسية", 2)
    outside = add(article_ws, doc_id, "ACTOR", SHOIGU, 2)
    bench = wide(make_bench(article_ws, qtbot))
    view = bench.view
    show(qtbot, view, inside.start)

    def claim_rows(ann) -> int:  # type: ignore[no-untyped-def]
        """Rows at the foot of the actor's line where most of its width is the claim's colour."""
        image = view.viewport().grab().toImage()
        box = char_rect(view, ann.start + 2).united(char_rect(view, ann.end - 3))
        xs = range(box.left() + 2, box.right() - 2)
        return sum(
            1
            for y in range(box.bottom() - 8, box.bottom() + 1)
            if sum(colour_near(QColor(image.pixel(x, y)), CLAIM_COLOUR, 20) for x in xs) >= 0.9 * len(xs)
        )

    assert claim_rows(inside) >= 3  # a strip, not a hairline, across the whole actor
    assert claim_rows(outside) == 0  # an actor outside any claim has none
    bench.window.close()


# 3. the claim→source link drawn in the text


def link_pixels(image: QImage, region: QRect) -> set[tuple[int, int]]:
    from ui.link_overlay import LINK_COLOUR

    region = region.intersected(image.rect())
    return {
        (x, y)
        for y in range(region.top(), region.bottom() + 1)
        for x in range(region.left(), region.right() + 1)
        if colour_near(QColor(image.pixel(x, y)), LINK_COLOUR, 40)
    }


def connected(pixels: set[tuple[int, int]], starts: QRect, ends: QRect, gap: int = 2) -> bool:
    """Whether the link-coloured pixels join ``starts`` to ``ends`` (gaps of ``gap`` pixels allowed: the
    antialiasing's, or a dashed line's)."""
    queue = deque(p for p in pixels if starts.contains(*p))
    seen = set(queue)
    while queue:
        x, y = queue.popleft()
        if ends.contains(x, y):
            return True
        for dx in range(-gap, gap + 1):
            for dy in range(-gap, gap + 1):
                p = (x + dx, y + dy)
                if p in pixels and p not in seen:
                    seen.add(p)
                    queue.append(p)
    return False


def test_the_selected_claim_has_an_arrow_to_its_source(article_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc_id = first_id(article_ws)
    claim = add(article_ws, doc_id, "CLAIM", QUOTE)
    actor = add(article_ws, doc_id, "ACTOR", SHOIGU, 2)
    bench = wide(make_bench(article_ws, qtbot))
    view = bench.view
    show(qtbot, view, claim.start)
    whole = view.viewport().rect()
    assert not link_pixels(view.viewport().grab().toImage(), whole)  # nothing selected: no link
    click(qtbot, bench, claim.start + 2)
    assert bench.doc.selected == claim.id
    assert not link_pixels(view.viewport().grab().toImage(), whole)  # a claim without a source: none either
    qtbot.keyClick(bench.view, Qt.Key.Key_S)  # link it: S, then a click on the actor
    click(qtbot, bench, actor.start + 3)
    assert [(r.type, r.from_id, r.to_id) for r in article_ws.documents.open(doc_id).relations] == [
        ("source", claim.id, actor.id)
    ]
    click(qtbot, bench, claim.start + 2)  # the claim selected again: its arrow goes to the actor
    assert bench.doc.selected == claim.id
    claim_box = char_rect(view, claim.start).adjusted(-12, -12, 12, 12)  # where the claim begins
    actor_box = char_rect(view, actor.start).united(char_rect(view, actor.end - 1)).adjusted(-4, -12, 4, 4)
    between = claim_box.united(actor_box).adjusted(-10, -80, 10, 10)
    pixels = link_pixels(view.viewport().grab().toImage(), between)
    assert len(pixels) > 100
    assert connected(pixels, claim_box, actor_box)
    click(qtbot, bench, actor.start + 3)  # the actor selected: the same link, from its claim
    assert bench.doc.selected == actor.id
    pixels = link_pixels(view.viewport().grab().toImage(), between)
    assert connected(pixels, claim_box, actor_box)
    qtbot.keyClick(bench.view, Qt.Key.Key_Escape)  # nothing selected: the link is gone
    assert bench.doc.selected is None
    assert not link_pixels(view.viewport().grab().toImage(), whole)
    bench.window.close()


def test_a_source_off_screen_gets_a_stub_to_the_edge(sqlite_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    text = "قال الوزير سيرغي شويغو في بيان.\n" + "سطر للتمرير فقط.\n" * 80 + "وأضاف أن الهجوم كان مدبرا.\n"
    doc_id = add_document(sqlite_ws, text)
    actor_at, claim_at = text.index(SHOIGU), text.index("الهجوم كان مدبرا")
    actor = sqlite_ws.annotations.add(doc_id, "ACTOR", actor_at, actor_at + len(SHOIGU))
    claim = sqlite_ws.annotations.add(doc_id, "CLAIM", claim_at, claim_at + len("الهجوم كان مدبرا"))
    sqlite_ws.relations.add("source", claim.id, actor.id)
    bench = wide(make_bench(sqlite_ws, qtbot, doc_id))
    view = bench.view
    click(qtbot, bench, claim.start + 2)  # the claim at the end, its source far above
    assert bench.doc.selected == claim.id
    [(_path, stub)] = view.links.paths(view._highlight_visible(), view.viewport().height())
    assert stub
    box = char_rect(view, claim.start).united(char_rect(view, claim.end - 1))
    pixels = link_pixels(view.viewport().grab().toImage(), view.viewport().rect())
    assert connected(pixels, box.adjusted(-4, -14, 4, 14), QRect(0, 0, view.viewport().width(), 4), gap=5)
    view.verticalScrollBar().setValue(0)  # scrolled to the source: the stub runs down to the bottom edge
    qtbot.wait(10)
    pixels = link_pixels(view.viewport().grab().toImage(), view.viewport().rect())
    bottom = view.viewport().height()
    box = char_rect(view, actor.start).united(char_rect(view, actor.end - 1))
    assert connected(pixels, box.adjusted(-4, -14, 4, 14), QRect(0, bottom - 5, 2000, 5), gap=5)
    bench.window.close()


# 4. the list of sources names each actor with its context


def test_the_list_of_sources_names_each_actor_with_its_context(article_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc_id = first_id(article_ws)
    first = add(article_ws, doc_id, "ACTOR", SHOIGU, 1)
    second = add(article_ws, doc_id, "ACTOR", SHOIGU, 2)
    claim = add(article_ws, doc_id, "CLAIM", QUOTE)
    bench = wide(make_bench(article_ws, qtbot))
    click(qtbot, bench, claim.start + 2)
    box = bench.window.properties.source_box
    qtbot.waitUntil(lambda: box.count() == 3)
    items = [box.itemText(i) for i in range(box.count())]
    assert items[0] == "—"
    assert items[1] == "… الأربعاء، حيث أصر «سيرغي شويغو» وزير الدفاع الروسي …"
    assert items[2] == "وقال «سيرغي شويغو» في بيان صحفي …"
    assert str(first.start) not in items[1] and box.itemData(1, Qt.ItemDataRole.ToolTipRole) == (
        f"[{first.start}, {first.end})"
    )
    box.setFocus()  # choose the second one from the keyboard, as an annotator would
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    relations = article_ws.documents.open(doc_id).relations
    assert [(r.type, r.from_id, r.to_id) for r in relations] == [("source", claim.id, second.id)]
    bench.window.close()


def test_context_keeps_to_the_line_and_marks_what_is_left_out() -> None:
    from ui.properties_panel import in_context

    text = "أول سطر\nقال الوزير سيرغي شويغو في بيان صحفي صادر\nسطر آخر"
    start = text.index(SHOIGU)
    assert in_context(text, start, start + len(SHOIGU)) == "قال الوزير «سيرغي شويغو» في بيان صحفي …"
    assert in_context(text, 0, 3) == "«أول» سطر"
    assert in_context("x" * 200 + " كلمة " + SHOIGU, 206, 206 + len(SHOIGU)).startswith("… ")
