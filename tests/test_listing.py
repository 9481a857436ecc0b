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


def test_the_title_filter_ignores_hamza_alef_ya_ta_marbuta_tatweel_and_harakat(ws) -> None:  # type: ignore[no-untyped-def]
    titles = [
        "الإسلاميّة تعلن موقفها",  # hamza under alef, shadda
        "مجلس الأمـــن يجتمع",  # tatweel
        "ذكرى الاستقلال في القاهرة",  # alef maqsura, ta marbuta
        "Moscow talks",
        "الإسلاميين في البرلمان",  # another word: not a match of الاسلامية
    ]
    with ws.db.sessions.begin() as session:
        session.add_all(Document(title=t, text=t, sha256=sha256_text(t)) for t in titles)
    ids = ws.documents.ids()

    def found(query: str) -> list[str]:
        return [titles[ids.index(d.id)] for d in listing.page(ws.db, 0, 10, query)]

    assert found("الاسلامية") == [titles[0]]
    assert listing.count(ws.db, "الاسلاميه") == 1  # ة typed as ه
    assert found("الامن") == [titles[1]]
    assert found("ذكري الاستقلال") == found("القاهره") == [titles[2]]
    assert found("MOSCOW") == [titles[3]]
    assert found("الإسلامي") == [titles[0], titles[4]]
    assert ws.documents.ids(title_filter="الأمن") == [ids[1]]  # `hashiya list --title` folds the same way
    assert listing.position(ws.db, ids[2], "القاهرة") == 0


def test_titles_from_before_the_folded_column_are_filtered_then_stored_by_the_backfill(ws) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.services.title_filter import backfill

    ws.documents  # noqa: B018 - the workspace's tables exist
    with ws.db.sessions.begin() as session:  # as rows stored before migration 0011: no folded title
        session.add_all(
            Document(title=t, text=t, sha256=sha256_text(t), title_folded=None)
            for t in ("الإسلاميّة تعلن", "خبر آخر", "مجلس الأمـن")
        )
    assert listing.count(ws.db, "الاسلامية") == 1  # folded on the fly
    assert backfill(ws.db) == 3 and backfill(ws.db) == 0
    with ws.db.sessions() as session:
        stored = dict(list(session.execute(select(Document.title, Document.title_folded)).tuples()))
    assert stored["الإسلاميّة تعلن"] == "الاسلاميه تعلن" and stored["مجلس الأمـن"] == "مجلس الامن"
    assert listing.count(ws.db, "الاسلامية") == 1 and listing.count(ws.db, "الامن") == 1


def test_an_import_stores_the_folded_title(sqlite_ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.services.importing import import_paths

    src = tmp_path / "a.jsonl"
    src.write_text('{"title": "إعلان الرئيس", "text": "نص"}\n', encoding="utf-8")
    import_paths(sqlite_ws.db, [src], fmt="jsonl", annotator="t")
    with sqlite_ws.db.sessions() as session:
        assert session.scalar(select(Document.title_folded)) == "اعلان الرئيس"
