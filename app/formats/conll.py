"""CoNLL-2003-style IOB2: one token per line, a blank line between sentences, one tag column per layer.

Export: ``TOKEN<TAB>TAG...`` with one column per label (claims nest actors) or, with the ``layers``
option ``"flat"``, a single column (overlapping spans are then reported as skipped). Each document
starts with ``# newdoc id``, ``# sha256``, ``# offsets = codepoint`` and ``# columns`` lines (a
token line always has a TAB, so a ``#`` token is never taken for a comment).

Import also reads the corpora's own two-column ``TOKEN TAG`` files (ANERcorp, AQMAR) and keeps their
defects: a token with spaces (three fields, glued lines), an empty token, typo tags and I- tags that
continue nothing come back unchanged on export; each is counted in ``metadata["defects"]``.
"""

from __future__ import annotations

import itertools
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from app.dto import DocumentData
from app.formats.filetext import iter_lines, stream_encoding
from app.formats.iob import Chunk, Defects, chunks
from app.formats.records import AnnotationRecord, SourceRecord
from app.formats.tokenrows import tagged_sentences

OFFSETS = "codepoint"
MAX_TOKENS = 1000  # a file without sentence breaks (ANERcorp) is cut into documents near this size
_PERIODS = frozenset({".", "..", "...", "؟", "!", "?"})


def document_lines(doc: DocumentData, layers: list[str] | None, ctx: Any = None) -> Iterator[str]:
    skipped: list = []
    sentences = tagged_sentences(doc, layers, skipped)
    if ctx is not None:
        for a, why in skipped:
            ctx.skip(doc, f"{a.label} [{a.start}, {a.end})", why)
    names = layers if layers is not None else ["tags"]
    yield f"# newdoc id = {doc.id}"
    yield f"# sha256 = {doc.sha256}"
    yield f"# offsets = {OFFSETS}"
    yield f"# columns = TOKEN {' '.join(names)}"
    for sent in sentences:
        for k, tok in enumerate(sent.tokens):
            form = doc.text[tok.start:tok.end].replace("\t", " ").replace("\n", " ")
            yield "\t".join([form, *(sent.tags[name][k] for name in names)])
        yield ""


class ConllWriter:
    offsets = OFFSETS

    def __init__(self, out: IO[bytes], ctx: Any) -> None:
        self.out, self.ctx = out, ctx
        self.flat = ctx.options.get("layers") == "flat"

    def write(self, doc: DocumentData) -> None:
        layers = None if self.flat else list(dict.fromkeys([*self.ctx.labels, *(a.label for a in doc.annotations)]))
        for line in document_lines(doc, layers, self.ctx):
            self.out.write(line.encode("utf-8", "surrogatepass") + b"\n")

    def close(self) -> None:
        pass


class _Builder:
    """Collects the tokens of one document and turns them into a record."""

    def __init__(self, origin: str, columns: list[str]) -> None:
        self.origin, self.columns = origin, columns
        self.parts: list[str] = []
        self.pos = 0
        self.tokens: list[list[int]] = []
        self.tags: list[list[str]] = []
        self.sentence_starts: list[int] = []
        self.meta: dict[str, str] = {}
        self.defects = Defects()

    def token(self, form: str, tags: list[str]) -> None:
        if not self.sentence_starts or self.sentence_starts[-1] == -1:
            if self.sentence_starts:
                self.sentence_starts.pop()
                self.parts.append("\n")
                self.pos += 1
            self.sentence_starts.append(len(self.tokens))
        elif self.tokens:
            self.parts.append(" ")
            self.pos += 1
        self.tokens.append([self.pos, self.pos + len(form)])
        self.parts.append(form)
        self.pos += len(form)
        self.tags.append(tags)

    def sentence_break(self) -> None:
        if self.sentence_starts and self.sentence_starts[-1] != -1:
            self.sentence_starts.append(-1)

    def _chunks(self, seq: list[str]) -> Iterator[Chunk]:
        """Chunks of each sentence on its own: an I- tag never continues across a sentence break."""
        edges = [*self.sentence_starts, len(seq)]
        for lo, hi in itertools.pairwise(edges):
            for c in chunks(seq[lo:hi], self.defects, f"{self.origin} token {lo}+"):
                yield Chunk(c.first + lo, c.last + lo, c.label, c.iob)

    def record(self) -> SourceRecord | None:
        if not self.tokens:
            return None
        if self.sentence_starts and self.sentence_starts[-1] == -1:
            self.sentence_starts.pop()
        annotations = []
        for c_index in range(max(len(t) for t in self.tags)):
            seq = [t[c_index] if c_index < len(t) else "O" for t in self.tags]
            for c in self._chunks(seq):
                start, end = self.tokens[c.first][0], self.tokens[c.last][1]
                if end <= start:
                    self.defects.add("span on empty tokens only (dropped)", f"{self.origin} token {c.first + 1}")
                    continue
                attrs: dict[str, Any] = {"iob": c.iob} if c.iob else {}
                annotations.append(AnnotationRecord(c.label, start, end, id=str(uuid.uuid4()), attributes=attrs))
        metadata: dict[str, Any] = {"tokens": self.tokens, "sentence_starts": self.sentence_starts}
        if self.defects.counts:
            metadata["defects"] = {"counts": self.defects.counts, "examples": self.defects.examples}
        return SourceRecord(text="".join(self.parts), origin=self.origin, title=self.meta.get("title", ""),
                            annotations=annotations, metadata=metadata)


def _fields(line: str, width: int, b: _Builder, where: str) -> tuple[str, list[str]]:
    if "\t" in line:
        form, *tags = line.split("\t")
        return form, tags
    if width >= 3 and line.count(" ") >= width - 1:  # CoNLL-2003 proper: TOKEN POS CHUNK TAG
        fields = line.split(" ")
        return fields[0], [fields[-1]]
    form, sep, tag = line.rpartition(" ")
    if not sep:
        b.defects.add("line without a tag", where)
        return line, ["O"]
    if " " in form:
        b.defects.add("token with a space (extra field or glued lines)", where)
    elif form == "":
        b.defects.add("empty token", where)
    return form, [tag]


def _width(path: Path, encoding: str) -> int:
    """The usual number of space-separated fields (2 for TOKEN TAG, 4 for CoNLL-2003)."""
    counts: Counter[int] = Counter()
    for n, line in iter_lines(path, encoding, newline="\n"):
        if n > 501:
            break
        if line.strip() and not line.startswith("#"):
            counts[len(line.rstrip("\n").split(" "))] += 1
    return counts.most_common(1)[0][0] if counts else 2


def read_conll(path: Path, *, rel: str | None = None, encoding: str | None = None) -> Iterator[SourceRecord]:
    """Documents of a CoNLL IOB2 file: ``# newdoc``/``-DOCSTART-`` start one; long unbroken runs are cut."""
    origin = rel or path.name
    encoding = stream_encoding(path, encoding)  # named, else detected (UTF-8, UTF-16, cp1256...)
    width = _width(path, encoding)
    columns = ["tags"]
    b = _Builder(f"{origin}:1", columns)
    # a byte that does not fit the encoding is an error naming its line
    for n, raw in iter_lines(path, encoding, newline="\n"):
        line = raw.rstrip("\n")
        where = f"{origin}:{n}"
        if line.startswith("-DOCSTART-") or line.startswith("# newdoc"):
            if (rec := b.record()) is not None:
                yield rec
            b = _Builder(where, columns)
            continue
        if line.startswith("# ") and " = " in line and "\t" not in line:
            key, _, value = line[2:].partition(" = ")
            if key == "columns":
                columns[:] = value.split()[1:]
                b.columns = columns
            b.meta[key] = value
            continue
        if line == "":
            b.sentence_break()
            continue
        form, tags = _fields(line, width, b, where)
        if len(b.tokens) >= MAX_TOKENS and b.sentence_starts[-1] != -1 and b.parts[-1] in _PERIODS \
                and not any(t.startswith("I-") for t in tags):
            if (rec := b.record()) is not None:
                yield rec
            b = _Builder(where, columns)
        b.token(form, tags)
    if (rec := b.record()) is not None:
        yield rec
