"""Paints annotations with one visual channel per drawing style, so nested and overlapping spans all show.

Each label's style comes from the schema (``LabelDef.style``; the default schema: ACTOR fill, CLAIM band,
FIGURE frame, CUE underline). ``fill``: a background; ``band``: a tinted band with an underline, drawn under
a fill, and a strip along the foot of each line that the view draws at paint time (``BANDED``), so the band
still shows under a filled span inside it; ``frame``: coloured bold text, and a thin frame in
the same colour that the reading view draws over the lines on screen (``FRAMED``), so a framed span inside a
filled or banded one keeps its own mark (a framed span inside another is framed inside its frame);
``underline``: a dotted underline in the label's colour. A label the schema lacks (kept as it came in) is
drawn as the default schema draws its name, else underlined.

The formats go straight into each block's layout, as QSyntaxHighlighter does, but only for the blocks
asked for: the visible ones before each paint, the ones an edit touched, and the rest a few at a time
while the event loop is idle. (QSyntaxHighlighter formats every block of a new text at once: 0.4 s for
a 1 MB article with 10,000 spans.)
"""

from __future__ import annotations

import time
from itertools import pairwise

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextDocument, QTextLayout

from app.dto import AnnotationData
from app.schema.default import DEFAULT_SCHEMA
from app.text.offsets import OffsetMap
from ui.span_index import SpanIndex

_DEFAULT = {label.name: QColor(label.colour) for label in DEFAULT_SCHEMA.labels}
_DEFAULT_STYLES = {label.name: label.style for label in DEFAULT_SCHEMA.labels}
ACTOR_COLOUR = _DEFAULT["ACTOR"]  # the default schema's colours (for tests); the drawn ones come from the schema
CLAIM_COLOUR = _DEFAULT["CLAIM"]
FIGURE_COLOUR = _DEFAULT["FIGURE"]
GREY = QColor("#888888")
# labels the view frames at paint time (style "frame"), and the frame's colour (the schema's)
FRAMED = {name: _DEFAULT[name] for name, style in _DEFAULT_STYLES.items() if style == "frame"}
# labels whose band the view also marks with a strip along the foot of each line at paint time (style
# "band"), so the band shows where a filled span inside it covers its tint
BANDED = {name: _DEFAULT[name] for name, style in _DEFAULT_STYLES.items() if style == "band"}
IDLE_SLICE_S = 0.008  # formatting work done per idle turn of the event loop


def _tint(colour: QColor, alpha: int) -> QColor:
    tinted = QColor(colour)
    tinted.setAlpha(alpha)
    return tinted


def style_of(label: str, styles: dict[str, str]) -> str:
    """``label``'s drawing style: the schema's, else the default schema's, else ``underline``."""
    return styles.get(label) or _DEFAULT_STYLES.get(label, "underline")


def segment_format(
    labels: list[str], colours: dict[str, QColor], styles: dict[str, str] | None = None
) -> QTextCharFormat:
    """The merged format of a run of text covered by ``labels`` (one entry per covering span); where several
    labels share a style, the first one's colour shows."""
    fmt = QTextCharFormat()
    by_style: dict[str, list[str]] = {}
    for label in labels:
        by_style.setdefault(style_of(label, styles or {}), []).append(label)

    def colour(style: str) -> QColor:
        label = by_style[style][0]
        return colours.get(label) or _DEFAULT.get(label, GREY)

    if bands := by_style.get("band"):
        fmt.setBackground(_tint(colour("band"), min(40 + 30 * (len(bands) - 1), 120)))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(colour("band"))
    if fills := by_style.get("fill"):  # drawn over a band: the filled span stays visible inside a banded one
        fmt.setBackground(_tint(colour("fill"), min(150 + 50 * (len(fills) - 1), 255)))
    if "frame" in by_style:
        fmt.setForeground(colour("frame"))
        fmt.setFontWeight(700)
    if "underline" in by_style and not bands:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(colour("underline"))
    return fmt


def segments(spans: list[AnnotationData], base: int, length: int) -> list[tuple[int, int, list[str]]]:
    """Split a block into runs with the same covering spans: ``(start, end, labels)``, block-relative."""
    edges = {0, length}
    for span in spans:
        edges.add(min(max(span.start - base, 0), length))
        edges.add(min(max(span.end - base, 0), length))
    points = sorted(edges)
    runs = []
    for start, end in pairwise(points):
        labels = [s.label for s in spans if s.start - base <= start and s.end - base >= end]
        if labels and end > start:
            runs.append((start, end, labels))
    return runs


class SpanHighlighter(QObject):
    """Signal ``all_painted`` when every block of the current text has its formats."""

    all_painted = Signal()

    def __init__(self, document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.index = SpanIndex()
        self.offsets = OffsetMap("")
        self.colours: dict[str, QColor] = {}
        self.styles: dict[str, str] = {}
        self._formats: dict[tuple[str, ...], QTextCharFormat] = {}
        self._done = bytearray()
        self._next = 0
        self._idle = QTimer(self, singleShot=True, interval=0)
        self._idle.timeout.connect(self.on_idle)

    def set_colours(self, colours: dict[str, QColor], styles: dict[str, str] | None = None) -> None:
        """Each label's colour and (when given) drawing style, from the schema; the blocks painted already are
        painted again."""
        self.colours = dict(colours)
        if styles is not None:
            self.styles = dict(styles)
        for drawn, style in ((FRAMED, "frame"), (BANDED, "band")):
            names = [label for label in {*self.styles, *_DEFAULT_STYLES} if style_of(label, self.styles) == style]
            drawn.clear()
            drawn.update({label: self.colours.get(label) or _DEFAULT.get(label, GREY) for label in names})
        self._formats.clear()
        if self._done:
            self._done = bytearray(len(self._done))
            self._next = 0
            self._idle.start()

    def set_colour(self, label: str, colour: QColor) -> None:
        self.set_colours({**self.colours, label: colour})

    def reset(self, index: SpanIndex, offsets: OffsetMap) -> None:
        """A new text was set (its blocks have no formats yet): paint lazily from now on."""
        self.index, self.offsets = index, offsets
        self._done = bytearray(self._document.blockCount())
        self._next = 0
        self._idle.start()

    def is_painted(self, number: int) -> bool:
        return 0 <= number < len(self._done) and bool(self._done[number])

    def pending(self) -> bool:
        return self._idle.isActive()

    def paint_block(self, block: QTextBlock) -> None:
        number = block.blockNumber()
        if number < len(self._done):
            self._done[number] = 1
        spans = self.index.in_block(number)
        layout = block.layout()
        if not spans and not layout.formats():
            return
        start, end = self.index.block_span(number)
        position = block.position()
        to_utf16 = self.offsets.to_utf16
        ranges = []
        for run_start, run_end, labels in segments(spans, start, end - start):
            key = tuple(sorted(labels))
            fmt = self._formats.get(key)
            if fmt is None:
                fmt = self._formats[key] = segment_format(list(key), self.colours, self.styles)
            piece = QTextLayout.FormatRange()
            piece.start = to_utf16(start + run_start) - position
            piece.length = to_utf16(start + run_end) - position - piece.start
            piece.format = fmt
            ranges.append(piece)
        layout.setFormats(ranges)
        if layout.lineCount():  # laid out already: lay it out again (a block never shown takes them as it is)
            self._document.markContentsDirty(position, block.length())

    def paint_blocks(self, numbers: range) -> None:
        """Repaint the blocks an edit touched."""
        for number in numbers:
            block = self._document.findBlockByNumber(number)
            if block.isValid():
                self.paint_block(block)

    def on_idle(self) -> None:
        deadline = time.perf_counter() + IDLE_SLICE_S
        done, count = self._done, len(self._done)
        block = self._document.findBlockByNumber(self._next)
        while block.isValid() and self._next < count:
            if not done[self._next]:
                self.paint_block(block)
            self._next += 1
            block = block.next()
            if time.perf_counter() > deadline:
                break
        if self._next < count:
            self._idle.start()
        else:
            self.all_painted.emit()
