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


def test_closing_attribution_after_a_stance_is_the_only_cue() -> None:
    text = "وعبر الوزير عن ارتياحه لنتائج الموسم الفلاحي في الجهة، وفق بلاغ صادر عن الوزارة."
    assert spans(text, only(text)) == (
        "عبر الوزير عن ارتياحه لنتائج الموسم الفلاحي في الجهة",
        "وفق",
        "بلاغ صادر عن الوزارة",
    )


def test_closing_attribution_after_a_way_through_abra() -> None:
    text = "وتمكن الأعوان من حجز البضاعة المهربة عبر الحدود الجنوبية، حسب ما أكده مصدر أمني."
    assert spans(text, only(text)) == ("تمكن الأعوان من حجز البضاعة المهربة عبر الحدود الجنوبية", "حسب", "مصدر أمني")


def test_hasabama_in_one_word_with_the_one_told() -> None:
    text = "وتم حجز كمية من السجائر المهربة، حسبما أكده لمراسلنا، المكلف بالإعلام بإدارة الديوانة."
    assert spans(text, only(text)) == (
        "تم حجز كمية من السجائر المهربة",
        "حسبما",
        "المكلف بالإعلام بإدارة الديوانة",
    )


def test_writers_note_before_anhu_then_a_closing_attribution() -> None:
    text = "يذكر أنه تم غلق ثلاثة محلات في المدينة،وفق ما أفادت به رئيسة البلدية وكالة تونس افريقيا للأنباء."
    assert spans(text, only(text)) == ("أنه تم غلق ثلاثة محلات في المدينة", "وفق", "رئيسة البلدية")


def test_according_to_a_measure_or_a_law_is_no_attribution() -> None:
    text = "وتتراوح الأسعار بين مائة ومائتي دينار حسب عدد الغرف طبقا لأحكام الفصل 12، وفق ما أكده مدير الشركة."
    assert spans(text, only(text)) == (
        "تتراوح الأسعار بين مائة ومائتي دينار حسب عدد الغرف طبقا لأحكام الفصل 12",
        "وفق",
        "مدير الشركة",
    )


def test_attribution_inside_the_clause_before_ila() -> None:
    text = "وتوصل الباحث التونسي الشاب بحسب ما نشرته صحيفة محلية إلى اكتشاف دواء جديد للمرض."
    assert spans(text, only(text)) == (
        "توصل الباحث التونسي الشاب بحسب ما نشرته صحيفة محلية إلى اكتشاف دواء جديد للمرض",
        "بحسب",
        "صحيفة محلية",
    )


def test_a_verb_claim_keeps_its_closing_attribution() -> None:
    text = "وأكد الوزير أن المشروع سينطلق قريبا، حسب بلاغ للوزارة."
    assert spans(text, only(text))[:2] == ("المشروع سينطلق قريبا", "أكد")


def test_arja_a_gives_a_cause_for_a_noun_object() -> None:
    text = "وأرجع المدير الجهوي تأخر الأشغال إلى نقص اليد العاملة في الجهة."
    assert spans(text, only(text)) == ("تأخر الأشغال إلى نقص اليد العاملة في الجهة", "أرجع", "المدير الجهوي")


def test_arja_a_with_a_demonstrative_object_and_no_named_subject() -> None:
    text = "وأرجعت هذه الانقطاعات إلى أشغال الصيانة على الشبكة."
    assert spans(text, only(text)) == ("هذه الانقطاعات إلى أشغال الصيانة على الشبكة", "أرجعت", None)
