"""Find ignores harakat and tatweel, and returns spans of the original text."""

from __future__ import annotations

from app.text.search import Finder, fold


def test_fold_drops_harakat_and_tatweel() -> None:
    folded, index = fold("قُتِـــل")
    assert folded == "قتل"
    assert index == [0, 2, 7]


def test_query_without_harakat_matches_text_with_them() -> None:
    text = "قال إنّ 144 شخصاً قُتِلوا"
    span = Finder(text).find("قتلوا")
    assert span is not None and text[span[0] : span[1]] == "قُتِلوا"


def test_query_with_harakat_and_tatweel_matches_plain_text() -> None:
    text = "أكد وزير الدفاع"
    span = Finder(text).find("الدِّفـــاع")
    assert span is not None and text[span[0] : span[1]] == "الدفاع"


def test_trailing_marks_are_included() -> None:
    text = "شخصاً آخر"
    span = Finder(text).find("شخصا")
    assert span == (0, 5)


def test_next_previous_and_wrap() -> None:
    text = "موسكو و موسكو و موسكو"
    finder = Finder(text)
    first = finder.find("موسكو")
    assert first == (0, 5)
    second = finder.find("موسكو", first[1])
    assert second == (8, 13)
    assert finder.find("موسكو", 18) == (0, 5)  # wraps
    assert finder.find("موسكو", 18, wrap=False) is None
    assert finder.find("موسكو", 8, backward=True) == (0, 5)
    assert finder.find("موسكو", 0, backward=True) == (16, 21)
    assert len(finder.find_all("موسكو")) == 3


def test_latin_is_case_insensitive_and_empty_query_finds_nothing() -> None:
    finder = Finder("Le Figaro, LE FIGARO")
    assert finder.find_all("le figaro") == [(0, 9), (11, 20)]
    assert finder.find("ـــ") is None
