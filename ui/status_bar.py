"""Status bar: annotator, database, done/total documents, counts by label in the open document."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class WorkbenchStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QLabel(self)
        self.progress = QLabel(self)
        self.database = QLabel(self)
        self.annotator = QLabel(self)
        for label in (self.counts, self.progress, self.database, self.annotator):
            self.addPermanentWidget(label)
        self._annotator: str | None = None
        self._progress: tuple[int, int] | None = None  # (done, documents)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self._annotator is not None:
            self.annotator.setText(self.tr("Annotator: %1").replace("%1", self._annotator))
        if self._progress is not None:
            # isolated left-to-right, so "3 / 10" does not turn into "10 / 3" in an Arabic status bar
            numbers = f"\u2066{self._progress[0]} / {self._progress[1]}\u2069"
            self.progress.setText(self.tr("Done %1").replace("%1", numbers))

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

    def show_counts(self, counts: dict[str, int]) -> None:
        parts = [f"{name} {counts.get(name, 0)}" for name in ("ACTOR", "CLAIM", "FIGURE")]
        parts += [f"{name} {n}" for name, n in sorted(counts.items()) if name not in ("ACTOR", "CLAIM", "FIGURE")]
        self.counts.setText(" · ".join(parts))
