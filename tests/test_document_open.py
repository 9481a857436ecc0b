"""DocumentService.open: the column read returns the same annotations, order and relations as the
services' single-row reads, on SQLite and PostgreSQL, and builds each AnnotationData only when asked."""

from __future__ import annotations

from app.dto import AnnotationRows
from app.formats.native import sha256_text
from db.models import Document

TEXT = "قال وزير الدفاع سيرغي شويغو 😂 إن 144 شخصا قتلوا في 22 آذار (مارس)."


def test_open_matches_the_single_reads(ws) -> None:  # type: ignore[no-untyped-def]
    with ws.db.sessions.begin() as session:
        doc = Document(title="t", text=TEXT, sha256=sha256_text(TEXT), meta={"k": "v"})
        session.add(doc)
        session.flush()
        doc_id = doc.id
    actor = ws.annotations.add(doc_id, "ACTOR", 16, 27, attributes={"kind": "person"}, note="وزير")
    claim = ws.annotations.add(doc_id, "CLAIM", 33, 47, attributes={"quote": "indirect"})
    figure = ws.annotations.add(doc_id, "FIGURE", 33, 36, attributes={"kind": "count", "value": "144"})
    same_span = ws.annotations.add(doc_id, "ACTOR", 33, 36)  # ties keep the order they were made in
    gone = ws.annotations.add(doc_id, "FIGURE", 51, 53)
    rel = ws.relations.add("source", claim.id, actor.id)
    ws.annotations.delete(gone.id)

    opened = ws.documents.open(doc_id)
    assert isinstance(opened.annotations, AnnotationRows)
    assert opened.metadata == {"k": "v"} and opened.text == TEXT
    expected = [ws.annotations.get(a.id) for a in (actor, claim, figure, same_span)]
    assert list(opened.annotations) == expected
    assert opened.annotations == expected and expected == opened.annotations
    assert opened.annotations.span(1) == (33, 47, "CLAIM")
    assert opened.annotations.label_counts() == {"ACTOR": 2, "CLAIM": 1, "FIGURE": 1}
    assert [r.id for r in opened.relations] == [rel.id]

    ws.annotations.delete(actor.id)  # a relation to a deleted annotation is hidden with it
    opened = ws.documents.open(doc_id)
    assert opened.relations == [] and len(opened.annotations) == 3


def test_rows_are_built_lazily(ws) -> None:  # type: ignore[no-untyped-def]
    with ws.db.sessions.begin() as session:
        doc = Document(title="t", text=TEXT, sha256=sha256_text(TEXT))
        session.add(doc)
        session.flush()
        doc_id = doc.id
    for start in range(0, 30, 3):
        ws.annotations.add(doc_id, "ACTOR", start, start + 2)
    rows = ws.documents.open(doc_id).annotations
    assert rows._built.count(None) == 10  # type: ignore[attr-defined]
    assert rows[2].text == TEXT[6:8] and rows[2] is rows[2]
    assert rows._built.count(None) == 9  # type: ignore[attr-defined]
    assert rows[-1].start == 27 and [a.start for a in rows[1:3]] == [3, 6]
