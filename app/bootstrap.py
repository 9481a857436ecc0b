"""Opening the workspace the app and CLI start on."""

from __future__ import annotations

from app.paths import default_annotator, default_database, sample_article
from app.services import Workspace
from app.services.title_filter import backfill
from db.engine import open_database


def open_workspace(db: str | None = None, annotator: str | None = None) -> Workspace:
    """Open ``db`` (a path or SQLAlchemy URL), or the embedded default database.

    When the default database is created, the bundled sample article is imported into it so that
    a new user sees an Arabic article ready to annotate. A database named explicitly starts empty.
    """
    database = open_database(db if db is not None else default_database())
    name = annotator or default_annotator()
    if db is None and database.created:
        seed_sample(database, name)
    backfill(database)  # titles imported before migration 0011 get their folded form (one index probe if none)
    return Workspace(database, name)


def seed_sample(database, annotator: str) -> None:  # type: ignore[no-untyped-def]
    from app.formats.txt import read_txt
    from app.services.importing import import_records

    path = sample_article()
    if not path.exists():  # a stripped-down install: start empty rather than fail
        return
    records = list(read_txt(path))
    for record in records:  # its first line is the headline
        record.title = record.text.split("\n", 1)[0].strip()
    import_records(database, records, annotator=annotator)
