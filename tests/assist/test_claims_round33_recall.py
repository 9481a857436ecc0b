"""Claims round 33, recall: what نفى denies when an indefinite أي marks it (نفى الوزير أي نية …), with the
source of a deputy whose party is set off by commas and a refusal after و that ends the content."""

from __future__ import annotations

from app.assist.claims import detect_claims
from tests.assist.test_claims import only, spans


def test_denied_any_after_a_titled_source_and_a_time() -> None:
    text = "نفى وزير الفلاحة، سمير الطيب، اليوم الاثنين، في تصريح إذاعي، أي نية لرفع أسعار الحليب في الصيف."
    assert spans(text, only(text)) == ("أي نية لرفع أسعار الحليب في الصيف", "نفى", "وزير الفلاحة، سمير الطيب")


def test_denied_verbal_noun_before_any_and_a_deputy_source_with_commas() -> None:
    text = "نفى النائب بالبرلمان، عن حزب الأمل، كريم الهادي في حوار له اليوم وصول أي قروض جديدة إلى البلدية."
    assert spans(text, only(text)) == (
        "وصول أي قروض جديدة إلى البلدية",
        "نفى",
        "النائب بالبرلمان، عن حزب الأمل، كريم الهادي",
    )


def test_denied_any_ends_before_a_refusal_after_wa() -> None:
    text = "وينفي المرشح، وهو وزير سابق، ارتكاب أي تجاوزات ويرفض الانسحاب من السباق رغم الضغوط."
    assert spans(text, only(text)) == ("ارتكاب أي تجاوزات", "ينفي", "المرشح")


def test_any_after_a_preposition_is_no_object() -> None:
    text = "نفى الوزير الاتهامات الموجهة إليه في أي وقت مضى."
    assert all(not spans(text, p)[0].startswith("أي") for p in detect_claims(text))


def test_refusal_after_kama_stays_in_the_content() -> None:
    text = "وقال الرئيس إن الحكومة ترفض العفو عن المتورطين، كما ترفض أيضا كل تسوية معهم."
    assert spans(text, only(text))[0] == "الحكومة ترفض العفو عن المتورطين، كما ترفض أيضا كل تسوية معهم"


def test_results_showed_a_verbal_noun_object() -> None:
    text = "أظهرت النتائج الأولية للانتخابات البلدية فوز القائمة المستقلة بأغلبية المقاعد في الدائرة."
    assert spans(text, only(text)) == (
        "فوز القائمة المستقلة بأغلبية المقاعد في الدائرة",
        "أظهرت",
        "النتائج الأولية للانتخابات البلدية",
    )


def test_footage_shown_is_no_claim() -> None:
    for text in (
        "وأظهرت لقطات فيديو وصول سيارات الإسعاف إلى المكان.",
        "ونشرت البلدية شريطا عن التجربة الذي أظهر مشاركة السكان في الاجتماعات.",
    ):
        assert detect_claims(text) == []


def test_verbal_noun_object_right_after_the_comma_ending_the_subject() -> None:
    text = "أعلنت وزارة التربية، تأجيل الامتحانات الوطنية إلى الأسبوع المقبل بسبب الأحوال الجوية."
    assert spans(text, only(text)) == (
        "تأجيل الامتحانات الوطنية إلى الأسبوع المقبل بسبب الأحوال الجوية",
        "أعلنت",
        "وزارة التربية",
    )


def test_what_the_participle_mubrizan_highlights_is_its_object() -> None:
    text = "واستعرض الوزير خلال الندوة نتائج الموسم مبرزا بالخصوص الجهود الكبيرة التي بذلها الفلاحون لإنقاذ الصابة."
    found = [spans(text, p) for p in detect_claims(text)]
    assert ("الجهود الكبيرة التي بذلها الفلاحون لإنقاذ الصابة", "مبرزا", "الوزير") in found


def test_mubrizan_before_anna_keeps_the_clause() -> None:
    text = "وتحدث الوزير خلال الندوة عن القطاع مبرزا أن الحكومة ستواصل تمويل المشاريع الفلاحية."
    found = [spans(text, p) for p in detect_claims(text)]
    assert ("الحكومة ستواصل تمويل المشاريع الفلاحية", "مبرزا", "الوزير") in found


def test_bayyana_after_wa_with_an_apposition_set_off_by_commas() -> None:
    text = "وبين المدير الجهوي للصحة بالقيروان، سامي العياري، أن الوضع الوبائي تحت السيطرة."
    source = "المدير الجهوي للصحة بالقيروان، سامي العياري"
    assert spans(text, only(text)) == ("الوضع الوبائي تحت السيطرة", "بين", source)


def test_bayna_between_with_a_comma_is_still_no_cue() -> None:
    text = "وقع الخلاف بين الطرفين، وأن الحوار بينهما انقطع منذ أسابيع."
    assert all(spans(text, p)[1] != "بين" for p in detect_claims(text))


def test_the_news_item_reported_with_awrada_opens_the_content() -> None:
    for text, source in (
        ("أوردت وكالة الأنباء في خبر عاجل منذ قليل خبر سقوط طائرة مدنية قرب المطار.", "وكالة الأنباء"),
        ("أوردت إذاعة محلية خبرا عاجلا منذ قليل مفاده سقوط طائرة مدنية قرب المطار.", "إذاعة محلية"),
    ):
        assert spans(text, only(text)) == ("سقوط طائرة مدنية قرب المطار", "أوردت", source)


def test_awrada_before_anna_keeps_the_clause() -> None:
    text = "وأوردت الصحيفة في خبرها أن طائرة مدنية سقطت قرب المطار."
    assert spans(text, only(text)) == ("طائرة مدنية سقطت قرب المطار", "أوردت", "الصحيفة")


def test_what_a_medium_learned_is_a_claim_with_the_medium_as_source() -> None:
    text = "علمت الإذاعة، أن المحكمة ستنظر في القضية يوم الخميس القادم."
    assert spans(text, only(text)) == ("المحكمة ستنظر في القضية يوم الخميس القادم", "علمت", "الإذاعة")


def test_what_a_medium_learned_from_sources_has_the_sources_as_source() -> None:
    text = 'علمت إذاعة "الأمل" من مصادر مطلعة أن المحكمة ستنظر في القضية يوم الخميس القادم.'
    assert spans(text, only(text)) == ("المحكمة ستنظر في القضية يوم الخميس القادم", "علمت", "مصادر مطلعة")
