"""Claims round 27: a guest's programme right after the name (``… ضيف بوليتيكا``) is part of the source."""

from __future__ import annotations

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
