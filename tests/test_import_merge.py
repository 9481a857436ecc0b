"""Imports keep every copy and every id: a text twice in one file, repeated ids, out-of-range document ids."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.errors import InputError
from app.services import Workspace, importing, spool
from app.services.importing import BATCH, import_paths
from tests.sqlite_dump import dump_lines

TEXT = "قال الوزير إن المحادثات ستستمر"


def _line(text: str, spans: Sequence[tuple[str, int, int, str | None]], annotator: str, **extra: Any) -> str:
    anns = [
        {
            "label": label,
            "start": s,
            "end": e,
            "text": text[s:e],
            "annotator": annotator,
            **({"id": key} if key else {}),
        }
        for label, s, e, key in spans
    ]
    return json.dumps({"text": text, "offsets": "codepoint", "annotations": anns, **extra}, ensure_ascii=False) + "\n"


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _spans(ws: Workspace) -> list[tuple[str, int, int, str]]:
    [doc_id] = [row.id for row in ws.documents.list()]
    return sorted((a.label, a.start, a.end, a.annotator) for a in ws.documents.open(doc_id).annotations)


ALICE: list[tuple[str, int, int, str | None]] = [("ACTOR", 4, 10, None), ("CLAIM", 11, 30, None), ("ACTOR", 0, 3, None)]
BOB: list[tuple[str, int, int, str | None]] = [("ACTOR", 4, 10, None), ("CLAIM", 14, 30, None), ("ACTOR", 0, 3, None)]


def test_the_same_text_twice_in_one_file_keeps_both_copies_annotations(ws: Workspace, tmp_path: Path) -> None:
    # `cat alice.jsonl bob.jsonl > both.jsonl`: 6 spans, as when the two files are imported one after the other
    both = _write(tmp_path / "both.jsonl", [_line(TEXT, ALICE, "alice"), _line(TEXT, BOB, "bob")])
    report = import_paths(ws.db, [both], annotator="t")
    assert (report.documents, report.duplicates, report.annotations) == (1, 1, 6)
    in_one = _spans(ws)
    assert len(in_one) == 6
    # the same two copies from two files give the same result
    other = Workspace.open(str(tmp_path / "two.sqlite3"), "t")
    try:
        import_paths(other.db, [_write(tmp_path / "alice.jsonl", [_line(TEXT, ALICE, "alice")])], annotator="t")
        import_paths(other.db, [_write(tmp_path / "bob.jsonl", [_line(TEXT, BOB, "bob")])], annotator="t")
        assert _spans(other) == in_one
    finally:
        other.close()


@pytest.fixture(params=["in memory", "spilled"])
def spooled(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both ways the spool keeps records: in memory (small imports) and in its file (past ``MEMORY_BYTES``)."""
    if request.param == "spilled":
        monkeypatch.setattr(spool, "MEMORY_BYTES", 0)


@pytest.mark.usefixtures("spooled")
def test_a_copy_in_a_later_batch_is_merged_and_a_rerun_adds_nothing(
    sqlite_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "WRITE_BATCH", 300)  # the copies land in different write transactions
    fillers = [json.dumps({"text": f"خبر رقم {n}"}, ensure_ascii=False) + "\n" for n in range(BATCH + 5)]
    path = _write(tmp_path / "long.jsonl", [_line(TEXT, ALICE, "alice"), *fillers, _line(TEXT, BOB, "bob")])
    report = import_paths(sqlite_ws.db, [path], annotator="t")
    assert (report.documents, report.annotations) == (BATCH + 6, 6)
    again = import_paths(sqlite_ws.db, [path], annotator="t")  # same text, label, offsets, annotator: same span
    assert (again.documents, again.annotations, again.duplicates) == (0, 0, BATCH + 7)


@pytest.mark.usefixtures("spooled")
@pytest.mark.parametrize("gap", [0, BATCH + 3], ids=["same batch", "another batch"])
def test_an_annotation_id_used_twice_is_refused_naming_both_places(ws: Workspace, tmp_path: Path, gap: int) -> None:
    key = str(uuid.uuid4())
    fillers = [json.dumps({"text": f"خبر رقم {n}"}, ensure_ascii=False) + "\n" for n in range(gap)]
    path = _write(
        tmp_path / "ids.jsonl",
        [_line(TEXT, [("ACTOR", 4, 10, key)], "alice"), *fillers, _line("نص آخر تماما", [("ACTOR", 0, 2, key)], "bob")],
    )
    with pytest.raises(InputError) as caught:
        import_paths(ws.db, [path], annotator="t")
    message = str(caught.value)
    assert f"ids.jsonl:{gap + 2} annotation 1" in message and "ids.jsonl:1 annotation 1" in message
    assert key in message
    assert ws.documents.count() == 0  # nothing imported


@pytest.mark.usefixtures("spooled")
def test_a_repeated_id_in_a_second_file_skips_that_file_with_skip_bad(ws: Workspace, tmp_path: Path) -> None:
    key = str(uuid.uuid4())
    first = _write(tmp_path / "a.jsonl", [_line(TEXT, [("ACTOR", 4, 10, key)], "alice")])
    second = _write(tmp_path / "b.jsonl", [_line("نص آخر", [("ACTOR", 0, 2, key)], "bob")])
    report = import_paths(ws.db, [first, second], annotator="t", skip_bad=True)
    assert (report.documents, report.annotations, report.files) == (1, 1, 1)
    assert [Path(p).name for p, _ in report.bad] == ["b.jsonl"]
    # once stored, the same file again is a re-import: its id is already there, nothing is added
    again = import_paths(ws.db, [first], annotator="t")
    assert (again.documents, again.annotations) == (0, 0)


@pytest.mark.parametrize("doc_id", [0, -4, 2**53 + 1, 2**63 - 1])
def test_document_ids_outside_1_to_2_53_are_refused(ws: Workspace, tmp_path: Path, doc_id: int) -> None:
    path = _write(tmp_path / "native.jsonl", [_line("نص أول", [], "t"), _line(TEXT, [], "t", id=doc_id)])
    with pytest.raises(InputError, match=r"native\.jsonl:2.*(outside 1\.\.|positive integer)"):
        import_paths(ws.db, [path], annotator="t", fmt="jsonl")
    assert ws.documents.count() == 0


def test_the_largest_accepted_id_leaves_later_imports_working(sqlite_ws: Workspace, tmp_path: Path) -> None:
    ws = sqlite_ws
    path = _write(tmp_path / "native.jsonl", [_line(TEXT, [], "t", id=2**53)])
    import_paths(ws.db, [path], annotator="t", fmt="jsonl")
    later = import_paths(
        ws.db, [_write(tmp_path / "more.jsonl", [json.dumps({"text": "نص آخر"}) + "\n"])], annotator="t"
    )
    assert later.documents == 1
    assert sorted(row.id for row in ws.documents.list()) == sorted([2**53, *later.document_ids])


def _dump(path: Path) -> list[str]:
    """The database as SQL, but for the search index (``tests/sqlite_dump.py`` says why)."""
    return dump_lines(path)


def test_a_write_failing_in_the_second_batch_takes_the_first_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    dbfile = tmp_path / "full.sqlite3"
    first = _write(tmp_path / "first.jsonl", [_line(TEXT, ALICE, "alice")])
    assert main(["import", str(first), "--db", str(dbfile)]) == 0
    before = _dump(dbfile)
    # batch 1 adds documents, annotations, a new annotator and BOB's spans on the stored TEXT; batch 2 finds the
    # disk full (SQLite's real SQLITE_FULL, from max_page_count)
    lines = [
        _line(TEXT, BOB, "bob"),
        *(_line(f"خبر رقم {n} عن المحادثات", [("ACTOR", 0, 3, None)], "carol") for n in range(120)),
    ]
    source = _write(tmp_path / "more.jsonl", lines)
    monkeypatch.setattr(importing, "WRITE_BATCH", 50)
    write_batch = importing._Ingest._write_batch
    calls: list[int] = []

    def filling(self: importing._Ingest, conn: Any, records: Any) -> None:
        calls.append(len(records))
        if len(calls) == 2:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
            conn.exec_driver_sql(f"PRAGMA max_page_count={pages}")
        write_batch(self, conn, records)

    monkeypatch.setattr(importing._Ingest, "_write_batch", filling)
    capsys.readouterr()
    code = main(["import", str(source), "--db", str(dbfile)])
    err = capsys.readouterr().err
    assert calls[:2] == [50, 50]
    assert code == 2 and len(err.splitlines()) == 1 and err.startswith("hashiya: error: "), err
    assert "full" in err and "was removed" in err and "Traceback" not in err
    assert _dump(dbfile) == before
