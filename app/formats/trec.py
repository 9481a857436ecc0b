"""TREC-style news files: ``<DOC><DOCNO>…</DOCNO><TITLE>…</TITLE>…<TEXT>…</TEXT></DOC>``, one or more per file.

Such files are often not well-formed XML (a raw ``&`` in a URL, a line of text starting with ``<``), so
they are read as plain text with regular expressions, never with an XML parser:

- text = what lies between ``<TEXT>`` and ``</TEXT>``, exactly, except the one line break that puts
  each tag on its own line (``<TEXT>\\n`` … ``\\n</TEXT>``): it is layout, not text. Leading spaces,
  trailing U+00A0 and blank lines inside stay. Several TEXT elements in one DOC are joined by ``\\n``.
- Entities (``&amp;``, ``&lt;`` …) are **not** decoded: these files are written unescaped (ant-news has
  raw ``&`` and ``<`` and not a single entity), so the stored text is what a reader of the file sees
  and a ``&amp;`` that is there is text too. Offsets therefore match the file's body character for
  character.
- title = TITLE (or HEADLINE) without surrounding whitespace; external id = DOCNO (else the file's
  path, ``#n`` for the n-th DOC of a file with several); every other element → metadata under its
  lower-case name, with the same layout rule as the text (a repeated element gives a list).
- A DOC without TEXT yields an empty text (the import counts and skips it); a file with no DOC or
  no TEXT at all is an error.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.errors import InputError
from app.formats.filetext import read_text
from app.formats.records import SourceRecord

_DOC = re.compile(r"<DOC(?:\s[^<>]*)?>(.*?)(?:</DOC\s*>|(?=<DOC[\s>])|\Z)", re.S | re.I)
_TEXT = re.compile(r"<TEXT(?:\s[^<>]*)?>(.*?)(?:</TEXT\s*>|\Z)", re.S | re.I)
# An element is an opening tag and the first closing tag of its name after it, or an empty ``<x/>``. One
# pattern (``<(name)…>(.*?)</\1>``) scanned to the end for every unclosed tag: 240 KB took 90 s.
_TAG = re.compile(r"<[A-Za-z]")
_OPEN = re.compile(r"<([A-Za-z][\w.:-]*)(?:\s[^<>]*)?>")
_EMPTY = re.compile(r"<([A-Za-z][\w.:-]*)(?:\s[^<>]*)?/>")
_CLOSE = re.compile(r"</([A-Za-z][\w.:-]*)\s*>")
_TITLES = ("title", "headline")


def body(content: str) -> str:
    """An element's content without the line break after its opening and before its closing tag."""
    content = content.removeprefix("\n")
    return content.removesuffix("\n")


def _elements(markup: str) -> Iterator[tuple[str, str]]:
    """``(name, content)`` of each element, left to right, in O(n log n): closing tags are indexed first."""
    closes: dict[str, tuple[list[int], list[int]]] = {}
    for m in _CLOSE.finditer(markup):
        starts, ends = closes.setdefault(m[1], ([], []))
        starts.append(m.start())
        ends.append(m.end())
    pos = 0
    while tag := _TAG.search(markup, pos):
        at = tag.start()
        if opening := _OPEN.match(markup, at):
            starts, ends = closes.get(opening[1], ([], []))
            n = bisect_left(starts, opening.end())
            if n < len(starts):
                yield opening[1], body(markup[opening.end() : starts[n]])
                pos = ends[n]
                continue
        if empty := _EMPTY.match(markup, at):
            yield empty[1], ""
            pos = empty.end()
            continue
        pos = at + 1


def _fields(markup: str) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name, value in _elements(markup):
        key = name.lower()
        if key not in fields:
            fields[key] = value
        elif isinstance(fields[key], list):
            fields[key].append(value)
        else:
            fields[key] = [fields[key], value]
    return fields


def _first(value: Any) -> str:
    return value[0] if isinstance(value, list) else value


def _record(doc: str, origin: str, fallback_id: str, source: str) -> SourceRecord:
    texts = [body(m[1]) for m in _TEXT.finditer(doc)]
    fields = _fields(_TEXT.sub("", doc))
    docno = _first(fields.pop("docno", "")).strip()
    title = next((_first(fields.pop(key)).strip() for key in _TITLES if key in fields), "")
    return SourceRecord(
        text="\n".join(texts),
        origin=origin,
        title=title,
        external_id=docno or fallback_id,
        source=source,
        metadata=fields,
    )


def read_trec(path: Path, *, encoding: str | None = None, rel: str | None = None) -> Iterator[SourceRecord]:
    """Every DOC of the file, named ``file:line`` (the line of its ``<DOC>``) in errors."""
    text = read_text(path, encoding)
    docs = list(_DOC.finditer(text))
    if not docs:
        raise InputError(str(path), "no <DOC> element: not a TREC file")
    if not _TEXT.search(text):
        raise InputError(str(path), "no <TEXT> element: not a TREC file")
    rel = rel or path.name
    line, seen = 1, 0
    for n, m in enumerate(docs, 1):
        line, seen = line + text.count("\n", seen, m.start()), m.start()
        yield _record(m[1], f"{path}:{line}", rel if len(docs) == 1 else f"{rel}#{n}", str(path))
