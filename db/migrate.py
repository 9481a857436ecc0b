"""Alembic, driven from code: every open upgrades to the head this program ships."""

from __future__ import annotations

import enum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaState(enum.Enum):
    EMPTY = "empty"
    OLDER = "older"
    CURRENT = "current"
    NEWER = "newer"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def heads() -> tuple[str, ...]:
    return tuple(script().get_heads())


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def schema_state(conn: Connection) -> SchemaState:
    rev = current_revision(conn)
    if rev is None:
        if inspect(conn).has_table("documents"):
            raise RuntimeError("database has Hashiya tables but no alembic_version row")
        return SchemaState.EMPTY
    scripts = script()
    if rev in scripts.get_heads():
        return SchemaState.CURRENT
    try:
        scripts.get_revision(rev)
    except Exception:
        return SchemaState.NEWER
    return SchemaState.OLDER


def upgrade(conn: Connection, revision: str = "head") -> None:
    command.upgrade(alembic_config(conn), revision)


def downgrade(conn: Connection, revision: str) -> None:
    command.downgrade(alembic_config(conn), revision)
