"""Regions of an article that are not prose: page code and sports result lists or standings tables.

Scraped articles carry CSS, script and HTML remnants, and sports pages carry result lists and league tables
("نجم المتلوي 3 - 1 النادي الصفاقسي 48' عاطف المازني ... الترتيب : 1- الترجي 9 ن"). By the gold convention
(tests/data/gold/README.md, round 16) page code holds no figure, and the scores, minute marks, points and
positions of a results list or a standings table are no figures either. Both are found by their marks: a
region is a run of such marks close to each other, so one score in a sentence ("بنتيجة 3 - 1") makes none.
"""

from __future__ import annotations

import re

from app.assist.numbers import DIGITS

_DIG = f"[{DIGITS}]"
# page code: braces, semicolons, CSS lengths and colours, script keywords, comments, HTML tags and entities
_CODE_MARK = re.compile(
    r"[{};]|\d(?:px|em|pt)\b|#[0-9a-fA-F]{3,6}\b|\b(?:function|var|return|jQuery|document|null|true|false)\b"
    r"|//|</?[a-zA-Z][a-zA-Z0-9]*[^<>]*>|&[a-z]+;"
)
_CODE_GAP = 120  # marks further apart than this (characters) start a new region
_CODE_MARKS = 6  # marks a region needs, one of them a brace
# a results list or a standings table: a points column ("9 ن"), a minute mark ("48'", "(د 45)"), a score ("2 - 0").
# No lookbehind opens the pattern (one costs 7x the scan): the character before a mark is checked in _marks.
_TABLE_MARK = re.compile(
    rf"{_DIG}{{1,3}}[\s\xa0]*(?:ن(?![\w])|['’′](?!\w)"
    rf"|(?P<score>[-–])[\s\xa0]*{_DIG}{{1,3}}(?![\d.,/\w])(?![\s\xa0]*[-–/.][\s\xa0]*\d))"
)
_MINUTE_MARK = re.compile(rf"\([\s\xa0]*د[\s\xa0]*{_DIG}{{1,3}}(?:[\s\xa0]*\+[\s\xa0]*{_DIG})?[\s\xa0]*\)")
_TABLE_GAP = 80
_DIGIT_RUN = re.compile(rf"{_DIG}+")
# a table's last rows, cut before their points mark: "4- جمعية الحمامات 13" at the end of the text
_TABLE_ROWS = re.compile(
    rf"(?:[\s\xa0]*{_DIG}{{1,2}}[\s\xa0]*[-–][\s\xa0]*(?:[^\W\d_]+[\s\xa0]+){{1,4}}{_DIG}{{1,3}}(?!{_DIG}))+"
)
_TABLE_MARKS = 3
# a results row just before the first mark, its score written without a dash: "مستقبل المرسى 2 ترجي جرجيس 0 23'"
_ROW_BEFORE = re.compile(rf"(?<![\w.,/]){_DIG}{{1,3}}[\s\xa0]+(?:[^\W\d_]+[\s\xa0]+){{1,4}}{_DIG}{{1,3}}[\s\xa0]*$")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _runs(marks: list[tuple[int, int]], gap: int, least: int) -> list[tuple[int, int, int]]:
    """(start, end, how many marks) of each run of marks no more than ``gap`` characters apart."""
    runs: list[tuple[int, int, int]] = []
    for s, e in marks:
        if runs and s - runs[-1][1] <= gap:
            a, _, n = runs[-1]
            runs[-1] = (a, e, n + 1)
        else:
            runs.append((s, e, 1))
    return [r for r in runs if r[2] >= least]


def code_regions(text: str) -> list[tuple[int, int]]:
    """Spans of page code: a run of code marks with a brace among them, widened over the Latin text around
    it (a CSS rule's selector before its first brace, "0px" after its last semicolon) up to Arabic text."""
    if "{" not in text and "}" not in text:
        return []
    marks = [(m.start(), m.end()) for m in _CODE_MARK.finditer(text)]
    out = []
    for s, e, _ in _runs(marks, _CODE_GAP, _CODE_MARKS):
        if "{" not in text[s:e] and "}" not in text[s:e]:
            continue
        while s > 0 and not _ARABIC.match(text, s - 1) and text[s - 1] not in ".،\n":
            s -= 1
        while e < len(text) and not _ARABIC.match(text, e) and text[e] != "\n":
            e += 1
        out.append((s, e))
    return out


def table_regions(text: str, digits: list[int] | None = None) -> list[tuple[int, int]]:
    """Spans of results lists and standings tables: three or more scores, minute marks or points columns,
    each within a few words of the next. ``digits``: where the text's runs of digits start, when known (the
    marks are looked for there only, no scan of the text)."""
    if digits is not None:
        digits = _dense(digits)
    marks = _marks(text, digits)
    if len(marks) < _TABLE_MARKS:
        return []
    out = []
    for s, e, _ in _runs(marks, _TABLE_GAP, _TABLE_MARKS):
        rows = _TABLE_ROWS.match(text, e)
        row = _ROW_BEFORE.search(text, max(0, s - 80), s)
        out.append((row.start() if row else s, rows.end() if rows else e))
    return out


def _dense(digits: list[int]) -> list[int]:
    """The digit runs that have two others close by: every mark holds one, so a table's marks are among them
    (three marks each within _TABLE_GAP of the next, a mark no longer than 30 characters)."""
    reach = _TABLE_GAP + 30
    out: list[int] = []
    group: list[int] = []
    for p in digits:
        if group and p - group[-1] > reach:
            if len(group) >= _TABLE_MARKS:
                out.extend(group)
            group = []
        group.append(p)
    if len(group) >= _TABLE_MARKS:
        out.extend(group)
    return out


def _marks(text: str, digits: list[int] | None) -> list[tuple[int, int]]:
    """The table marks of ``text`` in order; a mark starts no number ("2015-08-11", "3.5 - 4") and a score
    follows no dash ("5-3-2")."""
    marks: list[tuple[int, int]] = []
    if digits is None:
        digits = [m.start() for m in _DIGIT_RUN.finditer(text)]
    match = _TABLE_MARK.match
    last = -1
    for s in digits:
        if s < last or (m := match(text, s)) is None:
            continue
        c = text[s - 1] if s else " "
        if c.isdigit() or c in ".,/" or (m.group("score") and c in "-–"):
            continue
        last = m.end()
        marks.append((s, last))
    if digits and ("(د" in text or "( د" in text or "(\xa0د" in text):
        marks = sorted(marks + [(m.start(), m.end()) for m in _MINUTE_MARK.finditer(text)])
    return marks


def inside(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in regions)
