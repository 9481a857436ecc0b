"""Two writers wait for each other: a key press and a CLI import made while another process holds the
write lock succeed once it is released; past the busy timeout the GUI keeps the key press and retries, and a
refused undo or redo leaves the undo stack where the database is."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import db.engine
from app.services import Workspace
from tests.ui.conftest import add_document, make_bench, select_text
from ui.commands import AddAnnotation

REPO = Path(__file__).resolve().parent.parent
TEXT = "قال وزير الدفاع سيرغي شويغو إن المحادثات ستستمر"

HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE documents SET title = title")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
for _ in range(int(sys.argv[3])):  # then short write transactions, as an annotator's key presses
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE documents SET title = title")
    time.sleep(0.02)
    conn.execute("COMMIT")
    time.sleep(0.005)
"""


def _hold(path: Path, seconds: float, then: int = 0) -> subprocess.Popen[str]:
    """Another process (stdlib sqlite3) holding the write lock for ``seconds``, then committing ``then`` short
    write transactions."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), str(seconds), str(then)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


@pytest.fixture
def db_file(sqlite_ws: Workspace) -> Path:
    add_document(sqlite_ws, TEXT)
    return Path(sqlite_ws.db.describe())


@pytest.fixture
def holder() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        proc.wait(timeout=30)


def test_a_cli_import_waits_for_another_writer(
    db_file: Path, tmp_path: Path, holder: list[subprocess.Popen[str]]
) -> None:
    src = tmp_path / "news.jsonl"
    src.write_text(
        "".join(json.dumps({"text": f"خبر رقم {n}"}, ensure_ascii=False) + "\n" for n in range(50)), encoding="utf-8"
    )
    holder.append(_hold(db_file, 2, then=100))
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "app", "import", str(src), "--db", str(db_file)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and done.stdout.startswith("50 documents imported")
    assert time.monotonic() - start > 1.5  # it waited for the lock instead of failing


@pytest.mark.gui
def test_a_key_press_waits_for_another_writer(sqlite_ws: Workspace, db_file: Path, qtbot, holder: list) -> None:  # type: ignore[no-untyped-def]
    bench = make_bench(sqlite_ws, qtbot)
    try:
        select_text(bench.view, "شويغو")
        holder.append(_hold(db_file, 2))
        started = time.monotonic()
        qtbot.keyClick(bench.view, Qt.Key.Key_1)
        assert time.monotonic() - started < 1.5  # the window waits briefly, then retries on a timer: no freeze
        qtbot.waitUntil(lambda: bench.stack.count() == 1, timeout=10000)
        [ann] = sqlite_ws.documents.open(bench.doc.id).annotations
        assert (ann.label, ann.text) == ("ACTOR", "شويغو")
        assert bench.stack.count() == 1
    finally:
        bench.window.close()


@pytest.mark.gui
def test_a_lock_held_past_the_timeout_keeps_the_key_press_and_retries(  # type: ignore[no-untyped-def]
    sqlite_ws: Workspace, db_file: Path, qtbot, holder: list[subprocess.Popen[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.labelling

    monkeypatch.setattr(ui.labelling, "BUSY_RETRY_MS", 100)
    bench = make_bench(sqlite_ws, qtbot)
    messages: list[str] = []
    bench.labelling.message.connect(messages.append)
    try:
        select_text(bench.view, "شويغو")
        holder.append(_hold(db_file, 5.8))  # longer than the 5 s busy timeout
        qtbot.keyClick(bench.view, Qt.Key.Key_1)
        # not stored yet: the user is told in plain words, nothing is on the undo stack
        assert any("busy" in m for m in messages) and not any("Error" in m or "locked" in m for m in messages)
        assert sqlite_ws.documents.open(bench.doc.id).annotations == [] and bench.stack.count() == 0
        qtbot.waitUntil(lambda: bench.stack.count() == 1, timeout=15000)
        [ann] = sqlite_ws.documents.open(bench.doc.id).annotations
        assert (ann.label, ann.text) == ("ACTOR", "شويغو")
    finally:
        bench.window.close()


@pytest.fixture
def quick_busy_ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    """A workspace whose connections give up on a held lock after 0.3 s instead of 5 s (keeps the tests short)."""
    monkeypatch.setattr(
        db.engine,
        "SQLITE_PRAGMAS",
        tuple(
            "PRAGMA busy_timeout=300" if p.startswith("PRAGMA busy_timeout") else p for p in db.engine.SQLITE_PRAGMAS
        ),
    )
    ws = Workspace.open(str(tmp_path / "busy.sqlite3"), "tester")
    add_document(ws, TEXT)
    yield ws
    ws.close()


def _assert_stack_matches_database(bench, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    """Every step below the stack's index is in the database, every step above it is not, and the view shows
    what the database holds."""
    live = {a.id for a in ws.documents.open(bench.doc.id).annotations}
    for n in range(bench.stack.count()):
        command = bench.stack.command(n)
        assert isinstance(command, AddAnnotation)
        assert (command.ann.id in live) == (n < bench.stack.index()), (n, bench.stack.index(), live)
    assert set(bench.doc.annotations) == live


@pytest.mark.gui
@pytest.mark.parametrize("refused", ["undo", "redo"])
def test_a_refused_undo_or_redo_leaves_the_stack_where_the_database_is(  # type: ignore[no-untyped-def]
    quick_busy_ws: Workspace, qtbot, holder: list[subprocess.Popen[str]], refused: str
) -> None:
    ws = quick_busy_ws
    bench = make_bench(ws, qtbot)
    messages: list[str] = []
    bench.ctx.report = messages.append
    try:
        select_text(bench.view, "شويغو")
        qtbot.keyClick(bench.view, Qt.Key.Key_1)
        select_text(bench.view, "الدفاع")
        qtbot.keyClick(bench.view, Qt.Key.Key_1)
        assert bench.stack.count() == 2
        if refused == "redo":
            bench.stack.undo()
            assert len(ws.documents.open(bench.doc.id).annotations) == 1
        holder.append(_hold(Path(ws.db.describe()), 1.5))  # longer than this workspace's 0.3 s busy timeout
        getattr(bench.stack, refused)()
        _assert_stack_matches_database(bench, ws)
        assert any("another program is writing" in m for m in messages), messages
        assert len(ws.documents.open(bench.doc.id).annotations) == (2 if refused == "undo" else 1)
        holder.pop().wait(timeout=30)
        # once the other program is done, the steps left on the stack undo and redo as usual
        while bench.stack.canUndo():
            bench.stack.undo()
            _assert_stack_matches_database(bench, ws)
        while bench.stack.canRedo():
            bench.stack.redo()
            _assert_stack_matches_database(bench, ws)
    finally:
        bench.window.close()


def test_an_import_killed_after_some_batches_leaves_a_sound_database_and_a_rerun_completes_it(tmp_path: Path) -> None:
    """SIGKILL between committed batches: integrity_check passes, and the same import again stores every document
    and every annotation exactly once."""
    import os
    import signal
    import sqlite3

    src = tmp_path / "big.jsonl"
    docs = 6000
    with src.open("w", encoding="utf-8") as out:
        for n in range(docs):
            text = f"قال الوزير رقم {n} إن المحادثات ستستمر"
            out.write(
                json.dumps(
                    {
                        "text": text,
                        "offsets": "codepoint",
                        "annotations": [
                            {"label": "ACTOR", "start": 4, "end": 10, "text": text[4:10]},
                            {"label": "CLAIM", "start": 0, "end": 3, "text": text[0:3]},
                        ],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    dbfile = tmp_path / "killed.sqlite3"
    command = [sys.executable, "-m", "app", "import", str(src), "--db", str(dbfile)]
    proc = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stored() -> int:
        try:
            with sqlite3.connect(f"file:{dbfile}?mode=ro", uri=True, timeout=0.1) as conn:
                return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        except sqlite3.Error:
            return 0

    deadline = time.monotonic() + 60
    while stored() == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    first = stored()
    assert 0 < first < docs, f"killed with {first} of {docs} documents stored"  # in the middle of the import
    with sqlite3.connect(dbfile) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    again = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(dbfile) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (docs, docs)
        assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 2 * docs
        assert (
            conn.execute(
                'SELECT count(*) FROM (SELECT DISTINCT document_id, label_id, start, "end" FROM annotations)'
            ).fetchone()[0]
            == 2 * docs
        )
