"""RelationService.touching: what the workbench redraws after restoring a deleted annotation."""

from __future__ import annotations

from app.formats.native import sha256_text
from db.models import Document

TEXT = "قال شويغو إن 144 شخصا قتلوا."


def test_touching_lists_live_links_of_both_directions(ws) -> None:  # type: ignore[no-untyped-def]
    with ws.db.sessions.begin() as session:
        doc = Document(title="t", text=TEXT, sha256=sha256_text(TEXT))
        session.add(doc)
        session.flush()
        doc_id = doc.id
    actor = ws.annotations.add(doc_id, "ACTOR", 4, 9)
    claim = ws.annotations.add(doc_id, "CLAIM", 13, 27)
    figure = ws.annotations.add(doc_id, "FIGURE", 13, 16)
    source = ws.relations.add("source", claim.id, actor.id)
    assert [r.id for r in ws.relations.touching(actor.id)] == [source.id]
    assert [r.id for r in ws.relations.touching(claim.id)] == [source.id]
    assert ws.relations.touching(figure.id) == []
    ws.annotations.delete(actor.id)
    assert ws.relations.touching(claim.id) == []
    ws.annotations.restore(actor.id)
    assert [r.id for r in ws.relations.touching(claim.id)] == [source.id]
    ws.relations.delete(source.id)
    assert ws.relations.touching(actor.id) == []
