"""Round 12 of the figure rules: general defects behind fresh11's and fresh12's first-run errors (issue 14).

Each sentence is shortened from the corpus sentence the rule was written on or one the corpus check read.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.assist.base import Context
from app.assist.dates import hijri_value
from app.assist.figures import detect_figures


def figures(text: str, doc_date: date | None = None) -> list[tuple[str, dict[str, Any]]]:
    return [(p.text(text), dict(p.attributes)) for p in detect_figures(text, Context(doc_date=doc_date))]


def spans_values(text: str, doc_date: date | None = None) -> list[tuple[str, Any]]:
    return [(s, a["value"]) for s, a in figures(text, doc_date)]


def test_an_arabic_comma_between_digits_is_a_decimal_mark() -> None:
    text = "من حيث الكمية (54،3 ألف طن مقابل 191،8 ألف طن) ما يعادل 1497،9 م د"
    assert spans_values(text) == [("54،3 ألف طن", 54_300), ("191،8 ألف طن", 191_800), ("1497،9 م د", 1_497_900_000)]
    assert spans_values("أي 1،45 مليون يورو من أجل سفر") == [("1،45 مليون يورو", 1_450_000)]
    assert spans_values("بلغت نسبة التضخم حوالي 4،2 بالمائة") == [("حوالي 4،2 بالمائة", 4.2)]


def test_a_spaced_arabic_comma_separates_a_list() -> None:
    assert spans_values("فازت الأرقام 3، 4 و5 بالجائزة") == [("3", 3), ("4", 4), ("5", 5)]
    assert [v for _, v in spans_values("سجلت 1234،567 حالة")] == [1234, 567]  # three digits after: no decimal


def test_a_number_after_a_model_name_is_part_of_the_name() -> None:
    assert figures("ويعتقد أنها من نوع ميغ 21 وميغ 23.") == []
    assert figures("أزيل مقبس السماعة من تصميم آيفون 7 الجديد") == []
    assert figures("مع معالج «سناب دراغون 801»، وذاكرة") == []
    assert figures("والقائم على مبادئ جنيف 1 بتشكيل هيئة حكم انتقالية") == []


def test_a_number_glued_to_a_name_with_nothing_counted_after_it_is_part_of_the_name() -> None:
    assert figures("على مؤتمر تونس2020، هذا الحدث المهم") == []
    assert figures("وفقا لبنود «جنيف1» التي تركز") == []
    assert ("2017", "2017") in spans_values("يوم الثلاثاء 7 مارس2017.", date(2017, 3, 10))  # a month is no name
    assert spans_values("سجلت بعد2011.") == [("2011", "2011")]  # a preposition is no name
    assert spans_values("تحرير517 مخالفة مرورية") == [("517", 517)]  # a counted noun follows


def test_a_year_with_hijri_written_after_it_is_a_hijri_year() -> None:
    found = figures("ثم عبد الله الزبير عام 65 هجرية، ثم بناء عام 1040 للهجرة")
    assert [(s, a["kind"], a["value"]) for s, a in found] == [
        ("65 هجرية", "date", "0684-08-21/0685-08-10"),
        ("1040 للهجرة", "date", "1630-08-10/1631-07-29"),
    ]
    assert spans_values("موسم 1438 هجري") == [("1438 هجري", "2016-10-02/2017-09-20")]


def test_a_hijri_year_outside_umm_al_qura_is_read_on_the_tabular_calendar() -> None:
    assert hijri_value(65, None, None) == "0684-08-21/0685-08-10"
    assert hijri_value(1436, None, None) == "2014-10-25/2015-10-13"  # Umm al-Qura where it has the year
    assert hijri_value(0, None, None) is None


def test_a_month_said_of_the_past_or_next_year_takes_that_year() -> None:
    doc = date(2017, 1, 3)
    assert spans_values("شهدت في 17 ماي من السنة الماضية حادثة", doc) == [("17 ماي", "2016-05-17")]
    text = "مقارنة بـ2.78 تريليون ريال بنهاية حزيران (يونيو) من العام الماضي."
    assert spans_values(text, date(2015, 8, 11))[-1] == ("حزيران (يونيو)", "2014-06")
    assert spans_values("لعقده الذي ينتهي في يونيو من العام المقبل", date(2015, 8, 11)) == [("يونيو", "2016-06")]


def test_units_the_lists_lacked() -> None:
    found = figures("على بعد 30 ميلا ووزنه 8 كيلوجرامات وعجز ب 1763 كيلو طن")
    assert [(s, a["kind"], a["unit"]) for s, a in found] == [
        ("30 ميلا", "measure", "mi"),
        ("8 كيلوجرامات", "measure", "kg"),
        ("1763 كيلو طن", "measure", "kt"),
    ]
    found = figures("تصل إلى سبعة ملايين شيكل ومنحة ب500 الف دنيار")
    assert [(s, a["kind"], a["unit"]) for s, a in found] == [
        ("سبعة ملايين شيكل", "money", "ILS"),
        ("500 الف دنيار", "money", None),
    ]
