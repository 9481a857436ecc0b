"""The schema's remaining core gaps: document-level label values, revived labels, imported relation types,
statistics without deleted labels."""

from __future__ import annotations

from typing import Any

import pytest

from app.errors import HashiyaError
from app.formats.native import sha256_text
from app.schema.model import Choice
from db.models import Document

TEXT = "قال وزير الدفاع سيرغي شويغو إن 144 شخصا قتلوا"


def _document(ws: Any, text: str = TEXT) -> int:
    with ws.db.sessions.begin() as session:
        row = Document(title="t", text=text, sha256=sha256_text(text))
        session.add(row)
        session.flush()
        return row.id


def _topic_schema(ws: Any) -> None:
    ws.schema.add_attribute(None, "topic", "choice", choices=(Choice("politics"), Choice("sport")))
    ws.schema.add_attribute(None, "reviewed", "boolean")
    ws.schema.add_attribute(None, "words", "number")


def test_document_fields_are_set_read_and_undone(ws: Any) -> None:
    _topic_schema(ws)
    doc = _document(ws)
    assert ws.documents.fields(doc) == {}
    change = ws.documents.edit_fields(doc, {"topic": "politics", "reviewed": True})
    assert change.document_id == doc
    assert change.fields.before == {} and change.fields.after == {"topic": "politics", "reviewed": True}
    assert ws.documents.fields(doc) == {"topic": "politics", "reviewed": True}
    second = ws.documents.edit_fields(doc, {"topic": "sport", "reviewed": None, "words": 9})
    assert ws.documents.fields(doc) == {"topic": "sport", "words": 9}
    assert second.inverse().fields.after == {"topic": "politics", "reviewed": True}
    ws.documents.edit_fields(doc, second.fields.before, replace=True)  # undo
    assert ws.documents.fields(doc) == {"topic": "politics", "reviewed": True}
    assert change.merged(second).fields.after == {"topic": "sport", "words": 9}


def test_document_fields_are_checked_against_the_schema(ws: Any) -> None:
    _topic_schema(ws)
    doc = _document(ws)
    ws.documents.edit_fields(doc, {"topic": "politics"})
    with pytest.raises(HashiyaError, match="not one of its choices"):
        ws.documents.edit_fields(doc, {"topic": "weather"})
    with pytest.raises(HashiyaError, match="no document label 'genre'"):
        ws.documents.edit_fields(doc, {"genre": "news"})
    with pytest.raises(HashiyaError, match="not a number"):
        ws.documents.edit_fields(doc, {"words": "many"})
    with pytest.raises(HashiyaError, match="no document with id"):
        ws.documents.edit_fields(doc + 99, {"topic": "sport"})
    assert ws.documents.fields(doc) == {"topic": "politics"}  # a refused edit changes nothing


def test_a_removed_document_field_takes_its_values_along(ws: Any) -> None:
    _topic_schema(ws)
    doc = _document(ws)
    ws.documents.edit_fields(doc, {"topic": "politics", "words": 3})
    ws.schema.remove_attribute(None, "words")
    assert ws.documents.fields(doc) == {"topic": "politics"}
