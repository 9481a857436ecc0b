"""Visual-order Arabic for terminals without a bidi/shaping engine (``hashiya show --visual``).

Never use this for text shown in Qt: Qt shapes and orders Arabic itself, and feeding it reshaped
text reverses it twice.
"""

from __future__ import annotations

from functools import lru_cache

import arabic_reshaper
from bidi.algorithm import get_display  # the pure-Python algorithm mirrors brackets


@lru_cache(maxsize=1)
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    # Keep harakat: the default configuration deletes them.
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def visual_line(line: str) -> str:
    """One logical line in display order, with Arabic letters in their joined forms."""
    return get_display(_reshaper().reshape(line), base_dir="R")


def visual_text(text: str) -> str:
    return "\n".join(visual_line(line) for line in text.split("\n"))
