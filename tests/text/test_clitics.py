"""proclitic_end: proclitics come off, a stem never loses its own letters."""

from __future__ import annotations

import re
from pathlib import Path

from app.text.clitics import PROCLITICS, SUFFIXES, proclitic_end
from app.text.fold import fold_text
from app.text.matcher import _WORD_CLASS
from app.text.selection import is_mark

_WORD = re.compile(_WORD_CLASS + "+")


def stem(text: str, word: str, **kw: bool) -> str:
    start = text.index(word)
    return text[proclitic_end(text, start, start + len(word), **kw) : start + len(word)]


def test_contract_tuples_are_longest_first() -> None:
    assert list(PROCLITICS) == sorted(PROCLITICS, key=len, reverse=True)
    assert {"وال", "بال", "لل", "وب", "و", "ال"} <= set(PROCLITICS)
    assert {"ه", "ها", "هم", "هما", "كم", "نا", "ي"} <= set(SUFFIXES)


def test_article_combinations_come_off() -> None:
    text = "والحكومة بالمئة للحكومة فالأمر وبالتالي الحكومة"
    assert stem(text, "والحكومة") == "حكومة"
    assert stem(text, "بالمئة") == "مئة"
    assert stem(text, "للحكومة") == "حكومة"
    assert stem(text, "وبالتالي") == "تالي"
    assert stem(text, "الحكومة") == "حكومة"
    assert stem(text, "والحكومة", article=False) == "الحكومة"
    assert stem(text, "للحكومة", article=False) == "لحكومة"


def test_letters_before_digits_always_come_off() -> None:
    assert stem("قتل ب163 شخصا", "ب163") == "163"
    assert stem("في و2020", "و2020") == "2020"
    assert stem("عام ب١٦٣", "ب١٦٣") == "١٦٣"
    assert stem("طائرات F16 وG20", "F16") == "F16"  # a Latin code stays whole


def test_stems_keep_their_own_letters() -> None:
    text = "قال وزير الخارجية إن بريطانيا ولبنان وفرنسا وكندا لا ألمانيا الله الذي بغداد بيروت فلسطين ليبيا"
    for word in ("وزير", "بريطانيا", "ألمانيا", "الله", "الذي", "بغداد", "بيروت", "فلسطين", "ليبيا", "لا"):
        assert stem(text, word) == word
    assert stem(text, "ولبنان") == "لبنان"  # و, then لبنان is a known word


def test_single_letter_comes_off_when_the_rest_is_a_word_of_the_text() -> None:
    text = "زار شويغو باريس ثم قال إن وباريس وشويغو ووزير"
    assert stem(text, "وباريس") == "باريس"
    assert stem(text, "وشويغو") == "شويغو"
    assert stem(text, "ووزير") == "وزير"
    assert stem("وشويغو وحده", "وشويغو") == "وشويغو"  # unsure: شويغو never stands alone here


def test_harakat_stay_with_their_letter() -> None:
    text = "وَالْحُكُومَةِ"
    assert stem(text, text) == "حُكُومَةِ"
    text = "بِـ163"
    assert stem(text, text) == "163"
    assert proclitic_end("وَباريس باريس", 0, 7) == 2


def test_one_letter_at_a_time_and_only_onto_a_known_word() -> None:
    text = "قال إنه وكان والتي فورد فلكي بأن بان كي مون فإن"
    assert stem(text, "وكان") == "كان"  # not ك+ان
    assert stem(text, "والتي") == "التي"  # التي is no article + stem, و still comes off
    assert stem(text, "فورد") == "فورد"
    assert stem(text, "فلكي") == "فلكي"
    assert stem(text, "بأن") == "أن"  # the hamza tells: ب + أن
    assert stem(text, "بان") == "بان"  # Ban Ki-moon
    assert stem(text, "فإن") == "إن"
    assert stem("والده في البيت", "والده") == "والده"  # his father, not و+ال+ده


def test_article_look_alikes_stay_whole() -> None:
    text = "التقى الوزير بنظيره في الله أمس والتحق بالمنتخب"
    assert stem(text, "التقى") == "التقى"
    assert stem(text, "الله") == "الله"
    assert stem(text, "بالمنتخب") == "منتخب"
    assert stem(text, "بالمنتخب", article=False) == "المنتخب"


def test_on_real_text_a_cut_is_a_proclitic_and_keeps_harakat_with_their_letter(corpora: Path) -> None:
    """Every word of diacritized classical text (tashkeela) and of news (ant-news): where it is cut, the
    part left out is a proclitic (or letters before digits) and the stem starts on a letter, not a mark."""
    texts = [(corpora / "tashkeela-diacritized" / "val.txt").read_text(encoding="utf-8")[:200_000]]
    texts += [p.read_text(encoding="utf-8") for p in sorted((corpora / "ant-news" / "politic").glob("*.txt"))[:60]]
    cuts = 0
    for text in texts:
        for m in _WORD.finditer(text):
            s, e = m.span()
            cut = proclitic_end(text, s, e)
            assert s <= cut < e
            if cut == s:
                continue
            cuts += 1
            left, stem_ = fold_text(text[s:cut]), fold_text(text[cut:e])
            assert not is_mark(text[cut]), text[s:e]
            assert left in PROCLITICS or (stem_[:1].isdigit() and left.isalpha()), (text[s:e], left)
            assert len(stem_) >= 2 or stem_.isdigit(), text[s:e]
    assert cuts > 1000
