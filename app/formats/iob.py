"""IOB tags <-> spans, keeping a corpus's own defects so that a round trip gives back its tags.

Read in IOB2, IOB1, BIOES or BILOU; written in IOB2. An ``I-X`` that does not continue an ``X`` (IOB2,
BIOES, BILOU) starts a span with ``attributes["iob"] = "I"``; a tag outside the scheme (``IO``, ``OO``,
``U-X`` in IOB2) becomes a one-token span labelled with the tag itself and ``attributes["iob"] = "raw"``.
Both are counted as defects for the import report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from app.dto import AnnotationData
from app.formats.tokens import Token, token_spans

IOB_KEY = "iob"
SCHEMES = {"IOB2": "BI", "IOB1": "BI", "BIOES": "BIES", "BILOU": "BILU"}  # the prefixes of each
_CLOSING = {"BIOES": "E", "BILOU": "L"}
_START, _SINGLE, _CONTINUE, _ENDS = "B", "SU", "IEL", "EL"


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


def chunks(tags: Sequence[str], defects: Defects | None = None, where: str = "", scheme: str = "IOB2") -> list[Chunk]:
    """The spans of one tag sequence in ``scheme`` (IOB2, IOB1, BIOES, BILOU); ``O`` outside, everything else kept.

    ``S-``/``U-`` are one-token spans and ``E-``/``L-`` close one: span parts, never labels. A span that
    an ``E-``/``L-`` should close but does not is kept and counted.
    """
    return sparse_chunks([(k, tag) for k, tag in enumerate(tags) if tag != "O"], defects, where, scheme)


def sparse_chunks(
    tagged: Iterable[tuple[int, str]], defects: Defects | None = None, where: str = "", scheme: str = "IOB2"
) -> list[Chunk]:
    """``chunks`` of a sequence given by its tags other than ``O`` only, ``(index, tag)`` in increasing order:
    every index left out is an ``O``. The same chunks and defects, in the time of the tags given (a document's
    tags are sparse: walking every word once per label was most of the time of reading its spans)."""
    out: list[Chunk] = []
    open_: Chunk | None = None
    parts, closing = SCHEMES[scheme], _CLOSING.get(scheme, "")
    after = -2  # the index of the previous tag given

    def close() -> None:
        if open_ is not None and closing and defects is not None:
            defects.add(f"span not closed by an {closing}- tag", f"{where}{open_.last + 1} {open_.label}")

    for k, tag in tagged:
        if k != after + 1 or tag == "O":  # an O before this tag (or this one)
            close()
            open_ = None
        after = k
        if tag == "O":
            continue
        prefix, _, label = tag.partition("-")
        if prefix in _CONTINUE and prefix in parts and label and open_ is not None and open_.label == label:
            open_.last = k
            if prefix in _ENDS:
                open_ = None
            continue
        close()
        if len(prefix) == 1 and prefix in parts and label:
            starts_ok = prefix in _START or prefix in _SINGLE or (scheme == "IOB1" and prefix == "I")
            open_ = Chunk(k, k, label, "I" if prefix == "I" and not starts_ok else None)
            if not starts_ok and defects is not None:
                defects.add(f"{prefix}- tag that continues nothing", f"{where}{k + 1} {tag}")
            out.append(open_)
            if prefix in _ENDS or prefix in _SINGLE:
                open_ = None
        else:
            out.append(Chunk(k, k, tag, "raw"))
            open_ = None
            if defects is not None:
                defects.add(f"tag outside {scheme}", f"{where}{k + 1} {tag}")
    close()
    return out


def _tags_for(a: AnnotationData, n: int) -> list[str]:
    mode = a.attributes.get(IOB_KEY) if isinstance(a.attributes, dict) else None
    if mode == "raw":
        return [a.label] * n
    first = "I" if mode == "I" else "B"
    return [f"{first}-{a.label}"] + [f"I-{a.label}"] * (n - 1)


def layer_tags(
    tokens: Sequence[Token],
    annotations: Iterable[AnnotationData],
    layers: Sequence[str] | None,
    skipped: list[tuple[AnnotationData, str]],
    layer_of: Callable[[AnnotationData], str] | None = None,
) -> dict[str, list[str]]:
    """IOB2 tags per layer: one layer per label (or per ``layer_of(span)``), or one layer ``"tags"`` when None.

    A span that covers no whole token, or that overlaps one already in its layer, is put in ``skipped``.
    """
    names = list(layers) if layers is not None else ["tags"]
    out = {name: ["O"] * len(tokens) for name in names}
    for a in annotations:
        layer = "tags" if layers is None else layer_of(a) if layer_of else a.label
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
