"""The Linux artefacts `make dist` writes: the .tar.gz and the .deb.

The .deb is unpacked with `dpkg-deb -x` and run from there everywhere; as root with CI set (or with
HASHIYA_DEB_INSTALL=1) it is also installed for real with `dpkg -i`, run through /usr/bin/hashiya, and
removed with `dpkg -r`, unless a hashiya package is installed already.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.dist.conftest import LINUX, REPO, Frozen, project_version
from tests.dist.test_frozen_cli import SYSTEM_LIBRARIES, external_libraries

pytestmark = pytest.mark.skipif(not LINUX, reason="the Linux packages")

APP_ID = "io.github.hashiya.Hashiya"
SHARE = (
    f"applications/{APP_ID}.desktop",
    f"metainfo/{APP_ID}.metainfo.xml",
    f"icons/hicolor/scalable/apps/{APP_ID}.svg",
    f"icons/hicolor/256x256/apps/{APP_ID}.png",
)


def only(paths: list[Path]) -> Path:
    assert len(paths) == 1, paths
    return paths[0]


@pytest.fixture(scope="session")
def deb(dist_dir: Path) -> Path:
    return only(list(dist_dir.glob(f"hashiya_{project_version()}_*.deb")))


def deb_field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True).stdout.strip()


def test_tarball_holds_the_build_and_the_desktop_files(dist_dir: Path) -> None:
    top = f"hashiya-{project_version()}"
    with tarfile.open(only(list(dist_dir.glob(f"{top}-linux-*.tar.gz")))) as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert all(name == top or name.startswith(f"{top}/") for name in members)
    exe = members[f"{top}/hashiya"]
    assert exe.isfile() and exe.mode & 0o111 and exe.uid == 0
    assert f"{top}/_internal/resources/fonts/NotoNaskhArabic-Regular.ttf" in members
    for rel in SHARE:
        assert f"{top}/share/{rel}" in members, rel
    for link in (m for m in members.values() if m.issym()):
        assert not link.linkname.startswith("/") and ".." not in Path(link.linkname).parts[:1], link.name


def test_deb_control_and_layout(deb: Path) -> None:
    assert deb_field(deb, "Package") == "hashiya"
    assert deb_field(deb, "Version") == project_version()
    depends = deb_field(deb, "Depends")
    for package in ("libc6 (>= 2.", "libgl1", "libegl1", "libxcb1"):
        assert package in depends
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "./usr/bin/hashiya -> /opt/hashiya/hashiya" in listing
    for path in ("./opt/hashiya/hashiya", "./usr/share/doc/hashiya/copyright", *(f"./usr/share/{r}" for r in SHARE)):
        assert f" {path}\n" in listing, path


def installed_closure(packages: list[str]) -> set[str]:
    """The packages given plus everything they depend on, as installed on this machine."""
    seen: set[str] = set()
    queue = list(packages)
    while queue:
        name = queue.pop()
        if name in seen:
            continue
        seen.add(name)
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Depends},${Pre-Depends}", name], capture_output=True, text=True, check=False
        ).stdout
        for alternative in filter(None, (part.strip() for part in out.split(","))):
            queue.append(alternative.split("|")[0].split()[0].split(":")[0])
    return seen


def test_deb_depends_cover_what_the_bundle_takes_from_the_system(frozen: Frozen, deb: Path) -> None:
    if not shutil.which("dpkg-query"):
        pytest.skip("not a dpkg system")
    depends = [part.split()[0] for part in deb_field(deb, "Depends").split(",")]
    covered = installed_closure(depends)
    missing = {}
    for library in external_libraries(frozen.bundle):
        assert SYSTEM_LIBRARIES.match(Path(library).name), library
        owner = subprocess.run(["dpkg", "-S", library], capture_output=True, text=True, check=False)
        if owner.returncode != 0:  # merged /usr: dpkg knows the other spelling
            other = library.removeprefix("/usr") if library.startswith("/usr/") else f"/usr{library}"
            owner = subprocess.run(["dpkg", "-S", other], capture_output=True, text=True, check=False)
        package = owner.stdout.split(":")[0]
        if package not in covered:
            missing[library] = package
    assert not missing, f"Depends misses: {missing}"


def test_deb_unpacked_runs(deb: Path, frozen: Frozen, tmp_path: Path) -> None:
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert os.readlink(root / "usr/bin/hashiya") == "/opt/hashiya/hashiya"
    unpacked = Frozen(root / "opt" / "hashiya", frozen.env)
    result = unpacked.run(["--version"])
    assert result.returncode == 0 and result.stdout.strip() == f"hashiya {project_version()}", result.stderr


@pytest.mark.parametrize("tool", ["desktop-file-validate", "appstreamcli"])
def test_desktop_entry_and_metainfo_validate(tool: str) -> None:
    if not shutil.which(tool):
        pytest.skip(f"{tool} is not installed (packages desktop-file-utils, appstream)")
    folder = REPO / "resources" / "packaging"
    args = (
        [tool, str(folder / f"{APP_ID}.desktop")]
        if tool == "desktop-file-validate"
        else [tool, "validate", "--no-net", str(folder / f"{APP_ID}.metainfo.xml")]
    )
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_release_is_the_project_version() -> None:
    text = (REPO / "resources" / "packaging" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f'<release version="{project_version()}"' in text


def test_deb_installs_runs_and_removes(deb: Path, frozen: Frozen, tmp_path: Path) -> None:
    if os.geteuid() != 0 or not (os.environ.get("CI") or os.environ.get("HASHIYA_DEB_INSTALL")):
        pytest.skip("real dpkg -i/-r runs as root on CI (or with HASHIYA_DEB_INSTALL=1)")
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "hashiya"], capture_output=True, text=True)
    if "installed" in status.stdout and "not-installed" not in status.stdout:
        pytest.skip("a hashiya package is installed on this machine already; leaving it alone")
    subprocess.run(["dpkg", "-i", str(deb)], check=True, capture_output=True)
    try:
        installed = Frozen(Path("/opt/hashiya"), frozen.env)
        run = subprocess.run(["/usr/bin/hashiya", "--version"], capture_output=True, text=True, env=frozen.env)
        assert run.stdout.strip() == f"hashiya {project_version()}", run.stderr
        db = tmp_path / "installed.sqlite3"
        sample = installed.internal / "resources" / "sample" / "article.txt"
        assert installed.run(["import", "--db", db, sample]).returncode == 0
        listed = installed.run(["list", "--db", db, "--json"])
        assert json.loads(listed.stdout)["id"] == 1
    finally:
        subprocess.run(["dpkg", "-r", "hashiya"], check=True, capture_output=True)
    assert not Path("/opt/hashiya").exists()
    assert not Path("/usr/bin/hashiya").exists()
