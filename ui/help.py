"""The Help menu's windows: the keyboard shortcuts (read from the actions and the schema's labels, so they
follow the user's key choices), About with the version, and the user guide (the bundled markdown)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.paths import resources_dir
from app.schema.model import Schema
from ui.actions import Act
from ui.i18n import current_language
from ui.schema_state import display_name

translate = QCoreApplication.translate  # literal calls: pyside6-lupdate reads the context and text
GUIDE = Path("guide") / "user-guide.md"  # under resources/: a copy of docs/user-guide.md (tests/ui/test_help.py)
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def fixed_keys() -> list[tuple[str, str]]:
    """Keys the reading view and the form handle themselves (no action holds them)."""
    return [
        (translate("help", "Next annotation / previous annotation (in the text)"), "Tab / Shift+Tab"),
        (translate("help", "Into the selected annotation's form"), "Enter"),
        (translate("help", "Back to the text; clear the selection; cancel linking"), "Esc"),
        (translate("help", "Select a whole word"), translate("help", "Double-click")),
        (translate("help", "Select exactly, without snapping to words"), translate("help", "Alt+drag")),
        (
            translate("help", "Take the proclitic in, or leave it out (ACTOR, FIGURE)"),
            translate("help", "The label key again"),
        ),
        (translate("help", "Move an edge of the selected highlight"), translate("help", "Drag the edge")),
        (translate("help", "Go one level deeper in nested annotations"), translate("help", "Click again")),
        (translate("help", "Zoom the text"), translate("help", "Ctrl+wheel")),
        (translate("help", "The menu of a highlight"), translate("help", "Right-click")),
    ]


def shortcut_rows(
    actions: dict[Act, QAction], label_actions: dict[str, QAction], schema: Schema, undo_redo: tuple[QAction, ...] = ()
) -> list[tuple[str, str]]:
    """(what, keys) for every label of ``schema`` with the key it has now, every action with a key, and the
    fixed keys: what Help → Keyboard shortcuts lists."""
    native = QKeySequence.SequenceFormat.NativeText
    rows = []
    for label in schema.labels:
        action = label_actions.get(label.name)
        key = action.shortcut().toString(native) if action is not None else ""
        shown = display_name(label.display, label.name)
        rows.append((translate("help", "Label as %1").replace("%1", shown), key or "—"))
    names = [translate("help", "Undo"), translate("help", "Redo")]
    named = list(zip(names, undo_redo, strict=False))
    named += [(action.text().split("\t")[0].replace("&", ""), action) for action in actions.values()]
    for what, action in named:  # (the undo action's text names the step: "Undo add ACTOR «…»")
        keys = ", ".join(seq.toString(native) for seq in action.shortcuts())
        if keys:
            rows.append((what, keys))
    return rows + fixed_keys()


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("help", "Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([translate("help", "What"), translate("help", "Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)


def about_text() -> str:
    return (
        translate(
            "help",
            "<h3>Hashiya — حاشية %1</h3><p>An offline workbench for marking actors, claims "
            "and figures in Arabic news.</p><p>Every change is saved the moment you make it.</p>"
            "<p>Fonts: Noto Naskh Arabic and Noto Sans (SIL Open Font License).</p>"
            "<p>Qt for Python %2.</p>",
        )
        .replace("%1", __version__)
        .replace("%2", pyside_version)
    )


def guide_markdown(folder: Path | None = None, language: str | None = None) -> str:
    """The bundled guide in the interface language (Arabic: ``user-guide.ar.md``); an image the bundle does
    not hold (the screenshots live in docs/) is left out."""
    base = (folder or resources_dir()) / GUIDE
    if (language or current_language()) == "ar" and base.with_suffix(".ar.md").is_file():
        base = base.with_suffix(".ar.md")
    text = base.read_text(encoding="utf-8")
    docs = Path(__file__).resolve().parent.parent / "docs"

    def image(match: re.Match[str]) -> str:
        found = next((d / match.group(1) for d in (base.parent, docs) if (d / match.group(1)).is_file()), None)
        return match.group(0).replace(match.group(1), found.as_uri()) if found else ""

    return _IMAGE.sub(image, text)


class GuideDialog(QDialog):
    """Help → User guide: the markdown of ``resources/guide/user-guide.md`` in a ``QTextBrowser``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(translate("help", "Hashiya user guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_markdown())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(860, 760)
