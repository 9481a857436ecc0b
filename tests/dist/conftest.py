"""Smoke tests of the frozen build: they run only when HASHIYA_DIST names the folder `make dist` filled.

Every run of the frozen app gets a private data folder, config folder and an *empty* fontconfig (no font
folders at all), so the only fonts Qt can find are the ones the bundle registers itself.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DIST = os.environ.get("HASHIYA_DIST")
EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig></fontconfig>
"""
TIMEOUT = 120
LINUX = sys.platform.startswith("linux")
# ldd, dpkg, Xvfb and the Linux names of Qt's plugins: the Windows and macOS jobs of the release workflow
# run the rest of these tests against their builds.
linux_only = pytest.mark.skipif(not LINUX, reason="Linux-specific check")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if DIST:
        return
    skip = pytest.mark.skip(reason="frozen-build smoke test: set HASHIYA_DIST to the folder `make dist` built")
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(skip)


def project_version() -> str:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@dataclass(frozen=True)
class Frozen:
    """One frozen onedir build and an isolated environment to run it in."""

    bundle: Path
    env: dict[str, str]

    @property
    def exe(self) -> Path:
        return self.bundle / ("hashiya.exe" if sys.platform == "win32" else "hashiya")

    @property
    def internal(self) -> Path:
        return self.bundle / "_internal"

    def run(
        self, args: Sequence[str | os.PathLike[str]], *, env: dict[str, str] | None = None, timeout: float = TIMEOUT
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.exe), *map(str, args)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**self.env, **(env or {})},
            stdin=subprocess.DEVNULL,
            check=False,
        )


@pytest.fixture(scope="session")
def dist_dir() -> Path:
    path = Path(DIST or "").resolve()
    if not any((path / "hashiya" / name).is_file() for name in ("hashiya", "hashiya.exe")):
        pytest.fail(f"HASHIYA_DIST={DIST} holds no frozen build (expected {path}/hashiya/hashiya)")
    return path


def isolated_env(root: Path) -> dict[str, str]:
    root.mkdir(parents=True, exist_ok=True)
    fonts_conf = root / "fonts.conf"
    fonts_conf.write_text(EMPTY_FONTCONFIG, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FONTCONFIG_", "QT_", "LD_", "PYTHON"))}
    env.update(
        {
            "FONTCONFIG_FILE": str(fonts_conf),
            "XDG_CACHE_HOME": str(root / "cache"),
            "XDG_CONFIG_HOME": str(root / "config"),
            "XDG_DATA_HOME": str(root / "share"),
            "HASHIYA_DATA_DIR": str(root / "data"),
            "HASHIYA_ANNOTATOR": "smoke",
            "QT_QPA_PLATFORM": "offscreen",
            "LC_ALL": "C.UTF-8",
        }
    )
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


@pytest.fixture(scope="session")
def frozen(dist_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Frozen:
    return Frozen(dist_dir / "hashiya", isolated_env(tmp_path_factory.mktemp("frozen-env")))


@pytest.fixture(scope="session")
def frozen_without_arabic_font(dist_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Frozen]:
    """A copy of the build with the Naskh fonts deleted: what the app draws when its Arabic font is missing."""
    root = tmp_path_factory.mktemp("no-naskh")
    bundle = root / "hashiya"
    shutil.copytree(
        dist_dir / "hashiya",
        bundle,
        symlinks=True,
        ignore=lambda _dir, names: [n for n in names if n.startswith("NotoNaskhArabic")],
    )
    yield Frozen(bundle, isolated_env(root / "env"))
    shutil.rmtree(bundle, ignore_errors=True)


@pytest.fixture(scope="session")
def sample_db(frozen: Frozen, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database the frozen app made from the bundled sample article (document 1)."""
    db = tmp_path_factory.mktemp("sample-db") / "sample.sqlite3"
    result = frozen.run(["import", "--db", db, frozen.internal / "resources" / "sample" / "article.txt"])
    assert result.returncode == 0, result.stderr
    return db


def future_copy(db: Path, dest: Path) -> Path:
    """A copy of ``db`` stamped with an Alembic revision this build has never heard of."""
    with sqlite3.connect(db) as src, sqlite3.connect(dest) as dst:
        src.backup(dst)
    with sqlite3.connect(dest) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.close()
    return dest
