"""The forms ``metadata.tokens`` is stored in: pairs, ``"whitespace"`` (CoNLL) and ``"conllu"`` (the kept lines).

A token-format import stores its tokens as pairs only when the text cannot give them back; every token export then
reads the same tokens from any of the three forms (``app.formats.tokens.stored_tokens``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.errors import InputError
from app.formats.conll import read_conll
from app.formats.conllu import read_conllu
from app.formats.tokens import stored_tokens, tokenize
from app.formats.validate import check_tokens
from app.services.export_formats import export
from app.services.importing import import_paths


def _row(n: int, form: str, misc: str = "_") -> str:
    return f"{n}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{misc}"


def _forms(text: str, metadata: dict[str, Any]) -> tuple[list[str], list[int]]:
    found = stored_tokens(text, metadata)
    assert found is not None
    spans, starts = found
    return [text[s:e] for s, e in spans], starts


def test_plain_conll_stores_no_pairs_and_gives_its_tokens_back(tmp_path: Path) -> None:
    path = tmp_path / "plain.conll"
    path.write_text("قال\tO\nبوتين\tB-PER\n،\tO\n\nU.S.\tB-GPE\n1,5\tO\n", encoding="utf-8")
    [rec] = read_conll(path)
    assert rec.metadata["tokens"] == "whitespace" and "sentence_starts" not in rec.metadata
    assert _forms(rec.text, rec.metadata) == (["قال", "بوتين", "،", "U.S.", "1,5"], [0, 3])
    # Hashiya's own tokenizer would cut U.S. and 1,5 apart: the stored form is what the export reads
    assert [rec.text[t.start : t.end] for s in tokenize(rec.text, (), rec.metadata).sentences for t in s] == [
        "قال",
        "بوتين",
        "،",
        "U.S.",
        "1,5",
    ]


@pytest.mark.parametrize(
    ("data", "forms"),
    [
        ("قال O\nفلاديمير بوتين B-PER\n", ["قال", "فلاديمير بوتين"]),  # a token with a space (three fields)
        ("قال\tO\n\tO\nبوتين\tB-PER\n", ["قال", "", "بوتين"]),  # an empty token
        ("قال\tO\nمئة\u00a0ألف\tO\n", ["قال", "مئة\u00a0ألف"]),  # a no-break space inside a token
    ],
)
def test_conll_tokens_the_text_cannot_tell_are_kept_as_pairs(tmp_path: Path, data: str, forms: list[str]) -> None:
    path = tmp_path / "spaced.conll"
    path.write_text(data, encoding="utf-8")
    [rec] = read_conll(path)
    assert type(rec.metadata["tokens"]) is list
    assert _forms(rec.text, rec.metadata)[0] == forms


def test_conllu_tokens_come_from_the_kept_lines(tmp_path: Path) -> None:
    lines = [
        "# newdoc id = d1",
        "# text = قال: U.S.",
        _row(1, "قال", "SpaceAfter=No"),
        _row(2, ":"),
        _row(3, "U.S.", "Entity=B-GPE|SpaceAfter=No"),
        "",
        "# text = للبيت",
        "1-2\tللبيت\t_\t_\t_\t_\t_\t_\t_\t_",
        _row(1, "ل"),
        _row(2, "البيت", "Entity=B-LOC"),
        "",
    ]
    path = tmp_path / "d.conllu"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [rec] = read_conllu(path)
    assert rec.metadata["tokens"] == "conllu" and "sentence_starts" not in rec.metadata
    assert _forms(rec.text, rec.metadata) == (["قال", ":", "U.S.", "للبيت"], [0, 3])  # surface tokens
    changed = {**rec.metadata, "conllu": {**rec.metadata["conllu"], "sentences": ["1\tقيل\t_\t_\t_\t_\t_\t_\t_\t_"]}}
    assert stored_tokens(rec.text, changed) is None  # lines that no longer spell the text: Hashiya's tokens then


def test_conllu_import_exports_its_own_tokens_to_conll(sqlite_ws: Any, tmp_path: Path) -> None:
    path = tmp_path / "d.conllu"
    path.write_text(
        "\n".join(["# newdoc id = d1", _row(1, "قال"), _row(2, "U.S.", "Entity=B-GPE|SpaceAfter=No"), _row(3, "."), ""])
        + "\n",
        encoding="utf-8",
    )
    import_paths(sqlite_ws.db, [path], annotator="importer", fmt="conllu")
    out = tmp_path / "out.conll"
    export(sqlite_ws.db, "conll", out, options={"layers": "flat"})
    rows = [line for line in out.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert rows == ["قال\tO", "U.S.\tB-GPE", ".\tO"]


def _jsonl(tmp_path: Path, metadata: dict[str, Any]) -> Path:
    path = tmp_path / "docs.jsonl"
    record = {"offsets": "codepoint", "text": "قال بوتين", "metadata": metadata, "annotations": []}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_jsonl_with_the_whitespace_form_imports(sqlite_ws: Any, tmp_path: Path) -> None:
    report = import_paths(sqlite_ws.db, [_jsonl(tmp_path, {"tokens": "whitespace"})], annotator="a", fmt="jsonl")
    assert report.documents == 1


@pytest.mark.parametrize(
    ("metadata", "says"),
    [
        ({"tokens": "words"}, "'words'"),
        ({"tokens": "conllu"}, "metadata.conllu.sentences"),
        ({"tokens": "whitespace", "sentence_starts": [0]}, "sentence_starts"),
    ],
)
def test_unknown_or_incomplete_token_forms_are_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], metadata: dict[str, Any], says: str
) -> None:
    with pytest.raises(InputError, match="metadata"):
        check_tokens(metadata, 9, "docs.jsonl:1")
    db = tmp_path / "x.sqlite3"
    assert main(["import", "--db", str(db), "--format", "jsonl", str(_jsonl(tmp_path, metadata))]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "docs.jsonl:1" in err[0] and says in err[0]
