"""spaCy words and spaces spell the document exactly, whatever the whitespace between pieces."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.formats.spacy_docbin import words_and_spaces

TEXT = st.text(st.sampled_from(list("قال شويغو 144 \n\t  😂(مارس)")), max_size=40)


@given(TEXT, st.data())
def test_words_and_spaces_rebuild_the_text(text: str, data: st.DataObject) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8)))
    pieces = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    words, spaces, index = words_and_spaces(text, pieces)
    assert "".join(w + (" " if sp else "") for w, sp in zip(words, spaces, strict=True)) == text
    assert [words[i] for i in index] == [text[a:b] for a, b in pieces]
    assert all(words)
