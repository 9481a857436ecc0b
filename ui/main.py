"""Starting the workbench: ``hashiya`` and ``hashiya gui [--screenshot FILE] [--doc ID]``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

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
    except Exception as exc:
        print(f"hashiya: {exc}", file=sys.stderr)
        return 2
    bench = Workbench(ws, settings)
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
