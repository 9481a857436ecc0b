"""The schema editor: labels (name, display names, colour, key, drawing style, whether spans of a label may nest in or
cross one another), their attributes and choices with display names, the relation types, and the document-level
labels. Every edit is an undo step on the window's stack (``ui.schema_commands``); the editor
shows what the schema holds after it, from the one ``SchemaState.changed`` signal."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.schema.model import STYLES, Display, LabelDef, Schema
from ui.commands import Describe
from ui.i18n import tr
from ui.legend import label_icon
from ui.schema_commands import Edit, SchemaContext, push_edit
from ui.schema_relations import RelationsTab, label_choices
from ui.schema_state import SchemaState, display_name
from ui.schema_widgets import AttributesBox, add_row, selected_data


class SchemaEditor(QDialog):
    def __init__(
        self, state: SchemaState, stack: QUndoStack, ctx: SchemaContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("schemaEditor")
        self.state, self.stack, self.ctx = state, stack, ctx
        self.current: str | None = None  # the label shown in the form
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._labels_page(), "")
        self.relations = RelationsTab(self.edit, self)
        self.tabs.addTab(self.relations, "")
        self.document_fields = AttributesBox(self.edit, lambda: None, self, document=True)
        self.document_fields.setObjectName("documentFieldsBox")
        self.tabs.addTab(self.document_fields, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        state.changed.connect(self.refresh)
        self.retranslate()
        self.refresh(state.schema)
        self.resize(820, 560)

    def _labels_page(self) -> QWidget:
        page = QWidget(self)
        self.label_list = QListWidget(page)
        self.label_list.setObjectName("labelList")
        self.label_list.currentItemChanged.connect(self.on_label_chosen)
        self.new_label, self.add_label, add_line = add_row(page, "newLabel", "addLabel")
        self.add_label.clicked.connect(self.on_add_label)
        self.new_label.returnPressed.connect(self.on_add_label)
        self.delete_label = QPushButton(page)
        self.delete_label.setObjectName("deleteLabel")
        self.delete_label.clicked.connect(self.on_delete_label)
        left = QVBoxLayout()
        left.addWidget(self.label_list)
        left.addLayout(add_line)
        left.addWidget(self.delete_label)
        self.form_box = QWidget(page)
        self.form = QFormLayout(self.form_box)
        self.name_edit, self.english_edit, self.arabic_edit = QLineEdit(page), QLineEdit(page), QLineEdit(page)
        self.arabic_edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.colour_edit, self.colour_button, self.key_edit = QLineEdit(page), QPushButton(page), QLineEdit(page)
        self.key_edit.setMaxLength(1)
        self.description_edit = QLineEdit(page)
        self.style_box = QComboBox(page)
        self.style_box.setObjectName("styleBox")
        for style in STYLES:
            self.style_box.addItem("", style)
        self.style_box.activated.connect(self.on_style_chosen)
        self.nests_check, self.overlaps_check = QCheckBox(page), QCheckBox(page)
        self.nests_check.setObjectName("nestsCheck")
        self.overlaps_check.setObjectName("overlapsCheck")
        self.nests_check.clicked.connect(lambda checked: self.on_flag_toggled("nests", checked))
        self.overlaps_check.clicked.connect(lambda checked: self.on_flag_toggled("overlaps", checked))
        self.proclitics_check = QCheckBox(page)
        self.proclitics_check.setObjectName("procliticsCheck")
        self.proclitics_check.clicked.connect(self.on_proclitics_toggled)
        colour = QHBoxLayout()
        colour.addWidget(self.colour_edit)
        colour.addWidget(self.colour_button)
        for name, edit in (
            ("nameEdit", self.name_edit),
            ("englishEdit", self.english_edit),
            ("arabicEdit", self.arabic_edit),
            ("colourEdit", self.colour_edit),
            ("keyEdit", self.key_edit),
            ("descriptionEdit", self.description_edit),
        ):
            edit.setObjectName(name)
            edit.editingFinished.connect(self.on_label_edited)
        self.colour_button.setObjectName("colourButton")
        self.colour_button.clicked.connect(self.on_pick_colour)
        self.attributes = AttributesBox(self.edit, lambda: self.current, page)
        self._fields: list[QWidget | QHBoxLayout] = [
            self.name_edit,
            self.english_edit,
            self.arabic_edit,
            colour,
            self.style_box,
            self.key_edit,
            self.description_edit,
            self.nests_check,
            self.overlaps_check,
            self.proclitics_check,
        ]
        for field in self._fields:
            self.form.addRow(QLabel(page), field)
        self.form.addRow(self.attributes)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 2)
        layout.addWidget(self.form_box, 3)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Labels and schema"))
        self.tabs.setTabText(0, self.tr("Labels"))
        self.tabs.setTabText(1, self.tr("Relation types"))
        self.tabs.setTabText(2, self.tr("Document-level labels"))
        self.new_label.setPlaceholderText(self.tr("New label, e.g. TARGET"))
        self.add_label.setText(self.tr("Add label"))
        self.delete_label.setText(self.tr("Delete label…"))
        self.colour_button.setText(self.tr("Choose…"))
        rows = [
            self.tr("Name"),
            self.tr("English name"),
            self.tr("Arabic name"),
            self.tr("Colour"),
            self.tr("Drawn as"),
            self.tr("Key"),
            self.tr("Description"),
            self.tr("Nesting"),
            self.tr("Crossing"),
            self.tr("Proclitics"),
        ]
        self.nests_check.setText(self.tr("A span may lie inside another of this label"))
        self.overlaps_check.setText(self.tr("A span may cross another of this label"))
        self.proclitics_check.setText(self.tr("Leave proclitics out (و ف ب ل ك ال …)"))
        self.proclitics_check.setToolTip(
            self.tr(
                "A selection snapped to words starts after the first word's proclitics: لحزب → حزب. "
                "The label key pressed again takes the proclitic in for that span."
            )
        )
        shown = {
            "fill": self.tr("Background"),
            "band": self.tr("Band, underlined"),
            "frame": self.tr("Bold text in a frame"),
            "underline": self.tr("Dotted underline"),
        }
        for index, style in enumerate(STYLES):
            self.style_box.setItemText(index, shown[style])
        for field, text in zip(self._fields, rows, strict=True):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(text)
        self.attributes.retranslate()
        self.relations.retranslate()
        self.document_fields.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh(self.state.schema)
        super().changeEvent(event)

    # from the schema to the widgets
    def refresh(self, schema: Schema) -> None:
        if self.current is not None and schema.label(self.current) is None:
            self.current = None
        if self.current is None and schema.labels:
            self.current = schema.labels[0].name
        self.label_list.blockSignals(True)
        self.label_list.clear()
        for label in schema.labels:
            item = QListWidgetItem(label_icon(label.style, label.colour), _label_line(label), self.label_list)
            item.setData(Qt.ItemDataRole.UserRole, label.name)
            if label.name == self.current:
                self.label_list.setCurrentItem(item)
        self.label_list.blockSignals(False)
        self._show_label(schema.label(self.current) if self.current else None)
        self.relations.refresh(schema, label_choices(schema))
        self.document_fields.show_attributes(schema.document_fields)

    def _show_label(self, label: LabelDef | None) -> None:
        self.form_box.setEnabled(label is not None)
        self.delete_label.setEnabled(label is not None)
        label = label or LabelDef("")
        self.name_edit.setText(label.name)
        self.english_edit.setText(label.display.en)
        self.arabic_edit.setText(label.display.ar)
        self.colour_edit.setText(label.colour if label.name else "")
        self.key_edit.setText(label.key or "")
        for index, style in enumerate(STYLES):  # each style as this label's colour would draw it
            self.style_box.setItemIcon(index, label_icon(style, label.colour))
        self.style_box.setCurrentIndex(max(0, self.style_box.findData(label.style)))
        self.description_edit.setText(label.description)
        self.description_edit.setCursorPosition(0)  # its beginning, not its end
        self.nests_check.setChecked(label.nests)
        self.overlaps_check.setChecked(label.overlaps)
        self.proclitics_check.setChecked(label.proclitics == "out")
        self.attributes.refresh(label)

    # from the widgets to the schema
    def edit(self, edit: Edit, describe: Describe) -> bool:
        return push_edit(self.stack, self.ctx, edit, describe)

    def on_label_chosen(self, item: QListWidgetItem | None) -> None:
        self.current = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self._show_label(self.state.schema.label(self.current) if self.current else None)

    def on_add_label(self) -> None:
        name = self.new_label.text().strip()
        if name and self.edit(lambda s: s.add_label(name), lambda: tr("add label %1").replace("%1", name)):
            self.new_label.clear()
            self.current = name
            self.refresh(self.state.schema)

    def on_label_edited(self) -> None:
        label = self.state.schema.label(self.current) if self.current else None
        if label is None:
            return
        name = self.name_edit.text().strip()
        if name and name != label.name:
            old = label.name
            if self.edit(
                lambda s: s.rename_label(old, name),
                lambda: tr("rename label %1 to %2").replace("%1", old).replace("%2", name),
            ):
                self.current = name
                self.refresh(self.state.schema)
            return
        changes: dict[str, object] = {}
        display = Display(self.arabic_edit.text().strip(), self.english_edit.text().strip())
        if display != label.display:
            changes["display"] = display
        colour = self.colour_edit.text().strip()
        if colour and colour.lower() != label.colour.lower():
            changes["colour"] = colour
        key = self.key_edit.text().strip() or None
        if key != label.key:
            changes["key"] = key
        if self.description_edit.text().strip() != label.description:
            changes["description"] = self.description_edit.text().strip()
        if changes:
            self.edit(
                lambda s: s.update_label(label.name, **changes), lambda: tr("change label %1").replace("%1", label.name)
            )
        self._show_label(self.state.schema.label(label.name))  # a refused value goes back to the stored one

    def on_style_chosen(self, _index: int) -> None:
        label = self.state.schema.label(self.current) if self.current else None
        style = self.style_box.currentData()
        if label is not None and style != label.style:
            self.edit(
                lambda s: s.update_label(label.name, style=style),
                lambda: tr("change label %1").replace("%1", label.name),
            )

    def on_flag_toggled(self, flag: str, checked: bool) -> None:
        """``nests`` or ``overlaps`` of the current label (the services refuse spans against it on adds)."""
        label = self.state.schema.label(self.current) if self.current else None
        if label is not None and getattr(label, flag) != checked:
            self.edit(
                lambda s: s.update_label(label.name, **{flag: checked}),
                lambda: tr("change label %1").replace("%1", label.name),
            )
        self._show_label(self.state.schema.label(self.current) if self.current else None)

    def on_proclitics_toggled(self, checked: bool) -> None:
        """Whether a span of the current label snapped to words leaves the leading proclitics out."""
        label = self.state.schema.label(self.current) if self.current else None
        wanted = "out" if checked else "in"
        if label is not None and label.proclitics != wanted:
            self.edit(
                lambda s: s.update_label(label.name, proclitics=wanted),
                lambda: tr("change label %1").replace("%1", label.name),
            )
        self._show_label(self.state.schema.label(self.current) if self.current else None)

    def on_pick_colour(self) -> None:
        label = self.state.schema.label(self.current) if self.current else None
        if label is None:
            return
        colour = QColorDialog.getColor(QColor(label.colour), self, self.tr("Colour of %1").replace("%1", label.name))
        if colour.isValid():
            self.colour_edit.setText(colour.name())
            self.on_label_edited()

    def on_delete_label(self) -> None:
        name = selected_data(self.label_list)
        if name is None:
            return
        try:
            count = self.ctx.service().usage(name)
        except Exception as exc:  # a HashiyaError says what to do; a bug is logged and the message names the log
            from app.logs import user_message

            self.ctx.report(user_message(exc))
            return
        if count:
            question = (
                self.tr(
                    "%1 annotations hold the label %2. Deleting the label deletes them too (Undo brings "
                    "them back). Delete it?"
                )
                .replace("%1", str(count))
                .replace("%2", name)
            )
            answer = QMessageBox.question(self, self.tr("Delete label"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.edit(lambda s: s.delete_label(name, force=bool(count)), lambda: tr("delete label %1").replace("%1", name))


def _label_line(label: LabelDef) -> str:
    shown = display_name(label.display, label.name)
    head = f"{label.key}  " if label.key else ""
    return f"{head}{shown}" if shown == label.name else f"{head}{shown} ({label.name})"
