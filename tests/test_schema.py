"""The schema stored in the database: the default, edits with their change sets (undo), delete refused
with the count, relabelling by the schema, labels joining from imports, the first frame's copy."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app import start_view
from app.errors import HashiyaError, InputError, NotFoundError
from app.schema import DEFAULT_SCHEMA, Choice, Display
from app.services import Workspace
from app.services.schema import LabelInUseError
from db.models import Document

TEXT = "قال وزير الدفاع سيرغي شويغو إن 144 شخصا قتلوا في 22 آذار."


def _doc(ws: Workspace, text: str = TEXT) -> int:
    with ws.db.sessions.begin() as session:
        doc = Document(title="t", text=text, sha256=hashlib.sha256(text.encode()).hexdigest())
        session.add(doc)
        session.flush()
        return doc.id


def _span(piece: str) -> tuple[int, int]:
    return TEXT.index(piece), TEXT.index(piece) + len(piece)


def test_a_new_database_holds_the_default_schema(ws: Workspace) -> None:
    schema = ws.schema.get()
    assert schema == DEFAULT_SCHEMA
    assert schema.label("FIGURE").attribute("kind").values == (
        "count",
        "date",
        "money",
        "percent",
        "duration",
        "measure",
        "other",
    )
    assert schema.label("FIGURE").attribute("unit") is not None  # what the figure suggestions fill in
    source = schema.relation("source")
    assert source is not None and source.allows("CLAIM", "ACTOR") and not source.allows("CLAIM", "FIGURE")
    assert [label.name for label in ws.labels.all()] == schema.label_names


def test_each_edit_returns_a_change_set_that_undo_inverts(ws: Workspace) -> None:
    start = ws.schema.get()
    changes = [
        ws.schema.add_label("PLACE", display=Display("مكان", "Place")),
        ws.schema.recolour_label("FIGURE", "#D62828"),
        ws.schema.set_key("CUE", "9"),
        ws.schema.add_attribute("PLACE", "population", "number"),
        ws.schema.add_attribute(None, "genre", "choice", choices=(Choice("news"),)),
        ws.schema.add_choice(None, "genre", "opinion", Display("رأي", "Opinion")),
        ws.schema.add_choice("ACTOR", "kind", "militia"),
        ws.schema.remove_choice("FIGURE", "qualifier", "about"),
        ws.schema.remove_attribute("FIGURE", "value"),
        ws.schema.add_relation_type("located_in", ("CLAIM", "ACTOR"), ("PLACE",)),
        ws.schema.rename_label("ACTOR", "SPEAKER"),
    ]
    schema = ws.schema.get()
    place = schema.label("PLACE")
    assert (
        place.display == Display("مكان", "Place")
        and place.key == "4"
        and place.colour not in {label.colour for label in start.labels}
    )
    assert schema.label("FIGURE").colour == "#d62828" and schema.label("CUE").key == "9"
    assert [a.name for a in schema.label("FIGURE").attributes] == ["kind", "qualifier", "unit"]
    assert schema.label("FIGURE").attribute("qualifier").values == ("at_least", "at_most", "more_than", "less_than")
    assert schema.label("SPEAKER").attribute("kind").values[-1] == "militia" and schema.label("ACTOR") is None
    assert schema.relation("source").targets == ("SPEAKER",)  # the rename follows into the relation types
    assert schema.relation("located_in").sources == ("CLAIM", "SPEAKER")
    assert [c.value for c in schema.document_fields[0].choices] == ["news", "opinion"]
    for change in reversed(changes):
        ws.schema.undo(change)
    assert ws.schema.get() == start
    for change in changes:  # redo: the same change sets again
        ws.schema.apply(change)
    assert ws.schema.get() == schema


def test_renaming_a_label_renames_it_everywhere(ws: Workspace) -> None:
    doc = _doc(ws)
    actor = ws.annotations.add(doc, "ACTOR", *_span("سيرغي شويغو"))
    ws.schema.rename_label("ACTOR", "SPEAKER")
    assert ws.annotations.get(actor.id).label == "SPEAKER"
    assert [a.label for a in ws.documents.open(doc).annotations] == ["SPEAKER"]
    with pytest.raises(NotFoundError):  # the old name no longer means anything (ids were cached by name)
        ws.annotations.add(doc, "ACTOR", *_span("وزير"))
    assert ws.annotations.add(doc, "SPEAKER", *_span("وزير")).label == "SPEAKER"


def test_deleting_a_label_in_use_says_how_many_hold_it_unless_forced(ws: Workspace) -> None:
    doc = _doc(ws)
    claim = ws.annotations.add(doc, "CLAIM", *_span("144 شخصا قتلوا"))
    figures = [ws.annotations.add(doc, "FIGURE", *_span(p)) for p in ("144", "22")]
    with pytest.raises(LabelInUseError, match="held by 2 annotations") as refused:
        ws.schema.delete_label("FIGURE")
    assert refused.value.count == 2 and ws.schema.get().label("FIGURE") is not None
    change = ws.schema.delete_label("FIGURE", force=True)
    assert ws.schema.get().label("FIGURE") is None and "FIGURE" not in [x.name for x in ws.labels.all()]
    assert [a.id for a in ws.documents.open(doc).annotations] == [claim.id]
    with pytest.raises(NotFoundError):
        ws.annotations.add(doc, "FIGURE", *_span("144"))
    ws.schema.undo(change)
    assert ws.schema.get() == DEFAULT_SCHEMA
    assert {a.id for a in ws.documents.open(doc).annotations} == {claim.id, *(f.id for f in figures)}


def test_deleting_an_end_label_takes_its_relation_type_along_and_undo_brings_both(ws: Workspace) -> None:
    change = ws.schema.delete_label("CUE")
    assert ws.schema.get().relation("cue") is None  # it would otherwise connect CLAIM to anything
    ws.schema.undo(change)
    assert ws.schema.get() == DEFAULT_SCHEMA


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda s: s.add_label("A B"), "space"),
        (lambda s: s.add_label("ACTOR"), "already exists"),
        (lambda s: s.set_key("CLAIM", "1"), "key '1' appears more than once"),
        (lambda s: s.recolour_label("CLAIM", "red"), "not #rrggbb"),
        (lambda s: s.add_attribute("CLAIM", "certainty", "percent"), "kinds are"),
        (lambda s: s.add_relation_type("about", ("CLAIM",), ("PLACE",)), "unknown label 'PLACE'"),
        (lambda s: s.rename_label("CLAIM", "ACTOR"), "already exists"),
    ],
)
def test_a_bad_edit_is_refused_and_changes_nothing(sqlite_ws: Workspace, edit, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(HashiyaError, match=message):
        edit(sqlite_ws.schema)
    assert sqlite_ws.schema.get() == DEFAULT_SCHEMA


def test_relabelling_drops_what_the_new_label_cannot_hold_and_undo_restores_it(ws: Workspace) -> None:
    doc = _doc(ws)
    claim = ws.annotations.add(doc, "CLAIM", *_span("144 شخصا قتلوا"), attributes={"quote": "indirect"})
    actor = ws.annotations.add(doc, "ACTOR", *_span("سيرغي شويغو"))
    figure = ws.annotations.add(doc, "FIGURE", *_span("144"), attributes={"kind": "count", "value": "144"})
    source = ws.relations.add("source", claim.id, actor.id)
    # a FIGURE relabelled ACTOR: ACTOR's kind has no 'count', and ACTOR has no 'value'
    done = ws.labels.relabel(figure.id, "ACTOR")
    assert done.dropped_attributes == {"kind": "count", "value": "144"} and done.dropped_relations == ()
    assert ws.annotations.get(figure.id).label == "ACTOR" and ws.annotations.get(figure.id).attributes == {}
    # the actor relabelled FIGURE: a claim's source may not point at a FIGURE
    moved = ws.labels.relabel(actor.id, "FIGURE")
    assert moved.dropped_relations == (source.id,)
    assert ws.documents.open(doc).relations == []
    ws.labels.undo_relabel(moved)
    ws.labels.undo_relabel(done)
    opened = ws.documents.open(doc)
    assert [r.id for r in opened.relations] == [source.id]
    assert ws.annotations.get(figure.id).attributes == {"kind": "count", "value": "144"}
    assert ws.annotations.get(figure.id).label == "FIGURE" and ws.annotations.get(actor.id).label == "ACTOR"
    # what fits stays: a CLAIM relabelled CLAIM-like keeps its quote only where the new label has it
    assert ws.labels.relabel(claim.id, "CLAIM").dropped_attributes == {}


def test_labels_that_arrive_with_an_import_get_a_distinct_colour_and_a_free_key(ws: Workspace) -> None:
    from app.formats.records import AnnotationRecord, SourceRecord
    from app.services.importing import import_records

    records = [SourceRecord(TEXT, "a", annotations=[AnnotationRecord("PER", 0, 3), AnnotationRecord("LOC", 4, 8)])]
    import_records(ws.db, records, annotator="tester")
    ensured = ws.labels.ensure("ORG")
    labels = {label.name: label for label in ws.labels.all()}
    assert [labels[x].shortcut for x in ("PER", "LOC", "ORG")] == ["4", "5", "6"]
    colours = [label.colour for label in labels.values()]
    assert len(set(colours)) == len(colours) and ensured.colour == labels["ORG"].colour
    assert ws.schema.get().label("LOC").colour == labels["LOC"].colour


def test_the_first_frame_reads_the_same_schema(sqlite_ws: Workspace) -> None:
    sqlite_ws.schema.add_label("PLACE", display=Display("مكان", "Place"))
    sqlite_ws.schema.add_attribute(None, "stance", "text")
    sqlite_ws.schema.delete_label("CUE")
    view = start_view.read(Path(sqlite_ws.db.describe()), [], 50)
    assert view is not None
    assert view.schema == sqlite_ws.schema.get() and view.labels == sqlite_ws.labels.all()
    assert "CUE" not in view.schema.label_names


def test_a_schema_file_round_trips_and_bad_files_are_one_line_errors(tmp_path: Path) -> None:
    from app.schema import fileformat

    path = tmp_path / "schema.json"
    path.write_bytes(fileformat.dumps(DEFAULT_SCHEMA))
    assert fileformat.load(path) == DEFAULT_SCHEMA
    base = fileformat.to_json(DEFAULT_SCHEMA)
    bad = [
        ({**base, "version": 2}, "newer"),
        ({**base, "format": "other"}, "not a Hashiya schema"),
        ({**base, "labels": [*base["labels"], {"name": "A|B"}]}, "'|'"),
        ({**base, "labels": [*base["labels"], {"name": "X", "key": "1"}]}, "key '1' appears more than once"),
        ({**base, "relations": [{"name": "r", "from": ["NOPE"]}]}, "'NOPE', which is not a label"),
        ({**base, "labels": [{"name": "X", "attributes": [{"name": "k", "kind": "choice"}]}]}, "without choices"),
        ({**base, "labels": [{"name": "X", "nests": "yes"}]}, "true or false"),
    ]
    for data, message in bad:
        with pytest.raises(InputError, match=message):
            fileformat.from_json(data, "f.json")
