"""CoNLL-U files from other projects through the importer and back (issue 10).

What is exact: the export of an imported file whose annotations are unchanged equals the source byte
for byte, apart from two documented normalisations: it is UTF-8 with LF line endings (whatever the
source's encoding and line endings), and a sentence ends with one blank line. The ``conllu`` package
(an independent reader) is the judge beside the bytes: every sentence's comments and every token's
ten columns (ranges and empty nodes included) are the same in the source and in the export.

What is counted: every line of the source is either kept in the document's metadata (and written
back) or named in the import report; every Entity mention is a span or a reported defect.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.formats.conllu import kept_lines, read_conllu
from app.services.export_formats import export
from app.services.importing import import_paths

DATA = Path(__file__).resolve().parent.parent / "data"
HEBREW = Path("peer-formats") / "ud" / "he_htb-ud-dev.conllu"


@pytest.fixture(params=["he_htb", "ud.conllu", "corefud.conllu", "mwt_end.conllu"])
def source(request: pytest.FixtureRequest) -> Path:
    if request.param == "he_htb":
        path: Path = request.getfixturevalue("corpora") / HEBREW
        if not path.is_file():
            pytest.skip(f"{path} is not there (UD_Hebrew-HTB dev, see peer-formats/SOURCE.md)")
        return path
    return DATA / request.param


def _parsed(path: Path) -> list[tuple[dict[str, Any], list[tuple[Any, ...]]]]:
    """Each sentence as the ``conllu`` package reads it: its comments and its tokens' ten columns."""
    import conllu

    fields = ("id", "form", "lemma", "upos", "xpos", "feats", "head", "deprel", "deps", "misc")
    return [
        (dict(s.metadata), [tuple(repr(t[f]) for f in fields) for t in s])
        for s in conllu.parse(path.read_text(encoding="utf-8"))
    ]


def _mentions(path: Path) -> int:
    """Entity mentions as the ``conllu`` package reads the words' MISC: CorefUD openings, IOB2 chunk starts."""
    import conllu

    count = 0
    for sentence in conllu.parse(path.read_text(encoding="utf-8")):
        before: set[str] = set()
        for token in sentence:
            if not isinstance(token["id"], int):
                continue
            value = (token["misc"] or {}).get("Entity") or ""
            if "(" in value or value.endswith(")"):
                count += value.count("(")
                continue
            tags = [t for t in value.split(",") if t]
            count += sum(not (t.startswith("I-") and t[2:] in before) for t in tags)
            before = {t[2:] for t in tags if t[:2] in ("B-", "I-")}
    return count


def _source_lines(path: Path) -> tuple[int, int]:
    """Comment lines and token lines (words, ranges, empty nodes) of the source."""
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    comments = sum(line.startswith("#") for line in lines)
    return comments, len(lines) - comments


@pytest.mark.corpora
def test_export_of_an_import_is_the_source(sqlite_ws: Any, tmp_path: Path, source: Path) -> None:
    report = import_paths(sqlite_ws.db, [source], annotator="importer", fmt="conllu")
    assert report.documents >= 1 and not report.bad
    out = tmp_path / "out.conllu"
    export(sqlite_ws.db, "conllu", out)
    assert _parsed(out) == _parsed(source)  # the independent reader sees the same sentences
    assert out.read_bytes() == source.read_bytes()
    ranges = sum(
        line.split("\t", 1)[0].count("-")
        for line in out.read_text(encoding="utf-8").split("\n")
        if line and not line.startswith("#")
    )
    assert ranges == sum(
        line.split("\t", 1)[0].count("-")
        for line in source.read_text(encoding="utf-8").split("\n")
        if line and not line.startswith("#")
    )


@pytest.mark.corpora
def test_every_line_is_kept_and_every_mention_is_a_span_or_reported(source: Path) -> None:
    records = list(read_conllu(source))
    kept = [line for r in records for sentence in kept_lines(r.metadata) or [] for line in sentence]
    comments, tokens = _source_lines(source)
    assert sum(line.startswith("#") for line in kept) == comments
    assert sum(not line.startswith("#") for line in kept) == tokens
    mentions = _mentions(source)
    reported = sum(
        n for r in records for kind, n in r.metadata.get("defects", {}).get("counts", {}).items() if "no span" in kind
    )
    spans = sum(len(r.annotations) for r in records)
    assert mentions == spans + reported


@pytest.mark.corpora
def test_text_is_the_sentences_joined(source: Path) -> None:
    """The document text holds every ``# text`` in order, separated as the spacing MISC says."""
    import conllu

    sentences = conllu.parse(source.read_text(encoding="utf-8"))
    records = list(read_conllu(source))
    text = " ".join(r.text for r in records)
    pos = 0
    for s in sentences:
        found = text.find(s.metadata["text"], pos)
        assert found >= 0, s.metadata.get("sent_id")
        pos = found + len(s.metadata["text"])
    assert not text.endswith(" ")
