"""Refresh docs/screenshots/workbench.png: the sample article with all three labels, nesting and a link.

    python scripts/demo_screenshot.py [--lang ar|en] [--out FILE]

Builds a throwaway database, annotates it through the services, then renders it with the same
code path as ``hashiya gui --screenshot FILE --doc ID``.
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
    ("ACTOR", "وزارة الدفاع الروسية", 1, {"kind": "organisation"}),
    ("FIGURE", "22 آذار (مارس)", 1, {"kind": "date", "value": "2024-03-22"}),
    ("CLAIM", 'ألا تكون "أجهزة المخابرات الفرنسية" متورطة في الهجوم', 1, {"quote": "indirect"}),
    ("ACTOR", "سيرغي شويغو", 2, {"kind": "person"}),
    ("CLAIM", "نأمل، في هذه الحالة، ألا تكون المخابرات الفرنسية وراء هذا", 1, {"quote": "direct"}),
    ("FIGURE", "3 نيسان (أبريل)", 1, {"kind": "date", "value": "2024-04-03"}),
]


def find(text: str, needle: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en", choices=["ar", "en"])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots" / "workbench.png")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HASHIYA_DATA_DIR"] = tmp
        os.environ.setdefault("HASHIYA_ANNOTATOR", "demo")
        from PySide6.QtCore import QSettings

        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        from app.bootstrap import open_workspace

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
        claim_text = "قُتل ما لا يقل عن 144 شخصا وأصيب 360 آخرون"
        start = text.index(claim_text)
        claim = ws.annotations.add(doc_id, "CLAIM", start, start + len(claim_text), attributes={"quote": "indirect"})
        for number, qualifier in (("144", "at_least"), ("360", "")):
            at = text.index(number, start)
            attrs = {"kind": "count", "value": number} | ({"qualifier": qualifier} if qualifier else {})
            ws.annotations.add(doc_id, "FIGURE", at, at + len(number), attributes=attrs)
        del claim
        ws.relations.add(
            "source",
            made[("نأمل، في هذه الحالة، ألا تكون المخابرات الفرنسية وراء هذا", 1)].id,
            made[("سيرغي شويغو", 2)].id,
        )
        ws.relations.add(
            "source",
            made[('ألا تكون "أجهزة المخابرات الفرنسية" متورطة في الهجوم', 1)].id,
            made[("وزارة الدفاع الروسية", 1)].id,
        )
        ws.close()
        from ui.main import run_gui

        return run_gui(db=None, screenshot=args.out, doc=doc_id, language=args.lang)


if __name__ == "__main__":
    raise SystemExit(main())
