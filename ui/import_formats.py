"""The Import dialog's file-type filters: one per format the importer reads, plus "all known formats".

Choosing a format's filter imports the chosen files in that format (as ``hashiya import --format`` does),
which is how a CoNLL file named without ``.conll`` (ANERcorp ships as ``ANERCorp``) or a Label Studio
export (``.json``) is read; "all known formats" tells each file's format by its extension.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.formats import registry

# pyside6-lupdate finds the registry's descriptions by these literal calls; the dialog translates each one
# (tests/test_format_registry.py checks that every format the importer reads is listed here).
DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("import", "Plain text"),
    QT_TRANSLATE_NOOP("import", "JSON Lines records or Hashiya native"),
    QT_TRANSLATE_NOOP("import", "JSON records"),
    QT_TRANSLATE_NOOP("import", "CSV or TSV records"),
    QT_TRANSLATE_NOOP("import", "TREC news files"),
    QT_TRANSLATE_NOOP("import", "brat standoff: .ann files beside their .txt"),
    QT_TRANSLATE_NOOP("import", "CoNLL IOB2"),
    QT_TRANSLATE_NOOP("import", "CoNLL-U"),
    QT_TRANSLATE_NOOP("import", "UIMA CAS XMI, from INCEpTION"),
    QT_TRANSLATE_NOOP("import", "Label Studio tasks"),
    QT_TRANSLATE_NOOP("import", "doccano JSONL"),
)


def import_filters() -> list[tuple[str | None, str]]:
    """(format or None for "by extension", the filter string QFileDialog shows and returns)."""
    known = " ".join(f"*{ext}" for ext in sorted(registry.EXTENSIONS))
    filters: list[tuple[str | None, str]] = [
        (None, QCoreApplication.translate("import", "All known formats (%1)").replace("%1", known))
    ]
    for fmt in registry.IMPORT_FORMATS:
        spec = registry.BY_NAME[fmt]
        name = QCoreApplication.translate("import", spec.description)
        filters.append((fmt, f"{name} ({' '.join(spec.patterns)})"))
    return filters


def format_of(selected_filter: str) -> str | None:
    """The format a filter string names (None: tell each file's format by its extension)."""
    return next((fmt for fmt, text in import_filters() if text == selected_filter), None)
