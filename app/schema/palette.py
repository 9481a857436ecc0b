"""A distinct colour and a free key for a label that joins the schema (from an import, or added)."""

from __future__ import annotations

import colorsys
from collections.abc import Iterable

# Kelly's colours of maximum contrast (without white and black), then golden-angle hues
PALETTE = (
    "#f3c300",
    "#875692",
    "#f38400",
    "#a1caf1",
    "#be0032",
    "#c2b280",
    "#848482",
    "#008856",
    "#e68fac",
    "#0067a5",
    "#f99379",
    "#604e97",
    "#f6a600",
    "#b3446c",
    "#dcd300",
    "#882d17",
    "#8db600",
    "#654522",
    "#e25822",
    "#2b3d26",
)
KEYS = "1234567890"


def free_colour(used: Iterable[str]) -> str:
    taken = {colour.lower() for colour in used}
    for colour in PALETTE:
        if colour not in taken:
            return colour
    for n in range(1, 10_000):
        r, g, b = colorsys.hsv_to_rgb((n * 0.618033988749895) % 1.0, 0.65, 0.85)
        colour = f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"
        if colour not in taken:
            return colour
    return "#888888"


def free_key(used: Iterable[str | None]) -> str | None:
    taken = set(used)
    return next((key for key in KEYS if key not in taken), None)
