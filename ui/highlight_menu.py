"""The context menu of a highlight: relabel, delete, link as source, add a cue, note, attributes, and the
suggestions under the mouse (``ui.suggestion_menu``).

Each entry calls what the keys call (``Labelling`` and the Properties form), so the menu adds no edit path."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from app.schema.default import CUE, SOURCE
from app.text.selection import word_at
from ui.actions import Act
from ui.commands import quoted
from ui.i18n import tr
from ui.schema_state import display_name

MENU_QUOTE = 31  # characters of a span's text in a menu entry, the ellipsis included

if TYPE_CHECKING:
    from ui.workbench import Workbench


class HighlightMenu:
    """Built for the character under the mouse: the annotation there is selected first (the innermost,
    unless the selected one covers it)."""

    def __init__(self, bench: Workbench) -> None:
        self.bench = bench

    def show_at(self, cp: int, pos: QPoint) -> None:
        menu = self.build(cp)
        if menu is not None:
            menu.exec(pos)
            menu.deleteLater()

    def build(self, cp: int) -> QMenu | None:
        bench = self.bench
        doc, labelling, schema = bench.doc, bench.labelling, bench.schema.schema
        covering = doc.at(cp)
        if not covering:
            return None
        before = doc.selected_annotation()
        if doc.selected not in [a.id for a in covering]:
            doc.select(covering[-1].id)
        ann = doc.selected_annotation()
        assert ann is not None
        menu = QMenu(bench.window)
        menu.setObjectName("highlightMenu")
        relabel = menu.addMenu(tr("Relabel as"))
        for label in schema.labels:
            shortcut = bench.label_actions.get(label.name)  # the key the window gives the label now
            key = shortcut.shortcut().toString() if shortcut is not None else ""
            action = relabel.addAction(display_name(label.display, label.name) + (f"\t{key}" if key else ""))
            action.setObjectName(f"relabel_{label.name}")
            action.setEnabled(label.name != ann.label)
            action.triggered.connect(lambda _c=False, name=label.name: labelling.relabel(name))
        delete = menu.addAction(tr("Delete annotation"), labelling.delete_selected)
        delete.setObjectName("menuDelete")
        menu.addAction(bench.actions[Act.ANNOTATE_ALL])  # every other match of its text
        menu.addSeparator()
        claims, sources = schema.ends(SOURCE)
        if ann.label in claims:
            menu.addAction(tr("Link to its source… (S)"), bench.on_link_requested).setObjectName("menuLink")
        elif ann.label in sources and before is not None and before.label in claims:
            claim_id, actor_id = before.id, ann.id
            menu.addAction(
                tr("Link as the source of %1").replace("%1", quoted(before.text, MENU_QUOTE)),
                lambda: labelling.link(claim_id, actor_id),
            ).setObjectName("menuLinkAsSource")
        if ann.label in schema.ends(CUE)[0]:
            cue = bench.view.selection_span() or word_at(doc.text, cp)
            if cue is not None:
                words = doc.text[cue[0] : cue[1]]
                menu.addAction(
                    tr("Mark %1 as its cue").replace("%1", quoted(words, MENU_QUOTE)), lambda: labelling.mark_cue(cue)
                ).setObjectName("menuCue")
        menu.addSeparator()
        menu.addAction(tr("Note…"), self.on_note).setObjectName("menuNote")
        attributes = menu.addAction(tr("Attributes…"), self.on_attributes)
        attributes.setObjectName("menuAttributes")
        attributes.setEnabled(bool(schema.attributes_of(ann.label)))
        bench.suggestions.context_menu.add_submenus(menu, cp)  # a suggestion inside the highlight: accept, reject
        return menu

    def on_note(self) -> None:
        self.bench.on_form_requested()
        self.bench.window.properties.note_edit.setFocus()

    def on_attributes(self) -> None:
        self.bench.on_form_requested()
        panel = self.bench.window.properties
        ann = self.bench.doc.selected_annotation()
        fields = self.bench.schema.schema.attributes_of(ann.label) if ann is not None else ()
        widget = panel.attribute_widget(fields[0].name) if fields else None
        if widget is not None:
            widget.setFocus()
