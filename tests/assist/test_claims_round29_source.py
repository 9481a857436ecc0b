"""Claims round 29, sources: where the subject after the cue ends (a بـ complement, the calling verb's object,
an occasion after في, ذاته, a demonstrative, an adverb, فقد, the one told after an anonymous source, an
institution's verbal noun object) and where it goes on (a relative clause up to a comma before the content,
العلاقة مع, على عين المكان, محمد علي), and the chains after وفقا لما / ما … لمراسل … في …،."""

from __future__ import annotations

from app.assist.claims import detect_claims
from tests.assist.test_claims import only, spans


def test_bi_before_a_verbal_noun_ends_the_source() -> None:
    text = "وأشاد وزير الخارجية الإسباني بالتعاون بين البلدين، مؤكدا أن الزيارة ستفتح آفاقا جديدة للاستثمار."
    assert spans(text, only(text))[2] == "وزير الخارجية الإسباني"


def test_bi_of_a_title_stays_in_the_source() -> None:  # guard
    text = "وقال المكلف بالإعلام بالوزارة إن الامتحانات ستجرى في موعدها المحدد."
    assert spans(text, only(text))[2] == "المكلف بالإعلام بالوزارة"


def test_plural_construct_after_a_calling_subject_is_the_object() -> None:
    text = "ودعت البلدية متساكني الأحياء الشعبية إلى الحفاظ على نظافة المدينة."
    assert spans(text, only(text))[2] == "البلدية"


def test_a_name_after_a_calling_title_stays() -> None:  # guard
    text = "ودعا الوزير مهدي العباسي إلى الحفاظ على نظافة المدينة."
    assert spans(text, only(text))[2] == "الوزير مهدي العباسي"


def test_a_first_name_of_the_plural_construct_form_stays() -> None:  # guard
    text = "ودعا النائب مولدي الرياحي إلى الحفاظ على نظافة المدينة."
    assert spans(text, only(text))[2] == "النائب مولدي الرياحي"


def test_fi_before_an_occasion_listed_with_its_al_ends_the_source() -> None:
    text = "وأكد رئيس الجمعية في المقابل أن الأرقام المنشورة لا تعكس حقيقة الوضع."
    assert spans(text, only(text))[2] == "رئيس الجمعية"


def test_min_khilal_after_the_subject_ends_the_source() -> None:
    text = 'وقال الوزير من خلال تدوينة على حسابه: "لن نتراجع عن الإصلاحات مهما كانت الضغوط".'
    assert spans(text, only(text))[2] == "الوزير"


def test_a_word_after_dhatuhu_is_not_the_source() -> None:
    text = "وأكد المصدر ذاته الخبر أن المتهم غادر البلاد قبل يومين."
    assert spans(text, only(text))[2] == "المصدر ذاته"


def test_a_demonstrative_after_a_definite_subject_opens_the_object() -> None:
    text = "وأرجع الوزير هذا التراجع إلى الجفاف، مشيرا إلى أن المحاصيل ستتحسن في الموسم المقبل."
    assert spans(text, only(text))[2] == "الوزير"


def test_a_demonstrative_after_a_construct_head_stays() -> None:  # guard
    text = "وقال رئيس هذه الجمعية إن المحاصيل ستتحسن في الموسم المقبل."
    assert spans(text, only(text))[2] == "رئيس هذه الجمعية"


def test_fa_qad_after_an_attribution_source_ends_it() -> None:
    text = "وبحسب مصادر أمنية فقد تم إيقاف ثلاثة أشخاص، وحجز كميات كبيرة من السلع المهربة."
    assert spans(text, only(text))[2] == "مصادر أمنية"


def test_a_recording_after_fi_is_an_occasion() -> None:
    text = "وقالت الوزارة في حسابها على تويتر إن الوضع تحت السيطرة الكاملة."
    assert spans(text, only(text))[2] == "الوزارة"


def test_a_correspondent_after_an_anonymous_source_is_the_one_told() -> None:
    text = "وأكد مصدر طبي مراسلة الإذاعة بالجهة أن حالة المصابين مستقرة."
    assert spans(text, only(text))[2] == "مصدر طبي"


def test_a_correspondent_after_a_name_is_its_title() -> None:  # guard
    text = "وأكد سمير الهمامي مراسل الإذاعة بالجهة أن حالة المصابين مستقرة."
    assert spans(text, only(text))[2] == "سمير الهمامي مراسل الإذاعة بالجهة"


def test_our_correspondent_after_an_anonymous_source_is_the_one_told() -> None:
    text = "وأفاد مصدر أمني مراسلنا بالجهة أن الموقوفين أحيلوا على النيابة العمومية."
    assert spans(text, only(text))[2] == "مصدر أمني"


def test_a_verbal_noun_after_an_institution_is_the_object() -> None:
    text = "وأعلنت الشرطة البلجيكية إيقاف ثلاثة أشخاص، مؤكدة أن التحقيق ما زال متواصلا."
    assert spans(text, only(text))[2] == "الشرطة البلجيكية"


def test_a_first_name_of_the_same_form_after_a_person_stays() -> None:  # guard
    text = "وأكدت الزميلة إيمان الشابي أن التحقيق ما زال متواصلا."
    assert spans(text, only(text))[2] == "الزميلة إيمان الشابي"


def test_a_gathering_after_fi_is_an_occasion() -> None:
    text = "وقال الرئيس السابق في تجمع بالعاصمة إن البلاد تمر بأزمة خانقة."
    assert spans(text, only(text))[2] == "الرئيس السابق"


def test_a_lone_bi_written_apart_ends_the_source() -> None:
    text = 'وهدد النائب ب"الاستقالة من الكتلة"، مشيرا إلى أن القرار لا رجعة فيه.'
    assert spans(text, only(text))[2] == "النائب"


def test_an_adverb_after_the_subject_ends_it() -> None:
    text = "ويتهم الحزب تحديدا وزير المالية بالتقصير في معالجة الأزمة."
    assert spans(text, only(text))[2] == "الحزب"


def test_a_relative_clause_up_to_a_comma_before_the_content_stays() -> None:
    text = "وأضاف المسؤول الذي فضل عدم الكشف عن هويته، أن المفاوضات ستستأنف الأسبوع المقبل."
    assert spans(text, only(text))[2] == "المسؤول الذي فضل عدم الكشف عن هويته"


def test_a_relative_clause_set_off_by_commas_after_a_name_is_left_out() -> None:  # guard
    text = "وأضاف سمير الهمامي، الذي طلب عدم ذكر اسمه، أن المفاوضات ستستأنف الأسبوع المقبل."
    assert spans(text, only(text))[2] == "سمير الهمامي"


def test_a_broken_plural_in_alif_maqsura_after_a_calling_subject_is_the_object() -> None:
    text = "ودعت الجمعية مرضى القلب إلى تجنب المجهود البدني في ساعات الحر."
    assert spans(text, only(text))[2] == "الجمعية"


def test_mustafa_after_a_calling_title_stays() -> None:  # guard
    text = "ودعا الرئيس مصطفى الخياري إلى تجنب المجهود البدني في ساعات الحر."
    assert spans(text, only(text))[2] == "الرئيس مصطفى الخياري"


def test_bi_before_an_occasion_noun_ends_the_source() -> None:
    text = 'وتوجه رئيس الحكومة برسالة إلى المواطنين قائلا "إن الأزمة ستنتهي قريبا بفضل تضحياتكم".'
    assert spans(text, only(text))[2] == "رئيس الحكومة"


def test_maa_after_alalaqa_stays_in_a_ministry_name() -> None:
    text = "وقال وزير العلاقة مع البرلمان إن مشروع القانون سيعرض على الجلسة العامة قريبا."
    assert spans(text, only(text))[2] == "وزير العلاقة مع البرلمان"


def test_ala_ayn_al_makan_stays_in_the_source() -> None:
    text = "وأفاد شاهد متواجد على عين المكان أن النيران أتت على كامل المحل التجاري."
    assert spans(text, only(text))[2] == "شاهد متواجد على عين المكان"


def test_bi_before_a_place_or_a_number_is_the_subjects_description() -> None:
    text = "وطالب العمال المتعاقدون بعدد من المؤسسات العمومية بتسوية وضعيتهم المهنية في أقرب الآجال."
    found = spans(text, only(text))
    assert found[0].startswith("بتسوية") and found[2] == "العمال المتعاقدون بعدد من المؤسسات العمومية"


def test_bima_after_the_cue_opens_no_subject() -> None:
    text = (
        'وقال الوزير إن الإصلاح ضروري. وذكّر بما وصفه "الفرصة الضائعة" في السنوات الماضية،'
        " مشيرا إلى أن الوقت ما زال متاحا."
    )
    sources = [spans(text, p)[2] for p in detect_claims(text)]
    assert not any(s and s.startswith("بما") for s in sources)


def test_wifqan_lima_opens_the_what_chain() -> None:
    text = "وأسفر الحادث عن مقتل ثلاثة أشخاص، وفقا لما أعلنته وزارة الصحة مساء أمس."
    assert spans(text, only(text))[2] == "وزارة الصحة"


def test_the_one_told_with_a_place_before_the_comma_is_skipped() -> None:
    text = "وتم حجز كمية من السلع المهربة، وفق ما صرح به لمراسل الإذاعة في ولاية القصرين، الناطق باسم الحرس الوطني."
    assert spans(text, only(text))[2] == "الناطق باسم الحرس الوطني"


def test_muhammad_ali_is_a_compound_first_name() -> None:
    text = "وقال محمد علي الهمامي إن الموسم الفلاحي سيكون أفضل من الموسم الماضي."
    assert spans(text, only(text))[2] == "محمد علي الهمامي"
