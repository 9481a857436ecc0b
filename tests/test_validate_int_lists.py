"""The C-loop path of ``check_json`` / ``check_tokens`` for integer lists and token pairs keeps every rule."""

from __future__ import annotations

from typing import Any

import pytest

from app.errors import InputError
from app.formats.validate import DEPTH, check_json, check_tokens


def _nested(inner: Any, levels: int) -> Any:
    for _ in range(levels):
        inner = [inner]
    return inner


@pytest.mark.parametrize(
    "value",
    [
        [[0, 1], [2, 2**64]],  # an integer too large, among pairs
        [1, 2, -(2**63) - 1],  # too small, in a flat list
        [[0, 1], [2, 3.5], [4, float("nan")]],  # a non-finite float mixed in
        [[0, 1], [2, "\ud800"]],  # a lone surrogate mixed in
    ],
)
def test_bad_values_inside_integer_lists_are_refused(value: Any) -> None:
    with pytest.raises(InputError):
        check_json({"tokens": value}, "doc", "metadata")


def test_pairs_and_flat_lists_within_range_pass() -> None:
    check_json({"tokens": [[0, 1], [1, 2**64 - 1]], "ids": [-(2**63), 0, 7], "flags": [True, 1]}, "doc", "metadata")


@pytest.mark.parametrize("inner", [[1, 2], [[1, 2], [3, 4]]])
def test_depth_counts_the_integers_of_fast_lists(inner: Any) -> None:
    depth_of_ints = 2 if type(inner[0]) is int else 3  # the list, (the pair,) the integers
    fits = DEPTH - depth_of_ints
    check_json(_nested(inner, fits), "doc", "metadata")
    with pytest.raises(InputError, match="nested more than"):
        check_json(_nested(inner, fits + 1), "doc", "metadata")


@pytest.mark.parametrize(
    "tokens, ok",
    [
        ([[0, 2], [2, 5], [6, 9]], True),
        ([[0, 2], [1, 5]], False),  # overlaps the token before
        ([[3, 2]], False),  # end before start
        ([[-1, 2]], False),  # before the text
        ([[0, 2], [3, 11]], False),  # past the text (10 characters)
        ([[0, 2], [3, True]], False),  # a boolean is not an offset
        ([[0, 2, 3]], False),
        ([0, 2], False),  # not pairs
        ([], True),
    ],
)
def test_token_pairs_keep_their_rules(tokens: list[Any], ok: bool) -> None:
    if ok:
        check_tokens({"tokens": tokens}, 10, "doc")
    else:
        with pytest.raises(InputError, match=r"metadata.tokens\[\d+\]"):
            check_tokens({"tokens": tokens}, 10, "doc")


@pytest.mark.parametrize("strings", [["a", "\udc80"], ["\ud83d", "\ude00"], ["ok", "b\ud800c", "d"]])
def test_lone_surrogates_in_string_lists_are_refused(strings: list[str]) -> None:
    """Two halves of a pair in separate strings are still lone surrogates each (the list is checked joined)."""
    with pytest.raises(InputError, match="lone surrogate"):
        check_json({"token_attributes": {"form": strings}}, "doc", "metadata")


def test_string_lists_pass_and_depth_counts_them() -> None:
    check_json({"form": ["قال", "😀", ""]}, "doc", "metadata")
    check_json(_nested(["a", "b"], DEPTH - 2), "doc", "metadata")
    with pytest.raises(InputError, match="nested more than"):
        check_json(_nested(["a", "b"], DEPTH - 1), "doc", "metadata")
