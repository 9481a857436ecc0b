"""Month names of the Arabic-speaking world, weekdays, and the dates they make (ISO 8601, Hijri by Umm al-Qura)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from hijridate import Gregorian, Hijri

GREGORIAN_MONTHS: dict[str, int] = {}
for _month, _forms in enumerate(
    (
        "يناير|جانفي|كانون الثاني|كانون الثانى|ينايـر",
        "فبراير|فيفري|شباط|فبرابر",
        "مارس|آذار|اذار",
        "أبريل|ابريل|إبريل|أفريل|افريل|نيسان|إفريل",
        "مايو|ماي|أيار|ايار",
        "يونيو|يونيه|جوان|حزيران",
        "يوليو|يوليه|جويلية|تموز|يوليوز",
        "أغسطس|اغسطس|أوت|اوت|آب|غشت|أغسطـس",
        "سبتمبر|أيلول|ايلول|شتنبر",
        "أكتوبر|اكتوبر|تشرين الأول|تشرين الاول",
        "نوفمبر|تشرين الثاني|تشرين الثانى|نونبر",
        "ديسمبر|كانون الأول|كانون الاول|دجنبر",
    ),
    start=1,
):
    for _form in _forms.split("|"):
        GREGORIAN_MONTHS[_form] = _month
        if _form.endswith("ي"):  # a final ya written as alif maqsura, as Maghreb papers do: "جانفى", "ماى"
            GREGORIAN_MONTHS[_form[:-1] + "ى"] = _month

# a long month name with one inner letter dropped ("سبمبر", "سبتمر"): a date only beside a day or a year
MISSPELT_MONTHS: dict[str, int] = {
    _form[:_i] + _form[_i + 1 :]: GREGORIAN_MONTHS[_form]
    for _form in ("فبراير", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر")
    for _i in range(1, len(_form) - 1)
}

HIJRI_MONTHS: dict[str, int] = {}
for _month, _forms in enumerate(
    (
        "محرم|المحرم",
        "صفر",
        "ربيع الأول|ربيع الاول|ربيع أول",
        "ربيع الثاني|ربيع الآخر|ربيع الاخر|ربيع ثاني",
        "جمادى الأولى|جمادى الاولى|جمادى الأول|جمادي الأولى|جمادي الاولى",
        "جمادى الآخرة|جمادى الاخرة|جمادى الثانية|جمادى الآخر|جمادي الآخرة|جمادي الاخرة",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        "ذو القعدة|ذي القعدة|ذو القعده|ذي القعده",
        "ذو الحجة|ذي الحجة|ذو الحجه|ذي الحجه",
    ),
    start=1,
):
    for _form in _forms.split("|"):
        HIJRI_MONTHS[_form] = _month

WEEKDAYS = (
    "السبت",
    "الأحد",
    "الاحد",
    "الاثنين",
    "الإثنين",
    "الأثنين",
    "الثلاثاء",
    "الثلاثا",
    "الأربعاء",
    "الاربعاء",
    "الإربعاء",  # misspelt with a hamza below, as in ant-news
    "الخميس",
    "الجمعة",
)

# Ordinal days before "من <month>": "الرابع من ديسمبر", "السادس و العشرين من فبراير"
ORDINAL_ONES: dict[str, int] = {"الأول": 1, "الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}
ORDINAL_ONES |= {"الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9}
_ORDINAL_TENS = {"عشر": 10, "العشرين": 20, "الثلاثين": 30}


_ORDINAL_WORDS = re.compile(r"(\S+)(?:\s+(عشر)|\s+و\s?(\S+))?")


def ordinal_day(words: str) -> int | None:
    """The day an ordinal says: "الرابع" 4, "الحادي عشر" 11, "السادس و العشرين" 26, "العاشر" 10; None for
    "الأول عشر" or "الحادي" alone."""
    m = _ORDINAL_WORDS.fullmatch(words.strip())
    if m is None:
        return None
    first, tens = m.group(1), m.group(2) or m.group(3)
    if tens is None:
        if first == "العاشر":
            return 10
        if first in ("العشرين", "الثلاثين"):
            return _ORDINAL_TENS[first]
        return None if first == "الحادي" else ORDINAL_ONES.get(first)
    one = ORDINAL_ONES.get(first)
    if one is None or first in ("الأول", "الاول") or tens not in _ORDINAL_TENS:
        return None
    day = one + _ORDINAL_TENS[tens]
    return day if day <= 31 else None


def iso(year: int | None, month: int | None, day: int | None = None) -> str:
    """``2015-08-08``, ``2022-10``, ``--03-22``, ``--02`` (ISO 8601, the last two without a year)."""
    if year is None:
        return f"--{month:02d}" + (f"-{day:02d}" if day else "")
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def infer_year(month: int, day: int | None, doc_date: date, tense: str | None = None) -> int:
    """The year that puts the day nearest the document's date (a December date in a January article: last year).

    ``tense``: "past" (الماضي، المنقضي، الفارط) keeps the date on or before the document's date, "future"
    (المقبل، القادم) on or after it (the month of the document itself counts as both).
    """
    best, best_gap = doc_date.year, None
    for year in (doc_date.year - 1, doc_date.year, doc_date.year + 1):
        d = day or 15
        if not valid(year, month, d):
            d = 28
        when = date(year, month, d)
        same_month = (year, month) == (doc_date.year, doc_date.month)
        if tense == "past" and when > doc_date and not same_month:
            continue
        if tense == "future" and when < doc_date and not same_month:
            continue
        gap = abs((when - doc_date).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def hijri_value(year: int, month: int | None, day: int | None) -> str | None:
    """The Gregorian ISO value of a Hijri date: a day, or the interval a month or a year covers."""
    try:
        if month is None:
            start = Hijri(year, 1, 1).to_gregorian()
            end = Hijri(year + 1, 1, 1).to_gregorian() - timedelta(days=1)
            return f"{start.isoformat()}/{end.isoformat()}"
        if day is None:
            first = Hijri(year, month, 1)
            start = first.to_gregorian()
            end = start + timedelta(days=first.month_length() - 1)
            return f"{start.isoformat()}/{end.isoformat()}"
        return Hijri(year, month, day).to_gregorian().isoformat()
    except (ValueError, OverflowError):
        return _tabular_value(year, month, day)


def _tabular(year: int, month: int, day: int) -> date:
    """A Hijri date on the arithmetic (tabular, civil epoch) calendar, for years outside Umm al-Qura's table."""
    days = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
    return date.fromordinal(days + _TABULAR_EPOCH)


_TABULAR_EPOCH = 227014  # the ordinal of 1 Muharram 1 AH (16 July 622 Julian) less one


def _tabular_value(year: int, month: int | None, day: int | None) -> str | None:
    """Like :func:`hijri_value`, on the tabular calendar ("عام 65 هجرية"); None for years before 1 AH."""
    if year < 1 or year > 1600:
        return None
    if month is None:
        return f"{_tabular(year, 1, 1).isoformat()}/{(_tabular(year + 1, 1, 1) - timedelta(days=1)).isoformat()}"
    if day is None:
        last = _tabular(year + 1, 1, 1) if month == 12 else _tabular(year, month + 1, 1)
        return f"{_tabular(year, month, 1).isoformat()}/{(last - timedelta(days=1)).isoformat()}"
    return _tabular(year, month, day).isoformat() if 1 <= day <= 30 else None


def hijri_year_of(doc_date: date) -> int:
    return int(Gregorian(doc_date.year, doc_date.month, doc_date.day).to_hijri().year)


def hijri_form(year: int | None, month: int | None, day: int | None) -> str:
    if year is None:
        return iso(None, month, day)
    if month is None:
        return f"{year:04d}"
    return iso(year, month, day)


_DATE_KEYS = ("date", "time", "published", "pubdate", "date_published", "datetime", "date_extracted", "created")
_ISO_DAY = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)(\d{8})(?!\d)")


def doc_date_of(metadata: Mapping[str, Any] | None, source: str | None = None) -> date | None:
    """The document's date for ``Context.doc_date``: a date in its metadata (``date``, ``time`` …, as
    ``2015-08-11 13:44:43``, ``19/12/2016`` or ``2017-01-20T21:43:00+01:00``), else one in its source name
    (``JA-sport-919-20170101.txt``: YYYYMMDD, or DDMMYYYY when that is no date), else None."""
    for key in _DATE_KEYS:
        value = (metadata or {}).get(key)
        if isinstance(value, str) and (found := _parse_date(value)):
            return found
    if source:
        for m in _COMPACT.finditer(source):
            s = m.group(1)
            for y, mo, d in ((s[:4], s[4:6], s[6:]), (s[4:], s[2:4], s[:2])):
                if 1900 <= int(y) <= 2100 and valid(int(y), int(mo), int(d)):
                    return date(int(y), int(mo), int(d))
    return None


def _parse_date(value: str) -> date | None:
    for pattern, order in ((_ISO_DAY, (0, 1, 2)), (_DMY, (2, 1, 0))):
        m = pattern.search(value)
        if m:
            parts = [int(g) for g in m.groups()]
            y, mo, d = (parts[i] for i in order)
            if valid(y, mo, d):
                return date(y, mo, d)
    return None
