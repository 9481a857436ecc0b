"""Where a bug leaves a trace: a rotating log file in the data folder (``logs/hashiya.log``, 1 MB x 3).

Errors the user can act on (:class:`~app.errors.HashiyaError`) are messages; anything else is a bug, logged
here with its traceback while the user sees one short line naming this file (:func:`user_message`).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from app.errors import HashiyaError
from app.paths import data_dir

LOGGER = "hashiya"
MAX_BYTES = 1_000_000
BACKUPS = 3
log = logging.getLogger(LOGGER)


def log_file() -> Path:
    return data_dir() / "logs" / "hashiya.log"


class _Handler(logging.handlers.RotatingFileHandler):
    def handleError(self, record: logging.LogRecord) -> None:
        print(f"hashiya: could not write the log {self.baseFilename}: {sys.exc_info()[1]}", file=sys.stderr)


def setup(*, debug: bool = False) -> Path | None:
    """Send the ``hashiya`` loggers to the log file of the current data folder (opened at the first record);
    with ``debug`` to stderr as well. Returns the file, or None when its folder cannot be made."""
    path = log_file()
    for old in [h for h in log.handlers if getattr(h, "hashiya", False)]:
        log.removeHandler(old)
        old.close()
    log.setLevel(logging.DEBUG if debug else logging.INFO)
    handlers: list[logging.Handler] = []
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(_Handler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True))
    except OSError:
        path = None  # type: ignore[assignment]
    if debug:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"))
        handler.hashiya = True  # type: ignore[attr-defined]
        log.addHandler(handler)
    return path


def log_bug(exc: BaseException, context: str = "unexpected error") -> str:
    """Log ``exc`` with its traceback; the short line to show the user, naming the log file."""
    ours = [h for h in log.handlers if getattr(h, "hashiya", False)]
    if not any(getattr(h, "baseFilename", None) == str(log_file()) for h in ours):  # not set up, or moved
        setup(debug=any(not isinstance(h, logging.FileHandler) for h in ours))
    log.error("%s: %s", context, exc, exc_info=(type(exc), exc, exc.__traceback__))
    files = [h.baseFilename for h in log.handlers if isinstance(h, logging.FileHandler)]
    where = f"details in {files[0]}" if files else "no log file could be written"
    return f"internal error: {type(exc).__name__}: {exc} ({where})"


def user_message(exc: BaseException) -> str:
    """What to tell the user about ``exc``: its text when they can act on it, else :func:`log_bug`'s line."""
    return str(exc) if isinstance(exc, HashiyaError) else log_bug(exc)
