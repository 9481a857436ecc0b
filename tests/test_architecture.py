"""The dependency rule: ui -> app -> db. app/ and db/ never import PySide6, so they run headless."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

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


def test_app_never_imports_ui_not_even_lazily() -> None:
    """``_imports`` walks whole modules, function bodies included: the GUI is started by ui/launcher.py."""
    offenders = {
        str(path.relative_to(REPO)): sorted(m for m in _imports(path) if m.split(".")[0] == "ui")
        for path in _modules("app")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_ui_never_imports_db_not_even_lazily() -> None:
    """The GUI reaches storage only through app services (app.errors re-exports the storage errors)."""
    offenders = {
        str(path.relative_to(REPO)): sorted(m for m in _imports(path) if m.split(".")[0] == "db")
        for path in _modules("ui")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_every_entry_point_is_the_launcher() -> None:
    """``pip install``'s script, ``python -m ui`` and the frozen build (build.spec) all start ui/launcher.py."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"] == {"hashiya": "ui.launcher:main"}
    spec = ast.parse((REPO / "build.spec").read_text(encoding="utf-8"))
    analysis = next(n for n in ast.walk(spec) if isinstance(n, ast.Call) and ast.unparse(n.func) == "Analysis")
    assert ast.unparse(analysis.args[0]) == "[str(ROOT / 'ui' / '__main__.py')]"
    assert "from ui.launcher import main" in (REPO / "ui" / "__main__.py").read_text(encoding="utf-8")


def test_the_launcher_starts_the_gui_without_a_sub_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.main
    from ui import launcher

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(ui.main, "run_gui", lambda **kwargs: calls.append(kwargs) or 0)
    assert launcher.main([]) == 0
    assert launcher.main(["--db", "x.sqlite3", "gui", "--doc", "3"]) == 0
    assert calls == [
        {"db": None, "screenshot": None, "doc": None, "language": None},
        {"db": "x.sqlite3", "screenshot": None, "doc": 3, "language": None},
    ]


def test_without_the_launcher_the_cli_refuses_the_gui_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    assert main(["gui"]) == 2
    assert capsys.readouterr().err.startswith("hashiya: error: the workbench starts from the hashiya program")


def test_the_launcher_help_loads_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "from ui.launcher import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6', 'sqlalchemy', 'orjson'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert "usage: hashiya" in result.stdout and result.stdout.splitlines()[-1] == "[]"


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


LAUNCH = """
import json, sys
from pathlib import Path
import ui.main
from ui.launcher import main

seen = {}
save = ui.main._save

def probe(window, path):
    seen["sqlalchemy_at_first_frame"] = "sqlalchemy" in sys.modules
    return save(window, path)

ui.main._save = probe
seen["code"] = main(["--db", sys.argv[1], "--lang", "en", "gui", "--screenshot", sys.argv[2]])
print(json.dumps(seen))
"""


def test_the_launcher_paints_the_first_frame_before_sqlalchemy(sqlite_ws: Any, tmp_path: Path) -> None:
    """The same promise as tests/ui/test_first_frame.py, through the program users start."""
    from tests.ui.conftest import add_document

    add_document(sqlite_ws, "قال الوزير إن المحادثات ستستمر", "خبر")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run(
        [sys.executable, "-c", LAUNCH, sqlite_ws.db.describe(), str(tmp_path / "shot.png")],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"sqlalchemy_at_first_frame": False, "code": 0}
