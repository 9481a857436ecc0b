"""Malformed input of every importer: one line on stderr naming where and what, exit 2, nothing stored.

Each case here gave a traceback (or committed rows that later broke an export) before the door in
``app/formats/validate.py`` and the readers' type checks.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.errors import HashiyaError
from app.services.workspace import Workspace
from tests.sqlite_dump import dump_lines

TEXT = "قال الوزير إن موسكو رفضت"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def dump(db: str) -> str:
    return "\n".join(dump_lines(db))  # all but the search index


def native(**changes: object) -> dict[str, object]:
    record: dict[str, object] = {
        "id": 7,
        "title": "t",
        "text": TEXT,
        "offsets": "codepoint",
        "annotations": [{"label": "ACTOR", "start": 14, "end": 19}],
    }
    record.update(changes)
    return record


def native_ann(**changes: object) -> dict[str, object]:
    return native(annotations=[{"label": "ACTOR", "start": 14, "end": 19, **changes}])


def nested(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


def ls_task(result: dict[str, object]) -> list[object]:
    return [{"id": 1, "data": {"text": TEXT}, "annotations": [{"result": [result]}]}]


def doccano(**entity: object) -> dict[str, object]:
    return {"text": TEXT, "entities": [{"id": 1, "label": "ACTOR", "start_offset": 14, "end_offset": 19, **entity}]}


def jsonl(obj: object) -> bytes:
    return json.dumps(obj).encode() + b"\n"  # ensure_ascii: a lone surrogate is written as \ud800


CASES = [
    # (file name, content, --format, what the message names)
    ("surrogate.jsonl", jsonl({"text": "a\ud800b"}), "jsonl", "lone surrogate"),
    ("title.jsonl", jsonl(native(title=5)), "jsonl", "title must be a string"),
    ("note.jsonl", jsonl(native_ann(note=3)), "jsonl", "note must be a string"),
    ("annotator.jsonl", jsonl(native_ann(annotator=["x"])), "jsonl", "annotator must be a string"),
    ("huge-id.jsonl", jsonl(native(id=2**70)), "jsonl", "'id' must be a positive integer"),
    ("big-id.jsonl", jsonl(native(id=2**63)), "jsonl", "document id"),
    ("text-id.jsonl", jsonl(native(id="abc")), "jsonl", "'id'"),
    ("deep.jsonl", jsonl(native(metadata={"x": nested(300)})), "jsonl", "nested more than"),
    ("tokens.jsonl", jsonl(native(metadata={"tokens": [[0, 3], "x"]})), "jsonl", "metadata.tokens"),
    ("tokens2.jsonl", jsonl(native(metadata={"tokens": [[5, 3]]})), "jsonl", "metadata.tokens"),
    ("tab.jsonl", jsonl(native_ann(label="A\tB")), "jsonl", "U+0009"),
    ("newline.jsonl", jsonl(native_ann(label="A\nB")), "jsonl", "U+000A"),
    ("comma.jsonl", jsonl(native_ann(label="A,B")), "jsonl", "','"),
    ("control.jsonl", jsonl(native_ann(label="A\x01")), "jsonl", "U+0001"),
    ("empty-label.jsonl", jsonl(native_ann(label="")), "jsonl", "is empty"),
    (
        "ls-no-value.json",
        json.dumps(ls_task({"id": "r1", "type": "labels"})).encode(),
        "labelstudio",
        "without 'value'",
    ),
    (
        "ls-int-label.json",
        json.dumps(ls_task({"id": "r1", "type": "labels", "value": {"start": 14, "end": 19, "labels": [5]}})).encode(),
        "labelstudio",
        "labels",
    ),
    (
        "ls-str-start.json",
        json.dumps(
            ls_task({"id": "r1", "type": "labels", "value": {"start": "14", "end": 19, "labels": ["ACTOR"]}})
        ).encode(),
        "labelstudio",
        "'start' must be int",
    ),
    ("ls-not-list.json", b'{"a": 1}', "labelstudio", "task has no data.text"),
    ("ls-not-object.json", b"[5]", "labelstudio", "must be an object"),
    ("dc-str-offsets.jsonl", jsonl(doccano(start_offset="14")), "doccano", "offsets must be integers"),
    ("dc-int-label.jsonl", jsonl(doccano(label=3)), "doccano", "must be a string"),
    (
        "dc-no-end.jsonl",
        jsonl({"text": TEXT, "entities": [{"label": "A", "start_offset": 1}]}),
        "doccano",
        "'end_offset'",
    ),
    ("dc-entity-str.jsonl", jsonl({"text": TEXT, "entities": ["x"]}), "doccano", "must be an object"),
]


@pytest.fixture
def dbfile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "t.sqlite3")
    seed = tmp_path / "seed.txt"
    seed.write_text("نص أول", encoding="utf-8")
    assert run(capsys, "import", str(seed), "--db", db)[0] == 0
    return db


@pytest.mark.parametrize(("name", "content", "fmt", "message"), CASES, ids=[c[0] for c in CASES])
def test_malformed_file_is_one_line_exit_2_and_nothing_stored(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    dbfile: str,
    name: str,
    content: bytes,
    fmt: str,
    message: str,
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    before = dump(dbfile)
    code, _, err = run(capsys, "import", str(bad), "--format", fmt, "--db", dbfile)
    assert (code, err.count("\n")) == (2, 1), err
    assert err.startswith("hashiya: error: ") and name in err and message in err
    assert dump(dbfile) == before


def test_brat_bad_utf8_and_missing_tabs_name_the_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dbfile: str
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    ann = tmp_path / "a.ann"
    for content, message in (
        (b"T1\tACTOR 14 19\tx\nT2\tACTOR 0 3\t\xff\n", "a.ann:2: not valid utf-8"),
        ("T1\tACTOR 14 19\tموسكو\nR1 source\n".encode(), "a.ann:2: malformed line"),
    ):
        ann.write_bytes(content)
        code, _, err = run(capsys, "import", str(ann), "--db", dbfile)
        assert code == 2 and err.count("\n") == 1 and message in err, err


@pytest.mark.parametrize(
    ("fmt", "line", "content"),
    [
        ("conll", 2, "قال\tO\n".encode() + b"\xd8\tO\n"),
        (
            "conllu",
            3,
            "# newdoc id = 1\n1\tقال\t_\t_\t_\t_\t_\t_\t_\t_\n".encode() + b"2\t\xd8\t_\t_\t_\t_\t_\t_\t_\t_\n",
        ),
    ],
)
def test_token_file_not_in_its_encoding_names_the_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dbfile: str, fmt: str, line: int, content: bytes
) -> None:
    path = tmp_path / f"x.{fmt}"
    path.write_bytes(content)
    code, _, err = run(capsys, "import", str(path), "--encoding", "utf-8", "--db", dbfile)
    assert code == 2 and err.count("\n") == 1 and f"x.{fmt}:{line}: not valid utf-8" in err, err


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16"])
def test_conll_in_another_encoding_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dbfile: str, encoding: str
) -> None:
    path = tmp_path / "x.conll"
    path.write_bytes("قال O\nالوزير B-ACTOR\nإن O\n".encode(encoding))
    code, out, err = run(capsys, "import", str(path), "--db", dbfile)
    assert code == 0, err
    assert "1 documents imported" in out and "1 annotations" in out


def test_skip_bad_skips_the_bad_file_and_imports_the_rest(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dbfile: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_bytes(jsonl(native_ann(label=7)))
    (folder / "b.jsonl").write_bytes(jsonl(native(id=None)))
    code, out, err = run(capsys, "import", str(folder), "--skip-bad", "--db", dbfile)
    assert code == 0 and "1 documents imported" in out and "a.jsonl" in err
    assert "7" not in {r[0] for r in sqlite3.connect(dbfile).execute("select name from label_types")}


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--format", "jsonl", "-o", "x.jsonl", "--docs", "abc"],
        ["export", "--format", "jsonl", "-o", "x.jsonl", "--docs", "1,99999999999999999999"],
        ["show", "99999999999999999999"],
        ["show", "abc"],
    ],
)
def test_bad_ids_on_the_command_line_are_one_line(
    capsys: pytest.CaptureFixture[str], dbfile: str, argv: list[str]
) -> None:
    code, _, err = run(capsys, *argv, "--db", dbfile)
    assert (code, err.count("\n")) == (2, 1) and err.startswith("hashiya: error: "), err
    assert "Traceback" not in err


@pytest.mark.parametrize("name", ["A\tB", "", " ", "A,B", "A|B", "x\u200f"])
def test_the_label_service_applies_the_same_rule(dbfile: str, name: str) -> None:
    ws = Workspace.open(dbfile, "tester")
    try:
        with pytest.raises(HashiyaError, match="label"):
            ws.labels.ensure(name)
        assert ws.labels.ensure("مصدر_رسمي").name == "مصدر_رسمي"
    finally:
        ws.close()


def test_an_imported_label_with_spaces_is_stored_safely_and_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dbfile: str
) -> None:
    """Label Studio projects name labels ``Person Name``; brat and CoNLL cannot hold the space. The label is
    stored as ``Person_Name`` (import report says so) and every token export reads back the same name."""
    path = tmp_path / "ls.json"
    path.write_text(
        json.dumps(
            ls_task(
                {
                    "id": "r1",
                    "from_name": "label",
                    "to_name": "text",
                    "type": "labels",
                    "value": {"start": 0, "end": 3, "text": "قال", "labels": ["Person\u00a0 Name"]},
                }
            )
        ),
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "import", str(path), "--format", "labelstudio", "--db", dbfile)
    assert code == 0
    assert "new labels: Person_Name" in out and "1 defects reported" in out
    assert "label with spaces stored with _: 1" in out and "'Person\\xa0 Name' -> 'Person_Name'" in out
    for fmt in ("conll", "conllu", "jsonl"):
        dest = tmp_path / f"out.{fmt}"
        assert run(capsys, "export", "--format", fmt, "-o", str(dest), "--db", dbfile)[0] == 0
        again = str(tmp_path / f"again-{fmt}.sqlite3")
        code, out, _ = run(capsys, "import", str(dest), "--format", fmt, "--db", again)
        assert code == 0 and "Person_Name" in out, out
        if fmt != "jsonl":  # the native file keeps the document's metadata, its defects included
            assert "defects" not in out, out
