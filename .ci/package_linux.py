"""Wrap the PyInstaller onedir build (dist/hashiya) into the Linux artefacts; `make dist` runs it.

    python .ci/package_linux.py [DIST]      (DIST defaults to dist/)

Writes, next to the onedir folder:
  * hashiya-<version>-linux-<arch>.tar.gz: hashiya-<version>/ holding the build plus share/ with the desktop
    entry, the icons and the AppStream metainfo, laid out as under ~/.local or /usr/local;
  * hashiya_<version>_<debarch>.deb: the build in /opt/hashiya, a /usr/bin/hashiya link, and the same share/
    files under /usr/share. Depends lists only what the bundle does not carry itself (tests/dist checks it
    against ldd).
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "resources" / "packaging"
APP_ID = "io.github.hashiya.Hashiya"
MAINTAINER = "Hashiya developers <hashiya@users.noreply.github.com>"
# Libraries the bundle leaves to the system: glibc, OpenGL/EGL (must match the driver) and libxcb (must
# match the X server); PyInstaller never bundles these. Everything else Qt needs travels in the bundle.
DEPENDS = ("libgl1", "libegl1", "libxcb1")


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def glibc_floor(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled binary needs (the build machine's glibc or older)."""
    found: set[tuple[int, ...]] = set()
    for path in [bundle / "hashiya", *bundle.rglob("*.so*")]:
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=False).stdout
        found.update(tuple(int(n) for n in v.split(".")) for v in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", out))
    return ".".join(map(str, max(found)))


def share_files() -> dict[str, Path]:
    """Files below share/ (tarball) or /usr/share (.deb), by their path there."""
    return {
        f"applications/{APP_ID}.desktop": PACKAGING / f"{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml": PACKAGING / f"{APP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg": PACKAGING / "hashiya.svg",
        f"icons/hicolor/256x256/apps/{APP_ID}.png": PACKAGING / "hashiya.png",
    }


def _root_owned(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def make_tarball(bundle: Path, out_dir: Path, ver: str) -> Path:
    top = f"hashiya-{ver}"
    target = out_dir / f"{top}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=_root_owned)
        for rel, source in share_files().items():
            tar.add(source, arcname=f"{top}/share/{rel}", filter=_root_owned)
    return target


def _copyright() -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: hashiya\n\n"
        "Files: *\nCopyright: Hashiya developers\nLicense: MIT\n\n"
        "Files: opt/hashiya/_internal/resources/fonts/*\nCopyright: The Noto Project Authors\n"
        "License: OFL-1.1\n See /opt/hashiya/_internal/resources/fonts/OFL.txt\n\n"
        "Files: opt/hashiya/_internal/PySide6/*\nCopyright: The Qt Company Ltd. and other contributors\n"
        "License: LGPL-3.0\n Qt for Python (PySide6), dynamically linked; see https://www.qt.io/licensing/\n"
    )


def make_deb(bundle: Path, out_dir: Path, ver: str, work: Path) -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    tree = work / f"hashiya_{ver}_{arch}"
    if tree.exists():
        shutil.rmtree(tree)
    shutil.copytree(bundle, tree / "opt" / "hashiya", symlinks=True)
    (tree / "usr" / "bin").mkdir(parents=True)
    (tree / "usr" / "bin" / "hashiya").symlink_to("/opt/hashiya/hashiya")
    for rel, source in share_files().items():
        dest = tree / "usr" / "share" / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, dest)
    doc = tree / "usr" / "share" / "doc" / "hashiya"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(_copyright(), encoding="utf-8")
    installed_kb = sum(p.lstat().st_size for p in tree.rglob("*")) // 1024 + 1
    depends = ", ".join([f"libc6 (>= {glibc_floor(bundle)})", *DEPENDS])
    control = tree / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: hashiya\nVersion: {ver}\nArchitecture: {arch}\nMaintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kb}\nDepends: {depends}\nSection: text\nPriority: optional\n"
        "Description: offline Arabic-first annotation workbench\n"
        " Hashiya (حاشية) annotates actors, claims and figures in Arabic news text and exports\n"
        " the corpus. A self-contained build: Python, Qt and the fonts are in /opt/hashiya.\n",
        encoding="utf-8",
    )
    for path in [tree, *tree.rglob("*")]:  # dpkg-deb rejects group/other-writable control folders
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    target = out_dir / f"hashiya_{ver}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(tree), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def main(argv: list[str]) -> int:
    dist = Path(argv[1]) if len(argv) > 1 else ROOT / "dist"
    bundle = dist / "hashiya"
    if not (bundle / "hashiya").is_file():
        print(f"package_linux: no build at {bundle} (run pyinstaller build.spec first)", file=sys.stderr)
        return 2
    ver = version()
    for artefact in (make_tarball(bundle, dist, ver), make_deb(bundle, dist, ver, ROOT / "build" / "deb")):
        print(
            f"{artefact.relative_to(dist.parent) if artefact.is_relative_to(dist.parent) else artefact}\t"
            f"{artefact.stat().st_size / 1e6:.1f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
