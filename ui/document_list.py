"""The document list: a lazy table over an id list, with summaries fetched a page at a time.

The id list of 100,000 documents costs one query and ~1 MB; titles, statuses and counts are read
only for rows that are painted, ``PAGE`` rows per query, and kept in a bounded cache.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from app.dto import DocumentSummary
from app.services import Workspace

PAGE = 200
CACHE_LIMIT = 20_000
Index = QModelIndex | QPersistentModelIndex


def status_text(status: str) -> str:
    names = {
        "new": QCoreApplication.translate("status", "new"),
        "in_progress": QCoreApplication.translate("status", "in progress"),
        "done": QCoreApplication.translate("status", "done"),
    }
    return names.get(status, status)


class DocumentListModel(QAbstractTableModel):
    TITLE, STATUS, COUNT = range(3)

    def __init__(self, ws: Workspace | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._ids: list[int] = []
        self._cache: dict[int, DocumentSummary] = {}
        self._filter = ""
        if ws is not None:
            self.reload()

    def set_workspace(self, ws: Workspace | None) -> None:
        self._ws = ws
        self.reload()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._cache.clear()
        self._ids = self._ws.documents.ids(title_filter=self._filter or None) if self._ws else []
        self.endResetModel()

    def refresh(self, doc_id: int) -> None:
        """Re-read one document's summary (its status or annotation count changed)."""
        self._cache.pop(doc_id, None)
        row = self.row_of(doc_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COUNT))

    def row_of(self, doc_id: int) -> int | None:
        row = bisect_left(self._ids, doc_id)
        return row if row < len(self._ids) and self._ids[row] == doc_id else None

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def summary(self, row: int) -> DocumentSummary | None:
        doc_id = self._ids[row]
        found = self._cache.get(doc_id)
        if found is None and self._ws is not None:
            if len(self._cache) > CACHE_LIMIT:
                self._cache.clear()
            first = row - row % PAGE
            for item in self._ws.documents.summaries(self._ids[first:first + PAGE]):
                self._cache[item.id] = item
            found = self._cache.get(doc_id)
        return found

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COUNT:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        item = self.summary(index.row())
        if item is None:
            return None
        if index.column() == self.TITLE:
            title = item.title.strip() or f"#{item.id}"
            return title if role == Qt.ItemDataRole.DisplayRole else f"#{item.id} {title}"
        if index.column() == self.STATUS:
            return status_text(item.status)
        return item.annotation_count

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Title"), self.tr("Status"), self.tr("Spans"))[section]
        return None


class DocumentListPanel(QWidget):
    """Filter box and list. Signal ``document_activated`` (document id)."""

    document_activated = Signal(int)

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter by title…"))
        self.filter_box.setClearButtonEnabled(True)
        self.view = QTreeView(self)
        self.view.setObjectName("documentList")
        self.view.setModel(model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)  # lets the view skip measuring 100,000 rows
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DocumentListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DocumentListModel.STATUS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(DocumentListModel.COUNT, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(DocumentListModel.STATUS, 90)
        header.resizeSection(DocumentListModel.COUNT, 56)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.on_filter_settled)
        self.filter_box.textChanged.connect(self._debounce.start)
        self.view.activated.connect(self.on_activated)
        self.view.clicked.connect(self.on_activated)

    def on_filter_settled(self) -> None:
        self.model.set_filter(self.filter_box.text())

    def on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.document_activated.emit(self.model.id_at(index.row()))

    def show_document(self, doc_id: int | None) -> None:
        """Select ``doc_id``'s row without emitting ``document_activated``."""
        row = self.model.row_of(doc_id) if doc_id is not None else None
        if row is None:
            self.view.clearSelection()
            return
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
