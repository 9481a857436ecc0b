"""Arabic numerals read into numbers: digits of three scripts, separators as the text uses them, number words.

Only tables and small pure functions; the regular expressions that find numbers in running text are built
from these tables in :mod:`app.assist.figures`.
"""

from __future__ import annotations

import re

DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"  # Western, Eastern Arabic (٠-٩), Persian (۰-۹)
_TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# A run of digits with separators: "1,5" "12.500" "1٬234٫5" "100 000" is left as two numbers.
DIGIT_RUN = rf"[{DIGITS}]+(?:[.,\u066b\u066c][{DIGITS}]+)*"

# Scale words: the form → (multiplier, is it a dual standing alone).
SCALES: dict[str, tuple[int, bool]] = {}
for _forms, _mult in (
    ("ألف الف آلاف الاف ألاف ألفا الفا آلف", 1_000),
    ("مليون ملايين مليونا", 1_000_000),
    ("مليار مليارات مليارا", 1_000_000_000),
    ("ترليون تريليون تريليونات ترليونات", 1_000_000_000_000),
):
    for _form in _forms.split():
        SCALES[_form] = (_mult, False)
for _forms, _mult in (
    ("ألفين الفين ألفي الفي ألفان الفان", 1_000),
    ("مليونين مليوني مليونان", 1_000_000),
    ("مليارين مليارى ملياري ملياران", 1_000_000_000),
):
    for _form in _forms.split():
        SCALES[_form] = (_mult, True)
PLURAL_SCALES = frozenset({"آلاف", "الاف", "ألاف", "آلف", "ملايين", "مليارات", "تريليونات", "ترليونات"})

# Number words below a thousand (no article: "الثلاثة" is left alone, "الاثنين" is Monday).
_ONES = {
    "واحد": 1,
    "واحدة": 1,
    "احد": 1,
    "أحد": 1,
    "إحدى": 1,
    "احدى": 1,
    "اثنان": 2,
    "إثنان": 2,
    "اثنين": 2,
    "إثنين": 2,
    "اثنتان": 2,
    "اثنتين": 2,
    "اثنا": 2,
    "اثني": 2,
    "اثنتا": 2,
    "اثنتي": 2,
    "ثلاث": 3,
    "ثلاثة": 3,
    "أربع": 4,
    "أربعة": 4,
    "اربع": 4,
    "اربعة": 4,
    "خمس": 5,
    "خمسة": 5,
    "ست": 6,
    "ستة": 6,
    "سبع": 7,
    "سبعة": 7,
    "ثمان": 8,
    "ثماني": 8,
    "ثمانية": 8,
    "تسع": 9,
    "تسعة": 9,
    "عشر": 10,
    "عشرة": 10,
}
_TENS = {
    "عشرون": 20,
    "عشرين": 20,
    "ثلاثون": 30,
    "ثلاثين": 30,
    "أربعون": 40,
    "أربعين": 40,
    "اربعون": 40,
    "اربعين": 40,
    "خمسون": 50,
    "خمسين": 50,
    "ستون": 60,
    "ستين": 60,
    "سبعون": 70,
    "سبعين": 70,
    "ثمانون": 80,
    "ثمانين": 80,
    "تسعون": 90,
    "تسعين": 90,
}
_HUNDREDS: dict[str, int] = {
    "مئة": 100,
    "مائة": 100,
    "مية": 100,
    "مئتان": 200,
    "مئتين": 200,
    "مئتا": 200,
    "مئتي": 200,
    "مائتان": 200,
    "مائتين": 200,
    "مائتا": 200,
    "مائتي": 200,
}
for _stem, _k in (("ثلاث", 3), ("أربع", 4), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9)):
    for _h in ("مئة", "مائة"):
        _HUNDREDS[_stem + _h] = 100 * _k
NUMBER_WORDS: dict[str, int] = {**_ONES, **_TENS, **_HUNDREDS}
# Words that alone are too often something else (أحد = someone / Sunday, ست = lady, عشر = in ordinals).
WEAK_ALONE = frozenset({"واحد", "واحدة", "احد", "أحد", "إحدى", "احدى", "ست", "عشر", "اثنا", "اثني", "اثنتا", "اثنتي"})


def to_ascii(text: str) -> str:
    return text.translate(_TO_ASCII)


def parse_digits(run: str, *, decimal_hint: bool = False) -> float:
    """A digit run's value. ``decimal_hint``: a scale word or a three-decimal currency follows ("1.500 مليون")."""
    s = (
        to_ascii(run)
        .replace("\u066c", ",")
        .replace("\u066b", "٫")
        .replace(" فاصلة ", "٫")
        .replace(" فاصل ", "٫")
        .replace("،", "٫")
    )
    if "٫" in s:  # the Arabic decimal separator is unambiguous; "," and "." are then thousands
        whole, _, frac = s.partition("٫")
        return float(re.sub(r"[.,]", "", whole) + "." + frac)
    seps = re.findall(r"[.,]", s)
    if not seps:
        return float(s)
    if len(set(seps)) == 2:  # both: the last kind is the decimal separator
        dec = s[max(s.rfind("."), s.rfind(","))]
        thou = "," if dec == "." else "."
        return float(s.replace(thou, "").replace(dec, "."))
    sep = seps[0]
    groups = re.split(r"[.,]", s)
    if len(seps) > 1:  # "1,234,567" "12.500.000": thousands
        return float("".join(groups))
    if len(groups[1]) == 3 and not decimal_hint:  # "1,500" "12.500" with nothing after: thousands
        return float("".join(groups))
    del sep
    return float(groups[0] + "." + groups[1])


def words_value(words: list[str]) -> int | None:
    """The value of a sequence of number words and scale words ("مئة وأربعة وأربعون" → 144)."""
    value, used = words_prefix_value(words)
    return value if used == len(words) else None


def words_prefix_value(words: list[str]) -> tuple[int | None, int]:
    """The value of the longest leading run of ``words`` that is one number, and how many words it took.

    Two words of the same rank do not add up: "أربعين وخمسين" is two numbers (40, then 50), while ones
    before tens ("خمسة وثلاثين"), tens or ones after hundreds and anything after a scale word do.
    """
    total = 0
    current = 0
    last_rank = None  # 1 ones, 2 tens, 3 hundreds
    last_scale = (0, 0)  # the multiplier and the amount of the scale word just before, if the last word was one
    for i, word in enumerate(words):
        if word in SCALES:
            mult, dual = SCALES[word]
            if current == 0 and not dual and 0 < last_scale[0] < mult:  # "ألف مليون": a thousand millions
                total -= last_scale[1]
                current = last_scale[1]
            current = (2 * mult if current == 0 else current * mult) if dual else (current or 1) * mult
            total += current
            last_scale = (mult, current)
            current = 0
            last_rank = None
        elif word in NUMBER_WORDS:
            value = NUMBER_WORDS[word]
            rank = 1 if value < 10 else 2 if value < 100 else 3
            if value == 10 and 0 < current < 10 and last_rank == 1:  # a teen: "ثلاثة عشر"
                current += 10
                last_rank = 2
                continue
            joins = last_rank is None or (rank < last_rank and not (last_rank == 2 and rank == 1))
            if not joins and not (last_rank == 1 and rank == 2):  # "أربعين وخمسين": two numbers
                return (total + current if i else None), i
            current += value
            last_rank = rank
            last_scale = (0, 0)
        else:
            return (total + current if i else None), i
    return total + current, len(words)


def as_number(value: float) -> int | float:
    """An int when the value is whole (1.5e6 → 1500000), else the float rounded to 6 places."""
    if abs(value - round(value)) < 1e-9 * max(1.0, abs(value)):
        return round(value)
    return round(value, 6)
