"""FIGURE rules of rounds 7 and 8 (issue 14): a number after a naming noun with nothing counted after it is a
name, the n-th time, a score in words, the Tunisian عدد before a count, spoken decimals, ordinal days, joined
durations, negated qualifiers; units, clock minutes, law years and post-qualifiers fresh5 showed.

Each sentence is of the kind the errors of fresh3, fresh4 and fresh5 showed (ant-news and saudinewsnet),
shortened.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.assist.base import Context
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


def figures_on(text: str, day: date) -> list[tuple[str, str, Any, str | None, str | None]]:
    return [
        (p.text(text), p.attributes["kind"], p.attributes["value"], p.attributes["qualifier"], p.attributes["unit"])
        for p in detect_figures(text, Context(doc_date=day))
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("يقل عن أجر الرجل بمعدل 14 فاصل 6 بالمائة ما يعني", ("14 فاصل 6 بالمائة", "percent", 14.6, None, None)),
        ("بين الجرف واجيم على مسافة 2 فاصل 7 كلم.", ("2 فاصل 7 كلم", "measure", 2.7, None, "km")),
    ],
)
def test_a_spoken_decimal_is_one_number(text: str, figure: tuple[Any, ...]) -> None:
    assert figures_on(text, date(2017, 2, 22)) == [figure]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("لعقد اجتماع قبل الاجتماع المقرر في الرابع من ديسمبر المقبل", ("الرابع من ديسمبر", "2015-12-04")),
        ("دان مجلس الأمن في الثامن والعشرين من فبراير (شباط) من 2015،", None),
        ("وقعت الحادثة في الحادي عشر من سبتمبر.", ("الحادي عشر من سبتمبر", "2015-09-11")),
    ],
)
def test_an_ordinal_day_before_its_month_is_a_date(text: str, figure: tuple[str, str] | None) -> None:
    found = [(f[0], f[2]) for f in figures_on(text, date(2015, 8, 11)) if f[1] == "date"]
    assert found == [figure or ("الثامن والعشرين من فبراير (شباط) من 2015", "2015-02-28")]


@pytest.mark.parametrize(
    "text", ["في النصف الثاني من شهر رمضان بعد", "في السابع و العشرين من شهر ذي الحجة", "بمدينة السادس من أكتوبر"]
)
def test_an_ordinal_that_is_no_day_makes_no_day(text: str) -> None:
    assert [f for f in figures_on(text, date(2015, 8, 11)) if f[1] == "date" and str(f[2]).count("-") == 2] == []


def test_a_nationality_said_with_the_article_names_the_documents_currency() -> None:
    text = "تراجع سعر الدينار التونسي. وتفاقم العجز ليمر من 707 مليون دينار إلى 1108 مليون دينار"
    assert [f[4] for f in figures_on(text, date(2017, 6, 8))] == ["TND", "TND"]


def test_an_indefinite_nationality_wins_over_ones_said_with_the_article() -> None:
    text = "من فئة الألف ليرة سورية. وتشهد الليرة السورية والليرة التركية تقلبات"
    assert [f[4] for f in figures_on(text, date(2015, 8, 11))] == ["SYP"]


def test_a_month_after_since_is_in_the_past() -> None:
    text = "مسجلة أدنى مستوياتها منذ يناير (كانون الثاني)."
    assert [f[2] for f in figures_on(text, date(2015, 8, 11))] == ["2015-01"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("كسوف حلقي يستمر لثلاث ساعات و16 دقيقة، ولكنه", ("ثلاث ساعات و16 دقيقة", "duration", 196, None, "minute")),
        ("بالسجن لفترات تتراوح بين 3 سنوات و6 أشهر", ("3 سنوات و6 أشهر", "duration", 42, None, "month")),
        ("بتوقيت قدره 13 دقيقة و 3 ثوان .", ("13 دقيقة و 3 ثوان", "duration", 783, None, "second")),
    ],
)
def test_a_duration_and_a_smaller_one_joined_by_and_are_one_figure(text: str, figure: tuple[Any, ...]) -> None:
    assert figures_on(text, date(2017, 2, 25)) == [figure]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("ذكر بأنه لا يمضي أكثر من 50 ساعة أسبوعيا", "at_most"),
        ("اذ لم تمنحها أكثر من 15 بالمئة من الأصوات", "at_most"),
        ("مع تسجيل ارتفاع تدريجي لن يتجاوز 40 درجة.", "at_most"),
        ("لم يسجل أقل من 5 حالات", "at_least"),
        ("قتل أكثر من 50 شخصا", "more_than"),
    ],
)
def test_a_negated_more_than_is_at_most(text: str, qualifier: str) -> None:
    assert [f[3] for f in figures_on(text, date(2016, 12, 25))] == [qualifier]


@pytest.mark.parametrize(
    "text", ['أشغال المؤتمر الدولي للاستثمار "تونيزيا 2020" بحضور', "وحل فيلم الإثارة «ذا جيفت 2015» في المركز"]
)
def test_a_year_ending_a_quoted_name_is_no_date(text: str) -> None:
    assert [f for f in figures_on(text, date(2016, 11, 29)) if f[1] == "date"] == []


def test_a_year_after_a_year_cue_inside_quotes_is_still_a_date() -> None:
    assert [f[2] for f in figures_on('حسب "قانون المالية لسنة 2017" المصادق', date(2016, 12, 1))] == ["2017"]


def test_kilowatt_hours_are_a_measure_and_lend_their_unit_to_a_range() -> None:
    found = figures_on("الذين يبلغ استهلاكهم من 1 إلى 200 كيلوات/ساعة في الشهر", date(2017, 1, 10))
    assert found == [("1", "measure", 1, None, "kWh"), ("200 كيلوات/ساعة", "measure", 200, None, "kWh")]


def test_a_post_qualifier_without_its_hamza() -> None:
    found = figures_on('جميع الدرجات " مستورد 4 سنوات فاكثر " ومسافته', date(2015, 8, 11))
    assert found[0] == ("4 سنوات فاكثر", "duration", 4, "at_least", "year")


@pytest.mark.parametrize(
    "text", ["على الساعة (00 و35 دق) وكل ايام الخميس", "من الساعة 8 و 15 دق صباحا", "من الساعة ال 12 ظهراً إلى"]
)
def test_the_minutes_or_hour_of_a_time_of_day_are_no_count(text: str) -> None:
    assert figures_on(text, date(2017, 2, 23)) == []


def test_the_year_of_a_laws_number_is_no_date() -> None:
    assert figures_on("البديل للمرسوم عدد 116 لسنة 2011، دون أن", date(2017, 5, 3)) == []


def test_a_month_the_current_and_a_year_are_one_date() -> None:
    found = figures_on("وفقاً لترتيب المجلة في عددها لشهر أغسطس الجاري 2015 والذي", date(2015, 8, 11))
    assert found == [("أغسطس الجاري 2015", "date", "2015-08", None, None)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("الذي يستهدف زراعة 4 ملايين فدان خلال", ("4 ملايين فدان", "measure", 4000000, None, "feddan")),
        ("مجموعها اليومي 50 ميليمترا خاصة", ("50 ميليمترا", "measure", 50, None, "mm")),
        ("عقدا بأربعة مواسم مقابل", ("أربعة مواسم", "duration", 4, None, "season")),
    ],
)
def test_feddans_millimetres_spelled_with_ya_and_seasons(text: str, figure: tuple[Any, ...]) -> None:
    assert figures_on(text, date(2015, 8, 11)) == [figure]


@pytest.mark.parametrize(
    "text",
    [
        "تأجيل غلق ملعب 15 أكتوبر ببنزرت لمدة",
        "ونهج 25 جويلية وطريق",
        "بمناسبة إحياء الذكرى 17 لوفاة الزعيم",
        "من الفوز على النجم الساحلي بنتيجة 3 أشواط دون رد",
        "بعد فوزه على فريق شمس بنتيجة 3 - 2 تفاصيلها",
    ],
)
def test_places_named_by_a_date_anniversaries_and_scores_are_no_figures(text: str) -> None:
    assert figures_on(text, date(2017, 2, 13)) == []


def test_a_day_after_a_dash_before_its_month_is_a_date() -> None:
    found = figures_on("والذي يقام في الفترة بين 27-29 أكتوبر في مركز", date(2015, 8, 11))
    assert [(f[0], f[2]) for f in found] == [("27", "2015-10-27"), ("29 أكتوبر", "2015-10-29")]


def test_centilitres_and_digits_after_a_hundreds_word() -> None:
    found = figures_on("في 1992 قارورة سعة 18 صل ومائة و59 سعة 90 صل تم", date(2017, 2, 24))
    assert found[1:] == [
        ("18 صل", "measure", 18, None, "cl"),
        ("مائة و59", "count", 159, None, None),
        ("90 صل", "measure", 90, None, "cl"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "الاتفاق الذي أبرمته إيران مع دول (5 + 1) مبيناً",
        "بالمهرجان الدولي للزيتونة في دورته 36، عن",
        "لبطولة العالم لكرة اليد في نسختها 25 في قاعة",
        "من الساعة 8 صباحاً وحتى 2.30 ظهراً ، كما",
    ],
)
def test_group_names_editions_and_times_of_day_are_no_counts(text: str) -> None:
    assert figures_on(text, date(2017, 1, 10)) == []


def test_a_minute_and_seconds_are_one_duration_a_clock_time_is_none() -> None:
    assert figures_on("بمعدل رحلة واحدة كل دقيقة و20 ثانية.", date(2015, 8, 11)) == [
        ("دقيقة و20 ثانية", "duration", 80, None, "second")
    ]
    assert figures_on("على الساعة الثانية و51 دقيقة و20 ثانية", date(2015, 8, 11)) == []
