"""Small drawn icons that double as the legend: each label's drawing style, as in the text."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap


def label_icon(style: str, colour: str = "#888888", size: int = 22) -> QIcon:
    """A label's drawing ``style`` (``LabelDef.style``: ``fill`` a background, ``band`` a tinted band with an
    underline, ``frame`` coloured text in a frame, ``underline`` a dotted line) in ``colour``, the label's."""
    drawn = QColor(colour)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRect(2, 3, size - 4, size - 7)
    font = QFont()
    font.setPixelSize(int(size * 0.62))
    font.setBold(style == "frame")
    painter.setFont(font)
    text_colour = QColor("#222222")
    if style == "fill":
        painter.fillRect(box, drawn)
    elif style == "band":
        band = QColor(drawn)
        band.setAlpha(60)
        painter.fillRect(box, band)
        painter.setPen(QPen(drawn, 2))
        painter.drawLine(box.left(), box.bottom() + 1, box.right(), box.bottom() + 1)
    elif style == "frame":  # coloured text in a frame of the same colour, as the reading view draws it
        text_colour = drawn
        painter.setPen(QPen(drawn, 1.5))
        painter.drawRect(QRectF(box).adjusted(0.75, 0.75, -0.75, -0.75))
    else:
        painter.setPen(QPen(drawn, 2, Qt.PenStyle.DotLine))
        painter.drawLine(box.left(), box.bottom() + 1, box.right(), box.bottom() + 1)
    painter.setPen(text_colour)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "٣" if style == "frame" else "ب")
    painter.end()
    return QIcon(pixmap)
