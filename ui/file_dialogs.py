"""Every file dialog of the workbench: Qt's own dialog, whose icons and type names come from file names only.

Qt's default icon provider tells a file's type by reading its first bytes (QMimeDatabase content sniffing):
listing the database's folder opened and closed ``x.sqlite``, ``-wal`` and ``-shm`` in this process, and
closing any descriptor of a file drops all of the process's POSIX locks on it (SQLite's "How To Corrupt An
SQLite Database File", 2.2). Another process then took the GUI for gone, checkpointed and deleted the WAL,
and the GUI's next commits went to the deleted file. So no dialog may read the files it lists: always the
non-native :class:`FileDialog` (a native one brings its own sniffing) with :class:`NameOnlyIconProvider`.
``tests/ui/test_dialog_locks.py`` checks the locks survive, and that no other ui module makes a QFileDialog.
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

_MIME = QMimeDatabase()
_IconType = QAbstractFileIconProvider.IconType


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name alone: never opens a listed file."""

    def icon(self, what: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:
        if not isinstance(what, QFileInfo):
            return super().icon(what)
        if what.isRoot():
            return super().icon(_IconType.Drive)
        if what.isDir():
            return super().icon(_IconType.Folder)
        themed = QIcon.fromTheme(
            _MIME.mimeTypeForFile(what.fileName(), QMimeDatabase.MatchMode.MatchExtension).iconName()
        )
        return super().icon(_IconType.File) if themed.isNull() else themed

    def type(self, info: QFileInfo) -> str:
        if not info.isFile():  # Qt reads the content of files only: "Folder", "Shortcut"...
            return super().type(info)
        mime = _MIME.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment() or mime.name()


class FileDialog(QFileDialog):
    """A non-native QFileDialog with :class:`NameOnlyIconProvider`; ``directory`` may end in a file name to
    suggest."""

    def __init__(self, parent: QWidget | None, caption: str, directory: str = "", filters: str = "") -> None:
        super().__init__(parent, caption, directory, filters)
        self.setOption(QFileDialog.Option.DontUseNativeDialog)
        self.icons = NameOnlyIconProvider()  # the dialog does not own its provider: keep it with the dialog
        self.setIconProvider(self.icons)

    def chosen(self) -> list[str]:
        """Run the dialog (modal) and return the selected paths, none when cancelled; the dialog is then freed."""
        accepted = self.exec()
        paths = self.selectedFiles() if accepted else []
        self.deleteLater()
        return paths


def open_file_names(parent: QWidget | None, caption: str, filters: str) -> tuple[list[str], str]:
    """Like QFileDialog.getOpenFileNames: the chosen existing files and the name filter shown."""
    dialog = FileDialog(parent, caption, "", filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    paths = dialog.chosen()
    return paths, dialog.selectedNameFilter() if paths else ""


def open_file_name(parent: QWidget | None, caption: str, filters: str) -> str:
    """Like QFileDialog.getOpenFileName: one existing file, or "" when cancelled."""
    dialog = FileDialog(parent, caption, "", filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return next(iter(dialog.chosen()), "")


def save_file_name(parent: QWidget | None, caption: str, suggested: str, filters: str = "") -> str:
    """Like QFileDialog.getSaveFileName: the file to write (Qt asks before overwriting), or ""."""
    dialog = FileDialog(parent, caption, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return next(iter(dialog.chosen()), "")


def existing_directory(parent: QWidget | None, caption: str) -> str:
    """Like QFileDialog.getExistingDirectory: a folder, or "" when cancelled."""
    dialog = FileDialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return next(iter(dialog.chosen()), "")
