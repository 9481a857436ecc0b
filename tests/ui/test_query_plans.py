"""What the workbench asks the database must not grow with the corpus.

Opening the workbench and labelling a word used to recount every annotation in the database for the status
bar (4.3 s at 1,000,000 spans, on start and 300 ms after each key press). These tests record every SELECT
the workbench runs and ask SQLite how it would run each one: none may scan the annotations or relations
tables, or build a temporary index, both of which cost time in proportion to the whole corpus.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services import Workspace
from tests.sql_plans import corpus_wide, plans, recorded_selects
from tests.ui.conftest import ARTICLE, add_document, make_bench, select_text

pytestmark = pytest.mark.gui


def test_start_and_a_key_press_never_scan_the_corpus(sqlite_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc_id = add_document(sqlite_ws, ARTICLE)
    add_document(sqlite_ws, "نص آخر فيه شويغو أيضا")
    with recorded_selects(sqlite_ws.db) as statements:
        bench = make_bench(sqlite_ws, qtbot, doc_id)
        select_text(bench.view, "شويغو")
        qtbot.keyClick(bench.view, Qt.Key.Key_1)
        bench.on_stats_due()  # what the timer runs 300 ms after an edit
        qtbot.keyClick(bench.view, Qt.Key.Key_Delete)
        bench.on_stats_due()
    assert len(statements) >= 5  # the recorder saw the workbench's reads
    assert any("annotations" in statement for statement, _ in statements)
    offenders = [(s, p) for s, p in plans(sqlite_ws.db, statements) if corpus_wide(p)]
    assert offenders == []
    assert bench.window.status.progress.text() == "Done \u20660 / 2\u2069"
    bench.window.close()


def test_stats_counts_labels_without_a_temporary_index(sqlite_ws: Workspace) -> None:
    with recorded_selects(sqlite_ws.db) as statements:
        sqlite_ws.documents.stats()
    assert statements
    assert not any("AUTOMATIC" in plan for _, plan in plans(sqlite_ws.db, statements))
