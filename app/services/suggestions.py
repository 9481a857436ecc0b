"""Suggestions: spans the recognisers (``app/assist/registry.py``) propose, stored apart from the annotations.

``compute`` runs the recognisers on a document; ``suggest`` also stores what they found (the open suggestions
of the document follow the rules: a new span is added, one they no longer propose is dropped, and a span the
annotator accepted or rejected is never proposed again for that document, nor one an annotation already
holds); ``run`` does both for many documents in pages, for ``hashiya suggest --all``. ``edit_accept`` turns a
suggestion into an annotation (a claim with its cue and source: an ACTOR or CUE already there is linked, else
one is made), ``edit_reject`` keeps it as rejected; each is one transaction returning a ``ChangeSet``, and
``edit_undo_accept`` / ``edit_redo_accept`` / ``edit_undo_reject`` are the undo steps. Every annotation made
from a suggestion (the claim, and a cue or actor made with it) records it in ``annotations.suggestion_id``.

Labels by role: a recogniser names the *role* of what it proposes (FIGURE, CLAIM), and a claim's source and cue
are made as the labels of the roles ACTOR and CUE; ``Schema.for_role`` turns a role into the label that has it
now (else the label of that name, for a schema without roles), so a renamed label keeps getting its
suggestions. A role no live label has (deleted) gets none (``unlabelled`` says which), and accepting one stored
before the delete says which label is missing. A stored suggestion holds its label's *name*, and a rename
updates them in the rename's own transaction (``schema_store._rename``; its undo is the inverse rename): every
reader (the list, the counts, accept-all by name, the workbench's menu and colours, ``--json``) then sees the
current name with no mapping, the unique (document, label, span) key that keeps decided spans from being
proposed again stays one plain comparison, and a label without a role (a recogniser a test registers) follows
its renames too. Storing the role and mapping it on every read would have put a role under a column called
``label`` and a translation into each of those readers.
"""

from __future__ import annotations

import builtins
import multiprocessing
import queue
import re
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from app.assist.base import Context, Proposal
from app.assist.registry import Recognise, recognisers
from app.changes import ChangeSet
from app.dto import AnnotationData, RelationData
from app.errors import HashiyaError, NotFoundError
from app.schema.default import ACTOR_LABEL, CUE, CUE_LABEL, SOURCE
from app.schema.model import Schema
from app.services.annotations import AnnotationService
from app.services.common import annotation_dto, label_by_name, names, relation_dto
from app.services.relations import touching_relations
from app.services.schema_store import stored_schema
from app.services.span_rules import check_relation_ends
from db.engine import Database
from db.models import Annotation, Document, LabelType, Relation, RelationType, RelationTypeEnd, Suggestion, utcnow
from db.stored import json_object

CUE_COLOUR = "#6c757d"
PAGE = 500  # documents read, recognised and stored per transaction by ``run``
_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass(frozen=True, slots=True)
class SuggestionData:
    id: int
    document_id: int
    label: str
    start: int
    end: int
    text: str
    rule: str
    status: str = "open"
    attributes: dict[str, Any] = field(default_factory=dict)
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class DocumentSuggestions:
    """What ``run`` found in one document: the proposals left once the decided and annotated spans are out."""

    doc_id: int
    text: str
    proposals: tuple[Proposal, ...]


def suggestion_json(doc_id: int, text: str, proposal: Proposal, claim: str = "CLAIM") -> dict[str, Any]:
    """One line of ``hashiya suggest --json``: a claim (``claim``: the name of the label of that role now), or any
    proposal with a cue or source, has both keys."""
    line: dict[str, Any] = {
        "doc": doc_id,
        "label": proposal.label,
        "start": proposal.start,
        "end": proposal.end,
        "text": text[proposal.start : proposal.end],
        "attributes": dict(proposal.attributes),
    }
    if proposal.label == claim or proposal.cue is not None or proposal.source is not None:
        for key, span in (("cue", proposal.cue), ("source", proposal.source)):
            line[key] = {"start": span[0], "end": span[1], "text": text[span[0] : span[1]]} if span else None
    return line


def document_date(metadata: Mapping[str, Any] | None, source: str | None) -> date | None:
    """The document's date: metadata ``date`` (or ``time``, ISO 8601), else a date in its source name
    (``JA-culture-31-20170126.txt``)."""
    for key in ("date", "time", "TIME", "Date"):
        value = (metadata or {}).get(key)
        if isinstance(value, str) and (found := _DATE.search(value)):
            return _date(found)
    if source and (found := _DATE.search(source)):
        return _date(found)
    return None


def _date(found: re.Match[str]) -> date | None:
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def detect(text: str, context: Context, found: Sequence[Recognise]) -> list[Proposal]:
    """Every recogniser's proposals on ``text``, in reading order; a span outside the text is left out, and of
    two proposals of one label on one span the first is kept."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    length = len(text)
    for recognise in found:
        for proposal in recognise(text, context):
            key = (proposal.label, proposal.start, proposal.end)
            if key in seen or not 0 <= proposal.start < proposal.end <= length:
                continue
            seen.add(key)
            out.append(proposal)
    out.sort(key=lambda p: (p.start, -p.end, p.label))
    return out


_LOADED: dict[tuple[str, ...], builtins.list[Recognise]] = {}


def _detect_page(
    task: tuple[tuple[str, ...], builtins.list[tuple[str, Context]]],
) -> builtins.list[builtins.list[Proposal]]:
    """One page's proposals (run here or in a worker process: the recognisers are named, loaded once each)."""
    targets, items = task
    functions = _loaded(targets)
    return [detect(text, context, functions) for text, context in items]


def _loaded(targets: tuple[str, ...]) -> builtins.list[Recognise]:
    functions = _LOADED.get(targets)
    if functions is None:
        functions = _LOADED[targets] = [_load(target) for target in targets]
    return functions


def _load(target: str) -> Recognise:
    from app.assist.registry import Recogniser

    return Recogniser(target, "", target).load()


def _items(docs: builtins.list[tuple[Any, ...]], seen: _Page) -> builtins.list[tuple[str, Context]]:
    return [
        (text, Context(document_date(json_object(meta), source), tuple(seen.actors.get(doc_id, ()))))
        for doc_id, text, source, meta in docs
    ]


@dataclass
class _Page:
    """What ``run`` reads for a page of documents besides their text."""

    actors: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    annotated: dict[int, set[tuple[str, int, int]]] = field(default_factory=dict)
    stored: dict[int, dict[tuple[str, int, int], tuple[Any, ...]]] = field(default_factory=dict)


class _Names:
    """A recogniser's label (a role, or a plain name) -> the name of the live label it goes to now, or None."""

    def __init__(self, schema: Schema) -> None:
        self._schema = schema
        self._found: dict[str, str | None] = {}

    def __call__(self, label: str) -> str | None:
        if label not in self._found:
            found = self._schema.for_role(label)
            self._found[label] = found.name if found is not None else None
        return self._found[label]

    def relabelled(self, proposals: Iterable[Proposal]) -> Iterator[Proposal]:
        """The proposals under their labels' current names; one whose label is gone is left out."""
        for p in proposals:
            name = self(p.label)
            if name is not None:
                yield p if name == p.label else replace(p, label=name)


class SuggestionService:
    def __init__(self, db: Database, annotations: AnnotationService) -> None:
        self._db = db
        self._annotations = annotations  # whose annotator (and its row) the annotations and links are made by

    # computing and storing
    def compute(self, doc_id: int, kinds: Iterable[str] | None = None) -> list[Proposal]:
        """What the recognisers of ``kinds`` propose for the document, decided and annotated spans left out."""
        return list(self._one(doc_id, kinds, store=False).proposals)

    def suggest(self, doc_id: int, kinds: Iterable[str] | None = None) -> list[SuggestionData]:
        """Compute and store the document's suggestions; returns its open ones (what the workbench draws)."""
        self._one(doc_id, kinds, store=True)
        return self.list(doc_id)

    def _one(self, doc_id: int, kinds: Iterable[str] | None, *, store: bool) -> DocumentSuggestions:
        found = list(self.run([doc_id], kinds, store=store))
        if not found:
            raise NotFoundError(f"no document with id {doc_id}")
        return found[0]

    def run(
        self,
        doc_ids: Iterable[int] | None = None,
        kinds: Iterable[str] | None = None,
        *,
        store: bool = False,
        page: int = PAGE,
        progress: Callable[[int], None] | None = None,
        workers: int = 1,
    ) -> Iterator[DocumentSuggestions]:
        """The suggestions of ``doc_ids`` (None: every document), a page of documents at a time: each page is
        read in one transaction and, with ``store``, written in one more. With ``workers`` > 1 the recognisers
        run in that many processes while this one reads and stores (where ``fork`` is available)."""
        named = _Names(self._schema())
        chosen = [r for r in recognisers(kinds) if named(r.label) is not None]  # see ``unlabelled``
        targets = tuple(r.target for r in chosen)
        _loaded(targets)  # imported and compiled here: worker processes inherit them
        labels = {name for r in chosen if (name := named(r.label)) is not None}
        pages = self._pages(doc_ids, page, labels, named(ACTOR_LABEL))
        if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
            found = self._detect_in_pool(pages, targets, workers)
        else:
            found = ((docs, seen, _detect_page((targets, _items(docs, seen)))) for docs, seen in pages)
        for docs, seen, proposals in found:
            results = []
            for (doc_id, text, _source, _meta), proposed in zip(docs, proposals, strict=True):
                skip = seen.annotated.get(doc_id, set())
                stored = seen.stored.get(doc_id, {})
                kept = tuple(
                    p
                    for p in named.relabelled(proposed)
                    if (key := (p.label, p.start, p.end)) not in skip and stored.get(key, ("", "open"))[1] == "open"
                )
                results.append(DocumentSuggestions(doc_id, text, kept))
            if store:
                self._store(results, seen, labels | {p.label for r in results for p in r.proposals})
            yield from results
            if progress is not None:
                progress(len(docs))

    def unlabelled(self, kinds: Iterable[str] | None = None) -> dict[str, str]:
        """The kinds (of ``kinds``) whose role no live label has (deleted), each with that role: ``run`` and
        ``compute`` propose nothing for them."""
        schema = self._schema()
        return {r.name: r.label for r in recognisers(kinds) if schema.for_role(r.label) is None}

    def _schema(self) -> Schema:
        with self._db.sessions() as session:
            return stored_schema(session)

    def _pages(
        self, doc_ids: Iterable[int] | None, page: int, labels: set[str], actor: str | None
    ) -> Iterator[tuple[builtins.list[tuple[Any, ...]], _Page]]:
        wanted = sorted(set(doc_ids)) if doc_ids is not None else None
        after = 0
        while True:
            ids = None
            if wanted is not None:
                ids, wanted = wanted[:page], wanted[page:]
                if not ids:
                    return
            with self._db.sessions() as session:
                docs, seen = self._read_page(session, ids, after, page, labels, actor)
            if not docs:
                return
            after = docs[-1][0]
            yield docs, seen

    @staticmethod
    def _detect_in_pool(
        pages: Iterator[tuple[builtins.list[tuple[Any, ...]], _Page]], targets: tuple[str, ...], workers: int
    ) -> Iterator[tuple[builtins.list[tuple[Any, ...]], _Page, builtins.list[builtins.list[Proposal]]]]:
        """Pages recognised in ``workers`` forked processes, in order; the pool's feeder thread reads the pages
        (a connection of its own from the pool) while this thread stores the ones done."""
        read: queue.Queue[tuple[builtins.list[tuple[Any, ...]], _Page]] = queue.Queue()
        ahead = threading.Semaphore(2 * workers)  # pages read but not yet stored: memory stays flat

        stop = threading.Event()

        def tasks() -> Iterator[tuple[tuple[str, ...], builtins.list[tuple[str, Context]]]]:
            while True:
                ahead.acquire()
                found = None if stop.is_set() else next(pages, None)
                if found is None:
                    return
                read.put(found)
                yield targets, _items(*found)

        with multiprocessing.get_context("fork").Pool(workers) as pool:
            try:
                for proposals in pool.imap(_detect_page, tasks()):
                    docs, seen = read.get()
                    yield docs, seen, proposals
                    ahead.release()
            finally:  # done, failed or abandoned: the feeder thread must not wait for a slot
                stop.set()
                ahead.release()

    def _read_page(
        self, session: Session, ids: list[int] | None, after: int, page: int, labels: set[str], actor: str | None
    ) -> tuple[list[tuple[Any, ...]], _Page]:
        columns = select(Document.id, Document.text, Document.source, Document.meta)
        if ids is not None:
            query = columns.where(Document.id.in_(ids)).order_by(Document.id)
        else:
            query = columns.where(Document.id > after).order_by(Document.id).limit(page)
        conn = session.connection()
        docs = [tuple(row) for row in conn.execute(query).tuples()]
        seen = _Page()
        if not docs:
            return docs, seen
        first, last = docs[0][0], docs[-1][0]
        in_page = {row[0] for row in docs}
        # a page of consecutive ids is one index range; ids picked out (``--doc``, the workbench) are looked up
        annotated = Annotation.document_id.between(first, last) if ids is None else Annotation.document_id.in_(ids)
        suggested = Suggestion.document_id.between(first, last) if ids is None else Suggestion.document_id.in_(ids)
        label_names = dict(conn.execute(select(LabelType.id, LabelType.name)).tuples().all())
        spans = conn.execute(
            select(Annotation.document_id, Annotation.label_id, Annotation.start, Annotation.end).where(
                annotated, Annotation.deleted_at.is_(None)
            )
        ).tuples()
        for doc_id, label_id, start, end in spans:
            if doc_id not in in_page:
                continue
            name = label_names.get(label_id, "")
            seen.annotated.setdefault(doc_id, set()).add((name, start, end))
            if name == actor:
                seen.actors.setdefault(doc_id, []).append((start, end))
        rows = conn.execute(
            select(
                Suggestion.document_id,
                Suggestion.label,
                Suggestion.start,
                Suggestion.end,
                Suggestion.id,
                Suggestion.status,
                Suggestion.attributes,
                Suggestion.cue_start,
                Suggestion.cue_end,
                Suggestion.source_start,
                Suggestion.source_end,
                Suggestion.rule,
            ).where(suggested)
        ).tuples()
        for doc_id, label, start, end, *rest in rows:
            if doc_id in in_page and label in labels:
                seen.stored.setdefault(doc_id, {})[(label, start, end)] = tuple(rest)
        return docs, seen

    def _store(self, results: list[DocumentSuggestions], seen: _Page, labels: set[str]) -> None:
        """Bring the stored open suggestions of these documents up to ``results``: new spans added, changed ones
        updated, ones no longer proposed dropped; accepted and rejected ones are kept as they are."""
        now = utcnow()
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        drops: list[int] = []
        for result in results:
            stored = seen.stored.get(result.doc_id, {})
            proposed = set()
            for p in result.proposals:
                key = (p.label, p.start, p.end)
                proposed.add(key)
                row = _row(result.doc_id, result.text, p)
                old = stored.get(key)
                if old is None:
                    inserts.append({**row, "status": "open", "created_at": now})
                elif old[1] == "open" and _content(old) != _content_of(row):
                    updates.append({k: row[k] for k in _UPDATED} | {"b_id": old[0]})
            drops += [old[0] for key, old in stored.items() if old[1] == "open" and key not in proposed]
        if not (inserts or updates or drops):
            return
        with self._db.write("cannot store the suggestions") as conn:
            for start in range(0, len(drops), 500):
                conn.execute(delete(Suggestion).where(Suggestion.id.in_(drops[start : start + 500])))
            if updates:
                conn.execute(_UPDATE, updates)
            if inserts:
                self._insert(conn, inserts)

    def _insert(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        if not self._db.is_sqlite:
            conn.execute(insert(Suggestion), rows)
            return
        created = Suggestion.__table__.c.created_at.type.bind_processor(conn.dialect)
        when = created(rows[0]["created_at"]) if created else rows[0]["created_at"]
        values = [
            (
                r["document_id"],
                r["label"],
                r["start"],
                r["end"],
                r["text"],
                orjson.dumps(r["attributes"]).decode() if r["attributes"] else "{}",
                r["cue_start"],
                r["cue_end"],
                r["source_start"],
                r["source_end"],
                r["rule"],
                "open",
                when,
            )
            for r in rows
        ]
        conn.exec_driver_sql(_RAW_INSERT, values)

    # reading
    def list(self, doc_id: int, status: str | None = "open") -> list[SuggestionData]:
        """The document's suggestions (``status`` None: all of them) in reading order; those of a deleted label
        are left out (nothing to accept them into) until the delete is undone."""
        query = select(Suggestion).where(Suggestion.document_id == doc_id)
        if status is not None:
            query = query.where(Suggestion.status == status)
        with self._db.sessions() as session:
            live = set(session.scalars(select(LabelType.name).where(LabelType.deleted_at.is_(None))))
            rows = session.scalars(query).all()
            found = [_dto(row) for row in rows if row.label in live]  # a deleted label's wait for its undo
        found.sort(key=lambda s: (s.start, -s.end, s.label))
        return found

    def get(self, sugg_id: int) -> SuggestionData:
        with self._db.sessions() as session:
            return _dto(self._row(session, sugg_id))

    def counts(self, doc_id: int) -> dict[str, int]:
        """Open suggestions of the document by label."""
        counts: dict[str, int] = {}
        for found in self.list(doc_id):
            counts[found.label] = counts.get(found.label, 0) + 1
        return counts

    # deciding
    def edit_accept(self, sugg_id: int) -> ChangeSet:
        """Make the suggestion an annotation with its attributes (a claim also gets its cue and source, linked:
        an annotation already there is used, else one is made); the annotation is selected last."""
        self._ensure_cue_label([sugg_id])
        with self._db.sessions.begin() as session:
            return self._accept(session, self._row(session, sugg_id), _Names(stored_schema(session)))

    def edit_accept_all(self, doc_id: int, label: str) -> ChangeSet:
        """Accept every open suggestion of ``label`` in the document in one transaction; one the label's rules
        refuse (it would nest in or cross an annotation) stays open."""
        with self._db.sessions() as session:
            ids = list(
                session.scalars(
                    select(Suggestion.id).where(
                        Suggestion.document_id == doc_id, Suggestion.status == "open", Suggestion.label == label
                    )
                )
            )
        self._ensure_cue_label(ids)
        change = ChangeSet(doc_id)
        with self._db.sessions.begin() as session:
            named = _Names(stored_schema(session))
            rows = sorted((self._row(session, i) for i in ids), key=lambda r: (r.start, -r.end))
            for row in rows:
                try:
                    with session.begin_nested():
                        change = change.merged(self._accept(session, row, named))
                except HashiyaError:
                    continue
        return change

    def edit_undo_accept(self, change: ChangeSet) -> ChangeSet:
        """Undo an accept: the annotations it made are tombstoned (their links hidden with them) and their
        suggestions are open again."""
        with self._db.sessions.begin() as session:
            removed = []
            reopened: set[int] = set()
            for ann in change.added:
                row = session.get(Annotation, uuid.UUID(ann.id))
                if row is None or row.deleted_at is not None:
                    continue
                row.deleted_at = row.updated_at = utcnow()
                if row.suggestion_id is not None:
                    reopened.add(row.suggestion_id)
                removed.append(ann)
            self._set_status(session, reopened, "open")
        return ChangeSet(change.document_id, removed=tuple(removed))

    def edit_redo_accept(self, change: ChangeSet) -> ChangeSet:
        """Redo an accept: the very annotations come back with their links, and the suggestions are accepted."""
        with self._db.sessions.begin() as session:
            added = []
            accepted: set[int] = set()
            for ann in change.added:
                row = session.get(Annotation, uuid.UUID(ann.id))
                if row is None:
                    raise NotFoundError(f"no annotation with id {ann.id}")
                if row.deleted_at is not None:
                    row.deleted_at = None
                    row.updated_at = utcnow()
                if row.suggestion_id is not None:
                    accepted.add(row.suggestion_id)
                added.append(ann)
            session.flush()
            relations: dict[str, RelationData] = {}
            for ann in added:
                relations.update((r.id, r) for r in touching_relations(session, ann.id))
            self._set_status(session, accepted, "accepted")
        return ChangeSet(change.document_id, added=tuple(added), relations_added=tuple(relations.values()))

    def edit_reject(self, sugg_id: int) -> ChangeSet:
        """Keep the suggestion as rejected: it is not proposed again for this document."""
        return self._decide(sugg_id, "open", "rejected")

    def edit_undo_reject(self, sugg_id: int) -> ChangeSet:
        return self._decide(sugg_id, "rejected", "open")

    def _decide(self, sugg_id: int, before: str, after: str) -> ChangeSet:
        with self._db.sessions.begin() as session:
            row = self._row(session, sugg_id)
            if row.status != before:
                raise HashiyaError(f"suggestion {sugg_id} is {row.status}, not {before}")
            self._set_status(session, {sugg_id}, after)
            return ChangeSet(row.document_id)

    def _set_status(self, session: Session, ids: set[int], status: str) -> None:
        if ids:
            decided = None if status == "open" else utcnow()
            session.execute(
                update(Suggestion).where(Suggestion.id.in_(sorted(ids))).values(status=status, decided_at=decided)
            )

    def _ensure_cue_label(self, ids: builtins.list[int]) -> None:
        """A cue needs the label of the role CUE (else CUE, brought back if it was deleted), made before the accept's
        transaction."""
        if not ids:
            return
        with self._db.sessions() as session:
            if stored_schema(session).for_role(CUE_LABEL) is not None:
                return
            with_cue = session.scalar(
                select(Suggestion.id).where(Suggestion.id.in_(ids), Suggestion.cue_start.is_not(None)).limit(1)
            )
        if with_cue is not None:
            from app.services.labels import LabelService

            LabelService(self._db).ensure(CUE_LABEL, CUE_COLOUR, "A word that introduces a claim.")
            self._annotations.forget_labels()

    def _accept(self, session: Session, row: Suggestion, named: _Names) -> ChangeSet:
        if row.status != "open":
            raise HashiyaError(f"suggestion {row.id} is {row.status}, not open")
        if named(row.label) != row.label:
            raise HashiyaError(
                f"suggestion {row.id} is a {row.label}, and the schema has no label {row.label!r} now (deleted?): "
                "undo the delete, or add the label again"
            )
        doc_id = row.document_id
        insert_ = self._annotations.insert
        made: builtins.list[AnnotationData] = []
        links: builtins.list[tuple[str, int, int, str]] = []  # relation type, span, the role a new end gets
        if row.source_start is not None and row.source_end is not None:
            links.append((SOURCE, row.source_start, row.source_end, ACTOR_LABEL))
        if row.cue_start is not None and row.cue_end is not None:
            links.append((CUE, row.cue_start, row.cue_end, CUE_LABEL))
        attributes = {k: v for k, v in (row.attributes or {}).items() if v is not None}  # no value: no attribute
        ann = insert_(session, doc_id, row.label, row.start, row.end, attributes=attributes, suggestion_id=row.id)
        relations = []
        for type_, start, end, role in links:
            target = self._existing_end(session, doc_id, type_, start, end, named)
            if target is None:
                new_label = named(role)
                if new_label is None:
                    raise HashiyaError(
                        f"the claim's {type_} needs a label with the role {role}, and the schema has none (deleted?)"
                    )
                target = insert_(session, doc_id, new_label, start, end, suggestion_id=row.id)
                made.append(target)
            relations.append(self._link(session, type_, ann, target))
        row.status, row.decided_at = "accepted", utcnow()
        return ChangeSet(doc_id, added=(*made, ann), relations_added=tuple(relations))

    def _existing_end(
        self, session: Session, doc_id: int, type_: str, start: int, end: int, named: _Names
    ) -> AnnotationData | None:
        """A live annotation the relation may point to on this span: the same span, else the one that overlaps
        it most (``وزير الخارجية`` proposed inside an ACTOR ``وزير الخارجية الروسي``)."""
        allowed = self._targets(session, type_, named)
        query = select(Annotation).where(
            Annotation.document_id == doc_id,
            Annotation.deleted_at.is_(None),
            Annotation.start < end,
            Annotation.end > start,
        )
        labels, annotators = names(session)
        best: tuple[int, Annotation] | None = None
        for found in session.scalars(query):
            if labels.get(found.label_id) not in allowed:
                continue
            overlap = min(end, found.end) - max(start, found.start)
            exact = (found.start, found.end) == (start, end)
            score = overlap + (10**9 if exact else 0)
            if best is None or score > best[0]:
                best = (score, found)
        if best is None:
            return None
        return annotation_dto(best[1], labels[best[1].label_id], annotators[best[1].annotator_id])

    @staticmethod
    def _targets(session: Session, type_: str, named: _Names) -> set[str]:
        """The labels the schema lets stand at the far end of ``type_`` (else the label of the role ACTOR for
        source, CUE for cue)."""
        rows = session.scalars(
            select(LabelType.name)
            .join(RelationTypeEnd, RelationTypeEnd.label_id == LabelType.id)
            .join(RelationType, RelationType.id == RelationTypeEnd.relation_type_id)
            .where(RelationType.name == type_, RelationTypeEnd.role == "to", LabelType.deleted_at.is_(None))
        ).all()
        fallback = named(ACTOR_LABEL if type_ == SOURCE else CUE_LABEL)
        return set(rows) or ({fallback} if fallback else set())

    def _link(self, session: Session, type_: str, source: AnnotationData, target: AnnotationData) -> RelationData:
        check_relation_ends(session, type_, label_by_name(session, source.label), label_by_name(session, target.label))
        rel = Relation(
            id=uuid.uuid4(),
            type=type_,
            from_id=uuid.UUID(source.id),
            to_id=uuid.UUID(target.id),
            annotator_id=self._annotations._annotator_id(session),
        )
        session.add(rel)
        session.flush()
        return relation_dto(rel, self._annotations._annotator)

    @staticmethod
    def _row(session: Session, sugg_id: int) -> Suggestion:
        row = session.get(Suggestion, sugg_id)
        if row is None:
            raise NotFoundError(f"no suggestion with id {sugg_id}")
        return row


_UPDATE = (
    update(Suggestion)
    .where(Suggestion.id == bindparam("b_id"))
    .values(
        text=bindparam("text"),
        attributes=bindparam("attributes", type_=Suggestion.__table__.c.attributes.type),
        cue_start=bindparam("cue_start"),
        cue_end=bindparam("cue_end"),
        source_start=bindparam("source_start"),
        source_end=bindparam("source_end"),
        rule=bindparam("rule"),
    )
)
_UPDATED = ("text", "attributes", "cue_start", "cue_end", "source_start", "source_end", "rule")
_COLUMNS = (
    "document_id",
    "label",
    "start",
    "end",
    "text",
    "attributes",
    "cue_start",
    "cue_end",
    "source_start",
    "source_end",
    "rule",
    "status",
    "created_at",
)
_RAW_INSERT = (
    f"INSERT INTO suggestions ({', '.join(f'{chr(34)}{c}{chr(34)}' for c in _COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _COLUMNS)}) ON CONFLICT DO NOTHING"
)


def _row(doc_id: int, text: str, p: Proposal) -> dict[str, Any]:
    cue, source = p.cue or (None, None), p.source or (None, None)
    return {
        "document_id": doc_id,
        "label": p.label,
        "start": p.start,
        "end": p.end,
        "text": text[p.start : p.end],
        "attributes": dict(p.attributes),
        "cue_start": cue[0],
        "cue_end": cue[1],
        "source_start": source[0],
        "source_end": source[1],
        "rule": p.rule,
    }


def _content(stored: tuple[Any, ...]) -> tuple[Any, ...]:
    """A stored suggestion's (id, status, attributes, cue, source, rule) as compared with a new proposal's."""
    _id, _status, attributes, *spans, rule = stored
    return (json_object(attributes) if not isinstance(attributes, dict) else attributes, *spans, rule)


def _content_of(row: dict[str, Any]) -> tuple[Any, ...]:
    return (
        row["attributes"],
        row["cue_start"],
        row["cue_end"],
        row["source_start"],
        row["source_end"],
        row["rule"],
    )


def _dto(row: Suggestion) -> SuggestionData:
    cue = (row.cue_start, row.cue_end) if row.cue_start is not None and row.cue_end is not None else None
    source = (row.source_start, row.source_end) if row.source_start is not None and row.source_end is not None else None
    return SuggestionData(
        row.id,
        row.document_id,
        row.label,
        row.start,
        row.end,
        row.text,
        row.rule,
        row.status,
        dict(row.attributes or {}),
        cue,
        source,
    )
