"""The frozen GUI draws the Arabic article with its own font, offscreen and on X11 (Xvfb), and refuses a
database from a newer version with a message box.

The screenshots are kept in <HASHIYA_DIST>/smoke/ for a human to look at. The automatic check on them: in
the middle of the window (the reading view, in either layout direction) the real render must have ink, and
must differ clearly from the render of a copy of the build whose Naskh fonts were deleted, which is what
tofu or nothing looks like. A build that failed to register its Arabic font would be identical to that copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.dist.conftest import Frozen, future_copy, linux_only

MIN_INK = 0.03  # share of the middle region that is not background: lines of Arabic text give ~0.08
MIN_DIFFERENCE = 0.02  # share of that region that must differ from the render without the Arabic font


@pytest.fixture(scope="session")
def shots(dist_dir: Path) -> Path:
    folder = dist_dir / "smoke"
    folder.mkdir(exist_ok=True)
    return folder


class Picture:
    """A PNG as 32-bit pixels, read with the test environment's Qt."""

    def __init__(self, path: Path) -> None:
        from PySide6.QtGui import QImage

        image = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
        assert not image.isNull(), f"{path} is not an image"
        self.width, self.height = image.width(), image.height()
        self.pixels = memoryview(bytes(image.constBits())).cast("I")

    def middle(self) -> list[int]:
        """The central band: x from 30 % to 70 %, y from 15 % to 85 % of the window."""
        x0, x1 = int(self.width * 0.30), int(self.width * 0.70)
        out: list[int] = []
        for y in range(int(self.height * 0.15), int(self.height * 0.85)):
            out.extend(self.pixels[y * self.width + x0 : y * self.width + x1])
        return out

    def ink(self) -> float:
        region = self.middle()
        _background, count = Counter(region).most_common(1)[0]
        return 1 - count / len(region)

    def difference(self, other: Picture) -> float:
        assert (self.width, self.height) == (other.width, other.height)
        a, b = self.middle(), other.middle()
        return sum(x != y for x, y in zip(a, b, strict=True)) / len(a)


def screenshot(
    app: Frozen, db: Path, target: Path, *, env: dict[str, str] | None = None, language: str = "ar"
) -> subprocess.CompletedProcess[str]:
    target.unlink(missing_ok=True)
    copy = target.with_suffix(".sqlite3")
    shutil.copyfile(db, copy)  # each run gets its own database file
    return app.run(["--db", copy, "--lang", language, "gui", "--screenshot", target, "--doc", "1"], env=env)


def assert_clean_run(result: subprocess.CompletedProcess[str], target: Path) -> None:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr
    assert target.is_file()


@pytest.fixture(scope="session")
def without_arabic_font(frozen_without_arabic_font: Frozen, sample_db: Path, shots: Path) -> Picture:
    target = shots / "offscreen-ar-without-naskh.png"
    assert_clean_run(screenshot(frozen_without_arabic_font, sample_db, target), target)
    return Picture(target)


def test_offscreen_screenshot_draws_the_arabic_article_with_the_bundled_font(
    frozen: Frozen, sample_db: Path, shots: Path, without_arabic_font: Picture
) -> None:
    target = shots / "offscreen-ar.png"
    assert_clean_run(screenshot(frozen, sample_db, target), target)
    picture = Picture(target)
    assert picture.width >= 800 and picture.height >= 500
    assert picture.ink() > MIN_INK, "the reading view is (nearly) empty"
    assert picture.difference(without_arabic_font) > MIN_DIFFERENCE, "Arabic looks as it does without its font"


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    if not shutil.which("Xvfb"):
        pytest.fail("Xvfb is needed for the xcb smoke test: `make system-deps` installs it (package xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        assert number, "Xvfb did not report a display"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@linux_only
def test_xcb_under_xvfb_draws_the_arabic_article(
    frozen: Frozen, sample_db: Path, shots: Path, xvfb_display: str, without_arabic_font: Picture
) -> None:
    target = shots / "xcb-ar.png"
    result = screenshot(frozen, sample_db, target, env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb_display})
    assert_clean_run(result, target)
    picture = Picture(target)
    assert picture.ink() > MIN_INK, "the reading view is (nearly) empty"
    if (picture.width, picture.height) == (without_arabic_font.width, without_arabic_font.height):
        assert picture.difference(without_arabic_font) > MIN_DIFFERENCE


def test_gui_shows_a_message_box_for_a_newer_database(
    frozen: Frozen, sample_db: Path, shots: Path, tmp_path: Path
) -> None:
    future = future_copy(sample_db, tmp_path / "future.sqlite3")
    target = shots / "newer-database-refused.png"
    target.unlink(missing_ok=True)
    result = frozen.run(["--db", future, "--lang", "ar", "gui", "--screenshot", target])
    assert result.returncode == 2
    assert "newer version of Hashiya" in result.stderr
    assert "Traceback" not in result.stderr
    box = Picture(target)  # the message box, rendered instead of waiting for a click
    assert 100 < box.width < 1000 and box.ink() > 0.005
    assert not list(tmp_path.glob("future.sqlite3.bak-*"))
