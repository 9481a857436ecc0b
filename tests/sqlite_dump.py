"""A SQLite database as SQL text, for tests that check nothing changed.

The search index (``search_index``, migration 0010) is left out: it is derived from the documents, its FTS5
segments differ after documents are indexed and taken out again even when it holds the same, and Python's
``iterdump`` cannot read a contentless FTS5 table (it selects every row). tests/test_search.py checks it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3


def dump_lines(path: str | os.PathLike[str]) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn, contextlib.closing(sqlite3.connect(":memory:")) as copy:
        conn.backup(copy)
        copy.execute("DROP TABLE IF EXISTS search_index")  # with its shadow tables
        return list(copy.iterdump())
