"""Claims round 38, recall: دعا / طالب with an addressee and a verbal-noun content (no إلى / بـ / أن), and with
لـ after an occasion set before the addressee."""

from __future__ import annotations

from app.assist.claims import detect_claims
from tests.assist.test_claims import only, spans


def test_called_addressee_with_a_quantifier_then_a_verbal_noun() -> None:
    text = "ودعت البلدية كافة المتساكنين في الأحياء الشمالية المساهمة في حملة النظافة يوم الأحد القادم."
    assert spans(text, only(text)) == ("المساهمة في حملة النظافة يوم الأحد القادم", "دعت", "البلدية")


def test_demanded_of_everyone_a_verbal_noun() -> None:
    text = "وطالب الوالي الجميع احترام مواعيد العمل، وتحسين الخدمات."
    assert spans(text, only(text)) == ("احترام مواعيد العمل، وتحسين الخدمات", "طالب", "الوالي")


def test_called_li_after_an_occasion_and_the_addressee() -> None:
    text = "ودعا في بلاغ اليوم الاثنين أعضاء الهيئة لحضور جلسة عامة بمقر البلدية."
    assert spans(text, only(text)) == ("لحضور جلسة عامة بمقر البلدية", "دعا", None)


def test_an_adjective_after_the_addressee_is_no_content() -> None:
    text = "ودعت النقابة كافة الأعوان التابعين للوزارة."
    assert detect_claims(text) == []
