"""The Import dialog's file-type filters: one per format the importer reads, plus "all known formats".

Choosing a format's filter imports the chosen files in that format (as ``hashiya import --format`` does),
which is how a CoNLL file named without ``.conll`` (ANERcorp ships as ``ANERCorp``) or a Label Studio
export (``.json``) is read; "all known formats" tells each file's format by its extension.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.formats.readers import EXTENSIONS

PATTERNS: dict[str, tuple[str, ...]] = {
    "txt": ("*.txt",),
    "jsonl": ("*.jsonl", "*.ndjson"),
    "json": ("*.json",),
    "csv": ("*.csv", "*.tsv"),
    "trec": ("*.trec", "*.xml", "*.sgml", "*.sgm", "*.txt"),
    "brat": ("*.ann",),
    "conll": ("*.conll", "*.txt", "*"),
    "conllu": ("*.conllu",),
    "xmi": ("*.xmi",),
    "labelstudio": ("*.json",),
    "doccano": ("*.jsonl",),
}


def _names() -> dict[str, str]:
    """Each format's translated name (``pyside6-lupdate`` finds the strings by these literal calls)."""
    return {
        "txt": QCoreApplication.translate("import", "Plain text"),
        "jsonl": QCoreApplication.translate("import", "JSON Lines records or Hashiya native"),
        "json": QCoreApplication.translate("import", "JSON records"),
        "csv": QCoreApplication.translate("import", "CSV or TSV records"),
        "trec": QCoreApplication.translate("import", "TREC news files"),
        "brat": QCoreApplication.translate("import", "brat standoff: .ann files beside their .txt"),
        "conll": QCoreApplication.translate("import", "CoNLL IOB2"),
        "conllu": QCoreApplication.translate("import", "CoNLL-U"),
        "xmi": QCoreApplication.translate("import", "UIMA CAS XMI, from INCEpTION"),
        "labelstudio": QCoreApplication.translate("import", "Label Studio tasks"),
        "doccano": QCoreApplication.translate("import", "doccano JSONL"),
    }


def import_filters() -> list[tuple[str | None, str]]:
    """(format or None for "by extension", the filter string QFileDialog shows and returns)."""
    known = " ".join(f"*{ext}" for ext in sorted(EXTENSIONS))
    filters: list[tuple[str | None, str]] = [
        (None, QCoreApplication.translate("import", "All known formats (%1)").replace("%1", known))]
    filters += [(fmt, f"{name} ({' '.join(PATTERNS[fmt])})") for fmt, name in _names().items()]
    return filters


def format_of(selected_filter: str) -> str | None:
    """The format a filter string names (None: tell each file's format by its extension)."""
    return next((fmt for fmt, text in import_filters() if text == selected_filter), None)
