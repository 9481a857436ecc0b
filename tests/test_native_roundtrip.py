"""Native JSONL is lossless: export, import into an empty database, export again: same bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.formats.native import sha256_text
from app.services import Workspace
from app.services.export_formats import export
from app.services.importing import import_paths
from db.models import Document

# Text with the characters real corpora carry: harakat, tatweel, RLM, NBSP, emoji, ZWJ, controls.
ALPHABET = st.sampled_from(list("قال شويغو إن١٤٤ 144جنديا\u064e\u0651\u0640\u200f\u00a0😂\u200d♀\n\x1a()«»"))
TEXTS = st.text(ALPHABET, min_size=1, max_size=80).filter(lambda t: t.strip())


@st.composite
def corpora(draw: st.DrawFn) -> list[dict]:
    docs = []
    for text in draw(st.lists(TEXTS, min_size=1, max_size=4, unique=True)):
        spans = []
        for _ in range(draw(st.integers(0, 5))):
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, len(text)))
            spans.append(
                {
                    "label": draw(st.sampled_from(["ACTOR", "CLAIM", "FIGURE", "QUOTE"])),
                    "start": start,
                    "end": end,
                    "attributes": draw(
                        st.dictionaries(
                            st.sampled_from(["kind", "value", "قيمة"]), st.text(ALPHABET, max_size=5), max_size=2
                        )
                    ),
                    "note": draw(st.text(ALPHABET, max_size=10)),
                }
            )
        links = draw(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), max_size=3))
        docs.append(
            {
                "text": text,
                "title": draw(st.text(ALPHABET, max_size=10)),
                "spans": spans,
                "links": links,
                "status": draw(st.sampled_from(["new", "in_progress", "done"])),
            }
        )
    return docs


def _fill(ws: Workspace, docs: list[dict]) -> None:
    for d in docs:
        with ws.db.sessions.begin() as session:
            row = Document(title=d["title"], text=d["text"], sha256=sha256_text(d["text"]), meta={"k": [1, "ب"]})
            session.add(row)
            session.flush()
            doc_id = row.id
        ids = []
        for s in d["spans"]:
            ws.labels.ensure(s["label"])
            ids.append(
                ws.annotations.add(
                    doc_id, s["label"], s["start"], s["end"], attributes=s["attributes"], note=s["note"]
                ).id
            )
        for a, b in d["links"]:
            if a < len(ids) and b < len(ids) and a != b:
                ws.relations.add("related", ids[a], ids[b])  # a type the schema leaves open: any two labels
        ws.documents.set_status(doc_id, d["status"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(docs=corpora())
def test_export_import_export_is_identical(tmp_path_factory: pytest.TempPathFactory, docs: list[dict]) -> None:
    root = tmp_path_factory.mktemp("rt")
    first = Workspace.open(str(root / "a.sqlite3"), "annotator-a")
    _fill(first, docs)
    export(first.db, "jsonl", root / "one.jsonl")
    first.close()
    second = Workspace.open(str(root / "b.sqlite3"), "someone-else")
    report = import_paths(second.db, [root / "one.jsonl"], annotator="someone-else", fmt="jsonl")
    assert report.documents == len(docs)
    export(second.db, "jsonl", root / "two.jsonl")
    second.close()
    assert (root / "two.jsonl").read_bytes() == (root / "one.jsonl").read_bytes()


def test_roundtrip_on_postgres(pg_url: str, tmp_path: Path) -> None:
    docs = [
        {
            "text": "قال شويغو 😂 إن 144 جنديا",
            "title": "خبر",
            "status": "done",
            "links": [(0, 1)],
            "spans": [
                {"label": "CLAIM", "start": 0, "end": 24, "attributes": {"quote": "indirect"}, "note": ""},
                {"label": "ACTOR", "start": 4, "end": 9, "attributes": {"kind": "person"}, "note": "ن"},
            ],
        }
    ]
    src = Workspace.open(str(tmp_path / "a.sqlite3"))
    _fill(src, docs)
    export(src.db, "jsonl", tmp_path / "one.jsonl")
    pg = Workspace.open(pg_url)
    import_paths(pg.db, [tmp_path / "one.jsonl"], annotator="x", fmt="jsonl")
    export(pg.db, "jsonl", tmp_path / "two.jsonl")
    assert (tmp_path / "two.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    # the id sequence moved past the imported ids: a new document gets a fresh id
    with pg.db.sessions.begin() as session:
        row = Document(title="x", text="جديد", sha256=sha256_text("جديد"))
        session.add(row)
        session.flush()
        assert row.id > json.loads((tmp_path / "one.jsonl").read_text(encoding="utf-8"))["id"]
    pg.close()
    src.close()


def test_wrong_snapshot_in_native_import_is_rejected(sqlite_ws: Workspace, tmp_path: Path) -> None:
    from app.errors import InputError

    text = "قال شويغو"
    rec = {
        "id": 1,
        "title": "",
        "text": text,
        "sha256": sha256_text(text),
        "offsets": "codepoint",
        "annotations": [
            {
                "id": "6f1c1d3e-8d2a-4a4e-9a57-0c7f3c1e2b10",
                "label": "ACTOR",
                "start": 4,
                "end": 9,
                "text": "شويغ",
                "annotator": "a",
                "attributes": {},
                "note": "",
            }
        ],
        "relations": [],
    }
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="not 'شويغ'"):
        import_paths(sqlite_ws.db, [path], annotator="x", fmt="jsonl")
    assert sqlite_ws.documents.count() == 0


def test_an_annotation_id_stored_for_another_document_fails_cleanly(ws: Workspace, tmp_path: Path) -> None:
    from app.errors import InputError

    def record(text: str) -> dict:
        return {
            "title": "",
            "text": text,
            "offsets": "codepoint",
            "relations": [],
            "annotations": [
                {
                    "id": "6f1c1d3e-8d2a-4a4e-9a57-0c7f3c1e2b10",
                    "label": "ACTOR",
                    "start": 0,
                    "end": 3,
                    "annotator": "a",
                    "attributes": {},
                    "note": "",
                }
            ],
        }

    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps(record("قال شويغو"), ensure_ascii=False) + "\n", encoding="utf-8")
    second.write_text(json.dumps(record("أعلن الوزير"), ensure_ascii=False) + "\n", encoding="utf-8")
    import_paths(ws.db, [first], annotator="x", fmt="jsonl")
    with pytest.raises(InputError, match="already stored"):
        import_paths(ws.db, [second], annotator="x", fmt="jsonl")
    assert ws.documents.count() == 1
    report = import_paths(ws.db, [second, first], annotator="x", fmt="jsonl", skip_bad=True)
    assert [Path(p).name for p, _ in report.bad] == ["b.jsonl"] and report.duplicates == 1
    assert ws.documents.count() == 1
