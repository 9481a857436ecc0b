"""One entry point for every export format, for the CLI and the GUI's worker thread.

``export(db, fmt, dest, flt, split=..., progress=..., cancelled=...)`` streams the selected documents
into the format's writer. Output is staged beside ``dest`` and moved into place only when complete,
so a failed or cancelled export leaves whatever was at ``dest`` untouched; an export only adds or replaces
the files it writes (``export_target``). Folder outputs (and every split export) carry a ``manifest.json``
naming the offset unit, each document's text sha256 and the files written.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol, cast

import orjson
from sqlalchemy import select

from app.dto import DocumentData
from app.errors import HashiyaError
from app.services.export_target import check_file, check_folder, listing, staged_file, staged_folder
from app.services.exporting import ExportCancelled, ExportFilter, ExportReport, iter_documents
from db.engine import Database
from db.models import LabelType

SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class Split:
    """A deterministic train/dev/test split: a document's part depends only on its text and the seed."""

    seed: int = 0
    ratios: tuple[float, float, float] = (0.8, 0.1, 0.1)

    def part(self, sha256: str) -> str:
        h = hashlib.sha256(f"{self.seed}:{sha256}".encode()).digest()
        x = int.from_bytes(h[:8], "big") / 2**64
        total = sum(self.ratios)
        if x < self.ratios[0] / total:
            return "train"
        return "dev" if x < (self.ratios[0] + self.ratios[1]) / total else "test"


@dataclass
class ExportContext:
    """What a writer may need beyond the documents: the label set, options, and where to report."""

    fmt: str
    labels: list[str]
    options: dict[str, Any] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # spans a format could not hold, with the reason

    def skip(self, doc: DocumentData, what: str, why: str) -> None:
        self.skipped.append(f"document {doc.id}: {what}: {why}")


class DocWriter(Protocol):
    offsets: str

    def write(self, doc: DocumentData) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class FormatSpec:
    name: str
    folder: bool  # writes a folder (brat, xmi, ...) rather than one file
    ext: str  # a single file's extension, used for the parts of a split export
    opener: Callable[[Any, ExportContext], DocWriter]  # (binary stream or folder, context) -> writer
    offsets: str = "codepoint"


def _registry() -> dict[str, FormatSpec]:
    from app.formats import brat, conll, conllu, doccano, hf, labelstudio, spacy_docbin, uima
    from app.formats.nativeout import NativeWriter

    specs = [
        FormatSpec("jsonl", False, ".jsonl", NativeWriter),
        FormatSpec("brat", True, "", brat.BratWriter),
        FormatSpec("xmi", True, "", uima.XmiWriter, "utf16"),
        FormatSpec("casjson", True, "", uima.CasJsonWriter, "utf16"),
        FormatSpec("conllu", False, ".conllu", conllu.ConlluWriter),
        FormatSpec("conll", False, ".conll", conll.ConllWriter),
        FormatSpec("hf", False, ".jsonl", hf.HfJsonlWriter),
        FormatSpec("hf-parquet", True, "", hf.HfParquetWriter),
        FormatSpec("spacy", True, "", spacy_docbin.DocBinWriter),
        FormatSpec("labelstudio", True, "", labelstudio.LabelStudioWriter),
        FormatSpec("doccano", False, ".jsonl", doccano.DoccanoWriter, "utf16"),
    ]
    return {s.name: s for s in specs}


EXPORT_FORMATS = ("jsonl", "brat", "xmi", "casjson", "conllu", "conll", "hf", "hf-parquet", "spacy",
                  "labelstudio", "doccano")


def format_spec(fmt: str) -> FormatSpec:
    specs = _registry()
    if fmt not in specs:
        raise HashiyaError(f"unknown export format {fmt!r}; use one of {', '.join(specs)}")
    return specs[fmt]


class Manifest:
    """``manifest.json`` streamed one document at a time: memory does not grow with the corpus."""

    def __init__(self, path: Path, fmt: str, offsets: str, split: Split | None) -> None:
        self.out = path.open("wb")
        head = {"format": fmt, "offsets": offsets, "split": split and {"seed": split.seed, "ratios": split.ratios}}
        self.out.write(orjson.dumps(head)[:-1] + b',"documents":[\n')
        self.first = True

    def add(self, doc: DocumentData, part: str | None, name: str | None = None) -> None:
        entry = {"id": doc.id, "sha256": doc.sha256, "title": doc.title, "external_id": doc.external_id}
        if part:
            entry["split"] = part
        if name:
            entry["name"] = name
        self.out.write((b"" if self.first else b",\n") + orjson.dumps(entry))
        self.first = False

    def close(self, files: list[str]) -> None:
        """End the manifest with ``files``: every file the export wrote except the manifest itself."""
        self.out.write(b"\n],\"files\":" + orjson.dumps(files) + b"}\n")
        self.out.close()


ProgressFn = Callable[[int], None]


def _labels(db: Database, flt: ExportFilter) -> list[str]:
    with db.engine.connect() as conn:
        names = list(conn.scalars(select(LabelType.name).order_by(LabelType.id)))
    return [n for n in names if flt.labels is None or n in flt.labels]


class _Parts:
    """One writer per split part (or one for the whole export), opened inside the staged output."""

    def __init__(self, spec: FormatSpec, root: Path | None, stream: IO[bytes] | None, ctx: ExportContext,
                 split: Split | None) -> None:
        self.spec, self.root, self.ctx, self.split = spec, root, ctx, split
        self.writers: dict[str, DocWriter] = {}
        self.streams: list[IO[bytes]] = []
        if stream is not None:
            self.writers[""] = spec.opener(stream, ctx)

    def get(self, part: str) -> DocWriter:
        if part not in self.writers:
            assert self.root is not None
            if self.spec.folder:
                target: Any = self.root / part if part else self.root
                target.mkdir(exist_ok=True)
            else:
                target = (self.root / f"{part}{self.spec.ext}").open("wb")
                self.streams.append(target)
            self.writers[part] = self.spec.opener(target, self.ctx)
        return self.writers[part]

    def abort(self) -> None:
        """Close whatever the writers opened; the staged output is then thrown away."""
        for w in self.writers.values():
            out = getattr(w, "out", None)
            if out is not None and isinstance(getattr(out, "name", None), str):  # a file the writer opened itself
                out.close()
        for s in self.streams:
            s.close()

    def close(self) -> None:
        if self.split is not None and not self.spec.folder:
            for part in SPLITS:
                self.get(part)  # every part exists, even an empty one
        for w in self.writers.values():
            w.close()
        for s in self.streams:
            s.close()


def check_destination(fmt: str, dest: Path, split: bool = False, database: Path | None = None) -> None:
    """Refuse, before any work, a destination the export would have to destroy or cannot write (see export_target)."""
    spec = format_spec(fmt)
    if spec.folder or split:
        check_folder(Path(dest), fmt, database)
    else:
        check_file(Path(dest), fmt, spec.ext, database)


def export(db: Database, fmt: str, dest: Path, flt: ExportFilter | None = None, split: Split | None = None,
           progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None,
           options: dict[str, Any] | None = None, stream: IO[bytes] | None = None) -> ExportReport:
    """Export the selected documents in ``fmt`` to ``dest`` (a file, or a folder for folder formats and splits).

    ``progress(n)`` is called after every document; ``cancelled()`` returning True stops the export
    with ``ExportCancelled`` and nothing is written. With ``stream`` (standard output on the command line),
    a single-file format is written there and ``dest`` only names it. Safe to call from a worker thread.
    """
    spec = format_spec(fmt)
    as_folder = spec.folder or split is not None
    if stream is not None and as_folder:
        raise HashiyaError(f"a {fmt} export writes a folder; it cannot go to standard output")
    if stream is None:
        check_destination(fmt, Path(dest), split is not None, db.file)
    flt = flt or ExportFilter()
    options = dict(options or {})
    offsets = options.get("offsets", spec.offsets)
    ctx = ExportContext(fmt, _labels(db, flt), options)
    report = ExportReport(Path(dest), offsets=offsets)
    if stream is not None:
        staged: contextlib.AbstractContextManager[Any] = contextlib.nullcontext(stream)
    elif as_folder:
        staged = staged_folder(Path(dest), fmt, db.file)
    else:
        staged = staged_file(Path(dest), fmt, spec.ext, db.file)
    with staged as target:
        root = cast(Path, target) if as_folder else None  # staged_folder gives the staging folder,
        out = None if as_folder else cast(IO[bytes], target)  # staged_file the staging file (or the stream)
        parts = _Parts(spec, root, out, ctx, split)
        manifest = Manifest(root / "manifest.json", fmt, offsets, split) if root is not None else None
        try:
            _write_all(db, flt, parts, manifest, report, split, progress, cancelled)
        except BaseException:
            parts.abort()
            if manifest is not None:
                manifest.out.close()
            raise
        parts.close()
        if manifest is not None and root is not None:
            manifest.close(listing(root))
        if stream is not None:
            stream.flush()
    if ctx.skipped:
        report.extra["skipped"] = ctx.skipped
    return report


def _write_all(db: Database, flt: ExportFilter, parts: _Parts, manifest: Manifest | None, report: ExportReport,
               split: Split | None, progress: ProgressFn | None, cancelled: Callable[[], bool] | None) -> None:
    for doc in iter_documents(db, flt):
        if cancelled is not None and cancelled():
            raise ExportCancelled(f"export to {report.path} cancelled")
        part = split.part(doc.sha256) if split else ""
        parts.get(part).write(doc)
        if manifest is not None:
            manifest.add(doc, part)
        report.documents += 1
        report.annotations += len(doc.annotations)
        report.relations += len(doc.relations)
        if part:
            report.extra[part] = int(report.extra.get(part, 0)) + 1  # type: ignore[call-overload]
        if progress is not None:
            progress(1)
