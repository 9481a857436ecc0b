"""Engine and session set-up for SQLite (embedded default) and PostgreSQL (teams).

SQLite runs in WAL mode with ``synchronous=FULL``: measured in ``bench/bench_commit.py``, FULL costs
well under a millisecond per annotation commit, and it is the only WAL setting under which a commit
that returned survives a power cut or kernel crash (NORMAL can lose the last transactions).
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.engine import URL, ExceptionContext
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db import integrity, migrate
from db.errors import DatabaseBusyError, DatabaseDamagedError, DatabaseError, error_kind, known_error

__all__ = ["Database", "DatabaseBusyError", "DatabaseError", "open_database", "to_url"]

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)
BUSY_TIMEOUT_S = 5


def to_url(target: str | os.PathLike[str]) -> URL:
    """Turn a file path or a SQLAlchemy URL string into a URL."""
    text = os.fspath(target)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def _on_sqlite_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # Take transaction control away from pysqlite (it breaks SAVEPOINT); SQLAlchemy emits BEGIN.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


WRITE = {"hashiya_write": True}  # execution option of connections that write: see ``_on_sqlite_begin``


BUSY_MS = "hashiya_busy_ms"  # execution option: how long this writer waits for the lock (default 5 s)


def _on_sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    # A deferred BEGIN that later writes upgrades a read lock, and there SQLite returns "database is
    # locked" at once instead of calling the busy handler. Writers take the lock first and so wait (up to
    # the busy timeout) for each other; readers stay deferred, and WAL readers never block or wait.
    options = conn.get_execution_options()
    if not options.get("hashiya_write"):
        conn.exec_driver_sql("BEGIN")
        return
    # The pooled connection keeps the last busy timeout set on it: every writer sets its own.
    conn.exec_driver_sql(f"PRAGMA busy_timeout={int(options.get(BUSY_MS, BUSY_TIMEOUT_S * 1000))}")
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def is_busy(exc: BaseException) -> bool:
    """Whether a driver error means another writer held the database past the busy timeout."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text


@contextlib.contextmanager
def busy_as_error(where: str) -> Iterator[None]:
    """Turn SQLite's "database is locked" into :class:`DatabaseBusyError`, which the user can act on."""
    try:
        yield
    except OperationalError as exc:
        if not is_busy(exc):
            raise
        raise DatabaseBusyError(
            f"{where}: the database is busy (another program has been writing to it for "
            f"more than {BUSY_TIMEOUT_S} s); try again in a moment"
        ) from None


class _Sessions(sessionmaker[Session]):
    """``sessions()`` reads (deferred BEGIN); ``sessions.begin()`` writes (BEGIN IMMEDIATE on SQLite)."""

    writer: Engine

    @contextlib.contextmanager
    def begin(self) -> Iterator[Session]:
        with busy_as_error("cannot save"), self(bind=self.writer) as session, session.begin():
            yield session


class Guard:
    """Maps the driver errors of one database to the errors the user can act on (``db.errors.known_error``)
    and, once the file is known to be damaged, makes every new connection read-only (``PRAGMA query_only``):
    reads go on, writes are refused with the recovery advice."""

    def __init__(self, engine: Engine, where: str, path: Path | None) -> None:
        self.where, self.path = where, path
        self.problems: list[str] = []
        event.listen(engine, "handle_error", self.on_error)
        if path is not None:
            event.listen(engine, "connect", self.on_connect)

    @property
    def damage(self) -> DatabaseDamagedError | None:
        return integrity.damaged(self.path, self.problems) if self.problems and self.path else None

    def on_connect(self, dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        if self.problems:
            dbapi_connection.execute("PRAGMA query_only=ON")

    def on_error(self, context: ExceptionContext) -> BaseException | None:
        exc = context.original_exception
        kind = error_kind(exc)
        if kind is None or kind == "busy":  # a bug, or left to ``busy_as_error``
            return None
        if kind == "readonly" and self.problems:  # a write refused by query_only
            return self.damage
        if kind in ("corrupt", "notadb") and self.path is not None:
            found = integrity.check_file(self.path)
            self.problems = list(found.problems) or [str(exc)]
            context.is_disconnect = True  # drop the pooled connections: the next ones are read-only
            return self.damage
        return known_error(exc, self.where, self.path)


@dataclass
class Database:
    """An open, migrated database: the engine plus a session factory (one session per user action)."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    created: bool
    backup_path: Path | None = None
    guard: Guard | None = None

    @property
    def damage(self) -> DatabaseDamagedError | None:
        """Why this file is refused writes (damaged pages), or None."""
        return self.guard.damage if self.guard is not None else None

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def file(self) -> Path | None:
        """The SQLite file (None for PostgreSQL or an in-memory database)."""
        return sqlite_file(self.url)

    def describe(self) -> str:
        return self.url.database or "" if self.is_sqlite else self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    @functools.cached_property
    def writer(self) -> Engine:
        """The engine for writes: the same pool, but each transaction starts with ``BEGIN IMMEDIATE``."""
        return self.engine.execution_options(**WRITE)

    def wait_briefly(self, busy_ms: int) -> None:
        """Edits made through ``sessions.begin()`` wait at most ``busy_ms`` for another writer (the window:
        a key press must not freeze it for the full 5 s; it retries on a timer instead). ``write()``, used by
        imports, keeps the full busy timeout."""
        if isinstance(self.sessions, _Sessions):
            self.sessions.writer = self.engine.execution_options(**WRITE, **{BUSY_MS: busy_ms})

    @contextlib.contextmanager
    def write(self, where: str = "cannot save") -> Iterator[Connection]:
        """One write transaction on a connection; a busy database raises :class:`DatabaseBusyError`."""
        with busy_as_error(where), self.writer.begin() as conn:
            yield conn


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def sqlite_file(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    if url.query.get("uri") == "true" and url.database.startswith("file:"):  # sqlite:///file:/x?mode=ro&uri=true
        from urllib.parse import unquote, urlsplit

        return Path(unquote(urlsplit(url.database).path))
    return Path(url.database)


def open_database(target: str | os.PathLike[str], *, backup: bool = True) -> Database:
    """Open (creating if needed) and migrate the database at ``target``.

    A database newer than this program raises :class:`DatabaseError`; an older SQLite file is
    copied to ``<name>.bak-<timestamp>`` before it is migrated.
    """
    url = to_url(target)
    path = sqlite_file(url)
    created = path is None or not path.exists() or path.stat().st_size == 0
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    if path is not None and not created:
        _refuse_foreign_sqlite(path)
    engine = make_engine(url)
    guard = Guard(engine, str(path or url.render_as_string(hide_password=True)), path)
    if path is not None and not created and integrity.worth_checking_at_open(path):
        guard.problems = list(integrity.check_file(path).problems)
    backup_path = None
    try:
        with engine.connect() as conn:
            state = migrate.schema_state(conn)
        if guard.damage is not None and state != migrate.SchemaState.CURRENT:
            raise guard.damage  # a migration would write
        if state == migrate.SchemaState.NEWER:
            raise DatabaseError(
                f"{path or url.render_as_string(hide_password=True)} was written by a newer version of "
                "Hashiya; update Hashiya to open it (nothing was changed)."
            )
        if state == migrate.SchemaState.OLDER and path is not None and backup:
            engine.dispose()
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
            backup_path = path.with_name(f"{path.name}.bak-{stamp}")
            _backup_sqlite(path, backup_path)
        if state != migrate.SchemaState.CURRENT:
            with engine.begin() as conn:
                migrate.upgrade(conn)
    except DatabaseError:
        engine.dispose()
        raise
    except DBAPIError as exc:  # connection refused, not a database file, read-only folder...
        engine.dispose()
        where = path or url.render_as_string(hide_password=True)
        raise DatabaseError(f"cannot open database {where}: {exc.orig}") from exc
    sessions = _Sessions(engine, expire_on_commit=False)
    sessions.writer = engine.execution_options(**WRITE)
    return Database(url=url, engine=engine, sessions=sessions, created=created, backup_path=backup_path, guard=guard)


def _refuse_foreign_sqlite(path: Path) -> None:
    """Look at an existing file read-only first: the WAL pragma would rewrite a stranger's header."""
    import sqlite3

    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    except sqlite3.DatabaseError as exc:
        raise known_error(exc, str(path), path) or DatabaseError(f"cannot open database {path}: {exc}") from exc
    if tables and "alembic_version" not in tables:
        raise DatabaseError(
            f"{path} is not a Hashiya database (it holds other tables: "
            f"{', '.join(sorted(tables)[:5])}); nothing was changed"
        )


def _backup_sqlite(path: Path, dest: Path) -> None:
    import sqlite3

    with contextlib.closing(sqlite3.connect(path)) as src, contextlib.closing(sqlite3.connect(dest)) as dst:
        src.backup(dst)
    if not dest.exists():  # never copy the file itself: closing our descriptor would drop SQLite's locks
        raise DatabaseError(f"could not back {path} up to {dest}; nothing was changed")
