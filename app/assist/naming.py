"""Whether a bare number (no unit, no qualifier) names or ranks something rather than counts it.

Small predicates over the text around the number, used by :mod:`app.assist.figures`. The principle: a
number is a count when it quantifies a noun after it or a count head before it (عدد، حصيلة، مجموع); a
number right after a naming noun (definite, feminine, or quoted: ``حكومة الصيد 2``، ``"فيورويس 7"``) with
nothing counted after it is part of a name.
"""

from __future__ import annotations

import re

from app.assist.numbers import DIGITS, NUMBER_WORDS

# after the number: the end of the clause, or a word that cannot be the counted noun
_NOTHING_COUNTED = re.compile(
    r"[ \xa0]*(?:[،,.؛:)\]!?؟](?![ \xa0]?[" + DIGITS + r"])|[\"»”](?![ \xa0]*[\u0621-\u064a])"
    r"|(?:في|على|عن|مع|منذ|خلال|بعد|قبل|صباح|مساء|اليوم|أمس|امس)(?![\w])"
    r"|[وفبلك]?(?:بال|لل|وال|فال)\w)"
)
# "الرمانة 1 و2 الواقعة": a second number joined by و names as the first does
_AND_NUMBER = re.compile(r"[ \xa0]*و[ \xa0]?[" + DIGITS + r"]{1,3}(?![" + DIGITS + r"])")
_NAME_AND_BEFORE = re.compile(r"(\S+)[ \xa0]+[" + DIGITS + r"]{1,3}[ \xa0]*و[ \xa0]?$")
# a quotation closed right after the number: '"عربي 21 "', «بركان 1»
_CLOSING_QUOTE = re.compile(r"[ \xa0]*[\"”»]")
_OPENING = re.compile(r"[وف]?[\"“«'‘]")
_NO_MARKS = dict.fromkeys([*range(0x064B, 0x0653), 0x0640])
# words before the number that are no naming noun: "الى 12", "الأحد 15 والإثنين 16 جانفي"
_NOT_NAMING = frozenset(
    {"الى", "التي", "الذي", "اللذين", "اللتين", "الذين", "اللاتي", "الا", "الان", "الآن", "التوالي"}
    | {"الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت"}
)
# a count head a few words before: "بلغ عدد القتلى 33،", "حصيلة الضحايا 12."
_COUNT_HEAD = re.compile(r"(?<![\w])[وفبل]?(?:ال)?(?:عدد|حصيل|مجموع|إجمالي|اجمالي|جمل|نسب|إصاب|اصاب|وفا)\w*")
_COUNT_VERB = re.compile(r"(?<![\w])[وفل]?(?:[يت]?بلغ|بلغت|وصل|وصلت|يصل|تصل|ليصل|ليبلغ|سجل|سجلت)(?![\w])")
_QUOTES = "\"“«'‘"
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")


def ends_clause(text: str, end: int) -> bool:
    """Nothing is counted after the number ending at ``end``: the clause ends, or a word follows that cannot
    be the counted noun (``تونس2020،``, ``«جنيف1»``)."""
    return bool(_NOTHING_COUNTED.match(text, end))


def name_number(before: str, text: str, end: int) -> bool:
    """The bare number ending at ``end`` follows a naming noun and counts nothing: ``حكومة الصيد 2،``,
    ``"فيورويس 7"``, ``سوسة 2 بالاحتفاظ``, ``القرار الأممي 2216،``; not ``عدد القتلى 33،``."""
    if text[end : end + 2].lstrip(" \xa0")[:1] == "و" and (more := _AND_NUMBER.match(text, end)) is not None:
        end = more.end()  # the first of "الرمانة 1 و2": nothing counted after the second
    nothing = _NOTHING_COUNTED.match(text, end) is not None
    if not nothing and not _CLOSING_QUOTE.match(text, end):
        return False
    if before.rstrip(" \xa0")[-1:] == "و" and (pair := _NAME_AND_BEFORE.search(before)) is not None:
        before = before[: pair.end(1)]  # the second of "الرمانة 1 و2": read from the name before the first
    words = before.split()
    if not words:
        return False
    last = words[-1]
    opening = _OPENING.match(last)
    quoted = opening is not None
    if not (nothing or quoted):
        return False
    word = (last[opening.end() :] if opening else last).translate(_NO_MARKS)  # "الوطنيّة": the shadda left out
    if not _ARABIC_WORD.fullmatch(word) or word in NUMBER_WORDS or word in _NOT_NAMING or word[1:] in _NOT_NAMING:
        return False
    if not (quoted or word.startswith(("ال", "لل")) or word[1:3] == "ال" or word.endswith("ة")):
        return False
    window = " ".join(words[-4:])
    return not (_COUNT_HEAD.search(window) or _COUNT_VERB.search(window))


# "بثلاثة اهداف لهدف", "بأربعة أهداف مقابل هدف", "بثمانية أهداف دون مقابل": a score, not a count of goals
_OTHER_SIDE = "|".join(["هدف", "هدفين", "صفر", *NUMBER_WORDS, f"[{DIGITS}]"])
_SCORE_AFTER = re.compile(rf"\s+(?:أهداف|اهداف)\s+(?:ل(?:{_OTHER_SIDE})|مقابل|دون\s+مقابل)(?![\w])")
_SCORE_BEFORE = re.compile(r"(?:أهداف|اهداف)\s+(?:مقابل\s+|ل)$")


def score(before: str, text: str, end: int) -> bool:
    """The number is one side of a score said in words: ``بثلاثة اهداف لهدف`` (both sides)."""
    return bool(_SCORE_AFTER.match(text, end) or _SCORE_BEFORE.search(before))


# "غلق عدد 3 محلات", "حجز عدد 225 علبة": the Tunisian عدد before a count; not "القانون عدد 117 لسنة"
_INDEFINITE_AFTER = re.compile(r"[\s\xa0]+(?![وفبلك]?ال|ل)(?P<w>[\u0621-\u064a]{3,})(?![\w])")
_NOT_COUNTED_AFTER = frozenset(["على", "إلى", "الى", "التي", "الذي", "الذى", "بين", "حتى", "جاء", "بعنوان"])


def counted_after_number_of(before: str, text: str, end: int) -> bool:
    """After an indefinite عدد (not ``الأمر الترتيبي عدد 161``), an indefinite noun follows the number: it is
    counted (``غلق عدد 3 محلات``، ``على عدد 05 عناصر``)."""
    words = before.split()
    if len(words) >= 2 and words[-2].startswith("ال") and words[-2].endswith("ي"):
        return False
    m = _INDEFINITE_AFTER.match(text, end)
    return m is not None and m.group("w") not in _NOT_COUNTED_AFTER
