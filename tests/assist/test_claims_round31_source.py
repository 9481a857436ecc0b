"""Claims round 31, sources: a past cue right after a comma with no subject after it shares the subject of the
sentence's first verb (not a plural one, not after an opening prepositional phrase); that subject goes on past a
feminine nisba (… ـية) after a person's title to the name; a name of two words or more after a comma and before an
occasion (في تصريح) stays in the source after a definite head; an عن a few words after a deputy or one responsible
(نائب مجلس الشعب عن …، المسؤول الجهوي عن …) goes on, as one right after a lawyer (المحامين عن الموقوفين);
رأي after استطلاع is the noun, no cue that ends the source; a time word inside a short relative clause stays;
في before a noun with a possessive pronoun (في متجره، في تقريرها) ends the source; an institution right
before a present cue in a headline digest (… وزارة النقل تعلن عن …) is its subject; بـ before an appeal (بنداء)
ends the subject; a name before a comma and a titled antecedent of الذي stays with its title;
the antecedent may open with a title in و (وزير، والي); a title in apposition goes on over a quoted name;
a page's owner after ل stays (الصفحة الرسمية لوكالة …)."""

from __future__ import annotations

from app.assist.claims import detect_claims
from tests.assist.test_claims import only, spans


def test_a_past_cue_after_a_comma_shares_the_first_verbs_subject() -> None:
    text = "نشرت وسائل إعلام محلية، صورا للحادث، قالت إنها التقطت قرب الحدود الشرقية للبلاد."
    assert spans(text, only(text))[2] == "وسائل إعلام محلية"


def test_a_plural_cue_after_a_comma_takes_no_subject_before() -> None:  # guard
    text = "وأوقفت الوحدات الأمنية ثلاثة شبان، وبالتحري معهم، اعترفوا بأنهم سرقوا المحل التجاري."
    claims = detect_claims(text)
    assert claims and all(c.source is None for c in claims)


def test_a_name_after_a_feminine_nisba_of_a_title_stays_in_the_first_verbs_subject() -> None:
    text = "ووصف رئيس الهيئة الوطنية حسن المرزوقي هذا القرار بالخطير، معتبرا إياه تراجعا كبيرا عن المكاسب."
    # the وصف claim is found too (since the recall round's وصف هذا … بـ); the participle's is the one asked about
    (considered,) = [p for p in detect_claims(text) if spans(text, p)[1] == "معتبرا"]
    assert spans(text, considered)[2] == "رئيس الهيئة الوطنية حسن المرزوقي"


def test_a_noun_after_an_organisations_nisba_is_the_first_verbs_object() -> None:  # guard
    text = "وعقدت النقابة الوطنية جلسة طارئة، مؤكدة أن الاعتداءات على أعوانها تتكرر كل أسبوع."
    assert spans(text, only(text))[2] == "النقابة الوطنية"


def test_a_name_after_a_comma_before_an_occasion_stays_in_the_source() -> None:
    text = "وقالت المكلفة بالإعلام بالمندوبية، سلمى الورغي في تصريح لإذاعة محلية إن عدد الإصابات ارتفع هذا الأسبوع."
    assert spans(text, only(text))[2] == "المكلفة بالإعلام بالمندوبية، سلمى الورغي"


def test_one_word_after_a_comma_before_an_occasion_is_the_next_clause() -> None:  # guard
    text = (
        "وقامت السلطات المختصة بإخلاء المحطة للتأكد من سلامة الركاب، وكتبت في حسابها على تويتر محذرة"
        ' المسافرين، "لا تقتربوا من المحطة حتى إشعار آخر".'
    )
    assert not spans(text, only(text))[2].endswith("وكتبت")


def test_an_after_a_deputys_body_goes_on_to_the_party_and_the_name() -> None:
    text = "وقال نائب مجلس الشعب عن حزب العمال، سامي الهادي إن الحكومة لم تف بوعودها للجهات الداخلية."
    assert spans(text, only(text))[2] == "نائب مجلس الشعب عن حزب العمال، سامي الهادي"


def test_an_after_the_one_responsible_goes_on() -> None:
    text = "وقال المسؤول الجهوي عن البرنامج الوطني للتلقيح إن الحملة ستشمل كل المدارس الابتدائية بالولاية."
    assert spans(text, only(text))[2] == "المسؤول الجهوي عن البرنامج الوطني للتلقيح"


def test_an_after_a_lawyer_is_the_one_defended() -> None:
    text = "وقال أحد المحامين عن الموقوفين إن هيئة الدفاع ستستأنف الحكم في أقرب الآجال."
    assert spans(text, only(text))[2] == "أحد المحامين عن الموقوفين"


def test_the_noun_ray_after_a_poll_stays_in_the_source() -> None:
    text = "وأظهر آخر استطلاع رأي أجرته جمعية مستقلة أن أغلب الشبان لا ينوون التصويت في الانتخابات البلدية."
    assert spans(text, only(text))[2] == "آخر استطلاع رأي أجرته جمعية مستقلة"


def test_a_time_inside_a_short_relative_clause_stays_in_the_source() -> None:
    text = "وأشارت النتائج الأولية للانتخابات البلدية التي جرت الأحد إلى تقدم القائمات المستقلة في أغلب الدوائر."
    assert spans(text, only(text))[2] == "النتائج الأولية للانتخابات البلدية التي جرت الأحد"


def test_fi_before_a_possessed_noun_ends_the_source() -> None:
    text = "وقال التاجر سمير في محله بالسوق المركزية إن الأسعار ارتفعت كثيرا خلال الأسبوع الأخير."
    assert spans(text, only(text))[2] == "التاجر سمير"


def test_fi_before_a_place_in_h_and_a_name_stays() -> None:  # guard
    text = "وقالت المتحدثة باسم الشرطة في كالسروه يوهانس مولر إن التحقيق ما زال متواصلا في القضية."
    assert spans(text, only(text))[2] == "المتحدثة باسم الشرطة في كالسروه يوهانس مولر"


def test_an_institution_right_before_a_present_cue_in_a_digest_is_its_subject() -> None:
    text = "أهم الأخبار: انقطاع الماء في ثلاث معتمديات بالقيروان وزارة الفلاحة تحذر من استعمال مياه الآبار غير المراقبة"
    claims = [c for c in detect_claims(text) if c.cue and text[c.cue[0] : c.cue[1]] == "تحذر"]
    assert claims and spans(text, claims[0])[2] == "وزارة الفلاحة"


def test_a_present_cue_after_a_preposition_takes_no_subject_before() -> None:  # guard
    text = "أهم الأخبار: انقطاع الماء في ثلاث معتمديات بالقيروان في الوزارة تحذر من استعمال مياه الآبار غير المراقبة"
    claims = [c for c in detect_claims(text) if c.cue and text[c.cue[0] : c.cue[1]] == "تحذر"]
    assert all(c.source is None for c in claims)


def test_bi_before_an_appeal_ends_the_source() -> None:
    text = "وتوجه المدير بنداء عاجل بسبب نقص الأدوية، داعيا الوزارة إلى التدخل في أقرب الآجال."
    assert spans(text, only(text))[2] == "المدير"


def test_a_name_before_a_titled_antecedent_stays_in_the_source() -> None:
    text = "والتقى الوالي مع سامي الهادي، رئيس الجمعية الذي أكد أن الموسم سيكون أفضل من سابقه."
    claims = [c for c in detect_claims(text) if c.cue and text[c.cue[0] : c.cue[1]] == "أكد"]
    assert claims and spans(text, claims[0])[2] == "سامي الهادي، رئيس الجمعية"


def test_an_antecedent_may_open_with_wazir() -> None:
    text = "وقال النقابي إن هناك اتفاقا مع وزير الفلاحة الذي أكد أن الموسم سيكون أفضل من سابقه."
    claims = [c for c in detect_claims(text) if c.cue and text[c.cue[0] : c.cue[1]] == "أكد"]
    assert claims and spans(text, claims[0])[2] == "وزير الفلاحة"


def test_a_title_after_a_name_goes_on_over_a_quoted_name() -> None:
    text = 'وأكد سامي الهادي، عضو جمعية "واحات النخيل" بقبلي في تصريح لإذاعة محلية أن الجمعية لن تتراجع.'
    assert spans(text, only(text))[2] == 'سامي الهادي، عضو جمعية "واحات النخيل" بقبلي'


def test_a_pages_owner_after_li_stays_even_when_it_is_an_agency() -> None:
    text = "وحسب الصفحة الرسمية لوكالة حماية الشريط الساحلي، تبلغ كلفة تنظيف الشواطئ حوالي مليوني دينار."
    assert spans(text, only(text))[2] == "الصفحة الرسمية لوكالة حماية الشريط الساحلي"
