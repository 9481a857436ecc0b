"""CoNLL-U read in byte chunks: CRLF, CR and LF line ends read alike wherever a chunk ends (a CR at a chunk's
end may be half of a CRLF), with or without a BOM, in UTF-8 and UTF-16."""

from __future__ import annotations

from pathlib import Path

import pytest

import app.formats.conllu as conllu

DATA = Path(__file__).resolve().parent / "data"


def _read(path: Path) -> list[tuple[str, str | None, list[tuple[str, int, int]], object]]:
    return [
        (r.text, r.external_id, [(a.label, a.start, a.end) for a in r.annotations], r.metadata)
        for r in conllu.read_conllu(path, rel="x.conllu")
    ]


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 8, 13, 64, 1 << 20])
@pytest.mark.parametrize("name", ["ud.conllu", "corefud.conllu", "mwt_end.conllu"])
def test_line_ends_read_alike_wherever_a_chunk_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int, name: str
) -> None:
    lf = (DATA / name).read_text(encoding="utf-8")
    assert "\r" not in lf
    expected = _read(DATA / name)
    monkeypatch.setattr(conllu, "_CHUNK", chunk)
    variants = {
        "crlf": lf.replace("\n", "\r\n").encode("utf-8"),
        "cr": lf.replace("\n", "\r").encode("utf-8"),
        "mixed": "".join(line + ("\r\n", "\r", "\n")[k % 3] for k, line in enumerate(lf.split("\n")[:-1])).encode(
            "utf-8"
        ),
        "bom-crlf": b"\xef\xbb\xbf" + lf.replace("\n", "\r\n").encode("utf-8"),
        "utf16-crlf": lf.replace("\n", "\r\n").encode("utf-16"),
    }
    for kind, data in variants.items():
        path = tmp_path / f"{kind}.conllu"
        path.write_bytes(data)
        assert _read(path) == expected, kind
