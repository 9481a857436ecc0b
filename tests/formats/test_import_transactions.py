"""An import's records read back from the spool in parts (its memory budget) are committed WRITE_BATCH
documents or PARTS_PER_TRANSACTION parts at a time, not a part at a time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import event

from app.services import Workspace, importing, spool


def test_parts_of_the_spool_share_a_transaction(
    sqlite_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spool, "MEMORY_BYTES", 0)  # every record on disk, read back one per part
    monkeypatch.setattr(importing, "WRITE_BATCH", 4)
    path = tmp_path / "docs.jsonl"
    path.write_text(
        "".join(json.dumps({"text": f"خبر رقم {n}"}, ensure_ascii=False) + "\n" for n in range(10)), encoding="utf-8"
    )
    commits: list[int] = []
    event.listen(sqlite_ws.db.writer, "commit", lambda conn: commits.append(1))
    report = importing.import_paths(sqlite_ws.db, [path], annotator="t")
    assert report.documents == 10 == sqlite_ws.documents.count()
    assert len(commits) == 3  # 4 + 4 + 2 documents, though each was a part of its own


def test_a_transaction_holds_at_most_a_few_parts(
    sqlite_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages a transaction changes stay in memory until it commits: large parts are not all gathered."""
    monkeypatch.setattr(spool, "MEMORY_BYTES", 0)
    path = tmp_path / "docs.jsonl"
    path.write_text(
        "".join(json.dumps({"text": f"خبر رقم {n}"}, ensure_ascii=False) + "\n" for n in range(10)), encoding="utf-8"
    )
    commits: list[int] = []
    event.listen(sqlite_ws.db.writer, "commit", lambda conn: commits.append(1))
    assert importing.import_paths(sqlite_ws.db, [path], annotator="t").documents == 10
    assert len(commits) == 3 == -(-10 // importing.PARTS_PER_TRANSACTION)


@pytest.mark.parametrize(("skip_bad", "puts"), [(False, 1), (True, 5)])
def test_small_files_are_checked_and_spooled_together_unless_a_bad_one_is_to_be_skipped(
    sqlite_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, skip_bad: bool, puts: int
) -> None:
    paths = []
    for n in range(5):
        paths.append(tmp_path / f"{n}.jsonl")
        paths[-1].write_text(json.dumps({"text": f"خبر رقم {n}"}, ensure_ascii=False) + "\n", encoding="utf-8")
    calls: list[int] = []
    put = spool.Spool.put
    monkeypatch.setattr(
        spool.Spool, "put", lambda self, file, records: (calls.append(len(records)), put(self, file, records))
    )
    report = importing.import_paths(sqlite_ws.db, paths, annotator="t", skip_bad=skip_bad)
    assert (report.files, report.documents) == (5, 5)
    assert len(calls) == puts and sum(calls) == 5
