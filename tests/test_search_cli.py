"""``hashiya search`` and ``hashiya index``, run in-process through app.cli.main."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.formats.records import AnnotationRecord, SourceRecord
from app.services import Workspace
from app.services.importing import import_records

TEXT = "قال وزير الدفاع سيرغي شويغو إن باريس ولباريس تحتفل.\nوفي سطر آخر شويغو."


@pytest.fixture
def dbfile(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.sqlite3")
    ws = Workspace.open(path, "tester")
    start = TEXT.index("شويغو")
    import_records(
        ws.db,
        [
            SourceRecord(TEXT, "a", title="أ", annotations=[AnnotationRecord("ACTOR", start, start + 5)]),
            SourceRecord("لا شيء هنا عن باريس", "b", title="ب"),
        ],
        annotator="tester",
    )
    ws.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_lines(capsys: pytest.CaptureFixture[str], dbfile: str) -> None:
    code, out, _ = run(capsys, "search", "--db", dbfile, "--json", "باريس")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    paris = TEXT.index("باريس")
    assert lines[0] == {
        "doc": 1,
        "start": paris,
        "end": paris + 5,
        "text": "باريس",
        "left": "وزير الدفاع سيرغي شويغو إن ",  # five words
        "right": " ولباريس تحتفل.",
    }
    assert [(x["doc"], x["text"]) for x in lines] == [(1, "باريس"), (1, "باريس"), (2, "باريس")]
    assert all(list(x) == ["doc", "start", "end", "text", "left", "right"] for x in lines)
    assert all(TEXT[x["start"] : x["end"]] == x["text"] for x in lines if x["doc"] == 1)


def test_search_limit_filters_and_plain_output(capsys: pytest.CaptureFixture[str], dbfile: str) -> None:
    code, out, err = run(capsys, "search", "--db", dbfile, "--limit", "1", "باريس")
    assert code == 0 and out.count("\n") == 1 and out.startswith(f"1:{TEXT.index('باريس')}-")
    assert "«باريس»" in out and "1 hits in 1 document (more not shown: --limit)" in err
    code, out, _ = run(capsys, "search", "--db", dbfile, "--json", "label:ACTOR", "شويغو")
    assert code == 0 and [json.loads(line)["start"] for line in out.splitlines()] == [TEXT.index("شويغو")]
    code, out, _ = run(capsys, "search", "--db", dbfile, "unlabelled: شويغو")
    assert code == 0 and out.startswith(f"1:{TEXT.rindex('شويغو')}-") and out.count("\n") == 1
    code, out, _ = run(capsys, "search", "--db", dbfile, "label:ACTOR")
    assert code == 0 and "«شويغو»" in out and "[ACTOR]" in out


@pytest.mark.parametrize(
    ("query", "why"),
    [('"وزير الدفاع', "a quote is not closed"), ("label:NOPE x", "no label 'NOPE'"), ("status:x y", "a status is")],
)
def test_bad_query_is_one_line_exit_2(capsys: pytest.CaptureFixture[str], dbfile: str, query: str, why: str) -> None:
    code, out, err = run(capsys, "search", "--db", dbfile, query)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("hashiya: error: bad query") and why in err


def test_index_command(capsys: pytest.CaptureFixture[str], dbfile: str) -> None:
    code, out, _ = run(capsys, "index", "--db", dbfile)
    assert code == 0 and out == "the search index is current\n"
    code, out, _ = run(capsys, "index", "--db", dbfile, "--rebuild")
    assert code == 0 and out.startswith("indexed 2 documents in ")
    code, out, _ = run(capsys, "search", "--db", dbfile, "--json", "شويغو")
    assert code == 0 and len(out.splitlines()) == 2
