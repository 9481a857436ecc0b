"""``expand_paths`` knows a walked file's real path without resolving it: the same files, read once each,
whether the folder is named through a link, a relative path or twice."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.formats.readers import expand_paths


def test_each_file_once_through_links_and_relative_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = tmp_path / "real"
    (real / "sub" / "deeper").mkdir(parents=True)
    for rel in ("a.txt", "sub/b.txt", "sub/deeper/c.txt"):
        (real / rel).write_text("نص", encoding="utf-8")
    (real / "sub" / "same-as-a.txt").symlink_to(real / "a.txt")
    (tmp_path / "link").symlink_to(real, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    found = expand_paths([Path("link"), real, Path("real/sub/deeper/c.txt"), Path("link/sub/../a.txt")], None)
    assert sorted(rel for _, _, rel in found) == ["a.txt", "sub/b.txt", "sub/deeper/c.txt"]
    assert sorted(os.path.realpath(path) for path, _, _ in found) == sorted(
        str(real / rel) for rel in ("a.txt", "sub/b.txt", "sub/deeper/c.txt")
    )
