"""Highlights: the blocks on screen are right at the first paint, the rest follow in idle time, an
edit re-lays out only its blocks, and a block far down shows its spans when it scrolls into view."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from app.services import Workspace
from tests.ui.conftest import add_document, make_bench
from ui.highlighter import ACTOR_COLOUR
from ui.span_index import SpanIndex

pytestmark = pytest.mark.gui

PARAGRAPH = "قال وزير الدفاع سيرغي شويغو إن 144 شخصا قتلوا في 22 آذار (مارس)."
TEXT = "\n".join(f"{n} 👍 {PARAGRAPH}" for n in range(400))


def long_document(ws: Workspace) -> int:
    doc_id = add_document(ws, TEXT, "طويل")
    word = PARAGRAPH.index("شويغو")
    for line in range(0, 400, 3):
        start = TEXT.index(PARAGRAPH, sum(len(f"{n} 👍 {PARAGRAPH}") + 1 for n in range(line))) + word
        ws.annotations.add(doc_id, "ACTOR", start, start + 5)
    return doc_id


def formats_of(view, number: int) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    layout = view.document().findBlockByNumber(number).layout()
    return [(r.start, r.length) for r in layout.formats()]


def has_colour(image: QImage, colour: QColor, alpha: int = 150) -> bool:
    """Whether some pixel shows ``colour`` drawn with ``alpha`` over the white page."""
    want = [round(255 + (c - 255) * alpha / 255) for c in (colour.red(), colour.green(), colour.blue())]
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = QColor(image.pixel(x, y))
            if all(abs(a - b) <= 3 for a, b in zip((pixel.red(), pixel.green(), pixel.blue()), want, strict=True)):
                return True
    return False


def test_visible_blocks_are_highlighted_at_the_first_paint(sqlite_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc_id = long_document(sqlite_ws)
    bench = make_bench(sqlite_ws, qtbot)
    bench.open_document(doc_id)
    bench.view.viewport().repaint()  # no event processing: only what the first paint did
    view, highlighter = bench.view, bench.view.highlighter
    word16 = len("0 👍 ".encode("utf-16-le")) // 2 + PARAGRAPH.index("شويغو")
    assert formats_of(view, 0) == [(word16, 5)]  # block 0 holds the first ACTOR, emoji counted in UTF-16
    assert highlighter.is_painted(0) and not highlighter.is_painted(399)
    assert has_colour(view.viewport().grab().toImage(), ACTOR_COLOUR)
    qtbot.waitUntil(lambda: not highlighter.pending(), timeout=10_000)
    assert all(highlighter.is_painted(n) for n in range(view.document().blockCount()))
    assert formats_of(view, 399) == [(word16 + 2, 5)]  # "399" has two more digits than "0"


def test_a_far_block_shows_its_spans_when_scrolled_to(sqlite_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc_id = long_document(sqlite_ws)
    bench = make_bench(sqlite_ws, qtbot)
    bench.open_document(doc_id)
    bench.view.verticalScrollBar().setValue(bench.view.verticalScrollBar().maximum())
    bench.view.viewport().repaint()
    assert bench.view.highlighter.is_painted(bench.view.firstVisibleBlock().blockNumber())
    assert has_colour(bench.view.viewport().grab().toImage(), ACTOR_COLOUR)


def test_an_edit_repaints_its_block_only(sqlite_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc_id = long_document(sqlite_ws)
    bench = make_bench(sqlite_ws, qtbot)
    bench.open_document(doc_id)
    qtbot.waitUntil(lambda: not bench.view.highlighter.pending(), timeout=10_000)
    start = TEXT.index("144", TEXT.index("\n1 👍"))  # block 1 has no span yet
    before = formats_of(bench.view, 2)
    ann = bench.labelling.add("FIGURE", start, start + 3)
    assert ann is not None and len(formats_of(bench.view, 1)) == 1
    assert formats_of(bench.view, 2) == before
    bench.undo_action.trigger()
    assert formats_of(bench.view, 1) == []


def test_span_index_finds_long_short_added_and_removed_spans() -> None:
    from app.dto import AnnotationData

    text = "aaaa\nbbbb\n" + "c" * 600 + "\ndddd"

    def ann(i: str, label: str, start: int, end: int) -> AnnotationData:
        return AnnotationData(i, 1, label, start, end, text[start:end], "t")

    long = ann("L", "CLAIM", 2, len(text) - 2)  # crosses every block
    short = ann("S", "ACTOR", 5, 9)
    index = SpanIndex(text, [short, long])
    assert index.block_count() == 4
    assert [a.id for a in index.in_block(0)] == ["L"]
    assert {a.id for a in index.in_block(1)} == {"S", "L"}
    assert [a.id for a in index.in_block(3)] == ["L"]
    assert [a.id for a in index.at(6)] == ["L", "S"]
    assert index.remove(short) == range(1, 2)
    assert [a.id for a in index.in_block(1)] == ["L"]
    relabelled = ann("S", "FIGURE", 5, 9)
    assert index.add(relabelled) == range(1, 2)
    assert [a.label for a in index.at(6)] == ["CLAIM", "FIGURE"]
    index.remove(relabelled)
    assert index.at(6) == [long]


def test_the_selected_annotation_is_outlined(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    from ui.document_view import SELECTED_OUTLINE

    start = bench.doc.text.index("شويغو")
    bench.view.select_span(start, start + 5)
    qtbot.keyClick(bench.view, Qt.Key.Key_1)  # adds and selects the ACTOR
    [box] = bench.view.outline_rects()
    cursor = QTextCursor(bench.view.document())
    cursor.setPosition(bench.view.to_utf16(start + 2))
    assert box.contains(bench.view.cursorRect(cursor).center().toPointF())
    assert has_colour(bench.view.viewport().grab().toImage(), SELECTED_OUTLINE, alpha=255)
    qtbot.keyClick(bench.view, Qt.Key.Key_Escape)  # nothing selected: no outline
    assert bench.view.outline_rects() == []
    assert not has_colour(bench.view.viewport().grab().toImage(), SELECTED_OUTLINE, alpha=255)


def frame_side_at(image: QImage, colour: QColor, xs: range, top: int, bottom: int) -> bool:
    """Whether one column in ``xs`` is ``colour`` over most of ``top..bottom`` (a frame's side, not ink)."""
    rows = range(top, bottom + 1)
    for x in xs:
        hits = sum(
            1
            for y in rows
            if abs(QColor(image.pixel(x, y)).red() - colour.red()) <= 3
            and abs(QColor(image.pixel(x, y)).green() - colour.green()) <= 3
            and abs(QColor(image.pixel(x, y)).blue() - colour.blue()) <= 3
        )
        if hits >= 0.7 * len(rows):
            return True
    return False


def test_a_figure_inside_a_claim_has_a_coloured_frame(sqlite_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCursor

    from ui.highlighter import FIGURE_COLOUR

    doc_id = add_document(sqlite_ws, PARAGRAPH)
    claim = PARAGRAPH.index("إن")
    figure = PARAGRAPH.index("144")
    sqlite_ws.annotations.add(doc_id, "CLAIM", claim, PARAGRAPH.index("قتلوا") + 5)
    sqlite_ws.annotations.add(doc_id, "FIGURE", figure, figure + 3)
    bench = make_bench(sqlite_ws, qtbot, doc_id)
    view = bench.view
    image = view.viewport().grab().toImage()
    assert image.devicePixelRatio() == 1
    [(colour, box)] = view.frame_rects(view._highlight_visible())
    assert colour == FIGURE_COLOUR
    edges = []
    for cp in (figure, figure + 3):
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.to_utf16(cp))
        edges.append(view.cursorRect(cursor))
    left, right = sorted(rect.center().x() for rect in edges)
    top, bottom = edges[0].top(), edges[0].bottom()
    assert box.left() - 1 <= left <= box.left() + 1 and box.right() - 1 <= right <= box.right() + 1
    # both sides of the frame stand in the claim's band, in the figure's colour, over most of the line
    inner_top, inner_bottom = top + 4, bottom - 4
    assert frame_side_at(image, FIGURE_COLOUR, range(left - 4, left + 2), inner_top, inner_bottom)
    assert frame_side_at(image, FIGURE_COLOUR, range(right - 2, right + 4), inner_top, inner_bottom)
    # and the band between the digits and the frame is the claim's, not the frame's
    assert not frame_side_at(image, FIGURE_COLOUR, range(left + 3, left + 5), inner_top, inner_bottom)
    # the boxes are kept per block, and follow a zoom
    view.set_point_size(view.point_size + 6)
    view.viewport().repaint()
    [(_, bigger)] = view.frame_rects(view._highlight_visible())
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_utf16(figure + 1))
    assert bigger.height() > box.height() and bigger.contains(view.cursorRect(cursor).center().toPointF())
