"""The schema the window shows: one holder and one ``changed`` signal that every view refreshes from, and
the display name of a label, attribute or choice in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.schema.model import Display, Schema
from ui.i18n import current_language


def display_name(display: Display, name: str, language: str | None = None) -> str:
    """``display`` in the interface language (Arabic in an Arabic interface), else the name itself."""
    language = language or current_language() or "en"
    return (display.ar if language == "ar" else display.en) or name


class SchemaState(QObject):
    """Signal ``changed`` (the new ``Schema``) whenever the schema the window works with changes."""

    changed = Signal(object)

    def __init__(self, schema: Schema | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._schema = schema or Schema()

    @property
    def schema(self) -> Schema:
        return self._schema

    def set(self, schema: Schema) -> None:
        self._schema = schema
        self.changed.emit(schema)

    def label_name(self, name: str) -> str:
        label = self._schema.label(name)
        return display_name(label.display, name) if label else name
