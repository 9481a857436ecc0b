"""A document as sentences of tokens with IOB2 tags per layer: what the token formats all write."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.dto import AnnotationData, DocumentData
from app.formats.iob import layer_tags
from app.formats.tokens import Token, tokenize


@dataclass(slots=True)
class Sentence:
    tokens: list[Token]
    tags: dict[str, list[str]]  # layer -> one tag per token


def tagged_sentences(
    doc: DocumentData,
    layers: Sequence[str] | None,
    skipped: list[tuple[AnnotationData, str]],
    layer_of: Callable[[AnnotationData], str] | None = None,
) -> list[Sentence]:
    """Tokens split at span boundaries, with tags per layer (per label, or one ``tags`` layer if None).

    A span the tokens cannot hold (it crosses a sentence, falls inside a letter and its harakat, or
    overlaps another span of its layer) is added to ``skipped`` with the reason. ``layer_of`` names the
    layer of a span when it is not its label.
    """
    tokenized = tokenize(doc.text, doc.annotations, doc.metadata)
    skipped.extend((a, "a boundary falls between a letter and its harakat") for a in tokenized.misaligned)
    bad = {id(a) for a, _ in skipped}
    out = []
    bounds = [(s[0].start, s[-1].end) for s in tokenized.sentences]
    inside: dict[int, list[AnnotationData]] = {}
    for a in doc.annotations:
        if id(a) in bad:
            continue
        home = next((k for k, (s, e) in enumerate(bounds) if s <= a.start and a.end <= e), None)
        if home is None:
            skipped.append((a, "crosses a sentence boundary"))
        else:
            inside.setdefault(home, []).append(a)
    for k, tokens in enumerate(tokenized.sentences):
        out.append(Sentence(tokens, layer_tags(tokens, inside.get(k, []), layers, skipped, layer_of)))
    return out


def gap(text: str, sentences: Sequence[Sentence], k: int, i: int) -> str:
    """The text between token ``i`` of sentence ``k`` and the next token (or the end of the text)."""
    tokens = sentences[k].tokens
    end = tokens[i].end
    if i + 1 < len(tokens):
        return text[end : tokens[i + 1].start]
    if k + 1 < len(sentences):
        return text[end : sentences[k + 1].tokens[0].start]
    return text[end:]
