"""FIGURE proposals, bullet by bullet of issue 14 ("Figures"), on sentences of the kind the corpora hold.

Most sentences are taken from ant-news (Tunisian, Maghreb month names and decimal commas) and saudinewsnet
(Saudi, Hijri dates, Eastern Arabic digits); a few are shortened.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import pytest

from app.assist.base import Context, Proposal
from app.assist.figures import detect_figures


def figures(text: str, doc_date: date | None = None) -> list[tuple[str, dict[str, Any]]]:
    return [(p.text(text), dict(p.attributes)) for p in detect_figures(text, Context(doc_date=doc_date))]


def one(text: str, doc_date: date | None = None) -> tuple[str, dict[str, Any]]:
    found = figures(text, doc_date)
    assert len(found) == 1, found
    return found[0]


def test_proposals_are_figure_spans_in_code_points_sorted_and_disjoint() -> None:
    text = "سجلت الخطوط التونسية عجزا بقيمة 71 مليون دينار خلال سنة 2015 مقابل ارباح بقيمة 42 مليون دينار في 2014."
    props = detect_figures(text)
    assert all(isinstance(p, Proposal) and p.label == "FIGURE" for p in props)
    assert [p.text(text) for p in props] == ["71 مليون دينار", "2015", "42 مليون دينار", "2014"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(props))
    assert {p.rule for p in props} == {"figures.money", "figures.date"}
    assert all(set(p.attributes) >= {"kind", "value", "qualifier", "unit"} for p in props)


# --- numbers: three digit scripts, separators as the text uses them, scale words, number words ---------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("بلغ عدد الحجاج ١٢٥٠ حاجا", "١٢٥٠", 1250),  # Eastern Arabic digits
        ("وصل ۳۵۰ مسافرا", "۳۵۰", 350),  # Persian digits
        ("قيمة 1٬234٫5 مليون", "1٬234٫5 مليون", 1_234_500_000),  # Arabic thousands and decimal separators
        ("تداول 4,100,000 سهم", "4,100,000", 4_100_000),  # thousands commas
        ("حجز 12.500 علبة", "12.500", 12_500),  # a dot before three digits and nothing after: thousands
        ("ارتفع المؤشر بـ 76.75 نقطة", "76.75", 76.75),
        ("تمويل بقيمة 1,5 مليون دينار", "1,5 مليون دينار", 1_500_000),  # Maghreb decimal comma
        ("ارتفاع بقيمة 01ر108 نقطة", "01ر108", 108.01),  # the Saudi agency's decimal mark, fraction first
    ],
)
def test_digits_of_three_scripts_and_separators_as_the_text_uses_them(text: str, span: str, value: float) -> None:
    got, attrs = one(text)
    assert got == span
    assert attrs["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("استقطب المهرجان 20 ألف متفرج", "20 ألف", 20_000),
        ("يقطن المدينة 7 ملايين نسمة", "7 ملايين", 7_000_000),
        ("رصدت الدولة 3 مليارات للمشروع", "3 مليارات", 3_000_000_000),
        ("دفع النجم مبلغ مليوني دينار", "مليوني دينار", 2_000_000),  # a dual scale word alone
        ("تقدر الكلفة بألفين دينار", "ألفين دينار", 2_000),
        ("تداول 4 ملايين و178 ألفا و447 سهما", "4 ملايين و178 ألفا و447", 4_178_447),
        ("قيمة مليون و200 ألف دولار", "مليون و200 ألف دولار", 1_200_000),
    ],
)
def test_scale_words_and_duals(text: str, span: str, value: int) -> None:
    got, attrs = one(text)
    assert (got, attrs["value"]) == (span, value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("قتل مئة وأربعة وأربعون شخصا", "مئة وأربعة وأربعون", 144),
        ("نشر ثلاثة آلاف جندي", "ثلاثة آلاف", 3_000),
        ("استغرقت إعادة بنائها سبعة عشر عاماً", "سبعة عشر عاماً", 17),
        ("حجز شاحنة قيمتها مائة وخمسين ألف دينار", "مائة وخمسين ألف دينار", 150_000),
        ("خلال فترة لا تتجاوز الأربعة عشر يوما", "لا تتجاوز الأربعة عشر يوما", 14),
    ],
)
def test_number_words(text: str, span: str, value: int) -> None:
    got, attrs = one(text)
    assert (got, attrs["value"]) == (span, value)


def test_a_number_in_words_with_its_digits_in_brackets_is_one_figure() -> None:
    got, attrs = one("سجن خمسة وثلاثين (35) عاما")
    assert got == "خمسة وثلاثين (35) عاما"
    assert (attrs["kind"], attrs["value"], attrs["unit"]) == ("duration", 35, "year")


def test_two_number_words_of_the_same_rank_are_two_figures() -> None:
    found = figures("لفترات طويلة تتراوح بين أربعين وخمسين سنة")
    assert [(s, a["value"], a["kind"]) for s, a in found] == [("أربعين", 40, "duration"), ("خمسين سنة", 50, "duration")]


def test_words_that_only_look_like_numbers_are_left_alone() -> None:
    assert figures("لست أدري ما حدث يوم الاثنين في إحدى المدن، وفي آن واحد") == []
    assert figures("ظهرت مئات الشركات وآلاف المهاجرين") == []  # vague plurals are no figures
    assert figures("لم تتمكن الثامنة عشرة من الحضور") == []  # an ordinal


# --- qualifiers ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("قتل ما لا يقل عن 144 شخصا", "ما لا يقل عن 144", "at_least"),
        ("راحة قد تصل إلى خمسة أشهر على الأقلّ", "خمسة أشهر على الأقلّ", "at_least"),
        ("في أجل أقصاه 15 يوما من تاريخ الشغور", "أقصاه 15 يوما", "at_most"),
        ("بغرامة لا تزيد على عشرة آلاف ريال", "لا تزيد على عشرة آلاف ريال", "at_most"),
        ("وسيحصل الحزب على أكثر من 70 مقعدا", "أكثر من 70", "more_than"),
        ("بفارق جاوز ثلاثة ملايين جنيه استرليني", "جاوز ثلاثة ملايين جنيه استرليني", "more_than"),
        ("ولم ينفد سوى أقل من 50 في المائة من التذاكر", "أقل من 50 في المائة", "less_than"),
        ("على طول حوالي 130 كلم", "حوالي 130 كلم", "about"),
        ("تغطي قرابة 25 بالمائة من المراهقين", "قرابة 25 بالمائة", "about"),
        ("عن عمر ناهز 74 عاما", "ناهز 74 عاما", "about"),
        ("ويكلف مليار دولار أو أكثر", "مليار دولار أو أكثر", "at_least"),
        ("قتل 47 شخصًا على الأقل", "47 شخصًا على الأقل", "at_least"),
        ("تشغل 120 شاطئا", "120", None),
    ],
)
def test_qualifiers(text: str, span: str, qualifier: str | None) -> None:
    got, attrs = one(text)
    assert (got, attrs["qualifier"]) == (span, qualifier)


def test_clitics_in_front_stay_outside_the_span() -> None:
    assert one("على بعد وبنحو 3 كلم")[0] == "نحو 3 كلم"
    assert one("فاز ب163 صوتا")[0] == "163"
    assert one("تصدر الحزب النتائج بـ43 بالمائة")[0] == "43 بالمائة"
    assert one("قدرت قيمة المسروق بحوالي 15 ألف دينار")[0] == "حوالي 15 ألف دينار"


# --- kinds and units -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("بتكلفة 25 ألف دولار أمريكي", "25 ألف دولار أمريكي", 25_000, "USD"),
        ("صفقة بقيمة نحو 12 مليار دولار", "نحو 12 مليار دولار", 12_000_000_000, "USD"),
        ("بلغت المساعدات 2.4 مليار يورو", "2.4 مليار يورو", 2_400_000_000, "EUR"),
        ("بقيمة 73 مليون اورو", "73 مليون اورو", 73_000_000, "EUR"),
        ("يبلغ سعر الهاتف 1799 دينار تونسي", "1799 دينار تونسي", 1799, "TND"),
        ("مقابل 46 مليون جنيه إسترليني", "46 مليون جنيه إسترليني", 46_000_000, "GBP"),
        ("بلغ 10ر443 ريال قطري", "10ر443 ريال قطري", 443.10, "QAR"),
        ("تبلغ مجموع الجوائز 500 ريال", "500 ريال", 500, None),  # a bare riyal: the text does not say which
        ("تخصص تونس 600 مليون دينار سنويا", "600 مليون دينار", 600_000_000, None),
        ("سعر الخبز 230 مليما", "230 مليما", 0.23, "TND"),
    ],
)
def test_money_with_iso_4217_units(text: str, span: str, value: float, unit: str | None) -> None:
    got, attrs = one(text)
    assert (got, attrs["kind"], attrs["unit"]) == (span, "money", unit)
    assert attrs["value"] == pytest.approx(value)


def test_a_bare_dinar_takes_the_nationality_the_document_gives() -> None:
    text = "يبلغ سعر الهاتف 999 دينار تونسي. أما الطراز الآخر فيبلغ 699 دينار."
    assert [a["unit"] for _, a in figures(text)] == ["TND", "TND"]
    mixed = "يعادل الفرنك 2.277 دينار تونسي و0.3 دينار كويتي، وثمنه 50 دينارا."
    assert [a["unit"] for _, a in figures(mixed)][-1] is None  # two nationalities: the bare one stays open


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("السياحة الداخلية استحوذت على 30 بالمائة من السوق", "30 بالمائة", 30),
        ("حصل ماكرون على 23.75 في المئة من الأصوات", "23.75 في المئة", 23.75),
        ("نسبة الاكتظاظ 150%", "150%", 150),
        ("تراجع المؤشر بنسبة 0.84 ٪", "0.84 ٪", 0.84),
        ("لتبلغ %4,75", "%4,75", 4.75),
        ("تراجع الفصل الأول (- 2.2 في المائة)", "- 2.2 في المائة", -2.2),
    ],
)
def test_percent(text: str, span: str, value: float) -> None:
    got, attrs = one(text)
    assert (got, attrs["kind"]) == (span, "percent")
    assert attrs["value"] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("امرأة مسنة تبلغ من العمر 84 سنة", "84 سنة", 84, "year"),
        ("توفي عن عمر 72 عاما", "72 عاما", 72, "year"),
        ("تدريب عسكري لمدة 21 يوما", "21 يوما", 21, "day"),
        ("حكم بالسجن لأربعة أشهر", "أربعة أشهر", 4, "month"),
        ("مستمرة منذ ست ساعات", "ست ساعات", 6, "hour"),
        ("يستغرق العرض 40 دقيقة", "40 دقيقة", 40, "minute"),
        ("سيتم تسديده على امتداد 32 سنة ونصف", "32 سنة ونصف", 32.5, "year"),
        ("خلال الخمس سنوات الماضية", "الخمس سنوات", 5, "year"),
        ("في السنوات الخمس الأخيرة", "السنوات الخمس", 5, "year"),
    ],
)
def test_durations(text: str, span: str, value: float, unit: str) -> None:
    got, attrs = one(text)
    assert (got, attrs["kind"], attrs["value"], attrs["unit"]) == (span, "duration", value, unit)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("ضبط 230 كيلوغراما من الحبوب", "230 كيلوغراما", 230, "kg"),
        ("حجز 12 ألف كغ من الرصاص", "12 ألف كغ", 12_000, "kg"),
        ("استهلك التونسي 250 كلغ سنويا", "250 كلغ", 250, "kg"),
        ("على مساحة 7200 هكتار", "7200 هكتار", 7200, "ha"),
        ("السفينة التي تزن 1200 طن", "1200 طن", 1200, "t"),
        ("بعرض 30 مترا", "30 مترا", 30, "m"),
        ("تسعة ملايين متر مربع", "تسعة ملايين متر مربع", 9_000_000, "m2"),
        ("ورفعت ١١٤٠٠ متر مكعب من المخلفات", "١١٤٠٠ متر مكعب", 11_400, "m3"),
        ("بلغت الحرارة 40 درجة مئوية", "40 درجة مئوية", 40, "°C"),
        ("رياح تتجاوز 80 كلم/س", "تتجاوز 80 كلم/س", 80, "km/h"),
        ("بسرعة 24 كيلومترا في الساعة", "24 كيلومترا في الساعة", 24, "km/h"),
        ("شاشة بمقاس 6.4 بوصة", "6.4 بوصة", 6.4, "in"),
        ("محملة بقرابة 2000 لتر من البنزين", "قرابة 2000 لتر", 2000, "l"),
    ],
)
def test_measures_with_their_unit(text: str, span: str, value: float, unit: str) -> None:
    got, attrs = one(text)
    assert (got, attrs["kind"], attrs["unit"]) == (span, "measure", unit)
    assert attrs["value"] == pytest.approx(value)


def test_counts_span_the_number_only() -> None:
    got, attrs = one("ألقت الشرطة القبض على 3 إيطاليين")
    assert (got, attrs) == ("3", {"kind": "count", "value": 3, "qualifier": None, "unit": None})


def test_a_range_gives_its_first_end_the_unit_of_the_second() -> None:
    found = figures("تتراوح درجات الحرارة القصوى بين 26 و 30 درجة وفي حدود 22 بالمرتفعات")
    assert [(s, a["kind"], a["unit"]) for s, a in found] == [
        ("26", "measure", "°"),
        ("30 درجة", "measure", "°"),
        ("في حدود 22", "measure", "°"),
    ]
    wind = figures("بسرعة 18-38 كم/ساعة")
    assert [(s, a["value"], a["unit"]) for s, a in wind] == [("18", 18, "km/h"), ("38 كم/ساعة", 38, "km/h")]
    cars = figures("تخطط لبيع 50-55 ألف سيارة")
    assert [a["value"] for _, a in cars] == [50_000, 55_000]


def test_names_ranks_clock_times_scores_and_codes_are_no_figures() -> None:
    text = (
        "وفق الفصل 24 من النظام الداخلي، على الساعة 14:30 فاز الفريق 2-1 في الجولة 13، والطائرة أ340 والرحلة "
        "TU 216 ومقاتلات إف 15 والرقم 71123456، في دورته الـ 31"
    )
    assert figures(text) == []
    assert figures("اكتسح برشلونة 3-صفر وخسر امام ريال مدريد (صفر-2)") == []  # صفر: zero, not the month
    assert figures("للارشادات: 81 10 77 77 أو 31 30 30 30") == []  # telephone number groups
    assert figures("على الساعة 8:30 دقيقة صباحا") == []


def test_a_number_word_after_its_defined_noun() -> None:
    assert one("وفق المصادر السعودية الثلاثة التي طلبت")[1]["value"] == 3
    assert figures("في القرن العشرين") == []  # tens after a noun are ordinals
    assert figures("برئيس جمهورية غينيا الفا كونداي") == []  # a name, not two thousand
    assert figures("هاجر بالشيخ (آفاق تونس- دائرة تونس 2) التحقت") == []  # an electoral district


def test_spacing_and_spelling_as_they_come() -> None:
    assert one("تواجد نحو13 ألف شريحة")[0] == "نحو13 ألف"  # qualifier glued to the digits
    assert one("عدد المدخرين 4 ألاف مليون")[1]["value"] == 4_000_000_000  # ألاف without madda
    assert one("منحة قدرها 150  دينارا")[0] == "150  دينارا"  # two spaces
    assert one("إن «ما لا يقل عن 280 طفلا»")[0] == "ما لا يقل عن 280"  # the quote stays out


# --- dates -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("اندلع فجر اليوم الاثنين 5 ديسمبر 2016 حريق", "الاثنين 5 ديسمبر 2016", "2016-12-05"),  # weekday before
        ("انطلاقا من 15 ماي 2017", "15 ماي 2017", "2017-05-15"),  # Maghreb
        ("اتفاق 18 جانفي 2016", "18 جانفي 2016", "2016-01-18"),
        ("بتاريخ 25 جويلية 2016", "25 جويلية 2016", "2016-07-25"),
        ("في 22 آذار (مارس) 2016", "22 آذار (مارس) 2016", "2016-03-22"),  # Levantine with its twin
        ("في كانون الأول (ديسمبر) 1999", "كانون الأول (ديسمبر) 1999", "1999-12"),
        ("في آب/أغسطس 2010", "آب/أغسطس 2010", "2010-08"),
        ("انتفاضة الأقصى في 28 سبتمبر 2000", "28 سبتمبر 2000", "2000-09-28"),  # Egyptian / Gulf
        ("الفاتح من جانفي 2017", "الفاتح من جانفي 2017", "2017-01-01"),
        ("في 31/12/2016 بلغ", "31/12/2016", "2016-12-31"),
        ("خلال سنة 2015", "2015", "2015"),
        ("في أكتوبر 2016", "أكتوبر 2016", "2016-10"),
    ],
)
def test_gregorian_dates_in_three_traditions(text: str, span: str, value: str) -> None:
    got, attrs = one(text)
    assert (got, attrs["kind"], attrs["value"]) == (span, "date", value)
    assert "year_inferred" not in attrs


def test_dates_without_a_year_are_iso_without_a_year() -> None:
    assert one("الذكرى الموافق 17 من أفريل")[1]["value"] == "--04-17"
    assert one("بداية من شهر فيفري")[1]["value"] == "--02"
    assert figures("مارس الفريق ضغطا كبيرا") == []  # "مارس" as a verb


def test_the_documents_date_makes_the_year_certain_and_is_marked_inferred() -> None:
    doc = date(2017, 1, 22)
    got, attrs = one("اجتماع يوم الخميس 5 جانفي", doc)
    assert (got, attrs["value"], attrs["year_inferred"]) == ("الخميس 5 جانفي", "2017-01-05", True)
    assert one("حريق 28 ديسمبر", doc)[1]["value"] == "2016-12-28"  # nearest to the article's date
    assert one("منذ شهر فيفري الماضي", doc)[1]["value"] == "2016-02"  # "الماضي": before the article
    assert one("الذكرى الموافق 17 من أفريل من كل عام", doc)[1]["value"] == "--04-17"  # every year: none


def test_dates_glued_or_in_brackets() -> None:
    assert one("مساء يوم السبت 14ماي 2016 من ضبط")[0] == "السبت 14ماي 2016"
    assert one("في الموعد الذي حدّدته (26 نوفمبر 2017).")[1]["value"] == "2017-11-26"
    assert one("كان أعلن منذ \xa026 ديسمبر 2002 بمناسبة")[1]["value"] == "2002-12-26"  # a no-break space
    assert [a["value"] for _, a in figures("ت: 1365هـ - 1945م")] == ["1945-12-05/1946-11-24", "1945"]
    assert figures("الاتفاق مع دول (5+1) مبينا") == []


def test_a_day_range_before_a_month_gives_two_dates() -> None:
    found = figures("ينعقد يومي 26 و27 مارس الجاري", date(2016, 3, 27))
    assert [(s, a["value"]) for s, a in found] == [("26", "2016-03-26"), ("27 مارس", "2016-03-27")]


@pytest.mark.parametrize(
    ("text", "span", "value", "hijri"),
    [
        ("جيزان 26 شوال 1436 هـ الموافق", "26 شوال 1436 هـ", "2015-08-11", "1436-10-26"),
        ("الأحد ١-١١-١٤٣٦هـ بدلاً من", "الأحد ١-١١-١٤٣٦هـ", "2015-08-16", "1436-11-01"),
        ("ابتداء من يوم السبت 7 / 11 / 1436هـ", "السبت 7 / 11 / 1436هـ", "2015-08-22", "1436-11-07"),
        ("اعتبارا من 1 ذي القعدة 1436 هـ", "1 ذي القعدة 1436 هـ", "2015-08-16", "1436-11-01"),
        ("منذ عام 1390هـ", "1390هـ", "1970-03-09/1971-02-25", "1390"),  # a year: the interval it covers
    ],
)
def test_hijri_dates_are_converted_with_umm_al_qura_and_keep_their_hijri_form(
    text: str, span: str, value: str, hijri: str
) -> None:
    got, attrs = one(text)
    assert (got, attrs["kind"], attrs["value"], attrs["hijri"]) == (span, "date", value, hijri)


def test_the_gregorian_twin_of_a_hijri_date_is_its_own_figure() -> None:
    found = figures("الرياض 23 شوال 1436هـ الموافق 8 أغسطس 2015م واس")
    assert [(s, a["value"], a.get("hijri")) for s, a in found] == [
        ("23 شوال 1436هـ", "2015-08-08", "1436-10-23"),
        ("8 أغسطس 2015م", "2015-08-08", None),
    ]


def test_a_hijri_date_without_a_year_takes_the_documents_hijri_year() -> None:
    got, attrs = one("في الفترة من 5 ذو القعدة", date(2015, 8, 11))
    assert (got, attrs["value"], attrs["hijri"], attrs["year_inferred"]) == (
        "5 ذو القعدة",
        "2015-08-20",
        "1436-11-05",
        True,
    )
    assert figures("خلال شهر رمضان الكريم") == []  # the month alone is no date


def test_a_hijri_year_range() -> None:
    found = figures("خلال السنة الدراسية 1435-1436هـ")
    assert [(s, a["hijri"]) for s, a in found] == [("1435", "1435"), ("1436هـ", "1436")]


def test_the_documents_date_is_read_from_its_metadata_or_source_name() -> None:
    from app.assist.dates import doc_date_of

    assert doc_date_of({"time": "19/12/2016", "url": "x"}) == date(2016, 12, 19)  # ant-news
    assert doc_date_of({"date_extracted": "2015-08-11 13:44:43"}) == date(2015, 8, 11)  # saudinewsnet
    assert doc_date_of({"date": "2017-01-20T21:43:00+01:00"}) == date(2017, 1, 20)
    assert doc_date_of({}, "sport/JA-sport-919-20170101.txt") == date(2017, 1, 1)
    assert doc_date_of(None, "localNews/JA-localNews-621-11082016.txt") == date(2016, 8, 11)  # DDMMYYYY
    assert doc_date_of({"time": "soon"}, "notes.txt") is None


def test_trie_regex_matches_exactly_its_words_longest_first() -> None:
    import re

    from app.assist.trie import trie_regex

    words = ["ماي", "مايو", "مارس", "كانون الثاني", "كانون الأول", "م"]
    pattern = re.compile(trie_regex(words))
    for word in words:
        assert pattern.fullmatch(word), word
    assert pattern.fullmatch("كانون   الثاني")  # a space matches any run of blanks
    longest = pattern.match("مايو 2015")
    assert longest is not None and longest.group(0) == "مايو"  # the longest form wins
    assert not pattern.fullmatch("مار") and not pattern.fullmatch("كانون")
