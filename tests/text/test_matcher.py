"""The matcher on small hand-made texts: clitics stay outside the hit, folding, phrases, prefixes."""

from __future__ import annotations

from app.text.fold import FoldOptions, fold_text
from app.text.matcher import Matcher, word_tokens


def hits(query: str, text: str, **kw: object) -> list[str]:
    return [text[s:e] for s, e in Matcher(query, **kw).finditer(text)]  # type: ignore[arg-type]


def test_proclitics_stay_outside_the_hit() -> None:
    text = "زار باريس ثم عاد وباريس لباريس فباريس باريسي"
    assert hits("باريس", text) == ["باريس"] * 4
    spans = Matcher("باريس").find_all("وباريس")
    assert spans == [(1, 6)]


def test_a_query_with_the_article_covers_it_and_needs_a_whole_word() -> None:
    text = "الإسلامية الإسلاميين والإسلامية بالإسلامية الاسلامية"
    assert hits("الاسلامية", text) == ["الإسلامية", "الإسلامية", "الإسلامية", "الاسلامية"]
    # after the preposition ل the article loses its alef: the hit is what follows لل
    assert hits("الحكومة", "للحكومة") == ["حكومة"]


def test_the_article_is_a_proclitic_for_a_query_without_it() -> None:
    text = "الحكومة والحكومة للحكومة بالحكومة حكومة حكومات"
    assert hits("حكومة", text) == ["حكومة"] * 5


def test_suffixes_are_an_option_and_stay_outside() -> None:
    text = "حكومتها وزيره وزيرهم مستواه"
    assert hits("وزير", text) == []
    assert hits("وزير", text, suffixes=True) == ["وزير", "وزير"]
    assert hits("حكومة", text, suffixes=True) == ["حكومت"]
    assert hits("مستوى", text, suffixes=True) == ["مستوا"]


def test_harakat_stay_with_their_letter() -> None:
    text = "وَبَارِيسُ"
    assert hits("باريس", text) == ["بَارِيسُ"]
    assert hits("بَاريس", "باريس") == ["باريس"]
    assert hits("قتل", "قُتِـــلَ، قتل") == ["قُتِـــلَ", "قتل"]


def test_bidi_controls_and_zwnj_are_ignored_but_do_not_end_a_word() -> None:
    assert hits("باريس", "\u200fباريس\u200f و") == ["باريس"]
    assert hits("باريس", "x\u200fباريس") == []
    assert hits("باريس", "باريس\u200cي") == []
    assert hits("باريس", "با\u200cريس") == ["با\u200cريس"]


def test_hamza_ya_ta_digits_case_nbsp() -> None:
    assert hits("احمد", "أحمد إحمد") == ["أحمد", "إحمد"]
    assert hits("مستشفي", "مستشفى") == ["مستشفى"]
    assert hits("مدرسه", "المدرسة") == ["مدرسة"]
    assert hits("2024", "عام ٢٠٢٤ و۲۰۲۴") == ["٢٠٢٤", "۲۰۲۴"]
    assert hits("figaro", "Le FIGARO") == ["FIGARO"]
    assert hits('"حزب نداء تونس"', "لحزب\u00a0نداء تونس") == ["حزب\u00a0نداء تونس"]
    assert hits("مدرسه", "المدرسة", options=FoldOptions(ta_marbuta=False)) == []


def test_numbers_are_whole_and_letters_before_them_are_proclitics() -> None:
    text = "ب163 2163 163.5 ١٦٣ و163، 163"
    assert hits("163", text) == ["163", "١٦٣", "163", "163"]


def test_phrases_and_prefixes() -> None:
    text = "قال وزيرُ الدفاعِ إن ووزير  الدفاع وزير الخارجية"
    assert hits('"وزير الدفاع"', text) == ["وزيرُ الدفاعِ", "وزير  الدفاع"]
    assert hits("وزير الدفاع", text) == ["وزيرُ الدفاعِ", "وزير  الدفاع"]
    assert hits("اسلام*", "الإسلامية والاسلام إسلاميون سلام") == ["إسلام", "اسلام", "إسلام"]
    assert hits('"وزير* الدفاع"', "وزيرة الدفاع") == ["وزيرة الدفاع"]


def test_words_and_empty_query() -> None:
    assert Matcher('"وزيرُ  الدفاع"').words == ("وزير", "الدفاع")
    assert Matcher("إسلام*").words == ("اسلام*",)
    assert Matcher("  ").find_all("x") == []
    assert Matcher("ـــ").find_all("ـــ") == []


def test_index_terms_hold_the_token_of_every_hit() -> None:
    text = "وَللحكومة، بالحكومات والحكومة حكومتها في نسختها الالكترونية"
    queries = (("حكومة", False), ("الحكومة", False), ("حكومة", True), ("حكوم*", False), ("الك*", False))
    for query, suffixes in queries:
        matcher = Matcher(query, suffixes=suffixes)
        tokens = set(word_tokens(fold_text(text)))
        assert matcher.find_all(text)
        for forms in matcher.index_terms():
            assert any(f in tokens or (f.endswith("*") and any(t.startswith(f[:-1]) for t in tokens)) for f in forms)
