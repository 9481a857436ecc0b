"""A brat or XMI folder's other files (each ``.txt`` beside its ``.ann``, ``annotation.conf``,
``TypeSystem.xml``) are not files of the import: they are neither checked nor read on their own."""

from __future__ import annotations

from pathlib import Path

from app.formats.readers import expand_paths
from app.services import Workspace
from app.services.importing import import_paths


def test_a_brat_folder_lists_only_its_ann_files(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("قال الوزير", encoding="utf-8")
        (tmp_path / f"{name}.ann").write_text("T1\tACTOR 4 10\tالوزير\n", encoding="utf-8")
    (tmp_path / "annotation.conf").write_text("[entities]\nACTOR\n", encoding="utf-8")
    assert [rel for _, _, rel in expand_paths([tmp_path], "brat")] == ["a.ann", "b.ann"]
    assert [rel for _, _, rel in expand_paths([tmp_path], "xmi")] == []


def test_the_text_beside_an_ann_is_still_read_with_it(sqlite_ws: Workspace, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("قال الوزير", encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tACTOR 4 10\tالوزير\n", encoding="utf-8")
    report = import_paths(sqlite_ws.db, [tmp_path], annotator="t", fmt="brat")
    assert (report.files, report.documents, report.annotations, report.bad) == (1, 1, 1, [])
