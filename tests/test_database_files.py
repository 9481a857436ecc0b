"""Only SQLite opens the database's files (issue 9): an import of the database's folder leaves them out unread,
an export never writes over them, and diagnosing "not a database" reads through SQLite's own descriptor.

Closing any other descriptor of ``x.sqlite``, ``-wal`` or ``-shm`` drops all of this process's POSIX locks on it
(SQLite's "How To Corrupt", 2.2). The tests record every ``open`` of those files, and read /proc/locks.
"""

from __future__ import annotations

import builtins
import contextlib
import io
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.database_files import DatabaseFiles
from app.errors import InputError
from app.services import Workspace
from app.services.export_formats import Split, export
from app.services.export_target import DestinationError
from app.services.importing import import_paths
from db.errors import DatabaseDamagedError, DatabaseError, _looks_like_sqlite, known_error

TEXT = "قال وزير الدفاع إن القوات أسقطت طائرة مسيرة\n"


def db_files(db: Path) -> list[Path]:
    return [db, *(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal"))]


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every path opened through builtins.open, io.open or os.open from now on."""
    seen: list[str] = []
    real_open, real_io_open, real_os_open = builtins.open, io.open, os.open

    def record(file: object) -> None:
        if isinstance(file, (str, bytes, os.PathLike)):
            seen.append(os.path.realpath(os.fsdecode(file)))

    def fake_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        record(file)
        return real_open(file, *args, **kwargs)

    def fake_io_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        record(file)
        return real_io_open(file, *args, **kwargs)

    def fake_os_open(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        record(path)
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_io_open)
    monkeypatch.setattr(os, "open", fake_os_open)
    return seen


def posix_locks(db: Path) -> list[tuple[str, str, str, str]]:
    """This process's POSIX locks on the database and its -shm, from /proc/locks: (file, kind, start, end)."""
    inodes = {os.stat(p).st_ino: p.name for p in db_files(db)[:3] if p.exists()}
    found = []
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.replace(" -> ", " ").split()
        if fields[1] == "POSIX" and int(fields[4]) == os.getpid() and int(fields[5].split(":")[2]) in inodes:
            found.append((inodes[int(fields[5].split(":")[2])], fields[3], fields[6], fields[7]))
    return sorted(found)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A workspace on F/x.sqlite with an open connection (so -wal and -shm exist), and F/a.txt beside it."""
    folder = tmp_path / "F"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    ws = Workspace.open(str(folder / "x.sqlite"), "tester")
    ws.documents.count()  # a pooled connection that has read the database: it holds the -shm lock
    try:
        yield ws
    finally:
        ws.close()


def _ours(seen: list[str], db: Path) -> list[str]:
    return [p for p in seen if p in {os.path.realpath(f) for f in db_files(db)}]


def test_an_import_of_the_database_folder_never_opens_the_database_files(
    workspace: Workspace, opened: list[str]
) -> None:
    db = Path(workspace.db.describe())
    assert db.with_name("x.sqlite-wal").exists() and db.with_name("x.sqlite-shm").exists()
    report = import_paths(workspace.db, [db.parent], annotator="tester", fmt="txt", skip_bad=True)
    assert _ours(opened, db) == []
    assert report.documents == 1 and report.files == 1
    assert sorted(Path(p).name for p, why in report.bad if "the database itself" in why) == [
        "x.sqlite",
        "x.sqlite-shm",
        "x.sqlite-wal",
    ]


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux's /proc/locks")
def test_the_import_keeps_sqlites_locks(workspace: Workspace) -> None:
    db = Path(workspace.db.describe())
    before = posix_locks(db)
    assert before, "the open connection should hold a lock on the -shm"
    import_paths(workspace.db, [db.parent], annotator="tester", fmt="txt", skip_bad=True)
    assert posix_locks(db) == before


@pytest.mark.parametrize("name", ["x.sqlite", "x.sqlite-wal", "x.sqlite-shm"])
def test_the_database_named_directly_is_an_error(workspace: Workspace, opened: list[str], name: str) -> None:
    db = Path(workspace.db.describe())
    with pytest.raises(InputError, match="the database itself"):
        import_paths(workspace.db, [db.with_name(name)], annotator="tester", fmt="txt", skip_bad=True)
    assert _ours(opened, db) == []


def test_a_hard_link_to_the_database_is_left_out(workspace: Workspace, tmp_path: Path, opened: list[str]) -> None:
    db = Path(workspace.db.describe())
    other = tmp_path / "G"
    other.mkdir()
    os.link(db, other / "copy.txt")
    (other / "b.txt").write_text(TEXT + "ثانية\n", encoding="utf-8")
    report = import_paths(workspace.db, [other], annotator="tester", skip_bad=True)
    assert report.documents == 1 and [Path(p).name for p, _ in report.bad] == ["copy.txt"]
    assert _ours(opened, db) == [] and str(other / "copy.txt") not in opened


def test_a_sidecar_that_appears_later_is_known_by_its_name(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    files = DatabaseFiles(db)  # none of the files exists yet
    (tmp_path / "x.sqlite-journal").write_bytes(b"")
    (tmp_path / "y.sqlite-journal").write_bytes(b"")
    assert files.holds(tmp_path / "x.sqlite-journal") and files.holds(db)
    assert not files.holds(tmp_path / "y.sqlite-journal") and not DatabaseFiles(None).holds(db)


def test_the_cli_refuses_the_database_named_directly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.sqlite"
    assert main(["--db", str(db), "list"]) == 0
    capsys.readouterr()
    code = main(["--db", str(db), "import", str(db), "--format", "txt", "--skip-bad"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("hashiya: error: ") and "the database itself" in err
    assert len(err.splitlines()) == 1


def test_the_cli_import_of_the_folder_skips_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.sqlite"
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["--db", str(db), "import", str(tmp_path), "--format", "txt", "--skip-bad"]) == 0
    out = capsys.readouterr()
    assert "1 documents imported" in out.out
    assert f"skipped {db}: the database itself" in out.err and f"skipped {db}-wal: the database itself" in out.err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (1,)


# --- exports never write over the database ---------------------------------------------------------------------


def _count(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])


@pytest.fixture
def stocked(workspace: Workspace) -> Workspace:
    db = Path(workspace.db.describe())
    import_paths(workspace.db, [db.parent / "a.txt"], annotator="tester")
    return workspace


@pytest.mark.parametrize("name", ["x.sqlite", "x.sqlite-wal", "x.sqlite-shm", "x.sqlite-journal"])
def test_a_file_export_over_the_database_is_refused(stocked: Workspace, opened: list[str], name: str) -> None:
    db = Path(stocked.db.describe())
    with pytest.raises(DestinationError, match="the database itself"):
        export(stocked.db, "jsonl", db.with_name(name))
    assert _ours(opened, db) == []
    assert _count(db) == 1 and stocked.documents.count() == 1
    assert not db.with_name("x.sqlite-journal").exists()


def test_a_hard_link_to_the_database_is_no_destination(stocked: Workspace, tmp_path: Path) -> None:
    db = Path(stocked.db.describe())
    os.link(db, tmp_path / "out.jsonl")
    with pytest.raises(DestinationError, match="the database itself"):
        export(stocked.db, "jsonl", tmp_path / "out.jsonl")
    assert os.path.samefile(db, tmp_path / "out.jsonl") and _count(db) == 1


def test_a_folder_export_never_touches_the_database_even_if_a_manifest_lists_it(
    stocked: Workspace, opened: list[str]
) -> None:
    db = Path(stocked.db.describe())
    names = ["x.sqlite", "x.sqlite-wal", "x.sqlite-shm"]
    (db.parent / "a.txt").unlink()
    (db.parent / "manifest.json").write_text(json.dumps({"format": "brat", "files": names}), encoding="utf-8")
    with pytest.raises(DestinationError, match=r"holds the database .*x\.sqlite") as refused:
        export(stocked.db, "brat", db.parent)
    assert refused.value.suggestion == db.parent / "hashiya-brat"
    with pytest.raises(DestinationError, match="holds the database"):
        export(stocked.db, "jsonl", db.parent.parent, split=Split(0, (0.8, 0.1, 0.1)))  # db below dest
    assert _ours(opened, db) == [] and all(db.with_name(n).exists() for n in names)
    assert _count(db) == 1 and stocked.documents.count() == 1


def test_the_cli_refuses_to_export_over_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.sqlite"
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["--db", str(db), "import", str(tmp_path / "a.txt")]) == 0
    capsys.readouterr()
    code = main(["--db", str(db), "export", "--format", "jsonl", "-o", str(db)])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("hashiya: error: ") and "the database itself" in err
    assert len(err.splitlines()) == 1 and _count(db) == 1


# --- telling "not a SQLite file" from "a damaged header" -----------------------------------------------------


def _notadb(path: Path) -> sqlite3.DatabaseError:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        try:
            conn.execute("SELECT * FROM sqlite_master").fetchall()
        except sqlite3.DatabaseError as exc:
            assert exc.sqlite_errorcode == sqlite3.SQLITE_NOTADB
            return exc
    raise AssertionError(f"{path} opened as a database")


def test_not_a_database_is_diagnosed_without_opening_the_file(tmp_path: Path, opened: list[str]) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("قال شويغو\n" * 100, encoding="utf-8")
    garbled = tmp_path / "garbled.sqlite"
    with contextlib.closing(sqlite3.connect(garbled)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    with garbled.open("r+b") as f:  # the magic string stays, the page size after it does not
        f.seek(16)
        f.write(b"\xff" * 84)
    errors = {p: _notadb(p) for p in (text, garbled)}
    opened.clear()
    plain = known_error(errors[text], str(text), text)
    damaged = known_error(errors[garbled], str(garbled), garbled)
    assert isinstance(plain, DatabaseError) and not isinstance(plain, DatabaseDamagedError)
    assert "not a SQLite database" in str(plain)
    assert isinstance(damaged, DatabaseDamagedError) and ".recover" in str(damaged)
    assert str(text) not in opened and str(garbled) not in opened


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux's /proc/locks")
def test_the_diagnosis_keeps_sqlites_locks(workspace: Workspace) -> None:
    db = Path(workspace.db.describe())
    before = posix_locks(db)
    assert before, "the open connection should hold locks"
    assert _looks_like_sqlite(db)
    assert posix_locks(db) == before
