"""Refresh docs/screenshots/workbench.png, the README's (a claim selected, its arrow to its source, suggestions
outlined); made by scripts/screenshots.py, which makes every screenshot.

    python scripts/demo_screenshot.py [--lang ar|en] [--out FILE]
"""

from __future__ import annotations

from screenshots import one

if __name__ == "__main__":
    raise SystemExit(one("workbench"))
