"""``hashiya suggest (--doc ID | --all) [--kinds] [--json] [--apply]``: the lines the issue names, and storing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.services import Workspace
from tests.test_suggestions import TEXT, add_doc, span, tiny  # noqa: F401 - tiny: the tiny recognisers


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "s.sqlite3")


def test_json_lines_for_one_document(capsys: pytest.CaptureFixture[str], db: str) -> None:
    ws = Workspace.open(db, "tester")
    doc = add_doc(ws)
    ws.close()
    code, out, err = run(capsys, "suggest", "--db", db, "--doc", str(doc), "--json")
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    cue, source = span(TEXT, "قال"), span(TEXT, "وزير الخارجية")
    claim = span(TEXT, "144 شخصا قتلوا في الهجوم")
    assert lines[0] == {
        "doc": doc,
        "label": "CLAIM",
        "start": claim[0],
        "end": claim[1],
        "text": "144 شخصا قتلوا في الهجوم",
        "attributes": {"quote": "indirect"},
        "cue": {"start": cue[0], "end": cue[1], "text": "قال"},
        "source": {"start": source[0], "end": source[1], "text": "وزير الخارجية"},
    }
    figure = span(TEXT, "144 شخصا")
    assert lines[1] == {
        "doc": doc,
        "label": "FIGURE",
        "start": figure[0],
        "end": figure[1],
        "text": "144 شخصا",
        "attributes": {"kind": "count", "value": 144},
    }
    assert lines[2]["source"] is None and len(lines) == 4
    assert err == ""  # nothing but the JSON lines
    ws = Workspace.open(db, "tester")
    assert ws.suggestions.list(doc) == []  # without --apply nothing is stored
    ws.close()


def test_kinds_and_readable_lines(capsys: pytest.CaptureFixture[str], db: str) -> None:
    ws = Workspace.open(db, "tester")
    doc = add_doc(ws)
    ws.close()
    code, out, _ = run(capsys, "suggest", "--db", db, "--doc", str(doc), "--kinds", "figures")
    assert code == 0
    assert out.splitlines()[0].startswith("FIGURE\t[") and "«144 شخصا»\tkind=count value=144" in out
    assert "CLAIM" not in out.splitlines()[0] and "1 document, 2 suggestions: FIGURE 2" in out


def test_apply_all_stores_them_for_the_workbench(capsys: pytest.CaptureFixture[str], db: str) -> None:
    ws = Workspace.open(db, "tester")
    first, second = add_doc(ws), add_doc(ws, TEXT + "\n")
    ws.close()
    code, out, err = run(capsys, "suggest", "--db", db, "--all", "--apply")
    assert code == 0, err
    assert out == "2 documents, 8 suggestions (stored): CLAIM 4, FIGURE 4\n"
    ws = Workspace.open(db, "tester")
    assert len(ws.suggestions.list(first)) == 4 and len(ws.suggestions.list(second)) == 4
    rejected = ws.suggestions.list(first)[1]
    ws.suggestions.edit_reject(rejected.id)
    ws.close()
    code, out, _ = run(capsys, "suggest", "--db", db, "--all", "--apply", "--json")
    assert code == 0
    assert len(out.splitlines()) == 7  # the rejected one is not proposed again


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--doc", "99"], "no document with id 99"),
        (["--all", "--kinds", "people"], "unknown kind 'people'"),
        (["--all", "--kinds", ","], "--kinds needs at least one kind"),
    ],
)
def test_bad_input_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], db: str, argv: list[str], message: str
) -> None:
    Workspace.open(db, "tester").close()
    code, out, err = run(capsys, "suggest", "--db", db, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err


def test_doc_or_all_is_required(capsys: pytest.CaptureFixture[str], db: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["suggest", "--db", db])
    assert exit_.value.code == 2
    assert "one of the arguments --doc --all is required" in capsys.readouterr().err
