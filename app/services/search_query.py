"""The search query language: words, "quoted phrases", prefix*, and filters on annotations and documents.

    شويغو                     a word (with any proclitics in front: وشويغو, لشويغو)
    "وزير الدفاع"             a phrase: the words in order
    الاسلامي*                  a prefix
    بوتين شويغو               several words (or phrases): documents holding all of them; each is a hit
    label:ACTOR               hits inside a live annotation of that label (label:ACTOR label:FIGURE: either)
    kind:date                 ... whose attribute ``kind`` is ``date`` (any attribute name:value)
    annotator:alice           ... made by alice
    status:done               in documents of that status
    -label:CLAIM              hits inside no CLAIM (any filter but status: and unlabelled: can be negated)
    unlabelled:               hits inside no annotation at all (-unlabelled:: inside some annotation)

The positive filters on annotations hold for one annotation that covers the hit. Without words, they list
the annotations themselves (``label:FIGURE kind:date``: every date figure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.errors import HashiyaError
from db.models import DOCUMENT_STATUSES

STATUSES = DOCUMENT_STATUSES


class QueryError(HashiyaError):
    """A query that cannot be read: one line saying why."""

    def __init__(self, query: str, reason: str) -> None:
        super().__init__(f"bad query {query!r}: {reason}")
        self.query = query
        self.reason = reason


@dataclass(frozen=True, slots=True)
class AnnotationTest:
    """What one annotation must have (each set: any of its values; an empty set: anything)."""

    labels: frozenset[str] = frozenset()
    annotators: frozenset[str] = frozenset()
    attributes: tuple[tuple[str, frozenset[str]], ...] = ()

    def passes(self, label: str, annotator: str, attributes: dict[str, object]) -> bool:
        if self.labels and label not in self.labels:
            return False
        if self.annotators and annotator not in self.annotators:
            return False
        return all(attribute_text(attributes.get(name)) in values for name, values in self.attributes)


def attribute_text(value: object) -> str | None:
    """An attribute's value as a query names it: booleans as true/false, numbers as written."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    terms: tuple[str, ...] = ()  # words and phrases, each a Matcher query; a document must hold all
    inside: AnnotationTest | None = None  # a hit must lie inside an annotation that passes it
    outside: tuple[AnnotationTest, ...] = ()  # ... and inside none that passes any of these
    unlabelled: bool = False  # ... and inside no annotation at all
    statuses: frozenset[str] = field(default_factory=frozenset)  # empty: any

    @property
    def filters_annotations(self) -> bool:
        return self.inside is not None or bool(self.outside) or self.unlabelled


_TOKEN = re.compile(
    r"""\s*(?:
        (?P<filter>(?P<neg>-)?(?P<name>[^\W\d]\w*):(?:"(?P<qvalue>[^"]*)"|(?P<value>[^\s"]*)))
      | "(?P<phrase>[^"]*)(?P<closed>"?)
      | (?P<word>[^\s"]+)
    )""",
    re.X,
)
_NEGATABLE_ALONE = "a negated filter needs words or another filter to apply to"


def parse(query: str) -> ParsedQuery:
    """Read ``query``; :class:`QueryError` says what is wrong with it."""
    terms: list[str] = []
    labels: set[str] = set()
    annotators: set[str] = set()
    attributes: dict[str, set[str]] = {}
    outside: list[AnnotationTest] = []
    statuses: set[str] = set()
    not_statuses: set[str] = set()
    unlabelled = labelled = False
    pos = 0
    text = query.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:  # only white space is left
            break
        pos = m.end()
        if m.group("phrase") is not None:
            if not m.group("closed"):
                raise QueryError(query, "a quote is not closed")
            if m.group("phrase").strip():
                terms.append(m.group("phrase").strip())
            continue
        if m.group("word") is not None:
            word = m.group("word")
            if not word.strip("*"):
                raise QueryError(query, "'*' must end a word (a prefix: الاسلامي*)")
            terms.append(word)
            continue
        name, negated = m.group("name"), bool(m.group("neg"))
        value = m.group("qvalue") if m.group("qvalue") is not None else m.group("value")
        value = value.strip()
        if name in ("unlabelled", "unlabeled"):
            if value:
                raise QueryError(query, f"{name}: takes no value")
            if negated:
                labelled = True
            else:
                unlabelled = True
            continue
        if not value:
            raise QueryError(query, f"{name}: needs a value ({name}:VALUE)")
        if name == "status":
            if value not in STATUSES:
                raise QueryError(query, f"status:{value}: a status is one of {', '.join(STATUSES)}")
            (not_statuses if negated else statuses).add(value)
            continue
        if negated:
            if name == "label":
                outside.append(AnnotationTest(labels=frozenset([value])))
            elif name == "annotator":
                outside.append(AnnotationTest(annotators=frozenset([value])))
            else:
                outside.append(AnnotationTest(attributes=((name, frozenset([value])),)))
        elif name == "label":
            labels.add(value)
        elif name == "annotator":
            annotators.add(value)
        else:
            attributes.setdefault(name, set()).add(value)
    if not_statuses:
        statuses = (statuses or set(STATUSES)) - not_statuses
        if not statuses:
            raise QueryError(query, "the status filters leave no status")
    inside = None
    if labels or annotators or attributes or labelled:
        inside = AnnotationTest(
            frozenset(labels),
            frozenset(annotators),
            tuple((name, frozenset(values)) for name, values in sorted(attributes.items())),
        )
    parsed = ParsedQuery(tuple(terms), inside, tuple(outside), unlabelled, frozenset(statuses))
    if not parsed.terms and parsed.inside is None:
        if parsed.outside or parsed.unlabelled:
            raise QueryError(query, _NEGATABLE_ALONE)
        raise QueryError(query, 'nothing to search for (give words, a "phrase" or a filter such as label:ACTOR)')
    if parsed.unlabelled and parsed.inside is not None:
        raise QueryError(query, "unlabelled: cannot be combined with filters that ask for an annotation")
    return parsed
