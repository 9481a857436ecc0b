"""Round 17 of the figure rules: counts and dates (the errors of fresh21-24, seen now).

Each sentence is written for the test (none is copied from a gold set or an article); each rule has a case that
keeps the old reading where the rule must not apply.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.assist.base import Context
from app.assist.figures import detect_figures


def found(text: str, doc_date: date | None = None) -> list[tuple[str, str, Any]]:
    props = detect_figures(text, Context(doc_date=doc_date))
    return [(p.text(text), p.attributes["kind"], p.attributes["value"]) for p in props]


def test_ten_and_six_after_their_defined_noun_count() -> None:
    assert found("كتب النص بالأصابع العشرة في دقيقة.") == [("العشرة", "count", 10)]
    assert found("وقعت الاتفاق مع الدول الست الكبرى.") == [("الست", "count", 6)]
    assert found("استيقظ في الساعة الثامنة عشرة.") == []  # an ordinal hour, as before


def test_a_number_word_after_a_demonstrative_counts() -> None:
    assert found("وكان هؤلاء الأربعة قد غادروا البلاد.") == [("الأربعة", "count", 4)]


def test_digits_after_the_article_and_a_plural_noun_count() -> None:
    assert found("ارتفعت مؤشراته الـ12 كلها أمس.") == [("12", "count", 12)]
    assert found("في الدورة الـ 13 للمهرجان") == []  # an ordinal after a singular noun, as before


def test_digits_after_a_plural_time_noun_are_a_duration() -> None:
    assert found("تضاعف عدد السكان في السنوات الـ 30 الماضية.") == [("السنوات الـ 30", "duration", 30)]


def test_brigade_gulf_cup_and_euro_numbers_are_names() -> None:
    assert found("سيطرت القوات على مقر اللواء 27 مدرع.") == []
    assert found("أقيمت المباراة في ملعب خليجي 18 بالمدينة.") == []
    assert found("شارك اللاعب في يورو 2012 مع منتخب بلاده.") == []
    assert found("شارك في 3 مباريات عام 2012.") == [("3", "count", 3), ("2012", "date", "2012")]


def test_a_day_of_the_current_month() -> None:
    text = "تنطلق الدورة يوم 21 من الشهر الجاري بالعاصمة."
    assert found(text, date(2016, 3, 2)) == [("21 من الشهر الجاري", "date", "2016-03-21")]
    assert found("فاز بـ 21 من الشهر الجاري", None) == [("21", "count", 21)]  # no document date: no month


def test_the_same_hijri_month() -> None:
    text = "يبدأ التسجيل من 5 ذو القعدة 1436 وحتى 20 من الشهر نفسه."
    props = detect_figures(text, Context(doc_date=date(2015, 8, 11)))
    last = props[-1]
    assert last.text(text) == "20 من الشهر نفسه"
    assert last.attributes["hijri"] == "1436-11-20"


def test_a_day_slash_month_is_a_date() -> None:
    assert found("يقام الحفل يوم 9/مارس بالمسرح.", date(2016, 1, 5)) == [("9/مارس", "date", "2016-03-09")]


def test_below_zero_is_minus_degrees() -> None:
    assert found("وانخفضت الحرارة إلى 8 تحت الصفر ليلا.") == [("8 تحت الصفر", "measure", -8)]
    assert found("سجلت المحطة 15 درجة تحت الصفر.") == [("15 درجة تحت الصفر", "measure", -15)]


def test_a_bare_number_placed_like_the_degrees_before_it() -> None:
    text = "وتتراوح القصوى بين 21 و 26 درجة بالشمال وبين 27 و 31 بالجنوب."
    assert [k for _, k, _ in found(text)] == ["measure"] * 4
    assert found("تتراوح الحرارة بين 20 و 25 درجة وأصيب 3 أشخاص بالإغماء.")[-1] == ("3", "count", 3)


def test_a_month_name_missing_one_letter_beside_a_day_or_a_year() -> None:
    assert found("وقعت الحادثة في 14 نوفبر الماضي.", date(2016, 12, 1)) == [("14 نوفبر", "date", "2016-11-14")]
    assert found("تأسست الجمعية في ديسمر 2009 بالعاصمة.") == [("ديسمر 2009", "date", "2009-12")]
    assert found("جاء ذلك في ديسمر الماضي.", date(2016, 12, 1)) == []  # alone, no date


def test_al_faait_is_past() -> None:
    assert found("انطلق المشروع في 3 مارس الفائت.", date(2016, 2, 1)) == [("3 مارس", "date", "2015-03-03")]


def test_six_before_a_sound_plural_counts() -> None:
    assert found("أغلقت السلطات ست شركات مخالفة.") == [("ست", "count", 6)]


def test_hamza_ithnan_counts() -> None:
    assert found("أوقفت الشرطة 3 أشخاص، إثنان منهم قاصران.") == [("3", "count", 3), ("إثنان", "count", 2)]


def test_digits_in_thousands_groups_are_no_phone_number() -> None:
    assert found("بلغ حجم التداول 215,330,108 أسهم.") == [("215,330,108", "count", 215330108)]
    assert found("للاتصال بالرقم 71234567 يوميا.") == []


def test_the_second_end_after_a_naming_word_and_a_dash_names_too() -> None:
    assert found("واستكمال المرحلة 2-5 من المشروع.") == []
    assert ("9", "count", 9) in found("لبناء عدد 6 - 9 مدارس جديدة.")  # after عدد, a count as before


def test_a_number_glued_to_a_noun_after_a_naming_list_counts() -> None:
    assert found("حجز 40 خرطوشة عيار 12 و30خرطوشة أخرى.") == [("40", "count", 40), ("30", "count", 30)]


def test_gauges_stock_indexes_ranks_and_rio_are_no_figures() -> None:
    assert found("ضبط بندقية عيار 12 بحوزته.") == []
    assert found("وارتفع المؤشر داكس 30 الألماني.") == []
    assert found("وجاءت في المركز الثاني عربيا و 88 عالميا.") == []
    assert found("تأهل إلى أولمبياد ريو دي جانيرو 2016 بجدارة.") == []


def test_a_season_and_its_year() -> None:
    assert found("انتقل اللاعب إلى النادي في صيف 2014 قادما من روما.") == [("2014", "date", "2014")]


def test_a_day_range_with_ila_ghayat() -> None:
    got = found("تقام الدورة من يوم 12 إلى غاية 16 أفريل 2017 بالعاصمة.")
    assert got == [("12", "date", "2017-04-12"), ("16 أفريل 2017", "date", "2017-04-16")]


def test_an_exhibition_and_a_quoted_name_with_a_year() -> None:
    assert found("شارك الجناح في معرض جيتكس 2016 بدبي.") == []
    assert found('في إطار مؤتمر "تونس 2025 " للاستثمار.') == []
