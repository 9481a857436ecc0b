"""Refresh the user guide's workbench screenshots: a claim selected by a mouse click, with its arrow to its
source actor drawn in the text, nested figures and a claim's band under an actor inside it.

    python scripts/link_screenshot.py [--lang ar|en] [--out FILE]

Builds a throwaway database holding the sample article, annotates it through the services, opens the real
workbench offscreen, clicks the claim (a real mouse event on the reading view) and saves the window.
Defaults: docs/screenshots/guide-1-workbench.png (en), guide-ar-1-workbench.png (ar).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

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
SELECTED = ("نأمل، في هذه الحالة، ألا تكون المخابرات الفرنسية وراء هذا", 1)  # clicked: its arrow shows
LINKS = [  # (claim, source actor)
    (("نأمل، في هذه الحالة، ألا تكون المخابرات الفرنسية وراء هذا", 1), ("سيرغي شويغو", 2)),
    (('ألا تكون "أجهزة المخابرات الفرنسية" متورطة في الهجوم', 1), ("وزارة الدفاع الروسية", 1)),
]


def find(text: str, needle: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en", choices=["ar", "en"])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    out = args.out or REPO / "docs" / "screenshots" / f"guide-{'ar-' if args.lang == 'ar' else ''}1-workbench.png"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HASHIYA_DATA_DIR"] = tmp
        os.environ.setdefault("HASHIYA_ANNOTATOR", "annotator")
        from PySide6.QtCore import QSettings, Qt
        from PySide6.QtGui import QTextCursor
        from PySide6.QtTest import QTest

        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        from app.bootstrap import open_workspace
        from ui.fonts import interface_font, load_bundled_fonts
        from ui.i18n import install_language
        from ui.main import application
        from ui.settings import Settings, open_settings
        from ui.workbench import Workbench

        ws = open_workspace(None)  # the default database, seeded with the sample article
        doc_id = ws.documents.first_id()
        assert doc_id is not None
        text = ws.documents.open(doc_id).text
        made = {}
        for label, needle, occurrence, attributes in SPANS:
            start = find(text, needle, occurrence)
            made[(needle, occurrence)] = ws.annotations.add(
                doc_id, label, start, start + len(needle), attributes=attributes
            )
        for claim, source in LINKS:
            ws.relations.add("source", made[claim].id, made[source].id)
        app = application()
        load_bundled_fonts()
        translators = install_language(app, args.lang)
        app.setFont(interface_font(10.5))
        bench = Workbench(ws, Settings(open_settings()))
        bench.open_initial(doc_id)
        bench.window.resize(1400, 860)
        bench.window.show()
        app.processEvents()
        view, claim = bench.view, made[SELECTED]
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.to_utf16(claim.start + 2))
        before = view.cursorRect(cursor)
        cursor.setPosition(view.to_utf16(claim.start + 3))
        after = view.cursorRect(cursor)
        point = before.center()
        point.setX((before.center().x() + after.center().x()) // 2)
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        for _ in range(5):
            app.processEvents()
        assert bench.doc.selected == claim.id, "the click did not select the claim"
        assert view.links.links(), "no link drawn"
        out.parent.mkdir(parents=True, exist_ok=True)
        saved = bench.window.grab().save(str(out))
        bench.window.close()
        ws.close()
        del translators
        print(f"{out}: {'saved' if saved else 'NOT saved'}")
        return 0 if saved else 1


if __name__ == "__main__":
    raise SystemExit(main())
