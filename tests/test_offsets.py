"""Code points <-> UTF-16 <-> UTF-8, checked against Python's own codecs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import OffsetError
from app.text.offsets import OffsetMap, Utf8Map, check_span, utf16_len

MIXED = "قال 😂 شويغو 🙇🏻\u200d♀️ إن 144 جنديا"


def _utf16_index(text: str, cp: int) -> int:
    return len(text[:cp].encode("utf-16-le")) // 2


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60), st.data())
def test_utf16_round_trip_matches_codec(text: str, data: st.DataObject) -> None:
    omap = OffsetMap(text)
    assert omap.utf16_length == len(text.encode("utf-16-le")) // 2 == utf16_len(text)
    cp = data.draw(st.integers(0, len(text)))
    unit = omap.to_utf16(cp)
    assert unit == _utf16_index(text, cp)
    assert omap.from_utf16(unit) == cp


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60), st.data())
def test_utf8_round_trip_matches_codec(text: str, data: st.DataObject) -> None:
    cp = data.draw(st.integers(0, len(text)))
    umap = Utf8Map(text)
    assert umap.to_utf8(cp) == len(text[:cp].encode("utf-8"))
    assert umap.from_utf8(umap.to_utf8(cp)) == cp


def test_span_after_emoji() -> None:
    omap = OffsetMap(MIXED)
    start = MIXED.index("شويغو")
    assert omap.to_utf16(start) == start + 1  # one astral character before it
    assert omap.from_utf16(start + 1) == start
    later = MIXED.index("144")
    assert omap.to_utf16(later) == later + 3  # 😂, 🙇 and the skin tone 🏻 are astral; ZWJ, ♀ are not
    assert omap.to_utf16(later) == _utf16_index(MIXED, later)


def test_position_inside_a_surrogate_pair() -> None:
    omap = OffsetMap("a😂b")
    with pytest.raises(OffsetError, match="surrogate"):
        omap.from_utf16(2)
    assert omap.from_utf16(2, snap="left") == 1
    assert omap.from_utf16(2, snap="right") == 2


def test_out_of_range() -> None:
    with pytest.raises(OffsetError):
        OffsetMap("abc").to_utf16(4)
    with pytest.raises(OffsetError):
        OffsetMap("abc").from_utf16(-1)
    with pytest.raises(OffsetError):
        Utf8Map("ب").from_utf8(1)  # inside a two-byte letter


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (2, 2), (3, 2), (0, 99)])
def test_check_span_rejects_bad_spans(start: int, end: int) -> None:
    with pytest.raises(OffsetError):
        check_span("شويغو قال", start, end)


def test_check_span_rejects_wrong_snapshot() -> None:
    assert check_span("شويغو قال", 0, 5, "شويغو") == "شويغو"
    with pytest.raises(OffsetError, match="not"):
        check_span("شويغو قال", 0, 5, "شويغ")
