"""Positional paging of the document list (what the workbench's lazy list model asks for)."""

from __future__ import annotations

from app.formats.native import sha256_text
from app.services import listing
from db.models import Document
from tests.sql_plans import plans, reads_table_rows, recorded_selects


def test_count_page_position_with_and_without_filter(ws) -> None:  # type: ignore[no-untyped-def]
    with ws.db.sessions.begin() as session:
        session.add_all(
            Document(title=f"خبر {i}" + (" موسكو" if i % 3 == 0 else ""), text=f"نص {i}", sha256=sha256_text(f"نص {i}"))
            for i in range(50)
        )
    ids = ws.documents.ids()
    assert listing.count(ws.db) == 50
    assert [d.id for d in listing.page(ws.db, 10, 5)] == ids[10:15]
    assert listing.position(ws.db, ids[17]) == 17
    moscow = ws.documents.ids(title_filter="موسكو")
    assert listing.count(ws.db, "موسكو") == len(moscow) == 17
    assert [d.id for d in listing.page(ws.db, 3, 4, "موسكو")] == moscow[3:7]
    assert listing.position(ws.db, moscow[5], "موسكو") == 5
    assert listing.position(ws.db, ids[1], "موسكو") is None
    ws.annotations.add(ids[0], "ACTOR", 0, 2)
    first = listing.page(ws.db, 0, 1)[0]
    assert (first.annotation_count, first.status) == (1, "in_progress")


def test_position_and_page_in_the_middle_read_an_index_not_the_texts(sqlite_ws) -> None:  # type: ignore[no-untyped-def]
    """Placing document 300 of 600 in the list must not walk the 299 rows before it (with their texts)."""
    with sqlite_ws.db.sessions.begin() as session:
        session.add_all(
            Document(title=f"خبر {i}", text=f"نص {i} " + "كلمة " * 200, sha256=sha256_text(f"{i}")) for i in range(600)
        )
    ids = sqlite_ws.documents.ids()
    with recorded_selects(sqlite_ws.db) as statements:
        assert listing.position(sqlite_ws.db, ids[300]) == 300
        assert [d.id for d in listing.page(sqlite_ws.db, 300, 100)] == ids[300:400]
        assert listing.count(sqlite_ws.db) == 600
    assert len(statements) == 5
    walking = [(s, p) for s, p in plans(sqlite_ws.db, statements) if reads_table_rows(p, "documents")]
    assert walking == []
    assert listing.page(sqlite_ws.db, 600, 100) == []
