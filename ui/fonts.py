"""Bundled OFL fonts, so Arabic renders even on systems without an Arabic font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from app.paths import resources_dir

ARABIC_FAMILY = "Noto Naskh Arabic"
LATIN_FAMILY = "Noto Sans"
FONT_FILES = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf", "NotoSans-Regular.ttf")


def load_bundled_fonts() -> list[str]:
    """Register the bundled fonts with Qt (needs a QGuiApplication); returns the families found."""
    families: list[str] = []
    folder = resources_dir() / "fonts"
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def reading_font(point_size: float) -> QFont:
    """The document font: Naskh for Arabic, Noto Sans for Latin letters, then the system's fallbacks."""
    font = QFont()
    font.setFamilies([ARABIC_FAMILY, LATIN_FAMILY])
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def interface_font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies([LATIN_FAMILY, ARABIC_FAMILY])
    font.setPointSizeF(point_size)
    return font
