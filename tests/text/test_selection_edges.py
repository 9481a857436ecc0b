"""Moving one edge of a span by a word or a character, and the one key for a proclitic (Qt-free rules of
``app.text.selection``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.text.selection import (
    is_mark,
    leave_proclitics_out,
    snap,
    step_edge,
    toggle_proclitics,
    word_at,
    word_end,
    word_start,
)

TEXT = "وقال سيرغي شويغو في 22 آذار (مارس)، إنّ 144 شخصاً قُتلوا."


def span_of(needle: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def piece(span: tuple[int, int] | None, text: str = TEXT) -> str | None:
    return None if span is None else text[span[0] : span[1]]


def test_a_word_step_grows_and_shrinks_either_edge() -> None:
    start, end = span_of("شويغو")
    assert piece(step_edge(TEXT, start, end, "start", grow=True)) == "سيرغي شويغو"
    assert piece(step_edge(TEXT, start, end, "end", grow=True)) == "شويغو في"
    start, end = span_of("سيرغي شويغو في")
    assert piece(step_edge(TEXT, start, end, "start", grow=False)) == "شويغو في"
    assert piece(step_edge(TEXT, start, end, "end", grow=False)) == "سيرغي شويغو"


def test_a_word_step_from_inside_a_word_goes_to_its_edge_first() -> None:
    start, end = span_of("قال")  # the و left out
    assert piece(step_edge(TEXT, start, end, "start", grow=True)) == "وقال"
    start, end = span_of("شويغ")
    assert piece(step_edge(TEXT, start, end, "end", grow=True)) == "شويغو"


def test_a_character_step_keeps_harakat_and_never_stops_on_a_space() -> None:
    start, end = span_of("قُتلوا")
    assert piece(step_edge(TEXT, start, end, "start", grow=False, by_word=False)) == "تلوا"  # ق with its damma
    assert (
        piece(step_edge(TEXT, start, end, "start", grow=True, by_word=False)) == "اً قُتلوا"
    )  # the alef with its tanwin, over the space
    assert piece(step_edge(TEXT, start, end, "end", grow=False, by_word=False)) == "قُتلو"
    start, end = span_of("إنّ")
    assert piece(step_edge(TEXT, start, end, "end", grow=False, by_word=False)) == "إ"  # the shadda goes with its nun
    start, end = span_of("شويغو")
    assert piece(step_edge(TEXT, start, end, "end", grow=True, by_word=False)) == "شويغو ف"


def test_a_span_is_never_left_empty_and_the_text_ends_stop_it() -> None:
    start, end = span_of("شويغو")
    assert step_edge(TEXT, start, end, "start", grow=False) is None
    assert step_edge(TEXT, start, end, "end", grow=False) is None
    assert step_edge(TEXT, 0, 4, "start", grow=True) is None
    assert step_edge(TEXT, 0, len(TEXT), "end", grow=True) is None
    one = span_of("و", "و")
    assert step_edge("و", *one, "end", grow=False, by_word=False) is None


@given(st.text(alphabet="وقال سيرغي َُِّ ،.(144)", min_size=1, max_size=40), st.data())
def test_steps_never_split_a_letter_from_its_marks(text: str, data: st.DataObject) -> None:
    spans = [s for s in (snap(text, i, i + 1) for i in range(len(text))) if s]
    if not spans:
        return
    start, end = data.draw(st.sampled_from(spans))
    for edge in ("start", "end"):
        for grow in (True, False):
            for by_word in (True, False):
                moved = step_edge(text, start, end, edge, grow, by_word)
                if moved is None:
                    continue
                s, e = moved
                assert 0 <= s < e <= len(text)
                assert not is_mark(text[s]) or s == 0 or text[s - 1].isspace()
                assert e == len(text) or not is_mark(text[e])


def test_word_edges() -> None:
    start, end = span_of("شويغو")
    assert word_start(TEXT, start + 2) == start and word_end(TEXT, start + 2) == end
    assert word_at(TEXT, start + 2) == (start, end)


@pytest.mark.parametrize(
    ("text", "word"),
    [("قتل ب163 صاروخا", "ب163"), ("عضو لحزب نداء تونس", "لحزب"), ("وقال الوزير", "وقال")],
)
def test_word_snapping_takes_the_proclitics_in(text: str, word: str) -> None:
    start = text.index(word)
    assert piece(snap(text, start + len(word) - 1, start + len(word)), text) == word
    assert piece(word_at(text, start + len(word) - 1), text) == word


NEWS = "قال عضو لحزب نداء تونس إن حزب نداء تونس دفع ب163 مليون دينار. وقال الوزير سيرغي شويغو إن بريطانيا وافقت."


@pytest.mark.parametrize(
    ("selected", "left_out"),
    [
        ("لحزب نداء تونس", "حزب نداء تونس"),
        ("ب163", "163"),
        ("وقال", "قال"),
        ("بريطانيا", "بريطانيا"),  # a stem keeps its own letters
        ("الوزير سيرغي شويغو", "وزير سيرغي شويغو"),
    ],
)
def test_proclitics_left_out_and_the_one_key_takes_them_back_in(selected: str, left_out: str) -> None:
    start, end = span_of(selected, NEWS)
    out = leave_proclitics_out(NEWS, start, end)
    assert piece(out, NEWS) == left_out
    back = toggle_proclitics(NEWS, *out)
    if left_out == selected:
        assert back is None
    else:
        assert piece(back, NEWS) == selected
        assert piece(toggle_proclitics(NEWS, start, end), NEWS) == left_out  # and out again


def test_harakat_stay_with_their_letter_when_the_proclitic_goes() -> None:
    text = "قالَ عضوٌ لِحِزْبِ نداء تونس إن حِزْبَ نداء تونس"
    start, end = span_of("لِحِزْبِ نداء", text)
    out = leave_proclitics_out(text, start, end)
    assert piece(out, text) == "حِزْبِ نداء"


def test_on_the_corpora_what_is_left_out_is_only_proclitics_and_harakat_stay(corpora) -> None:  # type: ignore[no-untyped-def]
    """Every word of 60 ant-news articles and of 1,000 diacritised Tashkeela lines, as an ACTOR span: the part left
    out is a proclitic (or the letters before a number), never a letter without its harakat, never the whole word."""
    import re

    from app.text.clitics import PROCLITICS
    from app.text.fold import fold_text

    texts = [p.read_text(encoding="utf-8") for p in sorted((corpora / "ant-news" / "politic").glob("*.txt"))[:60]]
    tashkeela = corpora / "tashkeela-diacritized" / "val.txt"
    if tashkeela.is_file():
        texts.append("\n".join(tashkeela.read_text(encoding="utf-8").splitlines()[:1000]))
    words = cut_words = 0
    for text in texts:
        for match in re.finditer(r"\S+", text):
            span = word_at(text, match.start())
            if span is None or span[0] != match.start():
                continue
            start, end = span
            cut, _ = leave_proclitics_out(text, start, end)
            words += 1
            if cut == start:
                continue
            cut_words += 1
            assert start < cut < end
            assert not is_mark(text[cut]), text[start:end]
            gone = fold_text(text[start:cut])
            assert gone in PROCLITICS or text[cut].isdigit(), text[start:end]
            assert toggle_proclitics(text, cut, end) == (start, end)
    assert words > 10_000 and cut_words > 1_000


def test_a_long_text_reads_the_words_around_the_span_only() -> None:
    """The rule's lexicon of a 1 MB text costs a second to build: a key press reads three 4,096-character chunks
    around the span, and finds the same proclitics there."""
    filler = "كلام عادي في النص " * 2000
    text = filler + NEWS + filler
    assert len(text) > 6 * 4096
    start, end = span_of("لحزب نداء تونس", text)
    assert piece(leave_proclitics_out(text, start, end), text) == "حزب نداء تونس"
    start, end = span_of("ب163", text)
    assert piece(leave_proclitics_out(text, start, end), text) == "163"
