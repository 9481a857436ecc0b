"""Is a SQLite file damaged, and how does the user get their work back? (stdlib only, read-only)

``PRAGMA quick_check`` reads every page of the file. It runs at open when that is cheap (a file of at most
:data:`QUICK_CHECK_MAX_BYTES`, or the first open after an unclean shutdown, seen as a non-empty ``-wal``
file: SQLite removes it when the last connection closes cleanly), always when a statement fails with
SQLITE_CORRUPT, and in ``hashiya check``. Measured (2026-12-01, 2 cores, shared machine): a 100,000-document
database (1,000,000 annotations, 550 MB) takes 0.96 s with the file in the page cache and 5.3-5.8 s from
disk (integrity_check: 6.4 s warm), too slow for every open; a 6,000-document one (33 MB) 0.05-0.08 s warm
and 0.36 s from disk, hence the 32 MiB limit.
"""

from __future__ import annotations

import contextlib
import logging
import shlex
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from db.errors import DatabaseDamagedError, DatabaseError, known_error

QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024  # quick_check: under 0.1 s in the page cache, about 0.4 s from disk
log = logging.getLogger("hashiya.db")


@dataclass(frozen=True)
class CheckResult:
    path: Path
    problems: tuple[str, ...]  # empty when the file is sound
    seconds: float
    pragma: str

    @property
    def ok(self) -> bool:
        return not self.problems

    def error(self) -> DatabaseDamagedError:
        return damaged(self.path, list(self.problems))


def check_file(path: Path, *, full: bool = False, limit: int = 20) -> CheckResult:
    """Run ``PRAGMA quick_check`` (``integrity_check`` with ``full``) on ``path`` opened read-only."""
    pragma = "integrity_check" if full else "quick_check"
    start = time.perf_counter()
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}({int(limit)})")]
    except sqlite3.Error as exc:
        known = known_error(exc, str(path))
        if not isinstance(known, DatabaseDamagedError):  # missing, unreadable: not a verdict on the pages
            raise known or DatabaseError(f"cannot check {path}: {exc}") from exc
        rows = [str(exc)]
    seconds = time.perf_counter() - start
    problems = tuple(row for row in rows if row != "ok")
    log.info("%s of %s: %s in %.3f s", pragma, path, "ok" if not problems else f"{len(problems)} problems", seconds)
    return CheckResult(path, problems, seconds, pragma)


def worth_checking_at_open(path: Path) -> bool:
    """A small file, or one whose write-ahead log was left behind (a crash, a power cut, a killed process)."""
    wal = path.with_name(path.name + "-wal")
    try:
        return path.stat().st_size <= QUICK_CHECK_MAX_BYTES or (wal.exists() and wal.stat().st_size > 0)
    except OSError:
        return False


def backups(path: Path) -> list[Path]:
    """The ``<name>.bak-<timestamp>`` copies made before migrations, newest first."""
    return sorted(path.parent.glob(f"{path.name}.bak-*"), reverse=True)


def recovery(path: Path) -> str:
    """How to get the work back: SQLite's ``.recover``, and the backups found beside the file."""
    sql = path.with_name(f"{path.stem}-recovered.sql")
    fresh = path.with_name(f"{path.stem}-recovered{path.suffix}")
    steps = (
        f"recover what is readable with: sqlite3 {shlex.quote(str(path))} .recover > {shlex.quote(str(sql))} "
        f"&& sqlite3 {shlex.quote(str(fresh))} < {shlex.quote(str(sql))} (a sqlite3 without .recover says 'SQL "
        "logic error': use .dump there and change its last line, ROLLBACK, to COMMIT)"
    )
    found = backups(path)
    if found:
        return f"{steps}; or go back to the backup made before the last migration: {', '.join(map(str, found))}"
    return f"{steps} (no .bak- backup found beside it)"


def damaged(path: Path, problems: list[str]) -> DatabaseDamagedError:
    first = problems[0] if problems else "damaged pages"
    more = f" and {len(problems) - 1} more problems" if len(problems) > 1 else ""
    return DatabaseDamagedError(
        f"{path} is damaged ({first}{more}); Hashiya will not write to it, nothing was changed. {recovery(path)}"
    )


def check_target(target: str | Path, *, full: bool = False) -> CheckResult:
    """``hashiya check``: :func:`check_file` on the SQLite file named by a path or a ``sqlite:`` URL."""
    from db.engine import sqlite_file, to_url

    url = to_url(target)
    path = sqlite_file(url)
    if path is None:
        raise DatabaseError(
            f"hashiya check reads SQLite files; {url.render_as_string(hide_password=True)} is not "
            "one (on PostgreSQL, the server checks its own pages: see amcheck)"
        )
    if not path.is_file():
        raise DatabaseError(f"no database at {path}")
    return check_file(path, full=full)
