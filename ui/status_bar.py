"""Status bar: annotator, database, done/total documents, counts by label in the open document."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ui.i18n import isolate


class WorkbenchStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exact = QLabel(self)  # the exact-selection toggle's state
        self.exact.setObjectName("exactSelectionState")
        self._exact = False
        self.counts = QLabel(self)
        self.progress = QLabel(self)
        self.database = QLabel(self)
        self.annotator = QLabel(self)
        for label in (self.exact, self.counts, self.progress, self.database, self.annotator):
            self.addPermanentWidget(label)
        self._annotator: str | None = None
        self._progress: tuple[int, int] | None = None  # (done, documents)
        self._labels: dict[str, str] = {}  # the schema's labels in its order: name -> name shown
        self._counts: dict[str, int] = {}

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.exact.setText(self.tr("Exact selection") if self._exact else self.tr("Whole words"))
        key = "\u2068Ctrl+Shift+E\u2069"  # isolated: a Latin key inside an Arabic sentence keeps its order
        self.exact.setToolTip(
            (
                self.tr("Selections keep the characters you choose (%1 switches back to whole words)")
                if self._exact
                else self.tr("Selections snap to whole words (%1, or Alt while dragging, for exact characters)")
            ).replace("%1", key)
        )
        if self._annotator is not None:
            self.annotator.setText(self.tr("Annotator: %1").replace("%1", isolate(self._annotator)))
        if self._progress is not None:
            # isolated left-to-right, so "3 / 10" does not turn into "10 / 3" in an Arabic status bar
            numbers = f"\u2066{self._progress[0]} / {self._progress[1]}\u2069"
            self.progress.setText(self.tr("Done %1").replace("%1", numbers))

    def show_exact(self, on: bool) -> None:
        """Whether selections are exact (the toggle) or snap to whole words."""
        self._exact = on
        self.retranslate()

    def show_workspace(self, annotator: str, database: str) -> None:
        self._annotator = annotator
        self.retranslate()
        short = database if len(database) < 40 else "…" + database[-39:]
        self.database.setText(short)
        self.database.setToolTip(database)

    def show_progress(self, by_status: dict[str, int]) -> None:
        """Done / all documents, from the counts by status."""
        self._progress = (by_status.get("done", 0), sum(by_status.values()))
        self.retranslate()

    def set_labels(self, labels: dict[str, str]) -> None:
        """The schema's labels in its order, each with the name to show (its display name)."""
        self._labels = dict(labels)
        self.show_counts(self._counts)

    def show_counts(self, counts: dict[str, int]) -> None:
        """The open document's count of each label of the schema (then of labels outside it that it holds)."""
        self._counts = dict(counts)
        parts = [f"{shown} {counts.get(name, 0)}" for name, shown in self._labels.items()]
        parts += [f"{name} {n}" for name, n in sorted(counts.items()) if name not in self._labels and n]
        self.counts.setText(" · ".join(parts))
