"""CorefUD's bracket notation of entity mentions in CoNLL-U MISC: ``Entity=(e1-PER-1(e2-LOC-1`` ... ``e2)e1)``.

An opening ``(EID-ETYPE-...`` starts a mention on a word, ``EID)`` ends it, ``(EID-ETYPE)`` is a
one-word mention. A discontinuous mention is written in parts, ``e5[1/2]`` and ``e5[2/2]``. Each
mention (each part) becomes a span labelled with its entity type; the entity id is kept as the
attribute ``entity`` (the coreference chain) and the part as ``part``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.formats.iob import Defects

UNTYPED = "Entity"  # the label of a mention whose entity type is never given


@dataclass(frozen=True, slots=True)
class Mention:
    first: int  # word indices, inclusive
    last: int
    label: str
    eid: str  # as written, with its part: e5[1/2]
    content: str  # what the opening bracket held: e1-PER-1
    opened: int = 0  # in the order the openings were read (mentions on the same words keep their order)

    @property
    def entity(self) -> str:
        return self.eid.partition("[")[0]

    @property
    def part(self) -> str | None:
        return self.eid.partition("[")[2].rstrip("]") or None


_IOB_VALUE = re.compile(r"[BI]-[^,]+(?:,[BI]-[^,]+)*")  # Hashiya's own notation: B-CLAIM,I-ACTOR


def is_bracketed(value: str) -> bool:
    """Whether an ``Entity=`` value is in CorefUD's bracket notation rather than Hashiya's ``B-X,I-Y`` (a
    label may itself hold a bracket: ``B-)`` is Hashiya's)."""
    if _IOB_VALUE.fullmatch(value):
        return False
    return "(" in value or value.endswith(")")


def pieces(value: str) -> list[tuple[str, str]] | None:
    """``("open", content)``, ``("single", content)`` and ``("close", eid)`` in order; None if malformed."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(value):
        if value[i] == "(":
            j = i + 1
            while j < len(value) and value[j] not in "()":
                j += 1
            if j == i + 1:
                return None
            closed = j < len(value) and value[j] == ")"
            out.append(("single" if closed else "open", value[i + 1 : j]))
            i = j + 1 if closed else j
        else:
            j = value.find(")", i)
            if j <= i or "(" in value[i:j]:
                return None
            out.append(("close", value[i:j]))
            i = j + 1
    return out


class MentionReader:
    """Mentions of one document, fed word by word; unbalanced brackets are counted as defects."""

    def __init__(self, defects: Defects) -> None:
        self.defects = defects
        self.open: dict[str, list[tuple[int, str, str, int]]] = {}  # eid -> (first word, label, content, order)
        self.types: dict[str, str] = {}  # entity -> its type, for mentions that do not repeat it
        self.mentions: list[Mention] = []
        self.openings = 0

    def _label(self, content: str) -> tuple[str, str]:
        eid, _, rest = content.partition("-")
        entity = eid.partition("[")[0]
        etype = rest.partition("-")[0]
        if etype:
            self.types.setdefault(entity, etype)
        return eid, etype or self.types.get(entity, UNTYPED)

    def word(self, w: int, value: str, where: str) -> None:
        found = pieces(value)
        if found is None:
            self.defects.add("Entity value not in CorefUD bracket notation (no span)", f"{where} Entity={value}")
            return
        for kind, text in found:
            if kind == "close":
                stack = self.open.get(text)
                if not stack:
                    self.defects.add("Entity bracket closes nothing (no span)", f"{where} {text})")
                    continue
                first, label, content, order = stack.pop()
                self.mentions.append(Mention(first, w, label, text, content, order))
                continue
            eid, label = self._label(text)
            self.openings += 1
            if kind == "single":
                self.mentions.append(Mention(w, w, label, eid, text, self.openings))
            else:
                self.open.setdefault(eid, []).append((w, label, text, self.openings))

    def finish(self, where: str) -> list[Mention]:
        for eid, stack in self.open.items():
            for _ in stack:
                self.defects.add("Entity bracket never closed (no span)", f"{where} ({eid}")
        self.open.clear()
        return sorted(self.mentions, key=lambda m: (m.first, -m.last, m.opened))


def word_values(mentions: Sequence[Mention], count: int) -> list[str]:
    """The ``Entity=`` value of each of ``count`` words: closings (innermost first), then openings."""
    closes: list[list[tuple[int, int, str]]] = [[] for _ in range(count)]
    opens: list[list[str]] = [[] for _ in range(count)]
    ordered = sorted(enumerate(mentions), key=lambda item: (item[1].first, -item[1].last, item[1].opened, item[0]))
    for rank, (_, m) in enumerate(ordered):
        if m.first == m.last:
            continue
        opens[m.first].append(f"({m.content}")
        closes[m.last].append((m.first, rank, m.eid))
    singles: list[list[str]] = [[] for _ in range(count)]
    for _, m in ordered:
        if m.first == m.last:
            singles[m.first].append(f"({m.content})")
    out = []
    for w in range(count):
        ends = [f"{eid})" for _, _, eid in sorted(closes[w], reverse=True)]
        out.append("".join([*ends, *opens[w], *singles[w]]))
    return out
