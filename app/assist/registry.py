"""The one table of recognisers: a kind's name (what ``hashiya suggest --kinds`` takes) -> the label its
proposals carry and the function that makes them, as ``"module:function"`` (imported only when used, so the
CLI's ``--help`` and the workbench's start load no rules).

A recogniser is ``(text, context) -> list[Proposal]`` (``app/assist/base.py``); a statistical one can be added
here later behind the same type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import import_module

from app.assist.base import Context, Proposal
from app.errors import HashiyaError

Recognise = Callable[[str, Context], list[Proposal]]


@dataclass(frozen=True, slots=True)
class Recogniser:
    name: str  # "figures"
    label: str  # "FIGURE": the label of what it proposes
    target: str  # "app.assist.figures:detect_figures"

    def load(self) -> Recognise:
        module, _, attribute = self.target.partition(":")
        try:
            found: Recognise = getattr(import_module(module), attribute)
        except (ImportError, AttributeError) as exc:
            raise HashiyaError(f"the {self.name} recogniser ({self.target}) is not available: {exc}") from exc
        return found


RECOGNISERS: dict[str, Recogniser] = {
    "figures": Recogniser("figures", "FIGURE", "app.assist.figures:detect_figures"),
    "claims": Recogniser("claims", "CLAIM", "app.assist.claims:detect_claims"),
}
DEFAULT_KINDS: tuple[str, ...] = ("figures", "claims")


def register(name: str, label: str, target: str) -> Recogniser:
    """Add (or replace) a recogniser; tests register small ones of their own."""
    found = RECOGNISERS[name] = Recogniser(name, label, target)
    return found


def recognisers(kinds: Iterable[str] | None = None) -> list[Recogniser]:
    """The recognisers of ``kinds`` (default: figures and claims); an unknown name is refused with the known ones."""
    chosen = list(DEFAULT_KINDS if kinds is None else kinds)
    unknown = [name for name in chosen if name not in RECOGNISERS]
    if unknown:
        raise HashiyaError(f"unknown kind {unknown[0]!r} (known: {', '.join(RECOGNISERS)})")
    return [RECOGNISERS[name] for name in dict.fromkeys(chosen)]


def parse_kinds(value: str) -> tuple[str, ...]:
    """``--kinds figures,claims``."""
    kinds = tuple(part.strip() for part in value.split(",") if part.strip())
    if not kinds:
        raise HashiyaError("--kinds needs at least one kind (e.g. figures,claims)")
    recognisers(kinds)
    return kinds
