"""What the status bar and a tooltip say about a suggestion, in the interface language: its label, its attributes
and, for a claim, the source and cue Enter will make (or find) and link; and, once it is decided, what was made.

Names come from the schema (a label's, an attribute's, a relation type's display name; a choice value by its
choice's display name); a free value (a number, an ISO date such as ``--03-22``, a unit) is shown as it is, as a
bidi isolate. ``SuggestionWords`` is the one description; ``status_line`` and ``tooltip_html`` only lay it out.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.changes import ChangeSet
from app.schema.default import CUE, SOURCE
from app.schema.model import AttributeDef, Schema
from ui.commands import quoted
from ui.i18n import isolate, tr
from ui.schema_state import SchemaState, display_name

if TYPE_CHECKING:
    from app.services.suggestions import SuggestionData

TOOLTIP_TEXT = 80  # characters of the suggestion's text a tooltip shows
STATUS_TEXT = 40  # characters of it the status line quotes


@dataclass(frozen=True, slots=True)
class SuggestionWords:
    label: str  # the label's display name
    attributes: tuple[str, ...]  # "النوع: تاريخ", "القيمة: --03-22"
    links: tuple[tuple[str, str], ...]  # (the relation type's display name, the text at that end): source, cue


def suggestion_words(sugg: SuggestionData, schema: SchemaState, text: str) -> SuggestionWords:
    """``sugg`` described by ``schema``; ``text`` is its document's (the source and cue are spans of it)."""
    links = []
    for relation, fallback, span in ((SOURCE, tr("Source"), sugg.source), (CUE, tr("Cue"), sugg.cue)):
        if span is not None:
            links.append((relation_name(schema.schema, relation, fallback), text[span[0] : span[1]]))
    return SuggestionWords(
        schema.label_name(sugg.label), attribute_words(schema.schema, sugg.label, sugg.attributes), tuple(links)
    )


def attribute_words(schema: Schema, label: str, attributes: Mapping[str, Any]) -> tuple[str, ...]:
    """``name: value`` for each attribute that has a value, by the schema's display names."""
    found = schema.label(label)
    words = []
    for name, value in attributes.items():
        if value is None or value == "":
            continue
        attribute = found.attribute(name) if found is not None else None
        shown = display_name(attribute.display, name) if attribute is not None else name
        words.append(f"{shown}: {value_words(attribute, value)}")
    return tuple(words)


def value_words(attribute: AttributeDef | None, value: Any) -> str:
    """A choice by its display name, a boolean as yes or no, anything else as it is (an isolate)."""
    if attribute is not None:
        choice = next((c for c in attribute.choices if c.value == value), None)
        if choice is not None:
            return display_name(choice.display, choice.value)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    return isolate(value)


def relation_name(schema: Schema, name: str, fallback: str) -> str:
    """A relation type's display name; ``fallback`` (a tr() string) where the schema has no such type."""
    found = schema.relation(name)
    return display_name(found.display, fallback) if found is not None else fallback


def separator() -> str:
    return tr(", ", "between the items of a list")


def status_line(sugg: SuggestionData, words: SuggestionWords) -> str:
    """In Arabic: مقترح: رقم «22 آذار (مارس)» (النوع: تاريخ، القيمة: --03-22) — Enter للقبول، Backspace للرفض.; a
    claim: مقترح: ادعاء (الاقتباس: غير مباشر) — المصدر «وزارة الدفاع الروسية»، القرينة «قالت» — Enter للقبول، …"""
    if words.links:  # no quote: the claim is outlined and tinted on screen, and its source and cue need the room
        line = tr("Suggested %1").replace("%1", words.label)  # (about 120 characters fit beside the bar's counts)
    else:
        line = tr("Suggested %1 %2").replace("%1", words.label).replace("%2", quoted(sugg.text, STATUS_TEXT))
    if words.attributes:
        line += " (" + separator().join(words.attributes) + ")"
    if words.links:
        line += " — " + separator().join(f"{name} {quoted(text)}" for name, text in words.links)
    return line + " — " + tr("Enter accepts, Backspace rejects.")


def tooltip_html(sugg: SuggestionData, words: SuggestionWords) -> str:
    """The same as rich text: the label in bold, then a line of attributes and a line of links."""
    line = "<i>" + html.escape(tr("suggested")) + f"</i> <b>{html.escape(words.label)}</b> "
    line += html.escape(quoted(sugg.text, TOOLTIP_TEXT))
    if words.attributes:
        line += "<br/>&nbsp;&nbsp;" + html.escape(separator().join(words.attributes))
    if words.links:
        shown = separator().join(f"{name} {quoted(text, TOOLTIP_TEXT)}" for name, text in words.links)
        line += "<br/>&nbsp;&nbsp;" + html.escape(shown)
    return line


def accepted_line(sugg: SuggestionData, words: SuggestionWords, change: ChangeSet, undo_key: str) -> str:
    """After Enter: what was made ("قُبل: ادعاء «…» مع مصدره وقرينته — Ctrl+Z للتراجع.")."""
    linked = {relation.type for relation in change.relations_added}
    if {SOURCE, CUE} <= linked:
        line = tr("Accepted: %1 %2 with its source and cue — %3 to undo.")
    elif SOURCE in linked:
        line = tr("Accepted: %1 %2 with its source — %3 to undo.")
    elif CUE in linked:
        line = tr("Accepted: %1 %2 with its cue — %3 to undo.")
    else:
        line = tr("Accepted: %1 %2 — %3 to undo.")
    return line.replace("%1", words.label).replace("%3", isolate(undo_key)).replace("%2", quoted(sugg.text))


def accepted_all_line(shown: str, accepted: int, left: int, undo_key: str) -> str:
    """After accepting all of a label: how many were accepted, and how many the label's rules left open."""
    if not accepted:
        return tr("No %1 suggestion could be accepted.").replace("%1", shown)
    line = tr("Accepted %n %1 suggestion(s) — %2 to undo.", None, accepted)
    line = line.replace("%1", shown).replace("%2", isolate(undo_key))
    return line + (" " + tr("%n could not be accepted and stay open.", None, left) if left else "")


def rejected_line(sugg: SuggestionData, words: SuggestionWords, undo_key: str) -> str:
    return (
        tr("Rejected: %1 %2 — %3 to undo.")
        .replace("%1", words.label)
        .replace("%3", isolate(undo_key))
        .replace("%2", quoted(sugg.text))
    )
