"""Claims, the sources of relative clauses (the sample article's ``ماكرون، الذي قال`` and ``من باريس التي ذكرت``): a
name before ``، الذي`` with the titled phrase set off before it, or alone after a stop word; a name without ال after a
preposition; ``والذي`` / ``والتي`` after a comma or joined to an earlier relative; a verb that does not agree with
the pronoun, or a subject right after the verb, names its own subject; the complementiser after ``بحسب ما أفاد به
X، والذي أكد`` is the relative clause's cue's; a relative clause with a subject of its own inside a content is a
claim too; an attribution phrase (وفق، حسب، بحسب، طبقا لـ) inside a subject, after the verb or before it,
ends the subject (the sample's لوكورنو وفق البيان أكد); after أن, a subject set off by a comma and its own verb stay in
the content (the sample's أن وزير … ليكورنو، أكد استعداد …); a name right before الذي takes the title phrase before it
(الرئيس الأمريكي دونالد ترامب الذي، بمعتمد الجهة محمد الشابي الذي); ``التي وصفها بأنها`` is a claim of the one named
before (not ``ما وصفه بـ`` nor ``الذي وصفه بالخطير``); a relative clause set off by a comma inside another content
closes at the next comma."""

from __future__ import annotations

from app.assist.claims import detect_claims
from tests.assist.test_claims import spans


def _source_of(text: str, rule: str) -> str | None:
    found = [p for p in detect_claims(text) if p.rule == rule]
    assert len(found) == 1
    return spans(text, found[0])[2]


def test_a_name_before_a_comma_and_alladhi_is_the_source() -> None:
    text = "وعادت الصحيفة إلى التصريحات التي أدلى بها جون سميث، الذي قال أمس إن الوضع هادئ في المدينة."
    assert _source_of(text, "claims.قال.that") == "جون سميث"


def test_a_definite_noun_before_a_comma_and_allati_is_none() -> None:  # guard (the gold's بالبادرة السويدية ، التي)
    text = "ونوهت الوزيرة بالمبادرة الجديدة، التي قالت إنها تمثل فرصة للتعاون."
    assert [spans(text, p)[0] for p in detect_claims(text)] == ["إنها تمثل فرصة للتعاون"]
    assert all(spans(text, p)[2] not in ("المبادرة الجديدة", "بالمبادرة الجديدة") for p in detect_claims(text))


def test_a_name_after_a_titled_phrase_and_a_comma_takes_the_title() -> None:
    text = 'كما اتصل بالإذاعة، معتمد الجهة، محمد علي الشابي، الذي قال إن "الوضع هادئ في المدينة".'
    assert _source_of(text, "claims.قال.quote") == "معتمد الجهة، محمد علي الشابي"


def test_wa_alladhi_after_a_comma_takes_the_titled_name() -> None:
    text = "وحضر اللقاء الناطق الرسمي باسم نقابة الحرس، سامي التومي، والذي أكد أن الوضع هادئ."
    assert _source_of(text, "claims.اكد.that") == "الناطق الرسمي باسم نقابة الحرس، سامي التومي"


def test_a_name_without_al_after_a_preposition_is_the_antecedent() -> None:
    text = "وجاءت الزيارة بطلب من مدريد التي ذكرت أن الاتفاق سيوقع قريبا."
    assert _source_of(text, "claims.ذكر.that") == "مدريد"


def test_wa_allati_shares_the_antecedent_of_the_relative_before_it() -> None:
    text = (
        "وقال الوالي إن الأهالي لم يلتزموا بقرارات اللجنة الجهوية التي اجتمعت يوم الخميس بمقر الولاية والتي أكدت "
        "ضرورة تأجيل الأشغال."
    )
    assert _source_of(text, "claims.اكد.object") == "اللجنة الجهوية"


def test_a_verb_that_does_not_agree_with_allati_has_its_own_subject() -> None:
    text = "وصلت إلى تونس الوزيرة الجديدة التي أعلن أمس رئيس الحكومة عن تعيينها على رأس الوزارة."
    assert _source_of(text, "claims.اعلن.preposition") == "رئيس الحكومة"


def test_a_subject_right_after_the_verb_makes_the_relative_its_object() -> None:
    text = "وتتعلق القضية بالخلية الإرهابية التي أعلنت وزارة الداخلية عن تفكيكها بمدينة سوسة."
    assert _source_of(text, "claims.اعلن.preposition") == "وزارة الداخلية"


def test_the_complementiser_after_a_relative_cue_is_its_own() -> None:
    text = (
        "وحجزت الوحدات كمية من السلع بحسب ما أفاد به للإذاعة، الناطق باسم الحرس، سامي التومي، والذي أكد أن بيعها ممنوع."
    )
    found = [p for p in detect_claims(text) if spans(text, p)[0] == "بيعها ممنوع"]
    assert len(found) == 1
    assert spans(text, found[0])[1:] == ("أكد", "الناطق باسم الحرس، سامي التومي")


def test_a_relative_clause_with_a_subject_of_its_own_inside_a_content_is_a_claim() -> None:
    text = "وأوضح المحامي أن موكله أوقف بالتهمة التي اعتبر أنها ملفقة."
    assert _source_of(text, "claims.اعتبر.that") == "المحامي"


def test_an_attribution_after_the_subject_ends_it() -> None:
    text = "وأكد المدير حسب الوكالة أن المصنع سيفتح أبوابه قريبا."
    found = detect_claims(text)
    assert [spans(text, p) for p in found] == [("المصنع سيفتح أبوابه قريبا", "أكد", "المدير")]


def test_an_attribution_inside_a_subject_before_the_verb_ends_it() -> None:
    text = "المدير وفق البلاغ أكد استعداد المصنع لإجراء مزيد من التجارب."
    assert _source_of(text, "claims.اكد.object") == "المدير"


def test_a_clause_subject_and_its_own_verb_after_a_comma_stay_in_the_content() -> None:
    text = "وكانت الحكومة قد أكدت في وقت سابق أن وزير الدفاع جون سميث، أكد استعداد بلاده لرفع وتيرة التعاون."
    found = detect_claims(text)
    assert [spans(text, p) for p in found] == [
        ("وزير الدفاع جون سميث، أكد استعداد بلاده لرفع وتيرة التعاون", "أكدت", "الحكومة")
    ]


def test_a_cue_with_its_own_subject_after_a_comma_still_ends_the_content() -> None:  # guard
    text = "وقال الوالي إن الوضع هادئ، أكد الوزير أن المصنع سيفتح أبوابه."
    assert [spans(text, p)[0] for p in detect_claims(text)] == ["الوضع هادئ", "المصنع سيفتح أبوابه"]


def test_a_name_without_al_before_alladhi_takes_its_title() -> None:
    text = "وجاء ذلك بعد زيارة الرئيس الأمريكي جون سميث الذي قال إن الاتفاق قريب."
    assert _source_of(text, "claims.قال.that") == "الرئيس الأمريكي جون سميث"


def test_a_name_before_alladhi_takes_its_title_past_a_proclitic() -> None:
    text = "واتصلت الإذاعة بمعتمد الجهة محمد الشابي الذي أكد أن الوضع هادئ."
    assert _source_of(text, "claims.اكد.that") == "معتمد الجهة محمد الشابي"


def test_a_relative_described_with_bianna_is_a_claim_of_the_speaker() -> None:
    text = 'وانتقد القيادي بالحزب، محمد الشابي "الليبرالية" التي وصفها بأنها "الفوضى بعينها" وبأنها "النظام الفاسد".'
    found = detect_claims(text)
    assert [spans(text, p) for p in found] == [
        ('أنها "الفوضى بعينها" وبأنها "النظام الفاسد"', "وصفها", "القيادي بالحزب، محمد الشابي")
    ]


def test_a_relative_clause_set_off_by_a_comma_inside_a_content_closes_at_the_next_comma() -> None:
    text = 'وشدد الرئيس على أن هذا التقرير، الذي وصفه بأنه "عار" بالنسبة للمنظمة، لا يتضمن أي دليل.'
    found = [p for p in detect_claims(text) if p.rule == "claims.وصف.that"]
    assert [spans(text, p) for p in found] == [('أنه "عار" بالنسبة للمنظمة', "وصفه", "الرئيس")]
