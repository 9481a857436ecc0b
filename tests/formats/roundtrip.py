"""Helpers for import/export round trips."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def snapshot(ws: Any, doc_id: int, *, attributes: bool = True) -> dict[str, Any]:
    """A document's text, spans and links, independent of ids."""
    doc = ws.documents.open(doc_id)
    by_id = {a.id: a for a in doc.annotations}

    def key(a: Any) -> tuple[Any, ...]:
        extra = (repr(sorted(a.attributes.items())), a.note) if attributes else ()
        return (a.label, a.start, a.end, a.text, *extra)

    return {
        "text": doc.text,
        "spans": sorted(key(a) for a in doc.annotations),
        "links": sorted((r.type, key(by_id[r.from_id])[:3], key(by_id[r.to_id])[:3]) for r in doc.relations),
    }


def tokens_and_tags(path: Path) -> list[tuple[str, str]]:
    """(token, tag) of every token line of a two-column file (space- or tab-separated), comments skipped."""
    out = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line or (line.startswith("# ") and " = " in line and "\t" not in line):
            continue
        sep = "\t" if "\t" in line else " "
        form, _, tag = line.rpartition(sep)
        out.append((form, tag))
    return out
