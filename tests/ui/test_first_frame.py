"""The first frame is painted from the start view, before SQLAlchemy is loaded; the workspace is attached
right after it, and from then on the workbench works on the database as usual."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app import start_view
from app.services import Workspace
from tests.ui.conftest import REPO, add_document, select_text
from ui.document_list import PAGE
from ui.settings import Settings, open_settings
from ui.workbench import Workbench

pytestmark = pytest.mark.gui

TEXT = "قال وزير الدفاع سيرغي شويغو إن 144 شخصا قتلوا في 22 آذار (مارس)."

PROBE = """
import json, sys
from pathlib import Path
import ui.main

seen = {}
save = ui.main._save

def probe(window, path):
    seen["sqlalchemy_at_first_frame"] = "sqlalchemy" in sys.modules
    seen["title"] = window.windowTitle()
    return save(window, path)

ui.main._save = probe
code = ui.main.run_gui(db=sys.argv[1], screenshot=Path(sys.argv[2]), doc=int(sys.argv[3]), language="en")
seen["sqlalchemy_at_exit"] = "sqlalchemy" in sys.modules
seen["code"] = code
print(json.dumps(seen))
"""


def test_the_first_frame_comes_before_sqlalchemy(sqlite_ws: Workspace, tmp_path: Path) -> None:
    doc_id = add_document(sqlite_ws, TEXT, "خبر")
    sqlite_ws.annotations.add(doc_id, "ACTOR", TEXT.index("سيرغي"), TEXT.index("شويغو") + 5)
    shot = tmp_path / "first.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(REPO),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, sqlite_ws.db.describe(), str(shot), str(doc_id)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"sqlalchemy_at_first_frame": False, "title": "خبر — Hashiya", "sqlalchemy_at_exit": True, "code": 0}
    assert QImage(str(shot)).width() >= 800


def test_a_workbench_built_on_the_start_view_works_once_attached(sqlite_ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    for i in range(PAGE + 30):
        add_document(sqlite_ws, f"{TEXT} {i}", f"خبر {i}")
    target = sqlite_ws.documents.ids()[PAGE + 20]  # on the list's second page
    view = start_view.read(Path(sqlite_ws.db.describe()), [target], PAGE)
    assert view is not None
    bench = Workbench(view, Settings(open_settings()), sqlite_ws.db.describe())
    qtbot.addWidget(bench.window)
    with qtbot.waitActive(bench.window):
        bench.window.show()
        bench.window.activateWindow()
    # the first frame: the document, its row in the list, the labels, the counts
    assert bench.doc.id == target and bench.view.toPlainText() == f"{TEXT} {PAGE + 20}"
    assert bench.window.documents.view.currentIndex().row() == PAGE + 20
    assert set(bench.label_actions) == {"ACTOR", "CLAIM", "FIGURE", "CUE"}  # the default schema
    assert bench.window.status.progress.text() == f"Done \u20660 / {PAGE + 30}\u2069"
    bench.attach(sqlite_ws)
    assert bench.list_model.rowCount() == PAGE + 30
    assert bench.window.documents.view.currentIndex().row() == PAGE + 20
    bench.view.setFocus()
    select_text(bench.view, "شويغو")
    qtbot.keyClick(bench.view, Qt.Key.Key_1)
    [ann] = sqlite_ws.documents.open(target).annotations
    assert (ann.label, ann.text) == ("ACTOR", "شويغو")
    bench.undo_action.trigger()
    assert list(sqlite_ws.documents.open(target).annotations) == []
    bench.window.close()
