"""CoNLL-U's kept source lines: one string per sentence in new imports; the list of lines per sentence that
earlier imports stored still exports the source exactly."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.dto import AnnotationData
from app.formats.conllu import _unchanged, kept_lines, read_conllu
from app.services.export_formats import export
from app.services.importing import import_paths

DATA = Path(__file__).resolve().parent / "data"


def _store(conn: Any, doc_id: int, metadata: dict[str, Any]) -> None:
    """Give a stored document the metadata an earlier import would have written."""
    conn.execute(
        text("UPDATE documents SET metadata = :m WHERE id = :id"),
        {"m": json.dumps(metadata, ensure_ascii=False), "id": doc_id},
    )


def _assert_exports_the_source(db: Any, tmp_path: Path, name: str) -> None:
    out = tmp_path / "out.conllu"
    export(db, "conllu", out)
    assert out.read_bytes() == (DATA / name).read_bytes()


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
            _store(conn, doc_id, metadata)
    _assert_exports_the_source(sqlite_ws.db, tmp_path, name)


def _fingerprint_of_earlier_imports(annotations: list[tuple[str, int, int, dict[str, Any]]]) -> str:
    """``metadata.conllu.entities`` as imports before 2026-12-02 wrote it: json.dumps of sorted lists, no prefix."""
    keys = sorted(
        [label, s, e, [str(attrs.get(k, "")) for k in ("entity", "part", "iob")]] for label, s, e, attrs in annotations
    )
    return hashlib.sha256(json.dumps(keys, ensure_ascii=False).encode("utf-8")).hexdigest()


@pytest.mark.parametrize("name", ["ud.conllu", "corefud.conllu"])
def test_fingerprints_of_earlier_imports_still_say_unchanged(sqlite_ws: Any, tmp_path: Path, name: str) -> None:
    records = list(read_conllu(DATA / name))
    for record in records:  # an earlier import's fingerprint reads as unchanged, and as changed once a span moves
        spans = [(a.label, a.start, a.end, a.attributes) for a in record.annotations]
        old = _fingerprint_of_earlier_imports(spans)
        assert record.metadata["conllu"]["entities"] != old
        annotations = [
            AnnotationData("x", 1, a.label, a.start, a.end, "", "i", a.attributes) for a in record.annotations
        ]
        assert _unchanged(annotations, old)
        assert annotations and not _unchanged(
            [replace(annotations[0], end=annotations[0].end + 1), *annotations[1:]], old
        )
    import_paths(sqlite_ws.db, [DATA / name], annotator="importer", fmt="conllu")
    with sqlite_ws.db.engine.begin() as conn:
        stored = conn.execute(text("SELECT id, metadata FROM documents ORDER BY id")).all()
        assert len(stored) == len(records)
        for (doc_id, meta), record in zip(stored, records, strict=True):
            metadata = json.loads(meta)
            assert metadata["conllu"]["entities"].startswith("2:")  # what imports write now
            spans = [(a.label, a.start, a.end, a.attributes) for a in record.annotations]
            metadata["conllu"]["entities"] = _fingerprint_of_earlier_imports(spans)
            _store(conn, doc_id, metadata)
    _assert_exports_the_source(sqlite_ws.db, tmp_path, name)
