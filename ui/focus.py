"""Keys typed into a form are the form's: while an input field (a choice box, a line, a check box ...) has the
keyboard focus, the window's single-key shortcuts (the label keys, S, C, Delete) do not fire and the key goes to
the field. The reading view is no such field, so there the keys label as always."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLineEdit

FIELDS = (QComboBox, QLineEdit, QAbstractSpinBox, QAbstractButton)
HELD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def is_typing(event: QKeyEvent) -> bool:
    """A key a field takes as input: no Ctrl, Alt or Meta, and text or an editing key."""
    if event.modifiers() & HELD:
        return False
    text = event.text()
    return event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or (bool(text) and text.isprintable())


class FormKeys(QObject):
    """An event filter for the main window: a ``ShortcutOverride`` the focused field left alone reaches the
    window (Qt hands it up the parents), and is accepted here when that field is an input field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        typed = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and is_typing(event)
        if typed and isinstance(QApplication.focusWidget(), FIELDS):
            event.accept()
            return True
        return False
