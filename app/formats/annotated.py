"""Readers of annotated corpora, plugged into ``readers.read_records`` by format name.

In a folder read with ``--format brat`` (or ``xmi``) the other files (``.txt`` beside each ``.ann``,
``annotation.conf``, ``TypeSystem.xml``, ``manifest.json``) are skipped rather than misread.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from app.formats.brat import read_brat
from app.formats.conll import read_conll
from app.formats.conllu import read_conllu
from app.formats.doccano import read_doccano
from app.formats.filetext import check_text_file
from app.formats.labelstudio import read_labelstudio
from app.formats.records import SourceRecord
from app.formats.uima import read_xmi

ANNOTATED_FORMATS = ("brat", "conll", "conllu", "xmi", "labelstudio", "doccano")
ONLY_SUFFIX = {"brat": ".ann", "xmi": ".xmi"}  # the files these formats read; the others beside them are not


def read_annotated(
    path: Path,
    fmt: str,
    *,
    encoding: str | None = None,
    rel: str | None = None,
    offsets: str | None = None,
    scheme: str | None = None,
) -> Iterator[SourceRecord]:
    """``offsets`` (codepoint, utf16, grapheme): the unit of doccano's and Label Studio's offsets (default:
    each row's own, else UTF-16 for doccano; decided from ``value.text`` for Label Studio)."""
    if fmt in ONLY_SUFFIX and path.suffix.lower() != ONLY_SUFFIX[fmt]:
        return iter(())
    if fmt == "brat":  # checked by read_brat on the bytes it reads (an empty .ann: a document without annotations)
        return read_brat(path, rel=rel, encoding=encoding)
    if fmt == "xmi":  # checked by read_cas on the bytes it parses (one opening of each file)
        return read_xmi(path, rel=rel, encoding=encoding)
    check_text_file(path)
    if fmt == "conll":
        return read_conll(path, rel=rel, encoding=encoding, scheme=scheme)
    if fmt == "conllu":
        return read_conllu(path, rel=rel, encoding=encoding)
    if fmt == "labelstudio":
        return read_labelstudio(path, rel=rel, encoding=encoding, offsets=offsets)
    return read_doccano(path, rel=rel, encoding=encoding, offsets=offsets)
