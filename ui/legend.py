"""Small drawn icons that double as the legend: each label's visual channel, as in the text."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap


def label_icon(label: str, colour: str = "#888888", size: int = 22) -> QIcon:
    """``label``'s channel (ACTOR a background, CLAIM a band, FIGURE framed text, others a dotted line) in
    ``colour``, the schema's colour of the label."""
    drawn = QColor(colour)
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
        painter.fillRect(box, drawn)
    elif label == "CLAIM":
        band = QColor(drawn)
        band.setAlpha(60)
        painter.fillRect(box, band)
        painter.setPen(QPen(drawn, 2))
        painter.drawLine(box.left(), box.bottom() + 1, box.right(), box.bottom() + 1)
    elif label == "FIGURE":  # coloured text in a frame of the same colour, as the reading view draws it
        text_colour = drawn
        painter.setPen(QPen(drawn, 1.5))
        painter.drawRect(QRectF(box).adjusted(0.75, 0.75, -0.75, -0.75))
    else:
        painter.setPen(QPen(drawn, 2, Qt.PenStyle.DotLine))
        painter.drawLine(box.left(), box.bottom() + 1, box.right(), box.bottom() + 1)
    painter.setPen(text_colour)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "٣" if label == "FIGURE" else "ب")
    painter.end()
    return QIcon(pixmap)
