"""Starting the workbench: ``hashiya`` and ``hashiya gui [--screenshot FILE] [--doc ID]``."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from ui.settings import APPLICATION, ORGANISATION, Settings, open_settings

if TYPE_CHECKING:
    from app.services import Workspace
    from app.start_view import StartView


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        app = QApplication(sys.argv[:1])
    return app


def run_gui(
    *, db: str | None, screenshot: Path | None = None, doc: int | None = None, language: str | None = None
) -> int:
    """Show the workbench on ``db`` (the embedded default database when None) until it is closed.

    On a SQLite file at this program's schema the first frame is painted from ``app.start_view`` (stdlib
    sqlite3), and SQLAlchemy is loaded and the workspace opened right after it; anything else (a new
    default database, a migration, a server) opens the workspace first. With ``screenshot``, that first
    frame is rendered to the PNG file, the workspace is still opened, and 0 is returned.
    """
    app = application()
    install_excepthook()
    from ui.fonts import interface_font, load_bundled_fonts
    from ui.i18n import choose_language, install_language
    from ui.workbench import Workbench

    load_bundled_fonts()
    settings = Settings(open_settings())
    lang = choose_language(language or settings.language)
    translators = install_language(app, lang)
    app.setFont(interface_font(10.5))
    start = _start_view(db, [doc, settings.last_document])
    if start is not None:  # paint the start view, then load SQLAlchemy and attach the workspace
        bench = Workbench(start[0], settings, start[1])
        if not _first_frame(app, bench.window, screenshot):
            return 2
    try:
        ws = _open(db, settings.annotator or None)
    except Exception as exc:  # a newer schema, an unreadable file, a server that is down...
        if start is not None:
            bench.window.close()
        return _cannot_open(app, exc, screenshot)
    if start is not None:
        bench.attach(ws)
    else:
        bench = Workbench(ws, settings)
        bench.open_initial(doc)
        if not _first_frame(app, bench.window, screenshot):
            return 2
    gc.freeze()  # modules and Qt wrappers live as long as the app: keep them out of every full collection
    if screenshot is not None:
        bench.window.close()
        ws.close()
        return 0
    bench.view.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    code = app.exec()
    ws.close()
    del translators
    return code


def _start_view(db: str | None, candidates: list[int | None]) -> tuple[StartView, str] | None:
    """The start view of ``db`` when it is a SQLite file this program can read as it is."""
    from app.paths import default_database
    from app.start_view import read
    from ui.document_list import PAGE

    if db is not None and "://" in db:  # a SQLAlchemy URL: a server, or a file said the long way
        return None
    path = Path(db) if db is not None else default_database()
    view = read(path, candidates, PAGE)
    return (view, db if db is not None else str(path)) if view is not None else None


def _open(db: str | None, annotator: str | None) -> Workspace:
    from app.bootstrap import open_workspace

    return open_workspace(db, annotator)


def _first_frame(app: QApplication, window: QMainWindow, screenshot: Path | None) -> bool:
    """Show the window and let Qt paint it (offscreen at once; on a display once it is exposed); with
    ``screenshot``, save that frame there. False if it could not be saved."""
    if screenshot is not None and window.windowState() == Qt.WindowState.WindowNoState and window.width() < 800:
        window.resize(1400, 860)
    window.show()
    window.activateWindow()
    # input waits in the queue until the workspace is attached (nothing typed early is lost or run early)
    flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    handle = window.windowHandle()
    deadline = QDeadlineTimer(300)  # a display maps the window a few milliseconds after show()
    while handle is not None and not handle.isExposed() and not deadline.hasExpired():
        app.processEvents(flags, 10)
    for _ in range(5):  # the paint the exposure asked for
        app.processEvents(flags)
    return screenshot is None or _save(window, screenshot)


def _save(window: QMainWindow, path: Path) -> bool:
    path.parent.mkdir(parents=True, exist_ok=True)
    if window.grab().save(str(path)):
        return True
    print(f"hashiya: could not write {path}", file=sys.stderr)
    return False


def _cannot_open(app: QApplication, exc: Exception, screenshot: Path | None) -> int:
    """Tell the user why the database cannot be opened, in a message box (and on stderr); exit status 2.

    With ``screenshot`` the box is rendered to that file instead of waiting for a click.
    """
    from app.logs import user_message

    message = user_message(exc)  # a bug is logged with its traceback, and the message names the log
    print(f"hashiya: error: {message}", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, APPLICATION, message, QMessageBox.StandardButton.Close)
    if screenshot is None:
        box.exec()
        return 2
    box.show()
    for _ in range(5):
        app.processEvents()
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(screenshot))
    box.close()
    return 2


def install_excepthook() -> None:
    """Exceptions nobody caught (PySide6 hands those raised in slots to ``sys.excepthook`` too) are logged with
    their traceback, and the user sees a short message naming the log instead of a silent console. The log
    (``app.logs``: 18 ms of imports) is set up at the first one, not before the first frame."""
    sys.excepthook = _excepthook


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    from app.logs import user_message

    message = user_message(exc.with_traceback(tb))
    print(f"hashiya: {message}", file=sys.stderr)
    if QApplication.instance() is not None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            APPLICATION,
            message,
            QMessageBox.StandardButton.Close,
            QApplication.activeWindow(),
        )
        _shown.append(box)  # a parentless box lives only as long as its Python wrapper
        box.finished.connect(lambda _result: _shown.remove(box))
        box.open()  # not exec(): no nested event loop inside whatever just failed


_shown: list[QMessageBox] = []
