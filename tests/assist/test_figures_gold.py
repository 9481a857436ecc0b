"""The figures gold set (tests/data/gold/figures.jsonl): well-formed references, and what the rules measure.

The floors asserted are the numbers measured and reported in README.md ("Assistance") less a little slack, so
a change to the rules that loses accuracy fails here. The rules were corrected on errors of the ``dev`` half
only; ``test`` is the held-out half. Where a goal of issue 14 (F1 >= 0.95, kind+value+qualifier right on
>= 0.95 of the found figures) is not met, the test asserts the measured floor instead and says so.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from app.assist.figures import detect_figures
from bench.bench_figures_accuracy import (
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH5,
    FRESH6,
    FRESH7,
    FRESH8,
    FRESH9,
    FRESH10,
    FRESH11,
    FRESH12,
    FRESH13,
    FRESH14,
    FRESH15,
    FRESH16,
    FRESH17,
    FRESH18,
    FRESH19,
    FRESH20,
    FRESH21,
    FRESH22,
    FRESH23,
    FRESH24,
    FRESH25,
    FRESH26,
    FRESH27,
    FRESH28,
    GOLD,
    KINDS,
    Texts,
    evaluate,
    read_gold,
    split_of,
)

pytestmark = pytest.mark.corpora


def test_gold_lines_are_well_formed_and_count_200_figures_of_every_kind() -> None:
    units, figures = read_gold()
    assert len(units) >= 600
    kinds = Counter(f["kind"] for f in figures)
    assert set(kinds) == set(KINDS)
    assert min(kinds.values()) >= 200, kinds
    assert sum("hijri" in f for f in figures) >= 100
    for f in figures:
        assert f["qualifier"] in (None, "at_least", "at_most", "more_than", "less_than", "about"), f
        assert isinstance(f["value"], str if f["kind"] == "date" else (int, float)), f
        assert set(f) >= {"corpus", "file", "doc", "start", "end", "text", "kind", "value", "qualifier", "unit"}


@pytest.mark.parametrize(
    "gold",
    [
        "main",
        "fresh",
        "fresh2",
        "fresh3",
        "fresh4",
        "fresh5",
        "fresh6",
        "fresh7",
        "fresh8",
        "fresh9",
        "fresh10",
        "fresh11",
        "fresh12",
        "fresh13",
        "fresh14",
        "fresh15",
        "fresh16",
        "fresh17",
        "fresh18",
        "fresh19",
        "fresh20",
        "fresh21",
        "fresh22",
        "fresh23",
        "fresh24",
        "fresh25",
        "fresh26",
        "fresh27",
        "fresh28",
    ],
)
def test_gold_references_point_at_their_text_inside_a_read_unit(corpora: Path, gold: str) -> None:
    units, figures = read_gold(
        {
            "main": GOLD,
            "fresh": FRESH,
            "fresh2": FRESH2,
            "fresh3": FRESH3,
            "fresh4": FRESH4,
            "fresh5": FRESH5,
            "fresh6": FRESH6,
            "fresh7": FRESH7,
            "fresh8": FRESH8,
            "fresh9": FRESH9,
            "fresh10": FRESH10,
            "fresh11": FRESH11,
            "fresh12": FRESH12,
            "fresh13": FRESH13,
            "fresh14": FRESH14,
            "fresh15": FRESH15,
            "fresh16": FRESH16,
            "fresh17": FRESH17,
            "fresh18": FRESH18,
            "fresh19": FRESH19,
            "fresh20": FRESH20,
            "fresh21": FRESH21,
            "fresh22": FRESH22,
            "fresh23": FRESH23,
            "fresh24": FRESH24,
            "fresh25": FRESH25,
            "fresh26": FRESH26,
            "fresh27": FRESH27,
            "fresh28": FRESH28,
        }[gold]
    )
    texts = Texts(corpora)
    spans: dict[tuple[str, str, int], list[tuple[int, int]]] = {}
    for u in units:
        spans.setdefault((u["corpus"], u["file"], u["doc"]), []).append((u["start"], u["end"]))
    for f in figures:
        key = (f["corpus"], f["file"], f["doc"])
        assert any(a <= f["start"] < f["end"] <= b for a, b in spans[key]), f
        assert texts(key)[f["start"] : f["end"]] == f["text"], f
    if gold == "main":
        assert {split_of(k) for k in spans} == {"dev", "test"}


_MEASURED: dict[str, dict] = {}


@pytest.fixture
def measured(corpora: Path) -> dict[str, dict]:
    if not _MEASURED:  # one evaluation for the module's tests
        _MEASURED.update({split: evaluate(corpora=corpora, split=split) for split in ("dev", "test")})
    return _MEASURED


def test_detection_meets_the_f1_goal_on_both_halves(measured: dict[str, dict]) -> None:
    for split in ("dev", "test"):
        r = measured[split]
        assert r["f1"] >= 0.95, (split, r["f1"])
        assert r["precision"] >= 0.97 and r["recall"] >= 0.98, (split, r["precision"], r["recall"])


def test_per_kind_f1_on_the_held_out_half(measured: dict[str, dict]) -> None:
    per_kind = {k: m["f1"] for k, m in measured["test"]["per_kind"].items()}
    for kind in ("money", "percent", "duration", "measure", "date"):
        assert per_kind[kind] >= 0.95, (kind, per_kind)
    # counts: 0.990 now, after rounds written on its errors; 0.81-0.91 on the unseen first runs (README)
    assert per_kind["count"] >= 0.97, per_kind


def test_value_qualifier_and_kind_right_on_found_figures(measured: dict[str, dict]) -> None:
    for split in ("dev", "test"):
        right = measured[split]["right"]
        assert right["all3"] >= 0.95, (split, right)
        assert min(right["kind"], right["value"], right["qualifier"]) >= 0.97, (split, right)
        assert right["unit"] >= 0.98 and right["span"] >= 0.98, (split, right)


def test_speed_over_every_ant_news_article(corpora: Path) -> None:
    from app.formats.readers import read_records

    texts: list[str] = []
    for path in sorted((corpora / "ant-news").rglob("*.txt")):
        texts.extend(r.text for r in read_records(path, "trec", rel=path.name))
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        for text in texts:
            detect_figures(text)
        best = min(best, time.process_time() - start)
    # the goal is 3,000 articles/s (README: measured on an idle machine); a shared test machine gets a floor
    assert len(texts) / best >= 1_500, len(texts) / best


# fresh27 and fresh28 were read after round 17 landed (rules unchanged) and first run on it: F1 0.993 and 0.996,
# kind+value+qualifier 139 of 142 = 0.979 and 120 of 125 = 0.960 (floors just under those);
# fresh25 and fresh26 were read before round 17 landed and first run on it: F1 0.986 and 0.985,
# kind+value+qualifier 140 of 145 = 0.966 and 158 of 166 = 0.952 (floors just under those);
# fresh23 and fresh24 were read after round 16 landed (rules unchanged) and first run on it: F1 0.981 and 0.974,
# kind+value+qualifier 153 of 158 = 0.968 and 126 of 129 = 0.977 (floors just under those);
# fresh21 and fresh22 were read before round 16 landed and first run on it: F1 0.976 and 0.967, kind+value+qualifier
# 118 of 123 = 0.959 and 96 of 101 = 0.950 (floors just under those);
# fresh19 and fresh20 were read before round 15 landed and first run on it: F1 0.891 and 0.853 (page code scraped
# into an article, a league table, ranks, clock times: the gold counts none), kind+value+qualifier 113 of 115 = 0.983
# and 104 of 107 = 0.972 (floors just under those);
# fresh17 and fresh18 were read before round 14 landed and first run on it: F1 0.966 and 0.982, kind+value+qualifier
# 109 of 114 = 0.956 and 130 of 139 = 0.935 (floors just under those);
# fresh15 and fresh16 were read after round 13: F1 0.975 and 0.851 (29 false counts in one league table),
# kind+value+qualifier 0.993 and 0.967 on their first runs; round 14 was written on them (fresh16 F1 0.912,
# kind+value+qualifier 119 of 124 found = 0.960: "الـ 2800 شقة" is found now, its qualifier يتجاوز five words away
# is not);
# fresh13 and fresh14 were read after round 12: F1 0.991, 0.971, kind+value+qualifier 0.936, 0.946, since
# corrected on in round 13 (0.965, 0.973); fresh11's and
# fresh12's errors were corrected on in round 12 (fresh11 0.942 -> 0.974, fresh12 0.904 -> 0.955), the
# others after their first runs
@pytest.mark.parametrize(
    ("gold", "size", "f1", "all3"),
    [
        (FRESH, 160, 0.97, 0.95),
        (FRESH2, 120, 0.97, 0.95),
        (FRESH3, 120, 0.97, 0.95),
        (FRESH4, 85, 0.97, 0.95),
        (FRESH5, 100, 0.97, 0.95),
        (FRESH6, 120, 0.97, 0.95),
        (FRESH7, 115, 0.97, 0.95),
        (FRESH8, 130, 0.97, 0.95),
        (FRESH9, 130, 0.97, 0.94),
        (FRESH10, 135, 0.97, 0.95),
        (FRESH11, 150, 0.98, 0.97),
        (FRESH12, 155, 0.98, 0.95),
        (FRESH13, 170, 0.99, 0.93),
        (FRESH14, 140, 0.97, 0.94),  # 143 since the league points left (gold README, convention change)
        (FRESH15, 135, 0.97, 0.99),
        (FRESH16, 125, 0.90, 0.955),
        (FRESH17, 115, 0.96, 0.95),
        (FRESH18, 140, 0.975, 0.93),
        (FRESH19, 115, 0.89, 0.98),
        (FRESH20, 110, 0.85, 0.97),
        (FRESH21, 125, 0.985, 0.965),  # round 17 (written on 21-24's errors): F1 0.988, all three 0.968
        (FRESH22, 100, 0.985, 0.975),  # round 17: F1 0.990, all three 0.980
        (FRESH23, 160, 0.99, 0.99),  # round 17: F1 0.994, all three 0.994
        (FRESH24, 130, 0.985, 0.98),  # round 17: F1 0.989, all three 0.984
        (FRESH25, 145, 0.98, 0.96),
        (FRESH26, 165, 0.98, 0.95),
        (FRESH27, 140, 0.99, 0.975),
        (FRESH28, 125, 0.99, 0.955),
    ],
)
def test_the_fresh_sets_read_after_the_rules_were_frozen(
    corpora: Path, gold: Path, size: int, f1: float, all3: float
) -> None:
    r = evaluate(corpora=corpora, gold_path=gold)
    assert r["gold"] >= size
    assert r["f1"] >= f1, r["f1"]
    assert r["right"]["all3"] >= all3, r["right"]
