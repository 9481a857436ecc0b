"""Word snapping and edge trimming: never split a letter from its harakat or an emoji from its parts."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.text.selection import is_mark, snap, trim, word_at

SEED = "وقال سيرغي شويغو في 22 آذار (مارس)، إنّ 144 شخصاً قُتلوا."


def piece(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def test_partial_word_grows_to_whole_word() -> None:
    start = SEED.index("شويغو") + 2
    assert piece(SEED, snap(SEED, start, start + 1)) == "شويغو"


def test_spaces_and_punctuation_at_edges_are_trimmed() -> None:
    start = SEED.index("(مارس)،") + 1
    assert piece(SEED, snap(SEED, start - 2, start + 7)) == "مارس"
    assert piece(SEED, snap(SEED, SEED.index(" شويغو "), SEED.index(" شويغو ") + 7)) == "شويغو"


def test_balanced_brackets_are_kept() -> None:
    start = SEED.index("22")
    end = SEED.index("،")
    assert piece(SEED, snap(SEED, start, end)) == "22 آذار (مارس)"


def test_harakat_stay_with_their_letter() -> None:
    text = "قُتلوا"
    # selecting just the qaf (before its damma) must take the damma and the rest of the word
    assert piece(text, snap(text, 0, 1)) == text
    # exact mode keeps only the letter but with its mark
    assert piece(text, snap(text, 0, 1, exact=True)) == "قُ"
    # a span starting on the damma moves back to its letter
    assert piece(text, snap(text, 1, 3, exact=True)) == "قُت"
    word = "إنّ"
    assert piece(word, snap(word, 0, 2, exact=True)) == word


def test_numbers_keep_inner_punctuation() -> None:
    text = "في 2024-03-22 و3.5٪"
    assert piece(text, snap(text, 5, 6)) == "2024-03-22"


def test_exact_mode_keeps_punctuation_but_drops_spaces() -> None:
    start = SEED.index("(مارس)")
    assert piece(SEED, snap(SEED, start - 1, start + 6, exact=True)) == "(مارس)"


def test_only_punctuation_gives_nothing() -> None:
    assert snap("أ ، ب", 1, 4) is None
    assert snap("abc", 2, 2) is None


def test_emoji_sequences_are_not_split() -> None:
    text = "x 👍🏽 y"
    assert piece(text, snap(text, 2, 3, exact=True)) == "👍🏽"
    family = "👨\u200d👩\u200d👧"
    assert piece(family, snap(family, 0, 1, exact=True)) == family


def test_word_at() -> None:
    pos = SEED.index("شويغو") + 3
    assert piece(SEED, word_at(SEED, pos)) == "شويغو"
    assert word_at("  ", 1) is None


def test_trim_without_punctuation() -> None:
    assert trim(" (a) ", 0, 5, punctuation=False) == (1, 4)


ALPHABET = "قُتلوا شويغو،. (مارس)ـً👍🏽\u200d"


@given(st.text(alphabet=ALPHABET, max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_spans_never_start_on_a_mark_or_end_before_one(text: str, a: int, b: int) -> None:
    for exact in (False, True):
        span = snap(text, a, b, exact=exact)
        if span is None:
            continue
        start, end = span
        assert 0 <= start < end <= len(text)
        assert not is_mark(text[start]) or start == 0 or text[start - 1].isspace()  # an orphan mark
        assert end == len(text) or not is_mark(text[end])
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert unicodedata.category(text[start]) != "Zs"


def test_a_trailing_zwj_does_not_pull_in_the_space_after_it() -> None:
    # found by hypothesis: an Arabic comma, a ZWJ, then a space
    assert snap("،\u200d ", 0, 1, exact=True) == (0, 2)
    assert snap("قال\u200d شويغو", 0, 3) == (0, 4)
