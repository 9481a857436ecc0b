"""Help → Keyboard shortcuts (from the actions and the schema's labels as they are now), About (the version)
and the user guide (the bundled copy of docs/user-guide.md, shown as markdown)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from ui.actions import Act
from ui.help import ShortcutsDialog
from ui.schema_state import display_name

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parents[2]


def top_level(name: str):  # type: ignore[no-untyped-def]
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


def shown_rows(qtbot) -> dict[str, str]:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: top_level("shortcutsDialog") is not None)
    dialog = top_level("shortcutsDialog")
    assert isinstance(dialog, ShortcutsDialog)
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    dialog.close()
    return rows


def test_shortcuts_list_every_key_and_follow_the_users_key_choice(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert bench.set_label_keys({"ACTOR": "7"})  # the user's choice, stored in the schema
    qtbot.keyClick(bench.view, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    rows = shown_rows(qtbot)
    schema = bench.ws.schema.get()  # read back from the database
    for label in schema.labels:
        assert rows[f"Label as {display_name(label.display, label.name)}"] == (label.key or "—")
    assert schema.label("ACTOR").key == "7"
    for act, action in bench.actions.items():  # every action that has a key is listed with it
        if action.shortcuts():
            what = action.text().split("\t")[0].replace("&", "")
            assert all(seq.toString() in rows[what] for seq in action.shortcuts()), act
    assert rows["Into the selected annotation's form"] == "Enter"
    assert "F2" in rows["Edit the annotation's properties"]


def test_about_shows_the_version(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    bench.actions[Act.ABOUT].trigger()  # Help → About Hashiya
    qtbot.waitUntil(lambda: top_level("aboutBox") is not None)
    box = top_level("aboutBox")
    assert isinstance(box, QMessageBox)
    assert __version__ in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: top_level("aboutBox") is None)


def test_f1_shows_the_user_guide_from_resources(bench, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(bench.view, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: top_level("guideDialog") is not None)
    shown = top_level("guideDialog").browser.toPlainText()
    bundled = (REPO / "resources" / "guide" / "user-guide.md").read_text(encoding="utf-8")
    headings = re.findall(r"^#+ (.+)$", bundled, flags=re.MULTILINE)
    assert len(headings) >= 8 and all(h in shown for h in headings)  # rendered: no "#" left
    assert "# " not in shown


def test_the_arabic_interface_shows_the_arabic_guide(bench, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import install_language, remove_language

    translators = install_language(qapp, "ar")
    try:
        qtbot.keyClick(bench.view, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: top_level("guideDialog") is not None)
        assert top_level("guideDialog").browser.toPlainText().startswith("دليل استخدام حاشية")
    finally:
        remove_language(translators)


@pytest.mark.parametrize("name", ["user-guide.md", "user-guide.ar.md"])
def test_the_guide_is_bundled_and_its_screenshots_exist(name: str) -> None:
    docs = (REPO / "docs" / name).read_text(encoding="utf-8")
    assert (REPO / "resources" / "guide" / name).read_text(encoding="utf-8") == docs
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", docs)
    assert 3 <= len(images) <= 5 and all((REPO / "docs" / image).is_file() for image in images)
    topics = (
        ("وسم", "تداخل", "مصدر", "الإسناد", "الخصائص", "البحث", "إنهاء", "التصدير")
        if ".ar." in name
        else ("Label", "Nest", "source", "cue", "Attributes", "Find", "done", "Export")
    )
    assert all(topic in docs for topic in topics)
    tree = ast.parse((REPO / "build.spec").read_text(encoding="utf-8"))  # build.spec's own resource_files()
    [function] = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "resource_files"]
    namespace: dict[str, object] = {"ROOT": REPO, "Path": Path}
    exec(compile(ast.Module(body=[function], type_ignores=[]), "build.spec", "exec"), namespace)
    files = namespace["resource_files"]()  # type: ignore[operator]
    assert (str(REPO / "resources" / "guide" / name), "resources/guide") in files
