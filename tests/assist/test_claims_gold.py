"""The claims gold sets (tests/data/gold/claims*.jsonl): well-formed references, and what the rules measure.

The numbers asserted are the ones measured and reported in README.md ("Assistance"), less a little slack, so a
change to the rules that loses accuracy fails here. The development set is the one the rules were tuned on;
the held-out set was read after the tuning and is never tuned on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.bench_claims_accuracy import GOLD, SETS, UNITS, Texts, evaluate, iou

GOLD_DIR = GOLD.parent
HELDOUT = GOLD_DIR / "claims_heldout.jsonl"
HELDOUT_UNITS = GOLD_DIR / "claims_heldout_units.jsonl"
HELDOUT2 = GOLD_DIR / "claims_heldout2.jsonl"
HELDOUT2_UNITS = GOLD_DIR / "claims_heldout2_units.jsonl"
HELDOUT3 = GOLD_DIR / "claims_heldout3.jsonl"
HELDOUT3_UNITS = GOLD_DIR / "claims_heldout3_units.jsonl"
HELDOUT4 = GOLD_DIR / "claims_heldout4.jsonl"
HELDOUT4_UNITS = GOLD_DIR / "claims_heldout4_units.jsonl"
HELDOUT5 = GOLD_DIR / "claims_heldout5.jsonl"
HELDOUT5_UNITS = GOLD_DIR / "claims_heldout5_units.jsonl"
HELDOUT6 = GOLD_DIR / "claims_heldout6.jsonl"
HELDOUT6_UNITS = GOLD_DIR / "claims_heldout6_units.jsonl"
HELDOUT7 = GOLD_DIR / "claims_heldout7.jsonl"
HELDOUT7_UNITS = GOLD_DIR / "claims_heldout7_units.jsonl"
HELDOUT8 = GOLD_DIR / "claims_heldout8.jsonl"
HELDOUT8_UNITS = GOLD_DIR / "claims_heldout8_units.jsonl"
HELDOUT9 = GOLD_DIR / "claims_heldout9.jsonl"
HELDOUT9_UNITS = GOLD_DIR / "claims_heldout9_units.jsonl"
HELDOUT10 = GOLD_DIR / "claims_heldout10.jsonl"
HELDOUT10_UNITS = GOLD_DIR / "claims_heldout10_units.jsonl"
HELDOUT11 = GOLD_DIR / "claims_heldout11.jsonl"
HELDOUT11_UNITS = GOLD_DIR / "claims_heldout11_units.jsonl"
HELDOUT12 = GOLD_DIR / "claims_heldout12.jsonl"
HELDOUT12_UNITS = GOLD_DIR / "claims_heldout12_units.jsonl"
HELDOUT13 = GOLD_DIR / "claims_heldout13.jsonl"
HELDOUT13_UNITS = GOLD_DIR / "claims_heldout13_units.jsonl"
HELDOUT14 = GOLD_DIR / "claims_heldout14.jsonl"
HELDOUT14_UNITS = GOLD_DIR / "claims_heldout14_units.jsonl"
HELDOUT15 = GOLD_DIR / "claims_heldout15.jsonl"
HELDOUT15_UNITS = GOLD_DIR / "claims_heldout15_units.jsonl"
HELDOUT16 = GOLD_DIR / "claims_heldout16.jsonl"
HELDOUT16_UNITS = GOLD_DIR / "claims_heldout16_units.jsonl"
HELDOUT17 = GOLD_DIR / "claims_heldout17.jsonl"
HELDOUT17_UNITS = GOLD_DIR / "claims_heldout17_units.jsonl"
HELDOUT18 = GOLD_DIR / "claims_heldout18.jsonl"
HELDOUT18_UNITS = GOLD_DIR / "claims_heldout18_units.jsonl"
HELDOUT19 = GOLD_DIR / "claims_heldout19.jsonl"
HELDOUT19_UNITS = GOLD_DIR / "claims_heldout19_units.jsonl"
HELDOUT20 = GOLD_DIR / "claims_heldout20.jsonl"
HELDOUT20_UNITS = GOLD_DIR / "claims_heldout20_units.jsonl"
HELDOUT21 = GOLD_DIR / "claims_heldout21.jsonl"
HELDOUT21_UNITS = GOLD_DIR / "claims_heldout21_units.jsonl"
HELDOUT22 = GOLD_DIR / "claims_heldout22.jsonl"
HELDOUT22_UNITS = GOLD_DIR / "claims_heldout22_units.jsonl"
HELDOUT23 = GOLD_DIR / "claims_heldout23.jsonl"
HELDOUT23_UNITS = GOLD_DIR / "claims_heldout23_units.jsonl"
HELDOUT24 = GOLD_DIR / "claims_heldout24.jsonl"
HELDOUT24_UNITS = GOLD_DIR / "claims_heldout24_units.jsonl"
HELDOUT25 = GOLD_DIR / "claims_heldout25.jsonl"
HELDOUT25_UNITS = GOLD_DIR / "claims_heldout25_units.jsonl"
HELDOUT26 = GOLD_DIR / "claims_heldout26.jsonl"
HELDOUT26_UNITS = GOLD_DIR / "claims_heldout26_units.jsonl"
HELDOUT27 = GOLD_DIR / "claims_heldout27.jsonl"
HELDOUT27_UNITS = GOLD_DIR / "claims_heldout27_units.jsonl"
HELDOUT28 = GOLD_DIR / "claims_heldout28.jsonl"
HELDOUT28_UNITS = GOLD_DIR / "claims_heldout28_units.jsonl"
HELDOUT29 = GOLD_DIR / "claims_heldout29.jsonl"
HELDOUT29_UNITS = GOLD_DIR / "claims_heldout29_units.jsonl"
HELDOUT30 = GOLD_DIR / "claims_heldout30.jsonl"
HELDOUT30_UNITS = GOLD_DIR / "claims_heldout30_units.jsonl"
HELDOUT31 = GOLD_DIR / "claims_heldout31.jsonl"
HELDOUT31_UNITS = GOLD_DIR / "claims_heldout31_units.jsonl"
HELDOUT32 = GOLD_DIR / "claims_heldout32.jsonl"
HELDOUT32_UNITS = GOLD_DIR / "claims_heldout32_units.jsonl"
HELDOUT33 = GOLD_DIR / "claims_heldout33.jsonl"
HELDOUT33_UNITS = GOLD_DIR / "claims_heldout33_units.jsonl"
HELDOUT34 = GOLD_DIR / "claims_heldout34.jsonl"
HELDOUT34_UNITS = GOLD_DIR / "claims_heldout34_units.jsonl"
HELDOUT35 = GOLD_DIR / "claims_heldout35.jsonl"
HELDOUT35_UNITS = GOLD_DIR / "claims_heldout35_units.jsonl"
HELDOUT36 = GOLD_DIR / "claims_heldout36.jsonl"
HELDOUT36_UNITS = GOLD_DIR / "claims_heldout36_units.jsonl"
HELDOUT37 = GOLD_DIR / "claims_heldout37.jsonl"
HELDOUT37_UNITS = GOLD_DIR / "claims_heldout37_units.jsonl"
HELDOUT38 = GOLD_DIR / "claims_heldout38.jsonl"
HELDOUT38_UNITS = GOLD_DIR / "claims_heldout38_units.jsonl"
HELDOUT39 = GOLD_DIR / "claims_heldout39.jsonl"
HELDOUT39_UNITS = GOLD_DIR / "claims_heldout39_units.jsonl"
HELDOUT40 = GOLD_DIR / "claims_heldout40.jsonl"
HELDOUT40_UNITS = GOLD_DIR / "claims_heldout40_units.jsonl"


def _lines(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.mark.parametrize(
    ("gold", "units"),
    [
        (GOLD, UNITS),
        (HELDOUT, HELDOUT_UNITS),
        (HELDOUT2, HELDOUT2_UNITS),
        (HELDOUT3, HELDOUT3_UNITS),
        (HELDOUT4, HELDOUT4_UNITS),
        (HELDOUT5, HELDOUT5_UNITS),
        (HELDOUT6, HELDOUT6_UNITS),
        (HELDOUT7, HELDOUT7_UNITS),
        (HELDOUT8, HELDOUT8_UNITS),
        (HELDOUT9, HELDOUT9_UNITS),
        (HELDOUT10, HELDOUT10_UNITS),
        (HELDOUT11, HELDOUT11_UNITS),
        (HELDOUT12, HELDOUT12_UNITS),
        (HELDOUT13, HELDOUT13_UNITS),
        (HELDOUT14, HELDOUT14_UNITS),
        (HELDOUT15, HELDOUT15_UNITS),
        (HELDOUT16, HELDOUT16_UNITS),
        (HELDOUT17, HELDOUT17_UNITS),
        (HELDOUT18, HELDOUT18_UNITS),
        (HELDOUT19, HELDOUT19_UNITS),
        (HELDOUT20, HELDOUT20_UNITS),
        (HELDOUT21, HELDOUT21_UNITS),
        (HELDOUT22, HELDOUT22_UNITS),
        (HELDOUT23, HELDOUT23_UNITS),
        (HELDOUT24, HELDOUT24_UNITS),
        (HELDOUT25, HELDOUT25_UNITS),
        (HELDOUT26, HELDOUT26_UNITS),
        (HELDOUT27, HELDOUT27_UNITS),
        (HELDOUT28, HELDOUT28_UNITS),
        (HELDOUT29, HELDOUT29_UNITS),
        (HELDOUT30, HELDOUT30_UNITS),
        (HELDOUT31, HELDOUT31_UNITS),
        (HELDOUT32, HELDOUT32_UNITS),
        (HELDOUT33, HELDOUT33_UNITS),
        (HELDOUT34, HELDOUT34_UNITS),
        (HELDOUT35, HELDOUT35_UNITS),
        (HELDOUT36, HELDOUT36_UNITS),
        (HELDOUT37, HELDOUT37_UNITS),
        (HELDOUT38, HELDOUT38_UNITS),
        (HELDOUT39, HELDOUT39_UNITS),
        (HELDOUT40, HELDOUT40_UNITS),
    ],
)
def test_gold_references_point_at_their_text_inside_a_read_paragraph(corpora: Path, gold: Path, units: Path) -> None:
    texts = Texts(corpora)
    claims = _lines(gold)
    paragraphs = _lines(units)
    keys = {(u["corpus"], u["file"], str(u["doc"])) for u in paragraphs}
    for c in claims:
        key = (c["corpus"], c["file"], str(c["doc"]))
        assert key in keys, key
        text = texts(key)
        for part in ("content", "cue", "source"):
            if c[part] is not None:
                s, e, snippet = c[part]
                assert text[s:e] == snippet, (key, part, snippet)
        assert c["quote"] in ("direct", "indirect")
        s, e = c["content"][0], c["content"][1]
        assert any(
            u["unit"][0] <= s and e <= u["unit"][1]
            for u in paragraphs
            if (u["corpus"], u["file"], str(u["doc"])) == key
        )
    # no claim written twice; a nested attribution may start where the claim around it starts (held out 20:
    # `النسبة العامة …، بحسب نتائج المسح …، تبلغ 23.5 بالمائة، وذلك …`), so the whole content span is the key
    assert len({(c["corpus"], c["file"], str(c["doc"]), *c["content"][:2]) for c in claims}) == len(claims)
    for u in paragraphs:  # a unit is one whole paragraph (line)
        text = texts((u["corpus"], u["file"], str(u["doc"])))
        s, e = u["unit"]
        assert "\n" not in text[s:e] and (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n")


def test_gold_sizes(corpora: Path) -> None:
    assert len(_lines(GOLD)) >= 100
    assert len(_lines(HELDOUT)) >= 40
    assert len(_lines(HELDOUT2)) >= 35
    assert len(_lines(HELDOUT3)) >= 40
    assert len(_lines(HELDOUT4)) >= 34
    assert len(_lines(HELDOUT5)) >= 50
    assert len({c["doc"] for c in _lines(HELDOUT5)}) >= 12
    assert len(_lines(HELDOUT6)) >= 45
    assert len({c["doc"] for c in _lines(HELDOUT6)}) >= 12
    assert len(_lines(HELDOUT7)) >= 45
    assert len({c["doc"] for c in _lines(HELDOUT7)}) >= 12
    assert len(_lines(HELDOUT8)) >= 44
    assert len({c["doc"] for c in _lines(HELDOUT8)}) >= 12
    assert len(_lines(HELDOUT9)) >= 52
    assert len({c["doc"] for c in _lines(HELDOUT9)}) >= 12
    assert len(_lines(HELDOUT10)) >= 45
    assert len({c["doc"] for c in _lines(HELDOUT10)}) >= 12
    assert len(_lines(HELDOUT11)) >= 49
    assert len({c["doc"] for c in _lines(HELDOUT11)}) >= 12
    assert len(_lines(HELDOUT12)) >= 58
    assert len({c["doc"] for c in _lines(HELDOUT12)}) >= 12
    assert len(_lines(HELDOUT13)) >= 49
    assert len({c["doc"] for c in _lines(HELDOUT13)}) >= 16
    assert len(_lines(HELDOUT14)) >= 63
    assert len({c["doc"] for c in _lines(HELDOUT14)}) >= 16
    assert len(_lines(HELDOUT15)) >= 48
    assert len({c["doc"] for c in _lines(HELDOUT15)}) >= 16
    assert len(_lines(HELDOUT16)) >= 51
    assert len({c["doc"] for c in _lines(HELDOUT16)}) >= 16
    assert len(_lines(HELDOUT17)) >= 56
    assert len({c["doc"] for c in _lines(HELDOUT17)}) >= 16
    assert len(_lines(HELDOUT18)) >= 42
    assert len({c["doc"] for c in _lines(HELDOUT18)}) >= 17
    assert len(_lines(HELDOUT19)) >= 51
    assert len({c["doc"] for c in _lines(HELDOUT19)}) >= 17
    assert len(_lines(HELDOUT20)) >= 43
    assert len({c["doc"] for c in _lines(HELDOUT20)}) >= 16
    assert len(_lines(HELDOUT21)) >= 40
    assert len({c["doc"] for c in _lines(HELDOUT21)}) >= 17
    assert len(_lines(HELDOUT22)) >= 41
    assert len({c["doc"] for c in _lines(HELDOUT22)}) >= 14
    assert len(_lines(HELDOUT23)) >= 50
    assert len({c["doc"] for c in _lines(HELDOUT23)}) >= 18
    assert len(_lines(HELDOUT24)) >= 57
    assert len({c["doc"] for c in _lines(HELDOUT24)}) >= 18
    assert len(_lines(HELDOUT25)) >= 60
    assert len({c["doc"] for c in _lines(HELDOUT25)}) >= 17
    assert len(_lines(HELDOUT26)) >= 67
    assert len({c["doc"] for c in _lines(HELDOUT26)}) >= 18
    assert len(_lines(HELDOUT27)) >= 54
    assert len({c["doc"] for c in _lines(HELDOUT27)}) >= 15
    assert len(_lines(HELDOUT28)) >= 58
    assert len({c["doc"] for c in _lines(HELDOUT28)}) >= 18
    assert len(_lines(HELDOUT29)) >= 47
    assert len({c["doc"] for c in _lines(HELDOUT29)}) >= 18
    assert len(_lines(HELDOUT30)) >= 50
    assert len({c["doc"] for c in _lines(HELDOUT30)}) >= 18
    assert len(_lines(HELDOUT31)) >= 65
    assert len({c["doc"] for c in _lines(HELDOUT31)}) >= 18
    assert len(_lines(HELDOUT32)) >= 39
    assert len({c["doc"] for c in _lines(HELDOUT32)}) >= 17
    assert len(_lines(HELDOUT33)) >= 55
    assert len({c["doc"] for c in _lines(HELDOUT33)}) >= 16
    assert len(_lines(HELDOUT34)) >= 47
    assert len({c["doc"] for c in _lines(HELDOUT34)}) >= 17
    assert len(_lines(HELDOUT35)) >= 52
    assert len({c["doc"] for c in _lines(HELDOUT35)}) >= 18
    assert len(_lines(HELDOUT36)) >= 35
    assert len({c["doc"] for c in _lines(HELDOUT36)}) >= 16
    assert len(_lines(HELDOUT37)) >= 49
    assert len({c["doc"] for c in _lines(HELDOUT37)}) >= 17
    assert len(_lines(HELDOUT38)) >= 34
    assert len({c["doc"] for c in _lines(HELDOUT38)}) >= 16
    assert len(_lines(HELDOUT39)) >= 54
    assert len({c["doc"] for c in _lines(HELDOUT39)}) >= 15
    assert len(_lines(HELDOUT40)) >= 48
    assert len({c["doc"] for c in _lines(HELDOUT40)}) >= 18
    assert {c["corpus"] for c in _lines(GOLD)} == {"ant-news", "saudinewsnet"}


def test_overlap_measure() -> None:
    assert iou((0, 10), (0, 10)) == 1.0
    assert iou((0, 10), (2, 10)) == 0.8
    assert iou((0, 10), (10, 20)) == 0.0
    assert iou(None, None) == 1.0 and iou((0, 1), None) == 0.0


def test_development_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora)
    assert r["gold_claims"] >= 100
    # measured: 0.971, 0.953, 0.931, 0.921, 1.000 (README.md, "Assistance"; source 0.891 before the source round)
    assert r["precision"] >= 0.96
    assert r["recall"] >= 0.94
    assert r["content_right"] >= 0.92
    assert r["source_right"] >= 0.91
    assert r["content_right"] >= 0.8 and r["source_right"] >= 0.8  # the goal
    assert r["quote_right"] >= 0.98


def test_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT, units_path=HELDOUT_UNITS)
    assert r["gold_claims"] >= 40
    # measured: 0.977, 0.875, 0.905, 1.000 (source 0.762 on the first run, before any held-out error was seen)
    assert r["precision"] >= 0.94
    assert r["recall"] >= 0.86
    assert r["content_right"] >= 0.89
    assert r["source_right"] >= 0.95


def test_second_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT2, units_path=HELDOUT2_UNITS)
    # measured: 0.921, 0.972, 0.971, 0.829 (0.897, 0.972, 0.971, 0.571 on its one run before any change)
    assert r["gold_claims"] >= 35
    assert r["precision"] >= 0.90
    assert r["recall"] >= 0.95
    assert r["content_right"] >= 0.95
    assert r["source_right"] >= 0.81


def test_third_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT3, units_path=HELDOUT3_UNITS)
    # measured: 1.000, 0.825, 0.879, 0.818 (1.000, 0.775, 0.903, 0.742 on its one run before a change). Content
    # right over the matched claims went from 0.906 to 0.879 when the nested claim ``القاضي الذي أكد وجود براهين
    # … على أن`` began to be found (its source right, its content the clause after على أن, the gold's takes the
    # object too); content right over all gold claims is unchanged (29 of 40).
    assert r["gold_claims"] >= 40
    assert r["precision"] >= 0.97
    assert r["recall"] >= 0.82
    assert r["content_right"] >= 0.87
    assert r["content_right_of_gold"] >= 0.72
    assert r["source_right"] >= 0.80


def test_fourth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT4, units_path=HELDOUT4_UNITS)
    # measured on its one run (its unseen figures, rules of 1a77f13):
    # precision 0.938, recall 0.882, content right 0.867, source right 0.533; after the source round (its
    # errors seen): 0.938, 0.882, 0.867, 0.800
    assert r["gold_claims"] >= 34
    assert r["precision"] >= 0.92
    assert r["recall"] >= 0.86
    assert r["content_right"] >= 0.85
    assert r["source_right"] >= 0.78


def test_fifth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT5, units_path=HELDOUT5_UNITS)
    # measured on its one run (its unseen figures, rules of f8d691d, none changed since): precision 0.918,
    # 0.900, content right 0.911, source right 0.800 (0.720 of all gold claims)
    assert r["gold_claims"] >= 50
    assert r["precision"] >= 0.90
    assert r["recall"] >= 0.88
    assert r["content_right"] >= 0.89
    assert r["source_right"] >= 0.78


def test_sixth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT6, units_path=HELDOUT6_UNITS)
    # measured on its one run (its unseen figures, rules of 89b854b): precision 1.000, recall 0.844, content
    # right 0.868, source right 0.711 (0.600 of all gold claims); after the rounds on its errors (seen since):
    # 1.000, 0.867, 0.897, 0.974
    assert r["gold_claims"] >= 45
    assert r["precision"] >= 0.97
    assert r["recall"] >= 0.82
    assert r["content_right"] >= 0.87
    assert r["source_right"] >= 0.84


def test_seventh_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT7, units_path=HELDOUT7_UNITS)
    # measured on its one run (its unseen figures, rules of 4e7bca6): precision 0.975, recall 0.830, content
    # right 0.897, source right 0.821 (0.681 of all gold claims); after the round on its errors (2589d2b, seen
    # since): 0.978, 0.936, 0.932, 0.909; after the round of 25: 0.979, 0.979, 0.935, 0.891
    assert r["gold_claims"] >= 47
    assert r["precision"] >= 0.95
    assert r["recall"] >= 0.95
    assert r["content_right"] >= 0.87
    assert r["source_right"] >= 0.80


def test_eighth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT8, units_path=HELDOUT8_UNITS)
    # measured on its one run (its unseen figures, rules of 2589d2b): precision 0.905, recall 0.864, content
    # right 0.868, source right 0.763 (0.659 of all gold claims); after the round of 25: 0.911, 0.932, 0.927, 0.927
    assert r["gold_claims"] >= 44
    assert r["precision"] >= 0.88
    assert r["recall"] >= 0.92
    assert r["content_right"] >= 0.92
    assert r["source_right"] >= 0.74


def test_ninth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT9, units_path=HELDOUT9_UNITS)
    # measured on its one run (its unseen figures, rules of a040746): precision 0.975, recall 0.750, content
    # right 0.923, source right 0.897 (35 of 39; 0.673 of all gold claims); after the round on its errors
    # (60cc144, seen since): 1.000, 0.827, 0.907, 0.907
    assert r["gold_claims"] >= 52
    assert r["precision"] >= 0.97
    assert r["recall"] >= 0.80
    assert r["content_right"] >= 0.88
    assert r["source_right"] >= 0.88


def test_tenth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT10, units_path=HELDOUT10_UNITS)
    # measured on its one run (its unseen figures, rules of 60cc144): precision 0.955, recall 0.933, content
    # right 0.857, source right 0.833 (35 of 42; 0.778 of all gold claims)
    assert r["gold_claims"] >= 45
    assert r["precision"] >= 0.93
    assert r["recall"] >= 0.91
    assert r["content_right"] >= 0.83
    assert r["source_right"] >= 0.80


def test_eleventh_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT11, units_path=HELDOUT11_UNITS)
    # measured on its one run (its unseen figures, rules of 60cc144): precision 0.977, recall 0.857, content
    # right 0.905, source right 0.857 (36 of 42; 0.735 of all gold claims)
    assert r["gold_claims"] >= 49
    assert r["precision"] >= 0.95
    assert r["recall"] >= 0.83
    assert r["content_right"] >= 0.88
    assert r["source_right"] >= 0.83


def test_twelfth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT12, units_path=HELDOUT12_UNITS)
    # measured on its one run (its unseen figures, rules of 60cc144): precision 0.980, recall 0.862, content
    # right 0.920, source right 0.900 (45 of 50; 0.776 of all gold claims)
    assert r["gold_claims"] >= 58
    assert r["precision"] >= 0.95
    assert r["recall"] >= 0.84
    assert r["content_right"] >= 0.90
    assert r["source_right"] >= 0.88


def test_thirteenth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT13, units_path=HELDOUT13_UNITS)
    # measured on its one run (its unseen figures, rules of a3c9447): precision 0.953, recall 0.837, content
    # right 0.878, source right 0.683 (28 of 41; 0.571 of all gold claims)
    assert r["gold_claims"] >= 49
    assert r["precision"] >= 0.95
    assert r["recall"] >= 0.83
    assert r["content_right"] >= 0.87
    assert r["source_right"] >= 0.68


def test_fourteenth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT14, units_path=HELDOUT14_UNITS)
    # measured on its one run (its unseen figures, rules of a3c9447): precision 1.000, recall 0.714, content
    # right 0.800, source right 0.711 (32 of 45; 0.508 of all gold claims)
    assert r["gold_claims"] >= 63
    assert r["precision"] >= 0.97
    assert r["recall"] >= 0.71
    assert r["content_right"] >= 0.80
    assert r["source_right"] >= 0.71


def test_fifteenth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT15, units_path=HELDOUT15_UNITS)
    # measured on its one run (its unseen figures, rules of 89f29e5): precision 1.000, recall 0.875, content
    # right 0.929, source right 0.833 (35 of 42; 0.729 of all gold claims); source right 0.953 after the round of 25
    assert r["gold_claims"] >= 48
    assert r["precision"] >= 0.97
    assert r["recall"] >= 0.87
    assert r["content_right"] >= 0.92
    assert r["source_right"] >= 0.95


def test_sixteenth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT16, units_path=HELDOUT16_UNITS)
    # measured on its one run (its unseen figures, rules of 89f29e5): precision 0.938, recall 0.882, content
    # right 0.889 (40 of 45; 0.784 of all gold claims), source right 0.867 (39 of 45; 0.765 of all gold claims)
    assert r["gold_claims"] >= 51
    assert r["precision"] >= 0.93
    assert r["recall"] >= 0.88
    assert r["content_right"] >= 0.88
    assert r["source_right"] >= 0.86
    assert r["content_right_of_gold"] >= 0.78
    assert r["source_right_of_gold"] >= 0.76


def test_seventeenth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT17, units_path=HELDOUT17_UNITS)
    # measured on its one run (its unseen figures, rules of a4a4748): precision 0.960, recall 0.857, content
    # right 0.938 (45 of 48; 0.804 of all gold claims), source right 0.708 (34 of 48; 0.607 of all gold claims)
    assert r["gold_claims"] >= 56
    assert r["precision"] >= 0.95
    assert r["recall"] >= 0.85
    assert r["content_right"] >= 0.93
    assert r["source_right"] >= 0.70
    assert r["content_right_of_gold"] >= 0.80
    assert r["source_right_of_gold"] >= 0.60


def test_eighteenth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT18, units_path=HELDOUT18_UNITS)
    # measured on its one run (its unseen figures, rules of a4a4748): precision 0.949, recall 0.881, content
    # right 0.973 (36 of 37; 0.857 of all gold claims), source right 0.946 (35 of 37; 0.833 of all gold claims)
    assert r["gold_claims"] >= 42
    assert r["precision"] >= 0.94
    assert r["recall"] >= 0.88
    assert r["content_right"] >= 0.97
    assert r["source_right"] >= 0.94
    assert r["content_right_of_gold"] >= 0.85
    assert r["source_right_of_gold"] >= 0.83


def test_nineteenth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT19, units_path=HELDOUT19_UNITS)
    # measured on its one run (its unseen figures, rules of 5083aae): precision 0.978, recall 0.863, content
    # right 0.841 (37 of 44; 0.725 of all gold claims), source right 0.818 (36 of 44; 0.706 of all gold claims);
    # after the round of 23 (its errors seen): recall 0.882, source right 0.844, of gold 0.745 / 0.745
    assert r["gold_claims"] >= 51
    assert r["precision"] >= 0.97
    assert r["recall"] >= 0.88
    assert r["content_right"] >= 0.84
    assert r["source_right"] >= 0.84
    assert r["content_right_of_gold"] >= 0.74
    assert r["source_right_of_gold"] >= 0.74


def test_twentieth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT20, units_path=HELDOUT20_UNITS)
    # measured on its one run (its unseen figures, rules of 5083aae): precision 1.000, recall 0.907, content
    # right 0.923 (36 of 39; 0.837 of all gold claims), source right 0.821 (32 of 39; 0.744 of all gold claims);
    # after the round of 23 (its errors seen): source right 0.846, 0.767 of gold; after the round of 27: source
    # right 0.897 (0.814 of gold: ضيف بوليتيكا kept in the source)
    assert r["gold_claims"] >= 43
    assert r["precision"] >= 0.99
    assert r["recall"] >= 0.90
    assert r["content_right"] >= 0.92
    assert r["source_right"] >= 0.89
    assert r["content_right_of_gold"] >= 0.83
    assert r["source_right_of_gold"] >= 0.81


def test_twenty_first_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT21, units_path=HELDOUT21_UNITS)
    # measured on its one run (its unseen figures, rules of 5083aae): precision 0.923, recall 0.900, content
    # right 0.972 (35 of 36; 0.875 of all gold claims), source right 0.917 (33 of 36; 0.825 of all gold claims);
    # after the round of 23 (its errors seen): precision 0.949, recall 0.925, of gold 0.900 / 0.850
    assert r["gold_claims"] >= 40
    assert r["precision"] >= 0.94
    assert r["recall"] >= 0.92
    assert r["content_right"] >= 0.97
    assert r["source_right"] >= 0.91
    assert r["content_right_of_gold"] >= 0.89
    assert r["source_right_of_gold"] >= 0.84


def test_twenty_second_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT22, units_path=HELDOUT22_UNITS)
    # measured on its one run (its unseen figures, rules of 5083aae): precision 0.974, recall 0.927, content
    # right 0.921 (35 of 38; 0.854 of all gold claims), source right 0.868 (33 of 38; 0.805 of all gold claims);
    # after the round of 25: source right 0.895 (0.829 of all gold claims)
    assert r["gold_claims"] >= 41
    assert r["precision"] >= 0.97
    assert r["recall"] >= 0.92
    assert r["content_right"] >= 0.92
    assert r["source_right"] >= 0.89
    assert r["content_right_of_gold"] >= 0.85
    assert r["source_right_of_gold"] >= 0.82


def test_twenty_third_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT23, units_path=HELDOUT23_UNITS)
    # measured on its one run (its unseen figures, rules of b76c0c1): precision 1.000, recall 0.780, content
    # right 0.949 (37 of 39; 0.740 of all gold claims), source right 0.821 (32 of 39; 0.640 of all gold claims);
    # after the round of 25 (its errors seen): recall 0.820, content right 0.976 (0.800 of gold), source right 0.829
    # (0.680 of gold)
    assert r["gold_claims"] >= 50
    assert r["precision"] >= 0.99
    assert r["recall"] >= 0.81
    assert r["content_right"] >= 0.97
    assert r["source_right"] >= 0.82
    assert r["content_right_of_gold"] >= 0.79
    assert r["source_right_of_gold"] >= 0.67


def test_twenty_fourth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT24, units_path=HELDOUT24_UNITS)
    # measured on its one run (its unseen figures, rules of b76c0c1): precision 1.000, recall 0.912, content
    # right 0.942 (49 of 52; 0.860 of all gold claims), source right 0.808 (42 of 52; 0.737 of all gold claims);
    # after the round of 25 (its errors seen): precision 0.981 (معلقا بالقول بأنه مجرّد "…" split before the
    # quotation, as the README's content rule says, where its gold has one claim), recall 0.930, content right
    # 0.943 (0.877 of gold), source right 0.962 (0.895 of gold); after the round of 27: content right 0.962 (0.895
    # of gold)
    assert r["gold_claims"] >= 57
    assert r["precision"] >= 0.98
    assert r["recall"] >= 0.92
    assert r["content_right"] >= 0.95
    assert r["source_right"] >= 0.95
    assert r["content_right_of_gold"] >= 0.89
    assert r["source_right_of_gold"] >= 0.88


def test_twenty_fifth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT25, units_path=HELDOUT25_UNITS)
    # measured on its one run (its unseen figures, rules of f2fc9bc): precision 1.000, recall 0.883, content
    # right 0.906 (48 of 53; 0.800 of all gold claims), source right 0.774 (41 of 53; 0.683 of all gold claims);
    # after the round of 27 (its errors seen): recall 0.900, content right 0.926, source right 0.926 (0.833 / 0.833
    # of gold)
    assert r["gold_claims"] >= 60
    assert r["precision"] >= 0.99
    assert r["recall"] >= 0.89
    assert r["content_right"] >= 0.92
    assert r["source_right"] >= 0.92
    assert r["content_right_of_gold"] >= 0.83
    assert r["source_right_of_gold"] >= 0.83


def test_twenty_sixth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT26, units_path=HELDOUT26_UNITS)
    # measured on its one run (its unseen figures, rules of f2fc9bc): precision 0.966, recall 0.851, content
    # right 0.912 (52 of 57; 0.776 of all gold claims), source right 0.807 (46 of 57; 0.687 of all gold claims);
    # after the round of 27 (its errors seen): precision 0.967, recall 0.866, content right 0.931, source right
    # 0.845 (0.806 / 0.731 of gold)
    assert r["gold_claims"] >= 67
    assert r["precision"] >= 0.96
    assert r["recall"] >= 0.86
    assert r["content_right"] >= 0.92
    assert r["source_right"] >= 0.84
    assert r["content_right_of_gold"] >= 0.80
    assert r["source_right_of_gold"] >= 0.73


def test_twenty_seventh_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT27, units_path=HELDOUT27_UNITS)
    # measured on its one run (its unseen figures, rules of 77417a1): precision 1.000, recall 0.870, content
    # right 0.957 (45 of 47; 0.833 of all gold claims), source right 0.872 (41 of 47; 0.759 of all gold claims)
    assert r["gold_claims"] >= 54
    assert r["precision"] >= 0.99
    assert r["recall"] >= 0.86
    assert r["content_right"] >= 0.95
    assert r["source_right"] >= 0.86
    assert r["content_right_of_gold"] >= 0.82
    assert r["source_right_of_gold"] >= 0.75


def test_twenty_eighth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT28, units_path=HELDOUT28_UNITS)
    # measured on its one run (its unseen figures, rules of 77417a1): precision 0.939, recall 0.793, content
    # right 0.826 (38 of 46; 0.655 of all gold claims), source right 0.804 (37 of 46; 0.638 of all gold claims),
    # with two gold sources of one article moved to their own occurrence of عبيد (a locator slip; 0.761 before)
    assert r["gold_claims"] >= 58
    assert r["precision"] >= 0.93
    assert r["recall"] >= 0.78
    assert r["content_right"] >= 0.82
    assert r["source_right"] >= 0.80
    assert r["content_right_of_gold"] >= 0.64
    assert r["source_right_of_gold"] >= 0.63


def test_twenty_ninth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT29, units_path=HELDOUT29_UNITS)
    # measured on its one run (its unseen figures, rules of 8aeacd6, the round of 29): precision 1.000, recall
    # 0.936, content right 0.955 (42 of 44; 0.894 of all gold claims), source right 0.886 (39 of 44; 0.830 of all)
    assert r["gold_claims"] >= 47
    assert r["precision"] >= 0.99
    assert r["recall"] >= 0.93
    assert r["content_right"] >= 0.95
    assert r["source_right"] >= 0.88
    assert r["content_right_of_gold"] >= 0.89
    assert r["source_right_of_gold"] >= 0.82


def test_thirtieth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT30, units_path=HELDOUT30_UNITS)
    # measured on its one run (its unseen figures, rules of 8aeacd6, the round of 29): precision 1.000, recall
    # 0.840, content right 0.833 (35 of 42; 0.700 of all gold claims), source right 0.762 (32 of 42; 0.640 of all)
    assert r["gold_claims"] >= 50
    assert r["precision"] >= 0.99
    assert r["recall"] >= 0.83
    assert r["content_right"] >= 0.83
    assert r["source_right"] >= 0.76
    assert r["content_right_of_gold"] >= 0.70
    assert r["source_right_of_gold"] >= 0.64


def test_thirty_first_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT31, units_path=HELDOUT31_UNITS)
    # measured on its one run (its unseen figures, rules of c3cc31b, the round of 31): precision 0.946, recall
    # 0.815, content right 0.962 (51 of 53; 0.785 of all gold claims), source right 0.849 (45 of 53; 0.692 of all)
    assert r["gold_claims"] >= 65
    assert r["precision"] >= 0.94
    assert r["recall"] >= 0.81
    assert r["content_right"] >= 0.96
    assert r["source_right"] >= 0.84
    assert r["content_right_of_gold"] >= 0.78
    assert r["source_right_of_gold"] >= 0.69


def test_thirty_second_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT32, units_path=HELDOUT32_UNITS)
    # measured on its one run (its unseen figures, rules of c3cc31b, the round of 31): precision 1.000, recall
    # 0.872, content right 0.971 (33 of 34; 0.846 of all gold claims), source right 0.882 (30 of 34; 0.769 of all)
    assert r["gold_claims"] >= 39
    assert r["precision"] >= 0.99
    assert r["recall"] >= 0.87
    assert r["content_right"] >= 0.97
    assert r["source_right"] >= 0.88
    assert r["content_right_of_gold"] >= 0.84
    assert r["source_right_of_gold"] >= 0.76


def test_thirty_third_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT33, units_path=HELDOUT33_UNITS)
    # measured on its one run (its unseen figures, rules of a052e33, the round of 33): precision 0.961, recall
    # 0.891, content right 0.898 (44 of 49; 0.800 of all gold claims), source right 0.878 (43 of 49; 0.782 of all)
    assert r["gold_claims"] >= 55
    assert r["precision"] >= 0.96
    assert r["recall"] >= 0.89
    assert r["content_right"] >= 0.89
    assert r["source_right"] >= 0.87
    assert r["content_right_of_gold"] >= 0.80
    assert r["source_right_of_gold"] >= 0.78


def test_thirty_fourth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT34, units_path=HELDOUT34_UNITS)
    # measured on its one run (its unseen figures, rules of a052e33, the round of 33): precision 0.974, recall
    # 0.809, content right 0.921 (35 of 38; 0.745 of all gold claims), source right 0.789 (30 of 38; 0.638 of all)
    assert r["gold_claims"] >= 47
    assert r["precision"] >= 0.97
    assert r["recall"] >= 0.80
    assert r["content_right"] >= 0.92
    assert r["source_right"] >= 0.78
    assert r["content_right_of_gold"] >= 0.74
    assert r["source_right_of_gold"] >= 0.63


def test_thirty_fifth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT35, units_path=HELDOUT35_UNITS)
    # measured on its one run (unseen, rules of a5ed4a6, which behave as a052e33's): precision 1.000, recall
    # 0.885, content right 0.978 (45 of 46; 0.865 of all gold claims), source right 0.913 (42 of 46; 0.808 of all)
    assert r["gold_claims"] >= 52
    assert r["precision"] >= 0.99
    assert r["recall"] >= 0.88
    assert r["content_right"] >= 0.97
    assert r["source_right"] >= 0.91
    assert r["content_right_of_gold"] >= 0.86
    assert r["source_right_of_gold"] >= 0.8


def test_thirty_sixth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT36, units_path=HELDOUT36_UNITS)
    # measured on its one run (unseen, rules of a5ed4a6, which behave as a052e33's): precision 1.000, recall
    # 0.943, content right 0.909 (30 of 33; 0.857 of all gold claims), source right 0.909 (30 of 33; 0.857 of all)
    assert r["gold_claims"] >= 35
    assert r["precision"] >= 0.99
    assert r["recall"] >= 0.94
    assert r["content_right"] >= 0.9
    assert r["source_right"] >= 0.9
    assert r["content_right_of_gold"] >= 0.85
    assert r["source_right_of_gold"] >= 0.85


def test_thirty_seventh_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT37, units_path=HELDOUT37_UNITS)
    # measured on its one run (unseen, rules of a5ed4a6, which behave as a052e33's): precision 1.000, recall
    # 0.857, content right 1.000 (42 of 42; 0.857 of all gold claims), source right 0.929 (39 of 42; 0.796 of all)
    assert r["gold_claims"] >= 49
    assert r["precision"] >= 0.99
    assert r["recall"] >= 0.85
    assert r["content_right"] >= 0.99
    assert r["source_right"] >= 0.92
    assert r["content_right_of_gold"] >= 0.85
    assert r["source_right_of_gold"] >= 0.79


def test_thirty_eighth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT38, units_path=HELDOUT38_UNITS)
    # measured on its one run (unseen, rules of a5ed4a6, which behave as a052e33's): precision 1.000, recall
    # 0.824, content right 0.929 (26 of 28; 0.765 of all gold claims), source right 0.893 (25 of 28; 0.735 of all)
    assert r["gold_claims"] >= 34
    assert r["precision"] >= 0.99
    assert r["recall"] >= 0.82
    assert r["content_right"] >= 0.92
    assert r["source_right"] >= 0.89
    assert r["content_right_of_gold"] >= 0.76
    assert r["source_right_of_gold"] >= 0.73


def test_thirty_ninth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT39, units_path=HELDOUT39_UNITS)
    # measured on its one run (unseen, rules of 5145795, the rounds of 38): precision 0.960, recall
    # 0.889, content right 0.875 (42 of 48; 0.778 of all gold claims), source right 0.812 (39 of 48; 0.722 of all)
    assert r["gold_claims"] >= 54
    assert r["precision"] >= 0.95
    assert r["recall"] >= 0.88
    assert r["content_right"] >= 0.87
    assert r["source_right"] >= 0.81
    assert r["content_right_of_gold"] >= 0.77
    assert r["source_right_of_gold"] >= 0.72


def test_fortieth_heldout_set_measures(corpora: Path) -> None:
    r = evaluate(corpora=corpora, gold_path=HELDOUT40, units_path=HELDOUT40_UNITS)
    # measured on its one run (unseen, rules of 5145795, the rounds of 38): precision 0.978, recall
    # 0.917, content right 0.977 (43 of 44; 0.896 of all gold claims), source right 0.886 (39 of 44; 0.812 of all)
    assert r["gold_claims"] >= 48
    assert r["precision"] >= 0.97
    assert r["recall"] >= 0.91
    assert r["content_right"] >= 0.97
    assert r["source_right"] >= 0.88
    assert r["content_right_of_gold"] >= 0.89
    assert r["source_right_of_gold"] >= 0.81


def test_heldout_sets_pooled_meet_the_goal_of_gold(corpora: Path) -> None:
    """Content and source right of ALL gold claims, pooled over held out 1-22 (every one seen now): measured
    after the round of 23, 840 and 834 of 1,032 = 0.814 / 0.808 (0.795 / 0.791 before it); after the round of 25,
    843 and 837 = 0.817 / 0.811 (held out 1-24: 933 and 922 of 1,139 = 0.819 / 0.809); after the round of 27, 843
    and 839 = 0.817 / 0.813 (held out 1-26: 1,038 and 1,023 of 1,266 = 0.820 / 0.808); after the rounds of 29 and
    31, 898 and 886 = 0.870 / 0.859 (held out 1-30: 1,279 and 1,250 of 1,475 = 0.867 / 0.847; held out 31 and 32,
    unseen when the round of 31 was written, are left out of this seen-set floor)."""
    heldout = [(g, u) for title, g, u in SETS if title.startswith("held out") and int(title.split()[-1]) <= 22]
    assert len(heldout) == 22
    results = [evaluate(corpora=corpora, gold_path=g, units_path=u) for g, u in heldout]
    gold = sum(r["gold_claims"] for r in results)
    assert sum(round(r["content_right_of_gold"] * r["gold_claims"]) for r in results) / gold >= 0.80
    assert sum(round(r["source_right_of_gold"] * r["gold_claims"]) for r in results) / gold >= 0.80


def test_seen_heldout_sets_pooled_after_the_rounds_of_29_and_31(corpora: Path) -> None:
    """Held out 1-30 pooled (every one seen by the round of 31): 1,279 content and 1,250 source right of 1,475
    gold claims (0.867 / 0.847), recall 0.911, precision 0.979 on the rules of c3cc31b; the floor a little under,
    so that a later rule that loses seen claims fails here."""
    heldout = [(g, u) for title, g, u in SETS if title.startswith("held out") and int(title.split()[-1]) <= 30]
    assert len(heldout) == 30
    results = [evaluate(corpora=corpora, gold_path=g, units_path=u) for g, u in heldout]
    gold = sum(r["gold_claims"] for r in results)
    proposed = sum(r["proposed"] for r in results)
    found = sum(r["matched"] for r in results)
    assert found / proposed >= 0.975
    assert found / gold >= 0.905
    assert sum(round(r["content_right_of_gold"] * r["gold_claims"]) for r in results) / gold >= 0.86
    assert sum(round(r["source_right_of_gold"] * r["gold_claims"]) for r in results) / gold >= 0.84


def test_seen_heldout_sets_pooled_after_the_rounds_of_38(corpora: Path) -> None:
    """Held out 1-38 pooled (every one seen by the rounds of 38): 1,622 content and 1,583 source right of 1,851
    gold claims (0.876 / 0.855), recall 0.919, precision 0.981 on the rules of 5145795; the floor a little under,
    so that a later rule that loses seen claims fails here (held out 39 and 40, unseen when the rounds of 38
    were written, are left out)."""
    heldout = [(g, u) for title, g, u in SETS if title.startswith("held out") and int(title.split()[-1]) <= 38]
    assert len(heldout) == 38
    results = [evaluate(corpora=corpora, gold_path=g, units_path=u) for g, u in heldout]
    gold = sum(r["gold_claims"] for r in results)
    proposed = sum(r["proposed"] for r in results)
    found = sum(r["matched"] for r in results)
    assert found / proposed >= 0.975
    assert found / gold >= 0.915
    assert sum(round(r["content_right_of_gold"] * r["gold_claims"]) for r in results) / gold >= 0.87
    assert sum(round(r["source_right_of_gold"] * r["gold_claims"]) for r in results) / gold >= 0.85
