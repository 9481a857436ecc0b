"""One format registry (app/formats/registry.py) that the readers, export(), the CLI, the GUI's dialogs and the
benchmarks all read; and one export path per format: ``hashiya export --format jsonl`` runs what the benchmark
times."""

from __future__ import annotations

import argparse
import ast
import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest

from app.formats import annotated, readers, registry
from app.formats.native import document_to_native
from app.progress import ExportCancelled
from app.services import export_formats, exporting
from app.services.export_formats import export
from app.services.exporting import iter_documents
from tests.formats.sample import build

REPO = Path(__file__).resolve().parent.parent


def _format_choices(command: str) -> tuple[str, ...]:
    from app.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    action = next(a for a in sub.choices[command]._actions if "--format" in a.option_strings)
    assert action.choices is not None
    return tuple(action.choices)


def test_the_cli_offers_exactly_the_registered_formats() -> None:
    assert _format_choices("import") == registry.IMPORT_FORMATS
    assert _format_choices("export") == registry.EXPORT_FORMATS


def test_the_readers_take_their_names_and_extensions_from_the_registry() -> None:
    assert readers.FORMATS == registry.IMPORT_FORMATS
    assert readers.EXTENSIONS == {
        ".txt": "txt",
        ".json": "json",
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".csv": "csv",
        ".tsv": "csv",
        ".xml": "trec",
        ".trec": "trec",
        ".sgml": "trec",
        ".sgm": "trec",
        ".ann": "brat",
        ".xmi": "xmi",
        ".conllu": "conllu",
        ".conll": "conll",
    }
    assert set(annotated.ANNOTATED_FORMATS) <= set(registry.IMPORT_FORMATS)
    every = [ext for f in registry.FORMATS for ext in f.extensions]
    assert len(every) == len(set(every))  # an extension names one format


@pytest.mark.parametrize("fmt", registry.IMPORT_FORMATS)
def test_each_registered_reader_is_the_one_the_importer_calls(fmt: str) -> None:
    reader = registry.BY_NAME[fmt].load_reader()
    used = getattr(readers, reader.__name__, None) or getattr(annotated, reader.__name__)
    assert used is reader


@pytest.mark.parametrize("fmt", registry.EXPORT_FORMATS)
def test_each_registered_writer_counts_offsets_as_the_registry_says(fmt: str, tmp_path: Path) -> None:
    spec = registry.BY_NAME[fmt]
    writer = spec.load_writer()
    if not hasattr(writer, "offsets"):  # chosen per export (doccano: --offsets): the default is the registry's
        writer = writer(tmp_path if spec.folder else io.BytesIO(), export_formats.ExportContext(fmt, ["ACTOR"]))
    assert writer.offsets == spec.offsets
    assert spec.folder or spec.export_ext.startswith(".")


def test_every_format_has_a_description_and_unknown_names_are_refused() -> None:
    assert all(f.description for f in registry.FORMATS)
    assert registry.get("docx") is None
    with pytest.raises(LookupError, match="not read"):
        registry.BY_NAME["spacy"].load_reader()


def test_the_gui_dialogs_list_the_registered_formats() -> None:
    from ui.import_formats import import_filters

    assert tuple(fmt for fmt, _ in import_filters()[1:]) == registry.IMPORT_FORMATS
    from ui.import_formats import DESCRIPTIONS

    for fmt, text in import_filters()[1:]:
        spec = registry.BY_NAME[str(fmt)]
        assert text == f"{spec.description} ({' '.join(spec.patterns)})" and spec.description in DESCRIPTIONS
    source = (REPO / "ui" / "export_dialog.py").read_text(encoding="utf-8")
    assert "registry" in source and '"jsonl"' not in source


def test_the_benchmarks_export_every_registered_format() -> None:
    from bench import bench_export_formats

    assert bench_export_formats.FORMATS == registry.EXPORT_FORMATS


def test_the_export_benchmark_times_the_entry_point_users_run(
    sqlite_ws: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It timed ``export_jsonl``, a second path that ``hashiya export`` did not take."""
    from bench import bench_import_export

    build(sqlite_ws)
    calls: list[str] = []
    real = export_formats.export

    def spy(db: Any, fmt: str, dest: Path, *args: Any, **kwargs: Any) -> Any:
        calls.append(fmt)
        return real(db, fmt, dest, *args, **kwargs)

    monkeypatch.setattr(export_formats, "export", spy)
    result = bench_import_export.phase_export(Path(sqlite_ws.db.describe()), tmp_path / "out.jsonl")
    assert calls == ["jsonl"] and result["docs"] == sqlite_ws.documents.count() > 0


def test_jsonl_export_streams_native_rows_without_building_documents(
    sqlite_ws: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """export(fmt="jsonl") used to build a DocumentData per document and convert it back (about 1.5x the time)."""
    build(sqlite_ws)
    expected = [orjson.dumps(document_to_native(d)) for d in iter_documents(sqlite_ws.db)]

    def no_dtos(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the jsonl export built DocumentData objects")

    monkeypatch.setattr(export_formats, "iter_documents", no_dtos)
    report = export(sqlite_ws.db, "jsonl", tmp_path / "out.jsonl")
    assert (tmp_path / "out.jsonl").read_bytes().splitlines() == expected
    assert report.documents == len(expected) and report.annotations == sum(
        len(orjson.loads(line)["annotations"]) for line in expected
    )
    assert not hasattr(exporting, "export_jsonl")  # one path


def test_a_cancelled_export_is_one_error_root(sqlite_ws: Any, tmp_path: Path) -> None:
    from app.errors import HashiyaError

    build(sqlite_ws)
    with pytest.raises(ExportCancelled) as caught:
        export(sqlite_ws.db, "jsonl", tmp_path / "out.jsonl", cancelled=lambda: True)
    assert isinstance(caught.value, HashiyaError) and not (tmp_path / "out.jsonl").exists()
    assert exporting.ExportCancelled is ExportCancelled


def _definitions(path: Path) -> list[str]:
    """Classes named *Cancelled and module-level aliases of ``Callable[[int], None]`` in one file."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef) and node.name.endswith("Cancelled"):
            found.append(node.name)
        elif isinstance(node, ast.Assign) and ast.unparse(node.value) == "Callable[[int], None]":
            found.extend(ast.unparse(t) for t in node.targets)
    return found


def test_the_progress_type_and_export_cancelled_are_defined_once_in_app() -> None:
    found = {
        str(p.relative_to(REPO)): names for p in sorted((REPO / "app").rglob("*.py")) if (names := _definitions(p))
    }
    assert found == {"app/progress.py": ["Progress", "ExportCancelled"]}


def test_reading_the_registry_loads_no_reader_writer_or_sqlalchemy() -> None:
    code = (
        "import sys, app.formats.registry\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'app.formats.', 'orjson'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['app.formats.registry']"
