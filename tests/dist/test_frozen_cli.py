"""The frozen app's headless side: version, bundled data, shared libraries, import/export, schema checks."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest

from db import migrate
from db.engine import make_engine, to_url
from tests.dist.conftest import REPO, Frozen, future_copy, linux_only, project_version

# What the bundle may take from the system (the .deb's Depends; PyInstaller never bundles these).
SYSTEM_LIBRARIES = re.compile(
    r"^(ld-linux[-\w]*|linux-vdso|libc|libm|libdl|libpthread|librt|libutil|libGL|libGLX|libGLdispatch|libEGL"
    r"|libOpenGL|libxcb)\.so"
)


def test_version_is_the_pyproject_version(frozen: Frozen) -> None:
    result = frozen.run(["--version"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"hashiya {project_version()}"


def test_resources_and_migrations_are_bundled_as_files(frozen: Frozen) -> None:
    res = frozen.internal / "resources"
    for name in ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf", "NotoSans-Regular.ttf", "OFL.txt"):
        assert (res / "fonts" / name).is_file(), name
    assert (res / "sample" / "article.txt").read_bytes() == (REPO / "resources/sample/article.txt").read_bytes()
    shipped_qm = sorted(p.name for p in (REPO / "resources" / "translations").glob("*.qm"))
    assert sorted(p.name for p in (res / "translations").glob("*.qm")) == shipped_qm
    assert not (res / "packaging").exists()
    # Alembic reads these by path: source files beside the frozen db package
    migrations = frozen.internal / "db" / "migrations"
    assert (migrations / "env.py").is_file()
    revisions = sorted(p.name for p in (REPO / "db/migrations/versions").glob("[0-9]*.py"))
    assert revisions and sorted(p.name for p in (migrations / "versions").glob("[0-9]*.py")) == revisions


@linux_only
def test_unused_qt_parts_are_trimmed(frozen: Frozen) -> None:
    qt = frozen.internal / "PySide6" / "Qt"
    platforms = sorted(p.name for p in (qt / "plugins" / "platforms").iterdir())
    assert platforms == ["libqoffscreen.so", "libqxcb.so"]
    assert sorted(p.name for p in (qt / "translations").iterdir()) == ["qtbase_ar.qm", "qtbase_en.qm"]
    libraries = {p.name.split(".")[0] for p in (qt / "lib").iterdir()}
    assert not {"libQt6Quick", "libQt6Qml", "libQt6Network", "libQt6Pdf", "libQt6WaylandClient"} & libraries
    assert not list(frozen.internal.glob("libgtk*")) and not list(frozen.internal.glob("libcairo*"))
    dangling = [p for p in frozen.bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling


def external_libraries(bundle: Path) -> dict[str, set[str]]:
    """Every library ldd resolves outside the bundle (or cannot resolve), with the binaries needing it."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}  # what the bootloader sets up
    found: dict[str, set[str]] = {}
    for path in [bundle / "hashiya", *internal.rglob("*.so*")]:
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False).stdout
        for line in out.splitlines():
            name, _, where = line.strip().partition(" => ")
            if "not found" in where:
                found.setdefault(f"{name} (not found)", set()).add(path.name)
            elif where and not where.startswith(str(bundle)):
                found.setdefault(where.split(" (")[0], set()).add(path.name)
    return found


@linux_only
def test_every_bundled_binary_links_and_only_against_allowed_system_libraries(frozen: Frozen) -> None:
    external = external_libraries(frozen.bundle)
    unexpected = {
        lib: sorted(users)[:3]
        for lib, users in external.items()
        if "not found" in lib or not SYSTEM_LIBRARIES.match(Path(lib).name)
    }
    assert not unexpected, f"bundle needs libraries it neither carries nor declares: {unexpected}"


def test_imports_the_sample_and_exports_native_jsonl(frozen: Frozen, tmp_path: Path) -> None:
    db, out = tmp_path / "fresh.sqlite3", tmp_path / "corpus.jsonl"
    sample = frozen.internal / "resources" / "sample" / "article.txt"
    imported = frozen.run(["import", "--db", db, sample])
    assert imported.returncode == 0, imported.stderr
    assert "1 documents imported" in imported.stdout
    exported = frozen.run(["export", "--db", db, "-o", out])
    assert exported.returncode == 0, exported.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1
    text = records[0]["text"]
    assert text.startswith('"مكالمة صادمة" بين وزيري الدفاع')
    assert text.strip() == sample.read_text(encoding="utf-8").replace("\r\n", "\n").strip()
    listed = frozen.run(["list", "--db", db, "--json"])
    assert json.loads(listed.stdout)["id"] == 1


def test_suggests_figures_and_claims_on_the_sample(frozen: Frozen, tmp_path: Path) -> None:
    """The recognisers are loaded by name from app/assist/registry.py, so the bundle must carry them (a frozen
    `suggest` once failed with "No module named 'app.assist.figures'")."""
    db = tmp_path / "fresh.sqlite3"
    sample = frozen.internal / "resources" / "sample" / "article.txt"
    assert frozen.run(["import", "--db", db, sample]).returncode == 0
    found = frozen.run(["suggest", "--db", db, "--all", "--json"])
    assert found.returncode == 0, found.stderr
    lines = [json.loads(line) for line in found.stdout.splitlines()]
    dates = [s for s in lines if s["label"] == "FIGURE" and "آذار (مارس)" in s["text"]]
    assert dates and dates[0]["attributes"]["kind"] == "date"
    said = [s for s in lines if s["label"] == "CLAIM" and s["cue"] and s["cue"]["text"] == "قال"]
    assert any(s["source"] and s["source"]["text"] == "سيرغي شويغو" for s in said)
    applied = frozen.run(["suggest", "--db", db, "--all", "--apply"])
    assert applied.returncode == 0, applied.stderr


def test_newer_database_is_refused_with_a_message_and_left_untouched(
    frozen: Frozen, sample_db: Path, tmp_path: Path
) -> None:
    future = future_copy(sample_db, tmp_path / "future.sqlite3")
    before = hashlib.sha256(future.read_bytes()).hexdigest()
    result = frozen.run(["list", "--db", future])
    assert result.returncode == 2
    assert "newer version of Hashiya" in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(future.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob("future.sqlite3.bak-*"))


def test_older_database_is_backed_up_then_migrated(frozen: Frozen, tmp_path: Path) -> None:
    base, head = migrate.script().get_base(), migrate.heads()
    if (base,) == head:
        pytest.skip("only one Alembic revision so far: no older schema to migrate from")
    older = tmp_path / "older.sqlite3"
    engine = make_engine(to_url(older))
    with engine.begin() as conn:
        migrate.upgrade(conn, base)
    engine.dispose()
    result = frozen.run(["list", "--db", older])
    assert result.returncode == 0, result.stderr
    assert len(list(tmp_path.glob("older.sqlite3.bak-*"))) == 1
    with sqlite3.connect(older) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] in head
    conn.close()
