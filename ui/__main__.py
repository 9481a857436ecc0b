"""``python -m ui`` runs the ``hashiya`` program (ui/launcher.py); it is also the frozen build's entry script."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
