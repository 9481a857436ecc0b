"""The lazy document list: ids up front, summaries a page at a time, filter, refresh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.formats.native import sha256_text
from db.models import Document
from ui.document_list import PAGE, DocumentListModel

pytestmark = pytest.mark.gui


def fill(ws, n: int) -> None:  # type: ignore[no-untyped-def]
    with ws.db.sessions.begin() as session:
        session.add_all(
            Document(
                title=f"خبر {i}" + (" موسكو" if i % 10 == 0 else ""), text=f"نص {i}", sha256=sha256_text(f"نص {i}")
            )
            for i in range(n)
        )


def test_rows_are_fetched_lazily_a_page_at_a_time(sqlite_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    fill(sqlite_ws, 1000)
    model = DocumentListModel(sqlite_ws)
    assert model.rowCount() == 1000
    assert model._pages == {}
    assert model.index(503, 0).data() == "خبر 503"
    assert list(model._pages) == [503 // PAGE]
    assert model.index(503, 1).data() == "new"
    assert model.index(503, 2).data() == "0"


def test_filter_and_refresh(sqlite_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    fill(sqlite_ws, 300)
    model = DocumentListModel(sqlite_ws)
    model.set_filter("موسكو")
    assert model.rowCount() == 30
    doc_id = model.id_at(0)
    assert model.row_of(doc_id) == 0
    assert model.index(0, 2).data() == "0"
    sqlite_ws.annotations.add(doc_id, "ACTOR", 0, 2)
    with qtbot.waitSignal(model.dataChanged):
        model.refresh(doc_id)
    assert model.index(0, 2).data() == "1"
    assert model.index(0, 1).data() == "in progress"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == doc_id
