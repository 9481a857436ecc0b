"""The token readers' fast paths read what the line-by-line paths read (issue 10: import speed)."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

from app.formats.conllu import kept_lines, read_conllu
from app.formats.iob import SCHEMES, Defects, chunks, sparse_chunks
from app.formats.tokens import stored_tokens

TAGS = ["O", "O", "B-X", "I-X", "B-Y", "I-Y", "E-X", "S-X", "L-Y", "U-Y", "I-", "X", "B-B-Y"]


def test_sparse_chunks_are_the_chunks_of_the_dense_sequence() -> None:
    rng = random.Random(10)
    for _ in range(3000):
        dense = [rng.choice(TAGS) for _ in range(rng.randint(0, 12))]
        scheme = rng.choice(list(SCHEMES))
        d1, d2 = Defects(), Defects()
        tagged = [(k, t) for k, t in enumerate(dense) if t != "O"]
        assert sparse_chunks(tagged, d2, "w ", scheme) == chunks(dense, d1, "w ", scheme)
        assert (d1.counts, d1.examples) == (d2.counts, d2.examples)


def _row(i: int | str, form: str, misc: str = "_") -> str:
    return "\t".join([str(i), form, *["_"] * 7, misc])


def test_plain_and_other_sentences_in_one_file(tmp_path: Path) -> None:
    """A plain sentence (read at once), one with a multiword token, one with SpacesBefore and a document that
    starts inside a sentence (read line by line): offsets, spans and kept lines as each says."""
    lines = [
        "# newdoc id = a",
        _row(1, "قال", "Entity=B-CLAIM"),
        _row(2, "بوتين", "Entity=I-CLAIM,B-ACTOR|SpaceAfter=No"),
        _row(3, ".", "Entity=I-CLAIM|SpacesAfter=\\n"),
        "",
        _row("1-2", "للبيت"),
        _row(1, "ل"),
        _row(2, "البيت", "Entity=B-LOC"),
        _row(3, "امس"),
        "",
        _row(1, "ثم", "SpacesBefore=\\s\\s|Entity=I-LOC"),
        _row(2, "عاد", "Entity=B-ACTOR"),
        "# newdoc id = b",
        _row(1, "هو", "Entity=I-ACTOR"),
        "",
    ]
    path = tmp_path / "mixed.conllu"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    a, b = list(read_conllu(path))
    assert a.text == "قال بوتين.\nللبيت امس   ثم عاد"
    assert a.external_id == "a" and b.external_id == "b"
    spans = sorted((x.label, a.text[x.start : x.end], x.attributes) for x in a.annotations)
    assert spans == [
        ("ACTOR", "بوتين", {}),
        ("ACTOR", "عاد", {}),
        ("CLAIM", "قال بوتين.", {}),
        ("LOC", "ثم", {"iob": "I"}),
        ("LOC", "للبيت", {}),
    ]
    assert a.metadata["tokens"] == "conllu" and "sentence_starts" not in a.metadata  # the kept lines give them
    assert stored_tokens(a.text, a.metadata) == (
        [(0, 3), (4, 9), (9, 10), (11, 16), (17, 20), (23, 25), (26, 29)],
        [0, 3, 5],
    )
    assert [len(s) for s in kept_lines(a.metadata) or []] == [4, 4, 2]
    assert kept_lines(b.metadata) == [lines[12:14]]
    assert [(x.label, x.attributes) for x in b.annotations] == [("ACTOR", {"iob": "I"})]
    assert a.metadata["defects"]["counts"] == {"I- tag that continues nothing": 1}
    assert list(itertools.chain(*kept_lines(a.metadata) or [])) == [x for x in lines[:12] if x]
