"""The open document's annotations in reading order (label, text, source), lazily drawn."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from app.changes import ChangeSet
from app.dto import AnnotationData
from ui.document_list import table_view
from ui.open_document import OpenDocument, reading_key

Index = QModelIndex | QPersistentModelIndex
GREY = QColor("#888888")


class AnnotationListModel(QAbstractListModel):
    """Rows follow the document's reading order; single changes insert or remove one row, so a
    list of 10,000 annotations is never rebuilt on a key press. Until the first change the rows are
    the document's rows as read, whose ``AnnotationData`` are built only for the rows drawn.

    Changes are applied when the event loop is next free (``flush`` applies them at once): a row
    inserted above the visible ones repaints the whole list, which would hold back the highlight."""

    def __init__(self, doc: OpenDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._items: Sequence[AnnotationData] = []
        self.colours: dict[str, QColor] = {}  # each label's colour, from the schema
        self.shown: dict[str, str] = {}  # each label's display name
        self.claim_like: frozenset[str] = frozenset()  # labels that take a source (schema: ``source``'s from end)
        self._pending: list[tuple[Callable[..., None], tuple[AnnotationData, ...]]] = []
        self._flush_due = QTimer(self, singleShot=True, interval=0)
        self._flush_due.timeout.connect(self.flush)
        doc.loaded.connect(self.on_loaded)
        doc.changed.connect(self.on_document_changed)

    def on_loaded(self) -> None:
        self._pending.clear()
        self.beginResetModel()
        self._items = self._doc.rows()
        self.endResetModel()

    def _list(self) -> list[AnnotationData]:
        if not isinstance(self._items, list):
            self._items = list(self._items)
        return self._items

    def on_document_changed(self, change: ChangeSet) -> None:
        """Rows follow the edit (removed, changed, then added, as ``OpenDocument.apply`` did them)."""
        for ann in change.removed:
            self._queue(self.remove_row, ann)
        for before, after in change.changed:
            self._queue(self.change_row, before, after)
        for ann in change.added:
            self._queue(self.insert_row, ann)
        if change.touches_relations():
            self.on_relations_changed()

    def _queue(self, change: Callable[..., None], *args: AnnotationData) -> None:
        self._pending.append((change, args))
        self._flush_due.start()

    def flush(self) -> None:
        pending, self._pending = self._pending, []
        for change, args in pending:
            change(*args)

    def insert_row(self, ann: AnnotationData) -> None:
        items = self._list()
        row = bisect_right(items, reading_key(ann), key=reading_key)  # after its ties, like the read order
        self.beginInsertRows(QModelIndex(), row, row)
        items.insert(row, ann)
        self.endInsertRows()

    def remove_row(self, ann: AnnotationData) -> None:
        row = self._row(ann.id, ann)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._list()[row]
        self.endRemoveRows()

    def change_row(self, before: AnnotationData, after: AnnotationData) -> None:
        row = self._row(before.id, before)
        if row is not None and reading_key(before) == reading_key(after):
            self._list()[row] = after
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return
        self.remove_row(before)
        self.insert_row(after)

    def set_labels(
        self, colours: dict[str, QColor], shown: dict[str, str], claim_like: frozenset[str] = frozenset()
    ) -> None:
        """The schema's colours and display names of the labels (after it changed), and the labels that stand
        at the source end of the ``source`` relation type (their rows name their source)."""
        self.colours, self.shown, self.claim_like = dict(colours), dict(shown), claim_like
        self.on_relations_changed()

    def on_relations_changed(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def row_of(self, ann_id: str, ann: AnnotationData | None = None) -> int | None:
        """The row of an annotation once the pending changes are applied."""
        self.flush()
        return self._row(ann_id, ann)

    def _row(self, ann_id: str, ann: AnnotationData | None = None) -> int | None:
        ann = ann or self._doc.annotations.get(ann_id)
        if ann is None:
            return None
        items, key = self._items, reading_key(ann)
        row = bisect_left(items, key, key=reading_key)
        while row < len(items) and reading_key(items[row]) == key:
            if items[row].id == ann_id:
                return row
            row += 1
        return None

    def line(self, ann: AnnotationData) -> str:
        """``CLAIM ← source · text``; Arabic pieces are isolated (FSI…PDI) so that numbers and brackets
        keep their order inside a left-to-right line, and the other way round."""
        text = " ".join(ann.text.split())
        if len(text) > 60:
            text = text[:59] + "…"
        head = self.shown.get(ann.label, ann.label)
        source = self._doc.source_of(ann.id) if ann.label in self.claim_like else None
        if source is not None:
            head += f" ← \u2068{source.text}\u2069"
        return f"{head} · \u2068{text}\u2069"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        ann = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.line(ann)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.colours.get(ann.label, GREY)
        if role == Qt.ItemDataRole.UserRole:
            return ann.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{ann.label} [{ann.start}, {ann.end})"
        return None


class AnnotationsPanel(QWidget):
    """Signal ``annotation_chosen`` (annotation id) when the user picks a row."""

    annotation_chosen = Signal(str)

    def __init__(self, doc: OpenDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AnnotationListModel(doc, self)
        self.view = table_view(self)  # list and tree views visit all 10,000 rows on every insert
        self.view.setObjectName("annotationList")
        self.view.setModel(self.model)
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.clicked.connect(self.on_clicked)
        self.view.activated.connect(self.on_clicked)
        # The list follows the selection when the event loop is next free: scrolling it repaints ~30
        # rows of Arabic text, which would otherwise hold back the highlight of a label key press.
        self._doc = doc
        self._follow_due = QTimer(self, singleShot=True, interval=0)
        self._follow_due.timeout.connect(self.on_follow_due)
        doc.selection_changed.connect(self.on_selection_changed)

    def on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.annotation_chosen.emit(index.data(Qt.ItemDataRole.UserRole))

    def on_selection_changed(self, _ann_id: str | None) -> None:
        self._follow_due.start()

    def on_follow_due(self) -> None:
        ann_id = self._doc.selected
        row = self.model.row_of(ann_id) if ann_id else None
        if row is None:
            self.view.clearSelection()
            return
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
