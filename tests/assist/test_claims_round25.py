"""Claims round 25: words right after a cue that are no subject (بالقول، خلاله، به), ذاته / نفسه closing a
source before a comma (the object follows), and the finite وصف as a cue before بـ / بأن."""

from __future__ import annotations

from app.assist.claims import detect_claims
from tests.assist.test_claims import only, spans


def test_bil_qawl_after_a_cue_is_not_the_source() -> None:
    text = "ورجح بالقول إن مهمته تتمثل في تلميع صورة الحزب."
    assert spans(text, only(text)) == ("مهمته تتمثل في تلميع صورة الحزب", "رجح", None)


def test_bil_qawl_is_not_carried_to_the_next_claim() -> None:
    text = "ورجح بالقول إن مهمته تتمثل في تلميع صورة الحزب، وأضاف أنه يمارس الانتهازية السياسية."
    assert [spans(text, p)[2] for p in detect_claims(text)] == [None, None]


def test_bihi_after_a_cue_is_left_out_of_the_source() -> None:
    text = "وضعت مولودها هناك، بحسب ما أفاد به زوجها، مضيفا أن المولود وقع مباشرة على الأرض."
    assert all(spans(text, p)[2] == "زوجها" for p in detect_claims(text))


def test_khilalahu_after_a_cue_is_not_the_source() -> None:
    text = "ونشرت الجمعيات بيانا دعوا خلاله إلى تنظيم اعتصام بمقر المعتمدية."
    assert spans(text, only(text))[:2] == ("تنظيم اعتصام بمقر المعتمدية", "دعوا")
    assert spans(text, only(text))[2] != "خلاله"


def test_source_with_dhatuhu_ends_before_the_object_after_a_comma() -> None:
    text = "واتهم المصدر ذاته، الطاقم الطبي بالمستشفى بالإهمال، حيث لم يتدخلوا إلا بعد الولادة."
    assert spans(text, only(text))[1:] == ("اتهم", "المصدر ذاته")


def test_plural_cue_with_khilalaha_takes_the_subject_named_before() -> None:
    text = "ونفذ عمال الضيعة صباح اليوم وقفة احتجاجية، طالبوا خلالها الدولة برفع يدها عن الحساب البنكي للجمعية."
    assert spans(text, only(text))[1:] == ("طالبوا", "عمال الضيعة")


def test_wasafa_with_its_object_pronoun_before_bi_is_a_claim() -> None:
    text = (
        "ونفى القيادي في حركة نداء تونس بوجمعة الرميلي، في تصريح للجوهرة أف أم، الاتهامات الموجهة للمجموعة "
        "ووصفها بالانقلابية، مؤكدا أن الهيئة تضم المؤسسين."
    )
    claims = [spans(text, p) for p in detect_claims(text)]
    assert ("بالانقلابية", "وصفها", "القيادي في حركة نداء تونس بوجمعة الرميلي") in claims


def test_wasafa_with_a_quotation_after_bi_is_direct() -> None:
    text = (
        "وقالت السلطات الكندية إن طالبا هو المشتبه به الوحيد في الهجوم، ووصفه رئيس الوزراء جاستن ترودو "
        'بأنه "هجوم إرهابي".'
    )
    claims = [spans(text, p) for p in detect_claims(text)]
    assert ("هجوم إرهابي", "وصفه", "رئيس الوزراء جاستن ترودو") in claims


def test_wasafa_then_bianna_a_few_words_on_is_a_claim() -> None:
    text = "ووصف السياسي نجيب الشابي اليوم مدينة سوسة بأنها التاريخ العميق والجمال الطبيعي المتفرد."
    assert spans(text, only(text)) == ("أنها التاريخ العميق والجمال الطبيعي المتفرد", "وصف", "السياسي نجيب الشابي")


def test_kama_wasafahum_ends_the_content_before_it() -> None:
    text = "أكد رئيس المعهد أن هناك موظفين تم فصلهم عن العمل كما وصفهم بموظفين سامين."
    assert [spans(text, p) for p in detect_claims(text)] == [
        ("هناك موظفين تم فصلهم عن العمل", "أكد", "رئيس المعهد"),
        ("بموظفين سامين", "وصفهم", "رئيس المعهد"),
    ]


def test_wasafa_inside_a_noun_phrase_is_no_claim() -> None:
    for text in (
        "وتوجه الزعيم إلى المقاتلين الذين وصفهم بمجاهدي أرض القيروان.",
        'وأطلقت الشركة مؤشرا لما وصفته بـ"التمدن الرقمي" في العالم.',
        'وقضت المحكمة بالسجن على الجندي، وهي عقوبة وصفت بـ"المخففة".',
        "وأبرزت الوزارة أن الإيقاف خضع لاعتبارات وصفها بالخطيرة على الأمن.",
        "وتم وصف الحالة بالحرجة.",
    ):
        assert not any(p.rule.startswith("claims.وصف") for p in detect_claims(text)), text


def test_nabbaha_ila_is_a_claim() -> None:
    text = "ونبّهت الوزارة إلى خطورة استهلاك الحليب مجهول المصدر، كما دعت إلى اقتناء المنتجات المراقبة."
    assert [spans(text, p) for p in detect_claims(text)] == [
        ("خطورة استهلاك الحليب مجهول المصدر", "نبّهت", "الوزارة"),
        ("اقتناء المنتجات المراقبة", "دعت", "الوزارة"),
    ]


def test_nabbaha_does_not_take_a_far_ila_of_another_cue() -> None:
    text = "ونبه من خطر الانزلاق بالبلاد نحو الفوضى والمجهول ومن كل محاولات التوظيف داعيا، إلى التهدئة والحوار."
    assert spans(text, only(text))[:2] == ("التهدئة والحوار", "داعيا")


def test_muallikan_bil_qawl_after_a_comma_is_a_cue() -> None:
    text = 'وكشف أنه لم يتم استدعاء حزبه في المشاورات، معلقا بالقول: "الرئيس لا يتصل إلا بجماعته".'
    assert [spans(text, p)[:2] for p in detect_claims(text)] == [
        ("أنه لم يتم استدعاء حزبه في المشاورات", "كشف"),
        ("الرئيس لا يتصل إلا بجماعته", "معلقا"),
    ]


def test_muallaqan_pending_is_no_cue() -> None:
    text = "وظل ملف الانتدابات معلقا إلى أن تم الإعلان عن نتائج المناظرة في الشهر الماضي."
    assert detect_claims(text) == []


def test_guest_of_a_programme_ending_in_alif_keeps_the_programme() -> None:
    text = 'ووجه ضيف بوليتيكا على "الجوهرة أف أم" انتقادات لاذعة للإعلامي، مؤكدا انه لا علاقة له بالحزب.'
    assert spans(text, only(text))[1:] == ("مؤكدا", "ضيف بوليتيكا")


def test_abra_via_after_a_comma_does_not_end_the_content() -> None:
    text = "وشدد عضو الهيئة على ضرورة تخفيف الاكتظاظ في السجون، عبر إصدار الأحكام القضائية."
    assert spans(text, only(text))[0] == "ضرورة تخفيف الاكتظاظ في السجون، عبر إصدار الأحكام القضائية"


def test_kama_abbara_an_still_opens_a_claim() -> None:
    text = 'وأشار إلى أنه لم يقع التطرق إلى الفساد، كما عبر الحزب عن "أسفه لتواصل سياسة التداين المفرط".'
    assert [spans(text, p)[1] for p in detect_claims(text)] == ["أشار", "عبر"]


def test_full_stop_glued_to_kama_ends_the_sentence() -> None:
    text = "وأوضح الشريف أن أعضاء المكتب هم سهيل العلويني وليلى الزحاف.كما تم انتخاب النائبة مريم بوجبل مساعدة."
    assert spans(text, only(text))[0] == "أعضاء المكتب هم سهيل العلويني وليلى الزحاف"


def test_full_stop_glued_to_a_wa_cue_opens_a_sentence_without_a_named_source() -> None:
    text = "وأضاف العميد الرحموني أن المنظومة تضم مركزي إسعاف.وأوضح أنه سيتم دعم المستشفى الجهوي."
    assert [spans(text, p) for p in detect_claims(text)] == [
        ("المنظومة تضم مركزي إسعاف", "أضاف", "العميد الرحموني"),
        ("أنه سيتم دعم المستشفى الجهوي", "أوضح", None),
    ]


def test_transliterated_initials_are_no_sentence_end() -> None:
    text = "وقالت شبكة إيه.بي.سي الأمريكية إن الرئيس سيزور المنطقة الأسبوع المقبل."
    assert spans(text, only(text))[0] == "الرئيس سيزور المنطقة الأسبوع المقبل"
