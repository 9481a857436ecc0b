"""Clicking where spans overlap: the first click selects the innermost, each click again at the same place
the next one around it (after the outermost, the innermost again)."""

from __future__ import annotations

from app.dto import AnnotationData
from ui.i18n import number, tr


def innermost_last(covering: list[AnnotationData]) -> list[AnnotationData]:
    """The spans covering one character from the outermost to the innermost: by length (crossing spans, which
    neither holds the other, by where they start: the one starting later is taken as the inner)."""
    return sorted(covering, key=lambda a: (-(a.end - a.start), a.start, a.id))


class ClickCycle:
    """Remembers where the last click was (the spans under it) to tell a click again from a new one."""

    def __init__(self) -> None:
        self._place: tuple[str, ...] = ()

    def choose(self, covering: list[AnnotationData], selected: str | None) -> tuple[AnnotationData, int] | None:
        """The annotation a click on ``covering`` selects, and its rank counted from the innermost (1-based)."""
        spans = innermost_last(covering)
        if not spans:
            self._place = ()
            return None
        ids = [a.id for a in spans]
        place = tuple(sorted(ids))
        if place == self._place and selected is not None and selected in ids:  # again here: one level out
            at = (ids.index(selected) - 1) % len(ids)
        else:
            at = len(ids) - 1
        self._place = place
        return spans[at], len(ids) - at

    def forget(self) -> None:
        self._place = ()


def cycle_message(label: str, rank: int, count: int) -> str:
    """What the status bar says after a click on ``count`` overlapping spans (Qt's plural forms for ``%n``)."""
    if rank < count:
        text = tr("%1: %2 of %n overlapping annotations here; click again for the one around it", None, count)
    else:
        text = tr(
            "%1: %2 of %n overlapping annotations here (the outermost); click again for the innermost", None, count
        )
    return text.replace("%1", label).replace("%2", number(rank))
