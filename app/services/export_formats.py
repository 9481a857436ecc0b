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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NamedTuple, Protocol, cast

import orjson

from app.dto import DocumentData
from app.errors import HashiyaError
from app.formats import registry
from app.formats.registry import EXPORT_FORMATS as EXPORT_FORMATS
from app.formats.registry import Format
from app.progress import ExportCancelled, Progress
from app.schema.model import Schema
from app.services.export_target import check_file, check_folder, listing, staged_file, staged_folder
from app.services.exporting import ExportFilter, ExportReport, collector_paused, iter_documents, native_documents
from app.services.schema_store import stored_schema
from db.engine import Database

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
    schema: Schema = field(default_factory=Schema)  # the project's schema: colours, keys, attributes, links
    skipped: list[str] = field(default_factory=list)  # spans and links a format could not hold, with the reason
    spans_skipped: int = 0  # how many of ``skipped`` are spans, and how many links: the report counts the rest
    links_skipped: int = 0

    def skip(self, doc: DocumentData, what: str, why: str) -> None:
        """A span the format cannot hold: reported, and not counted as written."""
        self.skipped.append(f"document {doc.id}: {what}: {why}")
        self.spans_skipped += 1

    def skip_link(self, doc: DocumentData, what: str, why: str) -> None:
        """A link the format cannot hold (a span it left out, a type it cannot name): reported, not counted."""
        self.skipped.append(f"document {doc.id}: {what}: {why}")
        self.links_skipped += 1


class DocWriter(Protocol):
    offsets: str
    holds_relations: bool  # False: the format has no place for links (CoNLL, HF, spaCy), none is counted as written

    def write(self, doc: Any) -> None: ...  # a DocumentData, or a native dict for a ``native_rows`` format

    def close(self) -> None: ...


def format_spec(fmt: str) -> Format:
    """The registry's entry for an export format (``app/formats/registry.py``)."""
    spec = registry.get(fmt)
    if spec is None or spec.writer is None:
        raise HashiyaError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    return spec


class _Head(NamedTuple):
    """What the manifest and the report need of a document, whichever form the writer takes."""

    id: int
    sha256: str
    title: str
    external_id: str | None
    annotations: int
    relations: int


def _documents(db: Database, flt: ExportFilter, spec: Format) -> Iterator[tuple[Any, _Head]]:
    """The documents in the form ``spec``'s writer takes: native dicts straight from the rows, or DTOs."""
    if spec.native_rows:
        for d in native_documents(db, flt):
            yield (
                d,
                _Head(d["id"], d["sha256"], d["title"], d["external_id"], len(d["annotations"]), len(d["relations"])),
            )
    else:
        for doc in iter_documents(db, flt):
            yield doc, _Head(doc.id, doc.sha256, doc.title, doc.external_id, len(doc.annotations), len(doc.relations))


class Manifest:
    """``manifest.json`` streamed one document at a time: memory does not grow with the corpus."""

    def __init__(self, path: Path, fmt: str, offsets: str, split: Split | None) -> None:
        self.out = path.open("wb")
        head = {"format": fmt, "offsets": offsets, "split": split and {"seed": split.seed, "ratios": split.ratios}}
        self.out.write(orjson.dumps(head)[:-1] + b',"documents":[\n')
        self.first = True

    def add(self, doc: _Head, part: str | None, name: str | None = None) -> None:
        entry = {"id": doc.id, "sha256": doc.sha256, "title": doc.title, "external_id": doc.external_id}
        if part:
            entry["split"] = part
        if name:
            entry["name"] = name
        self.out.write((b"" if self.first else b",\n") + orjson.dumps(entry))
        self.first = False

    def close(self, files: list[str]) -> None:
        """End the manifest with ``files``: every file the export wrote except the manifest itself."""
        self.out.write(b'\n],"files":' + orjson.dumps(files) + b"}\n")
        self.out.close()


def _schema(db: Database) -> Schema:
    with db.sessions() as session:
        return stored_schema(session)


def _labels(schema: Schema, flt: ExportFilter) -> list[str]:
    """The schema's labels in its order (CoNLL's columns, HF's ClassLabel names, the configs' label lists)."""
    return [n for n in schema.label_names if flt.labels is None or n in flt.labels]


class _Parts:
    """One writer per split part (or one for the whole export), opened inside the staged output."""

    def __init__(
        self, spec: Format, root: Path | None, stream: IO[bytes] | None, ctx: ExportContext, split: Split | None
    ) -> None:
        self.spec, self.root, self.ctx, self.split = spec, root, ctx, split
        self.writers: dict[str, DocWriter] = {}
        self.streams: list[IO[bytes]] = []
        if stream is not None:
            self.writers[""] = spec.load_writer()(stream, ctx)

    def get(self, part: str) -> DocWriter:
        if part not in self.writers:
            assert self.root is not None
            if self.spec.folder:
                target: Any = self.root / part if part else self.root
                target.mkdir(exist_ok=True)
            else:
                target = (self.root / f"{part}{self.spec.export_ext}").open("wb")
                self.streams.append(target)
            self.writers[part] = self.spec.load_writer()(target, self.ctx)
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
        check_file(Path(dest), fmt, spec.export_ext, database)


def export(
    db: Database,
    fmt: str,
    dest: Path,
    flt: ExportFilter | None = None,
    split: Split | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    options: dict[str, Any] | None = None,
    stream: IO[bytes] | None = None,
) -> ExportReport:
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
    schema = _schema(db)
    ctx = ExportContext(fmt, _labels(schema, flt), options, schema=schema)
    report = ExportReport(Path(dest), offsets=offsets)
    if stream is not None:
        staged: contextlib.AbstractContextManager[Any] = contextlib.nullcontext(stream)
    elif as_folder:
        staged = staged_folder(Path(dest), fmt, db.file)
    else:
        staged = staged_file(Path(dest), fmt, spec.export_ext, db.file)
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


def _write(report: ExportReport, writer: DocWriter, ctx: ExportContext, doc: Any, head: _Head) -> None:
    """Write ``doc`` and count what the writer really wrote: the document's spans and links less those it
    reported as left out; no link at all if the format cannot hold links (counted in ``relations_not_held``)."""
    spans, links = ctx.spans_skipped, ctx.links_skipped
    writer.write(doc)
    report.documents += 1
    report.annotations += head.annotations - (ctx.spans_skipped - spans)
    if writer.holds_relations:
        report.relations += head.relations - (ctx.links_skipped - links)
    elif head.relations:
        held = report.extra.get("relations_not_held", 0)
        report.extra["relations_not_held"] = int(held) + head.relations  # type: ignore[call-overload]


def _write_all(
    db: Database,
    flt: ExportFilter,
    parts: _Parts,
    manifest: Manifest | None,
    report: ExportReport,
    split: Split | None,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    paused = collector_paused() if parts.spec.native_rows else contextlib.nullcontext()
    with paused:  # native dicts are acyclic: the cyclic collector would only rescan them (a sixth of the time)
        for doc, head in _documents(db, flt, parts.spec):
            if cancelled is not None and cancelled():
                raise ExportCancelled(f"export to {report.path} cancelled")
            part = split.part(head.sha256) if split else ""
            _write(report, parts.get(part), parts.ctx, doc, head)
            if manifest is not None:
                manifest.add(head, part)
            if part:
                report.extra[part] = int(report.extra.get(part, 0)) + 1  # type: ignore[call-overload]
            if progress is not None:
                progress(1)
