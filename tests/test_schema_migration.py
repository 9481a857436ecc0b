"""Migration 0006: a database at the previous head, with annotations, its own label and its own link type,
migrates, keeps everything, and ends with the default schema plus its own labels and links."""

from __future__ import annotations

import hashlib

from sqlalchemy import text

from app.schema import DEFAULT_SCHEMA, RelationTypeDef
from app.services import Workspace
from db import migrate
from db.models import Document

TEXT = "قال وزير الدفاع سيرغي شويغو إن 144 شخصا قتلوا في دمشق."


def _old_database(target: str) -> dict[str, str]:
    ws = Workspace.open(target, "tester")
    with ws.db.sessions.begin() as session:
        doc = Document(title="t", text=TEXT, sha256=hashlib.sha256(TEXT.encode()).hexdigest())
        session.add(doc)
        session.flush()
        doc_id = doc.id
    ws.labels.ensure("PLACE")
    add = ws.annotations.add
    ids = {
        "actor": add(doc_id, "ACTOR", TEXT.index("سيرغي"), TEXT.index("شويغو") + 5, attributes={"kind": "person"}).id,
        "claim": add(doc_id, "CLAIM", TEXT.index("144"), len(TEXT) - 1).id,
        "place": add(doc_id, "PLACE", TEXT.index("دمشق"), TEXT.index("دمشق") + 4).id,
    }
    ids["source"] = ws.relations.add("source", ids["claim"], ids["actor"]).id
    ids["located_in"] = ws.relations.add("located_in", ids["claim"], ids["place"]).id
    with ws.db.engine.begin() as conn:
        migrate.downgrade(conn, "0005")
        # as databases made before the schema: no CUE, the colours of that time
        conn.execute(text("DELETE FROM label_types WHERE name = 'CUE'"))
        conn.execute(text("UPDATE label_types SET colour = '#123456' WHERE name = 'PLACE'"))
        assert migrate.current_revision(conn) == "0005"
    ws.close()
    return ids


def test_an_old_database_migrates_keeping_everything(db_target: str) -> None:
    ids = _old_database(db_target)
    ws = Workspace.open(db_target, "tester")
    try:
        with ws.db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.SCHEMA_HEAD
        schema = ws.schema.get()
        assert schema.labels[:3] == DEFAULT_SCHEMA.labels[:3]
        assert schema.label_names == ["ACTOR", "CLAIM", "FIGURE", "PLACE", "CUE"]
        assert schema.label("CUE") == DEFAULT_SCHEMA.label("CUE")
        assert schema.label("PLACE").colour == "#123456" and schema.label("PLACE").attributes == ()
        assert schema.relations == (*DEFAULT_SCHEMA.relations, RelationTypeDef("located_in"))
        doc = ws.documents.open(1)
        assert {a.id: a.label for a in doc.annotations} == {
            ids["actor"]: "ACTOR",
            ids["claim"]: "CLAIM",
            ids["place"]: "PLACE",
        }
        assert ws.annotations.get(ids["actor"]).attributes == {"kind": "person"}
        assert sorted((r.id, r.type) for r in doc.relations) == sorted(
            [(ids["source"], "source"), (ids["located_in"], "located_in")]
        )
    finally:
        ws.close()


def test_the_migration_seeds_what_the_default_schema_says() -> None:
    """The migrations' frozen copies (0006, with what 0012 adds to FIGURE) and app/schema/default.py are the
    same schema."""
    import importlib

    frozen = importlib.import_module("db.migrations.versions.0006_annotation_schema")
    figures = importlib.import_module("db.migrations.versions.0012_figure_attributes")
    attributes = [
        (
            label,
            name,
            kind,
            ar,
            en,
            figures._with(choices, {"kind": figures.KINDS, "qualifier": figures.QUALIFIERS}[name]),
        )
        if label == "FIGURE" and name in ("kind", "qualifier")
        else (label, name, kind, ar, en, choices)
        for label, name, kind, ar, en, choices in frozen.ATTRIBUTES
    ]
    attributes.append(("FIGURE", *figures.UNIT, []))
    attributes.sort(key=lambda a: [x["name"] for x in frozen.LABELS].index(a[0]))  # grouped by label, stable
    assert [
        (x["name"], x["colour"], x["shortcut"], x["name_ar"], x["name_en"], x["description"]) for x in frozen.LABELS
    ] == [(x.name, x.colour, x.key, x.display.ar, x.display.en, x.description) for x in DEFAULT_SCHEMA.labels]
    assert [
        (label, name, kind, ar, en, [c["value"] for c in choices]) for label, name, kind, ar, en, choices in attributes
    ] == [
        (x.name, a.name, a.kind, a.display.ar, a.display.en, list(a.values))
        for x in DEFAULT_SCHEMA.labels
        for a in x.attributes
    ]
    assert [(n, s, t) for n, s, t, *_ in frozen.RELATIONS] == [
        (r.name, *r.sources, *r.targets) for r in DEFAULT_SCHEMA.relations
    ]


def test_0012_adds_the_figure_attributes_and_keeps_a_figure_the_user_changed(db_target: str) -> None:
    ws = Workspace.open(db_target, "tester")
    ws.schema.remove_choice("FIGURE", "kind", "money")
    ws.schema.add_choice("FIGURE", "kind", "score")
    with ws.db.engine.begin() as conn:
        migrate.downgrade(conn, "0011")
        assert migrate.current_revision(conn) == "0011"
    ws.close()
    ws = Workspace.open(db_target, "tester")  # upgraded on open
    try:
        figure = ws.schema.get().label("FIGURE")
        assert figure.attribute("kind").values == ("count", "date", "percent", "duration", "measure", "other", "score")
        assert figure.attribute("qualifier").values[-2:] == ("more_than", "less_than")
        assert figure.attribute("unit") is not None and figure.attribute("unit").kind == "text"
    finally:
        ws.close()
