"""A label keeps its role across renames: the recognisers' labels and a claim's source and cue follow the label
the user renamed (FIGURE -> NUMBER, ACTOR -> PERSON, CUE -> TRIGGER); a deleted one is said, never a traceback.

The tiny recognisers of tests/test_suggestions.py stand in for the rules.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from app.assist import registry
from app.assist.base import Context, Proposal
from app.errors import HashiyaError
from app.schema import DEFAULT_SCHEMA
from app.schema.fileformat import dumps, from_json, to_json
from app.services import Workspace
from db import migrate
from db.models import LabelType
from tests.test_suggestions import TEXT, add_doc, span, tiny  # noqa: F401 - tiny: the tiny recognisers
from tests.test_suggestions_cli import run


def labels_of(ws: Workspace, doc: int) -> list[str]:
    return sorted({s.label for s in ws.suggestions.list(doc)})


def test_the_default_labels_have_their_roles(ws: Workspace) -> None:
    schema = ws.schema.get()
    assert [(x.name, x.role) for x in schema.labels] == [
        ("ACTOR", "ACTOR"),
        ("CLAIM", "CLAIM"),
        ("FIGURE", "FIGURE"),
        ("CUE", "CUE"),
    ]
    assert schema.labels == DEFAULT_SCHEMA.labels


def test_a_renamed_figure_keeps_its_suggestions_and_gets_new_ones(ws: Workspace) -> None:
    doc = add_doc(ws)
    ws.suggestions.suggest(doc)
    rename = ws.schema.rename_label("FIGURE", "NUMBER")
    assert labels_of(ws, doc) == ["CLAIM", "NUMBER"]
    figure = next(s for s in ws.suggestions.list(doc) if s.label == "NUMBER")
    change = ws.suggestions.edit_accept(figure.id)
    made = ws.annotations.get(change.added[-1].id)
    assert (made.label, made.text, made.attributes) == ("NUMBER", "144 شخصا", {"kind": "count", "value": 144})
    found = ws.suggestions.suggest(doc)  # computed again: under the current name, the accepted one not again
    assert [s.text for s in found if s.label == "NUMBER"] == ["3 مدن"]
    assert all(s.label != "FIGURE" for s in found)
    assert ws.suggestions.counts(doc) == {"CLAIM": 2, "NUMBER": 1}
    assert {s.label for s in ws.suggestions.compute(doc)} == {"CLAIM", "NUMBER"}
    assert ws.schema.get().label("NUMBER").role == "FIGURE"
    ws.schema.undo(rename)
    assert labels_of(ws, doc) == ["CLAIM", "FIGURE"]
    assert ws.annotations.get(made.id).label == "FIGURE"
    assert [s.text for s in ws.suggestions.suggest(doc) if s.label == "FIGURE"] == ["3 مدن"]


def test_accept_all_takes_the_current_name(ws: Workspace) -> None:
    doc = add_doc(ws)
    ws.suggestions.suggest(doc)
    ws.schema.rename_label("FIGURE", "NUMBER")
    change = ws.suggestions.edit_accept_all(doc, "NUMBER")
    assert sorted(a.text for a in change.added) == ["144 شخصا", "3 مدن"]
    assert {a.label for a in change.added} == {"NUMBER"}


def test_a_claim_accepted_after_actor_and_cue_were_renamed(ws: Workspace) -> None:
    doc = add_doc(ws)
    ws.suggestions.suggest(doc)
    ws.schema.rename_label("ACTOR", "PERSON")
    ws.schema.rename_label("CUE", "TRIGGER")
    claim = next(s for s in ws.suggestions.list(doc) if s.label == "CLAIM" and s.source)
    change = ws.suggestions.edit_accept(claim.id)
    by_text = {a.text: a for a in change.added}
    assert by_text["وزير الخارجية"].label == "PERSON"
    assert by_text["قال"].label == "TRIGGER"
    made = by_text["144 شخصا قتلوا في الهجوم"]
    assert made.label == "CLAIM"
    links = {(r.type, r.from_id, r.to_id) for r in change.relations_added}
    assert links == {
        ("source", made.id, by_text["وزير الخارجية"].id),
        ("cue", made.id, by_text["قال"].id),
    }
    schema = ws.schema.get()
    assert schema.relation("source").targets == ("PERSON",) and schema.relation("cue").targets == ("TRIGGER",)


def claims_from_actors(text: str, context: Context) -> list[Proposal]:
    """A claim after each actor span the recogniser is told about (``Context.actors``), that actor its source."""
    return [Proposal("CLAIM", end + 1, end + 6, "tiny.actor", {}, None, (start, end)) for start, end in context.actors]


def test_a_renamed_actor_is_what_the_claim_rules_are_told_about(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        registry.RECOGNISERS, "claims", registry.Recogniser("claims", "CLAIM", f"{__name__}:claims_from_actors")
    )
    doc = add_doc(ws)
    ws.schema.rename_label("ACTOR", "PERSON")
    actor = span(TEXT, "وزير الخارجية")
    ws.annotations.add(doc, "PERSON", *actor)
    claims = [p for p in ws.suggestions.compute(doc, ["claims"])]
    assert [(p.label, p.source) for p in claims] == [("CLAIM", actor)]


def test_a_deleted_figure_proposes_nothing_and_accepting_says_which_label(ws: Workspace) -> None:
    doc = add_doc(ws)
    ws.suggestions.suggest(doc)
    old = next(s for s in ws.suggestions.list(doc) if s.label == "FIGURE")
    deleted = ws.schema.delete_label("FIGURE")
    assert {p.label for p in ws.suggestions.compute(doc)} == {"CLAIM"}
    assert labels_of(ws, doc) == ["CLAIM"]  # nothing shown to accept into
    assert ws.suggestions.unlabelled(["figures", "claims"]) == {"figures": "FIGURE"}
    with pytest.raises(HashiyaError, match="FIGURE"):
        ws.suggestions.edit_accept(old.id)
    ws.schema.undo(deleted)
    assert labels_of(ws, doc) == ["CLAIM", "FIGURE"]
    assert ws.suggestions.unlabelled(["figures", "claims"]) == {}
    made = ws.suggestions.edit_accept(old.id).added[-1]
    assert made.label == "FIGURE"


# the CLI
@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "s.sqlite3")


def test_suggest_json_and_apply_after_a_rename(capsys: pytest.CaptureFixture[str], db: str) -> None:
    ws = Workspace.open(db, "tester")
    doc = add_doc(ws)
    ws.suggestions.suggest(doc)
    ws.schema.rename_label("FIGURE", "NUMBER")
    ws.close()
    code, out, err = run(capsys, "suggest", "--db", db, "--all", "--apply", "--json")
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert sorted({line["label"] for line in lines}) == ["CLAIM", "NUMBER"]
    assert "cue" in lines[0] and lines[0]["label"] == "CLAIM"
    assert "CLAIM 2, NUMBER 2" in err
    code, out, err = run(capsys, "suggest", "--db", db, "--doc", str(doc))
    assert code == 0 and out.splitlines()[1].startswith("NUMBER\t[")
    ws = Workspace.open(db, "tester")
    assert labels_of(ws, doc) == ["CLAIM", "NUMBER"] and len(ws.suggestions.list(doc)) == 4
    ws.close()


def test_suggest_says_in_one_line_that_figure_was_deleted(capsys: pytest.CaptureFixture[str], db: str) -> None:
    ws = Workspace.open(db, "tester")
    add_doc(ws)
    ws.schema.delete_label("FIGURE")
    ws.close()
    code, out, err = run(capsys, "suggest", "--db", db, "--all", "--apply")
    assert code == 0, err
    assert err.splitlines() == [
        "hashiya: warning: no label has the role FIGURE (deleted?): the figures recogniser proposes nothing"
    ]
    assert out == "1 document, 2 suggestions (stored): CLAIM 2\n"
    code, out, err = run(capsys, "suggest", "--db", db, "--all", "--kinds", "figures")
    assert code == 2 and out == ""
    assert err == "hashiya: error: no label has the role FIGURE (deleted?): the figures recogniser proposes nothing\n"


# the schema file and the model
def test_the_schema_file_carries_the_role_and_old_files_still_read() -> None:
    data = to_json(DEFAULT_SCHEMA)
    assert [x.get("role") for x in data["labels"]] == ["ACTOR", "CLAIM", "FIGURE", "CUE"]
    assert from_json(json.loads(dumps(DEFAULT_SCHEMA))) == DEFAULT_SCHEMA
    for label in data["labels"]:
        del label["role"]
    assert from_json(data) == DEFAULT_SCHEMA  # a file of before roles: the default schema's roles by name
    data["labels"][2]["name"] = "NUMBER"
    data["relations"] = []
    assert from_json(data).label("NUMBER").role is None
    data["labels"][2]["role"] = "FIGURE"
    assert from_json(data).label("NUMBER").role == "FIGURE"
    data["labels"][0]["role"] = "FIGURE"
    with pytest.raises(HashiyaError, match="role 'FIGURE'"):
        from_json(data)
    data["labels"][0]["role"] = "PLACE"
    with pytest.raises(HashiyaError, match="role 'PLACE'"):
        from_json(data)


def test_importing_an_old_file_keeps_the_roles_of_renamed_labels(ws: Workspace, tmp_path: Path) -> None:
    ws.schema.rename_label("FIGURE", "NUMBER")
    data = to_json(ws.schema.get())
    for label in data["labels"]:
        label.pop("role", None)
    ws.schema.replace(from_json(data))
    assert ws.schema.get().label("NUMBER").role == "FIGURE"


def test_schema_show_and_export_name_the_role(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path) -> None:
    Workspace.open(db, "tester").close()
    assert run(capsys, "schema", "rename", "FIGURE", "NUMBER", "--db", db)[0] == 0
    code, out, _ = run(capsys, "schema", "show", "--db", db)
    assert code == 0
    line = next(line for line in out.splitlines() if line.startswith("NUMBER"))
    assert "role FIGURE" in line
    path = tmp_path / "schema.json"
    assert run(capsys, "schema", "export", str(path), "--db", db)[0] == 0
    labels = json.loads(path.read_text("utf-8"))["labels"]
    assert next(x for x in labels if x["name"] == "NUMBER")["role"] == "FIGURE"


# the migration
def test_0013_backfills_the_roles_by_name(db_target: str) -> None:
    ws = Workspace.open(db_target, "tester")
    ws.labels.ensure("PLACE")
    doc = add_doc(ws)
    ws.suggestions.suggest(doc)
    with ws.db.engine.begin() as conn:
        migrate.downgrade(conn, "0012")
        assert migrate.current_revision(conn) == "0012"
        assert "role" not in {c["name"] for c in inspect(conn).get_columns("label_types")}
        conn.execute(text("UPDATE label_types SET name = 'PERSON' WHERE name = 'ACTOR'"))  # renamed before roles
    ws.close()
    ws = Workspace.open(db_target, "tester")  # upgraded on open
    try:
        with ws.db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.SCHEMA_HEAD
        with ws.db.sessions() as session:
            roles = dict(session.execute(select(LabelType.name, LabelType.role)).tuples().all())
        assert roles == {"PERSON": None, "CLAIM": "CLAIM", "FIGURE": "FIGURE", "CUE": "CUE", "PLACE": None}
        ws.schema.rename_label("FIGURE", "NUMBER")
        assert labels_of(ws, doc) == ["CLAIM", "NUMBER"]
    finally:
        ws.close()
