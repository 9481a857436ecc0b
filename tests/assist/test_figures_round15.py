"""Round 15 of the figure rules: the value, kind and qualifier errors of fresh17's and fresh18's first runs.

Each sentence is written for the test (none is copied from a gold set); each rule has a case that keeps the old
reading where the rule must not apply.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.assist.base import Context
from app.assist.figures import detect_figures

JUNE_2017 = Context(doc_date=date(2017, 6, 5))


def found(text: str, context: Context | None = None) -> list[tuple[str, str, Any, Any]]:
    props = detect_figures(text, context or Context())
    return [(p.text(text), p.attributes["kind"], p.attributes["value"], p.attributes["qualifier"]) for p in props]


def test_a_scale_word_before_a_bigger_one_multiplies_it() -> None:
    assert found("رصدت الدولة ألف مليون دينار للبرنامج") == [("ألف مليون دينار", "money", 1_000_000_000, None)]
    assert found("بكلفة ثلاثة آلاف مليون دولار") == [("ثلاثة آلاف مليون دولار", "money", 3_000_000_000, None)]
    # a scale word after a number word still adds nothing of its own
    assert found("وزعت خمسة آلاف قفة") == [("خمسة آلاف", "count", 5000, None)]


def test_a_month_spelt_with_a_final_alif_maqsura_is_a_month() -> None:
    assert found("صدر القرار بتاريخ 12 فيفرى 2016 في الرائد الرسمي") == [("12 فيفرى 2016", "date", "2016-02-12", None)]
    assert found("انطلقت الأشغال يوم 3 ماى 2015") == [("3 ماى 2015", "date", "2015-05-03", None)]


def test_a_dash_opening_a_list_item_is_no_minus() -> None:
    text = "وتتوزع كما يلي :\n- 6 مدارس بالمدينة - 3 مدارس بالريف - مدرسة واحدة بالجبل"
    assert [(t, v) for t, _, v, _ in found(text)][:2] == [("6", 6), ("3", 3)]
    # a minus before a measure, or before a bare figure with no row of dashes, stays a minus
    assert found("نزلت الحرارة إلى - 4 درجات") == [("- 4 درجات", "measure", -4, None)]
    assert found("وانخفض المؤشر - 3 نقاط") == [("- 3", "count", -3, None)]


def test_a_year_named_by_am_or_sana_is_a_date_outside_1900_to_2040() -> None:
    assert found("ضمن رؤية الاتحاد لعام 2050 للتنمية") == [("2050", "date", "2050", None)]
    assert found("شيد القصر سنة 1850 على الربوة") == [("1850", "date", "1850", None)]
    # with no year noun before it, a number of that size still counts
    assert found("وشارك 2050 عداء في السباق") == [("2050", "count", 2050, None)]


def test_two_following_hijri_years_joined_by_a_slash_are_years() -> None:
    props = detect_figures("للعام الدراسي المقبل 1438 / 1439، حسب الوزارة", Context())
    assert [(p.attributes["kind"], p.attributes.get("hijri")) for p in props] == [("date", "1438"), ("date", "1439")]
    # two numbers that are not following years stay what they were
    assert all(p.attributes.get("hijri") is None for p in detect_figures("الرقم 1400 / 1450 في السجل", Context()))


def test_about_after_a_range_bounds_its_first_end_too() -> None:
    assert found("بنسبة تتراوح بين 10% و15% تقريبا من السكان") == [
        ("10%", "percent", 10, "about"),
        ("15% تقريبا", "percent", 15, "about"),
    ]
    # a range with no qualifier after it: none on the first end
    assert found("بنسبة تتراوح بين 10% و15% من السكان")[0] == ("10%", "percent", 10, None)


def test_a_negation_glued_to_its_verb_is_read() -> None:
    assert found("تمثل نسبة لايقل عن 40% من المساحة") == [("لايقل عن 40%", "percent", 40, "at_least")]
    assert found("بمبلغ لايتجاوز 500 دينار") == [("لايتجاوز 500 دينار", "money", 500, "at_most")]


def test_seasons_in_the_accusative_singular_are_a_duration() -> None:
    assert found("لعب مع الفريق 14 موسما متتاليا")[0][:3] == ("14 موسما", "duration", 14)


def test_a_measure_and_its_remainder_in_the_unit_below_are_one_measure() -> None:
    assert found("حجز 3 أطنان و250 كلغ من السكر") == [("3 أطنان و250 كلغ", "measure", 3250, None)]
    assert found("قطع مسافة 2 كلم و400 متر") == [("2 كلم و400 متر", "measure", 2400, None)]
    # a second measure of the same size or more is a second figure
    assert len(found("حجز 3 أطنان و2500 كلغ من السكر")) == 2


def test_the_year_of_a_law_said_with_raqm_is_part_of_its_number() -> None:
    assert found("وفق الأمر رقم 4 لسنة 2014 المنظم للقطاع") == []
    assert found("صدر القانون في سنة 2014 بعد نقاش") == [("2014", "date", "2014", None)]


def test_latin_letters_spelt_in_arabic_before_a_number_make_a_model_name() -> None:
    assert found('وحلقت طائرة من طراز "إكس-47" فوق القاعدة') == []
    assert found("وصعد مؤشر يو إس 500 بشكل طفيف") == []
    # an Arabic word before the number does not
    assert found("وصل إلى 500 مشارك") == [("500", "count", 500, None)]


def test_a_year_after_an_event_and_a_name_of_several_words_is_part_of_the_name() -> None:
    assert found("استعدادا لأولمبياد لوس أنجلوس 2028 المقبل") == []
    assert found("في نهائيات كأس أمم أوروبا 2016 بفرنسا") == []
    # a head that is no event's, or a plural after the number: the old reading
    assert found("بإجمالي 12 دائرة انتخابية لهذه البلديات الخمس في المنطقة")[1][:3] == ("الخمس", "count", 5)
    assert found("فاز بكأس العالم للأندية 3 مرات") == [("3", "count", 3, None)]


def test_a_qualifier_before_a_time_noun_without_a_numeral_is_one_of_it() -> None:
    assert found("وتم إنجاز المشروع في أقل من أسبوع.") == [("أقل من أسبوع", "duration", 1, "less_than")]
    assert found("وهو معتصم منذ أكثر من شهر أمام الوزارة") == [("أكثر من شهر", "duration", 1, "more_than")]
    # a number, a month's name or و and a number after the noun: not this rule
    assert found("منذ حوالي عام 2005 والمشروع متوقف") == [("2005", "date", "2005", None)]
    assert found("وصام أكثر من شهر رمضان في الغربة") == []
    assert found("استغرق الحفل قرابة ساعة وعشرين دقيقة")[0][:3] == ("ساعة وعشرين دقيقة", "duration", 80)
