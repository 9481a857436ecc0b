"""The preview of annotate all: every other match of the selected annotation's text, in this document or in
the whole corpus, as a keyword-in-context list with a check box per place, its document and whether the label
already covers it (those are shown, not offered). Apply labels the checked places as one undo step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.commands import quoted
from ui.i18n import isolate, tr
from ui.kwic import BEFORE, KwicModel, KwicView

STATE = 4  # the column after the document's: new, or already labelled
LABELLED = QColor("#8a8a8a")
Index = QModelIndex | QPersistentModelIndex
Finder = Callable[[bool], Sequence[Any]]  # whole corpus? -> places


class PlacesModel(KwicModel):
    """The places, a check box on each place the label does not cover yet (all checked at first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.checked: list[bool] = []
        self.open_doc: int | None = None

    def set_hits(self, hits: Sequence[Any]) -> None:
        self.checked = [not place.labelled for place in hits]
        super().set_hits(hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if section == STATE and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("State")
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == BEFORE and not self.hits[index.row()].labelled:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        place = self.hits[index.row()]
        if index.column() == STATE:
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("already labelled") if place.labelled else tr("new")
            return None
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == BEFORE and not place.labelled:
            return Qt.CheckState.Checked if self.checked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and place.labelled:
            return LABELLED
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self.hits[index.row()].labelled:
            return False
        self.checked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_all(self, on: bool) -> None:
        self.checked = [on and not place.labelled for place in self.hits]
        if self.hits:
            self.dataChanged.emit(self.index(0, BEFORE), self.index(len(self.hits) - 1, BEFORE))

    def chosen(self) -> list[Any]:
        return [place for place, on in zip(self.hits, self.checked, strict=True) if on]


class AnnotateAllDialog(QDialog):
    """Signals: ``apply_requested(places)`` with the checked places when Apply is pressed."""

    apply_requested = Signal(list)

    def __init__(self, words: str, label: str, find: Finder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotateAllDialog")
        self.words, self.label, self._find = words, label, find
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.this_document = QRadioButton()
        self.this_document.setObjectName("scopeDocument")
        self.whole_corpus = QRadioButton()
        self.whole_corpus.setObjectName("scopeCorpus")
        self.this_document.setChecked(True)
        self.this_document.toggled.connect(self.on_scope_changed)
        self.model = PlacesModel(self)
        self.view = KwicView()
        self.view.setObjectName("annotateAllPlaces")
        self.view.setModel(self.model)
        self.view.fit_columns()
        self.view.installEventFilter(self)  # Space or Enter on a place checks or unchecks it
        self.model.dataChanged.connect(self.on_checks_changed)
        self.summary = QLabel()
        self.summary.setObjectName("annotateAllSummary")
        self.check_all = QPushButton()
        self.check_all.clicked.connect(lambda: self.model.set_all(True))
        self.check_none = QPushButton()
        self.check_none.clicked.connect(lambda: self.model.set_all(False))
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("annotateAllApply")
        self.apply_button.setAutoDefault(False)  # Enter in the list checks a place, it does not apply
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_apply)
        self.buttons.rejected.connect(self.reject)
        scope = QHBoxLayout()
        scope.addWidget(self.this_document)
        scope.addWidget(self.whole_corpus)
        scope.addStretch(1)
        checks = QHBoxLayout()
        checks.addWidget(self.summary, 1)
        checks.addWidget(self.check_all)
        checks.addWidget(self.check_none)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(scope)
        layout.addWidget(self.view, 1)
        layout.addLayout(checks)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Annotate all"))
        self.heading.setText(
            tr("Label every other match of %1 as %2:")
            .replace("%1", quoted(self.words, 60))
            .replace("%2", isolate(self.label))
        )
        self.this_document.setText(tr("In this document"))
        self.whole_corpus.setText(tr("In all documents"))
        self.check_all.setText(tr("Check all"))
        self.check_none.setText(tr("Check none"))
        self.on_checks_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def corpus(self) -> bool:
        return self.whole_corpus.isChecked()

    def refresh(self) -> None:
        """Find the places again (in the scope chosen now)."""
        self.model.set_hits(self._find(self.corpus))
        self.on_checks_changed()

    def on_scope_changed(self, _checked: bool) -> None:
        self.refresh()

    def on_checks_changed(self, *_args: object) -> None:
        places = self.model.hits
        labelled = sum(place.labelled for place in places)
        chosen = sum(self.model.checked)
        documents = len({place.doc_id for place in places})
        self.summary.setText(
            tr("%n match(es)", None, len(places))
            + " "
            + tr("in %n document(s)", None, documents)
            + ": "
            + tr("%n already labelled", None, labelled)
            + ", "
            + tr("%n checked", None, chosen)
        )
        self.apply_button.setText(tr("Label %n place(s)", None, chosen))
        self.apply_button.setEnabled(chosen > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.view and isinstance(event, QKeyEvent) and event.key() in keys:
            if event.type() != QEvent.Type.KeyPress:
                return True  # the release of a key that toggled
            self.toggle(self.view.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def toggle(self, row: int) -> None:
        """Check or uncheck a place (one the label already covers stays as it is)."""
        if 0 <= row < len(self.model.hits) and not self.model.hits[row].labelled:
            state = Qt.CheckState.Unchecked if self.model.checked[row] else Qt.CheckState.Checked
            self.model.setData(self.model.index(row, BEFORE), state, Qt.ItemDataRole.CheckStateRole)

    def on_apply(self) -> None:
        chosen = self.model.chosen()
        if chosen:
            self.apply_requested.emit(chosen)
        self.accept()


class AnnotateAllFlow(QObject):
    """The workbench's side of annotate all: the key (Ctrl+Shift+A), the menu entries and the toolbar button
    open the preview for the selected annotation; Apply pushes ONE undo step (``AnnotateAll``)."""

    def __init__(self, bench: Any) -> None:
        super().__init__(bench)
        from ui.actions import Act

        self.bench = bench
        self.dialog: AnnotateAllDialog | None = None
        bench.actions[Act.ANNOTATE_ALL].triggered.connect(self.on_requested)

    def on_requested(self) -> None:
        bench = self.bench
        ann = bench.doc.selected_annotation()
        if ann is None or bench.doc.id is None:
            bench.on_message(tr("Select an annotation first (click a highlight or press Tab)."))
            return
        from app.services.annotate_all import AnnotateAllService

        service = AnnotateAllService.of(bench.ws)
        doc_id, text = bench.doc.id, bench.doc.text

        def find(corpus: bool) -> Sequence[Any]:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return service.find(
                    ann.text,
                    ann.label,
                    doc_ids=None if corpus else [doc_id],
                    text_of=lambda doc: text if doc == doc_id else None,
                )
            except Exception as exc:  # a HashiyaError says why; a bug is logged and the message names the log
                from app.logs import user_message

                bench.on_message(user_message(exc))
                return []
            finally:
                QApplication.restoreOverrideCursor()

        if self.dialog is not None:
            self.dialog.close()
        dialog = self.dialog = AnnotateAllDialog(ann.text, ann.label, find, bench.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self.on_dialog_gone)
        dialog.apply_requested.connect(
            lambda places: self.apply(ann.label, ann.attributes, ann.text, [p.span for p in places])
        )
        dialog.open()

    def on_dialog_gone(self) -> None:
        self.dialog = None

    def apply(self, label: str, attributes: dict[str, Any], words: str, places: list[Any]) -> None:
        from ui.annotate_all_commands import AnnotateAll

        bench = self.bench
        command = AnnotateAll(
            bench.ctx,
            label,
            places,
            attributes=attributes,
            words=words,
            after=lambda _batch: bench.window.search.refresh_soon(),
        )
        if not bench.labelling.push(command) or command.first is None:
            return
        done = command.first
        bench.on_message(
            tr("Labelled %n place(s) as %1", None, len(done.annotations)).replace("%1", isolate(label))
            + " "
            + tr("in %n document(s)", None, len(done.changes))
            + "; "
            + tr("%n skipped (already labelled, or refused by the label's rules)", None, done.skipped)
        )
