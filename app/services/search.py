"""Search across the corpus: an index of folded words narrows the documents, the matcher finds the hits.

On SQLite the index is ``search_index`` (migration 0010), an FTS5 table with one row per document (rowid =
its id) holding ``word_tokens(fold_text(text))`` joined by spaces, and nothing else: no text, no positions.
A query word becomes the OR of the forms a text word may take (``Matcher.index_terms``: with each proclitic
in front, prefixes as FTS prefix queries), the words are ANDed, and the documents it returns, in id order,
are only candidates: the matcher (``app/text/matcher.py``) runs over each one's text for the exact hits,
until ``limit``. Annotation filters (``label:``, attributes, ``annotator:``, ``-label:``, ``unlabelled:``) are
then checked on the live annotations that cover each hit.

The index is kept current: imports index new documents in the batch's own transaction (``index_texts``),
the import's undo takes them out (``unindex_documents``), and ``search_state.fingerprint`` records the
folding it was built with: an index built by another folding, or never built (a database migrated with
documents in it), is rebuilt at the first search or import, or by ``hashiya index --rebuild``.

PostgreSQL has no FTS5. There the documents are scanned in id order with a filter in SQL, PostgreSQL's
``translate()`` with the fold table (the same folding: every character folds to one character or none)
and ``LIKE`` on a part every form of each query word shares; the matcher then checks what passes.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from app.errors import HashiyaError
from app.progress import Progress
from app.services.search_query import AnnotationTest, ParsedQuery, QueryError, parse
from db.engine import Database
from db.models import Annotation, Document, SearchState

if TYPE_CHECKING:
    from app.text.matcher import Matcher

__all__ = [
    "QueryError",
    "SearchHit",
    "SearchResult",
    "SearchService",
    "index_body",
    "index_texts",
    "unindex_documents",
]

INDEX = "search_index"
# The index's layout (migration 0010 creates it so; a rebuild re-creates it from here): contentless, so that
# SQLite's integrity_check (3.44+ checks FTS5 tables) has no content to compare the folded tokens with, and FTS5
# never reads the unfolded texts. Rows are removed by the 'delete' command with the tokens they were given.
# Python's ``Connection.iterdump`` cannot read such a table (it selects every row): dumps leave it out.
INDEX_DDL = (
    f"CREATE VIRTUAL TABLE {INDEX} USING fts5(body, content='', detail=none, columnsize=0, "
    "tokenize=\"ascii tokenchars '_'\")"
)
INDEX_FORMAT = f"v3 {INDEX_DDL}"  # part of the fingerprint: a new layout rebuilds the index
UNBUILT, EMPTY = "", "empty"  # search_state values migration 0010 writes
CONTEXT_WORDS = 5  # words of context either side of a hit
CONTEXT_CHARS = 80  # ... and at most this many characters
FIRST_CHUNK, MAX_CHUNK = 16, 512  # candidate documents read at a time (growing: the first hits come fast)
DIRECT_IDS = 256  # a search within at most this many documents reads them without the index
BUILD_PAGE = 2000  # documents read and indexed at a time by a rebuild
# the folding of these characters is what the fingerprint digests
_PROBE_RANGES = (
    (0x20, 0x24F),
    (0x370, 0x52F),
    (0x600, 0x8FF),
    (0x1E00, 0x206F),
    (0x3000, 0x3000),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0xFF00, 0xFFEF),
)


@dataclass(frozen=True, slots=True)
class SearchHit:
    doc_id: int
    start: int  # [start, end) code points of the document's text
    end: int
    text: str
    left: str  # a few words either side (within the line)
    right: str
    title: str
    labels: tuple[str, ...]  # labels of the live annotations that cover the hit


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: tuple[SearchHit, ...]
    per_document: Mapping[int, int]  # hits per document among ``hits``
    truncated: bool  # stopped at ``limit``: there are more


# --- the index (SQLite) ----------------------------------------------------------------------------


def index_body(text: str) -> str:
    """What the index holds for a text: its folded word tokens, joined by spaces."""
    from app.text.fold import fold_text
    from app.text.matcher import word_tokens

    return " ".join(word_tokens(fold_text(text)))


@functools.cache
def fingerprint() -> str:
    """A digest of how this program folds and splits text for the index: the folding of every character of
    the probe ranges, alone and after a letter (one call each: this runs at a process's first search)."""
    from app.text.fold import fold_text
    from app.text.matcher import word_tokens

    chars = [chr(c) for lo, hi in _PROBE_RANGES for c in range(lo, hi + 1)]
    probe = " ".join(chars) + "\n" + " ".join("ب" + ch for ch in chars)
    folded = fold_text(probe)
    digest = hashlib.sha256(f"{INDEX_FORMAT}\n{folded}\n{' '.join(word_tokens(folded))}".encode())
    return digest.hexdigest()[:32]


def _has_index(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _state(conn: Connection) -> str | None:
    return conn.execute(select(SearchState.value).where(SearchState.name == "fingerprint")).scalar()


def _set_state(conn: Connection, value: str) -> None:
    done = conn.execute(update(SearchState).where(SearchState.name == "fingerprint").values(value=value))
    if not done.rowcount:
        conn.execute(insert(SearchState).values(name="fingerprint", value=value))


def _current(conn: Connection, adding: int = 0) -> bool:
    """Whether the index holds every document (but the ``adding`` ones being indexed now), folded as this
    program folds. The 'empty' index a migration made for a database without documents is adopted while
    no document was written past it."""
    state = _state(conn)
    if state == EMPTY:
        if conn.execute(select(func.count()).select_from(Document)).scalar() != adding:
            return False
        _set_state(conn, fingerprint())
        return True
    return state == fingerprint()


def _index_ok(conn: Connection) -> bool:
    """Whether the index may be read (SQLite; a read: the 'empty' index is adopted by the next write)."""
    if not _has_index(conn):
        return False
    state = _state(conn)
    if state == EMPTY:
        return conn.execute(select(Document.id).limit(1)).first() is None
    return state == fingerprint()


def _insert(conn: Connection, rows: Iterable[tuple[int, str]]) -> int:
    values = [(doc_id, index_body(text)) for doc_id, text in rows]
    if values:
        conn.exec_driver_sql(f"INSERT INTO {INDEX}(rowid, body) VALUES (?, ?)", values)
    return len(values)


def index_texts(conn: Connection, rows: Sequence[tuple[int, str]]) -> None:
    """Index new documents ``(id, text)`` inside the caller's write transaction (imports); an index that
    was not current is rebuilt instead (it then holds these too: they are in the transaction)."""
    if not _has_index(conn):
        return
    rows = list(rows)
    if _current(conn, adding=len(rows)):
        _insert(conn, rows)
    else:
        _rebuild(conn, None)


def unindex_documents(conn: Connection, doc_ids: Sequence[int]) -> None:
    """Take documents out of the index, before they are deleted (inside the same transaction).

    A contentless FTS5 table forgets a row only when told what it held: the text is folded again."""
    if not doc_ids or not _has_index(conn) or _state(conn) != fingerprint():
        return
    for start in range(0, len(doc_ids), BUILD_PAGE):
        part = list(doc_ids[start : start + BUILD_PAGE])
        rows = conn.execute(select(Document.id, Document.text).where(Document.id.in_(part))).tuples().all()
        conn.exec_driver_sql(
            f"INSERT INTO {INDEX}({INDEX}, rowid, body) VALUES ('delete', ?, ?)",
            [(doc_id, index_body(text)) for doc_id, text in rows],
        )


def _rebuild(conn: Connection, progress: Progress | None) -> int:
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {INDEX}")  # made again as this program lays it out
    conn.exec_driver_sql(INDEX_DDL)
    last, count = 0, 0
    while True:
        rows = (
            conn.execute(
                select(Document.id, Document.text).where(Document.id > last).order_by(Document.id).limit(BUILD_PAGE)
            )
            .tuples()
            .all()
        )
        if not rows:
            break
        count += _insert(conn, rows)
        last = rows[-1][0]
        if progress:
            progress(len(rows))
    conn.exec_driver_sql(f"INSERT INTO {INDEX}({INDEX}) VALUES ('optimize')")
    _set_state(conn, fingerprint())
    return count


def _connection(session: Session | Connection) -> Connection:
    return session.connection() if isinstance(session, Session) else session


# --- building the filters ------------------------------------------------------------------------


def _one_token(form: str) -> bool:
    """Whether FTS5's ascii tokenizer keeps ``form`` as one token (every non-ASCII character, letters,
    digits and _ are token characters)."""
    return bool(form) and all(ord(ch) > 127 or ch.isalnum() or ch == "_" for ch in form)


def fts_expression(matchers: Sequence[Matcher]) -> str | None:
    """The FTS5 query for candidate documents: per index term, the OR of its forms; all terms ANDed.
    None when no term can be asked of the index (then every document is a candidate)."""
    groups: list[str] = []
    for matcher in matchers:
        for forms in matcher.index_terms():
            alternatives: list[str] = []
            for form in forms:
                prefix = form.endswith("*")
                form = form.rstrip("*")
                if not _one_token(form):
                    alternatives = []
                    break
                alternatives.append(f'"{form}"' + (" *" if prefix else ""))
            if alternatives:
                groups.append("(" + " OR ".join(dict.fromkeys(alternatives)) + ")")
    return " AND ".join(groups) or None


def _common_part(forms: Sequence[str]) -> str:
    """The longest string that every form holds (the stem, or what the article leaves of it after ل)."""
    words = sorted((form.rstrip("*") for form in forms), key=len)
    shortest = words[0] if words else ""
    for size in range(len(shortest), 0, -1):
        for start in range(len(shortest) - size + 1):
            part = shortest[start : start + size]
            if all(part in word for word in words[1:]):
                return part
    return ""


def like_parts(matchers: Sequence[Matcher]) -> list[str]:
    """For the scan (PostgreSQL): per index term, a part of the folded text that every match holds."""
    parts = []
    for matcher in matchers:
        for forms in matcher.index_terms():
            part = _common_part(forms)
            if part and part.lower() == part.upper():  # letter case is left to the matcher (locales differ)
                parts.append(part)
    return parts


@functools.cache
def _pg_fold_table() -> tuple[str, str]:
    """``translate(text, FROM, TO)`` arguments that fold as ``fold_text`` does but for letter case (the
    characters of FROM past the length of TO are removed)."""
    from app.text.fold import IGNORABLE, mapping

    table = mapping()
    return "".join(table) + "".join(dict.fromkeys(IGNORABLE)), "".join(table.values())


def _like_pattern(part: str) -> str:
    return "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# --- hits and their context ------------------------------------------------------------------------


def _left(text: str, start: int) -> str:
    """Up to ``CONTEXT_WORDS`` words before ``start`` (and what is glued to the hit), within its line."""
    line = text.rfind("\n", 0, start) + 1
    low = max(line, start - CONTEXT_CHARS)
    words = text[low:start].split(" ")
    if low > line and len(words) > 1:  # the first word was cut
        words = words[1:]
    return " ".join(words[-CONTEXT_WORDS - 1 :])


def _right(text: str, end: int) -> str:
    """Up to ``CONTEXT_WORDS`` words after ``end`` (and what is glued to the hit), within its line."""
    line = text.find("\n", end)
    line = len(text) if line < 0 else line
    high = min(line, end + CONTEXT_CHARS)
    words = text[end:high].split(" ")
    if high < line and len(words) > 1:  # the last word was cut
        words = words[:-1]
    return " ".join(words[: CONTEXT_WORDS + 1])


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    label: str
    annotator: str
    attributes: dict[str, Any]


class _Annotations:
    """A document's live annotations, by start, for the hits' labels and the filters."""

    def __init__(self, spans: list[_Span]) -> None:
        self.spans = sorted(spans, key=lambda s: (s.start, s.end))
        self.starts = [s.start for s in self.spans]

    def covering(self, start: int, end: int) -> list[_Span]:
        return [s for s in self.spans[: bisect_right(self.starts, start)] if s.end >= end]


def _passes(query: ParsedQuery, covering: list[_Span]) -> bool:
    if query.unlabelled and covering:
        return False
    if query.inside is not None and not any(_test(query.inside, s) for s in covering):
        return False
    return not any(_test(test, s) for test in query.outside for s in covering)


def _test(test: AnnotationTest, span: _Span) -> bool:
    return test.passes(span.label, span.annotator, span.attributes)


# --- the service -----------------------------------------------------------------------------------


class SearchService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # the index
    def rebuild_index(self, progress: Progress | None = None) -> int:
        """Index every document again (one write transaction); the number indexed (0 on PostgreSQL, which
        needs no index)."""
        with self._db.write("cannot rebuild the search index") as conn:
            if not _has_index(conn):
                return 0
            return _rebuild(conn, progress)

    def index_current(self) -> bool:
        """Whether the index holds every document as this program folds them (always so on PostgreSQL)."""
        with self._db.engine.connect() as conn:
            return not _has_index(conn) or _index_ok(conn)

    def index_documents(self, session: Session | Connection, doc_ids: Iterable[int]) -> None:
        """Index these (new) documents inside the caller's transaction."""
        conn = _connection(session)
        if not _has_index(conn):
            return
        ids = sorted(set(doc_ids))
        for start in range(0, len(ids), BUILD_PAGE):
            rows = conn.execute(
                select(Document.id, Document.text).where(Document.id.in_(ids[start : start + BUILD_PAGE]))
            ).tuples()
            index_texts(conn, list(rows))

    def unindex_documents(self, session: Session | Connection, doc_ids: Sequence[int]) -> None:
        """Take these documents out of the index, inside the transaction that deletes them."""
        unindex_documents(_connection(session), doc_ids)

    # searching
    def search(
        self,
        query: str,
        *,
        limit: int | None = 1000,
        doc_ids: Sequence[int] | None = None,
        suffixes: bool = False,
    ) -> SearchResult:
        """The hits of ``query`` (``app/services/search_query.py``) in document order, at most ``limit``;
        ``doc_ids`` keeps to those documents; ``suffixes`` lets a word take a pronoun suffix."""
        from app.text.matcher import Matcher

        parsed = parse(query)
        matchers = [Matcher(term, suffixes=suffixes) for term in parsed.terms]
        for term, matcher in zip(parsed.terms, matchers, strict=True):
            if not matcher.words or not matcher.index_terms():
                raise QueryError(query, f"{term!r} holds no letters or digits to search for")
        if limit is not None and limit < 1:
            raise HashiyaError("the limit must be at least 1")
        for attempt in range(2):
            with self._db.engine.connect() as conn:
                current = _index_ok(conn)  # (the first statement: it begins the read transaction)
                if current or attempt or not _has_index(conn):  # PostgreSQL: no index, nothing to build
                    return _Search(conn, parsed, query, matchers, limit, doc_ids, use_index=current).run()
            with contextlib.suppress(HashiyaError):  # a damaged or busy file: search without the index
                self.rebuild_index()
        raise AssertionError("unreachable")


class _Search:
    """One search on one read transaction. Its statements go straight to the DBAPI cursor: SQLAlchemy's
    statement handling was most of a selective search's time."""

    def __init__(
        self,
        conn: Connection,
        parsed: ParsedQuery,
        query: str,
        matchers: list[Matcher],
        limit: int | None,
        doc_ids: Sequence[int] | None,
        *,
        use_index: bool,
    ) -> None:
        self.conn, self.parsed, self.matchers, self.limit = conn, parsed, matchers, limit
        self.pg = conn.dialect.name == "postgresql"
        self.dbapi: Any = conn.connection.driver_connection
        self.only = None if doc_ids is None else sorted(set(doc_ids))
        self.use_index = use_index
        self.hits: list[SearchHit] = []
        self._labels: dict[int, str] | None = None
        self._annotators: dict[int, str] | None = None
        tests = [t for t in (parsed.inside, *parsed.outside) if t is not None]
        wanted = {name for t in tests for name in t.labels}
        if wanted:
            live = {name for name, deleted in self._rows("SELECT name, deleted_at FROM label_types") if deleted is None}
            for name in sorted(wanted - live):
                raise QueryError(query, f"no label {name!r} (labels: {', '.join(sorted(live))})")
        wanted = {name for t in tests for name in t.annotators}
        if wanted:
            known = set(self.annotators.values())
            for name in sorted(wanted - known):
                raise QueryError(query, f"no annotator {name!r} (annotators: {', '.join(sorted(known))})")

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cursor = self.dbapi.cursor()
        try:
            cursor.execute(sql.replace("?", "%s") if self.pg else sql, tuple(params))
            return cursor.fetchall()
        finally:
            cursor.close()

    @property
    def labels(self) -> dict[int, str]:
        if self._labels is None:
            self._labels = dict(self._rows("SELECT id, name FROM label_types"))
        return self._labels

    @property
    def annotators(self) -> dict[int, str]:
        if self._annotators is None:
            self._annotators = dict(self._rows("SELECT id, name FROM annotators"))
        return self._annotators

    def run(self) -> SearchResult:
        chunks = self._candidates() if self.parsed.terms else self._annotated_documents()
        for chunk in chunks:
            self._search_documents(chunk)
            if self.limit is not None and len(self.hits) > self.limit:
                break
        truncated = self.limit is not None and len(self.hits) > self.limit
        hits = tuple(self.hits[: self.limit] if self.limit is not None else self.hits)
        return SearchResult(hits, dict(Counter(hit.doc_id for hit in hits)), truncated)

    # candidates, in id order, chunk by chunk
    def _documents(self, ids: list[int]) -> list[tuple[int, str, str]]:
        sql = f"SELECT id, title, text FROM documents WHERE id IN ({', '.join('?' * len(ids))})"
        params: list[Any] = list(ids)
        if self.parsed.statuses:
            sql += f" AND status IN ({', '.join('?' * len(self.parsed.statuses))})"
            params += sorted(self.parsed.statuses)
        return sorted(self._rows(sql, params))

    def _candidates(self) -> Iterator[list[tuple[int, str, str]]]:
        if self.only is not None and len(self.only) <= DIRECT_IDS:
            for start in range(0, len(self.only), MAX_CHUNK):
                yield self._documents(self.only[start : start + MAX_CHUNK])
            return
        expression = fts_expression(self.matchers) if self.use_index else None
        if expression is None:
            yield from self._scan()
            return
        wanted = None if self.only is None else set(self.only)
        cursor = self.dbapi.cursor()
        try:
            cursor.execute(f"SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH ? ORDER BY rowid", (expression,))
            size = FIRST_CHUNK
            while rows := cursor.fetchmany(size):
                ids = [doc_id for (doc_id,) in rows if wanted is None or doc_id in wanted]
                if ids:
                    yield self._documents(ids)
                size = min(size * 2, MAX_CHUNK)
        finally:
            cursor.close()

    def _scan(self) -> Iterator[list[tuple[int, str, str]]]:
        """Every document in id order (no index: PostgreSQL, or an index that could not be built), with the
        words' shared parts checked in SQL on PostgreSQL."""
        query = select(Document.id, Document.title, Document.text)
        if self.parsed.statuses:
            query = query.where(Document.status.in_(sorted(self.parsed.statuses)))
        if self.only is not None:
            query = query.where(Document.id.in_(self.only))
        if self.conn.dialect.name == "postgresql":
            source, target = _pg_fold_table()
            folded = func.translate(Document.text, bindparam("fold_from", source), bindparam("fold_to", target))
            for part in like_parts(self.matchers):
                query = query.where(folded.like(_like_pattern(part), escape="\\"))
        last, size = 0, FIRST_CHUNK
        while True:
            rows = self.conn.execute(query.where(Document.id > last).order_by(Document.id).limit(size)).tuples().all()
            if not rows:
                return
            yield list(rows)
            last, size = rows[-1][0], min(size * 2, MAX_CHUNK)

    def _annotated_documents(self) -> Iterator[list[tuple[int, str, str]]]:
        """Without words: the documents holding an annotation that passes the filter, in id order."""
        test = self.parsed.inside
        assert test is not None  # parse() refuses a query with neither words nor such a filter
        query = select(Annotation.document_id).where(Annotation.deleted_at.is_(None)).distinct()
        if test.labels:
            ids = [i for i, name in self.labels.items() if name in test.labels]
            query = query.where(Annotation.label_id.in_(ids))
        if test.annotators:
            ids = [i for i, name in self.annotators.items() if name in test.annotators]
            query = query.where(Annotation.annotator_id.in_(ids))
        if self.only is not None:
            query = query.where(Annotation.document_id.in_(self.only))
        last, size = 0, FIRST_CHUNK
        while True:
            ids = list(
                self.conn.scalars(
                    query.where(Annotation.document_id > last).order_by(Annotation.document_id).limit(size)
                )
            )
            if not ids:
                return
            yield self._documents(ids)
            last, size = ids[-1], min(size * 2, MAX_CHUNK)

    # hits
    def _spans(self, doc_ids: list[int]) -> dict[int, _Annotations]:
        found: dict[int, list[_Span]] = {doc_id: [] for doc_id in doc_ids}
        rows = self._rows(
            'SELECT document_id, start, "end", label_id, annotator_id, attributes FROM annotations '
            f"WHERE document_id IN ({', '.join('?' * len(doc_ids))}) AND deleted_at IS NULL",
            doc_ids,
        )
        if rows:
            labels, annotators = self.labels, self.annotators
            for doc_id, start, end, label_id, annotator_id, attributes in rows:
                if isinstance(attributes, str | bytes):  # SQLite: the JSON text
                    attributes = orjson.loads(attributes)
                found[doc_id].append(
                    _Span(start, end, labels.get(label_id, "?"), annotators.get(annotator_id, "?"), attributes or {})
                )
        return {doc_id: _Annotations(spans) for doc_id, spans in found.items()}

    def _matches(self, text: str) -> list[tuple[int, int]]:
        found: set[tuple[int, int]] = set()
        for matcher in self.matchers:
            spans = matcher.find_all(text)
            if not spans:  # the document must hold every word
                return []
            found.update(spans)
        return sorted(found)

    def _search_documents(self, documents: list[tuple[int, str, str]]) -> None:
        """Match the documents one by one; once their hits would reach the limit, check those against their
        annotations (so a chunk is not matched past the limit)."""
        pending: list[tuple[tuple[int, str, str], list[tuple[int, int]]]] = []
        found = 0
        for doc in documents:
            spans = self._matches(doc[2]) if self.parsed.terms else []
            if self.parsed.terms and not spans:
                continue
            pending.append((doc, spans))
            found += len(spans) or 1
            if self.limit is not None and found > self.limit - len(self.hits):
                self._take(pending)
                pending, found = [], 0
                if len(self.hits) > self.limit:
                    return
        if pending:
            self._take(pending)

    def _take(self, matched: list[tuple[tuple[int, str, str], list[tuple[int, int]]]]) -> None:
        """The hits of these documents that pass the filters on annotations."""
        annotations = self._spans([doc[0] for doc, _ in matched])
        for (doc_id, title, text), spans in matched:
            spans_here = annotations[doc_id]
            if not self.parsed.terms:  # the annotations that pass are the hits
                inside = self.parsed.inside
                spans = sorted({(s.start, s.end) for s in spans_here.spans if inside is not None and _test(inside, s)})
            for start, end in spans:
                covering = spans_here.covering(start, end)
                if not _passes(self.parsed, covering):
                    continue
                self.hits.append(
                    SearchHit(
                        doc_id,
                        start,
                        end,
                        text[start:end],
                        _left(text, start),
                        _right(text, end),
                        title,
                        tuple(sorted({s.label for s in covering})),
                    )
                )
