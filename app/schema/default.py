"""The schema a new database starts with: ACTOR, CLAIM, FIGURE and CUE, their attributes, and the
``source`` (CLAIM -> ACTOR) and ``cue`` (CLAIM -> CUE) links.

Migration 0006 stores a frozen copy of this into existing databases (``db/`` may not import ``app/``);
``tests/test_schema_migration.py`` holds the two equal.
"""

from __future__ import annotations

from app.schema.model import AttributeDef, Choice, Display, LabelDef, RelationTypeDef, Schema

# the roles (and default names) of what a claim's source and cue are made as when no annotation holds them (a
# suggestion accepted): ``Schema.for_role`` finds the label that has the role now, whatever it is called
ACTOR_LABEL = "ACTOR"
CUE_LABEL = "CUE"
SOURCE = "source"  # relation types: a CLAIM's source ACTOR and its cue (the words that introduce it)
CUE = "cue"


def _choices(*items: tuple[str, str, str]) -> tuple[Choice, ...]:
    return tuple(Choice(value, Display(ar, en)) for value, ar, en in items)


OTHER = ("other", "أخرى", "Other")

DEFAULT_SCHEMA = Schema(
    labels=(
        LabelDef(
            "ACTOR",
            "#f4a261",
            "1",
            Display("فاعل", "Actor"),
            "A person, organisation, state or group to whom something is attributed.",
            style="fill",
            proclitics="out",
            role="ACTOR",
            attributes=(
                AttributeDef(
                    "kind",
                    "choice",
                    Display("النوع", "Kind"),
                    _choices(
                        ("person", "شخص", "Person"),
                        ("organisation", "منظمة", "Organisation"),
                        ("state", "دولة", "State"),
                        ("group", "جماعة", "Group"),
                        OTHER,
                    ),
                ),
            ),
        ),
        LabelDef(
            "CLAIM",
            "#2a9d8f",
            "2",
            Display("ادعاء", "Claim"),
            "A statement presented as true, attributed to an actor.",
            style="band",
            role="CLAIM",
            attributes=(
                AttributeDef(
                    "quote",
                    "choice",
                    Display("الاقتباس", "Quote"),
                    _choices(("direct", "مباشر", "Direct"), ("indirect", "غير مباشر", "Indirect")),
                ),
            ),
        ),
        LabelDef(
            "FIGURE",
            "#e63946",
            "3",
            Display("رقم", "Figure"),
            "A number, amount, percentage or date.",
            style="frame",
            proclitics="out",
            role="FIGURE",
            attributes=(
                AttributeDef(
                    "kind",
                    "choice",
                    Display("النوع", "Kind"),
                    _choices(
                        ("count", "عدد", "Count"),
                        ("date", "تاريخ", "Date"),
                        ("money", "مبلغ", "Money"),
                        ("percent", "نسبة مئوية", "Percent"),
                        ("duration", "مدة", "Duration"),
                        ("measure", "قياس", "Measure"),
                        OTHER,
                    ),
                ),
                AttributeDef("value", "text", Display("القيمة", "Value")),
                AttributeDef(
                    "qualifier",
                    "choice",
                    Display("التقييد", "Qualifier"),
                    _choices(
                        ("at_least", "على الأقل", "At least"),
                        ("about", "نحو", "About"),
                        ("at_most", "على الأكثر", "At most"),
                        ("more_than", "أكثر من", "More than"),
                        ("less_than", "أقل من", "Less than"),
                    ),
                ),
                AttributeDef("unit", "text", Display("الوحدة", "Unit")),  # ISO 4217 for money, else the measure's unit
            ),
        ),
        LabelDef(CUE_LABEL, "#6c757d", None, Display("قرينة", "Cue"), "A word that introduces a claim.", role="CUE"),
    ),
    relations=(
        RelationTypeDef(
            SOURCE, ("CLAIM",), ("ACTOR",), Display("المصدر", "Source"), "The actor a claim is attributed to."
        ),
        RelationTypeDef(CUE, ("CLAIM",), (CUE_LABEL,), Display("القرينة", "Cue"), "The words that introduce a claim."),
    ),
)
