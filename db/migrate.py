"""Alembic, driven from code: every open upgrades to the head this program ships."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from db.errors import DatabaseError
from db.schema_head import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
__all__ = ["MIGRATIONS_DIR", "SCHEMA_HEAD", "SchemaState", "downgrade", "heads", "schema_state", "upgrade"]


class SchemaState(enum.Enum):
    EMPTY = "empty"
    OLDER = "older"
    CURRENT = "current"
    NEWER = "newer"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def heads() -> tuple[str, ...]:
    return tuple(script().get_heads())


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def schema_state(conn: Connection) -> SchemaState:
    rev = current_revision(conn)
    if rev is None:
        tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        if tables:  # someone else's database, or a damaged one: never write our tables into it
            raise DatabaseError(
                f"not a Hashiya database (it holds other tables: {', '.join(sorted(tables)[:5])}); nothing was changed"
            )
        return SchemaState.EMPTY
    if rev == SCHEMA_HEAD:
        return SchemaState.CURRENT
    scripts = script()
    if rev in scripts.get_heads():
        return SchemaState.CURRENT
    try:
        scripts.get_revision(rev)
    except Exception:
        return SchemaState.NEWER
    return SchemaState.OLDER


def upgrade(conn: Connection, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(conn), revision)


def downgrade(conn: Connection, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(conn), revision)
