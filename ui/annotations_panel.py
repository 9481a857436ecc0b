"""The open document's annotations in reading order (label, text, source), lazily drawn."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from ui.open_document import OpenDocument

Index = QModelIndex | QPersistentModelIndex
LABEL_COLOURS = {"ACTOR": QColor("#f4a261"), "CLAIM": QColor("#2a9d8f"), "FIGURE": QColor("#d62828")}


class AnnotationListModel(QAbstractListModel):
    def __init__(self, doc: OpenDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._rows: dict[str, int] | None = None
        for signal in (doc.loaded, doc.annotation_added, doc.annotation_changed, doc.annotation_removed,
                       doc.relations_changed):
            signal.connect(self.on_document_changed)

    def on_document_changed(self, *_args: object) -> None:
        self.beginResetModel()
        self._rows = None
        self.endResetModel()

    def row_of(self, ann_id: str) -> int | None:
        if self._rows is None:
            self._rows = {a.id: i for i, a in enumerate(self._doc.ordered())}
        return self._rows.get(ann_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._doc.annotations)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        ann = self._doc.ordered()[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(ann.text.split())
            if len(text) > 60:
                text = text[:59] + "…"
            line = f"{ann.label} · {text}"
            source = self._doc.source_of(ann.id) if ann.label == "CLAIM" else None
            if source is not None:
                line += f"  ← {source.text}"
            return line
        if role == Qt.ItemDataRole.DecorationRole:
            return LABEL_COLOURS.get(ann.label, QColor("#888888"))
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
        self.view = QListView(self)
        self.view.setObjectName("annotationList")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.clicked.connect(self.on_clicked)
        self.view.activated.connect(self.on_clicked)
        doc.selection_changed.connect(self.on_selection_changed)

    def on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.annotation_chosen.emit(index.data(Qt.ItemDataRole.UserRole))

    def on_selection_changed(self, ann_id: str | None) -> None:
        row = self.model.row_of(ann_id) if ann_id else None
        if row is None:
            self.view.clearSelection()
            return
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
