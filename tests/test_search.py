"""Corpus search (issue 13): the index finds what the matcher finds, filters on annotations, kept current."""

from __future__ import annotations

import contextlib
import random
import sqlite3
from pathlib import Path

import pytest

from app.formats.records import AnnotationRecord, SourceRecord
from app.services import Workspace
from app.services.importing import import_paths, import_records
from app.services.search import SearchHit, fingerprint
from app.services.search_query import QueryError
from app.text.fold import fold_text
from app.text.matcher import Matcher, word_tokens

PARIS = "قال الوزير إن باريس ولباريس وبِباريسَ تحتفل، وقالت الباريسية شيئا."
ISLAMIC = "الدولة الإسلامية والإسلاميين، وللإسلامية حضور. الاسلاميّة أيضا"
DEFENCE = "أعلن وزير الدفاع الروسي سيرغي شويغو أن 12 طائرة وصلت يوم 3 مارس."


def _records() -> list[SourceRecord]:
    shoigu = DEFENCE.index("شويغو")
    twelve = DEFENCE.index("12")
    march = DEFENCE.index("3 مارس")
    return [
        SourceRecord(PARIS, "paris", title="باريس"),
        SourceRecord(ISLAMIC, "islamic", title="إسلامية", status="done"),
        SourceRecord(
            DEFENCE,
            "defence",
            title="دفاع",
            annotations=[
                AnnotationRecord("ACTOR", shoigu, shoigu + 5, annotator="alice", attributes={"kind": "person"}),
                AnnotationRecord("FIGURE", twelve, twelve + 2, annotator="bob", attributes={"kind": "count"}),
                AnnotationRecord("FIGURE", march, march + 6, annotator="alice", attributes={"kind": "date"}),
                AnnotationRecord("CLAIM", 0, len(DEFENCE) - 1, annotator="bob"),
            ],
        ),
        SourceRecord("شويغو في موسكو. لا أحد وسم شويغو هنا.", "plain shoigu", title="موسكو"),
    ]


@pytest.fixture
def corpus(ws: Workspace) -> Workspace:
    import_records(ws.db, _records(), annotator="tester")
    return ws


def spans(hits: tuple[SearchHit, ...]) -> list[tuple[int, str]]:
    return [(hit.doc_id, hit.text) for hit in hits]


def test_clitics_hamza_and_harakat(corpus: Workspace) -> None:
    result = corpus.search.search("باريس")
    # و, ل and وبِ stay outside; the last letter's haraka is in
    assert spans(result.hits) == [(1, "باريس"), (1, "باريس"), (1, "باريسَ")]
    assert [PARIS[h.start : h.end] for h in result.hits] == [h.text for h in result.hits]
    assert dict(result.per_document) == {1: 3} and not result.truncated
    assert spans(corpus.search.search("الاسلامية").hits) == [(2, "الإسلامية"), (2, "إسلامية"), (2, "الاسلاميّة")]
    prefixed = corpus.search.search("باريس*").hits  # a prefix: also inside الباريسية (the article outside)
    assert len(prefixed) == 4 and prefixed[-1].start == PARIS.index("الباريسية") + 2


def test_phrase_words_and_context(corpus: Workspace) -> None:
    (hit,) = corpus.search.search('"وزير الدفاع"').hits
    assert (hit.doc_id, hit.text, hit.title) == (3, "وزير الدفاع", "دفاع")
    assert hit.left == "أعلن " and hit.right.startswith(" الروسي سيرغي شويغو")
    assert hit.labels == ("CLAIM",)
    # unquoted words: documents holding all of them, each word a hit
    assert spans(corpus.search.search("شويغو مارس").hits) == [(3, "شويغو"), (3, "مارس")]
    assert corpus.search.search("شويغو باريس").hits == ()


def test_filters_on_annotations(corpus: Workspace) -> None:
    assert spans(corpus.search.search("label:ACTOR شويغو").hits) == [(3, "شويغو")]
    assert spans(corpus.search.search("-label:CLAIM شويغو").hits) == [(4, "شويغو"), (4, "شويغو")]
    assert spans(corpus.search.search("unlabelled: شويغو").hits) == [(4, "شويغو"), (4, "شويغو")]
    assert spans(corpus.search.search("-unlabelled: شويغو").hits) == [(3, "شويغو")]
    assert spans(corpus.search.search("annotator:alice شويغو").hits) == [(3, "شويغو")]
    assert spans(corpus.search.search("annotator:bob -label:CLAIM شويغو").hits) == []
    assert spans(corpus.search.search("status:done الاسلامية").hits)[0] == (2, "الإسلامية")
    assert corpus.search.search("status:new الاسلامية").hits == ()
    # without words: the annotations themselves
    dates = corpus.search.search("label:FIGURE kind:date").hits
    assert [(h.doc_id, h.text, h.labels) for h in dates] == [(3, "3 مارس", ("CLAIM", "FIGURE"))]
    assert spans(corpus.search.search("label:FIGURE").hits) == [(3, "12"), (3, "3 مارس")]
    assert spans(corpus.search.search("annotator:alice").hits) == [(3, "شويغو"), (3, "3 مارس")]
    assert spans(corpus.search.search("label:ACTOR label:FIGURE -kind:count").hits) == [(3, "شويغو"), (3, "3 مارس")]


def test_bad_queries(corpus: Workspace) -> None:
    for query, reason in [
        ('"وزير الدفاع', "quote is not closed"),
        ("label:ACTR شويغو", "no label 'ACTR'"),
        ("annotator:nobody", "no annotator 'nobody'"),
        ("-label:CLAIM", "negated filter"),
        ("status:finished x", "a status is one of"),
        ("", "nothing to search for"),
        ("،", "no letters or digits"),
    ]:
        with pytest.raises(QueryError, match=reason):
            corpus.search.search(query)


def test_limit_truncates_in_document_order(ws: Workspace) -> None:
    import_records(ws.db, [SourceRecord(f"نص {n} فيه كلمة وكلمة", f"r{n}") for n in range(30)], annotator="t")
    result = ws.search.search("كلمة", limit=7)
    assert result.truncated and len(result.hits) == 7
    assert [h.doc_id for h in result.hits] == [1, 1, 2, 2, 3, 3, 4]
    assert dict(result.per_document) == {1: 2, 2: 2, 3: 2, 4: 1}
    everything = ws.search.search("كلمة", limit=None)
    assert len(everything.hits) == 60 and not everything.truncated
    assert [h.doc_id for h in ws.search.search("كلمة", doc_ids=[5, 9], limit=None).hits] == [5, 5, 9, 9]


def _fts_rows(ws: Workspace, word: str) -> list[int]:
    with ws.db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        return [r for (r,) in raw.execute("SELECT rowid FROM search_index WHERE search_index MATCH ?", (f'"{word}"',))]  # type: ignore[union-attr]


def test_import_indexes_and_a_failed_import_takes_its_documents_out(
    sqlite_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = sqlite_ws
    import_records(ws.db, [SourceRecord("مقال عن تونس", "a")], annotator="t")
    assert _fts_rows(ws, "تونس") == [1] and ws.search.index_current()
    from app.services import importing

    monkeypatch.setattr(importing, "WRITE_BATCH", 1)
    calls = []
    real = importing._Ingest._write_fields

    def fail_second(self, targets):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(self, targets)

    monkeypatch.setattr(importing._Ingest, "_write_fields", fail_second)
    with pytest.raises(OSError):
        import_records(ws.db, [SourceRecord("الجزائر أولا", "b"), SourceRecord("المغرب ثانيا", "c")], annotator="t")
    assert ws.documents.list() and [d.id for d in ws.documents.list()] == [1]
    assert _fts_rows(ws, "الجزاير") == []  # the first batch was committed, indexed, then removed with its entries
    # the id is taken again by the next import: the index holds only the new text
    import_records(ws.db, [SourceRecord("ليبيا ثالثا", "d")], annotator="t")
    assert _fts_rows(ws, "ليبيا") == [2] and _fts_rows(ws, "الجزاير") == []
    assert spans(ws.search.search("الجزائر").hits) == []


def test_rebuild_and_a_stale_index(sqlite_ws: Workspace) -> None:
    ws = sqlite_ws
    import_records(ws.db, _records(), annotator="tester")
    before = ws.search.search("شويغو", limit=None).hits
    with ws.db.write() as conn:  # as if another program had folded differently
        conn.exec_driver_sql("UPDATE search_state SET value = 'older folding'")
        conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('delete-all')")
    assert not ws.search.index_current() and _fts_rows(ws, "شويغو") == []
    assert ws.search.search("شويغو", limit=None).hits == before  # rebuilt first
    assert ws.search.index_current() and _fts_rows(ws, "شويغو") == [3, 4]
    assert ws.search.rebuild_index() == 4
    assert _fts_rows(ws, "شويغو") == [3, 4]


def test_migration_leaves_the_index_to_be_built(tmp_path: Path) -> None:
    from db import migrate
    from db.engine import open_database

    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    with db.engine.begin() as conn:
        migrate.downgrade(conn, "0009")
    db.close()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO documents (id, title, text, sha256, metadata, status, imported_at) "
        "VALUES (7, 't', 'خبر عن شويغو', 'x', '{}', 'new', '2026-01-01')"
    )
    con.commit()
    con.close()
    ws = Workspace.open(str(path), "tester")  # migrates to 0010 (after a backup)
    try:
        assert not ws.search.index_current()
        assert spans(ws.search.search("شويغو").hits) == [(7, "شويغو")]
        assert ws.search.index_current() and _fts_rows(ws, "شويغو") == [7]
    finally:
        ws.close()


def test_new_database_index_is_current(sqlite_ws: Workspace) -> None:
    assert sqlite_ws.search.index_current()
    import_records(sqlite_ws.db, [SourceRecord("نص", "a")], annotator="t")
    with sqlite_ws.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT value FROM search_state").scalar() == fingerprint()


def _texts(ws: Workspace) -> dict[int, str]:
    found: dict[int, str] = {}
    after = 0
    while page := ws.documents.list(after_id=after, limit=500):
        found.update((summary.id, ws.documents.open(summary.id).text) for summary in page)
        after = page[-1].id
    return found


def _brute_force(texts: dict[int, str], query: str) -> list[tuple[int, int, int]]:
    matcher = Matcher(query)
    return [(doc_id, s, e) for doc_id, text in texts.items() for s, e in matcher.finditer(text)]


def test_real_articles_index_finds_every_match(corpora: Path, ws: Workspace) -> None:
    """ant-news articles: for words drawn from their texts (with clitics, hamza forms, prefixes), the search
    returns exactly what the matcher finds scanning every document."""
    report = import_paths(ws.db, [corpora / "ant-news" / "politic"], annotator="tester")
    assert report.documents > 150
    rng = random.Random(13)
    texts = _texts(ws)
    tokens = sorted(
        {t for text in texts.values() for t in word_tokens(fold_text(text)) if len(t) >= 4 and not t.isdigit()}
    )
    words = rng.sample(tokens, 12)
    words += [w[: len(w) - 2] + "*" for w in rng.sample(tokens, 4)]  # prefixes
    words += [w[:3] + "*" for w in rng.sample([t for t in tokens if t.startswith("ال")], 2)]  # الك*: ال+الكترونية
    words += ["الإسلامية", "تونس", "وزير*", '"رئيس الحكومة"']
    for word in words:
        expected = _brute_force(texts, word)
        got = [(h.doc_id, h.start, h.end) for h in ws.search.search(word, limit=None).hits]
        assert got == expected, word
    assert len({doc for doc, _, _ in _brute_force(texts, "تونس")}) > 100  # Tunisian news: in most documents


def test_article_prefix_in_a_doubled_article(sqlite_ws: Workspace) -> None:
    """Found in ant-news (politic/JA-politic-*: في نسختها الالكترونية): the matcher finds الك* inside الالكترونية;
    the index, built from ``index_terms``, must then hold a form for it."""
    import_records(sqlite_ws.db, [SourceRecord("في نسختها الالكترونية اليوم", "a")], annotator="t")
    assert [(h.start, h.end) for h in sqlite_ws.search.search("الك*").hits] == Matcher("الك*").find_all(
        "في نسختها الالكترونية اليوم"
    )


def test_postgresql_translate_folds_as_fold_text(pg_url: str, corpora: Path) -> None:
    """The scan's SQL filter folds as the index does: PostgreSQL's translate() with the fold table gives
    fold_text's output for real articles (letter case aside: the scan leaves it to the matcher)."""
    from sqlalchemy import create_engine, text

    from app.services.search import _pg_fold_table

    source, target = _pg_fold_table()
    articles = sorted((corpora / "ant-news" / "culture").glob("*.txt"))[:40]
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            for path in articles:
                body = path.read_text("utf-8").lower()
                folded = conn.execute(text("SELECT translate(:t, :f, :g)"), {"t": body, "f": source, "g": target})
                assert folded.scalar() == fold_text(body), path.name
    finally:
        engine.dispose()


def test_index_documents_inside_the_callers_transaction(sqlite_ws: Workspace) -> None:
    """A writer other than the import (here a plain insert) indexes its documents in its own transaction."""
    import hashlib

    from db.models import Document

    body = "خبر عن الحكومة التونسية"
    with sqlite_ws.db.sessions.begin() as session:
        doc = Document(title="t", text=body, sha256=hashlib.sha256(body.encode()).hexdigest())
        session.add(doc)
        session.flush()
        sqlite_ws.search.index_documents(session, [doc.id])
    assert _fts_rows(sqlite_ws, "الحكومه") == [doc.id]
    assert spans(sqlite_ws.search.search("حكومة").hits) == [(doc.id, "حكومة")]
    with sqlite_ws.db.sessions.begin() as session:
        sqlite_ws.search.unindex_documents(session, [doc.id])
        session.delete(session.get(Document, doc.id))
    assert _fts_rows(sqlite_ws, "الحكومه") == []


def test_index_layout_and_an_older_layout_made_again(sqlite_ws: Workspace) -> None:
    """The migration lays the index out as the service does; an index of an older layout (one that had the
    documents as external content) is made again at a rebuild; SQLite's own check of the file passes."""
    import importlib

    from app.services import search
    from tests.sqlite_dump import dump_lines

    migration = importlib.import_module("db.migrations.versions.0010_search_index")
    assert migration.INDEX_DDL == search.INDEX_DDL
    ws = sqlite_ws
    import_records(ws.db, _records(), annotator="tester")
    path = ws.db.file
    assert path is not None
    with ws.db.write() as conn:
        conn.exec_driver_sql("DROP TABLE search_index")
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE search_index USING fts5(text, content='documents', content_rowid='id', "
            "detail=none, columnsize=0, tokenize=\"ascii tokenchars '_'\")"
        )
        conn.exec_driver_sql("UPDATE search_state SET value = 'an older layout'")
    assert spans(ws.search.search("شويغو").hits) == [(3, "شويغو"), (4, "شويغو"), (4, "شويغو")]
    with contextlib.closing(sqlite3.connect(path)) as con:
        (sql,) = con.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()
        assert sql == search.INDEX_DDL
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        con.execute("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 0)")
    assert any(line.startswith('INSERT INTO "documents"') for line in dump_lines(path))


def test_a_search_never_writes_when_the_index_is_current_or_absent(ws: Workspace) -> None:
    """On SQLite with a current index, and always on PostgreSQL (no index), a search only reads."""
    from sqlalchemy import event

    import_records(ws.db, _records(), annotator="tester")
    ws.search.search("شويغو")  # builds nothing: the import indexed them
    writes: list[str] = []

    def on_begin(conn):  # type: ignore[no-untyped-def]
        if conn.get_execution_options().get("hashiya_write"):
            writes.append("write")

    event.listen(ws.db.engine, "begin", on_begin)
    try:
        assert spans(ws.search.search("شويغو").hits)[0] == (3, "شويغو")
    finally:
        event.remove(ws.db.engine, "begin", on_begin)
    assert writes == []
