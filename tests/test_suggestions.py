"""Suggestions stored apart from annotations: computed, kept, accepted (with a claim's cue and source) and rejected.

The recognisers here are two tiny ones registered by the tests (``tiny_figures``, ``tiny_claims``), so the
store is tested on its own; the real rules are tested in their own files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from app.assist import registry
from app.assist.base import Context, Proposal
from app.services import Workspace
from db.models import Annotation, Document, Suggestion

NO_CONTEXT = Context()
TEXT = "قال وزير الخارجية إن 144 شخصا قتلوا في الهجوم. وأضاف أن 3 مدن تضررت."


def tiny_figures(text: str, context: Context = NO_CONTEXT) -> list[Proposal]:
    """A number and the word after it."""
    return [
        Proposal("FIGURE", m.start(), m.end(), "tiny.number", {"kind": "count", "value": int(m[1])})
        for m in re.finditer(r"(\d+) \w+", text)
    ]


def tiny_claims(text: str, context: Context = NO_CONTEXT) -> list[Proposal]:
    """A cue (قال، وأضاف), the two words after قال as its source, the clause after إن/أن to the full stop."""
    out = []
    for m in re.finditer(r"(قال|وأضاف) (?:(\w+ \w+) )?(?:إن|أن) ([^.]+)", text):
        source = m.span(2) if m[2] else None
        quote = "indirect"
        out.append(Proposal("CLAIM", m.start(3), m.end(3), "tiny.cue", {"quote": quote}, m.span(1), source))
    return out


@pytest.fixture(autouse=True)
def tiny(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(
        registry.RECOGNISERS, "figures", registry.Recogniser("figures", "FIGURE", f"{__name__}:tiny_figures")
    )
    monkeypatch.setitem(
        registry.RECOGNISERS, "claims", registry.Recogniser("claims", "CLAIM", f"{__name__}:tiny_claims")
    )
    yield


def add_doc(ws: Workspace, text: str = TEXT, **meta: object) -> int:
    from app.formats.native import sha256_text

    with ws.db.sessions.begin() as session:
        doc = Document(title="t", text=text, sha256=sha256_text(text), meta=dict(meta))
        session.add(doc)
        session.flush()
        return doc.id


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_suggest_stores_them_apart_and_keeps_their_ids(ws: Workspace) -> None:
    doc = add_doc(ws)
    found = ws.suggestions.suggest(doc)
    assert [(s.label, s.text) for s in found] == [
        ("CLAIM", "144 شخصا قتلوا في الهجوم"),
        ("FIGURE", "144 شخصا"),
        ("CLAIM", "3 مدن تضررت"),
        ("FIGURE", "3 مدن"),
    ]
    figure = found[1]
    assert figure.attributes == {"kind": "count", "value": 144} and figure.rule == "tiny.number"
    claim = found[0]
    assert claim.cue == span(TEXT, "قال") and claim.source == span(TEXT, "وزير الخارجية")
    assert found[2].source is None
    assert ws.documents.open(doc).annotations == []  # nothing is an annotation yet
    again = ws.suggestions.suggest(doc)
    assert [s.id for s in again] == [s.id for s in found]  # the same rows, not new ones


def test_a_rejected_suggestion_is_not_proposed_again(ws: Workspace) -> None:
    doc = add_doc(ws)
    figure = next(s for s in ws.suggestions.suggest(doc) if s.text == "3 مدن")
    change = ws.suggestions.edit_reject(figure.id)
    assert change.document_id == doc and not change.added
    assert figure.id not in [s.id for s in ws.suggestions.suggest(doc)]
    assert ("FIGURE", "3 مدن") not in [(p.label, p.text(TEXT)) for p in ws.suggestions.compute(doc)]
    assert ws.suggestions.get(figure.id).status == "rejected"  # kept, as rejected
    ws.suggestions.edit_undo_reject(figure.id)
    assert figure.id in [s.id for s in ws.suggestions.list(doc)]


def test_accepting_a_figure_makes_an_annotation_that_records_it(ws: Workspace) -> None:
    doc = add_doc(ws)
    figure = next(s for s in ws.suggestions.suggest(doc) if s.text == "144 شخصا")
    change = ws.suggestions.edit_accept(figure.id)
    (ann,) = change.added
    assert (ann.label, ann.start, ann.end, ann.text) == ("FIGURE", figure.start, figure.end, "144 شخصا")
    assert ann.attributes == {"kind": "count", "value": 144} and ann.annotator == "tester"
    with ws.db.sessions() as session:
        assert session.scalar(select(Annotation.suggestion_id)) == figure.id
    assert ws.suggestions.get(figure.id).status == "accepted"
    assert figure.id not in [s.id for s in ws.suggestions.suggest(doc)]
    assert "144 شخصا" not in [p.text(TEXT) for p in ws.suggestions.compute(doc)]
    undone = ws.suggestions.edit_undo_accept(change)
    assert [a.id for a in undone.removed] == [ann.id]
    assert ws.documents.open(doc).annotations == []
    assert ws.suggestions.get(figure.id).status == "open"
    redone = ws.suggestions.edit_redo_accept(change)
    assert [a.id for a in redone.added] == [ann.id]  # the very row comes back
    assert [a.id for a in ws.documents.open(doc).annotations] == [ann.id]
    assert ws.suggestions.get(figure.id).status == "accepted"


def test_accepting_a_claim_makes_its_cue_and_source_and_links_them(ws: Workspace) -> None:
    doc = add_doc(ws)
    claim = ws.suggestions.suggest(doc)[0]
    change = ws.suggestions.edit_accept(claim.id)
    assert [(a.label, a.text) for a in change.added] == [
        ("ACTOR", "وزير الخارجية"),
        ("CUE", "قال"),
        ("CLAIM", "144 شخصا قتلوا في الهجوم"),
    ]
    assert change.added[-1].attributes == {"quote": "indirect"}
    opened = ws.documents.open(doc)
    by_id = {a.id: a for a in opened.annotations}
    links = sorted((r.type, by_id[r.from_id].label, by_id[r.to_id].text) for r in opened.relations)
    assert links == [("cue", "CLAIM", "قال"), ("source", "CLAIM", "وزير الخارجية")]
    with ws.db.sessions() as session:
        assert set(session.scalars(select(Annotation.suggestion_id))) == {claim.id}
    undone = ws.suggestions.edit_undo_accept(change)
    assert len(undone.removed) == 3 and ws.documents.open(doc).annotations == []
    ws.suggestions.edit_redo_accept(change)
    assert len(ws.documents.open(doc).relations) == 2


def test_a_claim_is_linked_to_the_actor_already_there(ws: Workspace) -> None:
    doc = add_doc(ws)
    actor = ws.annotations.add(doc, "ACTOR", *span(TEXT, "وزير الخارجية"))
    claim = next(s for s in ws.suggestions.suggest(doc) if s.label == "CLAIM")
    change = ws.suggestions.edit_accept(claim.id)
    assert [a.label for a in change.added] == ["CUE", "CLAIM"]  # no second ACTOR
    (source,) = [r for r in change.relations_added if r.type == "source"]
    assert source.to_id == actor.id
    ws.suggestions.edit_undo_accept(change)
    assert [a.id for a in ws.documents.open(doc).annotations] == [actor.id]  # the actor stays


def test_accept_all_of_one_label_in_a_document(ws: Workspace) -> None:
    doc = add_doc(ws)
    other = add_doc(ws, TEXT + " ")
    ws.suggestions.suggest(doc)
    ws.suggestions.suggest(other)
    change = ws.suggestions.edit_accept_all(doc, "FIGURE")
    assert [a.text for a in change.added] == ["144 شخصا", "3 مدن"]
    assert [s.label for s in ws.suggestions.list(doc)] == ["CLAIM", "CLAIM"]
    assert len(ws.suggestions.list(other)) == 4  # another document keeps its own
    ws.suggestions.edit_undo_accept(change)
    assert len(ws.suggestions.list(doc)) == 4 and ws.documents.open(doc).annotations == []


def test_accept_all_leaves_open_what_the_label_rules_refuse(ws: Workspace) -> None:
    doc = add_doc(ws)
    ws.schema.update_label("FIGURE", nests=False)
    ws.annotations.add(doc, "FIGURE", *span(TEXT, "144"))  # a FIGURE inside the proposed one: may not nest
    ws.suggestions.suggest(doc)
    change = ws.suggestions.edit_accept_all(doc, "FIGURE")
    assert [a.text for a in change.added] == ["3 مدن"]
    assert [s.text for s in ws.suggestions.list(doc) if s.label == "FIGURE"] == ["144 شخصا"]


def test_what_an_annotation_holds_is_not_proposed(ws: Workspace) -> None:
    doc = add_doc(ws)
    ws.annotations.add(doc, "FIGURE", *span(TEXT, "3 مدن"))
    assert "3 مدن" not in [s.text for s in ws.suggestions.suggest(doc)]


def test_a_span_no_longer_proposed_is_dropped_but_decisions_stay(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = add_doc(ws)
    found = {s.text: s for s in ws.suggestions.suggest(doc)}
    ws.suggestions.edit_reject(found["144 شخصا"].id)
    monkeypatch.setitem(
        registry.RECOGNISERS, "figures", registry.Recogniser("figures", "FIGURE", f"{__name__}:nothing")
    )
    left = ws.suggestions.suggest(doc)
    assert [s.label for s in left] == ["CLAIM", "CLAIM"]
    assert ws.suggestions.get(found["144 شخصا"].id).status == "rejected"
    with ws.db.sessions() as session:
        assert session.scalar(select(Suggestion.id).where(Suggestion.id == found["3 مدن"].id)) is None


def nothing(text: str, context: Context = NO_CONTEXT) -> list[Proposal]:
    return []


def seen_context(text: str, context: Context = NO_CONTEXT) -> list[Proposal]:
    SEEN.append(context)
    return []


SEEN: list[Context] = []


def test_recognisers_get_the_document_date_and_its_actors(
    sqlite_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    monkeypatch.setitem(registry.RECOGNISERS, "seen", registry.Recogniser("seen", "FIGURE", f"{__name__}:seen_context"))
    doc = add_doc(sqlite_ws, date="2017-01-20T21:43:00+01:00")
    actor = sqlite_ws.annotations.add(doc, "ACTOR", *span(TEXT, "وزير الخارجية"))
    SEEN.clear()
    sqlite_ws.suggestions.compute(doc, ["seen"])
    (seen,) = SEEN
    assert seen == Context(date(2017, 1, 20), ((actor.start, actor.end),))


def test_an_unknown_kind_names_the_known_ones(sqlite_ws: Workspace) -> None:
    from app.errors import HashiyaError

    doc = add_doc(sqlite_ws)
    with pytest.raises(HashiyaError, match=r"unknown kind 'people'.*figures"):
        sqlite_ws.suggestions.compute(doc, ["people"])


def test_document_date_from_metadata_or_source_name() -> None:
    from datetime import date

    from app.services.suggestions import document_date

    assert document_date({"date": "2015-08-11"}, None) == date(2015, 8, 11)
    assert document_date({}, "ant-news/culture/JA-culture-31-20170126.txt") == date(2017, 1, 26)
    assert document_date({}, "notes.txt") is None


def test_what_the_workbench_asks_never_scans_the_corpus(sqlite_ws: Workspace) -> None:
    """Opening a document computes its suggestions, and Enter accepts one: neither may grow with the corpus."""
    from tests.sql_plans import corpus_wide, plans, recorded_selects

    doc = add_doc(sqlite_ws)
    add_doc(sqlite_ws, TEXT + " ")
    with recorded_selects(sqlite_ws.db) as statements:
        claim = sqlite_ws.suggestions.suggest(doc)[0]
        sqlite_ws.suggestions.edit_accept(claim.id)
        sqlite_ws.suggestions.list(doc)
    assert any("suggestions" in statement for statement, _ in statements)
    offenders = [(s, p) for s, p in plans(sqlite_ws.db, statements) if corpus_wide(p) or "SCAN suggestions" in p]
    assert offenders == []


def test_worker_processes_find_and_store_the_same(sqlite_ws: Workspace) -> None:
    docs = [add_doc(sqlite_ws, TEXT + "\n" * n) for n in range(7)]
    serial = [(r.doc_id, r.proposals) for r in sqlite_ws.suggestions.run(None, page=2)]
    parallel = [(r.doc_id, r.proposals) for r in sqlite_ws.suggestions.run(None, page=2, workers=2, store=True)]
    assert parallel == serial and [doc for doc, _ in parallel] == docs
    assert all(len(sqlite_ws.suggestions.list(doc)) == 4 for doc in docs)
    first = next(iter(sqlite_ws.suggestions.run(None, page=2, workers=2)))  # abandoned after one: no hang
    assert first.doc_id == docs[0]
