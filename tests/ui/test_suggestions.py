"""Suggestions in the workbench: computed off the UI thread when a document opens, drawn as dashed outlines
(never as annotations), accepted with Enter, rejected with Backspace, all of one label accepted from the menu;
each one undo step, with the database following. The tiny recognisers of tests/test_suggestions.py stand in
for the real rules."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.assist import registry
from app.assist.base import Proposal
from app.services import Workspace
from db.models import Annotation, Suggestion
from tests.test_suggestions import TEXT, tiny, tiny_figures  # noqa: F401 - tiny: the tiny recognisers
from tests.ui.conftest import add_document, make_bench
from tests.ui.test_mouse_and_hover import char_point

pytestmark = pytest.mark.gui

THREADS: list[str] = []


def watched_figures(text, context):  # type: ignore[no-untyped-def]
    THREADS.append(threading.current_thread().name)
    return tiny_figures(text, context)


@pytest.fixture
def sbench(sqlite_ws: Workspace, qtbot):  # type: ignore[no-untyped-def]
    doc = add_document(sqlite_ws, TEXT)
    workbench = make_bench(sqlite_ws, qtbot, doc)
    qtbot.waitUntil(lambda: len(workbench.suggestions.model.items) == 4, timeout=5000)
    yield workbench
    workbench.window.close()


def stored(ws: Workspace) -> list[tuple[str, str, int | None]]:
    with ws.db.sessions() as session:
        rows = session.execute(
            select(Annotation.text, Annotation.deleted_at, Annotation.suggestion_id).order_by(Annotation.start)
        ).all()
    return [(text, "deleted" if deleted else "live", sugg) for text, deleted, sugg in rows]


def status(ws: Workspace, sugg_id: int) -> str:
    with ws.db.sessions() as session:
        return session.scalar(select(Suggestion.status).where(Suggestion.id == sugg_id)) or ""


def click(qtbot, bench, needle: str) -> None:  # type: ignore[no-untyped-def]
    cp = bench.doc.text.index(needle) + 1
    bench.view.reveal(cp)
    qtbot.mouseClick(bench.view.viewport(), Qt.MouseButton.LeftButton, pos=char_point(bench.view, cp))


def test_opening_a_document_computes_them_off_the_ui_thread_and_draws_outlines(  # type: ignore[no-untyped-def]
    sqlite_ws: Workspace, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(
        registry.RECOGNISERS, "figures", registry.Recogniser("figures", "FIGURE", f"{__name__}:watched_figures")
    )
    THREADS.clear()
    doc = add_document(sqlite_ws, TEXT)
    bench = make_bench(sqlite_ws, qtbot, doc)
    qtbot.waitUntil(lambda: len(bench.suggestions.model.items) == 4, timeout=5000)
    assert THREADS and threading.main_thread().name not in THREADS
    assert [s.text for s in sqlite_ws.suggestions.list(doc)] == [s.text for s in bench.suggestions.model.items]
    assert bench.doc.annotations == {} and stored(sqlite_ws) == []  # not annotations
    assert bench.window.annotations.model.rowCount() == 0
    visible = bench.view._highlight_visible()
    boxes = bench.suggestions.painter.rects(visible)
    assert {sugg_id for sugg_id, _ in boxes} == {s.id for s in bench.suggestions.model.items}
    bench.view.viewport().repaint()  # the paint hook runs without error
    bench.window.close()


def test_enter_accepts_the_selected_suggestion_as_one_undo_step(sbench, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = sbench.ws
    click(qtbot, sbench, "مدن")
    sugg = sbench.suggestions.model.selected_suggestion()
    assert sugg is not None and sugg.text == "3 مدن" and sbench.doc.selected is None
    depth = sbench.stack.count()
    qtbot.keyClick(sbench.view, Qt.Key.Key_Return)
    assert stored(ws) == [("3 مدن", "live", sugg.id)]
    assert status(ws, sugg.id) == "accepted" and sbench.stack.count() == depth + 1
    ann = sbench.doc.selected_annotation()
    assert ann is not None and ann.attributes == {"kind": "count", "value": 3}
    assert sugg.id not in [s.id for s in sbench.suggestions.model.items]
    assert not sbench.window.properties.isAncestorOf(sbench.window.focusWidget())  # not into the form
    sbench.undo_action.trigger()
    assert stored(ws) == [("3 مدن", "deleted", sugg.id)] and status(ws, sugg.id) == "open"
    assert sugg.id in [s.id for s in sbench.suggestions.model.items] and sbench.doc.annotations == {}
    sbench.redo_action.trigger()
    assert stored(ws) == [("3 مدن", "live", sugg.id)] and len(sbench.doc.annotations) == 1


def test_enter_on_a_claim_makes_its_source_and_cue_with_links(sbench, qtbot) -> None:  # type: ignore[no-untyped-def]
    claim = sbench.suggestions.model.items[0]
    assert claim.label == "CLAIM"
    sbench.suggestions.model.select(claim.id)
    qtbot.keyClick(sbench.view, Qt.Key.Key_Enter)
    labels = sorted(a.label for a in sbench.doc.annotations.values())
    assert labels == ["ACTOR", "CLAIM", "CUE"]
    made = sbench.doc.selected_annotation()
    assert made is not None and made.label == "CLAIM"
    source, cue = sbench.doc.source_of(made.id), sbench.doc.cue_of(made.id)
    assert source is not None and source.text == "وزير الخارجية"
    assert cue is not None and cue.text == "قال"
    sbench.undo_action.trigger()
    assert sbench.doc.annotations == {} and sbench.doc.relations == {}


def test_enter_without_a_suggestion_still_goes_into_the_form(sbench, qtbot) -> None:  # type: ignore[no-untyped-def]
    ann = sbench.ws.annotations.add(sbench.doc.id, "ACTOR", *span_of(sbench, "وزير الخارجية"))
    sbench.open_document(sbench.doc.id)
    sbench.doc.select(ann.id)
    assert sbench.suggestions.model.selected is None
    qtbot.keyClick(sbench.view, Qt.Key.Key_Return)
    assert sbench.window.properties.isAncestorOf(sbench.window.focusWidget())
    assert len(stored(sbench.ws)) == 1  # nothing accepted


def span_of(bench, needle: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    start = bench.doc.text.index(needle)
    return start, start + len(needle)


def test_backspace_rejects_and_it_is_not_proposed_again(sbench, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = sbench.ws
    qtbot.keyClick(sbench.view, Qt.Key.Key_N)  # the first suggestion from the cursor
    first = sbench.suggestions.model.selected_suggestion()
    assert first is not None
    qtbot.keyClick(sbench.view, Qt.Key.Key_Backspace)
    assert status(ws, first.id) == "rejected" and stored(ws) == []
    assert first.id not in [s.id for s in sbench.suggestions.model.items]
    assert sbench.suggestions.model.selected is not None  # on to the next one
    sbench.open_document(sbench.doc.id)  # computed again on opening: still not proposed
    qtbot.waitUntil(lambda: len(sbench.suggestions.model.items) == 3, timeout=5000)
    sbench.suggestions.wait()
    assert first.id not in [s.id for s in sbench.suggestions.model.items]
    sbench.undo_action.trigger()
    assert status(ws, first.id) == "open"


def test_accept_all_of_one_label_is_one_undo_step(sbench, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = sbench.ws
    depth = sbench.stack.count()
    sbench.suggestions.label_actions["FIGURE"].trigger()
    assert [t for t, state, _ in stored(ws) if state == "live"] == ["144 شخصا", "3 مدن"]
    assert [s.label for s in sbench.suggestions.model.items] == ["CLAIM", "CLAIM"]
    assert sbench.stack.count() == depth + 1
    sbench.undo_action.trigger()
    assert [t for t, state, _ in stored(ws) if state == "live"] == []
    assert len(sbench.suggestions.model.items) == 4
    sbench.suggestions.model.select(sbench.suggestions.model.items[0].id)  # a CLAIM: its kind by key
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(sbench.view, Qt.Key.Key_Y, ctrl_shift)
    assert sorted(a.label for a in sbench.doc.annotations.values()) == ["ACTOR", "CLAIM", "CLAIM", "CUE", "CUE"]


def test_a_click_on_an_annotation_selects_it_not_the_suggestion(sbench, qtbot) -> None:  # type: ignore[no-untyped-def]
    ann = sbench.ws.annotations.add(sbench.doc.id, "FIGURE", *span_of(sbench, "144"))
    sbench.open_document(sbench.doc.id)
    qtbot.waitUntil(lambda: len(sbench.suggestions.model.items) == 4, timeout=5000)
    click(qtbot, sbench, "144")
    assert sbench.doc.selected == ann.id and sbench.suggestions.model.selected is None


def odd_figures(text, context):  # type: ignore[no-untyped-def]
    """A figure whose values the default schema does not list (a duration, more_than, a unit)."""
    start = text.index("3 مدن")
    attributes = {"kind": "duration", "value": 3, "qualifier": "more_than", "unit": "month", "hijri": None}
    return [Proposal("FIGURE", start, start + 5, "odd", attributes)]


def test_accepted_values_the_schema_does_not_list_are_kept_as_they_are(  # type: ignore[no-untyped-def]
    sqlite_ws: Workspace, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(
        registry.RECOGNISERS, "figures", registry.Recogniser("figures", "FIGURE", f"{__name__}:odd_figures")
    )
    monkeypatch.setitem(registry.RECOGNISERS, "claims", registry.Recogniser("claims", "CLAIM", f"{__name__}:no_claims"))
    doc = add_document(sqlite_ws, TEXT)
    bench = make_bench(sqlite_ws, qtbot, doc)
    qtbot.waitUntil(lambda: len(bench.suggestions.model.items) == 1, timeout=5000)
    qtbot.keyClick(bench.view, Qt.Key.Key_N)
    depth = bench.stack.count()
    qtbot.keyClick(bench.view, Qt.Key.Key_Return)
    qtbot.wait(50)  # the properties form follows the selection
    (ann,) = sqlite_ws.documents.open(doc).annotations
    assert ann.attributes == {"kind": "duration", "value": 3, "qualifier": "more_than", "unit": "month"}
    assert bench.stack.count() == depth + 1  # the form wrote nothing back
    bench.window.close()


def no_claims(text, context):  # type: ignore[no-untyped-def]
    return []


def test_suggestions_arriving_after_the_window_and_its_view_are_gone_are_ignored(  # type: ignore[no-untyped-def]
    sqlite_ws: Workspace, qtbot
) -> None:
    """A full suite run showed it: a test's window closed and its view deleted, then the suggestions' model
    changed and its slot updated the deleted view (RuntimeError in the event loop, failing the next tests)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    doc = add_document(sqlite_ws, TEXT)
    bench = make_bench(sqlite_ws, qtbot, doc)
    qtbot.waitUntil(lambda: bench.suggestions.model.items != [], timeout=5000)
    items = list(bench.suggestions.model.items)
    bench.window.close()
    bench.view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    bench.suggestions.model.set(doc, items)  # a late arrival, then a selection: neither touches the view
    bench.suggestions.model.select(items[0].id)
    bench.suggestions.on_computed(doc, items)  # a thread's result after the window closed is dropped
