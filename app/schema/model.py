"""The annotation schema as plain frozen data: what the core, the exports and the GUI read.

A ``Schema`` holds the span labels (with their attributes), the relation types with the labels they may
connect, and the document-level fields (topic, genre, stance ...). Nothing here touches the database or Qt;
``app/services/schema.py`` stores it, ``app/schema/fileformat.py`` reads and writes the shared JSON file.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

ATTRIBUTE_KINDS = ("choice", "text", "number", "date", "boolean")
# how the reading view draws a label: a background, a tinted band with an underline, coloured bold text in a
# frame, a dotted underline
STYLES = ("fill", "band", "frame", "underline")
# whether a span snapped to words takes the words' leading proclitics (و ف ب ل ك, ال ...) in or leaves them out
PROCLITICS = ("in", "out")
# what a label is for, kept across renames: the recognisers (``app/assist/registry.py``) propose into the label of
# their role, and an accepted claim's source and cue are made as the labels of ACTOR and CUE
ROLES = ("ACTOR", "CLAIM", "FIGURE", "CUE")


@dataclass(frozen=True, slots=True)
class Display:
    """How a name is shown in each interface language (empty: show the name itself)."""

    ar: str = ""
    en: str = ""


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    display: Display = Display()


@dataclass(frozen=True, slots=True)
class AttributeDef:
    name: str
    kind: str = "text"  # one of ATTRIBUTE_KINDS
    display: Display = Display()
    choices: tuple[Choice, ...] = ()  # only for kind "choice"

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(choice.value for choice in self.choices)


@dataclass(frozen=True, slots=True)
class LabelDef:
    name: str
    colour: str = "#888888"
    key: str | None = None  # the keyboard shortcut
    display: Display = Display()
    description: str = ""
    nests: bool = True  # may lie inside another span of the same label
    overlaps: bool = True  # may cross another span of the same label
    attributes: tuple[AttributeDef, ...] = ()
    style: str = "underline"  # one of STYLES (a new or imported label: a dotted underline, as always)
    proclitics: str = "in"  # one of PROCLITICS: "out" leaves و ب ل ال ... outside a span snapped to words
    role: str | None = None  # one of ROLES, held by one label at most; a rename keeps it

    def attribute(self, name: str) -> AttributeDef | None:
        return next((a for a in self.attributes if a.name == name), None)


@dataclass(frozen=True, slots=True)
class RelationTypeDef:
    """A link type; empty ``sources``/``targets`` means any label may stand at that end."""

    name: str
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    display: Display = Display()
    description: str = ""

    def allows(self, source: str, target: str) -> bool:
        return (not self.sources or source in self.sources) and (not self.targets or target in self.targets)


@dataclass(frozen=True, slots=True)
class Schema:
    labels: tuple[LabelDef, ...] = ()
    relations: tuple[RelationTypeDef, ...] = ()
    document_fields: tuple[AttributeDef, ...] = ()  # document-level labels: topic, genre, stance ...

    def label(self, name: str) -> LabelDef | None:
        return next((label for label in self.labels if label.name == name), None)

    def for_role(self, role: str) -> LabelDef | None:
        """The label with ``role``, else the label named ``role`` (a schema without roles; a recogniser's label
        that is no role), else None (deleted)."""
        found = next((label for label in self.labels if label.role == role), None)
        return found if found is not None else self.label(role)

    def relation(self, name: str) -> RelationTypeDef | None:
        return next((rel for rel in self.relations if rel.name == name), None)

    @property
    def label_names(self) -> list[str]:
        return [label.name for label in self.labels]

    def ends(self, relation: str) -> tuple[frozenset[str], frozenset[str]]:
        """The labels that may stand at the source and at the target end of ``relation`` (an end open to any
        label: every label of the schema; a relation type the schema lacks: none)."""
        rel = self.relation(relation)
        if rel is None:
            return frozenset(), frozenset()
        names = self.label_names
        return frozenset(rel.sources or names), frozenset(rel.targets or names)

    def attributes_of(self, label: str) -> tuple[AttributeDef, ...]:
        found = self.label(label)
        return found.attributes if found else ()

    def with_label(self, label: LabelDef) -> Schema:
        """A copy with ``label`` replacing the label of its name (or added at the end)."""
        if self.label(label.name) is None:
            return replace(self, labels=(*self.labels, label))
        return replace(self, labels=tuple(label if x.name == label.name else x for x in self.labels))


@dataclass(frozen=True, slots=True)
class Relabelled:
    """What a relabel changed: the annotation now, and what no longer fitted the new label (to tell the
    user and to undo: ``AnnotationService.change(label=old_label, attributes=old_attributes)`` plus
    ``RelationService.restore`` of each dropped relation)."""

    annotation_id: str
    old_label: str
    new_label: str
    old_attributes: dict[str, object] = field(default_factory=dict)
    dropped_attributes: dict[str, object] = field(default_factory=dict)
    dropped_relations: tuple[str, ...] = ()
