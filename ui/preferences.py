"""Preferences: interface language (switched at once), the annotator's name, reading font size, and the label
keys, which are the schema's: shown from it and changed through one undoable schema step (``set_keys``), never
kept in the settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QWidget,
)

from ui.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        labels: list[str],
        keys: dict[str, str],
        parent: QWidget | None = None,
        set_keys: Callable[[dict[str, str | None]], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._keys, self._set_keys = keys, set_keys
        self._form = form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.addItem("", "")
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(QLabel(self), self.language)
        from app.paths import default_annotator

        self.annotator = QLineEdit(settings.annotator, self)
        self.annotator.setPlaceholderText(default_annotator())  # what an empty field means
        self.annotator.setMaxLength(200)  # annotators.name
        form.addRow(QLabel(self), self.annotator)
        self.font_size = QDoubleSpinBox(self)
        self.font_size.setRange(8, 48)
        self.font_size.setDecimals(0)
        self.font_size.setValue(settings.font_size)
        form.addRow(QLabel(self), self.font_size)
        self.key_edits: dict[str, QKeySequenceEdit] = {}
        for label in labels:
            edit = QKeySequenceEdit(QKeySequence(keys.get(label, "")), self)
            edit.setMaximumSequenceLength(1)
            edit.setEnabled(set_keys is not None)  # without a way to change the schema, the keys are only shown
            self.key_edits[label] = edit
            form.addRow(QLabel(self), edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language.setItemText(0, self.tr("System default"))
        rows = [
            (self.language, self.tr("Language")),
            (self.annotator, self.tr("Annotator name")),
            (self.font_size, self.tr("Reading font size")),
        ]
        rows += [(edit, self.tr("Key for %1").replace("%1", label)) for label, edit in self.key_edits.items()]
        for field, text in rows:
            label_widget = self._form.labelForField(field)
            if isinstance(label_widget, QLabel):
                label_widget.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        self._settings.language = self.language.currentData()
        self._settings.annotator = self.annotator.text()
        self._settings.font_size = self.font_size.value()
        chosen = {label: edit.keySequence().toString() or None for label, edit in self.key_edits.items()}
        changed = {label: key for label, key in chosen.items() if key != (self._keys.get(label) or None)}
        if changed and self._set_keys is not None:
            self._set_keys(changed)
        super().accept()
