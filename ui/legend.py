"""Small drawn icons that double as the legend: each label's visual channel, as in the text."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from ui.highlighter import ACTOR_COLOUR, CLAIM_COLOUR, FIGURE_COLOUR


def label_icon(label: str, colour: str = "#888888", size: int = 22) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRect(2, 3, size - 4, size - 7)
    font = QFont()
    font.setPixelSize(int(size * 0.62))
    font.setBold(label == "FIGURE")
    painter.setFont(font)
    text_colour = QColor("#222222")
    if label == "ACTOR":
        painter.fillRect(box, ACTOR_COLOUR)
    elif label == "CLAIM":
        band = QColor(CLAIM_COLOUR)
        band.setAlpha(60)
        painter.fillRect(box, band)
        painter.setPen(QPen(CLAIM_COLOUR, 2))
        painter.drawLine(box.left(), box.bottom() + 1, box.right(), box.bottom() + 1)
    elif label == "FIGURE":  # coloured text in a frame of the same colour, as the reading view draws it
        text_colour = FIGURE_COLOUR
        painter.setPen(QPen(FIGURE_COLOUR, 1.5))
        painter.drawRect(QRectF(box).adjusted(0.75, 0.75, -0.75, -0.75))
    else:
        painter.setPen(QPen(QColor(colour), 2, Qt.PenStyle.DotLine))
        painter.drawLine(box.left(), box.bottom() + 1, box.right(), box.bottom() + 1)
    painter.setPen(text_colour)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "٣" if label == "FIGURE" else "ب")
    painter.end()
    return QIcon(pixmap)
