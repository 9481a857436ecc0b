"""Annotate all: every other match of a text (the matcher's whole words, clitics outside) in one document, some
or the whole corpus, and the batch writes an undo step of them is made of.

``find`` lists the places with their context and whether a span of the label already covers them (those are
skipped). ``edit_add_many`` stores the chosen places in ONE transaction with the same label and attributes and
returns a ``BatchChange``: a ``ChangeSet`` per document touched. ``edit_delete_many`` and ``edit_restore_many``
are its undo and redo (tombstones, as for one annotation). ``annotate_all`` is both steps for the CLI and the
benchmark. The corpus is searched through the search index (``Workspace.search``) when the workspace has one,
else every document's text is scanned.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, Protocol

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.orm import Session

from app.changes import ChangeSet
from app.dto import AnnotationData
from app.errors import HashiyaError
from app.services.common import annotator_id, label_by_name
from app.services.span_rules import LabelRule, label_rule
from db.engine import Database
from db.models import Annotation, Document, utcnow

CHUNK = 500  # ids per IN (...) list: well under SQLite's and PostgreSQL's parameter limits
CONTEXT_WORDS = 5  # words of context either side of a place in the preview

Span = tuple[int, int, int]  # (document id, start, end) in code points


@dataclass(frozen=True, slots=True)
class Place:
    """A match: ``text`` is ``document.text[start:end]``; ``left`` and ``right`` a few words either side on its
    line; ``labelled`` when a live span of the label already covers it (it is skipped)."""

    doc_id: int
    start: int
    end: int
    text: str
    left: str
    right: str
    title: str
    labelled: bool

    @property
    def span(self) -> Span:
        return (self.doc_id, self.start, self.end)


@dataclass(frozen=True, slots=True)
class BatchChange:
    """What a batch did: one ``ChangeSet`` per document touched (in document order), and for an add how many
    places were skipped because a span of the label covers them (``covered``) or the label's may-nest and
    may-overlap rules refuse them beside one (``refused``)."""

    changes: tuple[ChangeSet, ...] = ()
    covered: int = 0
    refused: int = 0

    @property
    def annotations(self) -> tuple[AnnotationData, ...]:
        """The annotations added (or removed, or restored), document by document."""
        return tuple(ann for change in self.changes for ann in (change.added or change.removed))

    @property
    def skipped(self) -> int:
        return self.covered + self.refused

    def for_document(self, doc_id: int | None) -> ChangeSet | None:
        return next((change for change in self.changes if change.document_id == doc_id), None)


class _Search(Protocol):
    def search(self, query: str, *, limit: int | None = ..., doc_ids: Sequence[int] | None = ...) -> Any: ...


def _chunks(items: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def context(text: str, start: int, end: int, words: int = CONTEXT_WORDS) -> tuple[str, str]:
    """Up to ``words`` words before ``start`` and after ``end``, on the same line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - 40 * words) : start]
    after = text[end : min(line_end, end + 40 * words)]
    left_words = before.split(" ")
    right_words = after.split(" ")
    left = " ".join(left_words[-words - 1 :]) if len(left_words) > words + 1 else before
    right = " ".join(right_words[: words + 1]) if len(right_words) > words + 1 else after
    return left, right


def _phrase(text: str) -> str:
    """The text as one quoted phrase of the search query language (quotes inside become spaces)."""
    return '"' + " ".join(text.replace('"', " ").split()) + '"'


class AnnotateAllService:
    """On one database, for one annotator; ``search`` is the workspace's search service when it has one."""

    def __init__(self, db: Database, annotator: str, search: _Search | None = None) -> None:
        self._db = db
        self._annotator = annotator
        self._search = search

    @classmethod
    def of(cls, ws: Any) -> AnnotateAllService:
        """The service over a ``Workspace`` (its search service, once it has one)."""
        return cls(ws.db, ws.annotator, getattr(ws, "search", None))

    # finding
    def find(
        self,
        text: str,
        label: str | None,
        *,
        doc_ids: Sequence[int] | None = None,
        text_of: Callable[[int], str | None] | None = None,
    ) -> list[Place]:
        """Every match of ``text`` in ``doc_ids`` (None: the whole corpus), in document and reading order, each
        saying whether a span of ``label`` covers it (None: no label, nothing is covered).

        ``text_of`` may hand over a document's text the caller already holds (the open document)."""
        from app.text.matcher import Matcher

        words = " ".join(text.split())
        if not words:
            raise HashiyaError("nothing to match: the text is empty")
        matcher = Matcher(words)
        if doc_ids is not None:
            self._check_ids(doc_ids)
        if self._search is not None and (doc_ids is None or len(doc_ids) > 1):
            found = self._indexed(words, doc_ids)
        else:
            found = self._scanned(matcher, doc_ids, text_of)
        spans: dict[int, list[tuple[int, int]]] = {}
        if label is not None:
            with self._db.sessions() as session:
                rule = label_rule(label_by_name(session, label))
                spans = self._spans(session, rule, {place[0] for place in found})
        return [
            Place(doc, s, e, piece, left, right, title, _covered(spans.get(doc, ()), s, e))
            for doc, s, e, piece, left, right, title in found
        ]

    def _check_ids(self, doc_ids: Sequence[int]) -> None:
        for chunk in _chunks(sorted(set(doc_ids))):
            with self._db.sessions() as session:
                known = set(session.scalars(select(Document.id).where(Document.id.in_(chunk))))
            missing = [doc for doc in chunk if doc not in known]
            if missing:
                raise HashiyaError(f"no document with id {', '.join(map(str, missing[:10]))}")

    def _indexed(self, words: str, doc_ids: Sequence[int] | None) -> list[tuple[int, int, int, str, str, str, str]]:
        assert self._search is not None
        result = self._search.search(_phrase(words), limit=None, doc_ids=doc_ids)
        hits = sorted(result.hits, key=lambda hit: (hit.doc_id, hit.start))
        return [(hit.doc_id, hit.start, hit.end, hit.text, hit.left, hit.right, hit.title) for hit in hits]

    def _scanned(
        self, matcher: Any, doc_ids: Sequence[int] | None, text_of: Callable[[int], str | None] | None
    ) -> list[tuple[int, int, int, str, str, str, str]]:
        """Read the documents' texts (all of them, keyset-paged, when ``doc_ids`` is None) and run the matcher
        (one regex over the original text)."""
        found: list[tuple[int, int, int, str, str, str, str]] = []
        for doc, title, text in self._texts(doc_ids, text_of):
            for s, e in matcher.finditer(text):
                left, right = context(text, s, e)
                found.append((doc, s, e, text[s:e], left, right, title))
        return found

    def _texts(
        self, doc_ids: Sequence[int] | None, text_of: Callable[[int], str | None] | None
    ) -> Iterator[tuple[int, str, str]]:
        query = select(Document.id, Document.title, Document.text).order_by(Document.id)
        if doc_ids is not None:
            held = {doc: text_of(doc) for doc in doc_ids} if text_of else {}
            for chunk in _chunks(sorted(set(doc_ids))):
                with self._db.sessions() as session:
                    if all(held.get(doc) is not None for doc in chunk):
                        titles = dict(
                            session.execute(select(Document.id, Document.title).where(Document.id.in_(chunk)))
                            .tuples()
                            .all()
                        )
                        rows = [(doc, titles.get(doc) or "", held[doc] or "") for doc in chunk if doc in titles]
                    else:
                        rows = list(session.execute(query.where(Document.id.in_(chunk))).tuples().all())
                for doc, title, text in rows:
                    yield doc, title or "", text
            return
        after = 0
        while True:
            with self._db.sessions() as session:
                rows = list(session.execute(query.where(Document.id > after).limit(CHUNK)).tuples().all())
            for doc, title, text in rows:
                yield doc, title or "", text
            if len(rows) < CHUNK:
                return
            after = rows[-1][0]

    @staticmethod
    def _spans(session: Session, rule: LabelRule, docs: Iterable[int]) -> dict[int, list[tuple[int, int]]]:
        """The live spans of the label in these documents, by document, in order of start."""
        spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for chunk in _chunks(sorted(docs)):
            query = select(Annotation.document_id, Annotation.start, Annotation.end).where(
                Annotation.document_id.in_(chunk), Annotation.label_id == rule.id, Annotation.deleted_at.is_(None)
            )
            for doc, s, e in session.execute(query):
                spans[doc].append((s, e))
        for found in spans.values():
            found.sort()
        return spans

    # writing
    def edit_add_many(
        self, label: str, places: Iterable[Span], *, attributes: dict[str, Any] | None = None, note: str = ""
    ) -> BatchChange:
        """Store a span of ``label`` at each place, in one transaction; places a live span of the label covers
        are skipped, and so are those its may-nest / may-overlap rules refuse (the batch is never refused for
        them). The text snapshots come from the stored documents."""
        by_doc: dict[int, set[tuple[int, int]]] = defaultdict(set)
        for doc, s, e in places:
            by_doc[doc].add((s, e))
        attributes = dict(attributes or {})
        covered = refused = 0
        changes: list[ChangeSet] = []
        with self._db.sessions.begin() as session:
            rule = label_rule(label_by_name(session, label))
            who = annotator_id(session, self._annotator)
            now = utcnow()
            conn = session.connection()
            for chunk in _chunks(sorted(by_doc)):
                texts = dict(
                    session.execute(select(Document.id, Document.text).where(Document.id.in_(chunk))).tuples().all()
                )
                spans = self._spans(session, rule, chunk)
                rows: list[tuple[Any, ...]] = []
                for doc in chunk:
                    text = texts.get(doc)
                    if text is None:
                        raise HashiyaError(f"no document with id {doc}")
                    held = spans.get(doc, [])
                    added: list[AnnotationData] = []
                    for s, e in sorted(by_doc[doc]):
                        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                            raise HashiyaError(f"span [{s}, {e}) is outside document {doc} ({len(text)} characters)")
                        if _covered(held, s, e):
                            covered += 1
                            continue
                        if not _allowed(rule, held, s, e):
                            refused += 1
                            continue
                        held.append((s, e))
                        ann_id = uuid.uuid4()
                        piece = text[s:e]
                        rows.append((ann_id, doc, who, rule.id, s, e, piece, attributes, note, now, now))
                        added.append(
                            AnnotationData(
                                str(ann_id), doc, rule.name, s, e, piece, self._annotator, dict(attributes), note
                            )
                        )
                    if added:
                        changes.append(ChangeSet(doc, added=tuple(added)))
                if rows:
                    _insert(conn, rows)
                    started = [doc for doc in chunk if by_doc[doc]]
                    conn.execute(
                        update(Document)
                        .where(Document.id.in_(started), Document.status == "new")
                        .values(status="in_progress")
                    )
        return BatchChange(tuple(changes), covered, refused)

    def edit_delete_many(self, anns: Sequence[AnnotationData]) -> BatchChange:
        """Undo of ``edit_add_many``: tombstone these annotations in one transaction."""
        return self._set_deleted(anns, deleted=True)

    def edit_restore_many(self, anns: Sequence[AnnotationData]) -> BatchChange:
        """Redo: bring these annotations back (the very rows) in one transaction."""
        return self._set_deleted(anns, deleted=False)

    def _set_deleted(self, anns: Sequence[AnnotationData], *, deleted: bool) -> BatchChange:
        """Only the annotations in the other state change (one deleted or restored meanwhile is left alone)."""
        now = utcnow()
        done: dict[int, list[AnnotationData]] = defaultdict(list)
        by_id = {uuid.UUID(ann.id): ann for ann in anns}
        state = Annotation.deleted_at.is_(None) if deleted else Annotation.deleted_at.is_not(None)
        with self._db.sessions.begin() as session:
            conn = session.connection()
            for chunk in _chunks(by_id):
                found = list(session.scalars(select(Annotation.id).where(Annotation.id.in_(chunk), state)))
                if not found:
                    continue
                conn.execute(
                    update(Annotation)
                    .where(Annotation.id.in_(found))
                    .values(deleted_at=now if deleted else None, updated_at=now)
                )
                for key in found:
                    ann = by_id[key]
                    done[ann.document_id].append(ann)
        if deleted:
            changes = tuple(ChangeSet(doc, removed=tuple(done[doc])) for doc in sorted(done))
        else:
            changes = tuple(ChangeSet(doc, added=tuple(done[doc])) for doc in sorted(done))
        return BatchChange(changes)

    # both, for the CLI and the benchmark
    def annotate_all(
        self,
        text: str,
        label: str,
        *,
        doc_ids: Sequence[int] | None = None,
        attributes: dict[str, Any] | None = None,
    ) -> BatchChange:
        """Label every match of ``text`` in ``doc_ids`` (None: all documents) not yet covered by ``label``."""
        places = self.find(text, label, doc_ids=doc_ids)
        change = self.edit_add_many(label, [p.span for p in places if not p.labelled], attributes=attributes)
        already = sum(p.labelled for p in places)
        return BatchChange(change.changes, change.covered + already, change.refused)


_COLUMNS = (
    "id",
    "document_id",
    "annotator_id",
    "label_id",
    "start",
    "end",
    "text",
    "attributes",
    "note",
    "created_at",
    "updated_at",
)


def _insert(conn: Connection, rows: list[tuple[Any, ...]]) -> None:
    """Insert annotation rows (values in ``_COLUMNS`` order; every row shares its annotator, label, attributes,
    note and times). On SQLite one DBAPI ``executemany`` of the values as stored: the shared ones converted once
    by their columns' own bind processors, the id as the 32 hex digits ``Uuid`` stores there (SQLAlchemy's
    per-value processing was most of the write). Elsewhere a Core executemany."""
    if conn.dialect.name != "sqlite":
        conn.execute(insert(Annotation), [dict(zip(_COLUMNS, row, strict=True)) for row in rows])
        return
    dialect = conn.dialect
    first = rows[0]
    shared = []
    for n in (2, 3, 7, 8, 9, 10):  # annotator, label, attributes, note, created, updated
        proc = Annotation.__table__.c[_COLUMNS[n]].type.dialect_impl(dialect).bind_processor(dialect)
        shared.append(proc(first[n]) if proc is not None and first[n] is not None else first[n])
    who, label, attributes, note, created, updated = shared
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(Annotation.__tablename__)} ({', '.join(quote(name) for name in _COLUMNS)}) "
        f"VALUES ({', '.join('?' for _ in _COLUMNS)})"
    )
    values = [
        (row[0].hex, row[1], who, label, row[4], row[5], row[6], attributes, note, created, updated) for row in rows
    ]
    conn.exec_driver_sql(sql, values)


def _covered(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _allowed(rule: LabelRule, spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the label's may-nest / may-overlap rules let a span [start, end) sit beside these."""
    if rule.nests and rule.overlaps:
        return True
    for s, e in spans:
        if s >= end or e <= start:
            continue
        nested = (s <= start and end <= e) or (start <= s and e <= end)
        if (nested and not rule.nests) or (not nested and not rule.overlaps):
            return False
    return True


__all__ = ["AnnotateAllService", "BatchChange", "Place", "context"]
