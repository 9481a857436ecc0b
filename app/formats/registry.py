"""Every format Hashiya reads or writes, in one table: the importer, ``export()``, the CLI's ``--format``
choices, the GUI's Import and Export dialogs and the benchmarks all read it (``tests/test_format_registry.py``
holds them together).

Readers and writers are named as ``"module:attribute"`` and imported only when used, so that reading this
table (``hashiya --help``, the first frame) loads neither SQLAlchemy nor any format's dependencies.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Format:
    """One format. ``reader``/``writer`` are ``"module:attribute"`` (None: Hashiya does not read/write it)."""

    name: str
    description: str  # English, for the GUI's dialogs (ui/import_formats.py marks each one for translation)
    extensions: tuple[str, ...] = ()  # file extensions that name this format when importing (each in one format)
    patterns: tuple[str, ...] = ()  # the Import dialog's filter (files this reader is often given)
    reader: str | None = None
    writer: str | None = None
    folder: bool = False  # the export writes a folder (brat, xmi, ...) rather than one file
    export_ext: str = ""  # a single-file export's extension, also used for the parts of a split export
    offsets: str = "codepoint"  # the unit of the format's offsets: codepoint or utf16 (UIMA, doccano)
    native_rows: bool = False  # the writer takes native dicts built straight from rows (the fast JSONL path)

    def load_reader(self) -> Any:
        return _load(self.reader, self.name, "read")

    def load_writer(self) -> Any:
        return _load(self.writer, self.name, "written")


def _load(ref: str | None, name: str, what: str) -> Any:
    if ref is None:
        raise LookupError(f"{name} is not {what} by Hashiya")
    module, _, attribute = ref.partition(":")
    return getattr(importlib.import_module(module), attribute)


_F = "app.formats."
FORMATS: tuple[Format, ...] = (
    Format("txt", "Plain text", (".txt",), ("*.txt",), reader=_F + "txt:read_txt"),
    Format("json", "JSON records", (".json",), ("*.json",), reader=_F + "jsonrec:read_json"),
    Format(
        "jsonl",
        "JSON Lines records or Hashiya native",
        (".jsonl", ".ndjson"),
        ("*.jsonl", "*.ndjson"),
        reader=_F + "jsonrec:read_jsonl",
        writer=_F + "nativeout:NativeWriter",
        export_ext=".jsonl",
        native_rows=True,
    ),
    Format("csv", "CSV or TSV records", (".csv", ".tsv"), ("*.csv", "*.tsv"), reader=_F + "csvrec:read_csv"),
    Format(
        "trec",
        "TREC news files",
        (".xml", ".trec", ".sgml", ".sgm"),
        ("*.trec", "*.xml", "*.sgml", "*.sgm", "*.txt"),
        reader=_F + "trec:read_trec",
    ),
    Format(
        "brat",
        "brat standoff: .ann files beside their .txt",
        (".ann",),
        ("*.ann",),
        reader=_F + "brat:read_brat",
        writer=_F + "brat:BratWriter",
        folder=True,
    ),
    Format(
        "xmi",
        "UIMA CAS XMI, from INCEpTION",
        (".xmi",),
        ("*.xmi",),
        reader=_F + "uima:read_xmi",
        writer=_F + "uima:XmiWriter",
        folder=True,
        offsets="utf16",
    ),
    Format("casjson", "UIMA CAS JSON", writer=_F + "uima:CasJsonWriter", folder=True, offsets="utf16"),
    Format(
        "conllu",
        "CoNLL-U",
        (".conllu",),
        ("*.conllu",),
        reader=_F + "conllu:read_conllu",
        writer=_F + "conllu:ConlluWriter",
        export_ext=".conllu",
    ),
    Format(
        "conll",
        "CoNLL IOB2",
        (".conll",),
        ("*.conll", "*.txt", "*"),
        reader=_F + "conll:read_conll",
        writer=_F + "conll:ConllWriter",
        export_ext=".conll",
    ),
    Format("hf", "Hugging Face datasets rows (JSONL)", writer=_F + "hf:HfJsonlWriter", export_ext=".jsonl"),
    Format("hf-parquet", "Hugging Face datasets rows (Parquet)", writer=_F + "hf:HfParquetWriter", folder=True),
    Format("spacy", "spaCy DocBin", writer=_F + "spacy_docbin:DocBinWriter", folder=True),
    Format(
        "labelstudio",
        "Label Studio tasks",
        (),
        ("*.json",),
        reader=_F + "labelstudio:read_labelstudio",
        writer=_F + "labelstudio:LabelStudioWriter",
        folder=True,
    ),
    Format(
        "doccano",
        "doccano JSONL",
        (),
        ("*.jsonl",),
        reader=_F + "doccano:read_doccano",
        writer=_F + "doccano:DoccanoWriter",
        export_ext=".jsonl",
        offsets="utf16",
    ),
)
BY_NAME = {f.name: f for f in FORMATS}
IMPORT_FORMATS = tuple(f.name for f in FORMATS if f.reader)
EXPORT_FORMATS = tuple(f.name for f in FORMATS if f.writer)
# the extension (lower case) -> the format a file with it is read in, when no --format is given
EXTENSIONS = {ext: f.name for f in FORMATS if f.reader for ext in f.extensions}


def get(name: str) -> Format | None:
    return BY_NAME.get(name)
