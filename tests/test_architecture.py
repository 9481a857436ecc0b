"""The dependency rule: ui -> app -> db. app/ and db/ never import PySide6, so they run headless."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QT_MODULES = ("PySide6", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(folder: str) -> list[Path]:
    return sorted((REPO / folder).rglob("*.py"))


def test_core_and_storage_never_import_qt_statically() -> None:
    offenders = {
        str(path.relative_to(REPO)): sorted(m for m in _imports(path) if m.split(".")[0] in QT_MODULES)
        for folder in ("app", "db")
        for path in _modules(folder)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_db_never_imports_app_or_ui() -> None:
    offenders = {
        str(path.relative_to(REPO)): sorted(m for m in _imports(path) if m.split(".")[0] in ("app", "ui"))
        for path in _modules("db")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_app_never_imports_ui_except_to_start_the_gui() -> None:
    offenders = {
        str(path.relative_to(REPO)): sorted(m for m in _imports(path) if m.split(".")[0] == "ui")
        for path in _modules("app")
        if path.name != "cli.py"  # `hashiya gui` hands over to ui.main.run_gui, imported lazily
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_every_core_module_loads_no_qt() -> None:
    """Import all of app/ and db/ in a fresh interpreter and check PySide6 never got loaded."""
    names = [
        ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for folder in ("app", "db")
        for path in _modules(folder)
        if "migrations" not in path.parts
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(len(bad)); print(bad)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[0] == "0", result.stdout
