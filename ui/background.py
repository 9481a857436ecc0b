"""Long operations (import, export) off the UI thread, with a cancellable progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Job = Callable[[Callable[[int], None], Callable[[], bool]], Any]  # job(progress, cancelled) -> result


class Cancelled(Exception):
    """Raised inside the worker when the user pressed Cancel; the service rolls back."""


class _Worker(QObject):
    progressed = Signal(int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self.cancelled = False

    def on_started(self) -> None:
        def progress(step: int) -> None:
            if self.cancelled:
                raise Cancelled()
            self.progressed.emit(step)

        try:
            self.finished.emit(self._job(progress, lambda: self.cancelled))
        except Exception as exc:  # a HashiyaError says what to do; a bug is logged and the message names the log
            if isinstance(exc, Cancelled) or type(exc).__name__ == "ExportCancelled":
                self.failed.emit("")
                return
            from app.logs import user_message

            self.failed.emit(user_message(exc))


class BackgroundTask(QObject):
    """Run ``job(progress, cancelled)`` in a thread. Signals: ``succeeded`` (the job's result), ``failed`` (message,
    empty when cancelled)."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, title: str, job: Job, total: int = 0) -> None:
        super().__init__(parent)
        self._done = 0
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, total, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self._thread = QThread(self)
        self.worker = _Worker(job)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.on_started)
        self.worker.progressed.connect(self.on_progressed)
        self.worker.finished.connect(self.on_finished)
        self.worker.failed.connect(self.on_failed)
        self.dialog.canceled.connect(self.on_cancel)

    def start(self) -> None:
        self._thread.start()

    def on_progressed(self, step: int) -> None:
        self._done += step
        if self.dialog.maximum():
            self.dialog.setValue(min(self._done, self.dialog.maximum()))
        self.dialog.setLabelText(self.tr("%n document(s)…", None, self._done))

    def on_cancel(self) -> None:
        self.worker.cancelled = True

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.dialog.reset()
        self.dialog.hide()

    def on_finished(self, result: object) -> None:
        self._stop()
        self.succeeded.emit(result)
        self.deleteLater()

    def on_failed(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)
        self.deleteLater()
