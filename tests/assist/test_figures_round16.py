"""Round 16 of the figure rules: precision on text that is not prose (fresh19's and fresh20's false positives).

Each sentence is written for the test (none is copied from a gold set or an article); each rule has a case that
keeps the old reading where the rule must not apply.
"""

from __future__ import annotations

from typing import Any

from app.assist.figures import detect_figures
from app.assist.offprose import code_regions, table_regions


def found(text: str) -> list[tuple[str, str, Any]]:
    return [(p.text(text), p.attributes["kind"], p.attributes["value"]) for p in detect_figures(text)]


def test_page_code_proposes_nothing() -> None:
    css = ".news_box ul { margin: 0; padding: 4px; } .news_box li { width: 120px; float: right; color: #333; }"
    text = f"{css} وزار الوزير 5 مدارس في الجهة."
    assert found(text) == [("5", "count", 5)]
    assert code_regions(text) and code_regions(text)[0][1] <= text.index("وزار")
    script = "var chart = draw('box', [['x',40],['y',25]], { padding: 8, rows: 2 }); function go(){ return 3; }"
    assert found(script + " وبلغ عدد الزوار 300 زائر") == [("300", "count", 300)]


def test_one_brace_in_prose_is_no_page_code() -> None:
    text = "قال الوزير {في تصريح} إن 40 مؤسسة ستفتح أبوابها; وإن 12 أخرى ستغلق."
    assert code_regions(text) == []
    assert [t for t, _, _ in found(text)] == ["40", "12"]


def test_a_results_list_and_a_standings_table_propose_nothing_but_their_date() -> None:
    text = (
        "النتائج : الجمعة 3 مارس 2017 الملعب القابسي 2 - 1 الأولمبي الباجي 12' سامي الطرابلسي 40' أنيس "
        "البدري 77' وليد الهيشري النادي البنزرتي 0 - 0 مستقبل المرسى الترتيب : 1- الملعب القابسي 14 ن "
        "2- الأولمبي الباجي 11 ن 3- مستقبل المرسى 9 ن"
    )
    assert found(text) == [("الجمعة 3 مارس 2017", "date", "2017-03-03")]
    assert table_regions(text)


def test_one_score_or_points_in_prose_still_reads_as_before() -> None:
    # one score in a sentence makes no table; points in prose are counted (the gold sets count them)
    assert table_regions("فاز الفريق بنتيجة 3 - 1 على منافسه") == []
    assert found("ويحتل الفريق المركز الثاني برصيد 23 نقطة بعد 11 مباراة") == [("23", "count", 23), ("11", "count", 11)]


def test_a_bracketed_rank_after_a_country_and_the_list_after_it() -> None:
    text = "وحلت ليبيا الخامسة عربيا بعد قطر (22 عالميا) والكويت (31) والأردن (35) ولبنان (60) حسب التقرير"
    assert found(text) == []
    # a bracketed number with no rank word before it in the list stays a count
    assert found("وشارك في الدورة لاعبون من قطر (22) والكويت (31)") == [("22", "count", 22), ("31", "count", 31)]


def test_clock_times_in_brackets_and_after_midday() -> None:
    assert found("يفتح المكتب من الساعة الثامنة صباحا (8.30) إلى منتصف النهار و 45 دقيقة (12.45) يوميا") == []
    assert found("وتغلق الأبواب عند منتصف الليل و10 دقائق") == []
    # a duration after noon that is no time of day, and a bracketed decimal with no time word, stay
    assert found("استغرق الاجتماع بعد الظهر 45 دقيقة") == [("45 دقيقة", "duration", 45)]
    assert found("وبلغ المؤشر (8.30) نقطة") == [("8.30", "count", 8.3)]


def test_product_models_text_message_codes_and_kilometre_points() -> None:
    assert found("وأوقفت الشركة بيع هواتف غالاكسي نوت-5 في السوق") == []
    assert found("ويمكن الاشتراك بإرسال 3 إلى 801234 من أي جوال") == []
    assert found("وقع الحادث عند النقطة الكيلومترية 112 من الطريق السيارة") == []
    # a number sent to someone is still counted when no short number follows
    assert found("وتم إرسال 300 طن من المساعدات") == [("300 طن", "measure", 300)]


def test_a_bracketed_number_before_a_scale_word_multiplies() -> None:
    assert found("يستقبل المطار (15) ألف مسافر يوميا") == [("(15) ألف", "count", 15000)]
    assert found("يؤدي (12) حاجا المناسك") == [("12", "count", 12)]


def test_a_year_like_number_after_among_is_a_count() -> None:
    assert found("وسيغادر 300 عامل من بين 2000 يعملون في المصنع") == [("300", "count", 300), ("2000", "count", 2000)]
    # a range of years after من بين stays two years
    assert found("في الفترة من بين 2000 و2005") == [("2000", "date", "2000"), ("2005", "date", "2005")]
