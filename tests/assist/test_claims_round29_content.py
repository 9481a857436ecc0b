"""Claims round 29, content spans: a quotation inside an indirect clause whose words go on after it belongs to
the indirect content."""

from __future__ import annotations

from app.assist.claims import detect_claims
from tests.assist.test_claims import only, spans


def test_quotation_inside_a_clause_that_goes_on_is_indirect_content() -> None:
    text = 'وأكد المتحدث أن الاجتماع المبرمج "لم يتأجل إلى حد هذه الساعة" وأن الحوار متواصل مع الوزارة.'
    p = only(text)
    assert spans(text, p)[0] == 'الاجتماع المبرمج "لم يتأجل إلى حد هذه الساعة" وأن الحوار متواصل مع الوزارة'
    assert p.attributes["quote"] == "indirect"


def test_quotation_ending_the_clause_is_still_a_direct_claim() -> None:
    text = 'وأكد المتحدث أن الاجتماع المبرمج "لم يتأجل إلى حد هذه الساعة". وتابع الحديث عن المفاوضات.'
    found = [(spans(text, p)[0], p.attributes["quote"]) for p in detect_claims(text)]
    assert found == [("الاجتماع المبرمج", "indirect"), ("لم يتأجل إلى حد هذه الساعة", "direct")]


def test_closing_attribution_without_a_comma_ends_the_content() -> None:
    text = "وأشار الوزير إلى أن الحصيلة مرشحة للارتفاع حسب خبر أوردته إحدى الصحف المحلية."
    assert spans(text, only(text))[0] == "الحصيلة مرشحة للارتفاع"


def test_what_the_claim_rests_on_stays_in_the_content() -> None:
    text = "وأكد المحامي أن الهيئة ستتخذ الإجراءات اللازمة وفق ما يخوله لها القانون."
    assert spans(text, only(text))[0] == "الهيئة ستتخذ الإجراءات اللازمة وفق ما يخوله لها القانون"


def test_quotation_left_open_ends_with_its_sentence_before_the_next_cue() -> None:
    text = 'مضيفا أنه "لا شيء يمنع تطبيق الاتفاق المبرم. وأوضح أن "الوزارة لم تلتزم بتعهداتها في الآجال".'
    found = [(spans(text, p)[:2], p.attributes["quote"]) for p in detect_claims(text)]
    assert found == [
        (("لا شيء يمنع تطبيق الاتفاق المبرم", "مضيفا"), "direct"),
        (("الوزارة لم تلتزم بتعهداتها في الآجال", "أوضح"), "direct"),
    ]


def test_a_cue_after_a_detached_wa_ends_the_content_before_the_wa() -> None:
    text = "وتحدث الوزير عن الإضراب المبرمج في القطاع يومي 10 و11 جانفي،و أكد أن المفاوضات بلغت مراحل متقدمة."
    found = [spans(text, p)[:2] for p in detect_claims(text)]
    assert found == [
        ("الإضراب المبرمج في القطاع يومي 10 و11 جانفي", "تحدث"),
        ("المفاوضات بلغت مراحل متقدمة", "أكد"),
    ]


def test_fima_before_a_cue_is_not_part_of_the_content() -> None:
    text = "وقال الوزير إن الوضع الأمني مستقر فيما أكدت النيابة أن التحقيق متواصل."
    assert [spans(text, p)[0] for p in detect_claims(text)] == ["الوضع الأمني مستقر", "التحقيق متواصل"]


def test_full_stop_glued_to_a_short_wa_word_ends_the_sentence() -> None:
    text = "وأشار الوزير إلى أن هناك إرادة للكشف عن الحقيقة.وتم اليوم تدشين الساحة الجديدة بحضور الوالي."
    assert spans(text, only(text))[0] == "هناك إرادة للكشف عن الحقيقة"


def test_full_stop_after_a_space_glued_to_the_next_word_ends_the_sentence() -> None:
    text = "وأوضح المحلل أن الاستقرار هو ما يريده الناس .ومن جانب آخر تحدث عن غياب المعارضة في الانتخابات."
    assert spans(text, detect_claims(text)[0])[0] == "الاستقرار هو ما يريده الناس"


def test_a_consequence_after_wahuwa_ma_stays_in_the_content() -> None:
    text = "وأضاف أن الشركة رفعت الأسعار دون استشارة التجار، وهو ما زاد في تعميق الأزمة في القطاع."
    assert spans(text, only(text))[0] == "الشركة رفعت الأسعار دون استشارة التجار، وهو ما زاد في تعميق الأزمة في القطاع"


def test_a_reaction_after_wahuwa_ma_ends_the_content() -> None:
    text = "وقال الوزير إن الحكومة سترفع الأسعار قريبا، وهو ما نفاه المتحدث باسم الرئاسة."
    assert spans(text, detect_claims(text)[0])[0] == "الحكومة سترفع الأسعار قريبا"


def test_a_participle_of_the_speaker_after_a_comma_ends_the_content() -> None:
    text = "وأضاف المدير أنه راض عن نتائج الموسم، متمنيا التوفيق لكل اللاعبين في المباريات القادمة."
    assert spans(text, only(text))[0] == "أنه راض عن نتائج الموسم"


def test_a_passive_participle_after_a_comma_stays_in_the_content() -> None:
    text = "وأعلنت الشرطة عن العثور على الفتاة المفقودة، مولودة سنة 2001، في منزل أحد أقاربها."
    assert spans(text, only(text))[0] == "العثور على الفتاة المفقودة، مولودة سنة 2001، في منزل أحد أقاربها"


def test_a_closing_attribution_with_a_time_after_its_source_ends_the_content() -> None:
    text = "وقال المتحدث إن الهجوم سيقابل برد حاسم حسب ما نقلته صحيفة محلية، الخميس."
    assert spans(text, only(text))[0] == "الهجوم سيقابل برد حاسم"


def test_a_ba_word_after_a_preposition_is_not_the_demand() -> None:
    text = "وطالبت النقابة في بيان لها اليوم بالاستجابة لمطالب الأعوان."
    assert spans(text, only(text))[0] == "بالاستجابة لمطالب الأعوان"


def test_a_ba_word_in_a_short_quotation_is_a_name() -> None:
    text = 'طالب رئيس الحزب خلال استضافته في برنامج "بوليتكا"، الحكومة بنشر قائمة المتورطين.'
    assert spans(text, only(text))[0] == "بنشر قائمة المتورطين"


def test_a_quotation_mark_glued_to_the_cue_opens_the_quotation() -> None:
    text = 'وشدد النائب على ضرورة الإصلاح مضيفا"حتى لو تأخر الإصلاح يجب أن يبدأ اليوم قبل الغد".'
    p = detect_claims(text)[-1]
    assert (spans(text, p)[:2], p.attributes["quote"]) == (
        ("حتى لو تأخر الإصلاح يجب أن يبدأ اليوم قبل الغد", "مضيفا"),
        "direct",
    )


def test_hasaba_before_a_measure_is_no_attribution() -> None:
    text = "وأوضح المدير أن المعلوم يتراوح بين 50 و200 دينار، حسب عمر السيارة وقوتها الجبائية."
    assert spans(text, only(text))[0] == "المعلوم يتراوح بين 50 و200 دينار، حسب عمر السيارة وقوتها الجبائية"


def test_a_quotation_inside_a_quotation_does_not_close_it() -> None:
    text = 'وأكد المكتب أن "قرار الوزارة في حق جمعية "الواحات " سيؤدي إلى توتر الأوضاع في الجهة".'
    assert spans(text, only(text))[0] == 'قرار الوزارة في حق جمعية "الواحات " سيؤدي إلى توتر الأوضاع في الجهة'


def test_faqad_after_an_opening_attribution_starts_the_content() -> None:
    text = 'وبحسب مصادر قضائية فقد وجهت تهمة "حيازة متفجرات" إلى شابين اعتقلا الأسبوع الماضي.'
    assert spans(text, only(text))[0] == 'وجهت تهمة "حيازة متفجرات" إلى شابين اعتقلا الأسبوع الماضي'


def test_a_participle_after_a_count_is_the_counted_noun() -> None:
    text = "وأوضح القاضي أن القضية شملت أكثر من 51 متهما وأن التحقيق سيتواصل أسابيع أخرى."
    assert spans(text, only(text))[0] == "القضية شملت أكثر من 51 متهما وأن التحقيق سيتواصل أسابيع أخرى"
