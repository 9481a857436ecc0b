"""Shared fixtures: isolated data folder, offscreen Qt, SQLite and PostgreSQL workspaces, corpora."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("HASHIYA_CORPORA", REPO.parent / "shared" / "corpora"))
SEED = REPO / "resources" / "sample" / "article.txt"
PG_URL = os.environ.get("HASHIYA_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HASHIYA_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("HASHIYA_ANNOTATOR", "tester")


@pytest.fixture(autouse=True)
def _isolated_qt_settings(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """A test outside tests/ui that starts Qt (a workbench in tests/test_concurrency.py) writes its settings into
    its own folder, never into the user's (tests/ui/conftest.py does the same for every GUI test)."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        return
    from PySide6.QtCore import QSettings

    request.getfixturevalue("qapp")
    folder = tmp_path / "qt-settings"
    folder.mkdir(exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def corpora() -> Path:
    if not CORPORA.is_dir():
        pytest.skip(f"real corpora not found at {CORPORA} (they live in ../shared/corpora on CI)")
    return CORPORA


def _pg_available() -> bool:
    try:
        from sqlalchemy import create_engine, text

        engine = create_engine(PG_URL, connect_args={"connect_timeout": 2})
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return True
    except Exception:
        return False


_PG = None


def pg_available() -> bool:
    global _PG
    if _PG is None:
        _PG = _pg_available()
    return _PG


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL schema-free database: a throwaway database created on the server."""
    if not pg_available():
        pytest.skip(f"no PostgreSQL server at {PG_URL} (set HASHIYA_TEST_PG)")
    from sqlalchemy import create_engine, make_url, text

    name = f"hashiya_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each storage test runs on SQLite and, where a server is reachable, on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "test.sqlite3")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def ws(db_target: str):  # type: ignore[no-untyped-def]
    from app.services import Workspace

    workspace = Workspace.open(db_target, "tester")
    yield workspace
    workspace.close()


@pytest.fixture
def sqlite_ws(tmp_path: Path):  # type: ignore[no-untyped-def]
    from app.services import Workspace

    workspace = Workspace.open(str(tmp_path / "test.sqlite3"), "tester")
    yield workspace
    workspace.close()
