"""CoNLL-U: one sentence per line of text, clitics as multiword tokens, labels in MISC.

``# text`` is the exact sentence; the whitespace between tokens is in MISC as ``SpaceAfter=No`` or
UDPipe's ``SpacesAfter=\\n`` (and ``SpacesBefore`` for text before the first token), so the document
is rebuilt exactly. A word split where a span starts or ends inside it (``لشويغو`` -> ``ل`` +
``شويغو``) becomes a multiword token. Labels: ``Entity=B-CLAIM,B-ACTOR`` (IOB2 per label).
Each document starts with ``# newdoc id``, ``# sha256`` and ``# offsets = codepoint``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from app.dto import DocumentData
from app.errors import InputError
from app.formats.iob import Defects, chunks
from app.formats.records import AnnotationRecord, SourceRecord
from app.formats.tokenrows import gap, tagged_sentences

OFFSETS = "codepoint"
_ESC = {"\\": "\\\\", " ": "\\s", "\t": "\\t", "\n": "\\n", "\r": "\\r", "|": "\\p"}
_UNESC = {v[1]: k for k, v in _ESC.items()}


def escape_spaces(value: str) -> str:
    return "".join(_ESC.get(ch, ch) for ch in value)


def unescape_spaces(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append(_UNESC.get(value[i + 1], value[i + 1]))
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def _space_misc(after: str) -> list[str]:
    if after == " ":
        return []
    return ["SpaceAfter=No"] if after == "" else [f"SpacesAfter={escape_spaces(after)}"]


def _form(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ") or "_"


def document_lines(doc: DocumentData, labels: list[str], ctx: Any = None) -> Iterator[str]:
    skipped: list = []
    sentences = tagged_sentences(doc, labels, skipped)
    if ctx is not None:
        for a, why in skipped:
            ctx.skip(doc, f"{a.label} [{a.start}, {a.end})", why)
    text = doc.text
    yield f"# newdoc id = {doc.id}"
    yield f"# sha256 = {doc.sha256}"
    yield f"# offsets = {OFFSETS}"
    for k, sent in enumerate(sentences):
        toks = sent.tokens
        yield f"# sent_id = {doc.id}-{k + 1}"
        yield f"# text = {text[toks[0].start:toks[-1].end]}"
        i = 0
        while i < len(toks):
            j = i
            while j + 1 < len(toks) and toks[j + 1].word == toks[i].word:
                j += 1
            misc_space = _space_misc(gap(text, sentences, k, j))
            if k == 0 and i == 0 and toks[0].start > 0:
                misc_space.insert(0, f"SpacesBefore={escape_spaces(text[:toks[0].start])}")
            if j > i:
                surface = text[toks[i].start:toks[j].end]
                yield f"{i + 1}-{j + 1}\t{_form(surface)}\t_\t_\t_\t_\t_\t_\t_\t{'|'.join(misc_space) or '_'}"
            for t in range(i, j + 1):
                ents = [sent.tags[name][t] for name in labels if sent.tags[name][t] != "O"]
                misc = [f"Entity={','.join(ents)}"] if ents else []
                if j == i:
                    misc = misc_space + misc
                form = _form(text[toks[t].start:toks[t].end])
                yield f"{t + 1}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{'|'.join(misc) or '_'}"
            i = j + 1
        yield ""


class ConlluWriter:
    offsets = OFFSETS

    def __init__(self, out: IO[bytes], ctx: Any) -> None:
        self.out, self.ctx = out, ctx

    def write(self, doc: DocumentData) -> None:
        labels = list(dict.fromkeys([*self.ctx.labels, *(a.label for a in doc.annotations)]))
        for line in document_lines(doc, labels, self.ctx):
            self.out.write(line.encode("utf-8", "surrogatepass") + b"\n")

    def close(self) -> None:
        pass


def _misc(value: str) -> dict[str, str]:
    if value == "_":
        return {}
    return {key: val for key, _, val in (part.partition("=") for part in value.split("|"))}


class _Doc:
    """A document being rebuilt from token lines."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.parts: list[str] = []
        self.pos = 0
        self.tokens: list[list[int]] = []
        self.sentence_starts: list[int] = []
        self.words: list[tuple[int, int, list[str]]] = []  # (start, end, entity tags)
        self.mwt: tuple[int, int, str, list[tuple[str, list[str]]]] | None = None  # start, last id, surface, words

    def add(self, piece: str) -> int:
        start = self.pos
        self.parts.append(piece)
        self.pos += len(piece)
        return start

    def close_mwt(self) -> None:
        """Give the words of a multiword token their offsets inside its surface form."""
        if self.mwt is None:
            return
        start, _, surface, words = self.mwt
        self.mwt = None
        if "".join(form for form, _ in words) == surface:
            for form, tags in words:
                self.words.append((start, start + len(form), tags))
                start += len(form)
        else:  # words that do not spell the surface (UD's للـ -> ل + ال) all cover it
            self.words.extend((start, start + len(surface), tags) for _, tags in words)


def _after(misc: dict[str, str]) -> str:
    if "SpacesAfter" in misc:
        return unescape_spaces(misc["SpacesAfter"])
    return "" if misc.get("SpaceAfter") == "No" else " "


def _token_line(doc: _Doc, cols: list[str]) -> None:
    ident, form, misc = cols[0], cols[1], _misc(cols[9])
    if "." in ident:
        return  # empty nodes carry no text
    if doc.mwt is not None and ("-" in ident or int(ident) > doc.mwt[1]):
        doc.close_mwt()
    if "SpacesBefore" in misc:
        doc.add(unescape_spaces(misc["SpacesBefore"]))
    tags = [t for t in misc.get("Entity", "").split(",") if t]
    if "-" in ident:
        start = doc.add(form)
        doc.tokens.append([start, doc.pos])
        doc.mwt = (start, int(ident.split("-")[1]), form, [])
        doc.add(_after(misc))
    elif doc.mwt is not None:
        doc.mwt[3].append((form, tags))
    else:
        start = doc.add(form)
        doc.tokens.append([start, doc.pos])
        doc.words.append((start, doc.pos, tags))
        doc.add(_after(misc))


def read_conllu(path: Path, *, rel: str | None = None, encoding: str | None = None) -> Iterator[SourceRecord]:
    """Documents (``# newdoc``) of a CoNLL-U file, text rebuilt from forms and spacing MISC."""
    origin = rel or path.name
    doc: _Doc | None = None
    defects = Defects()
    with path.open(encoding=encoding or "utf-8", newline="\n") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("# newdoc") or (doc is None and line):
                if doc is not None:
                    yield _record(doc, defects)
                doc = _Doc(f"{origin}:{n}")
            if doc is None:  # a blank line before the first document
                continue
            starts = doc.sentence_starts
            if line.startswith(("# sent_id", "# text")) and (not starts or starts[-1] != len(doc.tokens)):
                starts.append(len(doc.tokens))
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise InputError(f"{origin}:{n}", f"expected 10 tab-separated columns, got {len(cols)}")
            _token_line(doc, cols)
    if doc is not None:
        yield _record(doc, defects)


def _record(doc: _Doc, defects: Defects) -> SourceRecord:
    doc.close_mwt()
    text = "".join(doc.parts)
    labels: dict[str, None] = {}
    for _, _, tags in doc.words:
        for t in tags:
            labels[t.partition("-")[2] if t[:2] in ("B-", "I-") else t] = None
    annotations = []
    for label in labels:
        seq = [next((t for t in tags if t in (f"B-{label}", f"I-{label}", label)), "O") for _, _, tags in doc.words]
        for c in chunks(seq, defects, f"{doc.origin} word "):
            attrs = {"iob": c.iob} if c.iob else {}
            annotations.append(AnnotationRecord(c.label, doc.words[c.first][0], doc.words[c.last][1],
                                                id=str(uuid.uuid4()), attributes=attrs))
    meta: dict[str, Any] = {"tokens": doc.tokens, "sentence_starts": sorted(set(doc.sentence_starts))}
    if defects.counts:
        meta["defects"] = {"counts": dict(defects.counts), "examples": dict(defects.examples)}
    defects.counts.clear()
    defects.examples.clear()
    return SourceRecord(text=text, origin=doc.origin, annotations=annotations, metadata=meta)
