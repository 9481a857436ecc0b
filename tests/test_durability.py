"""Kill the process at any moment: every annotation it reported as saved is in the database.

A child process adds annotations one at a time and prints each id only after the service returned
(the moment the workbench shows it). It is killed with SIGKILL mid-stream; the database must hold
every printed annotation, and be readable.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.formats.native import sha256_text
from app.services import Workspace
from db.models import Document

REPO = Path(__file__).resolve().parent.parent
CHILD = """
import sys
from app.services import Workspace
ws = Workspace.open(sys.argv[1], "writer")
text = ws.documents.open(1).text
n = 0
while True:
    start = (n * 7) % (len(text) - 5)
    ann = ws.annotations.add(1, ("ACTOR", "CLAIM", "FIGURE")[n % 3], start, start + 5)
    print(ann.id, flush=True)
    n += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
@pytest.mark.parametrize("after", [0.3, 0.9])
def test_sigkill_loses_no_acknowledged_annotation(tmp_path: Path, after: float) -> None:
    path = tmp_path / "crash.sqlite3"
    ws = Workspace.open(str(path), "setup")
    body = "قال وزير الدفاع الروسي سيرغي شويغو إن 144 شخصا قتلوا 😂 في 22 آذار (مارس). " * 20
    with ws.db.sessions.begin() as session:
        session.add(Document(title="t", text=body, sha256=sha256_text(body)))
    ws.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    seen: list[str] = []
    deadline = time.monotonic() + 30
    while len(seen) < 20 and time.monotonic() < deadline:  # wait until it is really writing
        seen.append(child.stdout.readline().strip())
    time.sleep(after)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    seen += [line.strip() for line in out.splitlines() if line.strip()]
    assert child.returncode == -signal.SIGKILL
    assert len(seen) >= 20
    reopened = Workspace.open(str(path), "reader")
    stored = {a.id for a in reopened.documents.open(1).annotations}
    reopened.close()
    missing = [ann_id for ann_id in seen if ann_id not in stored]
    assert missing == [], f"{len(missing)} acknowledged annotations lost"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
