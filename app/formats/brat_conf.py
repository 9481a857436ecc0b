"""``annotation.conf`` for a brat export: every entity, relation, event and attribute the ``.ann`` files use,
and the schema's relation types with the labels their ends allow."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.schema.model import RelationTypeDef

ANY = "<ENTITY>"  # brat's macro for any entity type

_DIGITS = re.compile(r"\d+\Z")
_NAME = re.compile(r"\A[\w/-]+\Z")  # a brat type name


def _merge(into: dict[str, set[str]], role: str, kind: str) -> None:
    into.setdefault(role, set()).add(kind)


@dataclass
class Usage:
    """What the written lines use, gathered over all documents."""

    entities: dict[str, None] = field(default_factory=dict)  # an ordered set
    events: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # type -> role -> argument types
    relations: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # type -> Arg1/Arg2 -> types
    equivs: dict[str, set[str]] = field(default_factory=dict)  # type -> member types
    attributes: dict[str, tuple[set[str], set[str]]] = field(default_factory=dict)  # name -> (targets, values)

    def entity(self, label: str) -> None:
        self.entities[label] = None

    def event(self, kind: str, role: str | None = None, target: str = "") -> None:
        roles = self.events.setdefault(kind, {})
        if role:
            _merge(roles, _DIGITS.sub("", role) or role, target)  # brat reads Theme2 as a second Theme

    def relation(self, kind: str, args: tuple[str, str], types: tuple[str, str]) -> None:
        roles = self.relations.setdefault(kind, {})
        for role, target in zip(args, types, strict=True):
            _merge(roles, role, target)

    def attribute(self, name: str, target: str, value: str | None) -> None:
        targets, values = self.attributes.setdefault(name, (set(), set()))
        targets.add(target)
        if value is not None:
            values.add(value)


def declare_relations(usage: Usage, relations: Iterable[RelationTypeDef], labels: list[str]) -> None:
    """Declare each schema relation type as ``type  Arg1:SOURCES, Arg2:TARGETS`` (an end open to any label,
    or to labels none of which are exported, is ``<ENTITY>``); types the data uses keep their ends too."""
    for rel in relations:
        if not _NAME.match(rel.name):
            continue
        roles = usage.relations.setdefault(rel.name, {})
        for role, ends in (("Arg1", rel.sources), ("Arg2", rel.targets)):
            roles.setdefault(role, set()).update([x for x in ends if x in labels] or [ANY])


def conf_text(usage: Usage, labels: list[str], events: dict[str, str]) -> str:
    """The file's text; ``labels`` are entity types declared even when unused, ``events`` extra event lines."""
    entities = [x for x in dict.fromkeys([*labels, *usage.entities]) if x not in usage.events or x in usage.entities]
    lines = ["[entities]", *entities, "", "[relations]"]
    for kind, roles in sorted(usage.relations.items()):
        lines.append(f"{kind}\t" + ", ".join(f"{role}:{_types(t)}" for role, t in roles.items()))
    for kind, members in sorted(usage.equivs.items()):
        lines.append(f"{kind}\tArg1:{_types(members)}, Arg2:{_types(members)}, <REL-TYPE>:symmetric-transitive")
    lines += ["", "[events]"]
    for kind, roles in sorted(usage.events.items()):
        lines.append(
            kind + ("\t" + ", ".join(f"{role}*:{_types(t)}" for role, t in sorted(roles.items())) if roles else "")
        )
    lines += [f"{kind}\t{args}" for kind, args in events.items() if kind not in usage.events]
    lines += ["", "[attributes]"]
    for name, (targets, values) in sorted(usage.attributes.items()):
        lines.append(f"{name}\tArg:{_types(targets)}" + (f", Value:{'|'.join(sorted(values))}" if values else ""))
    return "\n".join(lines) + "\n"


def _types(types: set[str]) -> str:
    return ANY if ANY in types else "|".join(sorted(types))
