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
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate, repeat
from operator import add, methodcaller
from pathlib import Path
from typing import IO, Any

from app.dto import AnnotationData, DocumentData
from app.errors import InputError
from app.formats.conll_layout import SPECIAL_HEADS, Layout, is_comment, is_tag, scan, split_fields
from app.formats.filetext import iter_lines, stream_encoding
from app.formats.iob import Chunk, Defects, chunks
from app.formats.records import AnnotationRecord, SourceRecord
from app.formats.tokenrows import tagged_sentences
from app.formats.tokens import WHITESPACE
from app.text.decode import strip_bom

OFFSETS = "codepoint"
MAX_TOKENS = 1000  # a file without sentence breaks (ANERcorp) is cut into documents near this size
_PERIODS = frozenset({".", "..", "...", "؟", "!", "?"})
_CONTINUING = frozenset({"I-", "E-", "L-"})
_CHUNK = 1 << 20
SEPARATORS = frozenset({"$#$"})  # a token line that stands for a sentence break (Wojood)
_NO_ATTRIBUTES: list[str] = []  # shared by the tokens of a layout without attribute columns (never changed)
AT_ONCE = 2  # TAB-separated token lines in a row read at once (fewer: line by line)
_TABS = methodcaller("count", "\t")


def nested_layers(annotations: Iterable[AnnotationData]) -> dict[int, str]:
    """The layer of each span (by ``id``): its label, or ``LABEL#2``, ``#3``... inside another of its label."""
    ends: dict[str, list[int]] = {}
    out: dict[int, str] = {}
    for a in sorted(annotations, key=lambda a: (a.start, -a.end)):
        levels = ends.setdefault(a.label, [])
        k = next((i for i, end in enumerate(levels) if end <= a.start), len(levels))
        levels[k : k + 1] = [a.end]
        out[id(a)] = a.label if k == 0 else f"{a.label}#{k + 1}"
    return out


def document_lines(doc: DocumentData, layers: list[str] | None, ctx: Any = None) -> Iterator[str]:
    skipped: list = []
    names = layers if layers is not None else ["tags"]
    layer_of: Callable[[AnnotationData], str] | None = None
    if layers is not None:  # spans nested in one of their label (Wojood's ORG in ORG) go in a column of their own
        by_id = nested_layers(doc.annotations)
        extra = dict.fromkeys(n for n in by_id.values() if n not in layers and n.rpartition("#")[0] in layers)
        names = [*layers, *sorted(extra, key=lambda n: (layers.index(n.rpartition("#")[0]), len(n), n))]

        def layer_of(a: AnnotationData) -> str:
            return by_id[id(a)]

    sentences = tagged_sentences(doc, names if layers is not None else None, skipped, layer_of)
    if ctx is not None:
        for a, why in skipped:
            ctx.skip(doc, f"{a.label} [{a.start}, {a.end})", why)
    yield f"# newdoc id = {doc.id}"
    yield f"# sha256 = {doc.sha256}"
    yield f"# offsets = {OFFSETS}"
    yield f"# columns = TOKEN {' '.join(names)}"
    for sent in sentences:
        for k, tok in enumerate(sent.tokens):
            form = doc.text[tok.start : tok.end].replace("\t", " ").replace("\n", " ")
            yield "\t".join([form, *(sent.tags[name][k] for name in names)])
        yield ""


class ConllWriter:
    offsets = OFFSETS
    holds_relations = False

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

    def __init__(self, origin: str, columns: list[str], layout: Layout) -> None:
        self.origin, self.columns, self.layout = origin, columns, layout
        self.parts: list[str] = []
        self.pos = 0
        self.tokens: list[list[int]] = []
        self.tags: list[Sequence[str]] = []  # of each token
        self.attributes: list[list[str]] = []  # the layout's attribute columns (POS, chunk), one row per token
        self.sentence_starts: list[int] = []
        self.meta: dict[str, str] = {}
        self.defects = Defects()
        self.spaced = True  # every form so far is one run of non-space characters: the text gives the tokens

    def _check_forms(self, forms: list[str]) -> None:
        """A form with a space in it, or an empty one, makes the text no longer tell where the tokens are."""
        if self.spaced and " ".join(forms).split() != forms:
            self.spaced = False

    def token(self, form: str, tags: list[str], attributes: list[str]) -> None:
        if not self.sentence_starts or self.sentence_starts[-1] == -1:
            if self.sentence_starts:
                self.sentence_starts.pop()
                self.parts.append("\n")
                self.pos += 1
            self.sentence_starts.append(len(self.tokens))
        elif self.tokens:
            self.parts.append(" ")
            self.pos += 1
        self._check_forms([form])
        self.tokens.append([self.pos, self.pos + len(form)])
        self.parts.append(form)
        self.pos += len(form)
        self.tags.append(tags)
        self.attributes.append(attributes)

    def tab_rows(self, forms: list[str], columns: list[list[str]]) -> None:
        """``token`` of each form in turn, its tags given by column (no attribute columns)."""
        self.token(forms[0], [column[0] for column in columns], _NO_ATTRIBUTES)
        if len(forms) == 1:
            return
        rest = forms[1:]
        self._check_forms(rest)
        lengths = list(map(len, rest))
        starts = list(accumulate(map((1).__add__, lengths), initial=self.pos + 1))  # one space before each
        self.pos = starts.pop() - 1
        self.tokens.extend(map(list, zip(starts, map(add, starts, lengths), strict=True)))
        self.parts.append(" " + " ".join(rest))
        self.tags.extend(zip(*(column[1:] for column in columns), strict=True))
        self.attributes.extend(repeat(_NO_ATTRIBUTES, len(rest)))

    def sentence_break(self) -> None:
        if self.sentence_starts and self.sentence_starts[-1] != -1:
            self.sentence_starts.append(-1)

    def _chunks(self, seq: list[str]) -> Iterator[Chunk]:
        """Chunks of each sentence on its own: an I- tag never continues across a sentence break."""
        edges = [*self.sentence_starts, len(seq)]
        for lo, hi in itertools.pairwise(edges):
            sentence = seq[lo:hi]
            if sentence.count("O") == len(sentence):
                continue  # O tags make no chunk and no defect
            for c in chunks(sentence, self.defects, f"{self.origin} token {lo}+", self.layout.scheme):
                yield Chunk(c.first + lo, c.last + lo, c.label, c.iob)

    def record(self) -> SourceRecord | None:
        if not self.tokens:
            return None
        if self.sentence_starts and self.sentence_starts[-1] == -1:
            self.sentence_starts.pop()
        annotations = []
        width = max(map(len, self.tags))
        if min(map(len, self.tags)) == width:
            layers: Iterable[list[str]] = map(list, zip(*self.tags, strict=True))
        else:  # a token line with fewer tags: O in the others
            layers = ([t[c_index] if c_index < len(t) else "O" for t in self.tags] for c_index in range(width))
        for seq in layers:
            for c in self._chunks(seq):
                start, end = self.tokens[c.first][0], self.tokens[c.last][1]
                if end <= start:
                    self.defects.add("span on empty tokens only (dropped)", f"{self.origin} token {c.first + 1}")
                    continue
                attrs: dict[str, Any] = {"iob": c.iob} if c.iob else {}
                annotations.append(AnnotationRecord(c.label, start, end, attributes=attrs))
        # the text is the forms joined by a space in a sentence and a line break between sentences: unless a form
        # held a space or was empty, the tokens are the text split at whitespace, and stored as pairs they were
        # most of the document's bytes
        metadata: dict[str, Any] = (
            {"tokens": WHITESPACE} if self.spaced else {"tokens": self.tokens, "sentence_starts": self.sentence_starts}
        )
        if self.layout.attributes:
            metadata["token_attributes"] = {
                name: [row[k] for row in self.attributes] for k, name in enumerate(self.layout.attributes)
            }
        metadata["defects"] = {
            "counts": self.defects.counts,
            "examples": self.defects.examples,
            "scheme": self.layout.describe(),
        }
        return SourceRecord(
            text="".join(self.parts),
            origin=self.origin,
            title=self.meta.get("title", ""),
            annotations=annotations,
            metadata=metadata,
        )


def _attribute_fields(line: str, layout: Layout, b: _Builder, where: str) -> tuple[str, list[str], list[str]]:
    """``TOKEN POS CHUNK TAG``: the token, its tag and the columns between them."""
    fields = split_fields(line)
    n = len(layout.attributes) + 2
    if len(fields) > n:
        b.defects.add("token with a space (extra field or glued lines)", where)
        fields = [" ".join(fields[: len(fields) - n + 1]), *fields[len(fields) - n + 1 :]]
    elif len(fields) < n:
        b.defects.add(f"line with fewer than {n} fields (missing ones read as empty, a missing tag as O)", where)
        missing = [""] * (n - max(len(fields), 2))
        fields = [*fields[:-1], *missing, fields[-1]] if len(fields) > 1 else [line, *missing, "O"]
    return fields[0], fields[-1:], fields[1:-1]


def _fields(line: str, layout: Layout, b: _Builder, where: str) -> tuple[str, list[str], list[str]]:
    """The token, its tags (one per layer) and its attribute columns."""
    if layout.attributes:
        return _attribute_fields(line, layout, b, where)
    if "\t" in line:
        form, *tags = line.split("\t")
        return form, tags, []
    fields = line.split(" ")
    if len(fields) >= 3 and fields[0] and all(is_tag(f) for f in fields[1:-1]):  # nested: TOKEN TAG TAG...
        return fields[0], fields[1:], []
    form, sep, tag = line.rpartition(" ")
    if not sep:
        b.defects.add("line without a tag", where)
        return line, ["O"], []
    if " " in form:
        b.defects.add("token with a space (extra field or glued lines)", where)
    elif form == "":
        b.defects.add("empty token", where)
    return form, [tag], []


def _lines(path: Path, encoding: str) -> Iterator[str]:
    """The lines without their LF or CRLF end, BOM dropped; read and split in chunks of ``_CHUNK`` characters
    (line by line through ``iter_lines`` took 2.5 times as long). A byte that does not fit the
    encoding is an error naming its line, found again by ``iter_lines``."""
    try:
        with path.open(encoding=encoding, newline="\n") as f:
            rest, first = "", True
            while chunk := f.read(_CHUNK):
                block = rest + (strip_bom(chunk) if first else chunk)
                lines, first = block.split("\n"), False
                rest = lines.pop()
                yield from [line.removesuffix("\r") for line in lines] if "\r" in block else lines
            if rest:
                yield rest.removesuffix("\r")
    except UnicodeDecodeError:
        for _ in iter_lines(path, encoding):  # raises the error with the line's number
            pass
        raise
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None


def _tab_rows(b: _Builder, rows: list[str], first: int, origin: str) -> None:
    """TAB-separated token lines in a row (the first is line ``first``) of a marked document in a layout without
    attribute columns: read at once, column by column, when they have the same number of TABs and no separator
    token (line by line: a third of a CoNLL import); else line by line."""
    tabs = set(map(_TABS, rows))
    if len(rows) >= AT_ONCE and len(tabs) == 1:
        width = tabs.pop() + 1
        cells = "\t".join(rows).split("\t")
        forms = cells[0::width]
        if SEPARATORS.isdisjoint(forms):
            b.tab_rows(forms, [cells[k::width] for k in range(1, width)])
            return
    for n, line in enumerate(rows, first):
        form, *tags = line.split("\t")
        if form in SEPARATORS and all(t == "O" for t in tags):
            b.defects.add(f"separator line {form} (read as a sentence break)", f"{origin}:{n}")
            b.sentence_break()
        else:
            b.token(form, tags, _NO_ATTRIBUTES)


def read_conll(
    path: Path, *, rel: str | None = None, encoding: str | None = None, scheme: str | None = None
) -> Iterator[SourceRecord]:
    """Documents of a CoNLL IOB2 file: ``# newdoc``/``-DOCSTART-`` start one; in a file without them, long
    unbroken runs are cut (a marked document, such as a long paragraph of our own export, never is)."""
    origin = rel or path.name
    encoding = stream_encoding(path, encoding)  # named, else detected (UTF-8, UTF-16, cp1256...)
    layout = scan(_lines(path, encoding), scheme)
    columns = ["tags"]
    b = _Builder(f"{origin}:1", columns, layout)
    marked = False  # the document was opened by ``# newdoc`` or ``-DOCSTART-``: its end is marked too, never cut
    tabbed = not layout.attributes  # a TAB-separated line is then the token and its tags
    rows: list[str] = []  # TAB-separated token lines of a marked document, read together by ``_tab_rows``
    first = 0
    for n, line in enumerate(_lines(path, encoding), 1):
        if marked and tabbed and "\t" in line and line[:1] not in SPECIAL_HEADS:  # surely a token line
            if not rows:
                first = n
            rows.append(line)
            continue
        if rows:
            _tab_rows(b, rows, first, origin)
            rows = []
        head = line[:1]
        if head == "-" or head == "#":
            where = f"{origin}:{n}"
            if line.startswith("-DOCSTART-") or line.startswith("# newdoc"):
                if (rec := b.record()) is not None:
                    yield rec
                b = _Builder(where, columns, layout)
                marked = True
                continue
        if head == "#" and is_comment(line):
            key, _, value = line[2:].partition(" = ")
            if key == "columns":
                columns[:] = value.split()[1:]
                b.columns = columns
            b.meta[key] = value
            continue
        if not line.strip():
            if line:
                b.defects.add("line of only spaces or tabs (read as a sentence break)", f"{origin}:{n}")
            b.sentence_break()
            continue
        if tabbed and "\t" in line:  # what ``_fields`` makes of it, without naming the line
            form, *tags = line.split("\t")
            attributes = _NO_ATTRIBUTES
        else:
            form, tags, attributes = _fields(line, layout, b, f"{origin}:{n}")
        if form in SEPARATORS and all(t == "O" for t in tags):
            b.defects.add(f"separator line {form} (read as a sentence break)", f"{origin}:{n}")
            b.sentence_break()
            continue
        if (
            not marked
            and len(b.tokens) >= MAX_TOKENS
            and b.sentence_starts[-1] != -1
            and b.parts[-1] in _PERIODS
            and not any(t[:2] in _CONTINUING for t in tags)
        ):
            if (rec := b.record()) is not None:
                yield rec
            b = _Builder(f"{origin}:{n}", columns, layout)
        b.token(form, tags, attributes)
    if rows:
        _tab_rows(b, rows, first, origin)
    if (rec := b.record()) is not None:
        yield rec
