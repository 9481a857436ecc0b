"""The search panel (Ctrl+Shift+F): a query over the whole corpus (``Workspace.search``: Arabic-aware words,
"phrases", prefix*, label: and other filters), the hits as a keyword-in-context list read right to left with
the hit highlighted, and the hits per document. Enter on a hit opens its document with the hit selected, ready
for a label key. The results follow edits: the workbench calls ``refresh`` when the open document changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import number, tr
from ui.kwic import KwicModel, KwicView

LIMIT = 1000  # hits listed at most (the counts say when there are more)
Search = Callable[[str, int], Any]  # (query, limit) -> a SearchResult: hits, per_document, truncated


class SearchPanel(QWidget):
    """Signals: ``hit_chosen(doc_id, start, end)`` (Enter or a double click on a hit)."""

    hit_chosen = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._search: Search | None = None
        self.query = ""
        self._error = ""  # why the last query was refused
        self._per_document: Mapping[int, int] = {}
        self._truncated = False
        self.query_edit = QLineEdit()
        self.query_edit.setObjectName("searchQuery")
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.returnPressed.connect(self.on_query_entered)
        self.query_edit.installEventFilter(self)  # Down goes to the hits
        self.summary = QLabel()
        self.summary.setObjectName("searchSummary")
        self.model = KwicModel(self)
        self.hits = KwicView()
        self.hits.setObjectName("searchHits")
        self.hits.setModel(self.model)
        self.hits.fit_columns()
        self.hits.activated.connect(self.on_hit_activated)
        self.documents = QListWidget()
        self.documents.setObjectName("searchDocuments")
        self.documents.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.documents.itemActivated.connect(self.on_document_activated)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.hits)
        splitter.addWidget(self.documents)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.query_edit, 1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._due = QTimer(self, singleShot=True, interval=150)  # edits come in bursts: search once after them
        self._due.timeout.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.query_edit.setPlaceholderText(tr('Search all documents: words, "a phrase", prefix*, label:ACTOR …'))
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_search(self, search: Search | None) -> None:
        """What runs a query (the workspace's search service); None until the workspace is open."""
        self._search = search

    def focus_query(self, text: str = "") -> None:
        if text:
            self.query_edit.setText(text)
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    # running
    def on_query_entered(self) -> None:
        self.search(self.query_edit.text())
        if self.model.hits:
            self.hits.setFocus(Qt.FocusReason.OtherFocusReason)
            self.hits.selectRow(0)

    def search(self, query: str) -> None:
        self.query = query.strip()
        self._run(keep=None)

    def refresh_soon(self, *_args: object) -> None:
        """An edit happened: search again once the burst is over (only while there is something shown)."""
        if self.query and self.isVisible():
            self._due.start()

    def refresh(self) -> None:
        """Run the query again and keep the current hit (by its place, else by its row)."""
        current = self.hits.currentIndex()
        keep = None
        if current.isValid() and current.row() < len(self.model.hits):
            hit = self.model.hit(current.row())
            keep = (hit.doc_id, hit.start, hit.end, current.row())
        self._run(keep)

    def _run(self, keep: tuple[int, int, int, int] | None) -> None:
        self._error = ""
        result = None
        if self.query and self._search is not None:
            try:
                result = self._search(self.query, LIMIT)
            except Exception as exc:  # a bad query is the user's to fix: say why, keep the panel
                from app.logs import user_message

                self._error = user_message(exc)
        hits = list(result.hits) if result is not None else []
        self.model.set_hits(hits)
        self._per_document = dict(result.per_document) if result is not None else {}
        self._truncated = bool(result.truncated) if result is not None else False
        self._fill_documents(hits)
        self._show_summary()
        if keep is not None and hits:
            rows = [n for n, hit in enumerate(hits) if (hit.doc_id, hit.start, hit.end) == keep[:3]]
            row = rows[0] if rows else min(keep[3], len(hits) - 1)
            self.hits.setCurrentIndex(self.model.index(row, 0))

    def _fill_documents(self, hits: list[Any]) -> None:
        self.documents.clear()
        titles: dict[int, str] = {}
        for hit in hits:
            titles.setdefault(hit.doc_id, hit.title or f"#{hit.doc_id}")
        for doc_id, count in sorted(self._per_document.items(), key=lambda item: (-item[1], item[0])):
            item = QListWidgetItem(f"{number(count)}\t{titles.get(doc_id, f'#{doc_id}')}")
            item.setData(Qt.ItemDataRole.UserRole, doc_id)
            self.documents.addItem(item)

    def _show_summary(self) -> None:
        if self._error:
            self.summary.setText(self._error)
            return
        if not self.query:
            self.summary.setText("")
            return
        count, documents = len(self.model.hits), len(self._per_document)
        text = tr("%n hit(s)", None, count) + " " + tr("in %n document(s)", None, documents)
        if self._truncated:
            text += " " + tr("(only the first %1 are listed)").replace("%1", number(LIMIT))
        self.summary.setText(text)

    # choosing
    def on_hit_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            hit = self.model.hit(index.row())
            self.hit_chosen.emit(hit.doc_id, hit.start, hit.end)

    def on_document_activated(self, item: QListWidgetItem) -> None:
        """A document of the counts: go to its first hit in the list."""
        doc_id = item.data(Qt.ItemDataRole.UserRole)
        for row, hit in enumerate(self.model.hits):
            if hit.doc_id == doc_id:
                self.hits.setFocus(Qt.FocusReason.OtherFocusReason)
                self.hits.selectRow(row)
                self.hits.scrollTo(self.model.index(row, 0))
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.query_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.hits
        ):
            self.hits.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.hits.currentIndex().isValid():
                self.hits.selectRow(0)
            return True
        return super().eventFilter(watched, event)


class _Found:
    """What a search without the search service finds (plain text through the matcher): hits and counts."""

    def __init__(self, hits: list[Any], limit: int) -> None:
        self.truncated = len(hits) > limit
        self.hits = hits[:limit]
        counts: dict[int, int] = {}
        for hit in self.hits:
            counts[hit.doc_id] = counts.get(hit.doc_id, 0) + 1
        self.per_document = counts


def workspace_search(ws: Any) -> Search:
    """The workspace's search service; a workspace without one (an older program's) searches the words of the
    query as a phrase through the matcher, scanning the texts."""
    service = getattr(ws, "search", None)
    if service is not None:
        return lambda query, limit: service.search(query, limit=limit)
    from app.services.annotate_all import AnnotateAllService

    scan = AnnotateAllService(ws.db, ws.annotator)
    return lambda query, limit: _Found(scan.find(query.replace('"', " "), None), limit)


class SearchFlow(QObject):
    """The workbench's side of the panel: Ctrl+Shift+F shows it (with the selected words as the query when
    there are some), Enter on a hit opens its document with the hit selected and the focus in the text, and an
    edit of the open document runs the query again."""

    def __init__(self, bench: Any) -> None:
        super().__init__(bench)
        from ui.actions import Act

        self.bench = bench
        self.panel: SearchPanel = bench.window.search
        self.panel.set_search(self.search)
        bench.actions[Act.SEARCH].triggered.connect(self.on_search_requested)
        self.panel.hit_chosen.connect(self.on_hit_chosen)
        bench.doc.changed.connect(self.panel.refresh_soon)
        bench.window.search_dock.visibilityChanged.connect(self.on_dock_shown)  # edits made while it was hidden

    def on_dock_shown(self, shown: bool) -> None:
        if shown:
            self.panel.refresh_soon()

    def search(self, query: str, limit: int) -> Any:
        return workspace_search(self.bench.ws)(query, limit)

    def on_search_requested(self) -> None:
        bench = self.bench
        span = bench.view.selection_span()
        dock = bench.window.search_dock
        dock.show()
        dock.raise_()
        self.panel.focus_query(bench.doc.text[span[0] : span[1]] if span else "")

    def on_hit_chosen(self, doc_id: int, start: int, end: int) -> None:
        bench = self.bench
        if bench.doc.id != doc_id and not bench.open_document(doc_id):
            return
        if not 0 <= start < end <= len(bench.doc.text):
            return  # the list is older than the text (it is re-run on the next edit)
        bench.doc.select(None)
        bench.view.select_span(start, end, exact=True)  # the hit as it is: a label key labels exactly it
        bench.view.reveal(start)
        bench.view.setFocus(Qt.FocusReason.OtherFocusReason)
