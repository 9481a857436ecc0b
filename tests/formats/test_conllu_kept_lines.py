"""CoNLL-U's kept source lines: one string per sentence in new imports; the list of lines per sentence that
earlier imports stored still exports the source exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.formats.conllu import kept_lines, read_conllu
from app.services.export_formats import export
from app.services.importing import import_paths

DATA = Path(__file__).resolve().parent / "data"


def test_a_sentence_is_kept_as_one_string_of_its_lines() -> None:
    records = list(read_conllu(DATA / "ud.conllu"))
    source = (DATA / "ud.conllu").read_text(encoding="utf-8")
    for record in records:
        sentences = record.metadata["conllu"]["sentences"]
        assert sentences and all(type(s) is str and s.strip() for s in sentences)
    kept = [line for r in records for sentence in kept_lines(r.metadata) or [] for line in sentence]
    assert kept == [line for line in source.splitlines() if line.strip()]


@pytest.mark.parametrize("name", ["ud.conllu", "mwt_end.conllu", "corefud.conllu"])
def test_lines_stored_as_lists_by_earlier_imports_export_the_same(sqlite_ws: Any, tmp_path: Path, name: str) -> None:
    import_paths(sqlite_ws.db, [DATA / name], annotator="importer", fmt="conllu")
    with sqlite_ws.db.engine.begin() as conn:
        for doc_id, stored in conn.execute(text("SELECT id, metadata FROM documents")).all():
            metadata = json.loads(stored)
            metadata["conllu"]["sentences"] = [s.split("\n") for s in metadata["conllu"]["sentences"]]
            conn.execute(
                text("UPDATE documents SET metadata = :m WHERE id = :id"),
                {"m": json.dumps(metadata, ensure_ascii=False), "id": doc_id},
            )
    out = tmp_path / "out.conllu"
    export(sqlite_ws.db, "conllu", out)
    assert out.read_bytes() == (DATA / name).read_bytes()
