"""``hashiya schema show|export|import|rename|delete``: a team shares one schema through a versioned file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.schema import DEFAULT_SCHEMA
from app.services import Workspace
from tests.conftest import SEED
from tests.sqlite_dump import dump_lines


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_edit_import_shares_the_schema(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first, second = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    ws = Workspace.open(first, "tester")
    ws.schema.add_label("PLACE")
    ws.schema.add_relation_type("located_in", ("CLAIM",), ("PLACE",))
    ws.schema.delete_label("CUE")
    shared = ws.schema.get()
    ws.close()
    file = tmp_path / "team.json"
    assert run(capsys, "schema", "export", str(file), "--db", first)[0] == 0
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["format"] == "hashiya-schema" and data["version"] == 1
    assert [x["name"] for x in data["labels"]] == ["ACTOR", "CLAIM", "FIGURE", "PLACE"]
    code, out, err = run(capsys, "schema", "import", str(file), "--db", second)
    assert code == 0, err
    other = Workspace.open(second, "tester")
    assert other.schema.get() == shared
    other.close()
    code, out, _ = run(capsys, "schema", "show", "--db", second)
    assert "PLACE\t" in out and "link located_in\tCLAIM -> PLACE" in out and "CUE" not in out


def test_delete_in_use_names_the_count_and_force_deletes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite3")
    assert run(capsys, "import", str(SEED), "--db", db)[0] == 0
    assert run(capsys, "annotate", "--doc", "1", "--match", "144", "--label", "FIGURE", "--db", db)[0] == 0
    code, _, err = run(capsys, "schema", "delete", "FIGURE", "--db", db)
    assert code == 2 and err.startswith("hashiya: error: label 'FIGURE' is held by 1 annotation;") and "--force" in err
    assert "Traceback" not in err
    code, out, _ = run(capsys, "schema", "rename", "FIGURE", "NUMBER", "--db", db)
    assert code == 0
    code, out, _ = run(capsys, "show", "1", "--db", db)
    assert "NUMBER\t" in out
    assert run(capsys, "schema", "delete", "NUMBER", "--force", "--db", db)[0] == 0
    code, out, _ = run(capsys, "schema", "show", "--json", "--db", db)
    assert [x["name"] for x in json.loads(out)["labels"]] == ["ACTOR", "CLAIM", "CUE"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "not JSON"),
        (b'{"format": "hashiya-schema", "version": 3}', "newer than this program reads"),
        (b'{"format": "hashiya-schema", "version": 1, "labels": [{"name": "A B"}]}', "space"),
    ],
)
def test_a_bad_schema_file_is_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, message: str
) -> None:
    db, file = str(tmp_path / "d.sqlite3"), tmp_path / "bad.json"
    file.write_bytes(content)
    code, _, err = run(capsys, "schema", "import", str(file), "--db", db)
    assert code == 2 and err.count("\n") == 1 and message in err and err.startswith("hashiya: error: ")
    ws = Workspace.open(db, "tester")
    assert ws.schema.get() == DEFAULT_SCHEMA
    ws.close()


def dump(db: Path) -> list[str]:

    return dump_lines(db)  # all but the search index


def test_export_never_writes_over_the_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "e.sqlite3"
    assert run(capsys, "schema", "show", "--db", str(db))[0] == 0
    before = dump(db)  # through SQLite: reading the file's bytes would drop this process's locks on it
    code, _, err = run(capsys, "schema", "export", str(db), "--db", str(db))
    assert code == 2 and "the database itself" in err and dump(db) == before
