"""The schema editor's page of relation types: name, display names, the labels at each end, add and remove."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from app.schema.changes import AddRelationType, RemoveRelationType, SchemaChange
from app.schema.model import Display, RelationTypeDef, Schema
from ui.i18n import tr
from ui.schema_state import display_name
from ui.schema_widgets import EditFn, add_row, display_edits, fill_list, selected_data


def label_choices(schema: Schema) -> list[tuple[str, str]]:
    """(shown, name) of each label, for the ends of a relation type."""
    return [(display_name(label.display, label.name), label.name) for label in schema.labels]


class RelationsTab(QWidget):
    def __init__(self, edit: EditFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self.relation_list = QListWidget(self)
        self.relation_list.setObjectName("relationList")
        self.relation_list.currentItemChanged.connect(self.on_relation_chosen)
        self.relation_english, self.relation_arabic, names = display_edits(self, "relation")
        for name_edit in (self.relation_english, self.relation_arabic):
            name_edit.editingFinished.connect(self.on_display_edited)
        self.new_relation, self.add_relation, line = add_row(self, "newRelation", "addRelation")
        self.relation_source, self.relation_target = QComboBox(self), QComboBox(self)
        self.relation_source.setObjectName("relationSource")
        self.relation_target.setObjectName("relationTarget")
        self.arrow = QLabel(self)
        for n, widget in enumerate((self.relation_source, self.arrow, self.relation_target), start=1):
            line.insertWidget(n, widget)
        self.remove_relation = QPushButton(self)
        self.remove_relation.setObjectName("removeRelation")
        self.add_relation.clicked.connect(self.on_add_relation)
        self.new_relation.returnPressed.connect(self.on_add_relation)
        self.remove_relation.clicked.connect(self.on_remove_relation)
        layout = QVBoxLayout(self)
        layout.addWidget(self.relation_list)
        layout.addLayout(names)
        layout.addLayout(line)
        layout.addWidget(self.remove_relation)
        self._schema = Schema()
        self.retranslate()

    def _arrow(self) -> str:
        """From source to target in the reading direction (Qt does not mirror an arrow in right-to-left text)."""
        return "←" if self.isRightToLeft() else "→"

    def retranslate(self) -> None:
        self.arrow.setText(self._arrow())
        self.new_relation.setPlaceholderText(self.tr("New relation type, e.g. target"))
        self.add_relation.setText(self.tr("Add relation type"))
        self.remove_relation.setText(self.tr("Remove relation type"))
        names = ((self.relation_english, self.tr("English name")), (self.relation_arabic, self.tr("Arabic name")))
        for edit, text in names:
            edit.setPlaceholderText(text)
            edit.setToolTip(text)
        self.refresh(self._schema, label_choices(self._schema))

    def refresh(self, schema: Schema, labels: list[tuple[str, str]]) -> None:
        self._schema = schema
        shown = dict((name, text) for text, name in labels)
        fill_list(
            self.relation_list,
            [(self._line(rel, shown), rel.name) for rel in schema.relations],
            selected_data(self.relation_list),
        )
        for box in (self.relation_source, self.relation_target):
            current = box.currentData()
            box.clear()
            box.addItem(self.tr("any label"), "")
            for text, name in labels:
                box.addItem(text, name)
            box.setCurrentIndex(max(0, box.findData(current)))
        self.remove_relation.setEnabled(bool(schema.relations))
        self.on_relation_chosen()

    def _relation(self) -> RelationTypeDef | None:
        name = selected_data(self.relation_list)
        return self._schema.relation(name) if name else None

    def on_relation_chosen(self, *_args: object) -> None:
        rel = self._relation()
        for edit in (self.relation_english, self.relation_arabic):
            edit.setEnabled(rel is not None)
        self.relation_english.setText(rel.display.en if rel else "")
        self.relation_arabic.setText(rel.display.ar if rel else "")

    def on_display_edited(self) -> None:
        """New display names: the type is replaced by itself renamed (links hold its name, so they stay)."""
        before = self._relation()
        display = Display(self.relation_arabic.text().strip(), self.relation_english.text().strip())
        if before is None or display == before.display:
            return
        steps = (RemoveRelationType(before), AddRelationType(replace(before, display=display)))
        self._edit(
            lambda s: s.apply(SchemaChange(steps)), lambda: tr("rename relation type %1").replace("%1", before.name)
        )

    def _line(self, rel: RelationTypeDef, shown: dict[str, str]) -> str:
        def ends(names: tuple[str, ...]) -> str:
            return ", ".join(shown.get(name, name) for name in names) or self.tr("any label")

        return f"{display_name(rel.display, rel.name)}: {ends(rel.sources)} {self._arrow()} {ends(rel.targets)}"

    def on_add_relation(self) -> None:
        name = self.new_relation.text().strip()
        source, target = self.relation_source.currentData(), self.relation_target.currentData()
        if not name:
            return
        sources, targets = (source,) if source else (), (target,) if target else ()
        if self._edit(
            lambda s: s.add_relation_type(name, sources, targets),
            lambda: tr("add relation type %1").replace("%1", name),
        ):
            self.new_relation.clear()

    def on_remove_relation(self) -> None:
        name = selected_data(self.relation_list)
        if name is not None:
            self._edit(
                lambda s: s.remove_relation_type(name), lambda: tr("remove relation type %1").replace("%1", name)
            )
