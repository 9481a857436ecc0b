"""A database file with damaged pages: found at open, on a failing write and by `hashiya check`; never written.

The damage is real: garbage written over a page in the middle of a closed database's file (the last leaf of
the annotations table, where the next annotation would go; `list` counts from an index and still reads).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.services import Workspace

SENTENCE = "قال وزير الدفاع إن القوات أسقطت 144 طائرة مسيرة خلال الليل في المنطقة الحدودية"
WORDS = SENTENCE.split(" ")


def _corpus(path: Path, docs: int = 120, per_doc: int = 12) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(docs):
            text = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(40)) + f" [{n}]"
            spans, at = [], 0
            for word in text.split()[:per_doc]:
                start = text.index(word, at)
                spans.append({"label": "ACTOR", "start": start, "end": start + len(word), "text": word})
                at = start + len(word)
            record = {"title": f"خبر {n}", "text": text, "offsets": "codepoint", "annotations": spans}
            out.write(json.dumps(record, ensure_ascii=False))
            out.write("\n")
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _last_annotation_leaf(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        try:
            rows = conn.execute("SELECT pageno, path FROM dbstat WHERE name = 'annotations' AND pagetype = 'leaf'")
            leaves = sorted(rows.fetchall(), key=lambda row: row[1])
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table to find a page by its table")
    assert len(leaves) > 3, "the fixture should give the annotations table several pages"
    return int(leaves[-1][0])


@pytest.fixture(scope="module")
def sound_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sound")
    path = folder / "work.sqlite3"
    ws = Workspace.open(str(path), "tester")
    from app.services.importing import import_paths

    import_paths(ws.db, [_corpus(folder / "corpus.jsonl")], fmt="jsonl", annotator="tester")
    ws.close()
    assert not path.with_name(path.name + "-wal").exists()  # closed cleanly
    return path


@pytest.fixture
def damaged_db(sound_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "work.sqlite3"
    shutil.copy(sound_db, path)
    page = _last_annotation_leaf(path)
    size = 4096
    with path.open("r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\xde\xad\xbe\xef" * (size // 4))
    shutil.copy(sound_db, tmp_path / "work.sqlite3.bak-20261130T120000")  # as a migration leaves it
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_reports_the_damage_and_how_to_recover(capsys: pytest.CaptureFixture[str], damaged_db: Path) -> None:
    before = _sha(damaged_db)
    code, out, err = run(capsys, "check", "--db", str(damaged_db))
    assert code == 2
    assert out.strip(), "the problems found are listed"
    assert len(err.splitlines()) == 1 and err.startswith("hashiya: error: ") and "Traceback" not in err
    assert f"sqlite3 {damaged_db} .recover > " in err
    assert str(damaged_db.with_name("work.sqlite3.bak-20261130T120000")) in err
    assert _sha(damaged_db) == before


def test_check_passes_a_sound_file_and_full_check_too(capsys: pytest.CaptureFixture[str], sound_db: Path) -> None:
    assert run(capsys, "check", "--db", str(sound_db))[0] == 0
    code, out, _ = run(capsys, "check", "--full", "--db", str(sound_db))
    assert code == 0 and "integrity_check" in out


@pytest.mark.parametrize(
    "command",
    [
        ["annotate", "--doc", "3", "--label", "FIGURE", "--match", "144"],
        ["import", "NEWFILE"],
    ],
)
def test_writes_are_refused_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], damaged_db: Path, tmp_path: Path, command: list[str]
) -> None:
    new = tmp_path / "new.txt"
    new.write_text("خبر جديد عن الطائرات المسيرة", encoding="utf-8")
    before = _sha(damaged_db)
    code, out, err = run(capsys, *[str(new) if c == "NEWFILE" else c for c in command], "--db", str(damaged_db))
    assert code == 2, out
    assert "is damaged" in err.splitlines()[-1] and ".recover" in err and "Traceback" not in err
    assert _sha(damaged_db) == before
    with contextlib.closing(sqlite3.connect(f"{damaged_db.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (120,)


def test_list_still_reads_with_a_warning(capsys: pytest.CaptureFixture[str], damaged_db: Path) -> None:
    code, out, err = run(capsys, "list", "--db", str(damaged_db))
    assert code == 0
    assert len(out.splitlines()) == 120
    assert err.startswith("hashiya: warning: ") and "is damaged" in err


def test_a_write_that_meets_the_damage_refuses_every_later_write(
    damaged_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file too large to check at open: the first write hits SQLITE_CORRUPT, which runs the check."""
    from app.errors import DatabaseDamagedError
    from db import integrity

    monkeypatch.setattr(integrity, "QUICK_CHECK_MAX_BYTES", 0)
    ws = Workspace.open(str(damaged_db), "tester")
    try:
        assert ws.db.damage is None  # not checked at open
        with pytest.raises(DatabaseDamagedError, match=r"\.recover"):
            ws.annotations.add(3, "FIGURE", 0, 3)
        assert ws.db.damage is not None
        before = _sha(damaged_db)
        with pytest.raises(DatabaseDamagedError):
            ws.documents.set_status(3, "done")
        assert len(ws.documents.list(limit=500)) == 120  # reads go on
    finally:
        ws.close()
    assert _sha(damaged_db) == before


def test_quick_check_at_open_only_when_cheap(sound_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from db import integrity

    path = tmp_path / "big.sqlite3"
    shutil.copy(sound_db, path)
    assert integrity.worth_checking_at_open(path)  # a small file
    monkeypatch.setattr(integrity, "QUICK_CHECK_MAX_BYTES", 0)
    assert not integrity.worth_checking_at_open(path)  # "large", and closed cleanly
    crash = (
        "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute('CREATE TABLE scratch (x)'); c.commit(); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", crash, str(path)], check=True)  # killed without closing: WAL left
    assert os.path.getsize(path.with_name(path.name + "-wal")) > 0
    assert integrity.worth_checking_at_open(path)


def test_a_garbled_header_is_reported_as_damage(
    capsys: pytest.CaptureFixture[str], sound_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "work.sqlite3"
    shutil.copy(sound_db, path)
    with path.open("r+b") as f:  # SQLite's magic string stays; the page size and counts after it do not
        f.seek(16)
        f.write(b"\xff" * 84)
    code, _, err = run(capsys, "list", "--db", str(path))
    assert code == 2 and "is damaged" in err and ".recover" in err and len(err.splitlines()) == 1
