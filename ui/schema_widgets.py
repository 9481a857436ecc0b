"""Pieces of the schema editor: a "name + Add" row, and the attributes (with their choices and display names) of a
label or of the document (its document-level labels)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

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

from app.schema.changes import SchemaChange, SetAttribute
from app.schema.model import AttributeDef, Choice, Display, LabelDef
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
    return {
        "choice": tr("choice"),
        "text": tr("text"),
        "number": tr("number"),
        "date": tr("date"),
        "boolean": tr("yes or no"),
    }


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


def display_edits(parent: QWidget, name: str) -> tuple[QLineEdit, QLineEdit, QHBoxLayout]:
    """An English and an Arabic display name side by side (object names ``name + "English"`` / ``"Arabic"``)."""
    english, arabic, line = QLineEdit(parent), QLineEdit(parent), QHBoxLayout()
    english.setObjectName(f"{name}English")
    arabic.setObjectName(f"{name}Arabic")
    arabic.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    line.addWidget(english)
    line.addWidget(arabic)
    return english, arabic, line


def set_attribute(label: str | None, before: AttributeDef, after: AttributeDef) -> Edit:
    """The schema step that turns ``before`` into ``after`` (its display names, its choices' display names)."""
    return lambda s: s.apply(SchemaChange((SetAttribute(label, before, after),)))


class AttributesBox(QGroupBox):
    """The attributes of the label ``label()`` (with ``document``: the document-level labels, which belong to no
    label) and the choices of the one selected, each with its display names."""

    def __init__(
        self, edit: EditFn, label: Callable[[], str | None], parent: QWidget | None = None, document: bool = False
    ) -> None:
        super().__init__(parent)
        self._edit, self._label, self._document = edit, label, document
        self._shown: tuple[AttributeDef, ...] = ()
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
        self.attribute_english, self.attribute_arabic, attribute_names = display_edits(self, "attribute")
        self.choice_english, self.choice_arabic, choice_names = display_edits(self, "choice")
        for line in (self.attribute_english, self.attribute_arabic):
            line.editingFinished.connect(self.on_attribute_display_edited)
        for line in (self.choice_english, self.choice_arabic):
            line.editingFinished.connect(self.on_choice_display_edited)
        self.choice_list = QListWidget(self)
        self.choice_list.setObjectName("choiceList")
        self.choice_list.currentItemChanged.connect(self.on_choice_chosen)
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
        attributes.addLayout(attribute_names)
        attributes.addLayout(add_line)
        attributes.addWidget(self.attribute_choices)
        attributes.addWidget(self.remove_attribute)
        choices.addWidget(self.choice_list)
        choices.addLayout(choice_names)
        choices.addLayout(choice_line)
        choices.addWidget(self.remove_choice)
        layout.addLayout(attributes, 3)
        layout.addLayout(choices, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(
            self.tr("Document-level labels and their choices")
            if self._document
            else self.tr("Attributes and their choices")
        )
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
        names = ((self.attribute_english, self.attribute_arabic), (self.choice_english, self.choice_arabic))
        for english, arabic in names:
            english.setPlaceholderText(self.tr("English name"))
            arabic.setPlaceholderText(self.tr("Arabic name"))
            english.setToolTip(english.placeholderText())  # still said once a name is typed in
            arabic.setToolTip(arabic.placeholderText())

    def refresh(self, label: LabelDef) -> None:
        self.show_attributes(label.attributes)

    def show_attributes(self, attributes: tuple[AttributeDef, ...]) -> None:
        self._shown = attributes
        names = [a.name for a in attributes]
        current = selected_data(self.attribute_list)
        if current not in names:
            current = names[0] if names else None
        kinds = kind_names()
        fill_list(
            self.attribute_list,
            [(f"{display_name(a.display, a.name)} — {kinds.get(a.kind, a.kind)}", a.name) for a in attributes],
            current,
        )
        self._show_choices()

    def _owner(self) -> tuple[bool, str | None]:
        """Whether attributes can be edited now, and the label they belong to (None: the document)."""
        if self._document:
            return True, None
        label = self._label()
        return label is not None, label

    def _owner_text(self, label: str | None) -> str:
        return label if label is not None else tr("the document")

    def _attribute(self) -> AttributeDef | None:
        name = selected_data(self.attribute_list)
        return next((a for a in self._shown if a.name == name), None) if name else None

    def _choice(self) -> Choice | None:
        attribute, value = self._attribute(), selected_data(self.choice_list)
        return next((c for c in attribute.choices if c.value == value), None) if attribute and value else None

    def _show_choices(self) -> None:
        attribute = self._attribute()
        is_choice = attribute is not None and attribute.kind == "choice"
        for widget in (self.choice_list, self.new_choice, self.add_choice, self.remove_choice):
            widget.setEnabled(is_choice)
        for widget in (self.remove_attribute, self.attribute_english, self.attribute_arabic):
            widget.setEnabled(attribute is not None)
        self.attribute_english.setText(attribute.display.en if attribute else "")
        self.attribute_arabic.setText(attribute.display.ar if attribute else "")
        current = selected_data(self.choice_list)
        choices = attribute.choices if attribute is not None else ()
        if current not in [c.value for c in choices]:
            current = choices[0].value if choices else None
        fill_list(self.choice_list, [(display_name(c.display, c.value), c.value) for c in choices], current)
        self._show_choice_names()

    def _show_choice_names(self) -> None:
        choice = self._choice()
        for widget in (self.choice_english, self.choice_arabic):
            widget.setEnabled(choice is not None)
        self.choice_english.setText(choice.display.en if choice else "")
        self.choice_arabic.setText(choice.display.ar if choice else "")

    def on_attribute_chosen(self, *_args: object) -> None:
        self._show_choices()

    def on_choice_chosen(self, *_args: object) -> None:
        self._show_choice_names()

    def on_attribute_display_edited(self) -> None:
        (ok, label), attribute = self._owner(), self._attribute()
        display = Display(self.attribute_arabic.text().strip(), self.attribute_english.text().strip())
        if ok and attribute is not None and display != attribute.display:
            self._edit(
                set_attribute(label, attribute, replace(attribute, display=display)),
                lambda: tr("rename attribute %1").replace("%1", attribute.name),
            )

    def on_choice_display_edited(self) -> None:
        (ok, label), attribute, choice = self._owner(), self._attribute(), self._choice()
        display = Display(self.choice_arabic.text().strip(), self.choice_english.text().strip())
        if not ok or attribute is None or choice is None or display == choice.display:
            return
        choices = tuple(Choice(c.value, display) if c.value == choice.value else c for c in attribute.choices)
        self._edit(
            set_attribute(label, attribute, replace(attribute, choices=choices)),
            lambda: tr("rename choice %1 of %2").replace("%1", choice.value).replace("%2", attribute.name),
        )

    def on_kind_chosen(self, *_args: object) -> None:
        self.attribute_choices.setEnabled(self.attribute_kind.currentData() == "choice")

    def on_add_attribute(self) -> None:
        (ok, label), name, kind = self._owner(), self.new_attribute.text().strip(), self.attribute_kind.currentData()
        if not ok or not name:
            return
        values = [v.strip() for v in self.attribute_choices.text().replace("،", ",").split(",") if v.strip()]
        choices = tuple(Choice(v) for v in dict.fromkeys(values)) if kind == "choice" else ()
        if self._edit(
            lambda s: s.add_attribute(label, name, kind, choices),
            lambda: tr("add attribute %1 to %2").replace("%1", name).replace("%2", self._owner_text(label)),
        ):
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
        (ok, label), attribute = self._owner(), self._attribute()
        if ok and attribute is not None:
            self._edit(
                lambda s: s.remove_attribute(label, attribute.name),
                lambda: (
                    tr("remove attribute %1 of %2").replace("%1", attribute.name).replace("%2", self._owner_text(label))
                ),
            )

    def on_add_choice(self) -> None:
        (ok, label), attribute, value = self._owner(), self._attribute(), self.new_choice.text().strip()
        if not ok or attribute is None or not value:
            return
        if self._edit(
            lambda s: s.add_choice(label, attribute.name, value),
            lambda: tr("add choice %1 to %2").replace("%1", value).replace("%2", attribute.name),
        ):
            self.new_choice.clear()

    def on_remove_choice(self) -> None:
        (ok, label), attribute, value = self._owner(), self._attribute(), selected_data(self.choice_list)
        if ok and attribute is not None and value is not None:
            self._edit(
                lambda s: s.remove_choice(label, attribute.name, value),
                lambda: tr("remove choice %1 of %2").replace("%1", value).replace("%2", attribute.name),
            )
