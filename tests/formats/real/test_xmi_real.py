"""CAS XMI files written by other tools through the importer (issue 10): dkpro-cassis's test files.

The judge is ``dkpro-cassis`` (an independent reader, given the file's type system): for every type, the
structures cassis finds in the file equal those imported plus those named in the import report. A file
is either read that way or refused in one line (no text sofa, a repeated xmi:id), never a traceback.
"""

from __future__ import annotations

import warnings
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from app.errors import HashiyaError
from app.formats.uima_read import read_cas
from app.formats.validate import check_record
from app.services.importing import import_paths

CASSIS = Path("peer-formats") / "xmi" / "cassis" / "tests" / "test_files"
NAMES = (
    [
        "xmi/" + p
        for p in (
            "cas_has_fs_with_no_namespace.xmi",
            "cas_with_array_features.xmi",
            "cas_with_collections.xmi",
            "cas_with_empty_array_reference.xmi",
            "cas_with_floating_point_special_values.xmi",
            "cas_with_inheritance.xmi",
            "cas_with_list_features.xmi",
            "cas_with_multiple_references_allowed_string_array.xmi",
            "cas_with_nonindexed_fs.xmi",
            "cas_with_references.xmi",
            "cas_with_reserved_names.xmi",
            "cas_with_smileys.xmi",
            "cas_with_two_sofas.xmi",
            "empty_cas.xmi",
            "lenient_cas.xmi",
            "small_cas.xmi",
        )
    ]
    + [
        f"json/fs_as_array/ser-ref/{p}/debug.xmi"
        for p in (
            "casWithEmojiUnicodeTextAndAnnotations",
            "casWithFloatingPointSpecialValues",
            "casWithLeftToRightTextAndAnnotations",
            "casWithSofaDataArray",
            "casWithSofaDataURI",
            "casWithText",
            "casWithTextAndAnnotations",
            "casWithTraditionalChineseTextAndAnnotations",
            "casWithoutTextButWithAnnotations",
            "emptyCas",
        )
    ]
    + ["json/fs_as_array/one-way/tsv3-testSimpleSlotFeature/debug.xmi"]
)
# what the importer refuses, and why (checked against the files: no text, or a real duplicate id)
REFUSED = {
    "cas_with_array_features.xmi": "no text sofa",
    "cas_with_list_features.xmi": "no text sofa",
    "cas_with_multiple_references_allowed_string_array.xmi": "xmi:id 1 is used twice",
    "casWithFloatingPointSpecialValues": "no text sofa",
    "casWithSofaDataArray": "no text sofa",
    "casWithSofaDataURI": "no text sofa",
    "casWithTextAndAnnotations": "no text sofa",
    "casWithoutTextButWithAnnotations": "no text sofa",
    "emptyCas": "no text sofa",
}


@pytest.fixture(params=NAMES)
def source(request: pytest.FixtureRequest) -> Path:
    root: Path = request.getfixturevalue("corpora") / CASSIS
    path = root / request.param
    if not path.is_file():
        pytest.skip(f"{path} is not there (dkpro-cassis test files, see peer-formats/SOURCE.md)")
    return path


def _refusal(path: Path) -> str | None:
    return REFUSED.get(path.name) or REFUSED.get(path.parent.name)


@cache
def _cassis(path: Path) -> Any:
    """The file as cassis reads it, with the first type system (beside it, then cassis's own) it accepts."""
    import cassis

    shared = next(p for p in path.parents if p.name == "test_files") / "typesystems"
    for ts_path in sorted(path.parent.glob("*typesystem*.xml")) + sorted(shared.glob("*.xml")):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                with ts_path.open("rb") as f:
                    typesystem = cassis.load_typesystem(f)
                with path.open("rb") as f:
                    return cassis.load_cas_from_xmi(f, typesystem=typesystem)
        except Exception:  # not this file's type system: try the next
            continue
    return None


def _cassis_counts(path: Path) -> Counter[str] | None:
    """Structures of each type as cassis finds them (arrays written inline are feature values, not counted)."""
    cas = _cassis(path)
    if cas is None:
        return None
    found = Counter(fs.type.name for fs in cas._find_all_fs(include_inlinable_arrays_and_lists=False))
    found.pop("uima.cas.Sofa", None)
    return found


@pytest.mark.corpora
def test_read_whole_or_refused_in_one_line(source: Path) -> None:
    why = _refusal(source)
    if why:
        with pytest.raises(HashiyaError, match=why) as caught:
            read_cas(source, source.name)
        assert "\n" not in str(caught.value)
        return
    reading = read_cas(source, source.name)
    check_record(reading.record)  # what the importer stores passes the door
    counts = _cassis_counts(source)
    if counts is None:
        pytest.skip(f"cassis reads {source.name} with none of the type systems beside it")
    assert reading.imported + reading.reported == counts  # every structure imported or reported, by type
    defects = reading.record.metadata.get("defects", {}).get("counts", {})
    assert sum(n for kind, n in defects.items() if "not imported" in kind) == sum(reading.reported.values())


@pytest.mark.corpora
def test_spans_are_the_text_cassis_covers(source: Path) -> None:
    """Every imported span holds the text cassis gives for the same annotation (UTF-16 offsets, emoji)."""
    cas = None if _refusal(source) else _cassis(source)
    if cas is None:
        pytest.skip(f"{source.name}: refused, or no type system for cassis")
    reading = read_cas(source, source.name)
    texts = sorted(reading.record.text[a.start : a.end] for a in reading.record.annotations)
    kept = [
        a
        for a in cas.select_all_annotations()
        if a.begin != a.end
        and not hasattr(a, "Governor")
        and (a.type.name.startswith("webanno.custom.") or a.type.name.endswith(".NamedEntity"))
    ]
    assert texts == sorted(a.get_covered_text() for a in kept)


@pytest.mark.corpora
def test_import_counts_add_up(sqlite_ws: Any, corpora: Path) -> None:
    """The whole folder through the import service: every readable file one document, the rest skipped."""
    root = corpora / CASSIS
    if not root.is_dir():
        pytest.skip(f"{root} is not there (dkpro-cassis test files, see peer-formats/SOURCE.md)")
    files = [root / n for n in NAMES if (root / n).is_file()]
    report = import_paths(sqlite_ws.db, files, annotator="importer", fmt="xmi", skip_bad=True)
    readable = [f for f in files if not _refusal(f)]
    texts = {read_cas(f, f.name).record.text for f in readable}
    assert len(report.bad) == len(files) - len(readable)
    assert report.documents + report.duplicates + report.empty == len(readable)
    assert report.documents == len(texts)  # files with the same text are one document
    readings = [read_cas(f, f.name).record for f in readable]
    assert report.annotations == sum(len(r.annotations) for r in readings)  # here only files of unique texts
    assert report.relations == sum(len(r.relations) for r in readings)
    assert any(line.startswith("segmentation (Token), not imported") for line in report.defect_lines())
