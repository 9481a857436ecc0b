"""The workbench's fast document read returns exactly what DocumentService.open returns."""

from __future__ import annotations

from app.formats.native import sha256_text
from app.services.reading import open_document
from db.models import Document

TEXT = "قال وزير الدفاع سيرغي شويغو 😂 إن 144 شخصا قتلوا في 22 آذار (مارس)."


def test_same_as_the_documents_service(ws) -> None:  # type: ignore[no-untyped-def]
    with ws.db.sessions.begin() as session:
        doc = Document(title="t", text=TEXT, sha256=sha256_text(TEXT), meta={"k": "v"})
        session.add(doc)
        session.flush()
        doc_id = doc.id
    actor = ws.annotations.add(doc_id, "ACTOR", 16, 27, attributes={"kind": "person"}, note="وزير")
    claim = ws.annotations.add(doc_id, "CLAIM", 33, 47, attributes={"quote": "indirect"})
    ws.annotations.add(doc_id, "FIGURE", 33, 36, attributes={"kind": "count", "value": "144"})
    gone = ws.annotations.add(doc_id, "FIGURE", 51, 53)
    ws.relations.add("source", claim.id, actor.id)
    ws.annotations.delete(gone.id)
    assert open_document(ws.db, doc_id) == ws.documents.open(doc_id)
    ws.annotations.delete(actor.id)
    assert open_document(ws.db, doc_id) == ws.documents.open(doc_id)
