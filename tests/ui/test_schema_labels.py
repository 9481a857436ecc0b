"""Every ui module reads the labels from the schema: stored colours are the drawn ones, an imported label has
its key, colour and place in the window, attributes come from the schema, and names are the display names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.schema.model import Choice, Display
from app.services import Workspace
from tests.ui.conftest import make_bench, select_text
from ui.i18n import install_language

pytestmark = pytest.mark.gui


def formats_at(bench, cp: int):  # type: ignore[no-untyped-def]
    """(background, foreground, underline) colour names the highlighter gave code point ``cp``."""
    bench.view.viewport().repaint()
    pos = bench.view.to_utf16(cp)
    block = bench.view.document().findBlock(pos)
    return [
        (r.format.background().color().name(), r.format.foreground().color().name(), r.format.underlineColor().name())
        for r in block.layout().formats()
        if r.start <= pos - block.position() < r.start + r.length
    ]


def test_labels_are_drawn_in_the_colour_the_schema_stores(article_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    article_ws.schema.recolour_label("ACTOR", "#00aa55")
    bench = make_bench(article_ws, qtbot)
    select_text(bench.view, "144")
    qtbot.keyClick(bench.view, Qt.Key.Key_3)
    select_text(bench.view, "شويغو")
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    figure, actor = sorted(bench.doc.annotations.values(), key=lambda a: a.label != "FIGURE")
    assert formats_at(bench, figure.start)[0][1] == "#e63946"  # FIGURE as stored (it was drawn #d62828)
    assert formats_at(bench, actor.start)[0][0] == "#00aa55"
    bench.window.annotations.model.flush()
    model = bench.window.annotations.model
    colours = {
        model.index(row).data(Qt.ItemDataRole.UserRole): model.index(row).data(Qt.ItemDataRole.DecorationRole)
        for row in range(model.rowCount())
    }
    assert colours[actor.id].name() == "#00aa55" and colours[figure.id].name() == "#e63946"


def test_an_imported_label_has_its_key_colour_and_place_in_the_window(article_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    loc = article_ws.labels.ensure("LOC")  # as an import of a corpus with LOC spans does
    label = article_ws.schema.get().label("LOC")
    assert label is not None and label.key
    bench = make_bench(article_ws, qtbot)
    assert bench.label_actions["LOC"].shortcut().toString() == label.key
    select_text(bench.view, "شويغو")
    qtbot.keyClick(bench.view, getattr(Qt.Key, f"Key_{label.key}"))
    [ann] = bench.ws.documents.open(bench.doc.id).annotations
    assert ann.label == "LOC"
    assert formats_at(bench, ann.start)[0][2] == loc.colour.lower()
    bench.window.annotations.model.flush()
    assert bench.window.annotations.model.index(0).data(Qt.ItemDataRole.DecorationRole).name() == loc.colour.lower()
    qtbot.waitUntil(lambda: "LOC 1" in bench.window.status.counts.text())
    assert bench.window.properties.label_box.findData("LOC") >= 0


def test_the_properties_form_shows_the_schemas_attributes(article_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    article_ws.schema.add_attribute("ACTOR", "role", "choice", (Choice("minister", Display("وزير", "Minister")),))
    bench = make_bench(article_ws, qtbot)
    select_text(bench.view, "شويغو")
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: bench.window.properties.attribute_widget("role") is not None)
    box = bench.window.properties.attribute_widget("role")
    assert isinstance(box, QComboBox) and box.itemText(1) == "Minister"
    box.setCurrentIndex(1)
    box.activated.emit(1)
    assert bench.ws.documents.open(bench.doc.id).annotations[0].attributes == {"role": "minister"}


def test_an_arabic_interface_shows_arabic_label_names(qapp, article_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    install_language(qapp, "ar")
    try:
        bench = make_bench(article_ws, qtbot)
        assert bench.label_actions["ACTOR"].iconText() == "1 فاعل"
        assert (
            bench.window.properties.label_box.itemText(bench.window.properties.label_box.findData("CLAIM")) == "ادعاء"
        )
        bench.window.status.show_counts({"ACTOR": 2})
        assert bench.window.status.counts.text().startswith("فاعل 2 · ادعاء 0")
    finally:
        install_language(qapp, "en")
    qtbot.waitUntil(lambda: bench.label_actions["ACTOR"].iconText() == "1 Actor")  # a running window follows
