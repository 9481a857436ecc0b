"""Round 11 of the figure rules: general defects behind fresh9's and fresh10's first-run errors (issue 14).

Each sentence is shortened from the corpus sentence the rule was written on or one the corpus check read.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.assist.base import Context
from app.assist.figures import detect_figures


def figures(text: str, doc_date: date | None = None) -> list[tuple[str, dict[str, Any]]]:
    return [(p.text(text), dict(p.attributes)) for p in detect_figures(text, Context(doc_date=doc_date))]


def test_a_day_of_the_same_month_spans_the_words_that_give_its_month() -> None:
    text = "انطلقت أشغال المؤتمر يوم 22 جانفي الجاري لتتواصل إلى يوم 25 من نفس الشهر بالعاصمة"
    found = figures(text, date(2017, 1, 6))
    assert [(s, a["value"]) for s, a in found] == [("22 جانفي", "2017-01-22"), ("25 من نفس الشهر", "2017-01-25")]
    found = figures("تنطلق يوم 8 أفريل 2017 لتتواصل إلى غاية 15 من الشهر نفسه.")
    assert [s for s, _ in found] == ["8 أفريل 2017", "15 من الشهر نفسه"]


def test_a_weekday_misspelt_with_a_hamza_below_belongs_to_the_date() -> None:
    found = figures("الجولة الأخيرة : الإربعاء 15 فيفري 2017 الساعة 14:00")
    date_attrs = {"kind": "date", "value": "2017-02-15", "qualifier": None, "unit": None}
    assert found == [("الإربعاء 15 فيفري 2017", date_attrs)]


def test_a_number_after_the_article_counts_the_noun_after_it() -> None:
    assert figures("وقال إن ال180 سائحا سيتم توزيعهم على عدة نزل") == [
        ("180", {"kind": "count", "value": 180, "qualifier": None, "unit": None})
    ]
    assert [s for s, _ in figures("وسيتم توزيع الـ 176 طالبا على مبيتات")] == ["176"]
    assert figures("احتل المرتبة الـ13 عالميا") == []  # an ordinal: no counted noun after it


def test_every_number_of_a_list_of_law_articles_is_an_identifier() -> None:
    assert figures("وطبق الفصول 6 و22 و35 و36 من القانون المتعلق") == []
    assert figures("على معنى الفصول 201 و202 و204 و280 من المجلة الجزائية") == []
    assert [s for s, _ in figures("سجلت 12 و15 و20 حالة")] == ["12", "15", "20"]  # counts stay counts


def test_centimes_are_a_hundredth_of_the_currency_the_text_names() -> None:
    found = figures("مستحقات شراكة بلغت 2 مليار سنتيم جزائري جمعتهم")
    assert found == [("2 مليار سنتيم جزائري", {"kind": "money", "value": 20_000_000, "qualifier": None, "unit": "DZD"})]
    assert figures("مبلغ مالي (ملياري سنتيم جزائري)")[0][1]["value"] == 20_000_000
    assert figures("طوله 5 سنتيمترات")[0][1]["unit"] == "cm"  # not a centime


def test_a_bare_franc_beside_the_swiss_currency_is_chf() -> None:
    text = "بإلغاء سقف لتداول العملة عند 1.2 فرنك مقابل اليورو، وبلغ الدولار أعلى مستوى له مقابل العملة السويسرية"
    assert [(s, a["unit"]) for s, a in figures(text)] == [("1.2 فرنك", "CHF")]
    assert figures("عند 1.2 فرنك مقابل اليورو")[0][1]["unit"] is None  # which franc the text does not say


def test_an_approximating_verb_before_its_subject_qualifies_the_number() -> None:
    found = figures("مبلغ من العملة الصعبة، تناهز قيمته الاربعة ملايين دينار.")
    assert [(s, a["qualifier"]) for s, a in found] == [("الاربعة ملايين دينار", "about")]
    assert figures("بما يقارب الـ 229 مليار ريال")[0][1]["qualifier"] == "about"
    # "قارب" is also a boat: "غرق قارب مطاطي كان يقل 22 سوريا"
    assert figures("بعد غرق قارب مطاطي كان يقل 22 سوريا")[0][1]["qualifier"] is None
