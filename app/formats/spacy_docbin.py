"""spaCy DocBin (``.spacy``) built from our own tokens, all spans in ``doc.spans["sc"]``.

spaCy's blank Arabic tokenizer keeps ``مارس).`` together and does not split clitic actors, so each
Doc is made from Hashiya's tokens (split at span boundaries) with the exact whitespace: the Doc's
text equals the document text. The sha256 and offset unit are in ``doc.user_data``. Relations have
no place in a DocBin. spaCy is imported only here, when this format is asked for; files of
``CHUNK`` documents keep memory flat (``spacy train`` reads a folder of them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.dto import DocumentData
from app.errors import HashiyaError
from app.formats.tokens import tokenize

OFFSETS = "codepoint"
CHUNK = 1000


def words_and_spaces(text: str, pieces: list[tuple[int, int]]) -> tuple[list[str], list[bool], list[int]]:
    """spaCy words/spaces that spell ``text`` exactly; other whitespace becomes whitespace tokens.

    Also returns, for each piece, the index of its word.
    """
    words: list[str] = []
    spaces: list[bool] = []
    index: list[int] = []

    def between(gap: str) -> None:
        """Text between pieces: one space after a word is its trailing space, the rest a token."""
        if gap and words and gap[0] == " ":
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)

    pos = 0
    for s, e in pieces:
        if s == e:
            continue
        between(text[pos:s])
        index.append(len(words))
        words.append(text[s:e])
        spaces.append(False)
        pos = e
    between(text[pos:])
    return words, spaces, index


class DocBinWriter:
    offsets = OFFSETS
    holds_relations = False

    def __init__(self, folder: Path, ctx: Any) -> None:
        try:
            import spacy
            from spacy.tokens import Doc, DocBin
        except ImportError:
            raise HashiyaError("the spacy export needs spaCy: pip install spacy (3.8)") from None
        self.Doc, self.DocBin = Doc, DocBin
        self.vocab = spacy.blank(ctx.options.get("spacy_lang", "ar")).vocab
        self.folder, self.ctx = Path(folder), ctx
        self.bin = DocBin(store_user_data=True)
        self.count = self.files = 0

    def write(self, doc: DocumentData) -> None:
        tokenized = tokenize(doc.text, doc.annotations, doc.metadata)
        pieces = [(t.start, t.end) for s in tokenized.sentences for t in s]
        words, spaces, _ = words_and_spaces(doc.text, pieces)
        sdoc = self.Doc(self.vocab, words=words, spaces=spaces) if words else self.vocab.make_doc(doc.text)
        spans = []
        for a in doc.annotations:
            span = sdoc.char_span(a.start, a.end, label=a.label)
            if span is None:
                self.ctx.skip(doc, f"{a.label} [{a.start}, {a.end})", "does not fall on token boundaries")
            else:
                spans.append(span)
        sdoc.spans["sc"] = spans
        sdoc.user_data.update({"doc_id": doc.id, "sha256": doc.sha256, "offsets": OFFSETS, "title": doc.title})
        self.bin.add(sdoc)
        self.count += 1
        if self.count % CHUNK == 0:
            self._flush()

    def _flush(self) -> None:
        if len(self.bin):
            self.bin.to_disk(self.folder / f"part-{self.files:05d}.spacy")
            self.files += 1
            self.bin = self.DocBin(store_user_data=True)

    def close(self) -> None:
        self._flush()
