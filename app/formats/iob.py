"""IOB2 tags <-> spans, keeping a corpus's own defects so that a round trip gives back its tags.

An ``I-X`` that does not continue an ``X`` starts a span with ``attributes["iob"] = "I"``; a tag that
is neither ``O`` nor ``B-``/``I-`` (``IO``, ``OO``) becomes a one-token span labelled with the tag itself
and ``attributes["iob"] = "raw"``. Both are counted as defects for the import report.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.dto import AnnotationData
from app.formats.tokens import Token, token_spans

IOB_KEY = "iob"


@dataclass(slots=True)
class Chunk:
    first: int
    last: int  # inclusive token index
    label: str
    iob: str | None = None  # "I" (an I- start) or "raw" (a tag outside IOB2)


@dataclass(slots=True)
class Defects:
    """Tag defects found while reading, by kind, with a few examples each."""

    counts: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, kind: str, example: str) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if len(self.examples.setdefault(kind, [])) < 5:
            self.examples[kind].append(example)

    def summary(self) -> str:
        return "; ".join(f"{k}: {n} (e.g. {', '.join(self.examples[k][:3])})" for k, n in self.counts.items())


def chunks(tags: Sequence[str], defects: Defects | None = None, where: str = "") -> list[Chunk]:
    """The spans of one tag sequence; ``O`` outside, everything else kept."""
    out: list[Chunk] = []
    open_: Chunk | None = None
    for k, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if tag == "O":
            open_ = None
            continue
        if prefix == "I" and label and open_ is not None and open_.label == label and open_.iob != "raw":
            open_.last = k
            continue
        if prefix in ("B", "I") and label:
            open_ = Chunk(k, k, label, "I" if prefix == "I" else None)
            if prefix == "I" and defects is not None:
                defects.add("I- tag that continues nothing", f"{where}{k + 1} {tag}")
        else:
            open_ = Chunk(k, k, tag, "raw")
            if defects is not None:
                defects.add("tag outside IOB2", f"{where}{k + 1} {tag}")
        out.append(open_)
        if open_.iob == "raw":
            open_ = None
    return out


def _tags_for(a: AnnotationData, n: int) -> list[str]:
    mode = a.attributes.get(IOB_KEY) if isinstance(a.attributes, dict) else None
    if mode == "raw":
        return [a.label] * n
    first = "I" if mode == "I" else "B"
    return [f"{first}-{a.label}"] + [f"I-{a.label}"] * (n - 1)


def layer_tags(tokens: Sequence[Token], annotations: Iterable[AnnotationData], layers: Sequence[str] | None,
               skipped: list[tuple[AnnotationData, str]]) -> dict[str, list[str]]:
    """IOB2 tags per layer: one layer per label, or everything in one layer ``"tags"`` when None.

    A span that covers no whole token, or that overlaps one already in its layer, is put in ``skipped``.
    """
    names = list(layers) if layers is not None else ["tags"]
    out = {name: ["O"] * len(tokens) for name in names}
    for a in annotations:
        layer = a.label if layers is not None else "tags"
        if layer not in out:
            continue
        idx = token_spans(tokens, a.start, a.end)
        if not idx or tokens[idx[0]].start != a.start or tokens[idx[-1]].end != a.end:
            skipped.append((a, "does not fall on token boundaries"))
            continue
        column = out[layer]
        if any(column[k] != "O" for k in idx):
            skipped.append((a, f"overlaps another span in layer {layer}"))
            continue
        for k, tag in zip(idx, _tags_for(a, len(idx)), strict=True):
            column[k] = tag
    return out
