"""Pieces of the schema editor: a "name + Add" row, and the attributes (with their choices) of a label."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.schema.model import AttributeDef, Choice, LabelDef
from ui.commands import Describe
from ui.i18n import tr
from ui.schema_commands import Edit
from ui.schema_state import display_name

EditFn = Callable[[Edit, Describe], bool]


def add_row(parent: QWidget, edit_name: str, button_name: str) -> tuple[QLineEdit, QPushButton, QHBoxLayout]:
    edit, button, line = QLineEdit(parent), QPushButton(parent), QHBoxLayout()
    edit.setObjectName(edit_name)
    button.setObjectName(button_name)
    line.addWidget(edit, 1)
    line.addWidget(button)
    return edit, button, line


def selected_data(view: QListWidget) -> str | None:
    item = view.currentItem()
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def kind_names() -> dict[str, str]:
    return {"choice": tr("choice"), "text": tr("text"), "number": tr("number"), "date": tr("date"),
            "boolean": tr("yes or no")}


def fill_list(view: QListWidget, rows: list[tuple[str, str]], current: str | None) -> None:
    """``rows`` of (text, data); the row whose data is ``current`` stays selected."""
    view.blockSignals(True)
    view.clear()
    for text, data in rows:
        item = QListWidgetItem(text, view)
        item.setData(Qt.ItemDataRole.UserRole, data)
        if data == current:
            view.setCurrentItem(item)
    view.blockSignals(False)


class AttributesBox(QGroupBox):
    """The attributes of the label ``label()`` and the choices of the one selected."""

    def __init__(self, edit: EditFn, label: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit, self._label = edit, label
        self._shown: LabelDef | None = None
        self.attribute_list = QListWidget(self)
        self.attribute_list.setObjectName("attributeList")
        self.attribute_list.currentItemChanged.connect(self.on_attribute_chosen)
        self.new_attribute, self.add_attribute, add_line = add_row(self, "newAttribute", "addAttribute")
        self.attribute_kind = QComboBox(self)
        self.attribute_kind.setObjectName("attributeKind")
        add_line.insertWidget(1, self.attribute_kind)
        self.attribute_choices = QLineEdit(self)  # a choice attribute comes with its first choices
        self.attribute_choices.setObjectName("attributeChoices")
        self.attribute_kind.currentIndexChanged.connect(self.on_kind_chosen)
        self.attribute_choices.returnPressed.connect(self.on_add_attribute)
        self.remove_attribute = QPushButton(self)
        self.remove_attribute.setObjectName("removeAttribute")
        self.choice_list = QListWidget(self)
        self.choice_list.setObjectName("choiceList")
        self.new_choice, self.add_choice, choice_line = add_row(self, "newChoice", "addChoice")
        self.remove_choice = QPushButton(self)
        self.remove_choice.setObjectName("removeChoice")
        self.add_attribute.clicked.connect(self.on_add_attribute)
        self.new_attribute.returnPressed.connect(self.on_add_attribute)
        self.remove_attribute.clicked.connect(self.on_remove_attribute)
        self.add_choice.clicked.connect(self.on_add_choice)
        self.new_choice.returnPressed.connect(self.on_add_choice)
        self.remove_choice.clicked.connect(self.on_remove_choice)
        layout = QHBoxLayout(self)
        attributes, choices = QVBoxLayout(), QVBoxLayout()
        attributes.addWidget(self.attribute_list)
        attributes.addLayout(add_line)
        attributes.addWidget(self.attribute_choices)
        attributes.addWidget(self.remove_attribute)
        choices.addWidget(self.choice_list)
        choices.addLayout(choice_line)
        choices.addWidget(self.remove_choice)
        layout.addLayout(attributes, 3)
        layout.addLayout(choices, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Attributes and their choices"))
        kind = self.attribute_kind.currentData() or "choice"
        self.attribute_kind.clear()
        for name, shown in kind_names().items():
            self.attribute_kind.addItem(shown, name)
        self.attribute_kind.setCurrentIndex(self.attribute_kind.findData(kind))
        self.new_attribute.setPlaceholderText(self.tr("New attribute"))
        self.attribute_choices.setPlaceholderText(self.tr("Its choices, separated by commas"))
        self.add_attribute.setText(self.tr("Add"))
        self.remove_attribute.setText(self.tr("Remove attribute"))
        self.new_choice.setPlaceholderText(self.tr("New choice"))
        self.add_choice.setText(self.tr("Add"))
        self.remove_choice.setText(self.tr("Remove choice"))

    def refresh(self, label: LabelDef) -> None:
        self._shown = label
        current = selected_data(self.attribute_list)
        if label.attribute(current or "") is None:
            current = label.attributes[0].name if label.attributes else None
        kinds = kind_names()
        fill_list(self.attribute_list, [(f"{display_name(a.display, a.name)} — {kinds.get(a.kind, a.kind)}", a.name)
                                        for a in label.attributes], current)
        self._show_choices()

    def _attribute(self) -> AttributeDef | None:
        name = selected_data(self.attribute_list)
        return self._shown.attribute(name) if self._shown is not None and name else None

    def _show_choices(self) -> None:
        attribute = self._attribute()
        is_choice = attribute is not None and attribute.kind == "choice"
        for widget in (self.choice_list, self.new_choice, self.add_choice, self.remove_choice):
            widget.setEnabled(is_choice)
        self.remove_attribute.setEnabled(attribute is not None)
        current = selected_data(self.choice_list)
        choices = attribute.choices if attribute is not None else ()
        fill_list(self.choice_list, [(display_name(c.display, c.value), c.value) for c in choices], current)

    def on_attribute_chosen(self, *_args: object) -> None:
        self._show_choices()

    def on_kind_chosen(self, *_args: object) -> None:
        self.attribute_choices.setEnabled(self.attribute_kind.currentData() == "choice")

    def on_add_attribute(self) -> None:
        label, name, kind = self._label(), self.new_attribute.text().strip(), self.attribute_kind.currentData()
        if label is None or not name:
            return
        values = [v.strip() for v in self.attribute_choices.text().replace("،", ",").split(",") if v.strip()]
        choices = tuple(Choice(v) for v in dict.fromkeys(values)) if kind == "choice" else ()
        if self._edit(lambda s: s.add_attribute(label, name, kind, choices),
                      lambda: tr("add attribute %1 to %2").replace("%1", name).replace("%2", label)):
            self.new_attribute.clear()
            self.attribute_choices.clear()
            self.refresh_to(name)

    def refresh_to(self, attribute: str) -> None:
        """Select ``attribute`` once the list shows it (the schema's ``changed`` has refreshed it)."""
        for row in range(self.attribute_list.count()):
            item = self.attribute_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == attribute:
                self.attribute_list.setCurrentItem(item)

    def on_remove_attribute(self) -> None:
        label, attribute = self._label(), self._attribute()
        if label is not None and attribute is not None:
            self._edit(lambda s: s.remove_attribute(label, attribute.name),
                       lambda: tr("remove attribute %1 of %2").replace("%1", attribute.name).replace("%2", label))

    def on_add_choice(self) -> None:
        label, attribute, value = self._label(), self._attribute(), self.new_choice.text().strip()
        if label is None or attribute is None or not value:
            return
        if self._edit(lambda s: s.add_choice(label, attribute.name, value),
                      lambda: tr("add choice %1 to %2").replace("%1", value).replace("%2", attribute.name)):
            self.new_choice.clear()

    def on_remove_choice(self) -> None:
        label, attribute, value = self._label(), self._attribute(), selected_data(self.choice_list)
        if label is not None and attribute is not None and value is not None:
            self._edit(lambda s: s.remove_choice(label, attribute.name, value),
                       lambda: tr("remove choice %1 of %2").replace("%1", value).replace("%2", attribute.name))
