"""Property tests of the matcher on real text: news (ant-news, saudinewsnet), fully diacritized classical
Arabic (tashkeela) and tweets with emoji, ZWJ and bidi controls (arsarcasm).

For a random word of a random text: every whole-word occurrence is found, every hit's text folds to
the query, no hit splits a letter from its harakat (or a surrogate pair, in UTF-16), and the search
index's terms hold a token of the text.
"""

from __future__ import annotations

import csv
import json
import os
import re
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.text.clitics import SUFFIXES
from app.text.fold import HARAKAT, TATWEEL, fold_text
from app.text.matcher import _WORD_CLASS, Matcher, word_tokens
from app.text.offsets import OffsetMap
from app.text.selection import is_mark
from tests.conftest import CORPORA

_WORD = re.compile(_WORD_CLASS + "+")
_TRAIL = frozenset(HARAKAT + TATWEEL)
_JOINERS = frozenset(".,٫٬-/:")
pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason=f"real corpora not found at {CORPORA}")


@lru_cache(maxsize=1)
def texts() -> tuple[str, ...]:
    found: list[str] = []
    for path in sorted((CORPORA / "ant-news").glob("*/*.txt"))[::60]:
        found.append(path.read_text(encoding="utf-8"))
    articles = json.loads((CORPORA / "saudinewsnet" / "2015-08-11.json").read_text(encoding="utf-8"))
    found += [a["title"] + "\n" + a["content"] for a in articles[::100]]
    lines = (CORPORA / "tashkeela-diacritized" / "val.txt").read_text(encoding="utf-8").splitlines()
    found += ["\n".join(lines[i : i + 20]) for i in range(0, 400, 20)]
    with Path(CORPORA / "arsarcasm" / "ArSarcasm_train.csv").open(encoding="utf-8", newline="") as f:
        tweets = [row["tweet"] for row in csv.DictReader(f)]
    found += ["\n".join(tweets[i : i + 30]) for i in range(0, 3000, 150)]
    return tuple(t for t in found if _WORD.search(t))


def words_of(text: str) -> list[tuple[int, int]]:
    """Whole words of the original text whose folded form is not empty (and not part of a number)."""
    spans = []
    for m in _WORD.finditer(text):
        s, e = m.span()
        if not fold_text(text[s:e]).strip("_") or is_mark(text[s]):  # a lone mark (an emoji's VS16)
            continue
        if e < len(text) - 1 and text[e] in _JOINERS and text[e + 1].isdigit() and text[e - 1].isdigit():
            continue
        if s > 1 and text[s - 1] in _JOINERS and text[s - 2].isdigit() and text[s].isdigit():
            continue
        spans.append((s, e))
    return spans


def check_hit(text: str, start: int, end: int, expected: str) -> None:
    assert 0 <= start < end <= len(text)
    assert fold_text(text[start:end]) == expected, (text[start:end], expected)
    assert not is_mark(text[start]), "a hit starts on a mark"
    assert end == len(text) or text[end] not in _TRAIL, "a hit leaves its last letter's harakat out"
    offsets = OffsetMap(text)
    for cp in (start, end):
        assert offsets.from_utf16(offsets.to_utf16(cp)) == cp


_EXAMPLES = int(os.environ.get("HASHIYA_PROPERTY_EXAMPLES", "150"))  # more for a long run


def check_index(matcher: Matcher, text: str) -> None:
    """A text the matcher finds holds a form of every index term (a trailing * is a prefix)."""
    if not matcher.find_all(text):
        return
    tokens = set(word_tokens(fold_text(text)))
    for forms in matcher.index_terms():
        assert any(f in tokens or (f.endswith("*") and any(t.startswith(f[:-1]) for t in tokens)) for f in forms), (
            forms[:4]
        )


_settings = settings(max_examples=_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(st.data())
def test_every_occurrence_of_a_word_is_found_and_every_hit_folds_to_it(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(texts()))
    words = words_of(text)
    s, e = data.draw(st.sampled_from(words))
    query = fold_text(text[s:e])
    matcher = Matcher(text[s:e])
    assert matcher.words == (query,)
    hits = matcher.find_all(text)
    article = query.startswith("ال") and len(query) > 2
    for start, end in hits:
        # after ل the article loses its alef: للحكومة is a hit for الحكومة, covering حكومة
        expected = query[2:] if article and fold_text(text[start:end]) == query[2:] else query
        check_hit(text, start, end, expected)
    starts = {h[0] for h in hits}
    for ws, we in words:
        if fold_text(text[ws:we]) == query:
            assert ws in starts, f"missed {text[ws:we]!r} at {ws}"
    check_index(matcher, text)


@_settings
@given(st.data())
def test_a_prefix_finds_every_word_it_starts(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(texts()))
    words = [w for w in words_of(text) if len(fold_text(text[w[0] : w[1]])) >= 3]
    s, e = data.draw(st.sampled_from(words))
    folded = fold_text(text[s:e])
    prefix = folded[: data.draw(st.integers(2, len(folded)))]
    matcher = Matcher(prefix + "*")
    check_index(matcher, text)
    hits = matcher.find_all(text)
    for start, end in hits:
        article = prefix.startswith("ال") and len(prefix) > 2 and fold_text(text[start:end]) == prefix[2:]
        check_hit(text, start, end, prefix[2:] if article else prefix)
    starts = {h[0] for h in hits}
    for ws, we in words_of(text):
        if fold_text(text[ws:we]).startswith(prefix):
            assert ws in starts, f"missed {text[ws:we]!r} at {ws}"


@_settings
@given(st.data())
def test_a_word_with_a_proclitic_is_found_without_it(data: st.DataObject) -> None:
    """Take a word written with و/ب/ل/ف/ك/ال in front: its stem as a query finds it, hit = the stem."""
    text = data.draw(st.sampled_from(texts()))
    candidates = [w for w in words_of(text) if re.match(r"(?:[وفبلك]|ال)[^\W\d_]{3,}$", fold_text(text[w[0] : w[1]]))]
    if not candidates:
        return
    s, e = data.draw(st.sampled_from(candidates))
    folded = fold_text(text[s:e])
    cut = 2 if folded.startswith("ال") else 1
    stem = folded[cut:]
    matcher = Matcher(stem)
    check_index(matcher, text)
    hits = matcher.find_all(text)
    for start, end in hits:
        article = stem.startswith("ال") and len(stem) > 2 and fold_text(text[start:end]) == stem[2:]
        check_hit(text, start, end, stem[2:] if article else stem)
    assert any(s < start and end <= e for start, end in hits), (text[s:e], stem)


@_settings
@given(st.data())
def test_a_phrase_of_two_words_is_found(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(texts()))
    words = words_of(text)
    pairs = [(a, b) for a, b in pairwise(words) if text[a[1] : b[0]] == " "]
    if not pairs:
        return
    (s1, e1), (s2, e2) = data.draw(st.sampled_from(pairs))
    query = f'"{text[s1:e1]} {text[s2:e2]}"'
    matcher = Matcher(query)
    check_index(matcher, text)
    hits = matcher.find_all(text)
    assert any(s1 <= start < e1 and s2 < end <= e2 for start, end in hits), (query, [text[a:b] for a, b in hits])
    for start, end in hits:
        last, found = fold_text(text[s2:e2]), fold_text(text[start:end]).split()[-1]
        assert found.endswith(last) or (last.startswith("ال") and found.endswith("ل" + last[2:]))  # و, لل...


@_settings
@given(st.data())
def test_with_suffixes_a_word_is_found_with_its_pronoun_outside(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(texts()))
    words = [w for w in words_of(text) if re.fullmatch(r"[^\W\d_]{3,}", fold_text(text[w[0] : w[1]]))]
    if not words:
        return
    s, e = data.draw(st.sampled_from(words))
    query = fold_text(text[s:e])
    matcher = Matcher(query, suffixes=True)
    hits = matcher.find_all(text)
    changed = query[:-1] + {"ه": "ت", "ي": "ا"}.get(query[-1], query[-1])
    for start, end in hits:
        found = fold_text(text[start:end])
        assert found in (query, changed) or (query.startswith("ال") and found in (query[2:], changed[2:]))
        check_hit(text, start, end, found)
    starts = {h[0] for h in hits}
    forms = {query + suffix for suffix in SUFFIXES} | {changed + suffix for suffix in SUFFIXES} | {query}
    for ws, we in words_of(text):
        if fold_text(text[ws:we]) in forms:
            assert ws in starts, f"missed {text[ws:we]!r} at {ws}"
    check_index(matcher, text)
