"""The schema's per-label proclitics setting ("in": a span snapped to words takes و ب ل ال ... in; "out": leaves
them outside): stored (migration 0009), read by the services and the start view alike, edited with undo, and
carried by the shared schema file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from app import start_view
from app.errors import InputError
from app.schema import DEFAULT_SCHEMA
from app.schema.fileformat import dumps, from_json
from app.schema.model import LabelDef, Schema
from app.services import Workspace


def label(schema: Schema, name: str) -> LabelDef:
    found = schema.label(name)
    assert found is not None, name
    return found


def test_actor_and_figure_leave_proclitics_out_by_default(sqlite_ws: Workspace) -> None:
    schema = sqlite_ws.schema.get()
    assert {x.name: x.proclitics for x in schema.labels} == {
        "ACTOR": "out",
        "CLAIM": "in",
        "FIGURE": "out",
        "CUE": "in",
    }
    assert schema.labels == DEFAULT_SCHEMA.labels
    # a label made later takes them in
    sqlite_ws.schema.add_label("TARGET")
    assert label(sqlite_ws.schema.get(), "TARGET").proclitics == "in"


def test_the_setting_is_edited_and_undone(sqlite_ws: Workspace) -> None:
    change = sqlite_ws.schema.update_label("CLAIM", proclitics="out")
    assert label(sqlite_ws.schema.get(), "CLAIM").proclitics == "out"
    sqlite_ws.schema.undo(change)
    assert label(sqlite_ws.schema.get(), "CLAIM").proclitics == "in"
    with pytest.raises(InputError, match="proclitics 'sometimes'"):
        sqlite_ws.schema.update_label("CLAIM", proclitics="sometimes")


def test_the_start_view_reads_the_same_setting(sqlite_ws: Workspace) -> None:
    sqlite_ws.schema.update_label("CUE", proclitics="out")
    view = start_view.read(Path(sqlite_ws.db.describe()), [None], 10)
    assert view is not None
    assert view.schema == sqlite_ws.schema.get()
    assert label(view.schema, "CUE").proclitics == "out"


def test_the_schema_file_carries_it_and_an_older_file_gets_the_default(sqlite_ws: Workspace) -> None:
    schema = sqlite_ws.schema.get()
    data = orjson.loads(dumps(schema))
    assert [item["proclitics"] for item in data["labels"]] == ["out", "in", "out", "in"]
    assert from_json(data) == schema
    for item in data["labels"]:
        del item["proclitics"]  # a file written before the setting existed
    data["labels"].append({"name": "PLACE"})
    read = from_json(data)
    assert [x.proclitics for x in read.labels] == ["out", "in", "out", "in", "in"]
    data["labels"][0]["proclitics"] = "maybe"
    with pytest.raises(InputError, match="proclitics"):
        from_json(data)
    # importing a file sets it
    claim = replace(label(schema, "CLAIM"), proclitics="out")
    sqlite_ws.schema.replace(schema.with_label(claim))
    assert label(sqlite_ws.schema.get(), "CLAIM").proclitics == "out"
