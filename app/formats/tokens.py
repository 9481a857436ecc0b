"""Arabic-aware tokens for the token-based formats (CoNLL, CoNLL-U, HF, spaCy).

Tokens are cut at whitespace and punctuation, never between a letter and its harakat; a span
boundary inside a word (an actor after the clitic و/ف/ب/ل/ال, as in ``لشويغو``) splits it there.
A document imported from a token format keeps its own tokens in ``metadata["tokens"]``, in one of three forms
(``stored_tokens`` reads them all):

- ``[[start, end], ...]`` (code points), with the sentences in ``metadata["sentence_starts"]`` (token indices);
- ``"whitespace"``: the tokens are the runs of characters between whitespace (``str.split``), a sentence starts after
  a line break. A CoNLL file's text is its tokens joined by spaces and line breaks, so unless a token holds a space
  or is empty, its offsets say nothing the text does not; stored as pairs they were most of its documents' bytes;
- ``"conllu"``: the surface tokens of the CoNLL-U lines kept in ``metadata["conllu"]`` (the document was rebuilt
  from them, so they give the same offsets again).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.dto import AnnotationData

WHITESPACE = "whitespace"  # metadata["tokens"]: the text split at whitespace
CONLLU = "conllu"  # metadata["tokens"]: the surface tokens of the kept CoNLL-U lines
FORMS = frozenset({WHITESPACE, CONLLU})
_WORD = re.compile(r"\S+")

_NUMBER_GLUE = frozenset(".,،٫٬:/")  # inside a number: 34.3, 1,000, 12:30, 7/119
CLITICS = frozenset("وفبلك")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    word: int  # index of the whitespace/punctuation token this piece belongs to (multiword tokens)


@dataclass(slots=True)
class Tokenized:
    sentences: list[list[Token]]
    misaligned: list[AnnotationData] = field(default_factory=list)  # boundaries inside a letter+haraka


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _glued(text: str, j: int) -> bool:
    """A separator inside a number (``34.3``, ``1,000``) does not cut the token."""
    return text[j] in _NUMBER_GLUE and j > 0 and text[j - 1].isdigit() and j + 1 < len(text) and text[j + 1].isdigit()


def base_tokens(text: str) -> list[tuple[int, int]]:
    """Whitespace- and punctuation-separated tokens; harakat stay with the character before them."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        j = i + 1
        if _is_punct(text[i]) and not _glued(text, i):
            while j < n and _is_mark(text[j]):
                j += 1
        else:
            while j < n and not text[j].isspace() and not (_is_punct(text[j]) and not _glued(text, j)):
                j += 1
        out.append((i, j))
        i = j
    return out


def _sentence_breaks(text: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """Token indices that start a sentence: the first token and any after a line break."""
    starts = [0] if spans else []
    for k in range(1, len(spans)):
        if "\n" in text[spans[k - 1][1] : spans[k][0]]:
            starts.append(k)
    return starts


def stored_tokens(text: str, metadata: dict[str, Any] | None) -> tuple[list[tuple[int, int]], list[int]] | None:
    """The tokens and sentence starts a token-format import kept for ``text`` (any of the three forms), or None when
    it kept none (or kept CoNLL-U lines that no longer spell this text)."""
    stored = (metadata or {}).get("tokens")
    if not stored:
        return None
    if stored == WHITESPACE:
        spans = [m.span() for m in _WORD.finditer(text)]
        return spans, _sentence_breaks(text, spans)
    if stored == CONLLU:
        from app.formats.conllu import source_tokens  # the CoNLL-U reader, which imports this module

        found = source_tokens(metadata)
        if found is None or found[0] != text:
            return None
        return found[1], found[2]
    spans = [(int(s), int(e)) for s, e in stored]
    return spans, list((metadata or {}).get("sentence_starts") or _sentence_breaks(text, spans))


def tokenize(text: str, annotations: Iterable[AnnotationData] = (), metadata: dict | None = None) -> Tokenized:
    """Sentences of tokens for ``text``, split wherever an annotation starts or ends inside a word."""
    found = stored_tokens(text, metadata)
    if found is not None:
        spans, starts = found
    else:
        spans = base_tokens(text)
        starts = _sentence_breaks(text, spans)
    cuts: set[int] = set()
    misaligned: list[AnnotationData] = []
    for a in annotations:
        for b in (a.start, a.end):
            if 0 < b < len(text) and _is_mark(text[b]):
                misaligned.append(a)
            else:
                cuts.add(b)
    sentences: list[list[Token]] = []
    start_set = set(starts)
    ordered = sorted(cuts)
    for w, (s, e) in enumerate(spans):
        if w in start_set or not sentences:
            sentences.append([])
        edges = [s, *ordered[bisect_right(ordered, s) : bisect_left(ordered, e)], e]
        for lo, hi in itertools.pairwise(edges):  # an empty token from an imported corpus stays one token
            sentences[-1].append(Token(lo, hi, w))
    return Tokenized([s for s in sentences if s], misaligned)


def token_spans(tokens: Sequence[Token], start: int, end: int) -> list[int]:
    """Indices of the tokens inside ``[start, end)``; an empty token counts when strictly inside.

    ``tokens`` are in text order (as ``tokenize`` makes them), so the search is a bisection.
    """
    lo = bisect_left(tokens, start, key=lambda t: t.start)
    out = []
    for k in range(lo, len(tokens)):
        t = tokens[k]
        if t.start >= end:
            break
        if (t.end <= end) if t.end > t.start else start < t.start:
            out.append(k)
    return out
