"""Claims round 31, content spans: the writer's background in the pluperfect (وكانت … قد) ends the speaker's
content; an attribution aside closed by a comma before a preposition (، وفق المسؤول، في …) stays inside it;
a feminine participle right after an indefinite feminine word, no complement after it, is an adjective (رقابية مشددة
طبقا لـ); a participle of the speaker's act outside the lexicon (متعهدا، موصيا، متحفظا), no comma before it,
ends the content; نقلت before a place (للمستشفى، إلى) is no relay and ends none; a
noun object of أكد / أعلن / نفى / شدد before the first عن / على after it is the content (أعلنت عزمها التوقف عن …), and
تجميد / إصابة are such verbal nouns; a deputy's عن (النائب عن حزب …) is not the cue's; والتي / والذي +
a cue + فيها / فيه (a saying added on, nested) ends the content, as
does the writer's وجاء / ويأتي هذا … placing it, and a speaker's act outside the lexicon opened by و / كما (كما حمّلت …
مسؤولية، وتحفظ عن ذكر، و رثت)."""

from __future__ import annotations

from app.assist.claims import detect_claims
from tests.assist.test_claims import only, spans


def test_pluperfect_background_ends_the_content() -> None:
    text = "وأكد الجيران أن الشاب غادر المنزل منذ يومين وكانت أسرته قد أعلمت الشرطة بغيابه."
    assert spans(text, only(text))[0] == "الشاب غادر المنزل منذ يومين"


def test_attribution_aside_before_a_preposition_stays_inside_the_content() -> None:
    text = "وتتمثل أهم المطالب، وفق الكاتب العام للنقابة، في تحسين ظروف العمل وتسوية وضعية المتعاقدين."
    p = only(text)
    assert spans(text, p) == (
        "تتمثل أهم المطالب، وفق الكاتب العام للنقابة، في تحسين ظروف العمل وتسوية وضعية المتعاقدين",
        "وفق",
        "الكاتب العام للنقابة",
    )


def test_attribution_before_a_name_or_fi_hin_still_ends_the_content() -> None:
    text = "وتأجل الاجتماع المبرمج إلى موعد لاحق، وفق ما أفاد به المدير الجهوي، بلقاسم الصغير، مساء اليوم."
    assert spans(text, only(text))[0] == "تأجل الاجتماع المبرمج إلى موعد لاحق"
    text = "وقد غادر أغلب العمال المصنع، بحسب ما أفاد به المسؤول، في حين رفض البقية مغادرة المكان."
    assert spans(text, only(text))[0] == "قد غادر أغلب العمال المصنع"


def test_feminine_participle_agreeing_with_an_indefinite_word_is_an_adjective() -> None:
    text = "وأكدت الهيئة أن كل المؤسسات تخضع لمراقبة دورية مشددة طبقا للقانون الجاري به العمل."
    assert spans(text, only(text))[0] == "كل المؤسسات تخضع لمراقبة دورية مشددة طبقا للقانون الجاري به العمل"


def test_feminine_participle_after_a_definite_word_is_the_speakers() -> None:
    text = "وأكدت الوزيرة أن الاجتماع كان مثمرا في الجلسة العامة مؤكدة انطلاق المشروع الشهر القادم."
    assert [spans(text, p)[0] for p in detect_claims(text)] == [
        "الاجتماع كان مثمرا في الجلسة العامة",
        "انطلاق المشروع الشهر القادم",
    ]


def test_participle_of_the_speakers_act_outside_the_lexicon_ends_the_content() -> None:
    text = "وأكد الوزير أن الأبحاث متواصلة على أكثر من مستوى متعهدا بنشر نتائجها في أقرب الآجال."
    assert spans(text, only(text))[0] == "الأبحاث متواصلة على أكثر من مستوى"


def test_naqala_to_a_place_is_no_relay_and_stays_in_the_content() -> None:
    text = "وأورد المكتب الإعلامي أن الحادث خلف إصابة واحدة، نقلت للمستشفى لتلقي العلاج."
    assert spans(text, only(text))[0] == "الحادث خلف إصابة واحدة، نقلت للمستشفى لتلقي العلاج"


def test_noun_object_before_a_later_an_is_the_content_of_alana() -> None:
    text = "وأعلنت الجمعية نيتها الدخول في اعتصام مفتوح للمطالبة بالكشف عن الحقيقة."
    assert spans(text, only(text))[0] == "نيتها الدخول في اعتصام مفتوح للمطالبة بالكشف عن الحقيقة"


def test_a_listed_verbal_noun_before_a_later_an_is_the_content() -> None:
    text = "وأعلنت الوزارة إصابة عونين بجروح خفيفة بعد قليل من الإعلان عن انطلاق العملية."
    assert spans(text, only(text))[0] == "إصابة عونين بجروح خفيفة بعد قليل من الإعلان عن انطلاق العملية"


def test_a_deputys_an_is_not_the_preposition_of_alana() -> None:
    text = "وأعلنت النائبة عن الكتلة الديمقراطية اليوم الخميس تجميد نشاطها في البرلمان."
    assert spans(text, only(text))[0] == "تجميد نشاطها في البرلمان"


def test_a_saying_added_by_wallati_with_fiha_ends_the_content() -> None:
    text = "وأعلنت الهيئة عن تلقيها رسالة من رئيس الحكومة والتي أكد فيها دعمه الكامل لعملها."
    assert [spans(text, p)[0] for p in detect_claims(text)] == ["تلقيها رسالة من رئيس الحكومة", "دعمه الكامل لعملها"]


def test_the_writers_context_note_ends_the_content() -> None:
    text = "وأكدت النقابة أن مطالبها مشروعة ولا تحتمل التأجيل ويأتي هذا الموقف بعد فشل جلسة التفاوض الأخيرة."
    assert spans(text, only(text))[0] == "مطالبها مشروعة ولا تحتمل التأجيل"


def test_a_speakers_act_outside_the_lexicon_after_kama_ends_the_content() -> None:
    text = "ودعت الجمعية إلى محاسبة المعتدين كما حملت الوزارة مسؤولية ما حدث للمحتجين."
    assert spans(text, only(text))[0] == "محاسبة المعتدين"


def test_a_verbal_noun_of_the_same_shape_in_a_list_stays_in_the_content() -> None:
    text = "وقالت الصحيفة إن الرياض تشترط وقف الحملات الإعلامية، وتعهد الحكومة بعدم التدخل في شؤون جيرانها."
    assert spans(text, only(text))[0] == (
        "الرياض تشترط وقف الحملات الإعلامية، وتعهد الحكومة بعدم التدخل في شؤون جيرانها"
    )
