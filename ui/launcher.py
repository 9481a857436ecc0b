"""The ``hashiya`` program: the workbench without a sub-command (or with ``gui``), else a headless sub-command.

It lives in ``ui/`` because it is the one place that may know both the GUI and the CLI (``app/`` never
imports ``ui/``). The entry point of ``pip install`` (``[project.scripts]``), of ``python -m ui`` and of
the frozen build (``build.spec`` runs ``ui/__main__.py``). Importing it loads neither PySide6 nor
SQLAlchemy: ``hashiya --help`` and the sub-commands stay headless, and the GUI still paints its first
frame before SQLAlchemy is imported (``ui.main.run_gui``, docs/architecture.md "Starting").
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def start_gui(args: argparse.Namespace) -> int:
    from ui.main import run_gui

    return run_gui(
        db=getattr(args, "db", None),
        screenshot=getattr(args, "screenshot", None),
        doc=getattr(args, "doc", None),
        language=getattr(args, "lang", None),
    )


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import main as cli_main

    return cli_main(argv, gui=start_gui)
