"""The import service's transaction rules: a bad file leaves nothing behind, not even in the counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import InputError
from app.services import Workspace
from app.services.importing import BATCH, import_paths


def _jsonl(path: Path, texts: list[str], tail: str = "") -> Path:
    path.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts) + tail, encoding="utf-8")
    return path


def test_a_file_failing_after_a_written_batch_is_rolled_back_whole(ws: Workspace, tmp_path: Path) -> None:
    good = _jsonl(tmp_path / "good.jsonl", ["قال الوزير", "أعلن المتحدث", "قال الوزير"])
    bad = _jsonl(tmp_path / "bad.jsonl", [f"خبر رقم {n}" for n in range(BATCH + 5)], tail='{"text": broken\n')
    with pytest.raises(InputError, match=r"bad\.jsonl"):
        import_paths(ws.db, [good, bad], annotator="t")
    assert ws.documents.count() == 0
    report = import_paths(ws.db, [bad, good], annotator="t", skip_bad=True)
    assert (report.documents, report.duplicates, report.files) == (2, 1, 1)
    assert [Path(p).name for p, _ in report.bad] == ["bad.jsonl"]
    assert len(report.document_ids) == 2 == ws.documents.count()
    # the rolled-back texts can be imported later: nothing of them was remembered
    again = import_paths(ws.db, [_jsonl(tmp_path / "fixed.jsonl", ["خبر رقم 0", "قال الوزير"])], annotator="t")
    assert (again.documents, again.duplicates) == (1, 1)


def test_duplicates_across_batches_of_one_import(sqlite_ws: Workspace, tmp_path: Path) -> None:
    texts = [f"خبر {n}" for n in range(BATCH + 10)]
    report = import_paths(sqlite_ws.db, [_jsonl(tmp_path / "a.jsonl", texts + texts[:20])], annotator="t")
    assert (report.documents, report.duplicates) == (BATCH + 10, 20)
