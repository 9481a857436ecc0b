"""FIGURE proposals: numbers, amounts, percentages, durations, measures and dates, read and normalised.

``detect_figures(text, context)`` scans the text with three precompiled regular expressions (their word
lists compiled as tries, see :mod:`app.assist.trie`): dates (month names of the three Gregorian traditions
with a twin in brackets, Hijri months, numeric dates), numbers (digits of three scripts, number words, scale
words, with the qualifier before them and the unit after them) and "noun + number word" durations
("السنوات الخمس"). A last pass joins ranges ("بين 26 و30 درجة": 26 is a measure too; "يومي 12 و13 مارس":
12 is a date) and drops scores and list numbers. A span covers the whole expression (qualifier, number,
scale word, unit) and leaves proclitics (و ف ب ل ك) out.

Attributes: ``kind`` (count | money | percent | duration | measure | date), ``value`` (a number, or an
ISO 8601 date / month / year, or a ``start/end`` interval for a Hijri month or year), ``qualifier``
(at_least | at_most | more_than | less_than | about | None), ``unit`` (ISO 4217 for money, a unit name for
durations and measures, else None); Hijri dates add ``hijri`` (YYYY-MM-DD, YYYY-MM or YYYY), dates whose
year came from ``Context.doc_date`` add ``year_inferred: True``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.assist import dates as D
from app.assist.base import Context, Proposal
from app.assist.naming import counted_after_number_of, ends_clause, name_number, score
from app.assist.numbers import (
    DIGITS,
    NUMBER_WORDS,
    PLURAL_SCALES,
    SCALES,
    WEAK_ALONE,
    as_number,
    parse_digits,
    to_ascii,
    words_prefix_value,
)
from app.assist.offprose import code_regions, inside, table_regions
from app.assist.trie import trie_regex
from app.assist.units import (
    CENTIME_FORMS,
    CURRENCY_FORMS,
    DURATION_FORMS,
    MEASURE_FORMS,
    MILLIME_FORMS,
    NATIONALITY,
    PERCENT,
    SQUARE,
    currency_stem,
)

LABEL = "FIGURE"
_NO_CONTEXT = Context()
_MARKS = "\u064b-\u0652\u0640"  # tanween, harakat, tatweel
_STRIP = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"
_END = rf"[{_MARKS}]*(?:ا[{_MARKS}]*)?(?![\w{_MARKS}])"  # a form may carry tanween (عاماً، طنًا) at its end
_WB = rf"(?<![\w{_MARKS}])"  # a word starts here
_CLITIC = r"(?:[وف]?[بلك]?)"
_DIG = f"[{DIGITS}]"
# digits with separators as the text uses them; "ر" is the decimal mark of the Saudi agency (written
# fraction first: "06ر12" is 12.06), ".\u200f" a dot with a stray right-to-left mark, a spoken decimal
# "14 فاصل 6" (14.6); an Arabic comma between digits with one or two after it is a decimal mark ("1،45 مليون",
# "54،3 ألف طن"; a list is spaced: "3، 4")
_RUN = rf"{_DIG}+(?:(?:[.,\u066b\u066c]\u200f?|ر|[ ]فاصلة?[ ]){_DIG}+)*(?:،{_DIG}{{1,2}}(?!{_DIG}))?"


def _t(words: Any) -> str:
    return trie_regex(words)


# --- qualifiers ----------------------------------------------------------------------------------
_QUALIFIERS: dict[str, str] = {}
for _q, _forms in {
    "at_least": "ما لا يقل عن|ما لا يقل على|لا يقل عن|لا تقل عن|ما لا تقل عن|لن تقل عن|لن يقل عن|على الأقل|على الاقل"
    "|تبدأ من|يبدأ من",
    "at_most": "ما لا يزيد عن|ما لا يزيد على|لا يزيد عن|لا يزيد على|لا تزيد عن|لا تزيد على|لا يتجاوز|لا تتجاوز"
    "|ما لا يتجاوز|لم تتجاوز|لم يتجاوز|لم تتعد|لم يتعد|لم تتخط|لم يتخط|على الأكثر|على الاكثر|أقصاه|اقصاه"
    "|ما يصل إلى|ما يصل الى|تصل إلى|تصل الى|يصل إلى|يصل الى|ستصل إلى|ستصل الى|سيصل إلى|سيصل الى",
    "more_than": "أكثر من|اكثر من|ما يزيد عن|ما يزيد على|يزيد عن|يزيد على|تزيد عن|تزيد على|أزيد من|ازيد من"
    "|ما يربو على|ما يربو عن|يربو على|ما يفوق|يفوق|تفوق|فاق|فاقت|ما يتجاوز|يتجاوز|تتجاوز|تجاوز|تجاوزت|جاوز"
    "|جاوزت|يتخطى|تتخطى|تخطى|تخطت|أعلى من|اعلى من|فوق",
    "less_than": "أقل من|اقل من|ما دون|دون|تقل عن|يقل عن|ما يقل عن",
    "about": "نحو|حوالي|حوالى|حواليْ|قرابة|زهاء|ما يقارب|ما يقارب من|ما يقرب من|يقرب من"
    "|يقارب|تقارب|قارب|قاربت|ما يناهز|يناهز|تناهز|ناهز|ناهزت"
    "|في حدود|حدود|قرابه|تقريبا",
}.items():
    for _form in _forms.split("|"):
        _QUALIFIERS[_form] = _q
        if "لا " in _form:  # the negation glued to its verb, as typed in the papers: "لاتقل عن 95%"
            _QUALIFIERS[_form.replace("لا ", "لا")] = _q
_POST_QUALIFIERS = {
    "على الأقل": "at_least",
    "على الاقل": "at_least",
    "على الأقلّ": "at_least",
    "على الأكثر": "at_most",
    "على الاكثر": "at_most",
    "أو أكثر": "at_least",
    "او أكثر": "at_least",
    "أو اكثر": "at_least",
    "فأكثر": "at_least",
    "فاكثر": "at_least",
    "فما فوق": "at_least",
    "أو أقل": "at_most",
    "أو اقل": "at_most",
    "تقريبا": "about",
    "تقريباً": "about",
    "تقريبًا": "about",
}

# --- numbers --------------------------------------------------------------------------------------
_NUMWORD_FORMS = [w for w in NUMBER_WORDS if w != "مية"]
_W = rf"(?:ال)?{_t([*_NUMWORD_FORMS, *SCALES])}{_END}"
_WORDSEQ = rf"{_W}(?:\s+(?:و\s?)?{_W})*"
_SCALE = rf"(?:ال)?{_t(SCALES)}{_END}"
_DIGPART = rf"{_RUN}(?!{_DIG})(?:\s?{_SCALE}(?:\s+{_SCALE})?)?"
_HALFPART = rf"نصف\s+(?:ال)?{_t(SCALES)}{_END}"
_PART = rf"(?:{_DIGPART}|{_HALFPART}|{_WORDSEQ}|\(\s*{_RUN}\s*\)(?:\s?{_SCALE}|(?=\s*{{unit}}))|نصف(?=\s+{{unit}}))"
_UNIT_FORMS = [*PERCENT, *CURRENCY_FORMS, *DURATION_FORMS, *MEASURE_FORMS, "سنة ضوئية", "سنوات ضوئية", "م د", "م.د"]
_UNIT_FORMS += ["بالمائه", "بالمئه", "في المائه", "في المئه", "استرليني", "إسترليني", "باوند", "روبية", "قدم", "قدما"]
_UNIT_FORMS += ["عقدة", "عقد بحرية", "ميل بحري"]
_NAT = _t({n for table in NATIONALITY.values() for n in table} | {f"{n}ة" for t in NATIONALITY.values() for n in t})
_UNIT = rf"(?:{_t(_UNIT_FORMS)})(?:(?:[{_MARKS}]+ا)?[{_MARKS}]*(?![\w{_MARKS}])|(?<=[%٪.]))"
_PART = _PART.replace("{unit}", _UNIT)
_NUMBER = re.compile(
    rf"""
    (?<![{DIGITS}])(?<![{DIGITS}][.,\u066b\u066cر])
    (?:{_WB}{_CLITIC}(?:الـ\s?|لـ\s?|بـ\s?|ـ\s?)?)?
    (?P<body>
      (?:(?=[{DIGITS}%٪])|(?<![\w{_MARKS}])|(?<=(?<![\w{_MARKS}])[وفبلك])|(?<=(?<![\w{_MARKS}])[وف][بلك]))
      (?:(?P<pct>[%٪])\s?(?={_DIG}))?
      (?:(?P<qual>{_t(_QUALIFIERS)})(?:[{_MARKS}]*(?=[{DIGITS}])|{_END}\s+(?:{_CLITIC}(?:الـ|ال)?ـ?\s?)?))?
      (?P<num>{_PART}(?:\s+و\s?{_PART})*)
      (?:\s*\(\s*(?P<twin>{_RUN})\s*\)|\s+(?P<twin2>{_RUN})(?=\s+{_UNIT}))?
      (?P<half>\s+و\s?نصف(?![\w]))?
      (?:\s{{0,3}}(?P<unit>{_UNIT})
         (?:\s+(?P<sq>{_t(SQUARE)}){_END}|\s+(?P<nat>{_NAT}){_END}|\s+(?P<cel>مئوية|مئويه)(?![\w])
            |\s+(?P<perh>في\s+الساعة|في\s+الساعه)(?![\w]))?
         (?P<half2>\s+و\s?نصف(?:\s+ال[\w]+)?(?![\w]))?
      )?
      (?:\s+(?P<post>{_t(_POST_QUALIFIERS)})(?![\w]))?
    )
    """,
    re.X,
)
_PART_RE = re.compile(_PART)
_SCALE_RE = re.compile(_SCALE)
_W_RE = re.compile(_W)
_RUN_RE = re.compile(_RUN)
_RUN_ONLY = re.compile(_RUN)
# "47 شخصا على الأقل": a qualifier after the counted noun
_POST_NOUN = re.compile(r"\s+[^\s\d.،,؛:]+\s+(?P<post>على\s+الأقلّ?|على\s+الاقل|على\s+الأكثر|تقريبا|تقريباً)(?![\w])")

# Numbers that name, rank or time something rather than count it (the word before them).
_NOT_QUANTITY_WORDS = frozenset(
    [
        "صنف",
        "الساعة",
        "الساعه",
        "الدقيقة",
        "الدقيقه",
        "الفصل",
        "الفصول",
        "رقم",
        "الرقم",
        "عدد",
        "المرتبة",
        "المركز",
        "الجولة",
        "الدورة",
        "النسخة",
        "الطبعة",
        "القانون",
        "قانون",
        "المرسوم",
        "الأمر",
        "القرار",
        "المادة",
        "البند",
        "الطريق",
        "الصفحة",
        "الفقرة",
        "الرتبة",
        "الحلقة",
        "الطابق",
        "الجزء",
        "الكلم",
        "الكيلومتر",
        "المجموعة",
        "القسم",
        "المقعد",
        "المنشور",
        "النقطة",
        "الكيلومترية",
        "العدد",
        "الرسالة",
        "الخط",
        "اللائحة",
        "المرحلة",
        "المرة",
        "الذكرى",
        "الشوط",
        "الملحق",
        "السطر",
        "المصنفة",
        "المصنف",
        "الرحلة",
        "رحلة",
        "المنزه",
        "ايزو",
        "أيزو",
        "إيزو",
        "الرمز",
        "رمز",
        "دائرة",
        "بورز",
        "ريو",
        "عيار",
        "نيكي",
        "فوتسي",
        "داكس",
        "كاك",
        "اللواء",
        "لواء",
        "خليجي",
        "إف",
        "اف",
        "بي",
        "سي",
        "إيه",
        "جي",
        "تي",
        "إس",
        "أس",
        "أ",
        "ج",
        "ت",
    ]
)
_YEAR_CUES = frozenset(
    [
        "سنة",
        "سنه",
        "عام",
        "العام",
        "سنتي",
        "عامي",
        "سنوات",
        "موسم",
        "الموسم",
        "منذ",
        "خلال",
        "في",
        "قبل",
        "بعد",
        "حتى",
        "مطلع",
        "أواخر",
        "اواخر",
        "نهاية",
        "بداية",
        "ميزانية",
        "المالية",
        "مالية",
        "ل",
        "و",
        "إلى",
        "الى",
        "من",
        "حدود",
        "غضون",
        "أفق",
        "افق",
        "آفاق",
        "باكالوريا",
        "الباكالوريا",
        "موفى",
        "موفي",
        "الفارط",
        "الماضي",
        "المنقضي",
        "بين",
        "صيف",  # a season and its year: "أواخر صيف 2017"
        "شتاء",
        "ربيع",
        "خريف",
    ]
)
_HIJRI_YEAR_CUES = frozenset(
    ["عام", "العام", "الماضي", "الجامعي", "الدراسي", "الدراسية", "التدريبي", "المالي", "حج", "موسم"]
)


def _last_word(before: str) -> str:
    """The word just before a number, without brackets, dashes and the article's tatweel ("رقم (", "الـ")."""
    words = before.replace("(", " ").replace("م/", " ").replace("-", " ").split()
    while words and words[-1] in ("الـ", "ـ", "بـ", "لـ"):
        words.pop()
    return words[-1].strip("\"“«'‘”»") if words else ""  # 'رقم" 298 "': the quote after رقم too


def _names(word: str) -> bool:
    """``word`` (with a proclitic: "للفصل", "والمادة") is one of the words after which a number names."""
    if word in _NOT_QUANTITY_WORDS:
        return True
    if word.endswith(("ين", "ان")) and word.startswith("ال"):  # "الفصلين 39 و53", "المادتين"
        base = word[:-2]
        if base in _NOT_QUANTITY_WORDS or (base.endswith("ت") and base[:-1] + "ة" in _NOT_QUANTITY_WORDS):
            return True
    if word.startswith("لل") and "ال" + word[2:] in _NOT_QUANTITY_WORDS:
        return True
    if word.endswith(("ته", "تها")) and "ال" + word[: word.rindex("ت")] + "ة" in _NOT_QUANTITY_WORDS:
        return True  # "في دورته 36", "في نسختها 12"
    return word[:1] in "وفبك" and word[1:] in _NOT_QUANTITY_WORDS


# a number after "<one of these> <a name>" is part of the name: "دائرة تونس 2", "كأس إفريقيا 2017",
# "دستور تونس 2014" (not منطقة: "وفي منطقة الباحة 33 فعالية" counts)
_NAME_HEADS = frozenset(["دائرة", "الدائرة", "كأس", "دستور", "مونديال", "أولمبياد", "اولمبياد", "ألعاب", "العاب"])
_NAME_HEADS |= {"معرض"}  # "معرض ايتكس 2015": a fair's name and edition
# an edition ("مهرجان جدة 36"), a type ("صاروخ من نوع بركان 1"), a road ("الطريق الوطنيّة 11"): names too, when
# written without a proclitic and followed by the clause's end or a definite word (not "بالطريق العام 3 أشخاص")
_NAME_HEADS_STRICT = frozenset({"مهرجان", "المهرجان", "نوع", "طراز", "الطريق", "طريق"})
_DEFINITE_AFTER = re.compile(r"[ \xa0]+ال[\u0621-\u064a]")


# "أولمبياد ريو دي جينيرو 2016", "كأس إفريقيا لكرة القدم 2017": an event's head and a name of two or three words
# (no function word, no demonstrative, no digit)
_EVENT_HEADS = frozenset({"كأس", "بكأس", "لكأس", "مونديال", "لمونديال", "أولمبياد", "اولمبياد", "لأولمبياد"})
_EVENT_HEADS |= {"لاولمبياد", "بأولمبياد", "باولمبياد"}
_NOT_IN_NAMES = frozenset({"في", "من", "على", "إلى", "الى", "عن", "مع", "منذ", "عام", "سنة", "هذه", "هذا", "لهذه"})
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")


def _event_name(before: str) -> bool:
    """An event's head, then a name of two or three Arabic words, right before the number."""
    if "كأس" not in before and "لمبياد" not in before and "مونديال" not in before:
        return False
    words = before.split()[-4:]
    for k in (2, 3):
        if len(words) > k and words[-k - 1].lstrip('(«"') in _EVENT_HEADS:
            name = words[-k:]
            return all(_ARABIC_WORD.fullmatch(w) and w not in _NOT_IN_NAMES and w[:1] != "و" for w in name)
    return False


def _name_head(word: str) -> bool:
    return word in _NAME_HEADS or (word[:1] in "وفبلك" and word[1:] in _NAME_HEADS)


def _names_head(before: str, text: str, end: int) -> bool:
    """A number after a naming noun and the name it heads ("دائرة تونس 2", "كأس إفريقيا 2017"), unless a plural
    noun follows ("الدوري 3 مرات"); after a strict head, only before the clause's end or a definite word."""
    words = before.rsplit(maxsplit=2)
    if len(words) < 2:
        return False
    head = words[-2].lstrip('(«"')
    if _name_head(head) or _event_name(before):
        m = _NEXT_WORD.match(text, end)
        return m is None or not m.group(1).endswith("ات")
    return head in _NAME_HEADS_STRICT and bool(ends_clause(text, end) or _DEFINITE_AFTER.match(text, end))


# "في الدورة 34 مدربا": after a naming word, a number followed by an indefinite accusative noun counts it
_ACC_NOUN = re.compile(r"\s+(?!ال)(?P<w>[^\W\d_]{3,}?)(?:ًا|اً|ا)(?![\w\u064b-\u0652])")
_NOT_COUNTED: set[str] = {"أيض", "ايض", "مجدد", "مؤخر", "تقريب", "سابق", "لاحق", "غد", "صباح", "ظهر", "عصر", "ليل"}
_NOT_COUNTED |= {"فجر", "شمال", "جنوب", "شرق", "غرب", "حالي", "أبد", "ابد", "جد", "كثير", "قليل", "معا"}
_NOT_COUNTED |= {"مع", "أول", "اول", "هذ", "لهذ", "بهذ", "كذ", "لذ", "فيم", "إنم", "انم", "كلم"}
_NOT_COUNTED |= {"ربم", "بينم", "عندم", "طالم", "حينم", "مهم", "جيج", "ميغ", "ميج", "كيل", "إذ", "اذ"}


def _counted_noun_after(text: str, end: int) -> bool:
    """An indefinite accusative noun follows (``مدربا``, ``شخصًا``), not an adverb (``عالميا``, ``صباحا``)."""
    m = _ACC_NOUN.match(text, end)
    if m is None:
        return False
    w = m.group("w")
    return not w.endswith(("ي", "ه")) and not w.startswith(("و", "ف")) and w not in _NOT_COUNTED


# "عشر كليات": a lone عشر counts the indefinite noun after it (not "عشر المبلغ", "عشر من")
_INDEF_WORD_AFTER = re.compile(r"\s+(?!ال)(?P<w>[^\W\d_]{3,})(?![\w])")
# "تصل إلى" is "up to" after an indefinite noun ("لمدة تصل إلى 30 دقيقة", "بنسبة تصل إلى"), a modal ("قد تصل
# إلى", "يمكن أن يصل إلى") or in the future ("ستصل إلى 2 تحت الصفر"); after a definite noun, التي or a proclitic
# ("لتصل إلى") it says what was reached
_REACH = re.compile(r"(?:س)?[تي]صل\s")
_REACH_WORD_BEFORE = re.compile(r"(?:^|\s)([^\s\d.،,؛:!?؟()«»\"]+)\s*$")
_REACH_MAY = re.compile(r"(?:^|\s)(?:يمكن|ويمكن|يمكنه|يمكنها|ممكن)\s+[أا]ن\s*$")
_REACH_NOT_NOUNS = frozenset(
    ["التي", "الذي", "اللتي", "اللذين", "و", "ف", "ثم", "كما", "حيث", "بعدما", "ل", "حين", "أن", "ان"]
)


def _up_to(qual: str, before: str) -> bool:
    if qual.startswith("س"):
        return True
    word = _REACH_WORD_BEFORE.search(before)
    if word is None:
        return False
    w = word.group(1)
    if w == "قد" or _REACH_MAY.search(before):
        return True  # "قد تصل إلى", "يمكن أن يصل إلى"; not "على أن يصل إلى" (a target)
    return not w.startswith(("ال", "وال", "بال", "لل", "فال")) and w not in _REACH_NOT_NOUNS and not w.endswith("ها")


_FUNCTION_WORDS = frozenset(["على", "إلى", "الى", "التي", "الذي", "حتى", "عندما", "بين", "خلال", "منذ", "لكن", "كما"])

# a qualifier verb a few words before its number: "تقل أعمارهم عن 14 عاما", "تتجاوز مؤقتا 80 كلم/س",
# "لم تتخط في جهة القصرين 6.9%", "ستتجاوز 4ر1 بالمائة", "نحو (560 مليون يورو"
_SPLIT_VERB_FORMS = (
    "تقل|يقل|تزيد|يزيد|تتجاوز|يتجاوز|تجاوز|تجاوزت|جاوز|جاوزت|تفوق|يفوق|فاق|فاقت|تتخطى|يتخطى|تتخط|يتخط"
    "|تخطى|تخطت|تتعدى|يتعدى|تتعد|يتعد|يقارب|تقارب|قارب|قاربت|يناهز|تناهز|ناهز|ناهزت|نحو|حوالي|حوالى|قرابة|تحت"
)
_SPLIT_QUAL = re.compile(
    r"(?<![\w])(?:[وف]?(?P<neg>لا|لم|لن|ألا|الا|أن\s+لا|ان\s+لا)\s+)?[وفل]?(?P<fut>س)?"
    rf"(?P<verb>{_SPLIT_VERB_FORMS})"
    r"(?P<mid>(?:\s+[^\s\d.،,؛:!?؟()«»\"]+){0,3}?)(?:\s+(?P<prep>عن|على))?\s*(?P<br>\(\s*)?$"
)
_SPLIT_STOP = frozenset(["سنة", "عام", "خلال", "منذ", "قبل", "بعد", "حتى", "طيلة", "مدة", "لمدة", "إلى", "الى", "مع"])
_SPLIT_HINT = re.compile("قل|زيد|جاوز|فوق|فاق|تخط|تعد|قار|ناهز|نحو|حوال|قراب|تحت")
_SPLIT_LESS = ("تقل", "يقل")
_SPLIT_MORE = ("تزيد", "يزيد")
_SPLIT_ABOUT = frozenset(["يقارب", "تقارب", "قارب", "قاربت", "يناهز", "تناهز", "ناهز", "ناهزت", "نحو", "حوالي"])
_SPLIT_ABOUT |= {"حوالى", "قرابة"}
_ABOUT_VERBS = frozenset(["يقارب", "تقارب", "قاربت", "يناهز", "تناهز", "ناهز", "ناهزت"])


def _split_qualifier(before: str) -> tuple[str, int | None] | None:
    """The qualifier a verb a few words back gives the number at the end of ``before``, and where the span
    starts when the verb is next to the number ("ستتجاوز 4ر1": the future prefix stays out), else None."""
    if not _SPLIT_HINT.search(before):
        return None  # the common case, without the anchored search
    m = _SPLIT_QUAL.search(before)
    if m is None:
        return None
    verb, neg, mid = m.group("verb"), m.group("neg"), m.group("mid")
    if mid and any(_in(w, _SPLIT_STOP) for w in mid.split()):
        return None  # "فاق سنة 2016 نحو", "لم يتجاوز خلال 60 سنة": the verb's object is further on
    if verb == "تحت":
        return ("less_than", None) if not neg and not mid and not m.group("prep") else None  # "تحت 21 سنة"
    if verb in _SPLIT_ABOUT:
        if not neg and mid and verb in _ABOUT_VERBS and not m.group("prep"):
            return "about", None  # "تناهز قيمته الاربعة ملايين دينار": the verb's subject between
        if neg or mid or not m.group("br"):
            return None  # "نحو" and the like only across a bracket: "نحو (560 مليون يورو"
        return "about", None
    if verb in _SPLIT_LESS or verb in _SPLIT_MORE:
        if not m.group("prep"):
            return None
        less = verb in _SPLIT_LESS
        qual = ("at_least" if less else "at_most") if neg else ("less_than" if less else "more_than")
    else:
        if m.group("prep"):
            return None
        qual = "at_most" if neg else "more_than"
    start = None
    if not mid and not m.group("br") and not m.group("prep"):
        start = m.start("neg") if neg else m.start("verb")
    return qual, start


# three to ten only: "القرن العشرين" is an ordinal
_ARTICLE_COUNTS = frozenset(w for w, v in NUMBER_WORDS.items() if 3 <= v <= 10)
_THESE = frozenset({"هؤلاء", "هاؤلاء", "أولئك", "اولئك"})  # "هؤلاء الثلاثة": a demonstrative stands for the noun


def _mixed_token(b8: str, text: str, end: int) -> bool:
    """Digits and two or three letters alternate inside one word ("إتش5إن6"), the letters being no month."""
    m = _MIXED_BEFORE.search(b8) if b8[-1:].isalpha() else None
    if m is None and b8[-1:].isalpha():
        m = _MIXED_AFTER.match(text, end)
    return m is not None and m.group("w") not in _MONTH_FORMS


def _ten_counts(text: str, end: int) -> bool:
    """ "عشر كليات": a lone عشر before an indefinite word that is not a preposition or a number word."""
    m = _INDEF_WORD_AFTER.match(text, end)
    if m is None:
        return False
    w = m.group("w")
    return w not in _FUNCTION_WORDS and w not in NUMBER_WORDS and w not in SCALES and w[1:] not in _FUNCTION_WORDS


def _in(word: str, words: frozenset[str]) -> bool:
    """``word`` or ``word`` without one or two proclitic letters is one of ``words``."""
    return word in words or word[1:] in words or word[2:] in words


# --- dates ---------------------------------------------------------------------------------------
_GMONTH = _t([*D.GREGORIAN_MONTHS, *D.MISSPELT_MONTHS])
_HMONTH = _t(D.HIJRI_MONTHS)
_DAY = rf"0?{_DIG}{{1,2}}(?!{_DIG})"
_YEAR = rf"{_DIG}{{4}}(?!{_DIG})"
_ORDINAL_DAY = rf"{_t(D.ORDINAL_ONES)}(?:\s+عشر|\s+و\s?(?:العشرين|الثلاثين))?|العاشر|العشرين|الثلاثين"


def _era(n: int) -> str:
    return rf"(?:\s?(?P<era{n}>هـ|ه|م)(?![\w]))"


_TWIN = r"(?:\s*[(/]\s*(?P<{0}>" + _GMONTH + r")" + _END + r"(?:\s*\))?|\s+(?P<{0}_b>" + _GMONTH + r")" + _END + ")"
_DATE = re.compile(
    rf"""
    (?<![{DIGITS}])
    (?:{_WB}{_CLITIC}(?:الـ\s?|ـ\s?)?)?
    (?P<body>
      (?:(?P<wd>{_t(D.WEEKDAYS)}){_END}\s*[،,]?\s*)?
      (?:
        (?:(?P<day>{_DAY}|الفاتح|غرة)\s*(?:[-/]\s*)?(?:من\s+)?|(?P<oday>{_ORDINAL_DAY})\s+من\s+)(?:شهر\s+)?
        (?:(?P<gm>{_GMONTH})|(?P<hm>{_HMONTH})){_END}
        {_TWIN.format("twin")}?
        (?:\s*[،,]?\s*(?:من\s+)?(?:سنة\s+|عام\s+|لسنة\s+|لعام\s+)?(?P<year>{_YEAR}){_era(1)}?)?
      |
        (?P<nd>{_DIG}{{1,2}})\s?(?P<s1>[/.\-])\s?(?P<nm>{_DIG}{{1,2}})\s?(?P=s1)\s?(?P<ny>{_YEAR}){_era(2)}?
      |
        (?P<ry>{_YEAR})\s?(?P<s2>[/\-])\s?(?P<rm>{_DIG}{{1,2}})\s?(?P=s2)\s?(?P<rd>{_DIG}{{1,2}})(?!{_DIG})
        {_era(3)}?
      |
        (?:(?P<mgm>{_GMONTH})|(?P<mhm>{_HMONTH})){_END}
        {_TWIN.format("mtwin")}?
        (?:\s*[،,]?\s*(?:(?:الجاري|الحالي)\s+)?(?:من\s+)?(?:سنة\s+|عام\s+)?\.?(?P<myear>{_YEAR}){_era(5)}?)?
      |
        (?P<hy>{_YEAR})\s?(?P<hera>هـ|ه)(?![\w])
      )
    )
    """,
    re.X,
)
# A bare month name is a date after these words ("في مارس"; "مارس" alone is also a verb).
_BARE_MONTH_CUE = re.compile(
    r"(?:في|خلال|منذ|موفى|موفي|مطلع|بداية|نهاية|أواخر|اواخر|أوائل|اوائل|منتصف|حتى|شهري|شهر|قبل|بعد|غاية|إلى|الى"
    r"|من|و|\(|-|–|أشهر|اشهر)\s*$"
)
_PAST = re.compile(
    r"^\s*(?:الماضي|الماضية|المنقضي|المنقضية|الفارط|الفارطة|الفائت|الفائتة|المنصرم|المنصرمة|السابق)(?![\w])"
)
# "النصف الثاني من شهر رمضان", "بمدينة السادس من أكتوبر": no day
# "السابع و[العشرين": the tens of an ordinal whose start is out of reach
_NOT_ORDINAL_DAY = re.compile(
    r"(?:النصف|الأسبوع|الاسبوع|الثلث|الربع|الشطر|العشر|مدينة|جسر|حي)\s+$|(?<![\w])ب$|\S+\s+و\s?$"
)
_ORDINAL_BEFORE = re.compile(rf"(?:{_t(D.ORDINAL_ONES)}|العاشر)\s+و\s?$")  # "الثالث و[الرابع من آب"
_NEGATION_BEFORE = re.compile(r"(?<![\w])[وف]?(?:لا|لم|لن|ليس|ليست)\s+(?:[^\s\d.،,؛:]+\s+)?$")
_NEGATED = {"more_than": "at_most", "less_than": "at_least"}
_SCORE_SECOND = re.compile(rf"نتيجة[\s\xa0]*{_DIG}+\s*(?:[-–/]|مقابل)\s*$")
_MONTH_NEXT = re.compile(rf"\s+(?:{_GMONTH}){_END}")
_NAMED_BY_DATE = re.compile(r"(?<![\w])[وفبل]?(?:ملعب|شارع|نهج|ساحة|جسر|معهد|مدرسة)\s+$")
_TIME_OF_DAY_AFTER = re.compile(r"\s*(?:صباحا|صباحاً|ظهرا|ظهراً|مساء|مساءً|مساءا|ليلا|ليلاً)(?![\w])")  # "2.30 ظهراً"
_CLOCK_MINUTES = re.compile(rf"الساعة\s+(?:الـ?\s?)?\(?{_DIG}+\s*و\s?$|الساعة\s+الـ?\s?$")
_LAW_YEAR = re.compile(rf"(?:عدد|رقم)\s+{_DIG}+\s+(?:ل|من\s+)?(?:سنة|عام|السنة)\s*$")  # "القانون رقم 1 لسنة 2011"
_QUOTED_NAME = re.compile(r"[\"«“][^\"«»“”\d]{2,30}$")
_CLOSERS = frozenset('"»”')
_SINCE = re.compile(r"(?<![\w])منذ\s+(?:(?:مطلع|بداية|أواخر|اواخر|أوائل|اوائل|منتصف|نهاية)\s+)?(?:شهر\s+)?$")
_WHICH_YEAR = re.compile(
    r"\s*من\s+(?:العام|السنة)\s+(?P<w>الماضي|الماضية|المنصرم|المنصرمة|الفارط|الفارطة|المنقضي|المنقضية|المقبل"
    r"|المقبلة|القادم|القادمة|الجاري|الجارية|الحالي|الحالية)(?![\w])"
)
_YEAR_SHIFT = {
    w[:4]: k
    for k, ws in ((-1, "الماضي المنصرم الفارط المنقضي"), (1, "المقبل القادم"), (0, "الجاري الحالي"))
    for w in ws.split()
}
_FUTURE = re.compile(r"^\s*(?:المقبل|المقبلة|القادم|القادمة|الجاري|الحالي)(?![\w])")

# "السنوات الخمس", "الأشهر العشرة": a plural time noun followed by its number word
_NOUN_NUMBER = re.compile(
    rf"""(?P<noun>ال(?:سنوات|أعوام|اعوام|أشهر|اشهر|شهور|أيام|ايام|أسابيع|اسابيع|ساعات|دقائق|مواسم))
    \s+(?P<w>ال{_t(_NUMWORD_FORMS)}){_END}""",
    re.X,
)
_NOUN_UNITS = {"مواسم": "season", "شهور": "month", "أشهر": "month", "اشهر": "month", "سنوات": "year", "أعوام": "year"}
_NOUN_UNITS |= {"اعوام": "year", "أيام": "day", "ايام": "day", "أسابيع": "week", "اسابيع": "week", "ساعات": "hour"}
_NOUN_UNITS |= {"دقائق": "minute"}

# "ساعة ونصف الساعة", "دقيقتين ونصف", "متر ونصف": a unit noun without a numeral, and a half
_HALF_UNITS = {"ساعة": "hour", "دقيقة": "minute", "سنة": "year", "عام": "year", "شهر": "month", "يوم": "day"}
_HALF_UNITS |= {"أسبوع": "week", "اسبوع": "week", "متر": "m", "كيلومتر": "km", "كيلوغرام": "kg", "كيلو": "kg"}
_HALF_UNITS |= {"لتر": "l", "طن": "t"}
_HALF_DUALS = {"ساعتين": "ساعة", "ساعتان": "ساعة", "دقيقتين": "دقيقة", "دقيقتان": "دقيقة", "سنتين": "سنة"}
_HALF_DUALS |= {"سنتان": "سنة", "عامين": "عام", "عامان": "عام", "شهرين": "شهر", "شهران": "شهر", "يومين": "يوم"}
_HALF_DUALS |= {"يومان": "يوم", "مترين": "متر", "متران": "متر", "أسبوعين": "أسبوع", "اسبوعين": "أسبوع"}
_UNIT_AND_HALF = re.compile(
    rf"(?<![\w{_MARKS}])[وفبلك]?(?P<u>{_t([*_HALF_UNITS, *_HALF_DUALS])})\s+و\s?نصف(?:\s+ال[^\W\d_]+)?(?![\w])"
)
_QUAL_BEFORE = re.compile(rf"(?<![\w{_MARKS}])[وفبلك]?(?P<q>{_t(_QUALIFIERS)})\s+$")
_NUMBER_JUST_BEFORE = re.compile(rf"(?:{_DIG}|{_t(_NUMWORD_FORMS)})\s*$")
# "سنة و7 أشهر": a unit noun without a numeral, and a figure of a smaller unit
_COMPOUND_BEFORE = re.compile(r"(?<![\w])[وفبلك]?(?P<u>سنة|عام|سنتين|عامين|ساعة|ساعتين|أسبوع|اسبوع|يوم|دقيقة)\s+و\s?$")
_COMPOUND = {("سنة", "month"): 12, ("عام", "month"): 12, ("سنتين", "month"): 24, ("عامين", "month"): 24}
_COMPOUND |= {("ساعة", "minute"): 60, ("ساعتين", "minute"): 120, ("أسبوع", "day"): 7, ("اسبوع", "day"): 7}
_COMPOUND |= {("يوم", "hour"): 24, ("دقيقة", "second"): 60}
_SPACES = re.compile(r"\s+")
_CODE_AFTER = re.compile(r"\s?[:h]\s?\d|\s*[*#]|\s*/\s*\d{1,2}(?!\d)")
_CODE_BEFORE = re.compile(r"(?:[*#]|\d\s?[:/]\s?)$")
_LIST_AFTER = re.compile(r"\s?[-–.)]\s")
_LIST_BEFORE = re.compile(r"\n[\s\-*•]*$")
_GLUED = re.compile(r"([^\W\d_]+)[\s\-]?$")
_NON_DIGIT = re.compile(r"\D")
_ARTICLE_WORD_END = re.compile(r"ال\w+\s+$")
_MINUS = re.compile(r"(?:\n|[^\d\s])\s?(?<=[\s(\n])(?P<sign>[-–]\s?)$")
_MODEL_LETTERS = frozenset({"أ", "إ", "إف", "اف", "بي", "سي", "جي", "تي", "إس", "اس", "أس", "إيه", "دي", "كي"})
# Latin letters spelt in Arabic that are no Arabic word ("جي بي يو-43", "إكس 5"; not إن, ام, في: words)
_MODEL_LETTERS |= {"يو", "إكس", "اكس", "إتش", "اتش", "دبليو", "زد", "آر", "كيو", "جاي", "واي"}
_CODE_CHARS = frozenset("*#:/")
_NEXT_WORD = re.compile(rf"\s+([^\W\d_]+)(?![\w{_MARKS}])")
_MODEL_AFTER = re.compile(rf"\s+{_t(_MODEL_LETTERS)}(?![\w{_MARKS}])")
_AGE_AFTER = re.compile(r"\s+من\s+(?:عمر|العمر)")
_MIXED_BEFORE = re.compile(r"\d(?P<w>[^\W\d_]{2,3})$")
_MIXED_AFTER = re.compile(r"(?P<w>[^\W\d_]{2,3})\d")
_DASH_PAIR_BEFORE = re.compile(r"\d[-–]$")
_DASH_PAIR_AFTER = re.compile(r"[-–]\d")
_WORD_BEFORE_MIN = re.compile(r"(\S+)\s+من\s*$")
_ENUMERATOR_AFTER = re.compile(r"\s?[-–][\s*•]{0,4}[^\W\d_]")  # "1- * الإتحاد المنستيري 36 ن 8-** نادي"
# 'فيلم "3000 ليلة"', 'لفيلم 3000" ليلة "': digits in quotes opening the title of a work name it (not "يجمع
# الفيلم 13 ممثلا", "يتضمن الألبوم 10 أغنيات": no quote, a count)
_WORK = r"(?<![\w])[وفبلك]?(?:ال)?(?:فيلم|شريط|رواية|مسرحية|أغنية|اغنية|ألبوم|البوم|مسلسل|كتاب)(?:\s+ال[^\W\d_]+)?\s*"
_TITLE_QUOTED = re.compile(_WORK + r"[\"“«]\s*$")
_TITLE_BARE = re.compile(_WORK + r"$")
_QUOTE_AFTER = re.compile(r"[\"”»]")
_OPEN_QUOTES = frozenset('"“«')
_MULTIPLE_AFTER = re.compile(r"\s+(?:أضعاف|اضعاف)(?![\w])")  # "بثلاثة أضعاف": a multiple, no count
# "المركز الانتخابي 1068", "مكتب الاقتراع رقم 12": a polling place's number
_POLLING_BEFORE = re.compile(r"(?:مركز|مكتب)\s+(?:ال)?(?:انتخابي|اقتراع)\s*(?:رقم\s*)?[\"«]?\s*$")
# after a number of a hundred or more, an indefinite noun in the genitive is what it counts ("الـ 2800 شقة"),
# not a preposition or a word with a prepositional proclitic ("الذكرى الـ 150 لتأسيس")
_GENITIVE_NOUN_AFTER = re.compile(r"[ \xa0]+(?![لب]|ال)(?P<w>[\u0621-\u064a]{3,})(?![\w\u064b-\u0652])")
_NOT_COUNTED_AFTER_HUNDRED = frozenset(["على", "إلى", "الى", "منذ", "خلال", "حتى", "عند", "عام", "سنة", "التي", "الذي"])
_NOT_COUNTED_AFTER_HUNDRED |= {"هذا", "هذه", "هذي", "ذلك", "تلك", "التى", "الذى", "عبر", "ضمن", "حول", "أمام", "امام"}
_SOUND_PLURAL_AFTER = re.compile(r"[ \xa0]+[\u0621-\u064a]{2,}ات(?![\w])")
_RIO_BEFORE = re.compile(r"(?<![\w])ريو\s+(?:دي\s+)?[\u0621-\u064a]+\s*$")  # "ريو دي جانيرو 2016": the Olympics
_GLUED_NOUN = re.compile(r"(?!و)[\u0621-\u064a]{2}")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:,\d{3}){2,}")
_PLURAL_BEFORE = re.compile(r"(?<![\w])(?P<noun>[\u0621-\u064a]{2,}ات)(?:ه|ها|هم|نا)?\s+الـ?\s?$")
_AND_WORD_AFTER = re.compile(r"[ \xa0]+و[\u0621-\u064a]")  # "صفاقس1 وصفاقس2 وسيدي بوزيد"
_RANGE_WORDS = frozenset({"إلى", "الى", "حتى", "و", "مقابل"})
_PREVIOUS_NUMBER_WORD = re.compile(  # "الفصول 6 و22 و35 و36": every later number of the list names too
    r"(?:^|\s)(\S+)\s+(?:من\s+)?\d+(?:\s*[،,]?\s*و\s?\d+)*\s*(?:إلى|الى|حتى|و|مقابل|-|–)?\s*$"
)
_ZERO_AFTER = re.compile(r"\s?[-–]\s?صفر")
_ZERO_BEFORE = re.compile(r"صفر\s?[-–]\s?$")
_CLOCK_BEFORE = re.compile(  # "منتصف النهار و 15 دقيقة": a time of day
    r"(?:منتصف\s+(?:النهار|الليل)|الظهر|الزوال)\s+و\s?$|"
    r"الساعة\s+\S+\s+و?$|الساعة\s+\S+\s+و\s?\S+\s+دقيقة\s+و$|\d\s?:\s?$"
)
_ERA_DASH = re.compile(r"(?:هـ|ه|م)\s?[-–]\s?$")  # "1365هـ - 1945م": a range, not a minus
_ERA_M = re.compile(r"\s?م(?![\w])")
_YEAR_BEFORE = re.compile(r"\d{4}\s*(?:[-–/]|ـ+)\s*$|\(\s*$")
_YEAR_AFTER = re.compile(r"\s*(?:[-–/]|ـ+)\s*\d{4}")
_GLUED_DIGIT = re.compile(rf"(?<=[^\W\d_]){_DIG}")
_EVERY_YEAR = re.compile(r"\s*(?:من\s+)?(?:كل\s+(?:عام|سنة)|سنويا)")
_LETTER = re.compile(r"[^\W\d_]")
_HIJRI_ERA_AFTER = re.compile(r"\s*(?:هجرية|هجري|هجريا|للهجرة)(?![\w])")
# words before a number that make it a model's name: "ميغ 21", "آيفون 7", "سناب دراغون 801", "جنيف 1"
_MODEL_WORDS = frozenset(
    ["ميغ", "ميج", "سوخوي", "آيفون", "ايفون", "أيفون", "غالاكسي", "جالاكسي", "دراغون", "بوينغ", "إيرباص", "جنيف"]
) | {"أندرويد", "اندرويد", "آندرويد", "ويندوز", "فون", "آيباد", "ايباد", "أيباد"}  # "أندرويد 2.1", "ويندوز فون 7"
_MODEL_WORDS |= {"نوت"}  # "غالاكسي نوت 7"
# "أندرويد 2.1 أو 2.2": a second version after a model's first
_PREVIOUS_MODEL = re.compile(r"(?:^|\s)(\S+)\s+\d+(?:[.,]\d+)*\s*(?:أو|او|و|،|,)\s*$")
_GLUED_WORD = re.compile(r"(?<![\w])([\u0621-\u064a]+)$")
# glued words that are no name: units ("بالمائة2.1"), prepositions and adverbs ("بعد2011"", "منذ2011")
_GLUED_NOT_NAMES = frozenset(w.replace(" ", "") for w in (*PERCENT, *CURRENCY_FORMS, *DURATION_FORMS, *MEASURE_FORMS))
_GLUED_NOT_NAMES |= {"بعد", "قبل", "منذ", "حتى", "غاية", "سنة", "عام", "مقابل", "نحو", "حوالي", "الأول", "الاول"}
_GLUED_NOT_NAMES |= {"الثاني", "الماضي", "مقتل", "وفاة", "إصابة", "اصابة", "نسبة", "بنسبة", "بلغ", "بلغت"}
_CLITICS_ONLY = re.compile(r"[وفبلك]{0,2}(?:ال|لل)?")
_SPACED_DASH = re.compile(r"[^\W\d_]\s[-–]\s")
_YEAR_NOUNS = frozenset({"عام", "العام", "سنة", "السنة", "سنه"})
_PAIR_AFTER = re.compile(rf"\s*[/\-–]\s*({_DIG}{{4}})(?!{_DIG})")
_PAIR_BEFORE = re.compile(rf"(?<!{_DIG})({_DIG}{{4}})\s*[/\-–]\s*$")


def _glued_name(b8: str) -> bool:
    """The number is glued to a word of three letters or more, not to proclitics or the article ("ال180")."""
    m = _GLUED_WORD.search(b8)
    if m is None or "\u0640" in m.group(1):  # "الـ10": the article and its tatweel
        return False
    word = m.group(1)
    if len(word) < 3 or _CLITICS_ONLY.fullmatch(word) or _in(word, _GLUED_NOT_NAMES):
        return False
    return not (word in D.GREGORIAN_MONTHS or word[1:] in D.GREGORIAN_MONTHS)  # "ديسمبر2015": a date


_WORD_START = re.compile(r"(?<!\S)\S")
# one scan finds where a figure may be: digits, a percent sign, a number word, a month name
# "في أقل من شهر", "منذ أكثر من عام": a qualifier before a time noun without a numeral (one of it); not before a
# number, a month's name, a definite word, ونصف or و and a number ("نحو عام 2000", "أكثر من شهر رمضان")
_QUAL_UNIT_FORMS = {"أقل من": "less_than", "اقل من": "less_than", "أكثر من": "more_than", "اكثر من": "more_than"}
_QUAL_UNIT_FORMS |= {"أزيد من": "more_than", "ازيد من": "more_than", "قرابة": "about", "حوالي": "about"}
_QUAL_UNIT_FORMS |= {"حوالى": "about", "زهاء": "about", "ما يقارب": "about", "نحو": "about"}
_BARE_TIME_NOUNS = {"سنة": "year", "عام": "year", "شهر": "month", "أسبوع": "week", "اسبوع": "week", "يوم": "day"}
_BARE_TIME_NOUNS |= {"ساعة": "hour", "دقيقة": "minute", "عقد": "decade", "قرن": "century"}
_QUAL_UNIT = re.compile(
    rf"(?P<q>{_t(_QUAL_UNIT_FORMS)})\s+(?P<u>{_t(_BARE_TIME_NOUNS)})(?![\w{_MARKS}])"
    rf"(?!\s*(?:{_DIG}|[-–/]|و\s?(?:{_DIG}|{_t(_NUMWORD_FORMS)})|ونصف|ال|واحد|{_GMONTH}(?![\w])|{_HMONTH}(?![\w])))"
)


_MONTH_FORMS = frozenset([*D.GREGORIAN_MONTHS, *D.MISSPELT_MONTHS, *D.HIJRI_MONTHS])
_TRIGGER_WORDS = [*_NUMWORD_FORMS, *SCALES, "نصف", *_MONTH_FORMS]
# The scan starts on a character class (digits, or the blank before a word), which re skips through in C.
# the first words of the qualifiers of _QUAL_UNIT are found by the same scan ("في أقل من شهر"), then set apart
_QUAL_UNIT_HEADS = frozenset(q.split()[-1] if q.startswith("ما ") else q.split()[0] for q in _QUAL_UNIT_FORMS)
_TRIGGER = re.compile(
    rf"[{DIGITS}%٪]+|[\s(«\"/][وفبلك]{{0,2}}(?:ال)?(?P<w>{_t([*_TRIGGER_WORDS, *_QUAL_UNIT_HEADS])}){_END}"
)
_TRIGGER_AT_START = re.compile(rf"[وفبلك]{{0,2}}(?:ال)?(?P<w>{_t(_TRIGGER_WORDS)}){_END}")
_WORD_AT = re.compile(_t(_TRIGGER_WORDS))
_DAY_GLUED_MONTH = re.compile(rf"{_DIG}{{1,2}}(?:{_GMONTH}|{_HMONTH})")  # "14ماي 2016"
_DAY_MONTH_AFTER_DASH = re.compile(rf"{_DIG}{{1,2}}\s*(?:{_GMONTH}|{_HMONTH})")
_NUMERIC_DATE_AFTER = re.compile(rf"{_DIG}{{1,4}}(?:\s?[/.\-]\s?{_DIG}|\s?ه)")
# the last word of every qualifier: a figure starts words before its number only after one of these
_QUAL_LAST = frozenset([*(f.split()[-1] for f in _QUALIFIERS), "("])

_ABOUT_AFTER = re.compile(r"\s(?:تقريبا|تقريباً|تقريبًا)$")
_RANGE_GAP = re.compile(r"^\s*(?:و|إلى|الى|حتى|وحتى|أو|او|ـ|-|–|/|(?:إلى|الى)\s+غاية|لغاية)?\s*(?:الـ\s?|ال)?$")
_AND_GAP = re.compile(r"^\s*و\s*$")
_NO_FIGURE_GAP = re.compile(r"^[^.!?؟\n]*$")
_MONEY_TAIL = re.compile(r"\s*(?:[.,،؛:)\n]|$|(?:قبل|بعد|في|خلال|مقابل|عن|من|إلى|الى)(?![\w]))")
_PLACE_TAIL = re.compile(r"\s+(?:بال|لل|في\s+ال|على\s+)")
_LENDING = frozenset({"money", "percent", "measure", "duration"})
_VERSUS = r"[(،,]?\s*(?:مقابل|مقارنة\s+(?:بـ|ب|مع))\s*(?:بـ\s?)?"
_VERSUS_GAP = re.compile(rf"^\s*{_VERSUS}$")
_VERSUS_GAP_NOUN = re.compile(rf"^\s+من\s+ال[^\W\d_]+\s*{_VERSUS}$")
_SAME_MONTH = re.compile(r"\s+(?:من\s+)?(?:نفس\s+الشهر|ذات\s+الشهر|الشهر\s+نفسه|الشهر\s+ذاته)")
_SAME_YEAR = re.compile(
    r"\s+(?:من\s+)?(?:نفس\s+(?:العام|السنة)|ذات\s+(?:العام|السنة)|العام\s+(?:نفسه|ذاته)|السنة\s+(?:نفسها|ذاتها))"
)
_VERSUS_SCORE = re.compile(r"^\s*مقابل\s*$")
_RESULT_BEFORE = re.compile(r"نتيجة[\s\xa0]*$")  # "بنتيجة 92 مقابل 71": a score
_SCORE_GAP = re.compile(r"^\s?(?:[-–]|ـ+)\s?$")


@dataclass(slots=True)
class _Fig:
    start: int
    end: int
    rule: str
    attrs: dict[str, Any]
    scale: int = 1  # the largest scale word in the number (a range's first end may borrow it)
    words: bool = False  # written in words
    unit_given: bool = field(default=False)  # the text names its unit (a range's first end may borrow it)
    day: int | None = None  # a date's day, month, year (a range's first end may borrow them)
    month: int | None = None
    weak: bool = False  # "الـ 13": an ordinal unless a range makes it a date's day
    subunit: int = 1  # 100 for cents and centimes, 1000 for millimes (a bare number borrowing the unit divides)


def detect_figures(text: str, context: Context = _NO_CONTEXT) -> list[Proposal]:
    """Every figure in ``text`` (code point spans, sorted, never overlapping)."""
    hits = []
    quals = []
    for h in _TRIGGER.finditer(text):
        w = h.group("w")
        if w is None:
            hits.append((h.start(), "d"))
        elif w in _QUAL_UNIT_HEADS:
            quals.append(h.start("w"))
        else:
            hits.append((h.start("w"), "w"))
    first = _TRIGGER_AT_START.match(text)
    if first:
        hits.insert(0, (first.start("w"), "w"))
    figs = _dates(text, context, hits)
    for m in _NOUN_NUMBER.finditer(text):
        if m.start() and _LETTER.match(text, m.start() - 1) and text[m.start() - 1] not in "وفبلك":
            continue
        value = NUMBER_WORDS.get(m.group("w")[2:].rstrip(_STRIP))
        if value is not None:
            unit = _NOUN_UNITS[m.group("noun")[2:]]
            attrs = {"kind": "duration", "value": value, "qualifier": None, "unit": unit}
            figs.append(_Fig(m.start(), m.end(), "figures.duration", attrs, words=True, unit_given=True))
    if "نصف" in text:
        figs.extend(_unit_and_half(text))
    figs.sort(key=lambda f: f.start)
    figs = _numbers(text, figs, hits)
    figs.sort(key=lambda f: f.start)
    if "نفس" in text or "ذات" in text:
        _same_period(figs, text)
    if "الشهر" in text and context.doc_date is not None:
        _this_month(figs, text, context.doc_date)
    figs = _join_ranges(figs, text)
    if quals and (qualified := _qualified_time_nouns(text, figs, quals)):
        figs = sorted([*figs, *qualified], key=lambda f: f.start)
    figs = _join_compound_durations(figs, text)
    for joined in (_duration_parts, _money_parts, _measure_parts):
        figs = _join_parts(figs, text, joined)
    if "الصفر" in text or _WEATHER.search(text):
        _degrees(figs, text)
    figs = _off_prose(figs, text, [p for p, k in hits if k == "d"])
    return [Proposal(LABEL, f.start, f.end, f.rule, f.attrs) for f in figs]


# --- text that is not prose, ranks, clock times, codes (round 16) -----------------------------------
_RANK_WORD = r"(?:عالمي|عربي|إفريقي|افريقي|أفريقي|قاري|أوروبي|اوروبي|آسيوي|اسيوي|إقليمي|اقليمي)(?:اً|ًا|ا)"
_RANK_BRACKET = re.compile(rf"\(\s*{_DIG}{{1,3}}\s*{_RANK_WORD}\s*\)")  # "مصر (18 عالميا)": a rank
# "... والجزائر (27) والسعودية (28)": the bracketed numbers after names that follow a rank are ranks too
_RANK_NEXT = re.compile(
    rf"\s*[،,]?\s*(?:[^\W\d_]+\s+){{0,2}}?[^\W\d_]+\s*(?P<b>\(\s*{_DIG}{{1,3}}\s*(?:{_RANK_WORD}\s*)?\))"
)
_RANK_AFTER = re.compile(rf"\s*{_RANK_WORD}(?![\w])")  # "و 173 عالميًا": a rank
_CLOCK_WORD = r"(?:الساعة|صباحا|صباحاً|مساء|مساءً|مساءا|ظهرا|ظهراً|ليلا|ليلاً|النهار|الليل|الظهر|الزوال|دقيقة)"
_CLOCK_BRACKET = re.compile(r"\(\s*(?:[01]?\d|2[0-4])[.:][0-5]\d\s*\)")  # "صباحا (9.00)" (a literal opens it)
_CLOCK_WORD_BEFORE = re.compile(rf"{_CLOCK_WORD}\s*$")
_RANGE_NEXT = re.compile(r"\s*(?:و|إلى|الى|حتى|[-–/])")  # "بين 2000 و2005": a range of years follows
_TO_AFTER = re.compile(r"[\s\"»)]*\s(?:إلى|الى|على)\s")
_SMS = re.compile(  # "إرسال 6 إلى 806655": a text message's code and a short number
    rf"(?:إرسال|ارسال|أرسل|ارسل|يرسل|ترسل)\s+(?:الرقم\s+|الرمز\s+|كلمة\s+)?[(\"«]?\s*{_DIG}{{1,4}}\s*[)\"»]?"
    rf"\s+(?:إلى|الى|على)\s+(?:الرقم\s+)?{_DIG}{{4,6}}(?!{_DIG})"
)


def _off_prose(figs: list[_Fig], text: str, digits: list[int]) -> list[_Fig]:
    """Drop what is no figure though it reads as one: anything in page code, the bare numbers of a results
    list or a standings table, bracketed ranks, bracketed clock times, text message codes."""
    if not figs:
        return figs
    code = code_regions(text)
    tables = table_regions(text, digits)
    spans: list[tuple[int, int]] = []
    if "(" in text:
        for m in _RANK_BRACKET.finditer(text):
            spans.append((m.start(), m.end()))
            end = m.end()
            while nxt := _RANK_NEXT.match(text, end):
                spans.append((nxt.start("b"), nxt.end("b")))  # the bracket, not the name before it
                end = nxt.end()
        for m in _CLOCK_BRACKET.finditer(text):
            if _CLOCK_WORD_BEFORE.search(text, max(0, m.start() - 14), m.start()):
                spans.append((m.start(), m.end()))
    for f in figs if "رسال" in text or "رسل" in text else ():  # a text message's code? (a window around each)
        if (
            f.attrs["kind"] == "count"
            and _TO_AFTER.match(text, f.end)
            and (sms := _SMS.search(text, max(0, f.start - 40), f.end + 40))
        ):
            spans.append((sms.start(), sms.end()))
    if not (code or tables or spans):
        return figs
    out = []
    for f in figs:
        if code and inside(f.start, code):
            continue
        bare = f.attrs["kind"] == "count" and f.attrs["unit"] is None
        if bare and tables and inside(f.start, tables):
            continue
        if bare and spans and inside(f.start, spans):
            continue
        out.append(f)
    return out


_OPENERS = "(«\"“‘'"


def _starts(text: str, low: int, p: int, words: int, last: frozenset[str] | None = None) -> list[int]:
    """Where a figure covering ``p`` may start, leftmost first: up to ``words`` word starts before ``p``
    (only when the word just before is in ``last``, if given), the start of ``p``'s own word, and ``p``.
    A word that opens with a bracket or a quotation mark is tried with it and without it."""
    raw = max(text.rfind(" ", low, p), text.rfind("\n", low, p), text.rfind("\xa0", low, p)) + 1
    if raw <= low:
        raw = low
    own = raw
    while own < p and text[own] in _OPENERS:
        own += 1  # "(26 نوفمبر": the bracket is no part of a date
    out = sorted({raw, own, p})
    if raw <= low:
        return out
    i = raw - 1  # the space before p's word
    for n in range(words):
        while i > low and text[i - 1] in " \n\xa0":
            i -= 1  # "نحو\xa0 5 آلاف": a run of blanks
        j = max(text.rfind(" ", low, i), text.rfind("\n", low, i), text.rfind("\xa0", low, i)) + 1
        if j <= low and low > 0 and not text[low - 1].isspace():
            break  # the window cut this word
        k = j
        while k + 1 < i and text[k] in _OPENERS:
            k += 1  # "«ما لا يقل عن": the quote is no part of the figure
        if n == 0 and last is not None:
            w = text[k:i].rstrip(_STRIP + "،,")
            if w not in last and w[1:] not in last and w[2:] not in last:
                break
        if k != j:
            out.insert(0, k)
        out.insert(0, j)
        i = j - 1
        if i <= low:
            break
    return out


def _dates(text: str, context: Context, hits: list[tuple[int, str]]) -> list[_Fig]:
    figs: list[_Fig] = []
    pos = 0
    for p, kind in hits:
        if p < pos:
            continue
        if kind == "d":
            after_dash = p and text[p - 1] in "-–" and _DAY_MONTH_AFTER_DASH.match(text, p)  # "27-29 أكتوبر"
            if not _NUMERIC_DATE_AFTER.match(text, p) and not _DAY_GLUED_MONTH.match(text, p) and not after_dash:
                continue  # (a percent sign fails here too)
        elif kind == "w" and _SPACES.sub(" ", _WORD_AT.match(text, p).group(0)) not in _MONTH_FORMS:  # type: ignore[union-attr]
            continue
        low = max(pos, p - 30)
        starts = _starts(text, low, p, 3)
        glued = _GLUED_DIGIT.search(text, low, p)  # "ينبع26 شوال": the day glued to the place name
        if glued:
            starts.insert(0, glued.start())
        for s in starts:
            m = _DATE.match(text, s)
            if m is None or not m.start("body") <= p < m.end("body"):
                continue
            fig = _date(m, text, context)
            if fig is not None:
                figs.append(fig)
                pos = fig.end
                break
    return figs


def _numbers(text: str, taken: list[_Fig], hits: list[tuple[int, str]]) -> list[_Fig]:
    figs = list(taken)
    spans = [(f.start, f.end) for f in taken]
    ti = 0
    currencies = _Currencies(text)
    pos = 0
    for p, _kind in hits:
        if p < pos:
            continue
        while ti < len(spans) and spans[ti][1] <= p:
            ti += 1
        if ti < len(spans) and spans[ti][0] <= p:
            pos = spans[ti][1]
            continue
        for s in _starts(text, max(pos, p - 45), p, 4, _QUAL_LAST):
            m = _NUMBER.match(text, s)
            if m is None or not m.start("body") <= p < m.end("body"):
                continue
            end = m.end("body")
            if ti < len(spans) and spans[ti][0] < end:  # runs into a date: stop before it
                m = _NUMBER.match(text, s, spans[ti][0])
                if m is None or not m.start("body") <= p < m.end("body"):
                    continue
            fig, resume = _number(m, text, currencies)
            if fig is not None:
                figs.append(fig)
            pos = max(resume, p + 1)
            break
    return figs


# --- dates ---------------------------------------------------------------------------------------


def _int(s: str | None) -> int | None:
    return None if s is None else int(to_ascii(s))


def _date(m: re.Match[str], text: str, context: Context) -> _Fig | None:
    g = m.groupdict()
    start, end = m.start("body"), m.end("body")
    hijri = False
    day: int | None = None
    month: int | None = None
    year: int | None = None
    era = next((g[f"era{n}"] for n in (1, 2, 3, 5) if g[f"era{n}"]), None)
    twin = g["twin"] or g["twin_b"] or g["mtwin"] or g["mtwin_b"]
    if g["gm"] or g["hm"]:
        if _NAMED_BY_DATE.search(text, max(0, start - 12), start):
            return None  # "ملعب 15 أكتوبر", "نهج 25 جويلية": a place named by a date
        if g["oday"]:
            day = D.ordinal_day(g["oday"])
            low = max(0, start - 14)
            ordinal_before = _ORDINAL_BEFORE.search(text, low, start)
            if day is None or (ordinal_before and g["oday"] in ("العشرين", "الثلاثين")):
                return None  # (the tens of "السابع و العشرين": its start out of reach)
            if not ordinal_before and _NOT_ORDINAL_DAY.search(text, low, start):
                return None
        else:
            day = 1 if g["day"] in ("الفاتح", "غرة") else _int(g["day"])
        if g["hm"]:
            hijri, month = True, _hmonth(g["hm"])
            if month == 2 and year is None:
                return None  # "3-صفر" is a score (صفر: zero)
        else:
            month = _gmonth(g["gm"])
        year = _int(g["year"])
    elif g["nd"]:
        day, month, year = _int(g["nd"]), _int(g["nm"]), _int(g["ny"])
        hijri = era in ("هـ", "ه") or (year is not None and 1300 <= year <= 1500)
        if g["s1"] == "." and era is None:
            return None  # "12.05.2016" is rare, "1.500.000" is not
    elif g["ry"]:
        year, month, day = _int(g["ry"]), _int(g["rm"]), _int(g["rd"])
        hijri = era in ("هـ", "ه") or (year is not None and 1300 <= year <= 1500)
    elif g["mgm"] or g["mhm"]:
        year = _int(g["myear"])
        if g["mhm"]:
            if year is None:
                return None  # "رمضان" alone is the month, not a date
            hijri, month = True, _hmonth(g["mhm"])
        else:
            month = _gmonth(g["mgm"])
            if year is None and g["mgm"] in D.MISSPELT_MONTHS:
                return None
            cue = _BARE_MONTH_CUE.search(text, max(0, start - 12), start) or _PAST.match(text[end : end + 14])
            if year is None and twin is None and not cue:
                return None  # "مارس" alone is also a verb ("ديسمبر الماضي" is not); "تموز (يوليو)" is a month
    elif g["hy"]:
        hijri, year, era = True, _int(g["hy"]), g["hera"]
    if twin is not None and month is not None and _gmonth(twin) != month:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    attrs: dict[str, Any] = {"kind": "date", "qualifier": None, "unit": None}
    if hijri:
        inferred = False
        if year is None and context.doc_date is not None:
            year, inferred = D.hijri_year_of(context.doc_date), True
        if year is None:
            attrs["value"] = None
            attrs["hijri"] = D.hijri_form(None, month, day)
        else:
            if not 1300 <= year <= 1500:
                return None
            attrs["value"] = D.hijri_value(year, month, day)
            attrs["hijri"] = D.hijri_form(year, month, day)
            if attrs["value"] is None:
                return None
        if inferred:
            attrs["year_inferred"] = True
    else:
        assert month is not None
        if year is not None and not 1000 <= year <= 2200:
            return None
        if year is None and context.doc_date is not None and not _EVERY_YEAR.match(text, end):
            after = text[end : end + 12]
            tense = "past" if _PAST.match(after) else "future" if _FUTURE.match(after) else None
            if tense is None and _SINCE.search(text, max(0, start - 24), start):
                tense = "past"  # "منذ يناير", "منذ مطلع شهر مارس": on or before the document's date
            which = _WHICH_YEAR.match(text, end)
            if which:  # "17 ماي من السنة الماضية", "حزيران (يونيو) من العام الماضي": the year is said
                year = context.doc_date.year + _YEAR_SHIFT[which.group("w")[:4]]
            else:
                year = D.infer_year(month, day, context.doc_date, tense)
            attrs["year_inferred"] = True
        if day is not None and year is not None and not D.valid(year, month, day):
            return None
        attrs["value"] = D.iso(year, month, day)
    return _Fig(start, end, "figures.date", attrs, day=day, month=month)


def _gmonth(form: str) -> int:
    form = _SPACES.sub(" ", form)
    return D.GREGORIAN_MONTHS.get(form) or D.MISSPELT_MONTHS[form]


def _hmonth(form: str) -> int:
    return D.HIJRI_MONTHS[_SPACES.sub(" ", form)]


# --- numbers -------------------------------------------------------------------------------------


_SWISS_CURRENCY = re.compile(r"(?:العملة|عملة|الفرنك)\s+(?:ال)?سويسري")


class _Currencies:
    """The document's currency nationalities, read the first time a bare currency noun needs one."""

    __slots__ = ("_found", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: dict[str, str] | None = None

    def get(self, stem: str) -> str | None:
        if self._found is None:
            self._found = _document_currencies(self._text)
        return self._found.get(stem)


def _document_currencies(text: str) -> dict[str, str]:
    """The one nationality the document gives each ambiguous currency noun ("دينار تونسي" → bare دينار = TND);
    said with the article ("الدينار التونسي") only when the document has no indefinite one."""
    found: dict[str, set[str]] = {}
    defined: dict[str, set[str]] = {}
    if "د.ت" in text:
        found.setdefault("دينار", set()).add("TND")
    for stem, table in NATIONALITY.items():
        if stem not in text and not (stem == "دينار" and "دنانير" in text):
            continue
        pattern = r"(?:دينار|دنانير)\w*\s+(\w+)" if stem == "دينار" else rf"{stem}\w*\s+(\w+)"
        for m in re.finditer(pattern, text):
            adj = m.group(1).rstrip("ا")
            article = adj.startswith("ال")
            adj = adj.removeprefix("ال")
            iso = table.get(adj) or table.get(adj.removesuffix("ة"))
            if iso:
                (defined if article else found).setdefault(stem, set()).add(iso)
    if "فرنك" in text and _SWISS_CURRENCY.search(text):
        defined.setdefault("فرنك", set()).add("CHF")  # "العملة السويسرية": the franc the document means
    for stem, isos in defined.items():
        found.setdefault(stem, isos)
    return {stem: next(iter(isos)) for stem, isos in found.items() if len(isos) == 1}


def _clean(word: str) -> str:
    return word.rstrip(_STRIP)


def _scale_of(word: str) -> tuple[int, bool] | None:
    w = _clean(word)
    w = w[2:] if w.startswith("ال") and w[2:] in SCALES else w
    if w not in SCALES and w.endswith("ا") and w[:-1] in SCALES:
        w = w[:-1]
    return SCALES.get(w)


def _digits_value(run: str, decimal_hint: bool) -> float:
    if "ر" in run or "\u200f" in run:  # "06ر12", "50.\u200f11": fraction first (typed in display order)
        frac, _, whole = run.replace(".\u200f", "ر").replace("\u200f", "").partition("ر")
        return float(to_ascii(whole) + "." + to_ascii(frac))
    return parse_digits(run.replace("\u200f", ""), decimal_hint=decimal_hint)


def _part_value(part: str, decimal_hint: bool) -> tuple[float | None, int, int | None]:
    """A part's value, its largest scale (1 when none), and where the number ends when it ends before the part
    does ("أربعين وخمسين": two numbers)."""
    if part.startswith("("):  # "( 21 ) يوماً"
        run = _RUN_RE.search(part)
        if run is None:
            return None, 1, None
        value, top = _digits_value(run.group(0), decimal_hint), 1
        for w in _SCALE_RE.finditer(part, part.index(")")):  # "(12) ألف حاج": the scale after the bracket
            if scale := _scale_of(w.group(0)):
                value, top = value * scale[0], max(top, scale[0])
        return value, top, None
    run = _RUN_RE.match(part)
    if run:
        scales = [s for w in _SCALE_RE.finditer(part, run.end()) if (s := _scale_of(w.group(0)))]
        value = _digits_value(run.group(0), decimal_hint or bool(scales))
        top = 1
        for mult, _dual in scales:
            value *= mult
            top = max(top, mult)
        return value, top, None
    if part.startswith("نصف"):
        found = _SCALE_RE.search(part, 3)
        scale = _scale_of(found.group(0)) if found else None
        return (0.5 * scale[0], scale[0], None) if scale else (0.5, 1, None)
    words = []
    ends = []
    for w in _W_RE.finditer(part):
        ends.append(w.end())
        word = _clean(w.group(0))
        if word.startswith("ال") and (word[2:] in NUMBER_WORDS or word[2:] in SCALES):
            word = word[2:]
        if word not in NUMBER_WORDS and word not in SCALES and word.endswith("ا") and word[:-1] in SCALES:
            word = word[:-1]
        words.append(word)
    v, used = words_prefix_value(words)
    top = max((SCALES[w][0] for w in words[:used] if w in SCALES), default=1)
    cut_at = ends[used - 1] if 0 < used < len(words) else None
    return (None if v is None else float(v)), top, cut_at


def _number(m: re.Match[str], text: str, currencies: _Currencies) -> tuple[_Fig | None, int]:
    g = m.groupdict()
    start, end = m.start("body"), m.end("body")
    nstart = m.start("num")
    num = g["num"]
    unit_form = g["unit"]
    decimal_hint = bool(unit_form) and (
        _clean(unit_form) in ("د", "د.ت", "م د", "م.د") or unit_form.startswith("دينار")
    )
    nend = m.end("num")
    if _RUN_ONLY.fullmatch(num):  # the common case: digits alone
        value = _digits_value(num, decimal_hint)
        if g["twin2"] and abs(parse_digits(g["twin2"]) - value) > 1e-9:
            return _finish(m, g, text, currencies, start, nend, value, 1, cut_unit=True), nend
        if g["half"] and unit_form is None:
            value += 0.5
        return _finish(m, g, text, currencies, start, end, value, 1), end
    # A chain "مليون و200 ألف" is one number only while each part is smaller than the scale before it.
    parts = []
    for p in _PART_RE.finditer(text, nstart, nend + 30):
        if p.start() >= nend:
            break
        parts.append((p.start() - nstart, min(p.end(), nend) - nstart))
    values: list[float] = []
    tops: list[int] = []
    cut = None
    cut_end = None
    for i, (ps, pe) in enumerate(parts):
        part_value, top, cut_at = _part_value(num[ps:pe], decimal_hint and i == len(parts) - 1)
        if part_value is None:
            cut = i
            break
        if cut_at is not None:
            values.append(part_value)
            tops.append(top)
            cut_end = nstart + ps + cut_at
            break
        words_chain = not num[ps].isdigit() and not num[parts[i - 1][0]].isdigit() if values else False
        # "مائة و59": digits under a hundred after a hundreds word
        hundreds = bool(values) and not num[parts[i - 1][0]].isdigit() and values[-1] % 100 == 0 < part_value < 100
        if values and not (part_value < tops[-1] or words_chain or (hundreds and values[-1] < 1000)):
            cut = i
            break
        values.append(part_value)
        tops.append(top)
    if not values:
        return None, m.end("num")
    if cut_end is not None:
        return _finish(m, g, text, currencies, start, cut_end, sum(values), max(tops), cut_unit=True), cut_end
    if cut is not None:
        new_end = nstart + parts[cut - 1][1]
        fig = _finish(m, g, text, currencies, start, new_end, sum(values), max(tops), cut_unit=True)
        return fig, new_end
    value = sum(values)
    # "خمسة وثلاثين (35)": the words' digits in brackets, one figure when they agree
    if g["twin"] and not num[0].isdigit() and abs(parse_digits(g["twin"]) - value) > 1e-9:
        return _finish(m, g, text, currencies, start, m.end("num"), value, max(tops), cut_unit=True), m.end("num")
    if g["twin2"] and abs(parse_digits(g["twin2"]) - value) > 1e-9:
        return _finish(m, g, text, currencies, start, m.end("num"), value, max(tops), cut_unit=True), m.end("num")
    if g["half"] and unit_form is None:
        value += 0.5 * max(tops)
    return _finish(m, g, text, currencies, start, end, value, max(tops)), end


def _finish(
    m: re.Match[str],
    g: dict[str, Any],
    text: str,
    currencies: _Currencies,
    start: int,
    end: int,
    value: float,
    top: int,
    cut_unit: bool = False,
) -> _Fig | None:
    nstart, nend = m.start("num"), min(m.end("num"), end)
    num_text = text[nstart:nend]
    qualifier = _QUALIFIERS.get(_SPACES.sub(" ", g["qual"])) if g["qual"] else None
    if (
        g["qual"]
        and _REACH.match(g["qual"])
        and (g["post"] or not _up_to(g["qual"], text[max(0, m.start("qual") - 30) : m.start("qual")]))
    ):
        qualifier, start = None, nstart  # "التي تصل إلى 99 في المائة", "لتصل إلى": the figure reached, no bound
    if qualifier in _NEGATED and _NEGATION_BEFORE.search(text, max(0, m.start("qual") - 24), m.start("qual")):
        qualifier = _NEGATED[qualifier]  # "لا يمضي أكثر من 50 ساعة", "لم يسجل أقل من": at most, at least
    unit_form = None if cut_unit else g["unit"]
    post = None if cut_unit else g["post"]
    if cut_unit:
        end = min(end, nend)
    is_words = not num_text[0].isdigit()
    year_like = not is_words and _year_like(num_text)
    before = text[max(0, nstart - 40) : nstart]
    b20, b8 = before[-20:], before[-8:]
    last = _last_word(b20)
    after = text[nend : nend + 12]
    if g["pct"]:
        unit_form = "%"
    if len(num_text) == 4 and not is_words:
        if unit_form is None and _hijri_pair(text, nstart, nend, num_text):
            return _Fig(start, end, "figures.date", _hijri_year(int(to_ascii(num_text))))
        year_like = year_like or _cued_year(num_text, last)
    # names, ranks, clock times, codes, list numbers
    if unit_form is None and g["qual"] is None:
        number_of = last == "عدد" or last[1:] == "عدد"
        if (
            (
                _names(last)
                and not _counted_noun_after(text, nend)
                and not (number_of and counted_after_number_of(before, text, nend))
            )
            or _names_head(before, text, nend)
            or (not is_words and top == 1 and not year_like and not post and name_number(before, text, nend))
            or score(before, text, nend)
            or (not is_words and b20.rstrip()[-1:] in _OPEN_QUOTES and _TITLE_QUOTED.search(b20))
            or (not is_words and _QUOTE_AFTER.match(text, nend) and _TITLE_BARE.search(b20))
            or (("انتخاب" in before or "اقتراع" in before) and _POLLING_BEFORE.search(before))
            or ("ضعاف" in after and _MULTIPLE_AFTER.match(text, nend))
            or (not is_words and _RANK_AFTER.match(text, nend))
            or ("ريو" in b20 and _RIO_BEFORE.search(b20))
            or (last == "من" and (nq := _WORD_BEFORE_MIN.search(b20)) and nq.group(1) in _NOT_QUANTITY_WORDS)
        ):
            return None
        codes = _CODE_AFTER.match(after) or (_CODE_CHARS & set(b8) and _CODE_BEFORE.search(b8))
        if not year_like and codes and not (_DASH_PAIR_BEFORE.search(b8) or _DASH_PAIR_AFTER.match(after)):
            return None  # (not "( 6-4 / 6-4 )": two sets of a score)
        if ("صفر" in after or "صفر" in b8) and (_ZERO_AFTER.match(after) or _ZERO_BEFORE.search(b8)):
            return None  # "3-صفر": a score
        if _RESULT_BEFORE.search(b20) or _SCORE_SECOND.search(b20) or _MONTH_NEXT.match(text, nend):
            return None  # "بنتيجة 3 أشواط دون رد": a score; "ملعب 15 أكتوبر": a name made of a date
        if _CLOCK_MINUTES.search(b20) or (not is_words and value <= 24 and _TIME_OF_DAY_AFTER.match(text, nend)):
            return None  # "على الساعة 12 و40", "الساعة (00 و35 دق)": the minutes of a time of day
        if _LIST_AFTER.match(after) and _LIST_BEFORE.search(b8 if len(before) > 8 else "\n" + before):
            return None  # "1 - تجديد ..."
        if len(num_text) <= 2 and _ENUMERATOR_AFTER.match(after):
            return None  # "1- الترجي الرياضي 19 ن 2-النجم الساحلي": a table's positions
        if after.lstrip()[:1] == "+" or b8.rstrip().endswith("+"):
            return None  # "(216+)": a dialling code; "(5+1)": a group's name
        # "المرحلة 1-4": the second names too; not "عدد 8 - 10 روضات", nor a noun glued to it ("عيار 70 و85خرطوشة")
        ranged = last in _RANGE_WORDS or b8.rstrip().endswith(("-", "–"))
        ranged = ranged and not _GLUED_NOUN.match(text, nend)
        if (
            ranged
            and (prev := _PREVIOUS_NUMBER_WORD.search(before))
            and _names(prev.group(1))
            and "عدد" not in prev.group(1)
        ):
            return None  # "الفصول من 51 الى 56", "الفصلين 39 و53", "بنتيجة 92 مقابل 71": the second names too
    if not is_words:
        c0, c1 = b8[-1:], after[:1]
        if (c0.isascii() and c0.isalpha()) or (c1.isascii() and c1.isalpha()):
            return None
        if unit_form is None and last.isascii() and last[-1:].isalpha():
            return None
        if unit_form is None and g["qual"] is None and _mixed_token(b8, text, nend):
            return None  # "إتش5إن6": a strain's name
        if last in _MODEL_LETTERS or _in(last, _MODEL_WORDS):
            return None  # "أ340", "إف 15", "بي-2", "ميغ 21", "آيفون 7": a model name
        if (
            unit_form is None
            and (prev_model := _PREVIOUS_MODEL.search(before))
            and _in(prev_model.group(1), _MODEL_WORDS)
        ):
            return None  # "أندرويد 2.1 أو 2.2": the second version too
        if unit_form is None and (b8.rstrip().endswith(("×", "x")) or after.lstrip().startswith(("×", "x"))):
            return None  # "بدقة 960×540 بيكسل": a resolution or a size, no count
        if (
            unit_form is None
            and g["qual"] is None
            and top == 1
            and _glued_name(b8)
            and (ends_clause(text, nend) or _AND_WORD_AFTER.match(text, nend))
        ):
            return None  # "تونس2020،", «جنيف1»: a number glued to a name, nothing counted after it
        if unit_form is None and _MODEL_AFTER.match(text, nend):
            return None  # "1080 بي": a resolution, "4 جي"
        digits8 = len(num_text) >= 8 and len(_NON_DIGIT.sub("", num_text)) >= 8
        if unit_form is None and top == 1 and digits8 and not _THOUSANDS.fullmatch(num_text):
            return None  # phone numbers, identifiers (not "148,467,049": thousands groups)
    else:
        words = [_clean(w) for w in num_text.split()]
        first = words[0]
        # "المصادر السعودية الثلاثة": a number after its defined noun counts; "الاثنين" (Monday) does not
        defined = last.startswith(("ال", "لل")) or last in _THESE or (last[:1] in "وفبك" and last[1:3] == "ال")
        after_noun = len(words) == 1 and first[2:] in _ARTICLE_COUNTS and defined
        if first.startswith("ال") and unit_form is None and _scale_of(first) is None and not after_noun:
            return None
        if len(words) == 1:
            w = first.removeprefix("ال")
            if w in ("أحد", "احد", "إحدى", "احدى"):
                return None
            lone_scale = first in ("ألفا", "الفا", "مليونا", "مليارا")  # "الفا كونداي": a name
            lone_ten = w == "عشر" and first == w and last not in NUMBER_WORDS and _ten_counts(text, nend)
            six = w == "ست" and first == w and _SOUND_PLURAL_AFTER.match(text, nend)  # "ست جلسات" (not "ست البيت")
            weak_alone = w in WEAK_ALONE and not after_noun and not six  # "قارات العالم الست", "السنوات العشر"
            if unit_form is None and (weak_alone or w in PLURAL_SCALES or lone_scale) and not lone_ten:
                return None
            if w in ("عشر", "عشرة") and _ARTICLE_WORD_END.search(b20) and not after_noun:
                return None  # "الثامنة عشرة"
            if w in ("اثنين", "إثنين") and b8.rstrip().endswith("يوم"):
                return None
        if first in PLURAL_SCALES:
            return None
    minus = None
    if not is_words and ("-" in b8 or "–" in b8) and not _ERA_DASH.search(b8):
        minus = _MINUS.search(b8 if len(before) > 8 else "\n" + before)
    if minus and unit_form is None and _list_dash(text, nstart, nend, len(minus.group("sign"))):
        minus = None  # "- 4 مؤسسات بمعتمدية المهدية - 3 مؤسسات": a list's dash, not a minus
    if minus:
        value = -value  # "- 18 درجة", "(- 2.2 في المائة)"
        start = nstart - len(minus.group("sign"))
    attrs: dict[str, Any] = {"kind": "count", "value": as_number(value), "qualifier": qualifier, "unit": None}
    if post:
        attrs["qualifier"] = _POST_QUALIFIERS.get(_SPACES.sub(" ", post), qualifier)
    if attrs["qualifier"] is None:
        low = max(0, nstart - 60)
        split = _split_qualifier(text[low:nstart])
        if split is not None:
            qualifier = attrs["qualifier"] = split[0]
            if split[1] is not None:
                start = low + split[1]
    rule = "figures.number"
    age = False
    subunit = 1
    if unit_form is not None:
        subunit = _unit(attrs, unit_form, g, currencies, value)
        if attrs["unit"] in ("minute", "second") and _CLOCK_BEFORE.search(before):
            return None  # "الساعة الثانية و51 دقيقة": a time of day
        rule = f"figures.{attrs['kind']}"
        if g["half2"] and not cut_unit:
            attrs["value"] = as_number(value + 0.5)
    elif _AGE_AFTER.match(text, end):
        attrs["kind"], attrs["unit"], rule, age = "duration", "year", "figures.duration", True  # "العشرين من عمره"
    elif not is_words and qualifier is None:
        s = to_ascii(num_text)
        if year_like:
            era = _ERA_M.match(text, end)
            cue = era or _in(last, _YEAR_CUES) or _YEAR_BEFORE.search(b8) or _YEAR_AFTER.match(after)
            # no year counts in the gold sets: "إنجاز 2009 الذي" is a year unless a counted noun follows
            counted = _counted_noun_after(text, end) or (int(s) % 100 == 0 and _ten_counts(text, end))
            if not era and b20.endswith("من بين ") and not _RANGE_NEXT.match(text, end):
                cue, counted = None, True  # "من بين 2000 لا حاجة بخدماتهم": among 2000, no year
            if _LAW_YEAR.search(before):
                return None  # "المرسوم عدد 116 لسنة 2011": the year is part of the law's number
            if last == "يورو" and not era:
                return None  # "نهائي يورو 2016": the European championship, a name
            if not cue and _QUOTED_NAME.search(before) and after.lstrip(" \xa0")[:1] in _CLOSERS:
                return None  # '"تونيزيا 2020"', «ذا جيفت 2015»: a year ending a quoted name
            if cue or not counted:
                if era:
                    end = era.end()
                return _Fig(start, end, "figures.date", {"kind": "date", "value": s, "qualifier": None, "unit": None})
        if s.isdigit() and 0 < int(s) <= 1500 and (hijri := _HIJRI_ERA_AFTER.match(text, end)):
            return _Fig(start, hijri.end(), "figures.date", _hijri_year(int(s)))  # "عام 65 هجرية", "1040 للهجرة"
        if s.isdigit() and len(s) == 4 and 1350 <= int(s) <= 1500 and _in(last, _HIJRI_YEAR_CUES):
            return _Fig(start, end, "figures.date", _hijri_year(int(s)))
    if attrs["kind"] == "count" and attrs["qualifier"] is None and not cut_unit:
        found = _POST_NOUN.match(text, end)
        if found:
            attrs["qualifier"] = _POST_QUALIFIERS.get(_SPACES.sub(" ", found.group("post")))
            end = found.end()
    weak = unit_form is None and g["qual"] is None and (b8.rstrip().endswith("الـ") or b8.endswith("ال"))
    weak = weak and not _counted_noun_after(text, end)  # "ال180 سائحا": a counted noun, no ordinal
    if weak and not is_words and (plural := _PLURAL_BEFORE.search(b20)):
        weak = False  # "قطاعاته ال15": a plural noun is counted
        noun = plural.group("noun")
        if (unit := _NOUN_UNITS.get(noun.removeprefix("ال").removeprefix("ب"))) is not None:
            attrs["kind"], attrs["unit"], rule = "duration", unit, "figures.duration"  # "السنوات الـ 50 الماضية"
            start = nstart - len(b20) + plural.start("noun")
            if noun.startswith("ب"):
                start += 1
    if weak and not is_words and value >= 100 and (noun := _GENITIVE_NOUN_AFTER.match(text, end)):
        weak = noun.group("w") in _NOT_COUNTED_AFTER_HUNDRED  # "الـ 2800 شقة": a hundred and more count a noun
    unit_given = unit_form is not None or age
    fig = _Fig(start, end, rule, attrs, scale=top, words=is_words, unit_given=unit_given, weak=weak)
    fig.subunit = subunit
    return fig


def _unit(attrs: dict[str, Any], unit_form: str, g: dict[str, Any], currencies: _Currencies, value: float) -> int:
    """Set kind and unit from the unit's form; return how many of it make one of ``unit`` (100 for a cent)."""
    subunit = 1
    base = _SPACES.sub(" ", unit_form.rstrip(_STRIP))
    if base not in CURRENCY_FORMS and base not in DURATION_FORMS and base not in MEASURE_FORMS and base.endswith("ا"):
        base = base[:-1].rstrip(_STRIP)
    nat = g["nat"]
    if base in PERCENT or base in ("بالمائه", "بالمئه", "في المائه", "في المئه", "%"):
        attrs["kind"] = "percent"
    elif base in ("استرليني", "إسترليني", "باوند"):
        attrs["kind"], attrs["unit"] = "money", "GBP"
    elif base == "روبية":
        attrs["kind"] = "money"
    elif base in ("م د", "م.د"):  # Tunisian "million dinars"
        attrs["kind"], attrs["unit"] = "money", currencies.get("دينار")
        attrs["value"] = as_number(value * 1_000_000)
    elif base in CURRENCY_FORMS:
        stem = currency_stem(base)
        iso = CURRENCY_FORMS[base]
        if nat:
            table = NATIONALITY.get(stem, {})
            iso = table.get(nat.rstrip("ا")) or table.get(nat.removesuffix("ة")) or iso
        elif iso is None:
            iso = currencies.get("دينار" if base == "د" else stem)
        if base in MILLIME_FORMS:
            subunit = 1000
        elif base in CENTIME_FORMS:
            subunit = 100
        if subunit > 1:
            attrs["value"] = as_number(value / subunit)
        attrs["kind"], attrs["unit"] = "money", iso
    elif base in ("سنة ضوئية", "سنوات ضوئية"):
        attrs["kind"], attrs["unit"] = "measure", "ly"
    elif base in ("قدم", "قدما"):
        attrs["kind"], attrs["unit"] = "measure", "ft"
    elif base in ("عقدة", "عقد بحرية"):
        attrs["kind"], attrs["unit"] = "measure", "kn"
    elif base == "ميل بحري":
        attrs["kind"], attrs["unit"] = "measure", "nmi"
    elif base in DURATION_FORMS:
        attrs["kind"], attrs["unit"] = "duration", DURATION_FORMS[base]
    elif base in MEASURE_FORMS:
        unit = MEASURE_FORMS[base]
        if g["sq"]:
            unit += SQUARE[g["sq"].rstrip(_STRIP)]
        if g["cel"]:
            unit = "°C"
        if g["perh"] and unit == "km":
            unit = "km/h"
        attrs["kind"], attrs["unit"] = "measure", unit
    else:  # pragma: no cover - every unit form is one of the above
        attrs["kind"] = "count"
    return subunit


def _hijri_year(year: int) -> dict[str, Any]:
    return {
        "kind": "date",
        "value": D.hijri_value(year, None, None),
        "qualifier": None,
        "unit": None,
        "hijri": f"{year:04d}",
    }


def _year_like(num_text: str) -> bool:
    s = to_ascii(num_text)
    return len(s) == 4 and s.isdigit() and 1900 <= int(s) <= 2040


def _list_dash(text: str, nstart: int, nend: int, sign: int) -> bool:
    """The dash before a count of a noun opens a line or is one of a row of spaced dashes: a list item."""
    if not (_counted_noun_after(text, nend) or _ten_counts(text, nend)):
        return False
    dash = nstart - sign
    if text[max(0, dash - 2) : dash].strip(" \xa0") in ("", "\n") and (dash == 0 or text[dash - 1] in "\n"):
        return True
    row = text[max(0, dash - 80) : dash] + " " + text[nend : nend + 80]
    return bool(_SPACED_DASH.search(row))


def _cued_year(num_text: str, last: str) -> bool:
    """A year outside 1900–2040 that عام / سنة names ("لعام 2063", "عام 1893"); not the Hijri 1350–1500."""
    s = to_ascii(num_text)
    return len(s) == 4 and s.isdigit() and (1500 < int(s) < 1900 or 2040 < int(s) <= 2100) and _in(last, _YEAR_NOUNS)


def _hijri_pair(text: str, nstart: int, nend: int, num_text: str) -> bool:
    """ "1436 / 1437": two following Hijri years joined by a slash or a dash (an academic or a fiscal year)."""
    s = to_ascii(num_text)
    if not (len(s) == 4 and s.isdigit() and 1350 <= int(s) <= 1500):
        return False
    after = _PAIR_AFTER.match(text, nend)
    before = _PAIR_BEFORE.search(text, max(0, nstart - 12), nstart)
    return bool(
        (after and int(to_ascii(after.group(1))) == int(s) + 1)
        or (before and int(to_ascii(before.group(1))) == int(s) - 1)
    )


# --- ranges, scores ------------------------------------------------------------------------------


def _join_ranges(figs: list[_Fig], text: str) -> list[_Fig]:
    """A bare number before a figure with a unit, joined by و / إلى / - : the range's first end takes the unit."""
    drop: set[int] = set()
    for i in range(len(figs) - 1, -1, -1):
        a = figs[i]
        if i + 1 >= len(figs):
            continue
        b = figs[i + 1]
        gap = text[a.end : b.start]
        if len(gap) > 12:
            continue
        ka, kb = a.attrs["kind"], b.attrs["kind"]
        if (
            ka == "count"
            and kb == "count"
            and not a.unit_given
            and not b.unit_given
            and (
                _SCORE_GAP.match(gap)
                or (_VERSUS_SCORE.match(gap) and _RESULT_BEFORE.search(text, max(0, a.start - 12), a.start))
            )
        ):
            va, vb = a.attrs["value"], b.attrs["value"]
            if isinstance(va, int) and isinstance(vb, int) and va < 100 and vb < 100:
                drop.update((i, i + 1))  # "2-1": a score
                continue
        if not _RANGE_GAP.match(gap) or (text[b.start] == "(" and not gap.strip()):
            continue  # (not "سبعة (70) ألف دينار": the digits in brackets repeat the words, no range)
        about = b.attrs["qualifier"] == "about" and _ABOUT_AFTER.search(text[max(0, b.end - 10) : b.end])
        if a.attrs["qualifier"] is None and about:
            a.attrs["qualifier"] = "about"  # "بين 25% إلى 35% تقريبا": the word after the range bounds both ends
        if ka == "count" and not a.unit_given and kb in ("money", "percent", "duration", "measure") and b.unit_given:
            a.attrs["kind"], a.attrs["unit"] = kb, b.attrs["unit"]
            if a.scale == 1 and b.scale > 1 and not a.words:
                a.attrs["value"] = as_number(a.attrs["value"] * b.scale)
            if b.subunit > 1:  # "بين 20 و 28 سنتا": 0.20 to 0.28 dollars
                a.attrs["value"] = as_number(a.attrs["value"] / b.subunit)
                a.subunit = b.subunit
            a.unit_given = True
            a.rule = f"figures.{kb}"
        elif ka == "count" and not a.unit_given and kb == "count" and b.scale > 1 and a.scale == 1 and not a.words:
            a.attrs["value"] = as_number(a.attrs["value"] * b.scale)  # "50-55 ألف"
        elif ka == "count" and kb == "date" and b.day is not None and not a.unit_given:
            day = a.attrs["value"]
            if isinstance(day, int) and 1 <= day < b.day <= 31:  # "يومي 12 و13 مارس"
                a.attrs = _shift_day(b.attrs, day)
                a.rule = "figures.date"
                a.day, a.month, a.weak = day, b.month, False
        elif ka in ("count", "date") and kb == "date" and "hijri" in b.attrs and len(b.attrs["hijri"]) == 4:
            s = text[a.start : a.end]
            if s.isdigit() and 1300 <= int(s) <= 1500:  # "1434-1435هـ"
                a.attrs = _hijri_year(int(s))
                a.rule = "figures.date"
    run = [0]
    for i in range(1, len(figs) + 1):  # "81 10 77 77": groups of a telephone number
        counts = i < len(figs) and figs[i].attrs["kind"] == figs[i - 1].attrs["kind"] == "count"
        if counts and text[figs[i - 1].end : figs[i].start] == " " and not figs[i].unit_given:
            run.append(i)
            continue
        if len(run) >= 3:
            drop.update(run)
        run = [i]
    for i in range(1, len(figs)):
        a, b = figs[i - 1], figs[i]
        gap = text[a.end : b.start]
        kb = b.attrs["kind"]
        qualified = kb == "count" and not b.unit_given and b.attrs["qualifier"] and a.unit_given
        if qualified and a.attrs["kind"] in ("measure", "percent") and _near(gap, text, b.end):
            # "بين 15 و19 درجة وفي حدود 12", "بين 24 و 29 درجة بالشمال والوسط وتكون في حدود 21 بالمناطق"
            _lend_unit(a, b)
        ka = a.attrs["kind"]
        bare_b = kb == "count" and not b.unit_given
        if bare_b and ka in _LENDING and a.unit_given and a.scale == b.scale and _VERSUS_GAP.match(gap):
            _lend_unit(a, b)  # "4ر66 بالمائة (مقابل 8ر69", "73.3 مليار دولار مقارنة بـ 80 مليارا"
        elif ka == "count" and not a.unit_given and kb == "percent" and _VERSUS_GAP_NOUN.match(gap):
            _lend_unit(b, a)  # "على 23.7 من الأصوات، مقابل 21.7 بالمائة"
        if (
            bare_b
            and (b.scale >= 1_000_000 or b.scale == a.scale == 1000)
            and ka == "money"
            and (a.scale >= 1_000_000 or a.scale == b.scale)
            and len(gap) <= 60
            and _NO_FIGURE_GAP.match(gap)
            and _MONEY_TAIL.match(text, b.end)
        ):  # "1.15 مليار دولار ... انخفاضا من 2.67 مليار قبل عام", "47 ألف ريال، والتكاليف التشغيلية 77 ألفاً"
            _lend_unit(a, b)
    return [f for i, f in enumerate(figs) if i not in drop and not f.weak]


def _unit_and_half(text: str) -> list[_Fig]:
    """ "ساعة ونصف الساعة" (1.5 hours), "دقيقتين ونصف" (2.5 minutes), "متر ونصف": no numeral before the noun."""
    figs: list[_Fig] = []
    i = text.find("نصف")
    while i >= 0:
        m = _UNIT_AND_HALF.search(text, max(0, i - 16), i + 40)
        i = text.find("نصف", i + 3)
        if m is None or m.start() < (figs[-1].end if figs else 0):
            continue
        if _NUMBER_JUST_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "3 ساعات ونصف" is read with its number
        noun = m.group("u")
        single = _HALF_DUALS.get(noun, noun)
        value = 2.5 if noun in _HALF_DUALS else 1.5
        unit = _HALF_UNITS[single]
        kind = "duration" if single in DURATION_FORMS else "measure"
        start = m.start("u")
        qual = _QUAL_BEFORE.search(text, max(0, start - 25), start)  # "منذ حوالي سنة ونصف"
        if qual:
            start = qual.start("q")
        attrs = {"kind": kind, "value": value, "qualifier": _QUALIFIERS[qual.group("q")] if qual else None}
        attrs["unit"] = unit
        figs.append(_Fig(start, m.end(), f"figures.{kind}", attrs, words=True, unit_given=True))
    return figs


def _qualified_time_nouns(text: str, figs: list[_Fig], heads: list[int]) -> list[_Fig]:
    """One of a time noun under a qualifier, where no other figure is (``heads``: where the qualifiers start)."""
    found: list[_Fig] = []
    for p in heads:
        m = _QUAL_UNIT.match(text, p - 3 if text.startswith("ما ", max(0, p - 3)) else p)  # "ما يقارب"
        if m is None or text[max(0, p - 2) : p] == "ال" or text[max(0, p - 3) : p] == "لل":
            continue  # not "الأكثر من"
        if any(f.start < m.end() and m.start() < f.end for f in figs):
            continue
        unit = _BARE_TIME_NOUNS[m.group("u")]
        qualifier = _QUAL_UNIT_FORMS[m.group("q")]
        if qualifier in _NEGATED and _NEGATION_BEFORE.search(text, max(0, m.start() - 24), m.start("q")):
            qualifier = _NEGATED[qualifier]  # "لم يمض عليه أكثر من شهر": at most a month
        attrs = {"kind": "duration", "value": 1, "qualifier": qualifier, "unit": unit}
        found.append(_Fig(m.start("q"), m.end(), "figures.duration", attrs, words=True, unit_given=True))
    return found


def _join_compound_durations(figs: list[_Fig], text: str) -> list[_Fig]:
    """ "سنة و7 أشهر" is 19 months: a larger time noun without a numeral joins the duration after it."""
    for f in figs:
        if f.attrs["kind"] != "duration" or f.attrs["qualifier"] is not None:
            continue
        m = _COMPOUND_BEFORE.search(text, max(0, f.start - 12), f.start)
        if m is None or _NUMBER_JUST_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        factor = _COMPOUND.get((m.group("u"), f.attrs["unit"]))
        value = f.attrs["value"]
        if factor is None or not isinstance(value, (int, float)) or any(o.end == m.start("u") for o in figs):
            continue
        f.attrs["value"] = as_number(value + factor)
        f.start = m.start("u")
    return figs


_PARTS = {("hour", "minute"): 60, ("minute", "second"): 60, ("year", "month"): 12, ("day", "hour"): 24}


_Joined = tuple[Any, Any] | None  # the value and unit of two figures read as one, or None


def _join_parts(figs: list[_Fig], text: str, joined: Callable[[_Fig, _Fig], _Joined]) -> list[_Fig]:
    """Each figure and the next, joined by و, made one where ``joined`` gives their value and unit together."""
    drop: set[int] = set()
    for i in range(len(figs) - 1):
        a, b = figs[i], figs[i + 1]
        if i in drop or not _AND_GAP.match(text[a.end : b.start]) or (found := joined(a, b)) is None:
            continue
        a.attrs["value"], a.attrs["unit"] = found
        a.end = b.end
        drop.add(i + 1)
    return [f for i, f in enumerate(figs) if i not in drop] if drop else figs


def _duration_parts(a: _Fig, b: _Fig) -> _Joined:
    """ "ثلاث ساعات و16 دقيقة" is 196 minutes: a duration and a smaller one, one figure."""
    if a.attrs["kind"] != "duration" or b.attrs["kind"] != "duration" or b.attrs["qualifier"]:
        return None
    factor = _PARTS.get((a.attrs["unit"], b.attrs["unit"]))
    va, vb = a.attrs["value"], b.attrs["value"]
    if factor is None or not isinstance(va, (int, float)) or not isinstance(vb, (int, float)) or not 0 < vb < factor:
        return None
    return as_number(va * factor + vb), b.attrs["unit"]


def _near(gap: str, text: str, end: int) -> bool:
    """Only و between, or up to 40 characters of the same sentence and a place after ("في حدود 21 بالمناطق")."""
    return bool(_AND_GAP.match(gap) or (len(gap) <= 40 and _NO_FIGURE_GAP.match(gap) and _PLACE_TAIL.match(text, end)))


def _lend_unit(a: _Fig, b: _Fig) -> None:
    """``b`` (a bare number) takes the kind and unit of ``a``."""
    b.attrs["kind"], b.attrs["unit"] = a.attrs["kind"], a.attrs["unit"]
    b.rule, b.unit_given = a.rule, True
    if a.subunit > 1 and b.subunit == 1:
        b.attrs["value"] = as_number(b.attrs["value"] / a.subunit)
        b.subunit = a.subunit


# "14 طنا و831 كلغ": a measure and a smaller part of it in the next unit down (value in the smaller unit)
_MEASURE_PARTS = {("t", "kg"): 1000, ("km", "m"): 1000, ("kg", "g"): 1000, ("m", "cm"): 100}


def _measure_parts(a: _Fig, b: _Fig) -> _Joined:
    """A whole number of a unit and fewer than one of it in the unit below are one measure."""
    if a.attrs["kind"] != "measure" or b.attrs["kind"] != "measure":
        return None
    factor = _MEASURE_PARTS.get((a.attrs["unit"], b.attrs["unit"]))
    va, vb = a.attrs["value"], b.attrs["value"]
    if factor is None or a.attrs["qualifier"] or b.attrs["qualifier"] or not isinstance(va, int) or not 0 < vb < factor:
        return None
    return as_number(va * factor + vb), b.attrs["unit"]


def _money_parts(a: _Fig, b: _Fig) -> _Joined:
    """ "ثلاثة مليون دينار و278 ألف دينار": a round amount and a smaller one of the same currency, one figure."""
    if a.attrs["kind"] != "money" or b.attrs["kind"] != "money" or a.scale < 1_000_000:
        return None
    va, vb = a.attrs["value"], b.attrs["value"]
    if a.attrs["unit"] != b.attrs["unit"] or a.attrs["qualifier"] or b.attrs["qualifier"]:
        return None
    if not 0 < vb < a.scale or va % a.scale:
        return None
    return as_number(va + vb), a.attrs["unit"]


def _same_period(figs: list[_Fig], text: str) -> None:
    """ "يوم 25 من نفس الشهر", "14 أغسطس من نفس العام": the month or year of the date given before."""
    last: _Fig | None = None
    for f in figs:
        kind = f.attrs["kind"]
        if last is not None and f.start - last.end <= 400:
            prev = last.attrs["value"]
            same = _SAME_MONTH.match(text, f.end) if kind == "count" else None
            if same is not None and (day := f.attrs["value"]) in range(1, 32) and "hijri" in last.attrs:
                if len(h := last.attrs["hijri"]) >= 7 and day <= 30:  # "من 17 شوال وحتى 28 من الشهر نفسه"
                    value = D.hijri_value(int(h[:4]), int(h[5:7]), day)
                    f.attrs = {"kind": "date", "value": value, "qualifier": None, "unit": None}
                    f.attrs["hijri"] = f"{h[:7]}-{day:02d}"
                    f.end, f.rule, kind, f.weak = same.end(), "figures.date", "date", False
            elif same is not None and (day := f.attrs["value"]) in range(1, 32):
                if len(prev) >= 7 and prev[:4].isdigit() and D.valid(int(prev[:4]), int(prev[5:7]), day):
                    f.attrs = {"kind": "date", "value": f"{prev[:7]}-{day:02d}", "qualifier": None, "unit": None}
                    f.end = same.end()  # the span covers "من نفس الشهر", as a month name would be
                    if last.attrs.get("year_inferred"):
                        f.attrs["year_inferred"] = True
                    f.rule, kind = "figures.date", "date"
                    f.day, f.month, f.weak = day, int(prev[5:7]), False
            elif (
                kind == "date"
                and "hijri" not in f.attrs
                and (f.attrs.get("year_inferred") or f.attrs["value"].startswith("--"))
                and _SAME_YEAR.match(text, f.end)
                and prev[:4].isdigit()
            ):
                f.attrs["value"] = prev[:4] + f.attrs["value"][f.attrs["value"].index("-", 1) :]
                f.attrs.pop("year_inferred", None)
        value = f.attrs["value"]
        if kind == "date" and isinstance(value, str) and value[:4].isdigit():
            last = f


_THIS_MONTH = re.compile(r"\s+من\s+(?:الشهر|هذا\s+الشهر)\s+(?:الجاري|الحالي)(?![\w])|\s+من\s+هذا\s+الشهر(?![\w])")


def _this_month(figs: list[_Fig], text: str, doc_date: date) -> None:
    """ "يوم 19 من الشهر الجاري": a day of the document's month (Gregorian, unless the text dates by Hijri)."""
    if any("hijri" in f.attrs for f in figs):
        return
    for f in figs:
        day = f.attrs["value"]
        if f.attrs["kind"] != "count" or f.words or not isinstance(day, int) or not 1 <= day <= 31:
            continue
        if (m := _THIS_MONTH.match(text, f.end)) and D.valid(doc_date.year, doc_date.month, day):
            value = f"{doc_date.year}-{doc_date.month:02d}-{day:02d}"
            f.attrs = {"kind": "date", "value": value, "qualifier": None, "unit": None, "year_inferred": True}
            f.end, f.rule, f.weak = m.end(), "figures.date", False


_BELOW_ZERO = re.compile(r"\s*تحت\s+الصفر(?![\w])")
_WEATHER = re.compile(r"الحرارة|القصوى|الصغرى|الدنيا|العظمى")
_DEGREES_GAP = re.compile(r"^[^.!?؟\n\d]{1,60}$")
_PLACE_OR_RANGE_AFTER = re.compile(r"\s*(?:و\s*\d|ب[\u0621-\u064a]{3,}|في\s|خاصة|تحت\s+الصفر)")


def _degrees(figs: list[_Fig], text: str) -> None:
    """ "2 تحت الصفر": minus two degrees; in a weather sentence ("تتراوح القصوى بين 22 و 27 درجة بالشمال وبين 28 و
    32 ببقية الجهات"), a bare number placed like the degrees before it, with no noun of its own, is in degrees."""
    prev: _Fig | None = None
    for f in figs:
        a = f.attrs
        bare = a["kind"] == "count" and a["unit"] is None and not f.words and isinstance(a["value"], int)
        below = _BELOW_ZERO.match(text, f.end) if bare or a["unit"] == "°" else None
        if below is not None and isinstance(a["value"], (int, float)) and a["value"] > 0:
            f.attrs = {**a, "kind": "measure", "value": -a["value"], "unit": "°"}
            f.end, f.rule = below.end(), "figures.measure"
        elif bare and prev is not None and 0 <= a["value"] <= 55 and _like_degrees_before(prev, f, text):
            f.attrs = {**a, "kind": "measure", "unit": "°"}
            f.rule = "figures.measure"
        if f.attrs["unit"] == "°":
            prev = f
        elif f.attrs["kind"] != "count" or f.attrs["unit"] is not None:
            prev = None


def _like_degrees_before(prev: _Fig, f: _Fig, text: str) -> bool:
    """``f`` follows the degrees ``prev`` in the same weather sentence, with a place or a range's end after it."""
    if not _PLACE_OR_RANGE_AFTER.match(text, f.end) or not _DEGREES_GAP.match(text[prev.end : f.start]):
        return False
    return bool(_WEATHER.search(text, max(0, prev.start - 80), f.start))


def _shift_day(attrs: dict[str, Any], day: int) -> dict[str, Any]:
    new = dict(attrs)
    if "hijri" in attrs:
        h = attrs["hijri"]
        if len(h) == 10:
            y, mo = int(h[:4]), int(h[5:7])
            new["hijri"] = f"{h[:8]}{day:02d}"
            new["value"] = D.hijri_value(y, mo, day)
        return new
    v = attrs["value"]
    if isinstance(v, str) and len(v) in (10, 7) and v[-3] == "-":  # 2015-08-22 / --08-22
        new["value"] = f"{v[:-2]}{day:02d}"
    return new
