"""``python -m app`` runs the headless sub-commands of ``hashiya`` (``app.cli``); the program itself, which also
starts the workbench, is ``ui/launcher.py`` (``python -m ui``, the ``hashiya`` script and the frozen build)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
