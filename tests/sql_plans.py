"""Recording the SELECTs a piece of code runs on SQLite and reading SQLite's plan for each."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from db.engine import Database

Statement = tuple[str, object]


@contextmanager
def recorded_selects(db: Database) -> Iterator[list[Statement]]:
    statements: list[Statement] = []

    def on_execute(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", on_execute)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", on_execute)


def plans(db: Database, statements: list[Statement]) -> list[tuple[str, str]]:
    """(statement, its query plan) for each statement, read by a separate stdlib connection."""
    path = db.engine.url.database
    assert path, "a SQLite file database"
    conn = sqlite3.connect(path)
    try:
        out = []
        for statement, parameters in statements:
            rows = conn.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()  # type: ignore[arg-type]
            out.append((statement, "\n".join(str(row[-1]) for row in rows)))
        return out
    finally:
        conn.close()


def reads_table_rows(plan: str, table: str) -> bool:
    """Whether the plan walks ``table``'s rows (not one of its indexes): cost grows with the table."""
    return any(
        (line.startswith(f"SCAN {table}") and "COVERING INDEX" not in line)
        or line.startswith(f"SEARCH {table} USING INTEGER PRIMARY KEY (rowid<")
        for line in plan.splitlines()
    )


def corpus_wide(plan: str) -> bool:
    """Whether the plan scans the annotations or relations, or builds a temporary index."""
    return any(
        line.startswith(("SCAN annotations", "SCAN relations")) or "AUTOMATIC" in line for line in plan.splitlines()
    )
