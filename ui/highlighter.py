"""Paints annotations with one visual channel per label, so nested and overlapping spans all show.

ACTOR: a background; CLAIM: a tinted band with an underline; FIGURE: coloured bold text, and a thin
frame in the same colour that the reading view draws over the lines on screen (``FRAMED``), so a
figure inside an actor or a claim keeps its own mark. Other labels (CUE, imported ones): a dotted
underline in their colour.

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
ACTOR_COLOUR = _DEFAULT["ACTOR"]  # the default schema's colours; the drawn ones come from the schema
CLAIM_COLOUR = _DEFAULT["CLAIM"]
FIGURE_COLOUR = _DEFAULT["FIGURE"]
GREY = QColor("#888888")
FRAMED = {"FIGURE": FIGURE_COLOUR}  # labels the view frames at paint time, and the frame's colour (the schema's)
IDLE_SLICE_S = 0.008  # formatting work done per idle turn of the event loop


def _tint(colour: QColor, alpha: int) -> QColor:
    tinted = QColor(colour)
    tinted.setAlpha(alpha)
    return tinted


def segment_format(labels: list[str], colours: dict[str, QColor]) -> QTextCharFormat:
    """The merged format of a run of text covered by ``labels`` (one entry per covering span)."""
    fmt = QTextCharFormat()
    claim_colour, actor_colour = colours.get("CLAIM", CLAIM_COLOUR), colours.get("ACTOR", ACTOR_COLOUR)
    actors = labels.count("ACTOR")
    claims = labels.count("CLAIM")
    if claims:
        fmt.setBackground(_tint(claim_colour, min(40 + 30 * (claims - 1), 120)))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(claim_colour)
    if actors:  # drawn over a claim's band: the actor stays visible inside a claim
        fmt.setBackground(_tint(actor_colour, min(150 + 50 * (actors - 1), 255)))
    if "FIGURE" in labels:
        fmt.setForeground(colours.get("FIGURE", FIGURE_COLOUR))
        fmt.setFontWeight(700)
    others = [label for label in labels if label not in ("ACTOR", "CLAIM", "FIGURE")]
    if others and not claims:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(colours.get(others[0], GREY))
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
        self._formats: dict[tuple[str, ...], QTextCharFormat] = {}
        self._done = bytearray()
        self._next = 0
        self._idle = QTimer(self, singleShot=True, interval=0)
        self._idle.timeout.connect(self.on_idle)

    def set_colours(self, colours: dict[str, QColor]) -> None:
        """Each label's colour (from the schema); the blocks painted already are painted again."""
        self.colours = dict(colours)
        for label in FRAMED:
            FRAMED[label] = self.colours.get(label, FRAMED[label])
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
                fmt = self._formats[key] = segment_format(labels, self.colours)
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
