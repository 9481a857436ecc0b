"""Services: one committed transaction per action, plain data back; SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from app.errors import HashiyaError, NotFoundError, OffsetError
from app.formats.native import sha256_text
from db.models import Document

TEXT = "قال وزير الدفاع سيرغي شويغو 😂 إن 144 شخصا قتلوا في 22 آذار (مارس)."


@pytest.fixture
def doc_id(ws) -> int:  # type: ignore[no-untyped-def]
    with ws.db.sessions.begin() as session:
        doc = Document(title="مذبحة موسكو", text=TEXT, sha256=sha256_text(TEXT))
        session.add(doc)
        session.flush()
        return doc.id


def test_add_takes_the_snapshot_from_the_text(ws, doc_id: int) -> None:  # type: ignore[no-untyped-def]
    start = TEXT.index("شويغو")
    ann = ws.annotations.add(doc_id, "ACTOR", start, start + 5)
    assert ann.text == "شويغو" and ann.annotator == "tester"
    opened = ws.documents.open(doc_id)
    assert [(a.label, a.text) for a in opened.annotations] == [("ACTOR", "شويغو")]
    assert opened.status == "in_progress"


def test_span_after_emoji_uses_code_points(ws, doc_id: int) -> None:  # type: ignore[no-untyped-def]
    start = TEXT.index("144")
    ann = ws.annotations.add(doc_id, "FIGURE", start, start + 3)
    assert ann.text == "144" and TEXT[ann.start : ann.end] == "144"


def test_nested_claim_actor_figure_and_relation(ws, doc_id: int) -> None:  # type: ignore[no-untyped-def]
    claim = ws.annotations.add(doc_id, "CLAIM", TEXT.index("إن"), len(TEXT) - 1, attributes={"quote": "indirect"})
    actor = ws.annotations.add(doc_id, "ACTOR", TEXT.index("سيرغي"), TEXT.index(" 😂"), attributes={"kind": "person"})
    figure = ws.annotations.add(
        doc_id, "FIGURE", TEXT.index("144"), TEXT.index("144") + 3, attributes={"kind": "count", "value": "144"}
    )
    link = ws.relations.add("source", claim.id, actor.id)
    opened = ws.documents.open(doc_id)
    assert {a.id for a in opened.annotations} == {claim.id, actor.id, figure.id}
    assert [(r.type, r.from_id, r.to_id) for r in opened.relations] == [("source", claim.id, actor.id)]
    assert ws.documents.stats().by_label == {"ACTOR": 1, "CLAIM": 1, "CUE": 0, "FIGURE": 1}  # the default schema
    # deleting the actor hides the link; restoring brings both back
    ws.annotations.delete(actor.id)
    assert ws.documents.open(doc_id).relations == []
    ws.annotations.restore(actor.id)
    assert [r.id for r in ws.documents.open(doc_id).relations] == [link.id]
    ws.relations.delete(link.id)
    assert ws.documents.open(doc_id).relations == []
    ws.relations.restore(link.id)
    assert ws.documents.stats().relations == 1


def test_change_relabel_move_note(ws, doc_id: int) -> None:  # type: ignore[no-untyped-def]
    ann = ws.annotations.add(doc_id, "ACTOR", 0, 3)
    changed = ws.annotations.change(
        ann.id, label="CLAIM", start=4, end=8, note="ملاحظة", attributes={"quote": "direct"}
    )
    assert (changed.label, changed.text, changed.note, changed.attributes) == (
        "CLAIM",
        TEXT[4:8],
        "ملاحظة",
        {"quote": "direct"},
    )
    assert ws.annotations.get(ann.id) == changed


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 5), (0, len(TEXT) + 1)])
def test_offsets_outside_text_rejected(ws, doc_id: int, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(OffsetError):
        ws.annotations.add(doc_id, "ACTOR", start, end)
    assert ws.documents.open(doc_id).annotations == []


def test_unknown_label_and_missing_things(ws, doc_id: int) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError, match=r"unknown label 'PERSON'.*ACTOR, CLAIM, FIGURE"):
        ws.annotations.add(doc_id, "PERSON", 0, 3)
    with pytest.raises(NotFoundError):
        ws.annotations.add(doc_id + 100, "ACTOR", 0, 3)
    with pytest.raises(NotFoundError):
        ws.annotations.delete("00000000-0000-0000-0000-000000000000")
    with pytest.raises(NotFoundError):
        ws.annotations.delete("not-a-uuid")


def test_relation_rules(ws, doc_id: int) -> None:  # type: ignore[no-untyped-def]
    a = ws.annotations.add(doc_id, "ACTOR", 0, 3)
    with pytest.raises(HashiyaError, match="itself"):
        ws.relations.add("source", a.id, a.id)


def test_list_is_keyset_paged_with_counts(ws) -> None:  # type: ignore[no-untyped-def]
    with ws.db.sessions.begin() as session:
        for n in range(25):
            body = f"خبر رقم {n}"
            session.add(Document(title=f"عنوان {n}", text=body, sha256=sha256_text(body)))
    first = ws.documents.list(limit=10)
    second = ws.documents.list(after_id=first[-1].id, limit=10)
    assert len(first) == 10 and len(second) == 10 and second[0].id > first[-1].id
    assert ws.documents.count() == 25
    assert [d.title for d in ws.documents.list(title_filter="عنوان 2")][:1] == ["عنوان 2"]


def test_status_and_next(ws, doc_id: int) -> None:  # type: ignore[no-untyped-def]
    assert ws.documents.set_status(doc_id, "done") == "new"
    assert ws.documents.stats().done == 1
    with pytest.raises(HashiyaError):
        ws.documents.set_status(doc_id, "finished")


def test_span_text_after_a_nul_character_on_sqlite(sqlite_ws) -> None:  # type: ignore[no-untyped-def]
    """SQLite's length() stops at NUL: the service must still take the right snapshot."""
    body = "قال\x00 شويغو 😂 إن 144"
    with sqlite_ws.db.sessions.begin() as session:
        session.add(Document(title="nul", text=body, sha256=sha256_text(body)))
    start = body.index("144")
    assert sqlite_ws.annotations.add(1, "FIGURE", start, start + 3).text == "144"
    with pytest.raises(OffsetError):
        sqlite_ws.annotations.add(1, "FIGURE", start, len(body) + 1)
