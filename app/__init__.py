"""Hashiya's Qt-free core: text and offsets, formats, services and the command line."""

__version__ = "0.1.0"
