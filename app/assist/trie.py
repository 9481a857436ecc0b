"""A list of literal words as one regular expression that branches letter by letter (a trie).

Python's ``re`` tries the branches of ``a|b|c`` one after another at every position; with a few hundred
forms (number words, units, months) that dominates the scan. Factoring the common prefixes makes each
position cost about one branch per letter. A space in a form matches any run of whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def trie_regex(words: Iterable[str]) -> str:
    """A non-capturing pattern matching exactly the given words, preferring the longest at each position."""
    root: dict[str, Any] = {}
    for word in set(words):
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _build(root)


def _build(node: dict[str, Any]) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _build(node[ch]) for ch in sorted(k for k in node if k)]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body
