"""The document list: a lazy table that knows only the row count and the pages it has painted.

Summaries (title, status, annotation count) are read ``PAGE`` rows at a time by position, and kept in
a bounded cache; no list of all ids is ever built, so 100,000 documents open as fast as 100.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.dto import DocumentSummary
from ui.i18n import number as format_number

if TYPE_CHECKING:  # SQLAlchemy stays unloaded until a workspace is attached (first paint comes first)
    from app.services import Workspace

PAGE = 200
CACHE_PAGES = 100
Index = QModelIndex | QPersistentModelIndex


class ListSource(Protocol):
    """Where the list reads: a database (``app.services.listing.Listing``) or the start-up view."""

    def count(self, title_filter: str | None = None) -> int: ...
    def page(self, offset: int, limit: int, title_filter: str | None = None) -> list[DocumentSummary]: ...
    def position(self, doc_id: int, title_filter: str | None = None) -> int | None: ...


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
        self._source: ListSource | None = None
        self._count = 0
        self._pages: dict[int, list[DocumentSummary]] = {}
        self._filter = ""
        if ws is not None:
            self.set_workspace(ws)

    def set_workspace(self, ws: Workspace | None) -> None:
        from app.services.listing import Listing

        self.set_source(Listing(ws.db) if ws is not None else None)

    def set_source(self, source: ListSource | None) -> None:
        self._source = source
        self.reload()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self._source.count(self._filter or None) if self._source else 0
        self.endResetModel()

    def refresh(self, doc_id: int) -> None:
        """Re-read one document's summary (its status or annotation count changed)."""
        for number, rows in list(self._pages.items()):
            for offset, item in enumerate(rows):
                if item.id == doc_id:
                    del self._pages[number]
                    row = number * PAGE + offset
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.COUNT))
                    return

    def row_of(self, doc_id: int) -> int | None:
        for number, rows in self._pages.items():
            for offset, item in enumerate(rows):
                if item.id == doc_id:
                    return number * PAGE + offset
        return self._source.position(doc_id, self._filter or None) if self._source else None

    def id_at(self, row: int) -> int:
        item = self.summary(row)
        if item is None:
            raise IndexError(row)
        return item.id

    def summary(self, row: int) -> DocumentSummary | None:
        if self._source is None or not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE)
        rows = self._pages.get(number)
        if rows is None:
            if len(self._pages) >= CACHE_PAGES:
                self._pages.clear()
            rows = self._pages[number] = self._source.page(number * PAGE, PAGE, self._filter or None)
        return rows[offset] if offset < len(rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.UserRole:
            item = self.summary(index.row())
            return item.id if item else None
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
        return format_number(item.annotation_count)  # a string: a view would give an int the locale's digits

    def retranslate(self) -> None:
        """Headers and status names are translated when asked for: ask the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, self.STATUS), self.index(self._count - 1, self.STATUS))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Title"), self.tr("Status"), self.tr("Spans"))[section]
        return None


def table_view(parent: QWidget) -> QTableView:
    """A list-like table whose cost does not grow with the number of rows."""
    view = QTableView(parent)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    return view


class DocumentListPanel(QWidget):
    """Filter box and list. Signal ``document_activated`` (document id)."""

    document_activated = Signal(int)

    def __init__(self, model: DocumentListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter by title…"))
        self.filter_box.setClearButtonEnabled(True)
        # A table view: QTreeView and QListView visit every row (a Python call each) when laid out
        self.view = table_view(self)
        self.view.setObjectName("documentList")
        self.view.setModel(model)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DocumentListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DocumentListModel.STATUS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(DocumentListModel.COUNT, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(DocumentListModel.STATUS, 84)
        header.resizeSection(DocumentListModel.COUNT, 48)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.on_filter_settled)
        self.filter_box.textChanged.connect(self._debounce.start)
        self.view.activated.connect(self.on_activated)
        self.view.clicked.connect(self.on_activated)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.filter_box.setPlaceholderText(self.tr("Filter by title…"))
            self.model.retranslate()
        super().changeEvent(event)

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
