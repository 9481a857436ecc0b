"""One path for every edit (issue 11): a command's ``redo`` makes the change through a service every time, the
first included; the service's ``ChangeSet`` reaches the open document through ``apply``, which emits one
``changed`` signal; a refused first redo leaves no step on the stack."""

from __future__ import annotations

import pytest

from app.changes import ChangeSet
from app.errors import DatabaseBusyError
from tests.ui.conftest import ARTICLE
from ui import labelling as labelling_module
from ui.commands import AddAnnotation

pytestmark = pytest.mark.gui

ACTOR = (ARTICLE.index("سيرغي شويغو"), ARTICLE.index("سيرغي شويغو") + len("سيرغي شويغو"))
CLAIM = (ARTICLE.index("144"), ARTICLE.index("144") + 30)
CUE_WORD = (ARTICLE.index("قال"), ARTICLE.index("قال") + 3)


def live(bench) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.id for a in bench.ws.documents.open(bench.doc.id).annotations}


def live_relations(bench) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(r.type, r.from_id, r.to_id) for r in bench.ws.documents.open(bench.doc.id).relations}


def test_the_first_redo_stores_the_span_and_every_undo_and_redo_goes_to_the_database(bench) -> None:  # type: ignore[no-untyped-def]
    seen: list[ChangeSet] = []
    bench.doc.changed.connect(seen.append)
    command = AddAnnotation(bench.ctx, bench.doc.id, "ACTOR", *ACTOR)
    bench.stack.push(command)  # nothing was stored before: push runs the first redo
    assert command.ann is not None and live(bench) == {command.ann.id}
    assert [c.added for c in seen] == [(command.ann,)] and bench.doc.selected == command.ann.id
    for _ in range(2):
        bench.stack.undo()
        assert live(bench) == set() and command.ann.id not in bench.doc.annotations
        bench.stack.redo()
        assert live(bench) == {command.ann.id} and command.ann.id in bench.doc.annotations  # the very row
    assert len(seen) == 5 and bench.stack.count() == 1


def test_a_key_press_refused_as_busy_leaves_no_step_and_is_retried(bench, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(labelling_module, "BUSY_RETRY_MS", 10)
    real = bench.ws.annotations.edit_add
    calls: list[int] = []

    def busy_once(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            raise DatabaseBusyError("database is locked")
        return real(*args, **kwargs)

    monkeypatch.setattr(bench.ws.annotations, "edit_add", busy_once)
    messages: list[str] = []
    bench.labelling.message.connect(messages.append)
    assert bench.labelling.add("ACTOR", *ACTOR) is None
    assert bench.stack.count() == 0 and live(bench) == set()  # Qt deleted the obsolete command
    assert any("busy" in m for m in messages)
    qtbot.waitUntil(lambda: bench.stack.count() == 1, timeout=3000)
    assert len(live(bench)) == 1 and len(calls) == 2


def test_a_refused_change_is_reported_and_leaves_no_step(bench) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    bench.labelling.message.connect(messages.append)
    ann = bench.labelling.add("ACTOR", *ACTOR)
    assert ann is not None and bench.stack.count() == 1
    bench.labelling.relabel("NO-SUCH-LABEL")
    assert bench.stack.count() == 1 and any("NO-SUCH-LABEL" in m for m in messages)
    assert bench.ws.annotations.get(ann.id).label == "ACTOR"


def test_relabel_drops_what_the_new_label_cannot_hold_says_so_and_undo_brings_it_back(bench) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    bench.ctx.report = messages.append
    actor = bench.labelling.add("ACTOR", *ACTOR)
    claim = bench.labelling.add("CLAIM", *CLAIM)
    assert actor is not None and claim is not None
    bench.doc.select(claim.id)
    bench.labelling.set_attribute("quote", "indirect")
    bench.labelling.link(claim.id, actor.id)
    assert live_relations(bench) == {("source", claim.id, actor.id)}
    steps = bench.stack.count()
    bench.doc.select(claim.id)
    bench.labelling.relabel("FIGURE")  # FIGURE has no quote, and a source must start at a CLAIM
    assert bench.stack.count() == steps + 1
    now = bench.ws.annotations.get(claim.id)
    assert (now.label, now.attributes) == ("FIGURE", {}) and live_relations(bench) == set()
    assert bench.doc.relations == {} and bench.doc.annotations[claim.id].label == "FIGURE"
    assert "Dropped what Figure cannot hold: quote, links: 1" in messages, messages  # the display name
    bench.stack.undo()
    back = bench.ws.annotations.get(claim.id)
    assert (back.label, back.attributes) == ("CLAIM", {"quote": "indirect"})
    assert live_relations(bench) == {("source", claim.id, actor.id)}
    assert bench.doc.annotations[claim.id] == back and len(bench.doc.relations) == 1
    bench.stack.redo()
    assert bench.ws.annotations.get(claim.id).label == "FIGURE" and live_relations(bench) == set()


def test_a_cue_and_its_link_are_one_step_and_a_new_link_replaces_the_old_in_one_step(bench) -> None:  # type: ignore[no-untyped-def]
    actor = bench.labelling.add("ACTOR", *ACTOR)
    other = bench.labelling.add("ACTOR", ARTICLE.index("وزير"), ARTICLE.index("وزير") + 4)
    claim = bench.labelling.add("CLAIM", *CLAIM)
    assert actor and other and claim
    bench.labelling.link(claim.id, actor.id)
    bench.labelling.link(claim.id, other.id)  # replaces the first link: one step of two parts
    assert live_relations(bench) == {("source", claim.id, other.id)}
    bench.stack.undo()
    assert live_relations(bench) == {("source", claim.id, actor.id)}
    bench.stack.redo()
    steps, spans = bench.stack.count(), live(bench)
    bench.doc.select(claim.id)
    bench.labelling.mark_cue(CUE_WORD)
    assert bench.stack.count() == steps + 1
    [cue_id] = live(bench) - spans
    assert ("cue", claim.id, cue_id) in live_relations(bench) and bench.doc.cue_of(claim.id).id == cue_id
    bench.stack.undo()
    assert live(bench) == spans and not any(t == "cue" for t, _, _ in live_relations(bench))
    bench.stack.redo()
    assert live(bench) == spans | {cue_id} and ("cue", claim.id, cue_id) in live_relations(bench)
    assert bench.doc.cue_of(claim.id).id == cue_id


def test_marking_a_document_with_the_status_it_has_leaves_no_step(bench) -> None:  # type: ignore[no-untyped-def]
    doc_id = bench.doc.id
    assert bench.labelling.set_status(doc_id, "done") and bench.stack.count() == 1
    assert bench.labelling.set_status(doc_id, "done") and bench.stack.count() == 1
    bench.stack.undo()
    assert bench.ws.documents.open(doc_id).status == "new" and bench.doc.data.status == "new"
