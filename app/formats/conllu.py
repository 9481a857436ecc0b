"""CoNLL-U: sentences of words, clitics as multiword tokens, labels in MISC ``Entity=``.

``# text`` is the exact sentence; the whitespace between tokens is in MISC as ``SpaceAfter=No`` or
UDPipe's ``SpacesAfter=\\n`` (and ``SpacesBefore`` for text before the first token), so the document
is rebuilt exactly. The default space after a document's last token is not part of its text.

Import keeps the source as it came: every comment and token line of each sentence, in
``metadata["conllu"]["sentences"]`` (``# sent_id``, ``# newdoc id`` (also the external id), LEMMA to
MISC, multiword ranges, empty nodes). Export writes those lines back; when the document's
annotations have changed since the import, only the ``Entity=`` values are written anew, in the
source's notation. Labels: Hashiya's ``Entity=B-CLAIM,B-ACTOR`` (IOB2 per label), or CorefUD's
brackets (``app.formats.corefud``). A document without source lines is tokenised by Hashiya: a word
split where a span starts or ends inside it (``لشويغو`` -> ``ل`` + ``شويغو``) becomes a multiword
token, and it starts with ``# newdoc id``, ``# sha256`` and ``# offsets = codepoint``.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, compress, count, repeat
from operator import add, itemgetter, not_
from pathlib import Path
from typing import IO, Any, cast

import orjson

from app.dto import AnnotationData, DocumentData
from app.errors import InputError
from app.formats.corefud import Mention, MentionReader, is_bracketed, word_values
from app.formats.filetext import iter_lines, stream_encoding
from app.formats.iob import Defects, sparse_chunks
from app.formats.records import AnnotationRecord, SourceRecord
from app.formats.tokenrows import gap, tagged_sentences
from app.formats.tokens import CONLLU
from app.text.decode import strip_bom

OFFSETS = "codepoint"
SOURCE_KEY = "conllu"
_KEPT_ATTRIBUTES = ("entity", "part", "iob")  # what an annotation's Entity= value is made of
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


def _space_misc(after: str, last: bool = False) -> list[str]:
    if after == " ":  # the reader adds no space after the document's last token unless told
        return ["SpacesAfter=\\s"] if last else []
    return ["SpaceAfter=No"] if after == "" else [f"SpacesAfter={escape_spaces(after)}"]


def _form(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ") or "_"


def document_lines(doc: DocumentData, labels: list[str], ctx: Any = None) -> Iterator[str]:
    """Hashiya's own tokens: for a document that came without CoNLL-U lines."""
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
        yield f"# text = {text[toks[0].start : toks[-1].end]}"
        i = 0
        while i < len(toks):
            j = i
            while j + 1 < len(toks) and toks[j + 1].word == toks[i].word:
                j += 1
            misc_space = _space_misc(gap(text, sentences, k, j), k + 1 == len(sentences) and j + 1 == len(toks))
            if k == 0 and i == 0 and toks[0].start > 0:
                misc_space.insert(0, f"SpacesBefore={escape_spaces(text[: toks[0].start])}")
            if j > i:
                surface = text[toks[i].start : toks[j].end]
                yield f"{i + 1}-{j + 1}\t{_form(surface)}\t_\t_\t_\t_\t_\t_\t_\t{'|'.join(misc_space) or '_'}"
            for t in range(i, j + 1):
                ents = [sent.tags[name][t] for name in labels if sent.tags[name][t] != "O"]
                misc = [f"Entity={','.join(ents)}"] if ents else []
                if j == i:
                    misc = misc_space + misc
                form = _form(text[toks[t].start : toks[t].end])
                yield f"{t + 1}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{'|'.join(misc) or '_'}"
            i = j + 1
        yield ""


def _misc(value: str) -> dict[str, str]:
    if value == "_":
        return {}
    return {key: val for key, _, val in (part.partition("=") for part in value.split("|"))}


def _after(misc: dict[str, str]) -> tuple[str, bool]:
    """The text after a token, and whether it is only the default space."""
    if "SpacesAfter" in misc:
        return unescape_spaces(misc["SpacesAfter"]), False
    return ("", False) if misc.get("SpaceAfter") == "No" else (" ", True)


# the fields, Entity=, the text after, only the default space, SpacesBefore= (escaped) if there is one
_Misc = tuple[dict[str, str], str | None, str, bool, str | None]
_MISC_CACHE = 1 << 14
_CHUNK = 1 << 20


def _read_misc(value: str, cache: dict[str, _Misc]) -> _Misc:
    """MISC read once per distinct value (a few hundred in a file: ``_``, ``SpaceAfter=No``, ``Entity=B-X``...);
    the dict is shared and never changed."""
    found = cache.get(value)
    if found is None:
        misc = _misc(value)
        found = (misc, misc.get("Entity"), *_after(misc), misc.get("SpacesBefore"))
        if len(cache) < _MISC_CACHE:
            cache[value] = found
    return found


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    entity: str | None  # the MISC Entity= value
    line: int  # in the file
    at: tuple[int, int]  # (sentence, line in it) of metadata["conllu"]["sentences"]


class _PlainMiscs(dict[str, "_Misc | None"]):
    """``_read_misc`` of the MISC values without ``SpacesBefore`` (None for the others), looked up in C."""

    def __init__(self) -> None:
        super().__init__()
        self.miscs: dict[str, _Misc] = {}  # every value read
        self.entities: dict[str, list[str] | None] = {}  # for ``_values``
        self.simple: dict[str, _Simple] = {}  # for ``_simple_iob``

    def __missing__(self, value: str) -> _Misc | None:
        read = _read_misc(value, self.miscs)
        found = None if read[4] is not None else read
        if len(self) < _MISC_CACHE:
            self[value] = found
        return found


_ENTITY, _AFTER = itemgetter(1), itemgetter(2)  # of a _Misc


_Tagged = tuple[int, int, int, str, int]  # a word with an Entity= value: (index, start, end, the value, line)
_VALUE = itemgetter(3)  # of a _Tagged


class _Parser:
    """A document rebuilt from its lines: text, surface tokens, words and the lines of each sentence.

    The words with an ``Entity=`` value are in ``tagged`` (all an import needs of them); every word is in
    ``words`` only when ``all_words`` is asked for (an export writing the values anew), and the surface tokens and
    sentence starts only when ``keep_tokens`` is (``source_tokens``: an import stores neither, the kept lines give
    them back; 3.8 million pairs built for nothing were a tenth of a 20,000-document import's reading)."""

    def __init__(
        self, origin: str, all_words: bool = False, miscs: _PlainMiscs | None = None, keep_tokens: bool = True
    ) -> None:
        self.origin = origin
        self.all_words = all_words
        self.keep_tokens = keep_tokens
        self.ntokens = 0
        self.tagged: list[_Tagged] = []
        self.nwords = 0
        self.parts: list[str] = []
        self.pos = 0
        self.tokens: list[tuple[int, int]] = []  # surface tokens (multiword tokens whole)
        self.sentence_starts: list[int] = []
        self.words: list[_Word] = []
        self.sentences: list[list[str]] = []
        self.lines: list[str] = []  # of the sentence being read
        self.mwt: tuple[int, int, str, list[tuple[str, str | None, int, tuple[int, int]]]] | None = None
        self.default_tail = False
        self.sentence_has_tokens = False
        self.plain = _PlainMiscs() if miscs is None else miscs  # a file's documents share them
        self.miscs = self.plain.miscs

    def _add(self, piece: str) -> int:
        start = self.pos
        self.parts.append(piece)
        self.pos += len(piece)
        return start

    @property
    def text(self) -> str:
        text = "".join(self.parts)
        return text[:-1] if self.default_tail else text

    def feed(self, line: str, n: int = 0) -> None:
        if not line.strip():
            self.end_sentence()
            return
        self.lines.append(line)
        if line.startswith("#"):
            return
        cols = line.split("\t")
        if len(cols) != 10:
            raise InputError(
                f"{self.origin.rpartition(':')[0]}:{n}", f"expected 10 tab-separated columns, got {len(cols)}"
            )
        self._token(cols, n)

    def feed_sentence(self, block: list[str], n: int, c: int) -> bool:
        """A sentence's lines (none blank; the first is line ``n``) of plain words after its ``c`` comment lines (ten
        columns; no multiword token, empty node, later comment or ``SpacesBefore``), read at once, column by column,
        as ``feed`` would read them line by line; False, and nothing read, for any other sentence."""
        rows = block[c:]
        if self.lines or self.mwt is not None or not set(map(str.count, rows, repeat("\t"))) <= {9}:
            return False
        cells = "\t".join(rows).split("\t")  # the columns of every row in one list, without a list per row
        if not all(map(str.isdecimal, cells[0::10])):
            return False
        found = list(map(self.plain.__getitem__, cells[9::10]))
        if None in found:
            return False
        self.lines = block
        if not rows:
            return True
        self.sentence_has_tokens = True
        forms = cells[1::10]
        miscs = cast(list[_Misc], found)
        afters = list(map(_AFTER, miscs))
        lengths = list(map(len, forms))
        starts = list(accumulate(map(add, lengths, map(len, afters)), initial=self.pos))
        self.pos = starts.pop()
        if self.keep_tokens:
            self.sentence_starts.append(self.ntokens)
            self.tokens.extend(zip(starts, map(add, starts, lengths), strict=True))
        self.ntokens += len(rows)
        self.parts.extend(chain.from_iterable(zip(forms, afters, strict=True)))
        entities = list(map(_ENTITY, miscs))
        w, first = self.nwords, n + c
        self.tagged.extend(
            (w + k, starts[k], starts[k] + lengths[k], entities[k], first + k)
            for k in compress(range(len(rows)), entities)
        )
        if self.all_words:
            sentence = len(self.sentences)
            self.words.extend(
                _Word(starts[k], starts[k] + lengths[k], entities[k], first + k, (sentence, c + k))
                for k in range(len(rows))
            )
        self.nwords += len(rows)
        self.default_tail = miscs[-1][3]
        return True

    def end_sentence(self) -> None:
        """A blank line: the sentence ends, and with it every open multiword token."""
        self._close_mwt()
        if self.lines:
            self.sentences.append(self.lines)
            self.lines = []
        self.sentence_has_tokens = False

    def _close_mwt(self) -> None:
        """Give the words of a multiword token their offsets inside its surface form."""
        if self.mwt is None:
            return
        start, _, surface, words = self.mwt
        self.mwt = None
        spelled = "".join(form for form, *_ in words) == surface
        for form, entity, n, at in words:  # words that do not spell the surface (للـ -> ل + ال) all cover it
            end = start + len(form) if spelled else start + len(surface)
            self._word(start, end, entity, n, at)
            start = end if spelled else start

    def _word(self, start: int, end: int, entity: str | None, n: int, at: tuple[int, int]) -> None:
        if entity:
            self.tagged.append((self.nwords, start, end, entity, n))
        if self.all_words:
            self.words.append(_Word(start, end, entity, n, at))
        self.nwords += 1

    def _id(self, ident: str, n: int) -> int:
        last = ident.partition("-")[2] or ident
        if not last.isdigit():
            raise InputError(f"{self.origin.rpartition(':')[0]}:{n}", f"ID {ident!r} is not a word index or range")
        return int(last)

    def _token(self, cols: list[str], n: int) -> None:
        ident, form = cols[0], cols[1]
        misc, entity, after, default_tail, _ = _read_misc(cols[9], self.miscs)
        if "." in ident:
            return  # an empty node carries no text (its line is kept)
        at = (len(self.sentences), len(self.lines) - 1)
        last = int(ident) if ident.isdigit() else self._id(ident, n)
        if self.mwt is not None and ("-" in ident or last > self.mwt[1]):
            self._close_mwt()
        if self.mwt is not None:
            self.mwt[3].append((form, entity, n, at))
            return
        if not self.sentence_has_tokens:
            if self.keep_tokens:
                self.sentence_starts.append(self.ntokens)
            self.sentence_has_tokens = True
        if "SpacesBefore" in misc:
            self._add(unescape_spaces(misc["SpacesBefore"]))
        start = self.pos
        end = self.pos = start + len(form)
        self.parts.append(form)
        if self.keep_tokens:
            self.tokens.append((start, end))
        self.ntokens += 1
        if "-" in ident:
            self.mwt = (start, last, form, [])
        else:
            self._word(start, end, entity, n, at)
        self.default_tail = default_tail
        if after:
            self.parts.append(after)
            self.pos += len(after)


_Span = tuple[str, int, int, Mapping[str, Any]]  # label, start, end, attributes
_FINGERPRINT = "2:"  # what starts a fingerprint of ``_fingerprint``; those of ``_fingerprint_v1`` have no prefix


def _fingerprint(spans: Iterable[_Span]) -> str:
    """What the Entity= values say, independent of ids: changed annotations are written anew (the spans sorted, as
    orjson writes them; json.dumps and lists of lists, ``_fingerprint_v1``, were a twelfth of reading a document).
    The three attributes are those of ``_KEPT_ATTRIBUTES``, named here: a loop over them per span cost twice as much."""
    keys = sorted(
        (label, start, end, str(attrs.get("entity", "")), str(attrs.get("part", "")), str(attrs.get("iob", "")))
        if attrs
        else (label, start, end, "", "", "")
        for label, start, end, attrs in spans
    )
    try:
        dumped = orjson.dumps(keys)
    except orjson.JSONEncodeError:  # a lone surrogate, which orjson refuses
        dumped = json.dumps(keys).encode("ascii")
    return _FINGERPRINT + hashlib.sha256(dumped).hexdigest()


def _fingerprint_v1(spans: Iterable[_Span]) -> str:
    """The fingerprint that imports before 2026-12-02 stored (``metadata.conllu.entities`` without a prefix)."""
    keys = sorted(
        [label, start, end, [str(attrs.get(k, "")) for k in _KEPT_ATTRIBUTES]] for label, start, end, attrs in spans
    )
    return hashlib.sha256(json.dumps(keys, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()


def _unchanged(annotations: Iterable[AnnotationData], stored: object) -> bool:
    """Whether a document's annotations say what its kept Entity= values said at its import (``stored``)."""
    spans = [(a.label, a.start, a.end, a.attributes if isinstance(a.attributes, dict) else {}) for a in annotations]
    if isinstance(stored, str) and stored.startswith(_FINGERPRINT):
        return _fingerprint(spans) == stored
    return _fingerprint_v1(spans) == stored


def _values(entity: str, cache: dict[str, list[str] | None]) -> list[str] | None:
    """The IOB values of an ``Entity=`` value, None when it is in CorefUD's brackets (read once per distinct value)."""
    found = cache.get(entity, False)
    if found is False:
        found = None if is_bracketed(entity) else [t for t in entity.split(",") if t]
        if len(cache) < _MISC_CACHE:
            cache[entity] = found
    return found  # type: ignore[return-value]


_Simple = tuple[tuple[str, bool], ...] | None  # (label, a B- tag) of each IOB2 tag of a value; None: not that simple


def _simple_tags(entity: str, cache: dict[str, list[str] | None]) -> _Simple:
    """An ``Entity=`` value as (label, begins) pairs when it is B- and I- tags of distinct labels (or brackets:
    no pairs), else None."""
    found = _values(entity, cache)
    if found is None:
        return ()
    pairs = tuple((tag[2:], tag[0] == "B") for tag in found if tag[:2] in ("B-", "I-") and len(tag) > 2)
    return pairs if len(pairs) == len(found) == len({label for label, _ in pairs}) else None


def _simple_iob(
    tagged: Sequence[_Tagged], cache: dict[str, list[str] | None], simple: dict[str, _Simple]
) -> list[AnnotationRecord] | None:
    """The spans of a document whose values are ``_simple_tags`` and whose every I- tag continues its label's span
    on the word before, in one pass over the tagged words; None for any other (read by ``_iob_annotations``, which
    names the defects). The same spans in the same order: by label as first seen, then by position."""
    open_: dict[str, list[int]] = {}  # label -> [start, end, word] of its span so far
    spans: dict[str, list[list[int]]] = {}
    for k, start, end, entity, _ in tagged:
        if entity in simple:
            tags = simple[entity]
        else:  # read once per distinct value, as ``_values``
            tags = _simple_tags(entity, cache)
            if len(simple) < _MISC_CACHE:
                simple[entity] = tags
        if tags is None:
            return None
        for label, begins in tags:
            if begins:
                open_[label] = [start, end, k]
                spans.setdefault(label, []).append(open_[label])
            elif (span := open_.get(label)) is not None and span[2] == k - 1:
                span[1], span[2] = end, k
            else:
                return None
    return [AnnotationRecord(label, s, e, attributes={}) for label, found in spans.items() for s, e, _ in found]


def _iob_annotations(
    tagged: Sequence[_Tagged],
    defects: Defects,
    origin: str,
    cache: dict[str, list[str] | None],
    simple: dict[str, _Simple],
) -> list[AnnotationRecord]:
    if (read := _simple_iob(tagged, cache, simple)) is not None:
        return read
    values: dict[str, list[str]] = {}  # each distinct Entity= value with IOB values, in the order first seen
    tags: list[tuple[int, str]] = []  # (word, Entity= value) of the words that have IOB values
    bounds: dict[int, tuple[int, int]] = {}
    for k, start, end, entity, _ in tagged:
        if found := _values(entity, cache):
            values.setdefault(entity, found)
            tags.append((k, entity))
            bounds[k] = start, end
    # the labels in the order first seen, word by word (a value's are first seen with it)
    labels = dict.fromkeys(t.partition("-")[2] if t[:2] in ("B-", "I-") else t for v in values.values() for t in v)
    picks: dict[str, list[tuple[str, str]]] = {}  # value -> (label, the word's tag in that label's sequence)
    for entity, found in values.items():
        picks[entity] = []
        for label in labels:
            wanted = (f"B-{label}", f"I-{label}", label)
            if (tag := next((t for t in found if t in wanted), "O")) != "O":
                picks[entity].append((label, tag))
    seqs: dict[str, list[tuple[int, str]]] = {label: [] for label in labels}  # O elsewhere
    for k, entity in tags:
        for label, tag in picks[entity]:
            seqs[label].append((k, tag))
    out = []
    for seq in seqs.values():
        for c in sparse_chunks(seq, defects, f"{origin} word "):
            attrs = {"iob": c.iob} if c.iob else {}
            out.append(AnnotationRecord(c.label, bounds[c.first][0], bounds[c.last][1], attributes=attrs))
    return out


def _tagged(words: Sequence[_Word]) -> list[_Tagged]:
    return [(k, w.start, w.end, w.entity, w.line) for k, w in enumerate(words) if w.entity]


def _mentions(
    tagged: Sequence[_Tagged], defects: Defects, origin: str, cache: dict[str, list[str] | None] | None = None
) -> list[Mention]:
    reader = MentionReader(defects)
    cache = {} if cache is None else cache
    for k, _, _, entity, line in tagged:
        if _values(entity, cache) is None:
            reader.word(k, entity, f"{origin.rpartition(':')[0]}:{line}")
    return reader.finish(origin)


def _mention_attributes(m: Mention) -> dict[str, Any]:
    return {"entity": m.entity, **({"part": m.part} if m.part else {})}


def _newdoc_id(sentences: Sequence[Sequence[str]]) -> str | None:
    for line in sentences[0] if sentences else ():
        key, sep, value = line.removeprefix("#").partition("=")
        if line.startswith("#") and sep and key.strip() == "newdoc id":
            return value.strip()
    return None


def _record(parser: _Parser) -> SourceRecord:
    parser.end_sentence()
    defects = Defects()
    tagged = parser.tagged
    cache = parser.plain.entities
    annotations = _iob_annotations(tagged, defects, parser.origin, cache, parser.plain.simple)
    # CorefUD brackets: only when a value has them (every distinct value is in the cache now, None if bracketed)
    bracketed = None in map(cache.get, dict.fromkeys(map(_VALUE, tagged)))
    mentions = _mentions(tagged, defects, parser.origin, cache) if bracketed else []
    if mentions:
        starts = {k: start for k, start, *_ in tagged}
        ends = {k: end for k, _, end, *_ in tagged}
    for m in mentions:
        annotations.append(AnnotationRecord(m.label, starts[m.first], ends[m.last], attributes=_mention_attributes(m)))
    source = {
        "sentences": list(map("\n".join, parser.sentences)),  # a sentence's lines as one string (see ``kept_lines``)
        "entities": _fingerprint((a.label, a.start, a.end, a.attributes) for a in annotations),
    }
    # the tokens are those of the kept lines (``tokens.stored_tokens`` reads them from there): stored as pairs too,
    # they were a fifth of an import's time and a third of each document's bytes
    meta: dict[str, Any] = {"tokens": CONLLU, SOURCE_KEY: source}
    if defects.counts:
        meta["defects"] = {"counts": dict(defects.counts), "examples": dict(defects.examples)}
    return SourceRecord(
        text=parser.text,
        origin=parser.origin,
        external_id=_newdoc_id(parser.sentences),
        annotations=annotations,
        metadata=meta,
    )


def _line_lists(path: Path, encoding: str | None) -> Iterator[list[str]]:
    """The lines of ``iter_lines`` without their ends, a list per chunk of ``_CHUNK`` bytes read (line by line: a sixth
    of a CoNLL-U import). Universal newlines, as ``iter_lines`` splits them: CRLF and CR read as LF, translated here
    only in a chunk that has a CR (a text-mode file translating every chunk took twice the time of decoding). A byte
    that does not fit the encoding is an error naming its line, found again by ``iter_lines``."""
    name = stream_encoding(path, encoding)
    decoder = codecs.getincrementaldecoder(name)()
    try:
        with path.open("rb") as f:
            rest, first, final = "", True, False
            while not final:
                raw = f.read(_CHUNK)
                final = not raw
                text = rest + decoder.decode(raw, final=final)
                if first and text:
                    text, first = strip_bom(text), False
                held = ""  # a CR at a chunk's end may be the first half of a CRLF
                if "\r" in text:
                    if not final and text.endswith("\r"):
                        text, held = text[:-1], "\r"
                    text = text.replace("\r\n", "\n").replace("\r", "\n")
                lines = text.split("\n")
                rest = lines.pop() + held
                if lines:
                    yield lines
            if rest:
                yield [rest]
    except UnicodeDecodeError:
        for _ in iter_lines(path, name):  # raises the error with the line's number
            pass
        raise
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None


def _blank(lines: list[str]) -> list[int]:
    """The indices of the blank lines (empty, or only whitespace), found in C loops."""
    empty = compress(count(), map(not_, lines))
    spaces = list(compress(count(), map(str.isspace, lines)))
    return sorted([*empty, *spaces]) if spaces else list(empty)


def _blocks(path: Path, encoding: str | None) -> Iterator[tuple[int, list[str]]]:
    """Each run of non-blank lines (a sentence's comments and token lines), with the number of its first line. The
    blank lines are found per chunk, not looked at one by one (a Python step per line was a fifth of the reader)."""
    base = 0  # the lines before the chunk's
    carry: list[str] = []  # the run the chunk's end cut, from line ``carry_first``
    carry_first = 0
    for lines in _line_lists(path, encoding):
        lo = 0
        for b in _blank(lines):
            if carry:
                carry.extend(lines[lo:b])
                yield carry_first, carry
                carry = []
            elif b > lo:
                yield base + lo + 1, lines[lo:b]
            lo = b + 1
        if lo < len(lines):
            if not carry:
                carry_first = base + lo + 1
            carry.extend(lines[lo:])
        base += len(lines)
    if carry:
        yield carry_first, carry


def _feed(
    parser: _Parser, block: list[str], n: int, c: int, heads: list[int], origin: str
) -> Generator[SourceRecord, None, _Parser]:
    """A sentence's lines (the first is line ``n``; ``c`` comment lines first, ``heads`` the ``# newdoc`` among them);
    the parser of the document they end in."""
    if heads in ([], [0]):
        if parser.feed_sentence(block, n, c):
            return parser
        if not any(line.startswith("# newdoc") for line in block[c:] if line[0] == "#"):  # nor among the words
            for k, line in enumerate(block, n):
                parser.feed(line, k)
            return parser
    for k, line in enumerate(block, n):  # a document starts inside the sentence: line by line
        if parser.ntokens and line.startswith("# newdoc"):
            yield _record(parser)
            parser = _Parser(f"{origin}:{k}", miscs=parser.plain, keep_tokens=False)
        parser.feed(line, k)
    return parser


def read_conllu(path: Path, *, rel: str | None = None, encoding: str | None = None) -> Iterator[SourceRecord]:
    """Documents (``# newdoc``) of a CoNLL-U file, text rebuilt from forms and spacing MISC."""
    origin = rel or path.name
    parser: _Parser | None = None
    # the encoding is named or detected; a byte that does not fit is an error naming its line
    miscs = _PlainMiscs()
    for first, block in _blocks(path, encoding):
        c = 0  # the comment lines that open the sentence, and the ``# newdoc`` among them (those further down, rare,
        while c < len(block) and block[c][0] == "#":  # are looked for only when the sentence is not plain)
            c += 1
        heads = [k for k in range(c) if block[k].startswith("# newdoc")]
        if heads[:1] == [0] and parser is not None and parser.ntokens:
            yield _record(parser)
            parser = None
        if parser is None:
            parser = _Parser(f"{origin}:{first}", miscs=miscs, keep_tokens=False)
        # a document that starts inside the sentence is read line by line
        parser = yield from _feed(parser, block, first, c, heads, origin)
        parser.end_sentence()  # a blank line (or the end of the file) ends the sentence
    if parser is not None:
        yield _record(parser)


def kept_lines(metadata: Any) -> list[list[str]] | None:
    """The source lines of each sentence that an import kept in ``metadata["conllu"]["sentences"]``: one string per
    sentence, its lines joined by LF (a line never holds one), or, as imports before 2026-12-01 stored them, a list
    of lines per sentence (a list per sentence and a string per line made the metadata of a 20,000-document import
    hold 3.4 million objects, each checked, counted, packed, unpacked and serialised)."""
    source = metadata.get(SOURCE_KEY) if isinstance(metadata, dict) else None
    sentences = source.get("sentences") if isinstance(source, dict) else None
    if not isinstance(sentences, list):
        return None
    out = []
    for s in sentences:
        if isinstance(s, str):
            out.append(s.split("\n"))
        elif isinstance(s, list) and all(isinstance(line, str) for line in s):
            out.append(s)
        else:
            return None
    return out


def source_tokens(metadata: Any) -> tuple[str, list[tuple[int, int]], list[int]] | None:
    """The text, surface tokens and sentence starts that the kept lines of ``metadata`` rebuild (None: none kept, or
    lines this reader refuses)."""
    sentences = kept_lines(metadata)
    if sentences is None:
        return None
    try:
        parser = _reread(sentences, "metadata:0")
    except InputError:
        return None
    return parser.text, parser.tokens, parser.sentence_starts


def _reread(sentences: list[list[str]], origin: str, all_words: bool = False) -> _Parser:
    """A parser fed kept lines again, sentence by sentence."""
    parser = _Parser(origin, all_words=all_words)
    for sentence in sentences:
        for line in sentence:
            parser.feed(line)
        parser.end_sentence()
    return parser


def _source_sentences(doc: DocumentData) -> list[list[str]] | None:
    return kept_lines(doc.metadata)


def _covered(words: Sequence[_Word], a: AnnotationData) -> tuple[int, int] | None:
    """The first and last word of a span, if it starts and ends on word boundaries."""
    inside = [k for k, w in enumerate(words) if a.start <= w.start and w.end <= a.end and w.end > w.start]
    if not inside or words[inside[0]].start != a.start or words[inside[-1]].end != a.end:
        return None
    return inside[0], inside[-1]


def _iob_values(
    words: Sequence[_Word], placed: list[tuple[AnnotationData, int, int]], labels: list[str], skip: Any
) -> list[str]:
    layers = {name: ["O"] * len(words) for name in labels}
    for a, first, last in placed:
        column = layers[a.label]
        if any(tag != "O" for tag in column[first : last + 1]):
            skip(a, f"overlaps another span in layer {a.label}")
            continue
        mode = a.attributes.get("iob") if isinstance(a.attributes, dict) else None
        for k in range(first, last + 1):
            column[k] = a.label if mode == "raw" else f"{'I' if k > first or mode == 'I' else 'B'}-{a.label}"
    return [",".join(layers[name][k] for name in labels if layers[name][k] != "O") for k in range(len(words))]


def _bracket_values(words: Sequence[_Word], placed: list[tuple[AnnotationData, int, int]]) -> list[str]:
    before = {(m.first, m.last, m.label, m.eid): m for m in _mentions(_tagged(words), Defects(), "export")}
    numbers = [int(m.entity[1:]) for m in before.values() if m.entity[1:].isdigit()]
    numbers += [
        int(str(a.attributes.get("entity"))[1:])
        for a, *_ in placed
        if isinstance(a.attributes, dict) and str(a.attributes.get("entity", ""))[1:].isdigit()
    ]
    fresh = max(numbers, default=0)
    mentions: list[Mention] = []
    for a, first, last in placed:
        attrs = a.attributes if isinstance(a.attributes, dict) else {}
        entity = str(attrs.get("entity") or "")
        if not entity:
            fresh += 1
            entity = f"e{fresh}"
        eid = f"{entity}[{attrs['part']}]" if attrs.get("part") else entity
        old = before.get((first, last, a.label, eid))
        content, order = (old.content, old.opened) if old else (f"{eid}-{a.label}", len(before) + len(mentions) + 1)
        mentions.append(Mention(first, last, a.label, eid, content, order))
    return word_values(mentions, len(words))


def _with_entity(line: str, value: str) -> str:
    cols = line.split("\t")
    parts = [] if cols[9] == "_" else cols[9].split("|")
    k = next((k for k, part in enumerate(parts) if part.startswith("Entity=")), None)
    if value and k is None:
        parts.append(f"Entity={value}")
    elif value and k is not None:
        parts[k] = f"Entity={value}"
    elif k is not None:
        del parts[k]
    cols[9] = "|".join(parts) or "_"
    return "\t".join(cols)


def source_lines(doc: DocumentData, sentences: list[list[str]], labels: list[str], ctx: Any = None) -> Iterator[str]:
    """A document's own CoNLL-U lines; Entity= values written anew if its annotations have changed."""
    values: dict[tuple[int, int], str] = {}
    if not _unchanged(doc.annotations, doc.metadata[SOURCE_KEY].get("entities")):
        parser = _reread(sentences, "export:0", all_words=True)
        if parser.text != doc.text:  # lines that are not this text's: Hashiya's own tokens then
            yield from document_lines(doc, labels, ctx)
            return
        words = parser.words

        def skip(a: AnnotationData, why: str) -> None:
            if ctx is not None:
                ctx.skip(doc, f"{a.label} [{a.start}, {a.end})", why)

        placed = []
        for a in doc.annotations:
            if (span := _covered(words, a)) is None:
                skip(a, "does not fall on word boundaries")
            else:
                placed.append((a, *span))
        brackets = any(w.entity and is_bracketed(w.entity) for w in words)
        new = _bracket_values(words, placed) if brackets else _iob_values(words, placed, labels, skip)
        values = {w.at: value for w, value in zip(words, new, strict=True)}
    for s, sentence in enumerate(sentences):
        for k, line in enumerate(sentence):
            yield _with_entity(line, values[s, k]) if (s, k) in values else line
        yield ""


class ConlluWriter:
    offsets = OFFSETS
    holds_relations = False

    def __init__(self, out: IO[bytes], ctx: Any) -> None:
        self.out, self.ctx = out, ctx
        self.written = 0

    def write(self, doc: DocumentData) -> None:
        labels = list(dict.fromkeys([*self.ctx.labels, *(a.label for a in doc.annotations)]))
        sentences = _source_sentences(doc)
        if sentences is None:
            lines = document_lines(doc, labels, self.ctx)
        else:
            starts = self.written and not any(line.startswith("# newdoc") for line in sentences[0][:50])
            lines = source_lines(doc, sentences, labels, self.ctx)
            if starts:  # a source without # newdoc must not run into the document before it
                self.out.write(b"# newdoc\n")
        for line in lines:
            self.out.write(line.encode("utf-8", "surrogatepass") + b"\n")
        self.written += 1

    def close(self) -> None:
        pass
