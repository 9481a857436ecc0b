"""The newest schema revision this program ships, importable without SQLAlchemy or Alembic.

A test holds it equal to Alembic's head. Knowing it lets an open of an up-to-date database skip loading
Alembic, and lets the GUI check a SQLite file with the stdlib before SQLAlchemy is loaded.
"""

SCHEMA_HEAD = "0013"
