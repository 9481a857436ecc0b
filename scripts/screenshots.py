"""Regenerate every screenshot in docs/screenshots, in the English and the Arabic interface.

    python scripts/screenshots.py [--lang en|ar|both] [--only NAME ...] [--out DIR]

NAME is one of workbench, guide-1-workbench, guide-2-properties, guide-3-context-menu, guide-4-shortcuts,
guide-5-suggestion-menu, schema-editor; an Arabic file is the English name with ``-ar`` (``guide-ar-1-…`` for the
guide's). Each is made on a throwaway database holding the sample article the app bundles (seeded as on a first
start), annotated through the services, opened in the real workbench offscreen (a 1600x1000 screen, the bundled
fonts) and driven with real mouse and key events: the claim selected by a click shows its arrow to its source, the
suggestions are computed as the window computes them when a document opens (dashed outlines), a context menu is
opened by a right click, the Properties form by F2, the shortcuts by Ctrl+/, the schema editor from the Edit menu.
A popup (a menu) is drawn into the window's picture where it opened.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from app.dto import AnnotationData
    from ui.workbench import Workbench

SIZE = (1400, 860)  # the window
SCREEN = (1600, 1000)
DOCKS = (300, 400)  # the documents list, the annotations and properties
SPANS = [  # (label, text, occurrence, attributes)
    ("ACTOR", "سيرغي شويغو", 1, {"kind": "person"}),
    ("CUE", "أصر", 1, {}),
    ("ACTOR", "وزارة الدفاع الروسية", 1, {"kind": "organisation"}),
    ("FIGURE", "22 آذار (مارس)", 1, {"kind": "date", "value": "2024-03-22"}),
    ("FIGURE", "22", 1, {"kind": "count", "value": "22"}),
    ("CLAIM", 'ألا تكون "أجهزة المخابرات الفرنسية" متورطة في الهجوم', 1, {"quote": "indirect"}),
    ("ACTOR", "أجهزة المخابرات الفرنسية", 1, {"kind": "organisation"}),
    ("ACTOR", "سيرغي شويغو", 2, {"kind": "person"}),
    ("CUE", "وقال", 2, {}),
    ("CLAIM", "نأمل، في هذه الحالة، ألا تكون المخابرات الفرنسية وراء هذا", 1, {"quote": "direct"}),
    ("ACTOR", "المخابرات الفرنسية", 2, {"kind": "organisation"}),
    ("CLAIM", "قُتل ما لا يقل عن 144 شخصا وأصيب 360 آخرون", 1, {"quote": "indirect"}),
    ("FIGURE", "144", 1, {"kind": "count", "value": "144", "qualifier": "at_least"}),
    ("FIGURE", "360", 1, {"kind": "count", "value": "360"}),
]
CLAIM = ("نأمل، في هذه الحالة، ألا تكون المخابرات الفرنسية وراء هذا", 1)  # clicked: its arrow shows
OTHER_CLAIM = ('ألا تكون "أجهزة المخابرات الفرنسية" متورطة في الهجوم', 1)
LINKS = [(CLAIM, ("سيرغي شويغو", 2)), (OTHER_CLAIM, ("وزارة الدفاع الروسية", 1))]  # (claim, source actor)
DATE = ("22 آذار (مارس)", 1)  # the figure whose properties are shown (clicked on آذار: the outer figure)


def find(text: str, needle: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return start


def file_name(name: str, lang: str) -> str:
    if lang == "en":
        return f"{name}.png"
    if name.startswith("guide-"):
        return f"guide-ar-{name[len('guide-') :]}.png"
    return f"{name}-ar.png"


class Shot:
    """One workbench on a fresh database; ``settle`` lets the window paint and its suggestions
    arrive; the input helpers send real events to the reading view."""

    def __init__(self, app: QApplication, folder: Path) -> None:
        from PySide6.QtCore import QSettings, Qt

        from app.bootstrap import open_workspace
        from ui.settings import Settings, open_settings
        from ui.workbench import Workbench

        self.app, self.folder = app, folder
        os.environ["HASHIYA_DATA_DIR"] = str(folder)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
        self.ws = open_workspace(None)  # the default database, seeded with the sample article
        doc_id = self.ws.documents.first_id()
        assert doc_id is not None, "the sample article was not seeded"
        self.doc_id = doc_id
        self.made = self._annotate()
        self.bench: Workbench = Workbench(self.ws, Settings(open_settings()))
        self.bench.open_initial(doc_id)
        window = self.bench.window
        window.resize(*SIZE)
        window.move((SCREEN[0] - SIZE[0]) // 2, (SCREEN[1] - SIZE[1]) // 2)
        window.show()
        self.settle(2)
        docks = [window.list_dock, window.annotations_dock]
        window.resizeDocks(docks, list(DOCKS), Qt.Orientation.Horizontal)  # the same in both languages
        window.activateWindow()
        self.bench.view.setFocus()
        self.settle()
        self.wait_for_suggestions()

    def _annotate(self) -> dict[tuple[str, int], AnnotationData]:
        text = self.ws.documents.open(self.doc_id).text
        made = {}
        for label, needle, occurrence, attributes in SPANS:
            start = find(text, needle, occurrence)
            made[(needle, occurrence)] = self.ws.annotations.add(
                self.doc_id, label, start, start + len(needle), attributes=attributes
            )
        for claim, source in LINKS:
            self.ws.relations.add("source", made[claim].id, made[source].id)
        return made

    def settle(self, rounds: int = 8) -> None:
        for _ in range(rounds):
            self.app.processEvents()
            time.sleep(0.01)

    def wait_for_suggestions(self, timeout: float = 20.0) -> None:
        """As the window computes them on opening a document (off the UI thread, once it is painted)."""
        model, deadline = self.bench.suggestions.model, time.monotonic() + timeout
        while model.doc_id != self.doc_id and time.monotonic() < deadline:
            self.settle(2)
        if model.doc_id != self.doc_id:
            raise SystemExit("the suggestions did not arrive")
        self.settle()

    def point(self, needle: tuple[str, int], offset: int) -> QPoint:
        """The middle of a glyph ``offset`` or more characters into ``needle`` (the first not at a line's end),
        scrolled into view."""
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QTextCursor

        view = self.bench.view
        start = find(view.offsets.text, *needle)
        view.reveal(start + offset)
        self.settle(2)
        cursor = QTextCursor(view.document())
        for cp in range(start + offset, start + len(needle[0])):
            cursor.setPosition(view.to_utf16(cp))
            before = view.cursorRect(cursor)
            cursor.setPosition(view.to_utf16(cp + 1))
            after = view.cursorRect(cursor)
            if before.top() == after.top():  # both sides of the glyph on one line
                return QPoint((before.center().x() + after.center().x()) // 2, before.center().y())
        raise SystemExit(f"no glyph of {needle[0]!r} to click")

    def click(self, needle: tuple[str, int], offset: int) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        point = self.point(needle, offset)
        QTest.mouseClick(self.bench.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        self.settle()

    def key(self, widget: QWidget | None, key: Qt.Key, modifiers: Qt.KeyboardModifier | None = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        assert widget is not None, "no widget has the keyboard focus"
        QTest.keyClick(widget, key, modifiers or Qt.KeyboardModifier.NoModifier)
        self.settle()

    def right_click(self, point: QPoint, shoot: Callable[[], None]) -> None:
        """A right click at ``point`` (on the reading view): the press, then the context-menu event the window
        system makes of it (QTest's widget clicks skip that step); ``shoot`` runs while the menu is open, then the
        menu is closed."""
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtGui import QContextMenuEvent
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        viewport = self.bench.view.viewport()

        def while_open() -> None:
            try:
                self.settle()
                shoot()
            finally:  # never left open: exec() would wait for ever
                popup = QApplication.activePopupWidget()
                if popup is not None:
                    popup.close()

        QTimer.singleShot(100, while_open)
        QTest.mouseMove(viewport, point)  # the pointer there: a right-to-left menu then opens to its left
        self.settle(2)
        QTest.mouseClick(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, point)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
        QApplication.sendEvent(viewport, event)
        self.settle()

    def grab(self) -> QPixmap:
        """The window, with any popup open over it drawn where it is."""
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QApplication

        window = self.bench.window
        picture = window.grab()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            painter = QPainter(picture)
            painter.drawPixmap(window.mapFromGlobal(popup.pos()), popup.grab())
            painter.end()
        return picture

    def close(self) -> None:
        for widget in self.app.topLevelWidgets():
            if widget is not self.bench.window and widget.isVisible():
                widget.close()
        self.bench.window.close()
        self.settle()
        self.ws.close()


def workbench(shot: Shot) -> QPixmap:
    """The README's: a claim selected by a click, its arrow to its source (a ministry), suggestions outlined."""
    shot.click(OTHER_CLAIM, 2)
    return shot.grab()


def guide_workbench(shot: Shot) -> QPixmap:
    """The guide's first: the quoted claim selected by a click, its arrow to its speaker, suggestions outlined."""
    shot.click(CLAIM, 2)
    return shot.grab()


def properties(shot: Shot) -> QPixmap:
    """A figure clicked, F2 into its form, Tab to its kind and its choices opened with F4."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    shot.click(DATE, 4)  # on آذار: the date, not the count 22 nested in it
    ann = shot.bench.doc.selected_annotation()
    assert ann is not None and ann.text == DATE[0], ann
    shot.key(shot.bench.view, Qt.Key.Key_F2)
    kind = shot.bench.window.properties.attribute_widget("kind")
    assert kind is not None, "no kind field"
    panel = shot.bench.window.properties
    for _ in range(12):  # Tab from field to field, as the guide says
        focus = QApplication.focusWidget()
        if focus is kind or focus is None or not panel.isAncestorOf(focus):
            break
        shot.key(focus, Qt.Key.Key_Tab)
    if QApplication.focusWidget() is not kind:
        raise SystemExit("Tab did not reach the kind field")
    shot.key(kind, Qt.Key.Key_F4)  # its choices
    shot.settle(10)
    return shot.grab()


def context_menu(shot: Shot) -> QPixmap:
    """A right click on a claim: it is selected (its arrow shows) and its menu opens, away from its source (on the
    claim's first word when the menu opens to the left, in Arabic; on its last, below the source, in English)."""
    return _menu(shot, shot.point(CLAIM, 1 if shot.bench.window.isRightToLeft() else len(CLAIM[0]) - 3))


def suggestion_menu(shot: Shot) -> QPixmap:
    """A right click on a suggestion's dashed outline: Accept, Reject, Accept all of its kind."""
    from PySide6.QtCore import QPoint

    model = shot.bench.suggestions.model
    annotated = shot.bench.doc.at
    sugg = next((s for s in model.items if s.label == "FIGURE" and not annotated(s.start)), None)
    if sugg is None:
        raise SystemExit("no suggested figure outside the annotations")
    view = shot.bench.view
    view.reveal(sugg.start)
    shot.settle(2)
    painted = shot.bench.suggestions.painter.rects(view._highlight_visible())  # the outline's boxes, as drawn
    boxes = [box for sugg_id, box in painted if sugg_id == sugg.id]
    # on the outline, as far as it goes on the side the menu opens to (left in Arabic): the menu leaves it in view
    rtl = shot.bench.window.isRightToLeft()
    for box in sorted(boxes, key=lambda b: b.left() if rtl else -b.right()):
        xs = range(int(box.left()) + 2, int(box.right())) if rtl else range(int(box.right()) - 2, int(box.left()), -1)
        for x in xs:
            point = QPoint(x, int(box.center().y()))
            cp = view.cp_at(point)  # as the view finds it
            found = model.at(cp)
            if found and found[-1].id == sugg.id:
                return _menu(shot, point)
    raise SystemExit("no point of the suggestion's outline is on screen")


def _menu(shot: Shot, point: QPoint) -> QPixmap:
    pictures: list[QPixmap] = []
    shot.right_click(point, lambda: pictures.append(shot.grab()))
    assert pictures, "no menu opened"
    return pictures[0]


def shortcuts(shot: Shot) -> QPixmap:
    """Ctrl+/ in the reading view: Help → Keyboard shortcuts."""
    from PySide6.QtCore import Qt

    shot.key(shot.bench.view, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in shot.app.topLevelWidgets() if w.objectName() == "shortcutsDialog" and w.isVisible())
    return dialog.grab()


def schema_editor(shot: Shot) -> QPixmap:
    """Edit → Labels and schema…, clicked in the menu bar."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.actions import Act

    window = shot.bench.window
    edit, menubar = window.menus["edit"], window.menuBar()
    QTest.mouseClick(menubar, Qt.MouseButton.LeftButton, pos=menubar.actionGeometry(edit.menuAction()).center())
    shot.settle()
    action = shot.bench.actions[Act.EDIT_SCHEMA]
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, pos=edit.actionGeometry(action).center())
    shot.settle(20)
    editor = shot.bench.schema_editor
    assert editor is not None and editor.isVisible(), "the schema editor did not open"
    return editor.grab()


SHOTS: dict[str, Callable[[Shot], QPixmap]] = {
    "workbench": workbench,
    "guide-1-workbench": guide_workbench,
    "guide-2-properties": properties,
    "guide-3-context-menu": context_menu,
    "guide-4-shortcuts": shortcuts,
    "guide-5-suggestion-menu": suggestion_menu,
    "schema-editor": schema_editor,
}


def offscreen(folder: Path) -> None:
    """Qt's offscreen platform with a screen large enough for the window and its menus."""
    config = folder / "offscreen.json"
    screen = {"name": "shot", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1], "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={config}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="both", choices=["ar", "en", "both"])
    parser.add_argument("--only", nargs="*", choices=sorted(SHOTS), default=sorted(SHOTS))
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    return take(args.only, ["en", "ar"] if args.lang == "both" else [args.lang], args.out)


def one(name: str) -> int:
    """The command line of a script that makes one shot: ``[--lang ar|en] [--out FILE]``."""
    parser = argparse.ArgumentParser(description=f"Refresh docs/screenshots/{file_name(name, 'en')} (or its twin).")
    parser.add_argument("--lang", default="en", choices=["ar", "en"])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    out = REPO / "docs" / "screenshots"
    return take([name], [args.lang], out, {name: args.out} if args.out else None)


def take(names: list[str], languages: list[str], out: Path, files: dict[str, Path] | None = None) -> int:
    """Save each shot of ``names`` in each language into ``out`` (or to ``files[name]`` when given)."""
    with tempfile.TemporaryDirectory(prefix="hashiya-shots-") as tmp:
        root = Path(tmp)
        offscreen(root)
        os.environ["XDG_CONFIG_HOME"] = str(root / "config")  # never the user's own settings
        os.environ.setdefault("HASHIYA_ANNOTATOR", "annotator")
        from ui.fonts import interface_font, load_bundled_fonts
        from ui.i18n import install_language
        from ui.main import application

        app = application()
        if not load_bundled_fonts():
            raise SystemExit("the bundled fonts did not load: Arabic would render as boxes")
        app.setFont(interface_font(10.5))
        failed = 0
        for lang in languages:
            translators = install_language(app, lang)
            for number, name in enumerate(names):
                folder = root / f"{lang}-{number}"
                folder.mkdir()
                shot = Shot(app, folder)
                try:
                    picture = SHOTS[name](shot)
                finally:
                    shot.close()
                target = files[name] if files else out / file_name(name, lang)
                target.parent.mkdir(parents=True, exist_ok=True)
                saved = picture.save(str(target), "PNG", 9)
                failed += not saved
                print(f"{target}: {'saved' if saved else 'NOT saved'}")
            del translators
        return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
