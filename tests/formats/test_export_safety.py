"""Exports never destroy anything: a folder export keeps the user's files, single files go to standard output or
regular files only (never over a link, a device or a folder), modes follow the umask, killed exports are cleaned up."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.errors import HashiyaError
from app.services import export_target
from app.services.export_formats import Split, export
from app.services.exporting import ExportFilter
from tests.formats.sample import build

REPO = Path(__file__).resolve().parents[2]
FOLDER_FORMATS = ["brat", "xmi", "casjson", "labelstudio"]


@pytest.fixture
def sample(sqlite_ws: Any) -> dict[str, Any]:
    info = build(sqlite_ws)
    info["ws"] = sqlite_ws
    info["db"] = str(sqlite_ws.db.engine.url.database)
    info["flt"] = ExportFilter(doc_ids=frozenset({info["doc"]}))  # xmi cannot hold the control document
    return info


def snapshot(root: Path) -> dict[str, tuple[str, bytes | str]]:
    """Every path below ``root`` (links not followed) with what it is and holds."""
    seen: dict[str, tuple[str, bytes | str]] = {}
    for dirpath, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                seen[rel] = ("link", os.readlink(path))
            elif path.is_dir():
                seen[rel] = ("dir", b"")
            else:
                seen[rel] = ("file", path.read_bytes())
    return seen


def user_folder(root: Path) -> Path:
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "notes.txt").write_text("my notes", encoding="utf-8")
    (root / "sub" / "deeper" / "thesis.tex").write_text("\\chapter{}", encoding="utf-8")
    (root / "doc-1.ann").write_text("mine, not an export", encoding="utf-8")
    return root


@pytest.mark.parametrize("fmt", [*FOLDER_FORMATS, "conllu-split"])
def test_a_folder_export_into_a_folder_of_user_files_is_refused_and_touches_nothing(
    sample: dict[str, Any], tmp_path: Path, fmt: str
) -> None:
    dest = user_folder(tmp_path / "home" / "Documents")
    before = snapshot(tmp_path / "home")
    split = Split(1) if fmt.endswith("-split") else None
    fmt = fmt.removesuffix("-split")
    with pytest.raises(HashiyaError, match="new subfolder") as info:
        export(sample["ws"].db, fmt, dest, sample["flt"], split=split)
    assert str(dest) in str(info.value) and str(dest / f"hashiya-{fmt}") in str(info.value)
    assert snapshot(tmp_path / "home") == before  # nothing written, nothing removed, no staged part left
    report = export(sample["ws"].db, fmt, dest / f"hashiya-{fmt}", sample["flt"], split=split)  # the suggestion
    assert report.documents == 1
    after = snapshot(tmp_path / "home")
    assert {k: v for k, v in after.items() if k in before} == before
    assert all(k.startswith(f"Documents/hashiya-{fmt}") for k in set(after) - set(before))


def test_the_cli_refuses_a_folder_of_user_files_in_one_line(
    sample: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = user_folder(tmp_path / "home" / "out")
    before = snapshot(tmp_path / "home")
    assert main(["--db", sample["db"], "export", "--format", "brat", "-o", str(dest)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hashiya: error: ") and err.count("\n") == 1 and "hashiya-brat" in err
    assert snapshot(tmp_path / "home") == before


def test_a_previous_export_is_updated_in_place_and_only_its_own_files_change(
    sample: dict[str, Any], tmp_path: Path
) -> None:
    dest = tmp_path / "brat"
    export(sample["ws"].db, "brat", dest)
    manifest = json.loads((dest / "manifest.json").read_bytes())
    both = {f"doc-{sample['doc']}.ann", f"doc-{sample['control']}.ann", "annotation.conf"}
    assert both <= set(manifest["files"]) and set(manifest["files"]) == set(snapshot(dest)) - {"manifest.json"}
    inode = dest.stat().st_ino
    export(sample["ws"].db, "brat", dest, sample["flt"])  # fewer documents: the old one's files go
    manifest = json.loads((dest / "manifest.json").read_bytes())
    assert set(snapshot(dest)) == {*manifest["files"], "manifest.json"}
    assert f"doc-{sample['control']}.ann" not in manifest["files"] and dest.stat().st_ino == inode
    (dest / "README.md").write_text("the user's own note", encoding="utf-8")
    with pytest.raises(HashiyaError, match=r"README\.md"):
        export(sample["ws"].db, "brat", dest)
    with pytest.raises(HashiyaError, match="not a Hashiya xmi export"):  # another format's export is not ours
        (dest / "README.md").unlink()
        export(sample["ws"].db, "xmi", dest, sample["flt"])


def test_an_empty_folder_keeps_its_own_inode_and_mode(sample: dict[str, Any], tmp_path: Path) -> None:
    dest = tmp_path / "shared"
    dest.mkdir()
    dest.chmod(0o2775)
    inode = dest.stat().st_ino
    export(sample["ws"].db, "labelstudio", dest, sample["flt"])
    assert dest.stat().st_ino == inode and stat.S_IMODE(dest.stat().st_mode) == 0o2775
    assert {"tasks.json", "config.xml", "manifest.json"} <= set(os.listdir(dest))


@pytest.mark.parametrize("spelling", ["-", "/dev/stdout"])
def test_standard_output_gets_the_export_and_nothing_else(
    sample: dict[str, Any],
    tmp_path: Path,
    spelling: str,
    capsysbinary: pytest.CaptureFixture[bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = tmp_path / "file.jsonl"
    export(sample["ws"].db, "doccano", expected)
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    link_before = os.readlink("/dev/stdout") if os.path.islink("/dev/stdout") else None
    assert main(["--db", sample["db"], "export", "--format", "doccano", "-o", spelling]) == 0
    out, err = capsysbinary.readouterr()
    assert out == expected.read_bytes() and b"2 documents" in err
    assert os.listdir(work) == []  # no file named "-"
    if link_before is not None:
        assert os.readlink("/dev/stdout") == link_before
    assert main(["--db", sample["db"], "export", "--format", "brat", "-o", spelling]) == 2
    assert b"cannot go to standard output" in capsysbinary.readouterr().err


def special_destinations(tmp_path: Path) -> list[Path]:
    target = tmp_path / "target.conllu"
    target.write_text("keep me", encoding="utf-8")
    link = tmp_path / "link.conllu"
    link.symlink_to(target)
    fifo = tmp_path / "pipe.conllu"
    os.mkfifo(fifo)
    return [link, fifo, Path(os.devnull)]


def test_a_link_a_pipe_or_a_device_is_never_replaced(
    sample: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    for dest in special_destinations(home):
        kind = os.lstat(dest).st_mode
        assert main(["--db", sample["db"], "export", "--format", "conllu", "-o", str(dest)]) == 2
        assert "an export replaces only regular files" in capsys.readouterr().err
        assert stat.S_IFMT(os.lstat(dest).st_mode) == stat.S_IFMT(kind)
    assert os.readlink(home / "link.conllu") == str(home / "target.conllu")
    assert (home / "target.conllu").read_text(encoding="utf-8") == "keep me"
    assert sorted(os.listdir(home)) == ["link.conllu", "pipe.conllu", "target.conllu"]


@pytest.mark.parametrize("dest", [".", "existing"])
def test_a_folder_for_a_single_file_format_is_refused_before_any_work(
    tmp_path: Path, dest: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "existing").mkdir()
    db = tmp_path / "never-created.sqlite3"
    assert main(["--db", str(db), "export", "--format", "conllu", "-o", dest]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"hashiya: error: {dest} is a folder; conllu writes one file") and err.count("\n") == 1
    assert not db.exists()  # refused before the database was even opened
    assert sorted(os.listdir(tmp_path)) == ["existing"]


def test_exports_follow_the_umask_and_a_replaced_file_keeps_its_mode(sample: dict[str, Any], tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        export(sample["ws"].db, "conllu", tmp_path / "one.conllu")
        export(sample["ws"].db, "brat", tmp_path / "brat")
        export(sample["ws"].db, "conll", tmp_path / "split", split=Split(2))
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "one.conllu").st_mode) == 0o640
    for folder in (tmp_path / "brat", tmp_path / "split"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o750
        assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {0o640}
    os.chmod(tmp_path / "one.conllu", 0o604)
    export(sample["ws"].db, "conllu", tmp_path / "one.conllu")
    assert stat.S_IMODE(os.stat(tmp_path / "one.conllu").st_mode) == 0o604


def run(code: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        text=True,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


@pytest.mark.parametrize("fmt", ["conllu", "brat"])
def test_a_killed_export_leaves_a_part_that_the_next_export_removes(
    sample: dict[str, Any], tmp_path: Path, fmt: str
) -> None:
    dest = tmp_path / "out" / f"corpus-{fmt}"
    proc = run(f"""
        import os, signal
        from app.services import Workspace
        from app.services.export_formats import export
        ws = Workspace.open({sample["db"]!r}, "tester")
        export(ws.db, {fmt!r}, {str(dest)!r}, progress=lambda n: os.kill(os.getpid(), signal.SIGKILL))
    """)
    assert proc.wait(timeout=60) == -signal.SIGKILL
    parts = os.listdir(dest.parent)
    assert len(parts) == 1 and parts[0].startswith(f".{dest.name}.") and parts[0].endswith(".part")
    export(sample["ws"].db, fmt, dest)
    assert os.listdir(dest.parent) == [dest.name]


@pytest.mark.skipif(sys.platform == "win32", reason="flock and pids as POSIX has them")
def test_a_part_of_a_running_export_is_left_alone(sample: dict[str, Any], tmp_path: Path) -> None:
    dest = tmp_path / "home" / "out.jsonl"
    dest.parent.mkdir()
    proc = run(f"""
        import fcntl, os, sys, time
        path = {str(dest.parent)!r} + f"/.out.jsonl.{{os.getpid()}}.0123abcd.part"
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o666)
        fcntl.flock(fd, fcntl.LOCK_EX)
        print(path, flush=True)
        time.sleep(60)
    """)
    try:
        assert proc.stdout is not None
        live = Path(proc.stdout.readline().strip())
        export(sample["ws"].db, "jsonl", dest)
        assert live.exists()
    finally:
        proc.kill()
        proc.wait()
    export(sample["ws"].db, "jsonl", dest)  # its writer is gone now
    assert not live.exists() and os.listdir(dest.parent) == ["out.jsonl"]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name what was fsynced")
def test_files_and_folders_are_fsynced_before_they_are_moved_in(
    sample: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    real_fsync, real_replace, real_rename = os.fsync, os.replace, os.rename
    moved: list[str] = []

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        moved.append(str(src))
        real_replace(src, dst)

    def rename(src: Any, dst: Any) -> None:
        moved.append(str(src))
        real_rename(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "rename", rename)
    monkeypatch.setattr(export_target, "_syncfs", None)  # the portable path: an fsync each
    export(sample["ws"].db, "brat", tmp_path / "new")  # a new folder is renamed into place
    stage = moved[-1]
    staged = [os.path.join(stage, name) for name in os.listdir(tmp_path / "new")]
    assert set(staged) | {stage} <= set(synced[: synced.index(stage) + 1])
    assert str(tmp_path) in synced[synced.index(stage) + 1 :]  # and then the parent, which holds the new name
    synced.clear()
    moved.clear()
    export(sample["ws"].db, "brat", tmp_path / "new")  # an existing one gets its files moved in
    assert moved and set(moved) <= set(synced) and str(tmp_path / "new") in synced


@pytest.mark.skipif(export_target._syncfs is None, reason="syncfs(2) is Linux's")
def test_on_linux_one_syncfs_makes_the_staged_folder_durable_before_it_is_moved_in(
    sample: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[str, str]] = []
    real_syncfs, real_replace, real_rename = export_target._syncfs, os.replace, os.rename
    assert real_syncfs is not None

    def syncfs(fd: int) -> int:
        events.append(("sync", os.readlink(f"/proc/self/fd/{fd}")))
        return real_syncfs(fd)

    def move(real: Any) -> Any:
        def wrapped(src: Any, dst: Any) -> None:
            events.append(("move", str(src)))
            real(src, dst)

        return wrapped

    monkeypatch.setattr(export_target, "_syncfs", syncfs)
    monkeypatch.setattr(os, "replace", move(real_replace))
    monkeypatch.setattr(os, "rename", move(real_rename))
    export(sample["ws"].db, "brat", tmp_path / "new")
    stage = next(path for kind, path in events if kind == "move" and path.endswith(".part"))
    assert events.index(("sync", stage)) < events.index(("move", stage))
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".part")]


NAMES = ["manifest.json", "annotation.conf", "doc-1.ann", "doc-1.txt", "tasks.json", "train", "notes", ".hidden"]
ENTRY = st.tuples(
    st.lists(st.sampled_from(NAMES), min_size=1, max_size=3),
    st.sampled_from(["file", "dir", "link-file", "link-dir"]),
    st.binary(max_size=8),
)


def plant(root: Path, outside: Path, entries: list[tuple[list[str], str, bytes]]) -> None:
    for parts, kind, content in entries:
        path = root.joinpath(*parts)
        if any(os.path.lexists(p) and not p.is_dir() for p in [*path.parents][: len(parts) - 1]) or os.path.lexists(
            path
        ):
            continue  # a parent is a file or a link, or the name is taken: skip this one
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "file":
            path.write_bytes(content)
        elif kind == "dir":
            path.mkdir()
        else:
            path.symlink_to(outside / ("secret.txt" if kind == "link-file" else "elsewhere"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    entries=st.one_of(
        st.just([]), st.lists(ENTRY.filter(lambda e: e[1] == "dir"), max_size=3), st.lists(ENTRY, max_size=6)
    ),
    previous=st.booleans(),
    fmt=st.sampled_from(["brat", "labelstudio"]),
    narrow=st.booleans(),
)
def test_an_export_never_loses_a_path_its_manifests_do_not_name(
    sample: dict[str, Any],
    tmp_path_factory: Any,
    entries: list[tuple[list[str], str, bytes]],
    previous: bool,
    fmt: str,
    narrow: bool,
) -> None:
    base = tmp_path_factory.mktemp("tree")
    outside, dest = base / "outside", base / "dest"
    (outside / "elsewhere").mkdir(parents=True)
    (outside / "secret.txt").write_bytes(b"secret")
    (outside / "elsewhere" / "x").write_bytes(b"x")
    dest.mkdir()
    old: set[str] = set()
    if previous:  # a previous export of this format, then the user's additions on top
        export(sample["ws"].db, fmt, dest)
        old = {*json.loads((dest / "manifest.json").read_bytes())["files"], "manifest.json"}
    plant(dest, outside, entries)
    before, elsewhere = snapshot(dest), snapshot(outside)
    try:
        export(sample["ws"].db, fmt, dest, sample["flt"] if narrow else None)
    except HashiyaError:
        event("refused")
        assert snapshot(dest) == before  # refused: nothing at all changed
    else:
        event("exported")
        new = {*json.loads((dest / "manifest.json").read_bytes())["files"], "manifest.json"}
        after = snapshot(dest)
        for rel, what in before.items():
            if rel not in old | new:
                assert after.get(rel) == what, rel
        assert set(after) <= set(before) | new
    assert snapshot(outside) == elsewhere
    assert sorted(os.listdir(base)) == ["dest", "outside"]  # no staged part left over
