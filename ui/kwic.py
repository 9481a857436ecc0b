"""Keyword in context: hits as rows of a table read right to left, the words before the hit, the hit (bold, on
a highlight) and the words after, then the document; shared by the search panel and the annotate-all preview.

A row is any object with ``doc_id``, ``start``, ``end``, ``text``, ``left``, ``right`` and ``title`` (a
``SearchHit`` of the search service, a ``Place`` of annotate-all)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.i18n import tr

BEFORE, HIT, AFTER, DOCUMENT = range(4)
HIT_BACKGROUND = QColor("#fff2a8")
Index = QModelIndex | QPersistentModelIndex


class Hit(Protocol):
    doc_id: int
    start: int
    end: int
    text: str
    left: str
    right: str
    title: str


def _one_line(text: str) -> str:
    return " ".join(text.split())


class KwicModel(QAbstractTableModel):
    """The hits; the columns after ``DOCUMENT`` are a subclass's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Any] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_hits(self, hits: Sequence[Any]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> Any:
        return self.hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {BEFORE: tr("Before"), HIT: tr("Match"), AFTER: tr("After"), DOCUMENT: tr("Document")}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit, column = self.hits[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == BEFORE:
                return _one_line(hit.left)
            if column == HIT:
                return _one_line(hit.text)
            if column == AFTER:
                return _one_line(hit.right)
            if column == DOCUMENT:
                return hit.title or f"#{hit.doc_id}"
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            # the view reads right to left: the words before the hit sit at its right, hugging it
            if column == BEFORE:
                return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            if column == HIT:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.FontRole and column == HIT:
            return self._bold
        elif role == Qt.ItemDataRole.BackgroundRole and column == HIT:
            return HIT_BACKGROUND
        elif role == Qt.ItemDataRole.ToolTipRole and column in (BEFORE, HIT, AFTER):
            return _one_line(f"{hit.left}{hit.text}{hit.right}")
        return None


class KwicView(QTableView):
    """A table laid out right to left whatever the interface language (the text is Arabic)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HIT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        for column in range(DOCUMENT, self.model().columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 160)
