"""Where things live: the user's data folder, the default database, bundled resources."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Hashiya"


def data_dir() -> Path:
    """The user data folder (``HASHIYA_DATA_DIR`` overrides it, e.g. in tests)."""
    override = os.environ.get("HASHIYA_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_dir() / "hashiya.sqlite3"


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_article() -> Path:
    return resources_dir() / "sample" / "article.txt"


def default_annotator() -> str:
    """``HASHIYA_ANNOTATOR``, else the login name."""
    name = os.environ.get("HASHIYA_ANNOTATOR")
    if name:
        return name
    try:
        return getpass.getuser() or "annotator"
    except Exception:  # no login name in some containers
        return "annotator"
