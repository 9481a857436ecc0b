"""Claims round 29 (recall): claims missed by the earlier rules; اعترف with بـ reports what was admitted."""

from __future__ import annotations

from app.assist.claims import detect_claims
from tests.assist.test_claims import only, spans


def test_itarafa_with_bi_reports_what_was_admitted() -> None:
    text = "واعترف الموقوف بسرقة دراجتين ناريتين من أمام المعهد."
    assert spans(text, only(text)) == ("بسرقة دراجتين ناريتين من أمام المعهد", "اعترف", "الموقوف")


def test_itarafa_past_a_bi_word_of_manner() -> None:
    text = "وبعد سماعهم إعترفوا بالتحري معهم بانتمائهم إلى شبكة لتهريب الوقود."
    assert spans(text, only(text)) == ("بانتمائهم إلى شبكة لتهريب الوقود", "إعترفوا", None)


def test_recognising_a_state_is_no_claim() -> None:
    assert detect_claims("واعترفت عشرون دولة بدولة فلسطين خلال ذلك العام.") == []


def test_a_short_quoted_name_before_fi_is_the_source() -> None:
    text = 'واعترف "المنصوري" في هذا التسجيل بالتخطيط لعمليات تهريب.'
    assert spans(text, only(text))[2] == "المنصوري"


def test_itabara_with_its_object_pronoun_reports_the_second_object() -> None:
    text = "واحتج الاتحاد الجهوي للشغل على ما اعتبره تجاهلا لمطالب العمال."
    assert spans(text, only(text)) == ("تجاهلا لمطالب العمال", "اعتبره", "الاتحاد الجهوي للشغل")


def test_itabara_pronoun_after_alladhi_takes_the_speaker_not_the_antecedent() -> None:
    text = "وقال النائب سمير الحداد إنه سيصوت ضد هذا المشروع الذي اعتبره خطوة إلى الوراء."
    found = {spans(text, p) for p in detect_claims(text)}
    assert ("خطوة إلى الوراء", "اعتبره", "النائب سمير الحداد") in found


def test_itabara_pronoun_before_a_definite_subject_is_left() -> None:
    text = "واعتبره الوزير مكسبا للجهة."
    assert [spans(text, p)[0] for p in detect_claims(text)] != ["الوزير مكسبا للجهة"]


def test_a_listed_verbal_noun_is_the_object_of_akkada() -> None:
    text = "وأكدت المندوبية الجهوية للصحة تسجيل حالتي إصابة بالحصبة في المنطقة."
    assert spans(text, only(text)) == (
        "تسجيل حالتي إصابة بالحصبة في المنطقة",
        "أكدت",
        "المندوبية الجهوية للصحة",
    )


def test_a_listed_verbal_noun_with_its_pronoun_after_a_participle() -> None:
    text = "وعبر الوفد عن انشغاله بالوضع، مؤكدا مساندته للمبادرة الأممية."
    assert spans(text, only(text))[:2] == ("مساندته للمبادرة الأممية", "مؤكدا")


def test_a_listed_verbal_noun_inside_the_source_before_an_is_left() -> None:
    text = "وأكد مدير مكتب دعم المؤسسات أن البرنامج سينطلق قريبا."
    assert spans(text, only(text)) == ("البرنامج سينطلق قريبا", "أكد", "مدير مكتب دعم المؤسسات")


def test_a_verbal_noun_object_after_a_time_that_ends_the_source() -> None:
    text = "وأعلنت الشركة قبل أيام اتخاذها تدابير جديدة لحماية حسابات المستخدمين."
    assert spans(text, only(text)) == ("اتخاذها تدابير جديدة لحماية حسابات المستخدمين", "أعلنت", "الشركة")


def test_a_verbal_noun_in_the_name_of_an_event_is_no_object() -> None:
    text = "وأعلن الوزير خلال افتتاح مؤتمر دعم المؤسسات الصغرى استعداد الدولة لمرافقة الباعثين."
    assert all(not spans(text, p)[0].startswith("دعم") for p in detect_claims(text))


def test_a_writers_note_relayed_by_a_closing_attribution() -> None:
    text = "تمهيد الخبر. ويذكر أن الحريق أتى على هكتارين من الغابة، وفق ما أكدته لنا مصادر من الحماية المدنية."
    assert spans(text, only(text)) == ("الحريق أتى على هكتارين من الغابة", "وفق", "مصادر من الحماية المدنية")


def test_a_writers_note_alone_is_no_claim() -> None:
    assert detect_claims("تمهيد الخبر. يذكر أن الحريق أتى على هكتارين من الغابة.") == []


def test_a_verbal_noun_object_after_an_apposition_set_off_by_commas() -> None:
    text = "ونفت النائبة سلمى العياري، رئيسة لجنة المالية، وجود أي خلاف داخل الكتلة."
    assert spans(text, only(text)) == ("وجود أي خلاف داخل الكتلة", "نفت", "النائبة سلمى العياري، رئيسة لجنة المالية")


def test_a_verbal_noun_object_after_a_description_set_off_by_commas() -> None:
    text = "وأكدت صحيفة المغرب، الصادرة اليوم، تراجع عدد الحوادث بالطرقات."
    assert spans(text, only(text)) == ("تراجع عدد الحوادث بالطرقات", "أكدت", "صحيفة المغرب")


def test_the_subject_after_a_time_right_after_the_cue_is_the_source_of_a_noun_object() -> None:
    text = "وأعلن اليوم الخميس اتحاد الفلاحين تمسكه بمطالبه المهنية."
    assert spans(text, only(text)) == ("تمسكه بمطالبه المهنية", "أعلن", "اتحاد الفلاحين")
