"""GUI fixtures: per-test QSettings, a database holding the sample article, a shown workbench."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from app.formats.native import sha256_text
from app.services import Workspace
from db.models import Document

REPO = Path(__file__).resolve().parents[2]
ARTICLE = (REPO / "resources" / "sample" / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """Every test writes its settings into its own folder, never into the user's."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("HashiyaTest")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    yield folder
    from ui.i18n import current_language, install_language

    if current_language() not in (None, "en"):  # a test that switched to Arabic leaves the next one in English
        install_language(qapp, "en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def add_document(ws: Workspace, text: str, title: str = "") -> int:
    with ws.db.sessions.begin() as session:
        doc = Document(title=title or text.split("\n", 1)[0][:80], text=text, sha256=sha256_text(text))
        session.add(doc)
        session.flush()
        return doc.id


@pytest.fixture
def article_ws(sqlite_ws: Workspace) -> Workspace:
    add_document(sqlite_ws, ARTICLE)
    return sqlite_ws


def make_bench(ws: Workspace, qtbot, doc_id: int | None = None):  # type: ignore[no-untyped-def]
    """A shown, active workbench on ``ws`` with the keyboard focus in the reading view."""
    from ui.fonts import load_bundled_fonts
    from ui.settings import Settings, open_settings
    from ui.workbench import Workbench

    load_bundled_fonts()
    workbench = Workbench(ws, Settings(open_settings()))
    qtbot.addWidget(workbench.window)
    workbench.open_initial(doc_id)
    with qtbot.waitActive(workbench.window):  # window shortcuts (1, 2, 3, S...) need an active window
        workbench.window.show()
        workbench.window.activateWindow()
    workbench.view.setFocus()
    return workbench


@pytest.fixture
def bench(article_ws: Workspace, qtbot):  # type: ignore[no-untyped-def]
    workbench = make_bench(article_ws, qtbot)
    yield workbench
    workbench.window.close()


def select_text(view, needle: str, occurrence: int = 1, inner: tuple[int, int] | None = None) -> QTextCursor:  # type: ignore[no-untyped-def]
    """Select ``needle`` with Qt's own search (UTF-16 positions, independent of OffsetMap).

    ``inner`` selects only part of it: (first, last) UTF-16 units relative to the match.
    """
    cursor = QTextCursor(view.document())
    for _ in range(occurrence):
        cursor = view.document().find(needle, cursor)
        assert not cursor.isNull(), needle
    if inner is not None:
        start = cursor.selectionStart()
        cursor.setPosition(start + inner[0])
        cursor.setPosition(start + inner[1], QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    return cursor


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, each character a key event (QTest.keyClicks types ASCII only and asserts on
    Arabic)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The English catalogue installed (its plural forms: "1 hit", "7 hits")."""
    from ui.i18n import install_language, remove_language

    translators = install_language(qapp, "en")
    yield
    remove_language(translators)
