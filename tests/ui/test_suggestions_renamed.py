"""The Suggestions menu and Enter after FIGURE, ACTOR and CUE were renamed in the window (undo steps of the
schema editor): the outlines, the menu's accept-all and a claim's accept follow the labels by their roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services import Workspace
from tests.test_suggestions import TEXT, tiny  # noqa: F401 - tiny: the tiny recognisers
from tests.ui.conftest import add_document, make_bench
from ui.schema_commands import push_edit

pytestmark = pytest.mark.gui


def rename(bench, old: str, new: str) -> None:  # type: ignore[no-untyped-def]
    assert push_edit(bench.stack, bench.schema_ctx, lambda s: s.rename_label(old, new), lambda: f"rename {old}")


def test_the_menu_and_enter_work_after_a_rename(sqlite_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = make_bench(sqlite_ws, qtbot, add_document(sqlite_ws, TEXT))
    qtbot.waitUntil(lambda: len(bench.suggestions.model.items) == 4, timeout=5000)
    for old, new in (("FIGURE", "NUMBER"), ("ACTOR", "PERSON"), ("CUE", "TRIGGER")):
        rename(bench, old, new)
    bench.suggestions.wait()
    qtbot.waitUntil(lambda: len(bench.suggestions.model.items) == 4, timeout=5000)
    assert sorted(s.label for s in bench.suggestions.model.items) == ["CLAIM", "CLAIM", "NUMBER", "NUMBER"]
    number = bench.ws.schema.get().label("NUMBER")
    assert bench.suggestions.colour_of("NUMBER").name() == number.colour
    assert bench.suggestions.colour_of("ACTOR").name() == bench.ws.schema.get().label("PERSON").colour
    action = bench.suggestions.label_actions["FIGURE"]  # the menu's entry of the figures recogniser
    assert action.isEnabled() and action in bench.suggestions.menu.actions()
    action.trigger()
    assert sorted(a.label for a in bench.doc.annotations.values()) == ["NUMBER", "NUMBER"]
    assert [s.label for s in bench.suggestions.model.items] == ["CLAIM", "CLAIM"]
    claim = bench.suggestions.model.items[0]
    bench.suggestions.model.select(claim.id)
    qtbot.keyClick(bench.view, Qt.Key.Key_Enter)
    made = bench.doc.selected_annotation()
    assert made is not None and made.label == "CLAIM"
    source, cue = bench.doc.source_of(made.id), bench.doc.cue_of(made.id)
    assert source is not None and (source.label, source.text) == ("PERSON", "وزير الخارجية")
    assert cue is not None and (cue.label, cue.text) == ("TRIGGER", "قال")
    bench.window.close()


def test_c_marks_a_cue_as_the_renamed_cue_label(sqlite_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench = make_bench(sqlite_ws, qtbot, add_document(sqlite_ws, TEXT))
    rename(bench, "CUE", "TRIGGER")
    claim = bench.labelling.add("CLAIM", TEXT.index("144"), TEXT.index("الهجوم") + 6)
    assert claim is not None
    bench.doc.select(claim.id)
    bench.labelling.mark_cue((0, 3))  # قال
    cue = bench.doc.cue_of(claim.id)
    assert cue is not None and (cue.label, cue.text) == ("TRIGGER", "قال")
    assert "CUE" not in bench.ws.schema.get().label_names  # no second cue label made on the way
    bench.window.close()
