"""Claims round 25: words right after a cue that are no subject (بالقول، خلاله، به), and ذاته / نفسه closing a
source before a comma (the object follows)."""

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
