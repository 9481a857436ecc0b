"""Hugging Face ``datasets`` rows: ``tokens``, ``ner_tags``, per-label ``layers`` and char ``spans``.

``ner_tags`` is one IOB2 sequence where an inner span (an actor inside a claim) wins over the span
that contains it; ``layers`` has one IOB2 sequence per label, and ``spans`` every span exactly
(code-point offsets, as Python and ``datasets`` count them). Each row names its ``sha256`` and
``offsets``. JSONL needs nothing; Parquet needs ``pyarrow`` (imported only when asked for).

In Parquet ``ner_tags`` are class ids, and the file's schema metadata carries ``datasets``' own features
entry for them (``huggingface``: a ``ClassLabel`` list of ``O, B-L, I-L ...`` in the schema's label order),
which ``datasets.load_dataset("parquet", ...)`` reads back as the feature's names.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

import orjson

from app.dto import DocumentData
from app.errors import HashiyaError
from app.formats.tokenrows import tagged_sentences

OFFSETS = "codepoint"


def tag_names(labels: list[str]) -> list[str]:
    """The ``ClassLabel`` names of ``ner_tags``: ``O``, then ``B-`` and ``I-`` of each label in order."""
    return ["O", *(f"{p}-{label}" for label in labels for p in "BI")]


def features_metadata(names: list[str]) -> bytes:
    """The ``huggingface`` schema metadata ``datasets`` writes and reads: ``ner_tags`` as ``List(ClassLabel)``."""
    feature = {"feature": {"names": names, "_type": "ClassLabel"}, "_type": "List"}
    return orjson.dumps({"info": {"features": {"ner_tags": feature}}})


def _inner_first(tags: dict[str, list[str]], n: int) -> list[str]:
    out = ["O"] * n
    for k in range(n):
        for column in tags.values():  # labels in order; an inner span's B- overrides an outer I-
            tag = column[k]
            if tag != "O" and (out[k] == "O" or tag.startswith("B-") or out[k].startswith("I-")):
                out[k] = tag
    return out


def rows(doc: DocumentData, labels: list[str], ctx: Any = None) -> list[dict[str, Any]]:
    """One row per sentence."""
    skipped: list = []
    sentences = tagged_sentences(doc, labels, skipped)
    if ctx is not None:
        for a, why in skipped:
            ctx.skip(doc, f"{a.label} [{a.start}, {a.end})", why)
    out = []
    for k, sent in enumerate(sentences):
        lo, hi = sent.tokens[0].start, sent.tokens[-1].end
        spans = [
            {"start": a.start, "end": a.end, "label": a.label, "text": a.text}
            for a in doc.annotations
            if lo <= a.start and a.end <= hi
        ]
        out.append(
            {
                "id": f"{doc.id}-{k + 1}",
                "doc_id": doc.id,
                "sha256": doc.sha256,
                "offsets": OFFSETS,
                "text": doc.text[lo:hi],
                "start": lo,
                "tokens": [doc.text[t.start : t.end] for t in sent.tokens],
                "token_offsets": [[t.start, t.end] for t in sent.tokens],
                "ner_tags": _inner_first(sent.tags, len(sent.tokens)),
                "layers": {name: sent.tags[name] for name in labels},
                "spans": spans,
            }
        )
    return out


def _labels(ctx: Any, doc: DocumentData) -> list[str]:
    return list(dict.fromkeys([*ctx.labels, *(a.label for a in doc.annotations)]))


class HfJsonlWriter:
    offsets = OFFSETS
    holds_relations = False

    def __init__(self, out: IO[bytes], ctx: Any) -> None:
        self.out, self.ctx = out, ctx

    def write(self, doc: DocumentData) -> None:
        for row in rows(doc, _labels(self.ctx, doc), self.ctx):
            self.out.write(orjson.dumps(row) + b"\n")

    def close(self) -> None:
        pass


class HfParquetWriter:
    """``data.parquet`` in a folder, written in row groups of ``BATCH`` rows (memory stays flat)."""

    offsets = OFFSETS
    holds_relations = False
    BATCH = 2000

    def __init__(self, folder: Path, ctx: Any) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise HashiyaError("Parquet export needs pyarrow: pip install pyarrow (or export --format hf)") from None
        self.pa, self.pq, self.ctx = pa, pq, ctx
        self.path = Path(folder) / "data.parquet"
        self.labels = list(ctx.labels)
        self.names = tag_names(self.labels)
        self.class_id = {name: k for k, name in enumerate(self.names)}
        self.buffer: list[dict[str, Any]] = []
        self.writer: Any = None

    def write(self, doc: DocumentData) -> None:
        for row in rows(doc, self.labels, self.ctx):
            row["layers"] = [{"label": k, "tags": v} for k, v in row["layers"].items()]
            row["ner_tags"] = [self.class_id[tag] for tag in row["ner_tags"]]
            self.buffer.append(row)
        if len(self.buffer) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self.buffer:
            return
        table = self.pa.Table.from_pylist(self.buffer)
        if self.writer is None:
            schema = table.schema
            schema = schema.set(
                schema.get_field_index("ner_tags"), self.pa.field("ner_tags", self.pa.list_(self.pa.int64()))
            )
            schema = schema.with_metadata({b"huggingface": features_metadata(self.names)})
            self.writer = self.pq.ParquetWriter(str(self.path), schema)
        self.writer.write_table(table.cast(self.writer.schema))
        self.buffer = []

    def close(self) -> None:
        self._flush()
        if self.writer is not None:
            self.writer.close()
