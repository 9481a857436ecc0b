"""Claims round 27: a guest's programme right after the name (``… ضيف بوليتيكا``) is part of the source;
استدرك is a cue, and بالقول ends a source."""

from __future__ import annotations

from app.assist.claims import detect_claims
from tests.assist.test_claims import only, spans


def test_guest_and_programme_after_a_name_stay_in_the_source() -> None:
    text = "أكد الكاتب الصحفي الصافي سعيد ضيف بولتيكا أن الحل لتونس اليوم هو التأميم."
    assert spans(text, only(text))[2] == "الكاتب الصحفي الصافي سعيد ضيف بولتيكا"


def test_guest_with_a_quoted_programme_keeps_its_marks() -> None:
    text = 'وتابع الكيلاني ضيف "بوليتيكا" أن الحركة تقوم بجولات في عديد البلدان.'
    assert spans(text, only(text))[2] == 'الكيلاني ضيف "بوليتيكا"'


def test_guest_of_a_named_programme() -> None:
    text = "وقال النائب رياض الموخر ضيف برنامج بوليتيكا إن الحكومة فشلت في مقاومة الفساد."
    assert spans(text, only(text))[2] == "النائب رياض الموخر ضيف برنامج بوليتيكا"


def test_guest_of_a_host_is_not_a_programme() -> None:
    text = "وقال سمير الوافي ضيف الاعلامي نوفل الورتاني إن هذه التصريحات لا يمكن بثها."
    assert spans(text, only(text))[2] == "سمير الوافي"


def test_istadraka_is_a_cue_that_ends_the_claim_before_it() -> None:
    text = "وأكد رئيس الهيئة أن هناك تطورا ملحوظا في الأداء لكنه استدرك أن الوصول إلى الدرجة المنشودة لم يتحقق بعد."
    found = [spans(text, p)[:2] for p in detect_claims(text)]
    assert found == [("هناك تطورا ملحوظا في الأداء", "أكد"), ("الوصول إلى الدرجة المنشودة لم يتحقق بعد", "استدرك")]


def test_bil_qawl_after_the_source_ends_it() -> None:
    text = "واستدرك وزير التربية بالقول إن الزطلة موجودة لكن هناك تهويلا للأمر."
    assert spans(text, only(text)) == ("الزطلة موجودة لكن هناك تهويلا للأمر", "استدرك", "وزير التربية")


def test_mundhu_ends_a_source() -> None:
    text = 'وأفادت موفدة "الجوهرة أف أم" منذ قليل أن نحو 200 شخص تجمعوا أمام مقر المحكمة.'
    assert spans(text, only(text))[2] == 'موفدة "الجوهرة أف أم"'


def test_mundhu_inside_a_relative_clause_of_the_source_stays() -> None:
    text = "وقال أحد سكان البرج الذي تعرض لحريق منذ يومين إن ثلاجته المعطلة هي سبب الكارثة."
    assert spans(text, only(text))[2] == "أحد سكان البرج الذي تعرض لحريق منذ يومين"


def test_ali_spelt_with_ya_opening_the_source_is_a_name() -> None:
    text = "وقال علي عبد اللطيف عضو الفرع الجامعي للصحة إن الاعتداءات على الإطار الطبي أصبحت يومية."
    assert spans(text, only(text))[2] == "علي عبد اللطيف عضو الفرع الجامعي للصحة"


def test_ali_before_an_object_is_the_preposition() -> None:
    text = "وأكد علي ضرورة التسريع في تشكيل الحكومة الجديدة."
    assert spans(text, only(text))[2] is None


def test_relayed_speech_after_the_agency_short_name_in_brackets() -> None:
    text = (
        "ونقلت وكالة أنباء الإمارات (وام) عن الوكيل المساعد للشؤون القنصلية أحمد الظاهري قوله"
        " إن التحذير يأتي بناء على تقييم الوزارة."
    )
    assert spans(text, only(text))[2] == "الوكيل المساعد للشؤون القنصلية أحمد الظاهري"


def test_naqlan_an_after_the_source_takes_the_one_relayed() -> None:
    text = "وقالت الصحيفة نقلا عن مصادرها أن الوزارة أبقت على نفس الإجراءات التي اعتمدتها السنة الماضية."
    assert spans(text, only(text))[2] == "مصادرها"


def test_ma_glued_to_naqalat_opens_the_attribution_chain() -> None:
    text = "وضيقت الوزارة على إجراءات تسليم رخص استغلال المساحات القريبة من المساجد وفق مانقلت صحيفة الشروق الجزائرية."
    assert spans(text, only(text))[2] == "صحيفة الشروق الجزائرية"


def test_ma_glued_to_afada_opens_the_attribution_chain() -> None:
    text = "وتم حجز كميات كبيرة من المواد المهربة بالمخزن حسب ماأفاد مصدر أمني."
    assert spans(text, only(text))[2] == "مصدر أمني"


def test_a_name_starting_with_ma_after_wifq_is_the_source() -> None:
    text = "وستبقى القوات الفرنسية في مالي لسنوات أخرى وفق ماكرون."
    assert spans(text, only(text))[2] == "ماكرون"


def test_fi_hin_before_a_cue_ends_the_claim_before_it() -> None:
    text = "وقال شهود إن رجلين دخلا مطعما قرب جسر لندن، في حين قالت الشرطة إنها تستجيب لحوادث بوسط العاصمة."
    found = [spans(text, p) for p in detect_claims(text)]
    assert found == [
        ("رجلين دخلا مطعما قرب جسر لندن", "قال", "شهود"),
        ("إنها تستجيب لحوادث بوسط العاصمة", "قالت", "الشرطة"),
    ]


def test_kama_ends_a_source() -> None:
    text = "وقررت الوزارة تقليص مدة صلاة التراويح هذا العام، وفق وسائل إعلام جزائرية كما أمرت بتجنيد الأئمة."
    assert spans(text, only(text))[2] == "وسائل إعلام جزائرية"
