"""``python -m app`` runs the ``hashiya`` command; it is also the entry script of the frozen build (build.spec)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
