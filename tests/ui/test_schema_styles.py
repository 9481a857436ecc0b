"""Drawing styles and the claim/source logic come from the schema, not from the names ACTOR, CLAIM, FIGURE:
a label's stored style is how it is drawn (and chosen in the editor), a renamed CLAIM still has its Source row,
and a second claim-like label (a source end of the ``source`` relation type) gets one too."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from sqlalchemy import text

from app.errors import HashiyaError, InputError
from app.schema import DEFAULT_SCHEMA, SOURCE
from app.schema.fileformat import from_json, to_json
from app.services import Workspace
from db import migrate
from tests.ui.conftest import make_bench, select_text
from ui import highlighter

pytestmark = pytest.mark.gui


def format_at(bench, cp: int) -> QTextCharFormat:  # type: ignore[no-untyped-def]
    bench.view.viewport().repaint()
    pos = bench.view.to_utf16(cp)
    block = bench.view.document().findBlock(pos)
    ranges = block.layout().formats()
    [fmt] = [r.format for r in ranges if r.start <= pos - block.position() < r.start + r.length]
    return QTextCharFormat(fmt)


def label_span(bench, qtbot, needle: str, key: Qt.Key):  # type: ignore[no-untyped-def]
    select_text(bench.view, needle)
    qtbot.keyClick(bench.view, key)
    return next(a for a in bench.doc.annotations.values() if a.text == needle)


def test_the_stored_style_is_how_a_label_is_drawn(article_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    article_ws.schema.update_label("ACTOR", style="frame")
    article_ws.schema.update_label("FIGURE", style="band")
    bench = make_bench(article_ws, qtbot)
    actor = label_span(bench, qtbot, "شويغو", Qt.Key.Key_1)
    figure = label_span(bench, qtbot, "144", Qt.Key.Key_3)
    fmt = format_at(bench, actor.start)
    assert fmt.foreground().color().name() == "#f4a261" and fmt.fontWeight() == 700
    assert fmt.background().style() == Qt.BrushStyle.NoBrush
    assert list(highlighter.FRAMED) == ["ACTOR"]  # the view frames the actor, not the figure
    fmt = format_at(bench, figure.start)
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert fmt.background().color().name() == "#e63946" and fmt.background().color().alpha() == 40
    bench.window.close()
    highlighter.FRAMED.clear()  # the module's, which later views read before their schema is set
    highlighter.FRAMED["FIGURE"] = highlighter.FIGURE_COLOUR


def test_the_editor_sets_a_style_as_one_undo_step(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.schema_editor import SchemaEditor

    actor = label_span(bench, qtbot, "شويغو", Qt.Key.Key_1)
    bench.on_edit_schema()
    editor = bench.schema_editor
    assert isinstance(editor, SchemaEditor) and editor.current == "ACTOR"
    assert editor.style_box.currentData() == "fill"
    steps = bench.stack.count()
    editor.style_box.setCurrentIndex(editor.style_box.findData("underline"))
    editor.style_box.activated.emit(editor.style_box.currentIndex())
    assert bench.ws.schema.get().label("ACTOR").style == "underline" and bench.stack.count() == steps + 1
    fmt = format_at(bench, actor.start)
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert fmt.background().style() == Qt.BrushStyle.NoBrush
    bench.stack.undo()
    assert bench.ws.schema.get().label("ACTOR").style == "fill" and editor.style_box.currentData() == "fill"
    assert format_at(bench, actor.start).background().color().name() == "#f4a261"


def test_a_renamed_claim_keeps_its_source_row_and_link(article_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    article_ws.schema.rename_label("CLAIM", "STATEMENT")
    bench = make_bench(article_ws, qtbot)
    actor = label_span(bench, qtbot, "شويغو", Qt.Key.Key_1)
    claim = label_span(bench, qtbot, "144", Qt.Key.Key_2)
    assert claim.label == "STATEMENT"
    bench.doc.select(claim.id)
    props = bench.window.properties
    qtbot.waitUntil(lambda: props.form.indexOf(props.source_box) >= 0)
    index = props.source_box.findData(actor.id)
    assert index > 0
    props.source_box.setCurrentIndex(index)
    props.source_box.activated.emit(index)
    assert bench.doc.source_of(claim.id) is not None and bench.doc.source_of(claim.id).id == actor.id
    bench.doc.select(actor.id)
    qtbot.waitUntil(lambda: props.form.indexOf(props.claims_label) >= 0)
    assert "144" in props.claims_label.text()
    assert "source" in bench.tooltip_at(claim.start) and "1" in bench.tooltip_at(actor.start)
    bench.doc.select(claim.id)  # the S key (start a link) and the list row follow the schema too
    assert bench.labelling.start_link() and bench.labelling.linking_claim == claim.id
    model = bench.window.annotations.model
    assert any("←" in model.line(a) for a in bench.doc.rows() if a.id == claim.id)
    bench.window.close()


def test_a_second_claim_like_label_gets_a_source_row(article_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    article_ws.schema.add_label("ESTIMATE", key="7")
    schema = article_ws.schema.get()
    source = schema.relation(SOURCE)
    assert source is not None
    article_ws.schema.replace(
        replace(
            schema,
            relations=tuple(
                replace(r, sources=(*r.sources, "ESTIMATE")) if r.name == SOURCE else r for r in schema.relations
            ),
        )
    )
    bench = make_bench(article_ws, qtbot)
    estimate = label_span(bench, qtbot, "144", Qt.Key.Key_7)
    bench.doc.select(estimate.id)
    props = bench.window.properties
    qtbot.waitUntil(lambda: props.form.indexOf(props.source_box) >= 0)
    bench.doc.select(None)
    qtbot.waitUntil(lambda: props.form.indexOf(props.source_box) < 0)
    label_span(bench, qtbot, "شويغو", Qt.Key.Key_2)
    claim = next(a for a in bench.doc.annotations.values() if a.label == "CLAIM")
    bench.doc.select(claim.id)
    qtbot.waitUntil(lambda: props.form.indexOf(props.source_box) >= 0)  # CLAIM keeps its row
    bench.window.close()


def test_a_style_must_be_known() -> None:
    with pytest.raises(InputError, match="style 'glow'"):
        from_json({**to_json(DEFAULT_SCHEMA), "labels": [{"name": "X", "style": "glow"}]})


def test_update_label_refuses_an_unknown_style(sqlite_ws: Workspace) -> None:
    with pytest.raises(HashiyaError, match="style 'glow'"):
        sqlite_ws.schema.update_label("ACTOR", style="glow")
    assert sqlite_ws.schema.get().label("ACTOR").style == "fill"


def test_the_schema_file_keeps_styles_and_an_old_file_gets_the_default_ones() -> None:
    schema = from_json(to_json(DEFAULT_SCHEMA))
    assert [x.style for x in schema.labels] == ["fill", "band", "frame", "underline"]
    old = to_json(DEFAULT_SCHEMA)
    for label in old["labels"]:
        del label["style"]
    old["labels"].append({"name": "PLACE"})
    assert [x.style for x in from_json(old).labels] == ["fill", "band", "frame", "underline", "underline"]


def test_migration_0007_gives_an_old_database_the_look_it_had(sqlite_ws: Workspace) -> None:
    sqlite_ws.labels.ensure("PLACE")
    with sqlite_ws.db.engine.begin() as conn:
        migrate.downgrade(conn, "0006")
        columns = [row[1] for row in conn.execute(text("PRAGMA table_info(label_types)"))]
        assert "style" not in columns
        migrate.upgrade(conn)
        styles = dict(conn.execute(text("SELECT name, style FROM label_types")).tuples().all())
    assert styles == {"ACTOR": "fill", "CLAIM": "band", "FIGURE": "frame", "CUE": "underline", "PLACE": "underline"}
