"""Relation attributes and notes (brat A and # lines on R lines) survive Hashiya's own JSONL: the lossless
format must hold everything storage holds, or a backup through it would lose them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main

DATA = Path(__file__).parent / "data" / "brat_whole"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def relations(db: str) -> list[tuple[object, ...]]:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT type, attributes, note FROM relations WHERE deleted_at IS NULL"))


def test_relation_attributes_and_notes_go_through_native_jsonl(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "brat"
    source.mkdir()
    for name in ("a.ann", "a.txt"):
        shutil.copy(DATA / name, source / name)
    first, second = str(tmp_path / "first.sqlite3"), str(tmp_path / "second.sqlite3")
    run(capsys, "import", str(source), "--format", "brat", "--db", first)
    before = relations(first)
    assert any(note == "checked" for _, _, note in before)
    assert any("High" in attributes for _, attributes, _ in before)
    native = tmp_path / "all.jsonl"
    run(capsys, "export", "--format", "jsonl", "-o", str(native), "--db", first)
    run(capsys, "import", str(native), "--db", second)
    assert relations(second) == before
    again = tmp_path / "again.jsonl"
    run(capsys, "export", "--format", "jsonl", "-o", str(again), "--db", second)
    assert again.read_bytes() == native.read_bytes()
