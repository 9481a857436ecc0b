"""Annotate all (issue 13): every match of a text, by the matcher, stored in one transaction; covered places
skipped; undo and redo of the whole batch; the CLI's counts and its idempotence."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import event

from app.cli import main
from app.formats.native import sha256_text
from app.services import Workspace
from app.services.annotate_all import AnnotateAllService
from app.text.fold import fold_text
from db.models import Document

TEXTS = [
    "زار الرئيس باريس أمس، ثم عاد من باريس إلى لندن.",
    "وباريس مدينة جميلة، ولباريس تاريخ طويل. الباريسيون يحبون مدينتهم، ومنهم الباريسي الشهير.",
    "قال إن بَارِيسَ لا تنام.",
    "لا شيء هنا عن المدن.",
]


def add_documents(ws: Workspace, texts: list[str]) -> list[int]:
    with ws.db.sessions.begin() as session:
        docs = [Document(title=t[:20], text=t, sha256=sha256_text(t)) for t in texts]
        session.add_all(docs)
        session.flush()
        return [doc.id for doc in docs]


def live(ws: Workspace, doc_id: int, label: str | None = None) -> list[tuple[int, int, str]]:
    anns = ws.documents.open(doc_id).annotations
    return sorted((a.start, a.end, a.text) for a in anns if label is None or a.label == label)


def test_every_match_whole_words_clitics_outside(ws: Workspace) -> None:
    ids = add_documents(ws, TEXTS)
    service = AnnotateAllService.of(ws)
    places = service.find("باريس", "ACTOR")
    by_doc: dict[int, list[tuple[int, int]]] = {}
    for place in places:
        by_doc.setdefault(place.doc_id, []).append((place.start, place.end))
        assert fold_text(place.text) == "باريس"  # the hit folds to the query: harakat kept in the text
        assert TEXTS[ids.index(place.doc_id)][place.start : place.end] == place.text
        assert not place.labelled
    second = TEXTS[1]
    assert by_doc[ids[0]] == [(11, 16), (TEXTS[0].index("باريس", 20), TEXTS[0].index("باريس", 20) + 5)]
    # وباريس and ولباريس: the clitics stay outside; الباريسيون and الباريسي (inside a word) are never offered
    assert by_doc[ids[1]] == [(1, 6), (second.index("ولباريس") + 2, second.index("ولباريس") + 7)]
    assert [TEXTS[2][s:e] for s, e in by_doc[ids[2]]] == ["بَارِيسَ"]
    assert ids[3] not in by_doc


def test_add_many_one_transaction_then_idempotent(ws: Workspace) -> None:
    ids = add_documents(ws, TEXTS)
    service = AnnotateAllService.of(ws)
    places = service.find("باريس", "ACTOR")  # (the search may write: its index is built at the first search)
    commits: list[int] = []
    event.listen(ws.db.engine, "commit", lambda _conn: commits.append(1))
    done = service.edit_add_many("ACTOR", [p.span for p in places], attributes={"type": "place"})
    assert len(commits) == 1  # one transaction for the whole corpus
    assert len(done.annotations) == 5 and done.skipped == 0
    assert [c.document_id for c in done.changes] == ids[:3]
    for ann in done.annotations:
        assert ann.label == "ACTOR" and ann.attributes == {"type": "place"}
    stored = [a for doc in ids for a in ws.documents.open(doc).annotations]
    assert sorted(a.id for a in stored) == sorted(a.id for a in done.annotations)
    assert all(a.attributes == {"type": "place"} for a in stored)
    assert ws.documents.open(ids[0]).status == "in_progress"
    one = ws.annotations.add(ids[3], "CLAIM", 0, 2, attributes={"type": "place"})  # the one-annotation path
    if ws.db.is_sqlite:  # the batch's own executemany stores what the ORM stores
        with ws.db.engine.connect() as conn:
            forms = conn.exec_driver_sql(
                "SELECT DISTINCT typeof(id), length(id), length(created_at), attributes FROM annotations"
            ).all()
        assert len(forms) == 1, forms
    assert ws.annotations.get(done.annotations[0].id).attributes == ws.annotations.get(one.id).attributes
    ws.annotations.delete(one.id)
    again = service.annotate_all("باريس", "ACTOR")
    assert (len(again.annotations), again.covered, again.refused) == (0, 5, 0)
    assert len([a for doc in ids for a in ws.documents.open(doc).annotations]) == 5


def test_places_covered_by_the_label_skipped_other_labels_not(ws: Workspace) -> None:
    [doc] = add_documents(ws, ["قال وزير خارجية فرنسا إن فرنسا لن تتراجع، وإن فرنسا قوية."])
    text = ws.documents.open(doc).text
    outer = text.index("وزير خارجية فرنسا")
    ws.annotations.add(doc, "ACTOR", outer, outer + len("وزير خارجية فرنسا"))
    second = text.index("فرنسا", outer + 20)
    ws.annotations.add(doc, "CLAIM", second, second + 5)
    service = AnnotateAllService.of(ws)
    places = service.find("فرنسا", "ACTOR", doc_ids=[doc])
    assert [p.labelled for p in places] == [True, False, False]  # inside the ACTOR; a CLAIM is another label
    done = service.annotate_all("فرنسا", "ACTOR", doc_ids=[doc])
    assert (len(done.annotations), done.covered) == (2, 1)
    assert [s for s, _, _ in live(ws, doc, "ACTOR")] == [outer, second, text.index("فرنسا", second + 5)]


def test_rules_of_the_label_refuse_a_place_not_the_batch(ws: Workspace) -> None:
    [doc] = add_documents(ws, ["أعلنت الأمم المتحدة أن الأمم ستجتمع."])
    text = ws.documents.open(doc).text
    ws.schema.update_label("ACTOR", overlaps=False)
    first = text.index("الأمم")
    ws.annotations.add(doc, "ACTOR", first + 2, text.index("المتحدة") + 3)  # crosses the first الأمم
    done = AnnotateAllService.of(ws).annotate_all("الأمم", "ACTOR", doc_ids=[doc])
    assert (len(done.annotations), done.covered, done.refused) == (1, 0, 1)


def test_undo_and_redo_of_the_batch(ws: Workspace) -> None:
    ids = add_documents(ws, TEXTS)
    service = AnnotateAllService.of(ws)
    done = service.annotate_all("باريس", "FIGURE")
    added = done.annotations
    undone = service.edit_delete_many(added)
    assert [c.document_id for c in undone.changes] == ids[:3]
    assert sorted(a.id for a in undone.annotations) == sorted(a.id for a in added)
    assert all(live(ws, doc) == [] for doc in ids)
    redone = service.edit_restore_many(added)
    assert sorted(a.id for a in redone.annotations) == sorted(a.id for a in added)
    assert sum(len(live(ws, doc)) for doc in ids) == 5
    # an annotation deleted on its own meanwhile is left alone by the batch's undo
    ws.annotations.delete(added[0].id)
    assert len(service.edit_delete_many(added).annotations) == 4


def test_unknown_document_and_label(ws: Workspace) -> None:
    from app.errors import HashiyaError, NotFoundError

    add_documents(ws, TEXTS)
    service = AnnotateAllService.of(ws)
    with pytest.raises(HashiyaError, match="no document with id 999"):
        service.find("باريس", "ACTOR", doc_ids=[1, 999])
    with pytest.raises(NotFoundError, match="unknown label"):
        service.annotate_all("باريس", "NOPE")


def run(capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_counts_and_is_idempotent(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "cli.sqlite3")
    ws = Workspace.open(db, "tester")
    ids = add_documents(ws, TEXTS)
    ws.close()
    code, out, err = run(capsys, "annotate", "--match", "باريس", "--label", "ACTOR", "--all", "--db", db)
    assert code == 0, err
    assert out.startswith("added 5, skipped 0 ") and "in 3 documents" in out
    code, out, _ = run(capsys, "annotate", "--match", "باريس", "--label", "ACTOR", "--all", "--db", db)
    assert out.startswith("added 0, skipped 5 (5 already labelled ACTOR, 0 refused")
    code, out, _ = run(
        capsys, "annotate", "--match", "باريس", "--label", "CLAIM", "--all", "--docs", f"{ids[1]},{ids[3]}", "--db", db
    )
    assert out.startswith("added 2, skipped 0") and "in 1 documents" in out
    code, out, _ = run(capsys, "annotate", "--match", "باريس", "--label", "FIGURE", "--all", "--doc", "3", "--db", db)
    assert out.startswith("added 1, skipped 0")
    ws = Workspace.open(db, "tester")
    assert [t for _, _, t in live(ws, ids[2])] == ["بَارِيسَ"] * 2
    ws.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--match", "x", "--label", "ACTOR"], "give --doc ID"),
        (["--all", "--label", "ACTOR"], "--all needs --match TEXT and --label LABEL"),
        (["--all", "--match", "x", "--label", "ACTOR", "--start", "1"], "not both"),
        (["--all", "--match", "x", "--label", "ACTOR", "--docs", "1,x"], "--docs: 'x' is not a document id"),
        (["--all", "--match", "x", "--label", "ACTOR", "--docs", "1", "--doc", "1"], "--doc or --docs"),
        (["--all", "--match", "x", "--label", "ACTOR", "--docs", "7"], "no document with id 7"),
    ],
)
def test_cli_bad_options_one_line_exit_2(capsys, tmp_path: Path, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "bad.sqlite3")
    code, out, err = run(capsys, "annotate", *args, "--db", db)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err, err


def test_real_corpus_every_stored_span_folds_to_the_word(sqlite_ws: Workspace, corpora: Path) -> None:
    """On ant-news articles: annotate-all of a frequent word stores exactly the matcher's hits, each one
    folding to the word, none inside another word, and undo removes every one."""
    from app.text.matcher import Matcher

    files = sorted((corpora / "ant-news").rglob("*.txt"))[:300]
    if not files:
        pytest.skip("no ant-news articles")
    texts = list(dict.fromkeys(f.read_text(encoding="utf-8", errors="replace") for f in files))
    ids = add_documents(sqlite_ws, texts)
    rng = random.Random(13)
    words = [w for t in rng.sample(texts, 20) for w in t.split() if len(w) >= 4 and w.isalpha()]
    service = AnnotateAllService.of(sqlite_ws)
    for word in rng.sample(words, 5):
        matcher = Matcher(word)
        expected = {(doc, s, e) for doc, text in zip(ids, texts, strict=True) for s, e in matcher.finditer(text)}
        done = service.annotate_all(word, "ACTOR")
        got = {(a.document_id, a.start, a.end) for a in done.annotations}
        assert got == expected and done.skipped == 0, word
        for ann in done.annotations:
            text = texts[ids.index(ann.document_id)]
            assert ann.text == text[ann.start : ann.end]
            after = text[ann.end : ann.end + 1]
            assert not after.isalpha() and unicodedata.category(after or " ") != "Mn", (word, ann)
        service.edit_delete_many(done.annotations)
    assert all(not sqlite_ws.documents.open(doc).annotations for doc in ids[:50])
