"""Every menu and toolbar action, created in one place and keyed by an enum."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

StdKey = QKeySequence.StandardKey


class Act(Enum):
    OPEN_DB = auto()
    NEW_DB = auto()
    IMPORT = auto()
    EXPORT = auto()
    QUIT = auto()
    FIND = auto()
    FIND_NEXT = auto()
    FIND_PREVIOUS = auto()
    PREFERENCES = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    DELETE = auto()
    NEXT_ANNOTATION = auto()
    PREVIOUS_ANNOTATION = auto()
    LINK_SOURCE = auto()
    MARK_CUE = auto()
    DONE_AND_NEXT = auto()
    NEXT_DOCUMENT = auto()
    PREVIOUS_DOCUMENT = auto()
    ABOUT = auto()
    ABOUT_QT = auto()


def _texts() -> dict[Act, str]:
    t = QCoreApplication.translate
    return {
        Act.OPEN_DB: t("actions", "&Open database…"),
        Act.NEW_DB: t("actions", "&New database…"),
        Act.IMPORT: t("actions", "&Import…"),
        Act.EXPORT: t("actions", "&Export…"),
        Act.QUIT: t("actions", "&Quit"),
        Act.FIND: t("actions", "&Find…"),
        Act.FIND_NEXT: t("actions", "Find &next"),
        Act.FIND_PREVIOUS: t("actions", "Find &previous"),
        Act.PREFERENCES: t("actions", "&Preferences…"),
        Act.ZOOM_IN: t("actions", "Zoom &in"),
        Act.ZOOM_OUT: t("actions", "Zoom &out"),
        Act.ZOOM_RESET: t("actions", "&Reset zoom"),
        Act.DELETE: t("actions", "&Delete annotation"),
        Act.NEXT_ANNOTATION: t("actions", "Next annotation"),
        Act.PREVIOUS_ANNOTATION: t("actions", "Previous annotation"),
        Act.LINK_SOURCE: t("actions", "Link claim to its &source…"),
        Act.MARK_CUE: t("actions", "Mark &cue of claim"),
        Act.DONE_AND_NEXT: t("actions", "Mark done and go to &next"),
        Act.NEXT_DOCUMENT: t("actions", "Next document"),
        Act.PREVIOUS_DOCUMENT: t("actions", "Previous document"),
        Act.ABOUT: t("actions", "&About Hashiya"),
        Act.ABOUT_QT: t("actions", "About &Qt"),
    }


_SHORTCUTS: dict[Act, list[QKeySequence | StdKey | str]] = {
    Act.OPEN_DB: [StdKey.Open],
    Act.NEW_DB: [StdKey.New],
    Act.IMPORT: ["Ctrl+I"],
    Act.EXPORT: ["Ctrl+E"],
    Act.QUIT: [StdKey.Quit, "Ctrl+Q"],
    Act.FIND: [StdKey.Find],
    Act.FIND_NEXT: [StdKey.FindNext, "F3"],
    Act.FIND_PREVIOUS: [StdKey.FindPrevious, "Shift+F3"],
    Act.PREFERENCES: [StdKey.Preferences, "Ctrl+,"],
    Act.ZOOM_IN: [StdKey.ZoomIn, "Ctrl+=", "Ctrl++"],
    Act.ZOOM_OUT: [StdKey.ZoomOut, "Ctrl+-"],
    Act.ZOOM_RESET: ["Ctrl+0"],
    Act.DELETE: [StdKey.Delete, "Backspace"],
    Act.LINK_SOURCE: ["S"],
    Act.MARK_CUE: ["C"],
    Act.DONE_AND_NEXT: ["Ctrl+Return", "Ctrl+Enter"],
    Act.NEXT_DOCUMENT: ["Ctrl+PgDown"],
    Act.PREVIOUS_DOCUMENT: ["Ctrl+PgUp"],
}


def _sequences(keys: list[QKeySequence | StdKey | str]) -> list[QKeySequence]:
    result: list[QKeySequence] = []
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, StdKey) else [QKeySequence(key)]
        result.extend(seq for seq in found if not seq.isEmpty() and seq not in result)
    return result


def build_actions(parent: QObject) -> dict[Act, QAction]:
    texts = _texts()
    actions: dict[Act, QAction] = {}
    for act in Act:
        action = QAction(texts[act], parent)
        action.setObjectName(f"action_{act.name.lower()}")
        action.setShortcuts(_sequences(_SHORTCUTS.get(act, [])))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        actions[act] = action
    actions[Act.NEXT_ANNOTATION].setText(texts[Act.NEXT_ANNOTATION] + "\tTab")
    actions[Act.PREVIOUS_ANNOTATION].setText(texts[Act.PREVIOUS_ANNOTATION] + "\tShift+Tab")
    actions[Act.QUIT].setMenuRole(QAction.MenuRole.QuitRole)
    actions[Act.PREFERENCES].setMenuRole(QAction.MenuRole.PreferencesRole)
    actions[Act.ABOUT].setMenuRole(QAction.MenuRole.AboutRole)
    return actions


def label_action(parent: QObject, label: str, key: str) -> QAction:
    """``1 ACTOR``: labels the selection, or relabels the selected annotation."""
    action = QAction(label, parent)
    action.setObjectName(f"label_{label}")
    action.setShortcut(QKeySequence(key) if key else QKeySequence())
    action.setToolTip(QCoreApplication.translate("actions", "Label the selection as %1 (%2)")
                      .replace("%1", label).replace("%2", key or "—"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return action
