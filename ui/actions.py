"""Every menu and toolbar action, created in one place and keyed by an enum."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from ui.i18n import isolate

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
    SEARCH = auto()
    ANNOTATE_ALL = auto()
    PREFERENCES = auto()
    EDIT_SCHEMA = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    DELETE = auto()
    NEXT_ANNOTATION = auto()
    PREVIOUS_ANNOTATION = auto()
    EDIT_FORM = auto()
    LINK_SOURCE = auto()
    MARK_CUE = auto()
    DONE_AND_NEXT = auto()
    REOPEN = auto()
    NEXT_DOCUMENT = auto()
    PREVIOUS_DOCUMENT = auto()
    EXACT_SELECTION = auto()
    START_EARLIER = auto()
    START_LATER = auto()
    END_LATER = auto()
    END_EARLIER = auto()
    START_EARLIER_CHAR = auto()
    START_LATER_CHAR = auto()
    END_LATER_CHAR = auto()
    END_EARLIER_CHAR = auto()
    SHORTCUTS = auto()
    USER_GUIDE = auto()
    ABOUT = auto()
    ABOUT_QT = auto()


def _texts() -> dict[Act, str]:
    return {
        Act.OPEN_DB: QCoreApplication.translate("actions", "&Open database…"),
        Act.NEW_DB: QCoreApplication.translate("actions", "&New database…"),
        Act.IMPORT: QCoreApplication.translate("actions", "&Import…"),
        Act.EXPORT: QCoreApplication.translate("actions", "&Export…"),
        Act.QUIT: QCoreApplication.translate("actions", "&Quit"),
        Act.FIND: QCoreApplication.translate("actions", "&Find…"),
        Act.FIND_NEXT: QCoreApplication.translate("actions", "Find &next"),
        Act.FIND_PREVIOUS: QCoreApplication.translate("actions", "Find &previous"),
        Act.SEARCH: QCoreApplication.translate("actions", "&Search all documents…"),
        Act.ANNOTATE_ALL: QCoreApplication.translate("actions", "Annotate &all like this…"),
        Act.PREFERENCES: QCoreApplication.translate("actions", "&Preferences…"),
        Act.EDIT_SCHEMA: QCoreApplication.translate("actions", "&Labels and schema…"),
        Act.ZOOM_IN: QCoreApplication.translate("actions", "Zoom &in"),
        Act.ZOOM_OUT: QCoreApplication.translate("actions", "Zoom &out"),
        Act.ZOOM_RESET: QCoreApplication.translate("actions", "&Reset zoom"),
        Act.DELETE: QCoreApplication.translate("actions", "&Delete annotation"),
        Act.NEXT_ANNOTATION: QCoreApplication.translate("actions", "Next annotation"),
        Act.PREVIOUS_ANNOTATION: QCoreApplication.translate("actions", "Previous annotation"),
        Act.EDIT_FORM: QCoreApplication.translate("actions", "Edit the annotation's &properties"),
        Act.LINK_SOURCE: QCoreApplication.translate("actions", "Link claim to its &source…"),
        Act.MARK_CUE: QCoreApplication.translate("actions", "Mark &cue of claim"),
        Act.DONE_AND_NEXT: QCoreApplication.translate("actions", "Mark done and go to &next"),
        Act.REOPEN: QCoreApplication.translate("actions", "&Reopen document"),
        Act.NEXT_DOCUMENT: QCoreApplication.translate("actions", "Next document"),
        Act.PREVIOUS_DOCUMENT: QCoreApplication.translate("actions", "Previous document"),
        Act.EXACT_SELECTION: QCoreApplication.translate("actions", "E&xact selection (no snapping to words)"),
        Act.START_EARLIER: QCoreApplication.translate("actions", "Span start one word earlier"),
        Act.START_LATER: QCoreApplication.translate("actions", "Span start one word later"),
        Act.END_LATER: QCoreApplication.translate("actions", "Span end one word later"),
        Act.END_EARLIER: QCoreApplication.translate("actions", "Span end one word earlier"),
        Act.START_EARLIER_CHAR: QCoreApplication.translate("actions", "Span start one character earlier"),
        Act.START_LATER_CHAR: QCoreApplication.translate("actions", "Span start one character later"),
        Act.END_LATER_CHAR: QCoreApplication.translate("actions", "Span end one character later"),
        Act.END_EARLIER_CHAR: QCoreApplication.translate("actions", "Span end one character earlier"),
        Act.SHORTCUTS: QCoreApplication.translate("actions", "&Keyboard shortcuts"),
        Act.USER_GUIDE: QCoreApplication.translate("actions", "&User guide"),
        Act.ABOUT: QCoreApplication.translate("actions", "&About Hashiya"),
        Act.ABOUT_QT: QCoreApplication.translate("actions", "About &Qt"),
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
    Act.SEARCH: ["Ctrl+Shift+F"],
    Act.ANNOTATE_ALL: ["Ctrl+Shift+A"],
    Act.PREFERENCES: [StdKey.Preferences, "Ctrl+,"],
    Act.ZOOM_IN: [StdKey.ZoomIn, "Ctrl+=", "Ctrl++"],
    Act.ZOOM_OUT: [StdKey.ZoomOut, "Ctrl+-"],
    Act.ZOOM_RESET: ["Ctrl+0"],
    Act.DELETE: [StdKey.Delete, "Backspace"],
    Act.EDIT_FORM: ["F2"],
    Act.LINK_SOURCE: ["S"],
    Act.MARK_CUE: ["C"],
    Act.DONE_AND_NEXT: ["Ctrl+Return", "Ctrl+Enter"],
    Act.REOPEN: ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"],
    Act.NEXT_DOCUMENT: ["Ctrl+PgDown"],
    Act.SHORTCUTS: ["Ctrl+/"],
    Act.EXACT_SELECTION: ["Ctrl+Shift+E"],
    # a span's edges, in the direction of the arrow on screen (the text is right-to-left: its start is on the
    # right): Alt+arrows move the start, Alt+Shift+arrows the end; with Ctrl by one character
    Act.START_EARLIER: ["Alt+Right"],
    Act.START_LATER: ["Alt+Left"],
    Act.END_LATER: ["Alt+Shift+Left"],
    Act.END_EARLIER: ["Alt+Shift+Right"],
    Act.START_EARLIER_CHAR: ["Ctrl+Alt+Right"],
    Act.START_LATER_CHAR: ["Ctrl+Alt+Left"],
    Act.END_LATER_CHAR: ["Ctrl+Alt+Shift+Left"],
    Act.END_EARLIER_CHAR: ["Ctrl+Alt+Shift+Right"],
    Act.USER_GUIDE: [StdKey.HelpContents, "F1"],
    Act.PREVIOUS_DOCUMENT: ["Ctrl+PgUp"],
}


def _sequences(keys: list[QKeySequence | StdKey | str]) -> list[QKeySequence]:
    result: list[QKeySequence] = []
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, StdKey) else [QKeySequence(key)]
        result.extend(seq for seq in found if not seq.isEmpty() and seq not in result)
    return result


def build_actions(parent: QObject) -> dict[Act, QAction]:
    actions: dict[Act, QAction] = {}
    for act in Act:
        action = QAction(parent)
        action.setObjectName(f"action_{act.name.lower()}")
        action.setShortcuts(_sequences(_SHORTCUTS.get(act, [])))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        actions[act] = action
    retranslate_actions(actions)
    actions[Act.QUIT].setMenuRole(QAction.MenuRole.QuitRole)
    actions[Act.PREFERENCES].setMenuRole(QAction.MenuRole.PreferencesRole)
    actions[Act.ABOUT].setMenuRole(QAction.MenuRole.AboutRole)
    return actions


def retranslate_actions(actions: dict[Act, QAction]) -> None:
    """Give the actions their texts in the current language (at creation and on a language change)."""
    texts = _texts()
    texts[Act.NEXT_ANNOTATION] += "\tTab"
    texts[Act.PREVIOUS_ANNOTATION] += "\tShift+Tab"
    for act, action in actions.items():
        action.setText(texts[act])


def label_action(parent: QObject, label: str, key: str, shown: str = "") -> QAction:
    """``1 Actor``: labels the selection, or relabels the selected annotation; ``shown`` is the label's
    display name in the interface language (its name when empty)."""
    action = QAction(parent)
    action.setObjectName(f"label_{label}")
    action.setShortcut(QKeySequence(key) if key else QKeySequence())
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    retranslate_label_action(action, shown or label)
    return action


def retranslate_label_action(action: QAction, shown: str) -> None:
    """The texts of a label's action, with ``shown`` the label's display name in the language of the moment."""
    key = action.shortcut().toString()
    action.setText(shown)
    action.setIconText(f"{key} {shown}" if key else shown)
    action.setToolTip(
        QCoreApplication.translate("actions", "Label the selection as %1 (%2)")
        .replace("%1", shown)
        .replace("%2", isolate(key) if key else "—")
    )


class StackAction(QAction):
    """Undo or redo on a ``QUndoStack``: "Undo add ACTOR «…»", in the language of the moment.

    (``QUndoStack.createUndoAction`` fixes its prefix when it is created, so it cannot follow a switch.)
    """

    def __init__(self, stack: QUndoStack, redo: bool, parent: QObject) -> None:
        super().__init__(parent)
        self._redo = redo
        self._stack: QUndoStack | None = stack
        stack.destroyed.connect(self.on_stack_destroyed)  # the window (and this action) may outlive it
        self._text = stack.redoText() if redo else stack.undoText()
        self.setShortcuts(QKeySequence.keyBindings(StdKey.Redo if redo else StdKey.Undo))
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(self.setEnabled)
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(self.on_text_changed)
        self.triggered.connect(stack.redo if redo else stack.undo)
        self.retranslate()

    def on_stack_destroyed(self) -> None:
        self._stack = None

    def on_text_changed(self, text: str) -> None:
        self._text = text
        self._show()

    def retranslate(self) -> None:
        """Re-read the step's text too: ``retranslate_stack`` changes it without telling the stack."""
        if self._stack is not None:
            self._text = self._stack.redoText() if self._redo else self._stack.undoText()
        self._show()

    def _show(self) -> None:
        prefix = (
            QCoreApplication.translate("actions", "Redo")
            if self._redo
            else QCoreApplication.translate("actions", "Undo")
        )
        self.setText(f"{prefix} {self._text}" if self._text else prefix)
