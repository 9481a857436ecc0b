"""Folding: one table, every kept character folds to one character, ignorables vanish."""

from __future__ import annotations

from app.text.fold import FoldOptions, fold_char, fold_text, fold_with_map, is_ignorable, variants_of


def test_hamza_forms_ya_ta_marbuta_digits_and_case_fold() -> None:
    assert fold_text("أحمد إبراهيم آمال ٱلله") == "احمد ابراهيم امال الله"
    assert fold_text("مستشفى الجامعة") == "مستشفي الجامعه"
    assert fold_text("٢٠٢٤ و۱۹") == "2024 و19"
    assert fold_text("Le FIGARO") == "le figaro"


def test_ignorables_vanish() -> None:
    text = "قُتِـــلَ\u200c\u200d\u200f\u200e\u061c\u202b\u2067x\u2069\u0670"
    assert fold_text(text) == "قتلx"
    for ch in "\u064e\u0651\u0652\u0670\u0640\u200c\u200d\u200e\u200f\u061c\u202a\u202e\u2066\u2069\u06d6":
        assert is_ignorable(ch), hex(ord(ch))
    for ch in "اأبة ,.1":
        assert not is_ignorable(ch)


def test_spaces_become_plain_spaces() -> None:
    assert fold_text("حزب\u00a0نداء\u202fتونس\u2009x") == "حزب نداء تونس x"
    assert fold_text("a\nb\tc") == "a\nb\tc"  # line breaks and tabs are no "other spaces"


def test_options_turn_single_foldings_off() -> None:
    options = FoldOptions(ya=False, ta_marbuta=False, digits=False, case=False)
    assert fold_text("مستشفى الجامعة ٢٠ Figaro أحمد", options) == "مستشفى الجامعة ٢٠ Figaro احمد"
    assert fold_char("ة", options) == "ة" and fold_char("ة") == "ه"


def test_map_points_at_the_kept_code_points() -> None:
    folded, index = fold_with_map("قُتِـــل")
    assert folded == "قتل" and index == [0, 2, 7]
    text = "وَبَارِيسُ"
    folded, index = fold_with_map(text)
    assert folded == "وباريس" and "".join(text[i] for i in index) == "وباريس"
    folded, index = fold_with_map("abc")
    assert index == [0, 1, 2]


def test_every_kept_character_folds_to_exactly_one() -> None:
    for ch in "ايه3kiθ ":
        for original in variants_of(ch):
            assert fold_text(original) == ch, (ch, original)
    assert set("اأإآٱ") <= set(variants_of("ا")) and set("يىی") <= set(variants_of("ي"))
    assert set("3٣۳") <= set(variants_of("3")) and set("kKK") <= set(variants_of("k"))
    assert "\u00a0" in variants_of(" ") and variants_of("i") == "iIİ"
