"""The start-up view (stdlib sqlite3) reads what the services read, and only from a file it can trust."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from app import start_view
from app.formats.native import sha256_text
from app.services import Workspace, listing
from db.models import Document

TEXT = "قال وزير الدفاع سيرغي شويغو إن 144 شخصا قتلوا 👍🏽 في 22 آذار (مارس)."


def corpus(ws: Workspace) -> tuple[int, int]:
    with ws.db.sessions.begin() as session:
        docs = [
            Document(
                title=f"خبر {i}",
                text=f"{TEXT} {i}",
                sha256=sha256_text(f"{TEXT} {i}"),
                meta={"source": "وكالة", "n": i},
            )
            for i in range(3)
        ]
        session.add_all(docs)
        session.flush()
        first, second = docs[0].id, docs[1].id
    actor = ws.annotations.add(first, "ACTOR", TEXT.index("سيرغي"), TEXT.index("شويغو") + 5)
    claim = ws.annotations.add(first, "CLAIM", TEXT.index("144"), TEXT.index("(مارس)") + 6)
    figure = ws.annotations.add(first, "FIGURE", TEXT.index("144"), TEXT.index("144") + 3)
    ws.annotations.change(figure.id, attributes={"kind": "casualties"}, note="قتلى")
    ws.relations.add("source", claim.id, actor.id)
    gone = ws.annotations.add(first, "ACTOR", TEXT.index("وزير"), TEXT.index("وزير") + 4)
    ws.relations.add("source", claim.id, gone.id)  # the schema allows CLAIM -> ACTOR
    ws.annotations.delete(gone.id)  # a tombstone and a link to it: neither shows
    ws.annotations.add(second, "ACTOR", 0, 3)
    ws.documents.set_status(second, "done")
    return first, second


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_view_equals_what_the_services_read(sqlite_ws: Workspace) -> None:
    first, second = corpus(sqlite_ws)
    path = Path(sqlite_ws.db.describe())
    for wanted in (first, second):
        view = start_view.read(path, [wanted], 200)
        assert view is not None and view.document is not None
        assert view.document == sqlite_ws.documents.open(wanted)
        assert list(view.document.annotations) == list(sqlite_ws.documents.open(wanted).annotations)
    assert view.labels == sqlite_ws.labels.all()
    assert view.page(0, 200) == listing.page(sqlite_ws.db, 0, 200)
    assert view.documents == listing.count(sqlite_ws.db) == 3
    assert view.by_status == sqlite_ws.documents.status_counts() == {"new": 1, "in_progress": 1, "done": 1}
    assert [a.label for a in start_view.read(path, [first], 200).document.annotations] == ["ACTOR", "CLAIM", "FIGURE"]
    # as the list's source: the rows around the open document, by position
    assert view.position(second) == 1 and view.page(1, 1) == listing.page(sqlite_ws.db, 1, 1)
    assert view.count() == 3 and view.count("خبر") == 0  # no filter before the workspace is attached


def test_missing_candidates_fall_back_to_the_first_document(sqlite_ws: Workspace) -> None:
    first, _ = corpus(sqlite_ws)
    view = start_view.read(Path(sqlite_ws.db.describe()), [None, 999], 200)
    assert view is not None and view.document is not None and view.document.id == first


def test_an_empty_database_has_no_document(sqlite_ws: Workspace) -> None:
    view = start_view.read(Path(sqlite_ws.db.describe()), [None], 200)
    assert view is not None
    assert (view.document, view.rows, view.documents) == (None, [], 0)


def test_only_a_database_at_this_schema_is_read_and_nothing_is_written(sqlite_ws: Workspace, tmp_path: Path) -> None:
    corpus(sqlite_ws)
    sqlite_ws.close()
    path = Path(sqlite_ws.db.describe())
    before = digest(path)
    assert start_view.read(path, [None], 200) is not None
    assert digest(path) == before
    for version in ("0003", "9999"):  # older: to be migrated (with a backup); newer: to be refused
        other = tmp_path / f"v{version}.sqlite3"
        shutil.copy(path, other)
        with sqlite3.connect(other) as conn:
            conn.execute("UPDATE alembic_version SET version_num = ?", (version,))
        conn.close()
        assert start_view.read(other, [None], 200) is None
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    for path_ in (foreign, junk, tmp_path / "missing.sqlite3", tmp_path):
        assert start_view.read(path_, [None], 200) is None
    assert junk.read_bytes() == b"not a database at all" * 100


def test_the_list_rows_around_a_document_deep_in_a_large_list(sqlite_ws: Workspace) -> None:
    with sqlite_ws.db.sessions.begin() as session:
        session.add_all(Document(title=f"خبر {i}", text=f"نص {i}", sha256=sha256_text(f"نص {i}")) for i in range(1000))
    ids = sqlite_ws.documents.ids()
    sqlite_ws.documents.set_status(ids[450], "done")
    path = Path(sqlite_ws.db.describe())
    for row in (0, 199, 200, 450, 999):
        view = start_view.read(path, [ids[row]], 200)
        assert view is not None and view.document is not None and view.document.id == ids[row]
        assert view.position(ids[row]) == listing.position(sqlite_ws.db, ids[row]) == row
        page = row // 200 * 200  # the list asks by pages: its own, and the ones either side are there
        for start in {max(0, page - 200), page, min(800, page + 200)}:
            assert view.page(start, 200) == listing.page(sqlite_ws.db, start, 200)
