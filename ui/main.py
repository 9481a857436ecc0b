"""Starting the workbench: ``hashiya`` and ``hashiya gui [--screenshot FILE] [--doc ID]``."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import HashiyaError
from db.errors import DatabaseError
from ui.settings import APPLICATION, ORGANISATION, Settings, open_settings


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        app = QApplication(sys.argv[:1])
    return app


def run_gui(*, db: str | None, screenshot: Path | None = None, doc: int | None = None,
            language: str | None = None) -> int:
    """Show the workbench on ``db`` (the embedded default database when None) until it is closed.

    With ``screenshot``, render the main window after loading to that PNG file and return 0.
    """
    app = application()
    from app.bootstrap import open_workspace
    from ui.fonts import interface_font, load_bundled_fonts
    from ui.i18n import choose_language, install_language
    from ui.workbench import Workbench

    load_bundled_fonts()
    settings = Settings(open_settings())
    lang = choose_language(language or settings.language)
    translators = install_language(app, lang)
    app.setFont(interface_font(10.5))
    try:
        ws = open_workspace(db)
    except Exception as exc:  # a newer schema, an unreadable file, a server that is down...
        return _cannot_open(app, exc, screenshot)
    bench = Workbench(ws, settings)
    gc.freeze()  # modules and Qt wrappers live as long as the app: keep them out of every full collection
    bench.open_initial(doc)
    window = bench.window
    if screenshot is not None:
        return _screenshot(app, bench, Path(screenshot))
    window.show()
    window.activateWindow()
    bench.view.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    code = app.exec()
    ws.close()
    del translators
    return code


def _screenshot(app: QApplication, bench: object, path: Path) -> int:
    window = bench.window  # type: ignore[attr-defined]
    if window.windowState() == Qt.WindowState.WindowNoState and window.width() < 800:
        window.resize(1400, 860)
    window.show()
    for _ in range(5):
        app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(path))
    window.close()
    bench.ws.close()  # type: ignore[attr-defined]
    if not ok:
        print(f"hashiya: could not write {path}", file=sys.stderr)
        return 2
    return 0


def _cannot_open(app: QApplication, exc: Exception, screenshot: Path | None) -> int:
    """Tell the user why the database cannot be opened, in a message box (and on stderr); exit status 2.

    With ``screenshot`` the box is rendered to that file instead of waiting for a click.
    """
    known = isinstance(exc, (DatabaseError, HashiyaError))
    message = str(exc) if known else f"{type(exc).__name__}: {exc}"
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
