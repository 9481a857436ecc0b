"""Typed access to QSettings: preferences and window state. Only plain values are stored."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Hashiya"
APPLICATION = "Hashiya"
DEFAULT_FONT_SIZE = 16.0
MAX_RECENT = 8
SETTINGS_VERSION = 2  # 2: label keys live in the schema only (the old ``keys/`` entries are removed)


def open_settings() -> QSettings:
    """The user's settings file (INI everywhere, so tests can redirect it with QSettings.setPath)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


class Settings:
    def __init__(self, store: QSettings) -> None:
        self._store = store
        if self._store.value("version") is None:
            self._store.setValue("version", SETTINGS_VERSION)
        if "keys" in self._store.childGroups():  # version 1 kept a key per label that overrode the schema's
            self._store.remove("keys")
            self._store.setValue("version", SETTINGS_VERSION)

    # preferences
    @property
    def language(self) -> str:
        """``""`` follows the system locale; otherwise ``"ar"`` or ``"en"``."""
        return str(self._store.value("preferences/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("preferences/language", value)

    @property
    def annotator(self) -> str:
        """The annotator's name chosen in Preferences; ``""``: ``HASHIYA_ANNOTATOR``, else the login name."""
        return str(self._store.value("preferences/annotator", "") or "").strip()

    @annotator.setter
    def annotator(self, value: str) -> None:
        self._store.setValue("preferences/annotator", value.strip())

    @property
    def font_size(self) -> float:
        try:
            return float(self._store.value("preferences/font_size", DEFAULT_FONT_SIZE))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_FONT_SIZE

    @font_size.setter
    def font_size(self, value: float) -> None:
        self._store.setValue("preferences/font_size", float(value))

    @property
    def exact_selection(self) -> bool:
        """The exact-selection toggle: selections keep the characters chosen instead of snapping to words."""
        value = self._store.value("preferences/exact_selection", False)
        return value is True or str(value).lower() == "true"

    @exact_selection.setter
    def exact_selection(self, on: bool) -> None:
        self._store.setValue("preferences/exact_selection", bool(on))

    # state
    @property
    def last_document(self) -> int | None:
        value = self._store.value("state/last_document")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @last_document.setter
    def last_document(self, doc_id: int | None) -> None:
        self._store.setValue("state/last_document", "" if doc_id is None else doc_id)

    @property
    def last_export(self) -> tuple[str, str] | None:
        """The format and destination of the last export started from the window."""
        fmt, dest = self._store.value("state/export_format", ""), self._store.value("state/export_destination", "")
        return (str(fmt), str(dest)) if fmt and dest else None

    @last_export.setter
    def last_export(self, value: tuple[str, str]) -> None:
        self._store.setValue("state/export_format", value[0])
        self._store.setValue("state/export_destination", value[1])

    def recent_databases(self) -> list[str]:
        value = self._store.value("state/recent_databases", [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list | tuple) else []

    def add_recent_database(self, target: str) -> None:
        items = [target, *(v for v in self.recent_databases() if v != target)][:MAX_RECENT]
        self._store.setValue("state/recent_databases", items)

    def window_geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self, rtl: bool) -> QByteArray | None:
        """Dock layout, kept apart for each direction (docks are placed mirrored in Arabic)."""
        value = self._store.value("window/state_rtl" if rtl else "window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray, rtl: bool) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state_rtl" if rtl else "window/state", state)

    def sync(self) -> None:
        self._store.sync()
