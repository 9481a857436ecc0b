"""Claims round 33, sources: a foreign first name that ends in ا (أنجيلا، فرانسوا) before a surname is part of the
name, not an indefinite accusative that ends the subject; a quoted topic after a definite event noun and حول is a
title; an attribution inside a clause that goes on ends its source; a programme named after في is an occasion;
عن after الدفاع goes on in a body's name; a report (تقرير، بيان) before the idafa of الذي's antecedent is its source;
a preposition with a pronoun (حولها) is no source."""

from __future__ import annotations

from app.assist.claims import detect_claims
from tests.assist.test_claims import only, spans


def _source_of(text: str, rule: str) -> str | None:
    found = [p for p in detect_claims(text) if p.rule == rule]
    assert len(found) == 1
    return spans(text, found[0])[2]


def test_a_first_name_in_a_ending_before_a_surname_stays_in_the_subject() -> None:
    text = 'أعربت الوزيرة النمساوية أنجيلا شولتز عن أسفها لهذا القرار، قالت بأن هذا الإجراء "غير مقبول".'
    assert _source_of(text, "claims.قال.that") == "الوزيرة النمساوية أنجيلا شولتز"


def test_an_accusative_object_still_ends_the_subject() -> None:  # guard
    text = "أصدر الحزب الجمهوري بيانا رسميا، قال فيه إن الوضع خطير."
    assert _source_of(text, "claims.قال.that") == "الحزب الجمهوري"


def test_a_quoted_topic_of_a_definite_event_is_a_title() -> None:
    text = (
        'وقال الوزير، على هامش افتتاحه أشغال الندوة الإقليمية حول "تطوير التعليم: من الحفظ إلى الفهم": '
        '"لن نتراجع عن هذه الإصلاحات مهما كانت الضغوط".'
    )
    found = detect_claims(text)
    assert [spans(text, p)[0] for p in found] == ["لن نتراجع عن هذه الإصلاحات مهما كانت الضغوط"]
    assert spans(text, found[0])[2] == "الوزير"


def test_an_attribution_inside_the_clause_ends_its_source_before_the_clause_goes_on() -> None:
    text = "وحجزت الوحدات الأمنية التي داهمت المستودع حسب الصحيفة المحلية شاحنة محملة بالسجائر المهربة."
    found = detect_claims(text)
    assert len(found) == 1
    content, _, source = spans(text, found[0])
    assert source == "الصحيفة المحلية"
    assert content.endswith("شاحنة محملة بالسجائر المهربة")


def test_a_reflexive_source_after_a_mid_sentence_attribution_goes_on() -> None:  # guard
    text = "وستنتفع بهذا البرنامج حسب المصدر ذاته العائلات محدودة الدخل في كامل الولايات."
    assert [spans(text, p)[2] for p in detect_claims(text)] == ["المصدر ذاته"]


def test_a_programme_named_after_fi_ends_the_source() -> None:
    text = "وأكد أحد الفلاحين بالجهة عادل المرزوقي في بوليتيكا أن المحصول تضرر كثيرا هذا الموسم."
    assert spans(text, only(text))[2] == "أحد الفلاحين بالجهة عادل المرزوقي"


def test_an_after_the_verbal_noun_of_defence_stays_in_the_source() -> None:
    text = "وطالبت الجمعية الوطنية للدفاع عن حقوق المسافرين بمراجعة أسعار التذاكر."
    assert spans(text, only(text))[2] == "الجمعية الوطنية للدفاع عن حقوق المسافرين"


def test_a_report_before_the_antecedent_idafa_is_the_source() -> None:
    text = "وقد استقال المدير قبل أيام من صدور تقرير هيئة الرقابة الذي كشف عن وجود تجاوزات خطيرة."
    assert spans(text, only(text))[2] == "تقرير هيئة الرقابة"


def test_a_preposition_with_a_pronoun_is_no_source() -> None:
    text = "هي قضية وطنية يتفق حولها الجميع. يتفق حولها وأكد أن الحوار هو السبيل الوحيد للخروج من الأزمة."
    found = [p for p in detect_claims(text) if p.rule == "claims.اكد.that"]
    assert len(found) == 1 and found[0].source is None
