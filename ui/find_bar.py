"""Find in document: a slim bar above the view (Ctrl+F, F3 / Shift+F3, Esc)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    """Signals: ``find_requested`` (query, backward), ``closed``."""

    find_requested = Signal(str, bool)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setClearButtonEnabled(True)
        self.result = QLabel(self)
        self.previous = previous = QToolButton(self)
        self.following = following = QToolButton(self)
        self.close_button = close = QToolButton(self)
        for button, glyph in ((previous, "▲"), (following, "▼"), (close, "✕")):
            button.setText(glyph)
        self.retranslate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.result)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.edit.returnPressed.connect(self.on_return)
        previous.clicked.connect(lambda: self.find_requested.emit(self.edit.text(), True))
        following.clicked.connect(lambda: self.find_requested.emit(self.edit.text(), False))
        close.clicked.connect(self.on_close)
        self.hide()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find (ignores harakat and tatweel)"))
        self.previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.following.setToolTip(self.tr("Next match (F3)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.result.clear()  # "not found" in the old language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open(self, text: str = "") -> None:
        if text:
            self.edit.setText(text)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def on_return(self) -> None:
        self.find_requested.emit(self.edit.text(), False)

    def on_close(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.on_close()
            return
        super().keyPressEvent(event)
