"""Paints annotations with one visual channel per label, so nested and overlapping spans all show.

ACTOR: a background; CLAIM: a tinted band with an underline; FIGURE: coloured bold text.
Other labels (CUE, imported ones): a dotted underline in their colour.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ui.span_index import Span, SpanIndex

ACTOR_COLOUR = QColor("#f4a261")
CLAIM_COLOUR = QColor("#2a9d8f")
FIGURE_COLOUR = QColor("#d62828")


def _tint(colour: QColor, alpha: int) -> QColor:
    tinted = QColor(colour)
    tinted.setAlpha(alpha)
    return tinted


def segment_format(labels: list[str], colours: dict[str, QColor]) -> QTextCharFormat:
    """The merged format of a run of text covered by ``labels`` (one entry per covering span)."""
    fmt = QTextCharFormat()
    actors = labels.count("ACTOR")
    claims = labels.count("CLAIM")
    if claims:
        fmt.setBackground(_tint(CLAIM_COLOUR, min(40 + 30 * (claims - 1), 120)))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(CLAIM_COLOUR)
    if actors:  # drawn over a claim's band: the actor stays visible inside a claim
        fmt.setBackground(_tint(ACTOR_COLOUR, min(150 + 50 * (actors - 1), 255)))
    if "FIGURE" in labels:
        fmt.setForeground(FIGURE_COLOUR)
        fmt.setFontWeight(700)
    others = [label for label in labels if label not in ("ACTOR", "CLAIM", "FIGURE")]
    if others and not claims:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(colours.get(others[0], QColor("#888888")))
    return fmt


class SpanHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, index: SpanIndex) -> None:
        super().__init__(document)
        self._index = index
        self.colours: dict[str, QColor] = {}
        self._formats: dict[tuple[str, ...], QTextCharFormat] = {}

    def set_colour(self, label: str, colour: QColor) -> None:
        self.colours[label] = colour
        self._formats.clear()

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        spans = self._index.in_block(block.blockNumber())
        if not spans:
            return
        base = block.position()
        length = len(text) if block.length() <= 1 else block.length() - 1
        for start, end, labels in segments(spans, base, length):
            key = tuple(sorted(labels))
            fmt = self._formats.get(key)
            if fmt is None:
                fmt = self._formats[key] = segment_format(labels, self.colours)
            self.setFormat(start, end - start, fmt)

    def repaint_blocks(self, blocks: range) -> None:
        document = self.document()
        for number in blocks:
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)


def segments(spans: list[Span], base: int, length: int) -> list[tuple[int, int, list[str]]]:
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
