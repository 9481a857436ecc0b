"""Claims round 23: a verbal-noun object past an occasion set off by a comma, أعلن with its noun object
(نيتها، عزمه), a longer titled source before the object, and no object after a relative cue (أعلن عنه)."""

from __future__ import annotations

from app.assist.claims import detect_claims
from tests.assist.test_claims import only, spans


def test_noun_object_after_an_occasion_set_off_by_a_comma() -> None:
    text = 'وأكد النائب خلال استضافته اليوم في برنامج "ميدي شو"، ضرورة مراجعة قانون المالية قبل عرضه على الجلسة العامة.'
    assert spans(text, only(text)) == (
        "ضرورة مراجعة قانون المالية قبل عرضه على الجلسة العامة",
        "أكد",
        "النائب",
    )


def test_noun_object_after_a_statement_aside_without_a_named_source() -> None:
    text = "وأكدت في بيان صادر اليوم عن وزارة الخارجية، رفض تونس القطعي لكل أشكال التدخل في شؤونها."
    assert spans(text, only(text)) == ("رفض تونس القطعي لكل أشكال التدخل في شؤونها", "أكدت", None)


def test_announced_intention_is_a_noun_object_of_alana() -> None:
    text = "أعلنت نقابة أعوان الصحة بالجهة نيتها الدخول في إضراب مفتوح بداية من الأسبوع المقبل."
    assert spans(text, only(text)) == (
        "نيتها الدخول في إضراب مفتوح بداية من الأسبوع المقبل",
        "أعلنت",
        "نقابة أعوان الصحة بالجهة",
    )


def test_noun_object_after_a_long_titled_source() -> None:
    text = "أكدت سنية الماجري زوجة الناشط النقابي محمد الهادي عزمها مواصلة الاعتصام أمام المحكمة."
    assert spans(text, only(text)) == (
        "عزمها مواصلة الاعتصام أمام المحكمة",
        "أكدت",
        "سنية الماجري زوجة الناشط النقابي محمد الهادي",
    )


def test_no_noun_object_after_a_relative_cue_with_its_pronoun() -> None:
    text = "وعقد الحزب اجتماعا بخصوص التحوير الذي أعلن عنه رئيس الحكومة مساء أمس، رفضه للتعيينات الجديدة."
    assert detect_claims(text) == []


def test_source_of_a_statement_keeps_its_issuer_after_sadir_an() -> None:
    text = "وتم، وفق بلاغ صادر عن وزارة الشؤون الخارجية، إجلاء 40 مواطنا تونسيا من العاصمة الليبية."
    assert spans(text, only(text))[1:] == ("وفق", "بلاغ صادر عن وزارة الشؤون الخارجية")


def test_source_stops_before_the_date_of_a_circular() -> None:
    text = "وأكد المنشور الصادر عن رئيس الحكومة بتاريخ 7 جوان أن الانتدابات ستقتصر على القطاعات ذات الأولوية."
    assert spans(text, only(text)) == (
        "الانتدابات ستقتصر على القطاعات ذات الأولوية",
        "أكد",
        "المنشور الصادر عن رئيس الحكومة",
    )


def test_kama_before_a_past_cue_ends_the_content_and_opens_a_claim() -> None:
    text = (
        "وقال الناطق باسم الحرس الوطني إن الوحدات حجزت كمية من الأسلحة، كما أكد أن الأبحاث متواصلة للكشف "
        "عن بقية العناصر."
    )
    assert [spans(text, p) for p in detect_claims(text)] == [
        ("الوحدات حجزت كمية من الأسلحة", "قال", "الناطق باسم الحرس الوطني"),
        ("الأبحاث متواصلة للكشف عن بقية العناصر", "أكد", "الناطق باسم الحرس الوطني"),
    ]


def test_kama_before_a_present_cue_goes_on_with_the_content() -> None:
    text = "ويقول نواب معارضون إن الزيارة غير لائقة كما توضح أن الوزير بعيد عن مشاغل المواطن."
    assert spans(text, only(text))[0] == "الزيارة غير لائقة كما توضح أن الوزير بعيد عن مشاغل المواطن"


def test_kama_qala_as_an_aside_does_not_end_the_content() -> None:
    text = "ودعا الوزير وسائل الإعلام إلى عدم فسح المجال أمام الأحزاب التي تسعى، كما قال، لضرب المسار الانتخابي."
    assert spans(text, only(text))[0] == ("عدم فسح المجال أمام الأحزاب التي تسعى، كما قال، لضرب المسار الانتخابي")


def test_short_quotation_after_inna_whose_clause_goes_on_is_indirect_content() -> None:
    text = 'وقال المتحدث إن "داعش" حوّل المواقع الأثرية إلى معسكرات للتدريب.'
    p = only(text)
    assert spans(text, p) == ('"داعش" حوّل المواقع الأثرية إلى معسكرات للتدريب', "قال", "المتحدث")
    assert p.attributes["quote"] == "indirect"


def test_quotation_after_inna_that_ends_the_clause_stays_direct() -> None:
    text = 'وقال الوزير إن "الوضع تحت السيطرة"، مضيفا أن الأبحاث متواصلة.'
    assert [spans(text, p)[0] for p in detect_claims(text)] == ["الوضع تحت السيطرة", "الأبحاث متواصلة"]


def test_quotation_after_an_event_and_hawla_is_a_topic_not_the_words() -> None:
    text = (
        'وأضاف الوزير خلال ندوة انعقدت اليوم حول "إصلاح منظومة الطيران المدني في تونس" أن الدراسات '
        "متواصلة لاختيار موقع المطار الجديد."
    )
    assert spans(text, only(text)) == ("الدراسات متواصلة لاختيار موقع المطار الجديد", "أضاف", "الوزير")


def test_after_kama_the_words_after_a_calling_cue_are_its_object() -> None:
    text = (
        "وطالبت النقابة وزارة الداخلية بتقديم توضيح حول مهام الهيكل الجديد كما دعت وزارة الداخلية إلى "
        "مراجعة التسمية المقترحة."
    )
    assert [spans(text, p) for p in detect_claims(text)] == [
        ("بتقديم توضيح حول مهام الهيكل الجديد", "طالبت", "النقابة"),
        ("مراجعة التسمية المقترحة", "دعت", "النقابة"),
    ]


def test_after_kama_with_no_earlier_claim_the_words_after_the_cue_are_its_subject() -> None:
    text = "وفي سياق متصل كما دعا الاتحاد الجهوي للشغل إلى تدعيم الأمن الشامل بالجهة."
    assert spans(text, only(text))[2] == "الاتحاد الجهوي للشغل"


def test_source_stops_before_an_occasion_whose_hamza_sits_on_ya() -> None:
    text = "وطالب أهالي المنطقة لدى لقائهم الوالي بتعبيد الطريق الرابطة بين القريتين."
    assert spans(text, only(text))[2] == "أهالي المنطقة"


def test_a_noun_with_a_possessive_after_a_calling_cue_is_its_object() -> None:
    text = "ودعت الشركة التونسية للكهرباء حرفاءها إلى خلاص فواتيرهم قبل نهاية الشهر."
    assert spans(text, only(text)) == ("خلاص فواتيرهم قبل نهاية الشهر", "دعت", "الشركة التونسية للكهرباء")


def test_participle_of_itabara_with_two_objects_is_a_claim() -> None:
    text = "ونعى الوزير السابق الفقيد، معتبرا رحيله خسارة كبرى للبلاد."
    assert spans(text, only(text))[:2] == ("رحيله خسارة كبرى للبلاد", "معتبرا")


def test_participle_of_itabara_before_a_quoted_object_stays_direct() -> None:
    text = 'وانتقد الحزب الإجراءات الأخيرة، معتبرا ذلك "مؤشرا على عجز الحكومة عن مقاومة الفساد".'
    assert spans(text, only(text))[0] == "مؤشرا على عجز الحكومة عن مقاومة الفساد"


def test_complementiser_past_a_long_occasion_is_found() -> None:
    text = (
        "وأكد الأمين العام للاتحاد الجهوي للشغل بصفاقس في تصريح لمراسل الجوهرة أف أم اليوم الإثنين على "
        "هامش إشرافه على ندوة الإطارات النقابية بالجهة حول تطوير العمل النقابي في القطاع الخاص أن "
        "المفاوضات ستنطلق الشهر القادم."
    )
    assert spans(text, only(text)) == (
        "المفاوضات ستنطلق الشهر القادم",
        "أكد",
        "الأمين العام للاتحاد الجهوي للشغل بصفاقس",
    )


def test_no_far_complementiser_after_a_noun_object_or_haythu() -> None:
    text = (
        "أكد مدير الامتحانات الوطنية في مداخلة له في برنامج إذاعي صباح اليوم الجمعة 27 جانفي 2017 تراجع "
        "عدد المترشحين لامتحان الباكالوريا مقارنة بالسنة الماضية حيث من المنتظر أن يتقدم حوالي 130 ألف مترشح."
    )
    assert all(not text[p.start : p.end].startswith("يتقدم") for p in detect_claims(text))


def test_a_participle_after_ghayr_is_an_adjective_not_a_cue() -> None:
    text = 'كشفت صحيفة "الخبر" عن انطلاق عملية عسكرية غير معلنة ضد الجماعات المسلحة في منطقة الساحل.'
    assert spans(text, only(text))[0] == "انطلاق عملية عسكرية غير معلنة ضد الجماعات المسلحة في منطقة الساحل"
