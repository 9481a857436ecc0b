"""CoNLL (IOB) files come in whole: line ends, nested tag columns, tagging schemes, extra columns, separators."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from seqeval.scheme import BILOU, IOB2, Entities

from app.cli import main
from app.formats.conll import read_conll
from app.formats.records import SourceRecord
from app.formats.tokens import stored_tokens
from app.services.export_formats import export
from app.services.importing import import_paths
from tests.formats.roundtrip import snapshot

DATA = Path(__file__).resolve().parent / "data"


def spans(records: list[SourceRecord]) -> list[tuple[str, str]]:
    return sorted((a.label, r.text[a.start : a.end]) for r in records for a in r.annotations)


def defects(records: list[SourceRecord]) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in records:
        for kind, n in r.metadata["defects"]["counts"].items():
            out[kind] = out.get(kind, 0) + n
    return out


def write(tmp_path: Path, data: bytes, name: str = "f.conll") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_crlf_and_bom_stay_out_of_tags_labels_and_text(tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeffقال O\r\nبوتين B-PER\r\nأمس O\r\n\r\nو O\r\n".encode())
    [rec] = list(read_conll(path))
    assert rec.text == "قال بوتين أمس\nو"
    assert spans([rec]) == [("PER", "بوتين")]
    assert defects([rec]) == {}


def test_tab_separated_crlf_file(tmp_path: Path) -> None:
    path = write(tmp_path, "قال\tO\r\nبوتين\tB-PER\r\n".encode())
    assert spans(list(read_conll(path))) == [("PER", "بوتين")]


def test_nested_tag_columns_are_layers_not_text() -> None:
    records = list(read_conll(DATA / "nested.conll"))
    text = "\n".join(r.text for r in records)
    assert "B-" not in text and "I-" not in text
    assert spans(records) == sorted(
        [
            ("OCC", "سكرتير اللجنة القومية العربية"),
            ("ORG", "اللجنة القومية العربية"),
            ("ORG", "جامعة بيرزيت"),
            ("GPE", "بيرزيت"),
            ("GPE", "رام الله"),
        ]
    )


def test_separator_line_is_a_reported_sentence_break() -> None:
    records = list(read_conll(DATA / "nested.conll"))
    tokens = sum(len((stored_tokens(r.text, r.metadata) or ([], []))[0]) for r in records)
    assert "$#$" not in "".join(r.text for r in records)
    lines = [line for line in (DATA / "nested.conll").read_text(encoding="utf-8").split("\n") if line]
    assert tokens == len(lines) - 1 == 10  # one of the token lines is the separator
    assert defects(records) == {"separator line $#$ (read as a sentence break)": 1}
    assert records[0].metadata["tokens"] == "whitespace"  # the text tells where its tokens are
    assert (stored_tokens(records[0].text, records[0].metadata) or ([], []))[1] == [0, 8]


def test_whitespace_only_line_is_a_reported_sentence_break(tmp_path: Path) -> None:
    path = write(tmp_path, "قال O\n\t\nبوتين B-PER\n".encode())
    [rec] = list(read_conll(path))
    assert rec.text == "قال\nبوتين"
    assert defects([rec]) == {"line of only spaces or tabs (read as a sentence break)": 1}


def test_bilou_tags_are_span_parts_and_match_seqeval(tmp_path: Path) -> None:
    tags = ["U-CTRY", "O", "B-CITY", "I-CITY", "L-CITY", "O", "U-CITY"]
    words = ["مصر", "في", "مدينة", "نصر", "الجديدة", "و", "جدة"]
    path = write(tmp_path, "".join(f"{w} {t}\n" for w, t in zip(words, tags, strict=True)).encode())
    [rec] = list(read_conll(path))
    expected = [(e.tag, " ".join(words[e.start : e.end])) for e in Entities([tags], BILOU).entities[0]]
    assert spans([rec]) == sorted(expected)
    assert rec.metadata["defects"]["scheme"] == "BILOU (detected)"
    assert defects([rec]) == {}


def test_bioes_open_span_is_kept_and_reported(tmp_path: Path) -> None:
    path = write(tmp_path, b"a S-X\nb B-Y\nc I-Y\nd O\ne B-Z\nf E-Z\n")
    [rec] = list(read_conll(path))
    assert spans([rec]) == [("X", "a"), ("Y", "b c"), ("Z", "e f")]
    assert rec.metadata["defects"]["scheme"] == "BIOES (detected)"
    assert defects([rec]) == {"span not closed by an E- tag": 1}


def test_iob1_is_detected_and_its_i_starts_are_no_defect(tmp_path: Path) -> None:
    path = write(tmp_path, b"a I-PER\nb I-PER\nc B-PER\nd O\ne I-LOC\n")
    [rec] = list(read_conll(path))
    assert spans([rec]) == [("LOC", "e"), ("PER", "a b"), ("PER", "c")]
    assert rec.metadata["defects"]["scheme"] == "IOB1 (detected)"
    assert defects([rec]) == {}


def test_chosen_scheme_reports_tags_outside_it(tmp_path: Path) -> None:
    path = write(tmp_path, b"a U-X\nb O\n")
    [rec] = list(read_conll(path, scheme="IOB2"))
    assert rec.metadata["defects"]["scheme"] == "IOB2 (chosen)"
    assert defects([rec]) == {"tag outside IOB2": 1}


def test_conll2003_pos_and_chunk_are_token_attributes() -> None:
    records = list(read_conll(DATA / "conll2003.conll"))
    [rec] = records
    assert rec.text == "EU rejects German call .\nPeter Blackburn"
    assert spans(records) == [("MISC", "German"), ("ORG", "EU"), ("PER", "Peter Blackburn")]
    attributes = rec.metadata["token_attributes"]
    assert attributes["pos"] == ["NNP", "VBZ", "JJ", "NN", ".", "NNP", "NNP"]
    assert attributes["chunk"] == ["B-NP", "B-VP", "B-NP", "I-NP", "O", "B-NP", "I-NP"]
    assert not any(label in {"NP", "VP"} for label, _ in spans(records))  # the chunk column is no layer


def test_scheme_option_and_report_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, b"a U-X\nb O\n")
    db = str(tmp_path / "cli.sqlite3")
    assert main(["import", "--db", db, "--format", "conll", "--scheme", "iob2", str(path)]) == 0
    out = capsys.readouterr().out
    assert "tagging scheme IOB2 (chosen): 1 documents" in out
    assert "tag outside IOB2: 1" in out
    assert main(["import", "--db", str(tmp_path / "b.sqlite3"), "--format", "conll", str(path)]) == 0
    assert "tagging scheme BILOU (detected): 1 documents" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["nested.conll", "nested_same_label.conll"])
def test_nested_import_round_trips_through_layer_export(sqlite_ws: Any, tmp_path: Path, name: str) -> None:
    from app.services import Workspace

    report = import_paths(sqlite_ws.db, [DATA / name], annotator="importer", fmt="conll")
    out = tmp_path / "out.conll"
    result = export(sqlite_ws.db, "conll", out, options={"layers": "label"})
    assert not result.extra.get("skipped")
    fresh = Workspace.open(str(tmp_path / "fresh.sqlite3"), "importer")
    try:
        again = import_paths(fresh.db, [out], annotator="importer", fmt="conll")
        before = [snapshot(sqlite_ws, i, attributes=False) for i in report.document_ids]
        after = [snapshot(fresh, i, attributes=False) for i in again.document_ids]
        assert after == before
        source = (DATA / name).read_text(encoding="utf-8")
        assert report.annotations == source.count("B-")  # every span of every column (all start with B- here)
        assert not any("B-" in text or "I-" in text for s in after for _, _, _, text in s["spans"])
    finally:
        fresh.close()


def test_seqeval_agrees_on_nested_columns() -> None:
    lines = [line.split(" ") for line in (DATA / "nested_same_label.conll").read_text(encoding="utf-8").splitlines()]
    width = max(len(f) for f in lines)
    columns = [[f[k] if k < len(f) else "O" for f in lines] for k in range(1, width)]
    expected = sorted(
        (e.tag, " ".join(f[0] for f in lines[e.start : e.end]))
        for col in columns
        for e in Entities([col], IOB2).entities[0]
    )
    assert spans(list(read_conll(DATA / "nested_same_label.conll"))) == expected
