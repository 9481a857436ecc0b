"""scripts/screenshots.py makes every screenshot in docs/screenshots, and still runs: one shot in each language
(a right click on a suggestion's outline, the menu drawn in), in its own process as a user runs it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "screenshots.py"


def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_screenshot_in_the_docs_is_one_the_script_makes() -> None:
    shots = script()
    made = {shots.file_name(name, lang) for name in shots.SHOTS for lang in ("en", "ar")}
    assert {p.name for p in (REPO / "docs" / "screenshots").glob("*.png")} == made


def test_the_script_makes_the_suggestion_menu_in_both_languages(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # the script's own 1600x1000 screen
    command = [sys.executable, str(SCRIPT), "--only", "guide-5-suggestion-menu", "--out", str(tmp_path)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("guide-5-suggestion-menu.png", "guide-ar-5-suggestion-menu.png"):
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == (1400, 860), name
        assert (tmp_path / name).stat().st_size < 350_000, name
