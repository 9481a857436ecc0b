"""Preferences: interface language, reading font size, label keys."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QKeySequenceEdit,
    QLabel,
    QWidget,
)

from ui.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, labels: list[str], keys: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System default"), "")
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", QLabel(self.tr("A new language applies the next time Hashiya starts."), self))
        self.font_size = QDoubleSpinBox(self)
        self.font_size.setRange(8, 48)
        self.font_size.setDecimals(0)
        self.font_size.setValue(settings.font_size)
        form.addRow(self.tr("Reading font size"), self.font_size)
        self.key_edits: dict[str, QKeySequenceEdit] = {}
        for label in labels:
            edit = QKeySequenceEdit(QKeySequence(keys.get(label, "")), self)
            edit.setMaximumSequenceLength(1)
            self.key_edits[label] = edit
            form.addRow(self.tr("Key for %1").replace("%1", label), edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self._settings.language = self.language.currentData()
        self._settings.font_size = self.font_size.value()
        for label, edit in self.key_edits.items():
            self._settings.set_label_key(label, edit.keySequence().toString())
        super().accept()
