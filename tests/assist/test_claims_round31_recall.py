"""Claims round 31 (recall): claims missed by the earlier rules; a finite اعتبر with its subject and two objects,
more verbal nouns as the object of أعلن / أكد, an object after the time that ends the source, جدد التأكيد على,
وصف with its subject and a demonstrative object, a cue after أنه inside another claim, اعتبر with a quoted
second object."""

from __future__ import annotations

from app.assist.claims import detect_claims
from tests.assist.test_claims import only, spans


def test_itabara_with_a_named_subject_and_two_objects() -> None:
    text = "وتعتبر الحكومة الفرنسية المغرب شريكا استراتيجيا في المنطقة."
    assert spans(text, only(text)) == ("المغرب شريكا استراتيجيا في المنطقة", "تعتبر", "الحكومة الفرنسية")


def test_itabara_before_an_adverbial_participle_is_no_second_object() -> None:
    text = "واعتبر خطة الحكومة غير واضحة متسائلا عن مصادر تمويلها."
    assert detect_claims(text) == []


def test_a_reported_death_or_arrest_is_the_object_of_alana() -> None:
    text = "وأعلنت الشرطة اليوم اعتقال رجلين يشتبه في تورطهما في السرقة."
    assert spans(text, only(text)) == ("اعتقال رجلين يشتبه في تورطهما في السرقة", "أعلنت", "الشرطة")


def test_an_object_after_the_time_that_ends_the_source() -> None:
    text = "وأكد رئيس الجمعية، سامي الحداد، اليوم الأحد الإضراب المقرر يوم الخميس القادم."
    assert spans(text, only(text)) == ("الإضراب المقرر يوم الخميس القادم", "أكد", "رئيس الجمعية، سامي الحداد")


def test_a_time_inside_a_relative_clause_opens_no_object() -> None:
    text = "وأعلنت الحكومة عنها، على غرار الملف الذي حدد يوم 15 جوان آخر أجل للمصادقة عليه."
    assert all(not spans(text, p)[0].startswith("آخر") for p in detect_claims(text))


def test_a_renewed_affirmation_reports_what_follows_ala() -> None:
    text = "ومن جهته جدد السفير التأكيد على دعم بلاده لجهود التنمية في الجهة."
    assert spans(text, only(text)) == ("دعم بلاده لجهود التنمية في الجهة", "جدد", "السفير")


def test_wasafa_with_a_subject_then_a_demonstrative_object() -> None:
    text = "ووصف المحلل السياسي سامي الحداد هذه الخطوة بالمتسرعة."
    assert spans(text, only(text)) == ("بالمتسرعة", "وصف", "المحلل السياسي سامي الحداد")


def test_wasafa_with_the_demonstrative_right_after_it_is_the_passive() -> None:
    assert detect_claims("ووصفت تلك العملية بالناجحة.") == []


def test_a_cue_after_anna_with_its_pronoun_inside_a_content() -> None:
    text = "وأضاف النائب أنه طالب أمس في الجلسة بفتح تحقيق في الحادثة."
    found = {spans(text, p) for p in detect_claims(text)}
    assert ("بفتح تحقيق في الحادثة", "طالب", None) in found


def test_a_verb_of_perception_after_anna_is_no_claim_of_its_own() -> None:
    text = "وقال الشاهد إنه لاحظ أن السيارة كانت تسير بسرعة كبيرة."
    assert [spans(text, p)[1] for p in detect_claims(text)] == ["قال"]


def test_itabara_with_a_named_subject_and_a_quoted_second_object() -> None:
    text = 'واعتبر الناشط سامي الحداد مراجعة القانون الانتخابي "خطوة متسرعة".'
    assert spans(text, only(text)) == ('مراجعة القانون الانتخابي "خطوة متسرعة"', "اعتبر", "الناشط سامي الحداد")
