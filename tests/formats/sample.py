"""A small workspace that exercises every format: an emoji before spans, a clitic actor, nested spans."""

from __future__ import annotations

from typing import Any

# The emoji (two UTF-16 units) comes before every span; U+200F and U+00A0 must survive untouched.
TEXT = "😀 قال لشويغو إن 34.3\u200f% من الجنود\u00a0غادروا، بحسب «تاس».\nوأضاف الوزيرُ أن نحو 120 جنديا عادوا 🇸🇾 أمس."
CONTROL_TEXT = "نص الحوار:\n\u001a بداية.. نرجو أن تحدثنا"


def find(text: str, piece: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def build(ws: Any) -> dict[str, Any]:
    """Two documents with annotations and relations; returns their ids and the expected spans."""
    from app.formats.records import SourceRecord
    from app.services.importing import import_records

    report = import_records(
        ws.db,
        [SourceRecord(TEXT, "sample", title="sample"), SourceRecord(CONTROL_TEXT, "control", title="control")],
        annotator="tester",
    )
    doc, ctrl = report.document_ids
    ws.labels.ensure("CUE")
    add = ws.annotations.add
    claim = add(
        doc,
        "CLAIM",
        *find(TEXT, "قال لشويغو إن 34.3\u200f% من الجنود\u00a0غادروا"),
        attributes={"quote": "indirect"},
        note="سطر أول\nسطر ثان",
    )
    actor = add(doc, "ACTOR", *find(TEXT, "شويغو"), attributes={"kind": "person"})
    cue = add(doc, "CUE", *find(TEXT, "قال"))
    figure = add(
        doc, "FIGURE", *find(TEXT, "34.3"), attributes={"kind": "percent", "value": 34.3, "qualifier": "نحو 2"}
    )
    actor2 = add(doc, "ACTOR", *find(TEXT, "الوزيرُ"), attributes={"kind": "person"})
    claim2 = add(doc, "CLAIM", *find(TEXT, "نحو 120 جنديا عادوا 🇸🇾 أمس"))
    fig2 = add(doc, "FIGURE", *find(TEXT, "120"))
    ws.relations.add("source", claim.id, actor.id)
    ws.relations.add("cue", claim.id, cue.id)
    ws.relations.add("source", claim2.id, actor2.id)
    ctrl_claim = add(ctrl, "CLAIM", *find(CONTROL_TEXT, "بداية"))
    spans = {a.id: a for a in (claim, actor, cue, figure, actor2, claim2, fig2)}
    return {"doc": doc, "control": ctrl, "spans": spans, "control_span": ctrl_claim}
