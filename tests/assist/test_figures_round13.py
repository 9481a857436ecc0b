"""Round 13 of the figure rules: general defects behind fresh13's and fresh14's first-run errors (issue 14).

Each sentence is shortened from the corpus sentence the rule was written on or one the corpus check read.
"""

from __future__ import annotations

from typing import Any

from app.assist.base import Context
from app.assist.figures import detect_figures


def figures(text: str) -> list[tuple[str, dict[str, Any]]]:
    return [(p.text(text), dict(p.attributes)) for p in detect_figures(text, Context())]


def kinds(text: str) -> list[tuple[str, str, Any, Any]]:
    return [(s, a["kind"], a["value"], a["unit"]) for s, a in figures(text)]


def test_battery_capacity_in_milliampere_hours_is_a_measure() -> None:
    assert kinds("مزود ببطارية سعتها 6250 مللي أمبير، ما يمنح") == [("6250 مللي أمبير", "measure", 6250, "mAh")]
    assert kinds("وبطارية بسعة 4,000 ميلي أمبير/ساعة، ذاكرة") == [("4,000 ميلي أمبير/ساعة", "measure", 4000, "mAh")]


def test_spellings_of_megapixel_and_gigabyte_are_measures() -> None:
    assert kinds("دقة الكاميرا الخلفية 8 ميجابيكسل، والأمامية 2 ميغابكسل.") == [
        ("8 ميجابيكسل", "measure", 8, "MP"),
        ("2 ميغابكسل", "measure", 2, "MP"),
    ]
    assert kinds("وذاكرة عشوائية بمساحة 1 جيقابايت") == [("1 جيقابايت", "measure", 1, "GB")]


def test_cents_are_hundredths_of_a_dollar() -> None:
    assert kinds("وتراجع الخام الأمريكي الخفيف 39 سنتا إلى 44.57 دولار") == [
        ("39 سنتا", "money", 0.39, "USD"),
        ("44.57 دولار", "money", 44.57, "USD"),
    ]
    assert kinds("بمعدل 100 سنت على الدولار") == [("100 سنت", "money", 1, "USD")]


def test_a_range_first_end_borrowing_cents_is_divided_too() -> None:
    assert kinds("تلقى أصحاب السندات بين 20 و 28 سنتا على الدولار") == [
        ("20", "money", 0.2, "USD"),
        ("28 سنتا", "money", 0.28, "USD"),
    ]


def test_a_version_after_an_operating_system_is_part_of_its_name() -> None:
    assert figures("لن يشتغل التطبيق على هواتف أندرويد 2.1 أو 2.2، كما سيؤثر") == []
    assert figures('أي شخص لا يزال يستخدم "ويندوز فون 7" لن يكون قادرا') == []
    assert figures("يتوقف دعم تطبيق مسنجر لنظام ويندوز فون 8 و8.1، ولن يكون") == []
    assert kinds("فاز 3 لاعبين و5 مدربين") == [("3", "count", 3, None), ("5", "count", 5, None)]


def test_numbers_joined_by_a_times_sign_are_a_resolution() -> None:
    assert kinds("شاشة بحجم 4 بوصات بدقة 960×540 بيكسل، وذاكرة") == [("4 بوصات", "measure", 4, "in")]
    assert figures("تبلغ 2560 × 1440 بكسل لتبدو الصور") == []


def quals(text: str) -> list[tuple[str, Any]]:
    return [(s, a["qualifier"]) for s, a in figures(text)]


def test_reaching_up_to_after_an_indefinite_noun_a_modal_or_a_future_is_at_most() -> None:
    assert quals("مقابلة محاميه متى طلب لمدة تصل إلى 30 دقيقة. ويتضمن") == [("تصل إلى 30 دقيقة", "at_most")]
    assert quals("بعائدات جملية قد تصل إلى 700 مليون دينار.") == [("تصل إلى 700 مليون دينار", "at_most")]
    assert quals("الذي يمكن أن يصل إلى 10 سنوات .") == [("يصل إلى 10 سنوات", "at_most")]
    assert quals("والحرارة الصغرى ستصل إلى 2 تحت الصفر") == [("ستصل إلى 2 تحت الصفر", "at_most")]  # round 17: the span


def test_reaching_after_a_definite_noun_or_a_target_is_no_bound() -> None:
    assert quals("في نسبة الاتصال بالإنترنت التي تصل إلى 99 في المائة، في حين") == [("99 في المائة", None)]
    assert quals("في حين تصل إلى 24 ألفاً و315 طالباً في الحكومية") == [("24 ألفاً و315", None)]
    assert quals("ثمانية عشر طنا على ان يصل إلى عشرين طنا يوجه") == [("ثمانية عشر طنا", None), ("عشرين طنا", None)]
    assert quals("حشرة بطول يصل الى 3 صم تقريبا، لونها") == [("3 صم تقريبا", "about")]
