"""The `hashiya` command, run in-process through app.cli.main (same code path as the script)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.services import Workspace
from tests.conftest import SEED


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dbfile(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite3")


def test_import_list_annotate_show_stats_export(capsys, tmp_path: Path, dbfile: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "import", str(SEED), "--db", dbfile)
    assert code == 0, err
    assert "1 documents imported" in out
    code, out, _ = run(capsys, "list", "--json", "--db", dbfile)
    doc = json.loads(out.splitlines()[0])
    assert doc["id"] == 1 and doc["annotations"] == 0
    code, out, _ = run(capsys, "annotate", "--doc", "1", "--match", "سيرغي شويغو", "--label", "ACTOR", "--db", dbfile)
    assert code == 0 and "ACTOR" in out and "سيرغي شويغو" in out
    code, out, _ = run(capsys, "annotate", "--doc", "1", "--match", "144", "--label", "FIGURE", "--db", dbfile)
    assert code == 0
    code, out, _ = run(capsys, "show", "1", "--db", dbfile)
    assert "ACTOR\t" in out and "سيرغي شويغو" in out
    code, out, _ = run(capsys, "stats", "--json", "--db", dbfile)
    assert json.loads(out)["by_label"] == {"ACTOR": 1, "CLAIM": 0, "CUE": 0, "FIGURE": 1}  # CUE: the default schema
    dest = tmp_path / "out.jsonl"
    code, out, _ = run(capsys, "export", "--format", "jsonl", "-o", str(dest), "--db", dbfile)
    assert code == 0
    record = json.loads(dest.read_text(encoding="utf-8"))
    assert record["offsets"] == "codepoint"
    assert record["text"] == SEED.read_text(encoding="utf-8")
    assert sorted(a["text"] for a in record["annotations"]) == ["144", "سيرغي شويغو"]
    for a in record["annotations"]:
        assert record["text"][a["start"] : a["end"]] == a["text"]


def test_show_visual_reshapes_for_terminals(capsys, dbfile: str) -> None:  # type: ignore[no-untyped-def]
    run(capsys, "import", str(SEED), "--db", dbfile)
    _, out, _ = run(capsys, "show", "1", "--visual", "--db", dbfile)
    assert "(ﺱﺭﺎﻣ)" in out  # presentation forms, visual order, brackets mirrored
    assert "(مارس)" not in out


def test_nth_match(capsys, dbfile: str) -> None:  # type: ignore[no-untyped-def]
    run(capsys, "import", str(SEED), "--db", dbfile)
    text = SEED.read_text(encoding="utf-8")
    second = text.index("موسكو", text.index("موسكو") + 1)
    _, out, _ = run(
        capsys, "annotate", "--doc", "1", "--match", "موسكو", "--nth", "2", "--label", "ACTOR", "--db", dbfile
    )
    assert f"\t{second}-{second + 5}\t" in out


def _db_snapshot(dbfile: str) -> tuple[int, int]:
    ws = Workspace.open(dbfile, "check")
    stats = ws.documents.stats()
    ws.close()
    return stats.documents, stats.annotations


@pytest.mark.parametrize(
    ("name", "content", "extra", "message"),
    [
        ("empty.txt", b"", [], "empty"),
        ("blob.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, [], "binary"),
        ("bad.txt", "قال".encode("cp1256"), ["--encoding", "utf-8"], "utf-8"),
        ("bad.json", b'[{"content": "x"}]', ["--text-field", "body"], "body"),
        ("bad.csv", "title,content\nعنوان,نص\n".encode(), ["--text-field", "body"], "body"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_changes(  # type: ignore[no-untyped-def]
    capsys, tmp_path: Path, dbfile: str, name: str, content: bytes, extra: list[str], message: str
) -> None:
    run(capsys, "import", str(SEED), "--db", dbfile)
    before = _db_snapshot(dbfile)
    bad = tmp_path / name
    bad.write_bytes(content)
    code, _out, err = run(capsys, "import", str(bad), *extra, "--db", dbfile)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("hashiya: error: ") and message in err
    assert "Traceback" not in err
    assert _db_snapshot(dbfile) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--start", "5", "--end", "999999"], "outside the text"),
        (["--start", "-1", "--end", "3"], "outside the text"),
        (["--match", "لا يوجد في النص"], "fewer than"),
        (["--start", "0", "--end", "3", "--label", "PERSON"], "unknown label"),
    ],
)
def test_bad_annotation_is_exit_2(capsys, dbfile: str, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    run(capsys, "import", str(SEED), "--db", dbfile)
    if "--label" not in args:
        args = [*args, "--label", "ACTOR"]
    code, _, err = run(capsys, "annotate", "--doc", "1", *args, "--db", dbfile)
    assert code == 2 and message in err and err.count("\n") == 1
    assert _db_snapshot(dbfile) == (1, 0)


def test_a_failed_batch_leaves_nothing_and_skip_bad_keeps_the_good(capsys, tmp_path: Path, dbfile: str) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text("قال الوزير إن 144 شخصا قتلوا", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_text("أعلن المتحدث باسم الحكومة", encoding="utf-8")
    code, _, err = run(capsys, "import", str(folder), "--db", dbfile)
    assert code == 2 and "b.txt" in err
    assert _db_snapshot(dbfile) == (0, 0)
    code, out, err = run(capsys, "import", str(folder), "--skip-bad", "--db", dbfile)
    assert code == 0 and "2 documents imported" in out and "b.txt" in err
    assert _db_snapshot(dbfile) == (2, 0)
    code, out, _ = run(capsys, "import", str(folder), "--skip-bad", "--db", dbfile)
    assert "0 documents imported" in out and "2 already present" in out


def test_missing_path_is_exit_2(capsys, dbfile: str) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "import", "/no/such/file.txt", "--db", dbfile)
    assert code == 2 and "no such file" in err


def test_default_database_gets_the_sample_article(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert out.splitlines()[0].endswith(SEED.read_text(encoding="utf-8").split("\n")[0].strip())
    # an explicitly named database starts empty
    code, out, _ = run(capsys, "list", "--db", "sqlite://")
    assert code == 0 and out == ""


def test_version(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("hashiya 0.")


def test_import_tells_the_defects_it_kept(capsys, tmp_path: Path, dbfile: str) -> None:  # type: ignore[no-untyped-def]
    """Annotated corpora have defects (AQMAR: 70 I- tags that continue nothing); the import keeps them as
    found and says so, with where the first ones are, and says which tagging scheme it read."""
    conll = tmp_path / "news.conll"
    conll.write_text(
        "قال O\nالوزير I-PERS\nشويغو I-PERS\nفي O\nموسكو B-LOC\nإن O\n144 OO\nشخصا O\n\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "import", str(conll), "--format", "conll", "--db", dbfile)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("1 documents imported") and lines[0].endswith("2 defects reported")
    assert lines[1] == "read as tagging scheme IOB2 (detected): 1 documents"
    assert lines[2].startswith("found in the input")
    defects = {line.strip().split(":")[0]: line for line in lines[3:]}
    assert set(defects) == {"I- tag that continues nothing", "tag outside IOB2"}
    assert "I- tag that continues nothing: 1 (e.g. news.conll" in defects["I- tag that continues nothing"]
    code, out, _ = run(capsys, "import", str(conll), "--format", "conll", "--db", dbfile)
    assert "already present" in out and "found in the input" not in out  # nothing new was stored
