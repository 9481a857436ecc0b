"""Schema, migrations and SQLite settings, on SQLite and (where reachable) PostgreSQL."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from db import migrate
from db.engine import DatabaseError, open_database
from db.models import Base, Document


def test_single_head() -> None:
    assert len(migrate.heads()) == 1


def test_models_match_migrations(db_target: str) -> None:
    """Autogenerate finds nothing to do: the migrations build exactly the models' schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = open_database(db_target)

    def for_this_dialect(obj, name, type_, _reflected, _compare_to) -> bool:  # type: ignore[no-untyped-def]
        if type_ == "table" and name and name.startswith("search_index"):  # FTS5 and its shadow tables (0010)
            return False
        ddl_if = getattr(obj, "_ddl_if", None)  # Index(...).ddl_if(dialect=...): only on that dialect
        return not (type_ == "index" and ddl_if is not None and ddl_if.dialect != db.engine.dialect.name)

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": for_this_dialect})
        diff = compare_metadata(context, Base.metadata)
    db.close()
    assert diff == []


def test_default_labels_seeded(ws) -> None:  # type: ignore[no-untyped-def]
    assert [(lb.name, lb.shortcut) for lb in ws.labels.all()] == [
        ("ACTOR", "1"),
        ("CLAIM", "2"),
        ("FIGURE", "3"),
        ("CUE", None),
    ]  # the default schema


def test_sqlite_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    db.close()


def _insert_doc(db, body: str) -> int:  # type: ignore[no-untyped-def]
    with db.sessions.begin() as session:
        doc = Document(title="t", text=body, sha256=hashlib.sha256(body.encode()).hexdigest())
        session.add(doc)
        session.flush()
        return doc.id


def test_downgrade_and_upgrade_with_data(db_target: str) -> None:
    db = open_database(db_target)
    _insert_doc(db, "قال شويغو")
    with db.engine.begin() as conn:
        migrate.downgrade(conn, "base")
    with db.engine.connect() as conn:
        assert not inspect(conn).has_table("documents")
        assert migrate.schema_state(conn) is migrate.SchemaState.EMPTY
    with db.engine.begin() as conn:
        migrate.upgrade(conn)
    db.close()
    reopened = open_database(db_target)
    doc_id = _insert_doc(reopened, "نص آخر")
    assert doc_id >= 1
    reopened.close()


def test_upgrade_from_first_revision_keeps_rows_and_backs_up(tmp_path: Path) -> None:
    """A database holding data at revision 0001 is backed up, then upgraded in place on open."""
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    with db.engine.begin() as conn:
        migrate.downgrade(conn, "0001")
    with db.engine.begin() as conn:  # the columns 0001 has (the model has more now)
        conn.execute(
            text(
                "INSERT INTO documents (title, text, sha256, status, imported_at, metadata) "
                "VALUES ('t', :body, :sha, 'new', '2026-01-01 00:00:00', '{}')"
            ),
            {"body": "قال شويغو إن 144", "sha": hashlib.sha256("قال شويغو إن 144".encode()).hexdigest()},
        )
    db.close()
    assert len(migrate.heads()) == 1 and migrate.heads()[0] != "0001"
    again = open_database(path)
    assert again.backup_path is not None and again.backup_path.exists()
    with again.engine.connect() as conn:
        assert conn.execute(text("SELECT text FROM documents")).scalar() == "قال شويغو إن 144"
        assert migrate.current_revision(conn) == migrate.heads()[0]
        assert "ix_documents_status" in {ix["name"] for ix in inspect(conn).get_indexes("documents")}
    again.close()
    with sqlite3.connect(again.backup_path) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT text FROM documents").fetchone() == ("قال شويغو إن 144",)


def test_newer_database_refused_without_change(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before


def test_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(DatabaseError, match="cannot open"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1")


@pytest.mark.postgres
def test_postgres_runs_the_same_models(pg_url: str) -> None:
    db = open_database(pg_url)
    assert db.url.get_backend_name() == "postgresql"
    doc_id = _insert_doc(db, "نص على PostgreSQL")
    with db.engine.connect() as conn:
        assert (
            conn.execute(text("SELECT text FROM documents WHERE id = :i"), {"i": doc_id}).scalar()
            == "نص على PostgreSQL"
        )
    db.close()


def test_schema_head_constant_matches_alembic() -> None:
    assert migrate.heads() == (migrate.SCHEMA_HEAD,)


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    open_database(tmp_path / "a.sqlite3").close()
    code = (
        "import sys; from db.engine import open_database; "
        f"open_database({str(tmp_path / 'a.sqlite3')!r}).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    ).stdout
    assert out.strip() == "[]"


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("قال شويغو\n" * 100, encoding="utf-8")
    with pytest.raises(DatabaseError, match="cannot open database"):
        open_database(path)
    assert path.read_text(encoding="utf-8") == "قال شويغو\n" * 100


def test_someone_elses_sqlite_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match=r"not a Hashiya database.*recipes"):
        open_database(path)
    assert path.read_bytes() == before
