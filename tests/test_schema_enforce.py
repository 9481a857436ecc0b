"""Interactive edits follow the schema: a label's may_nest / may_overlap, a relation type's allowed ends.
Imports are not checked (imported corpora bring their own schema and nest freely)."""

from __future__ import annotations

from typing import Any

import pytest

from app.errors import HashiyaError
from app.formats.native import sha256_text
from app.formats.records import AnnotationRecord, RelationRecord, SourceRecord
from app.services.importing import import_records
from db.models import Document

TEXT = "قال وزير الدفاع سيرغي شويغو إن 144 شخصا قتلوا"
WORDS = {w: (TEXT.index(w), TEXT.index(w) + len(w)) for w in ("وزير", "الدفاع", "سيرغي", "شويغو", "144")}


def _span(first: str, last: str) -> tuple[int, int]:
    return WORDS[first][0], WORDS[last][1]


@pytest.fixture
def doc(sqlite_ws: Any) -> int:
    with sqlite_ws.db.sessions.begin() as session:
        row = Document(title="t", text=TEXT, sha256=sha256_text(TEXT))
        session.add(row)
        session.flush()
        return row.id


def test_default_schema_lets_actors_nest_and_overlap(sqlite_ws: Any, doc: int) -> None:
    sqlite_ws.annotations.add(doc, "ACTOR", *_span("وزير", "شويغو"))
    sqlite_ws.annotations.add(doc, "ACTOR", *_span("سيرغي", "شويغو"))  # inside
    sqlite_ws.annotations.add(doc, "ACTOR", *_span("شويغو", "144"))  # crossing
    assert len(sqlite_ws.documents.open(doc).annotations) == 3


def test_a_span_inside_one_of_its_label_is_refused_naming_both(sqlite_ws: Any, doc: int) -> None:
    sqlite_ws.schema.update_label("ACTOR", nests=False)
    outer = sqlite_ws.annotations.add(doc, "ACTOR", *_span("وزير", "شويغو"))
    with pytest.raises(HashiyaError, match="may_nest") as refused:
        sqlite_ws.annotations.add(doc, "ACTOR", *_span("سيرغي", "شويغو"))
    message = str(refused.value)
    assert "سيرغي شويغو" in message and outer.text in message and outer.id in message
    with pytest.raises(HashiyaError, match="may_nest"):  # holding one is nesting too
        sqlite_ws.annotations.edit_add(doc, "ACTOR", 0, len(TEXT))
    sqlite_ws.annotations.add(doc, "ACTOR", *_span("شويغو", "144"))  # crossing is still allowed
    sqlite_ws.annotations.add(doc, "CLAIM", *_span("سيرغي", "شويغو"))  # another label may lie inside
    assert [a.label for a in sqlite_ws.documents.open(doc).annotations].count("ACTOR") == 2


def test_a_crossing_span_is_refused_when_the_label_may_not_overlap(sqlite_ws: Any, doc: int) -> None:
    sqlite_ws.schema.update_label("FIGURE", overlaps=False)
    sqlite_ws.annotations.add(doc, "FIGURE", *_span("وزير", "سيرغي"))
    with pytest.raises(HashiyaError, match=r"would overlap.*may_overlap"):
        sqlite_ws.annotations.edit_add(doc, "FIGURE", *_span("الدفاع", "شويغو"))
    sqlite_ws.annotations.add(doc, "FIGURE", *_span("الدفاع", "الدفاع"))  # nesting is still allowed


def test_moving_an_edge_or_relabelling_is_checked_too(sqlite_ws: Any, doc: int) -> None:
    sqlite_ws.schema.update_label("ACTOR", overlaps=False, nests=False)
    sqlite_ws.annotations.add(doc, "ACTOR", *_span("وزير", "الدفاع"))
    second = sqlite_ws.annotations.add(doc, "ACTOR", *_span("شويغو", "شويغو"))
    with pytest.raises(HashiyaError, match="would overlap"):
        sqlite_ws.annotations.edit_change(second.id, start=WORDS["الدفاع"][0])
    claim = sqlite_ws.annotations.add(doc, "CLAIM", *_span("وزير", "وزير"))
    with pytest.raises(HashiyaError, match="would nest"):
        sqlite_ws.annotations.change(claim.id, label="ACTOR")
    assert sqlite_ws.annotations.get(second.id).start == WORDS["شويغو"][0]  # nothing was written
    assert sqlite_ws.annotations.get(claim.id).label == "CLAIM"
    moved = sqlite_ws.annotations.change(second.id, start=WORDS["سيرغي"][0])  # still apart: fine
    assert moved.text == "سيرغي شويغو"


def test_a_relation_whose_type_does_not_allow_the_labels_is_refused(sqlite_ws: Any, doc: int) -> None:
    claim = sqlite_ws.annotations.add(doc, "CLAIM", *_span("144", "144"))
    actor = sqlite_ws.annotations.add(doc, "ACTOR", *_span("سيرغي", "شويغو"))
    figure = sqlite_ws.annotations.add(doc, "FIGURE", *_span("وزير", "وزير"))
    with pytest.raises(HashiyaError, match=r"'source' relation cannot have a ACTOR as its source \(allowed: CLAIM\)"):
        sqlite_ws.relations.add("source", actor.id, claim.id)  # the wrong way round
    with pytest.raises(HashiyaError, match=r"as its target \(allowed: ACTOR\)"):
        sqlite_ws.relations.edit_add("source", claim.id, figure.id)
    assert sqlite_ws.relations.add("source", claim.id, actor.id).type == "source"
    sqlite_ws.schema.add_relation_type("mentions", targets=("FIGURE",))  # any source, a FIGURE target
    sqlite_ws.relations.add("mentions", actor.id, figure.id)
    sqlite_ws.relations.add("free_link", figure.id, actor.id)  # a type the schema does not declare: unchecked
    assert len(sqlite_ws.documents.open(doc).relations) == 3


def test_imports_are_not_checked(sqlite_ws: Any) -> None:
    sqlite_ws.schema.update_label("ACTOR", nests=False, overlaps=False)
    a, b, c = _span("وزير", "شويغو"), _span("سيرغي", "شويغو"), _span("شويغو", "144")
    record = SourceRecord(
        TEXT,
        "test",
        annotations=[
            AnnotationRecord("ACTOR", *a, id="00000000-0000-0000-0000-000000000001"),
            AnnotationRecord("ACTOR", *b),
            AnnotationRecord("ACTOR", *c),
            AnnotationRecord("CLAIM", *c, id="00000000-0000-0000-0000-000000000002"),
        ],
        relations=[
            RelationRecord("source", "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002")
        ],
    )
    import_records(sqlite_ws.db, [record], annotator="importer")
    opened = sqlite_ws.documents.open(sqlite_ws.documents.first_id())
    assert len(opened.annotations) == 4 and len(opened.relations) == 1
