"""Refresh docs/screenshots/guide-1-workbench.png (guide-ar-1-workbench.png with ``--lang ar``): a claim selected
by a mouse click, with its arrow to its source; made by scripts/screenshots.py, which makes every screenshot.

    python scripts/link_screenshot.py [--lang ar|en] [--out FILE]
"""

from __future__ import annotations

from screenshots import one

if __name__ == "__main__":
    raise SystemExit(one("guide-1-workbench"))
