"""FIGURE rules of round 7 (issue 14): a number after a naming noun with nothing counted after it is a name,
the n-th time, a score in words, the Tunisian عدد before a count.

Each sentence is of the kind the errors of fresh3 and fresh4 showed (ant-news and saudinewsnet), shortened.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.assist.figures import detect_figures


def figures(text: str) -> list[tuple[str, str, Any, str | None]]:
    return [
        (p.text(text), p.attributes["kind"], p.attributes["value"], p.attributes["qualifier"])
        for p in detect_figures(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        'الجزء السابع في السلسلة "فيورويس 7"، في إيرادات بداية العرض',
        "وزير الشؤون المحلية في حكومة الصيد 2، ولد بتونس",
        "وأذنت النيابة العمومية سوسة 2 بالاحتفاظ بهما",
        'وقال في حوار لقناة "فرانس 24"، بثته اليوم',
        "بعد فوزه بكأس فرنسا للمرة 11 في تاريخه",
    ],
)
def test_a_number_after_a_naming_noun_with_nothing_counted_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("وبلغ عدد القتلى 33، حسب الحصيلة", "33"),
        ("إلى مقتل 29 شخصًا وإصابة 24 على الأقل في إحصائية", "24 على الأقل"),
        ("وسيحضر افتتاح المؤتمر 120 من الضيوف", "120"),
        ('سجلت خلال الأشهر الستة الأولى من السنة الحالية 6 "براكاجات"', "6"),
        ("خفض عدد صفحاتها من 18 الى 12 قبل أن", "12"),
    ],
)
def test_a_number_with_a_count_head_a_partitive_or_a_quoted_noun_still_counts(text: str, count: str) -> None:
    assert count in [f[0] for f in figures(text) if f[1] == "count"]


def test_a_weekday_before_a_day_is_no_name() -> None:
    found = [f for f in figures("خلال يومي الأحد 15 والإثنين 16 جانفي 2017") if f[1] == "date"]
    assert [f[0] for f in found][:1] == ["15"]


@pytest.mark.parametrize(
    "text",
    ["فاز الفريق بثلاثة اهداف لهدف في النهائي", "بعد فوزه بأربعة أهداف لصفر", "فاز بخمسة اهداف مقابل ثلاثة ."],
)
def test_a_score_in_words_is_no_count(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("وقد تم اقتراح غلق عدد 3 محلات من أجل الذبح", ("3", "count", 3, None)),
        ("تمّ العثور على عدد 230 صفيحة من مخدّر", ("230", "count", 230, None)),
    ],
)
def test_the_tunisian_number_of_before_a_counted_noun_counts(text: str, count: tuple[Any, ...]) -> None:
    assert figures(text) == [count]


@pytest.mark.parametrize(
    "text", ["بمقتضى القانون عدد 52 لسنة 2016", "إن الأمر الترتيبي عدد 161 جاء ليناقض", "ما نشر بالعدد 19049 بعنوان"]
)
def test_the_number_of_a_law_or_an_issue_is_no_count(text: str) -> None:
    assert [f for f in figures(text) if f[1] == "count"] == []
