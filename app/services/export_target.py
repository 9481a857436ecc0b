"""Where an export may write, and how it gets there without destroying anything.

An export only ever adds or replaces the files it writes. A single file is written to a hidden
``.NAME.<pid>.<token>.part`` beside the destination, fsynced and renamed over it; symbolic links,
folders, devices and pipes are refused, never replaced. A folder export goes into a folder that does
not exist yet, is empty, or holds only a previous Hashiya export of the same format (its
``manifest.json`` lists its files); anything else is refused with a ``DestinationError`` that names a
new subfolder to use. The folder is staged beside the destination, fsynced, then renamed into place
(a new folder) or its files moved in (an existing one): only files the old or the new manifest names
are replaced or removed. The database's own files (``database``) are never a destination, nor in one: they
are recognised by name and inode (``app.database_files``), never opened. Staged parts carry the writer's
pid and an ``flock``; the next export to the same place removes the ones whose writer is gone.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import secrets
import shutil
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO

import orjson

from app.database_files import DatabaseFiles
from app.errors import HashiyaError

try:
    import fcntl
except ImportError:  # Windows: no flock, so stale parts are never provably stale and are left alone
    fcntl = None  # type: ignore[assignment]

STDOUT_NAMES = ("-", "/dev/stdout")
MANIFEST = "manifest.json"
_PART = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{8}\.part")
_POSIX = os.name == "posix"


class DestinationError(HashiyaError):
    """A destination an export refuses to write to; ``suggestion`` is a place it would accept, if any."""

    def __init__(self, message: str, suggestion: Path | None = None) -> None:
        super().__init__(message)
        self.suggestion = suggestion


def is_stdout(dest: Path | str) -> bool:
    return str(dest) in STDOUT_NAMES


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a file"


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None


def _check_parent(dest: Path) -> None:
    for parent in (dest.parent, *dest.parent.parents):
        st = _lstat(parent)
        if st is not None:
            if not stat.S_ISDIR(os.stat(parent).st_mode):
                raise DestinationError(f"cannot export to {dest}: {parent} is {_kind(st.st_mode)}, not a folder")
            return


def _refuse_database(dest: Path, own: DatabaseFiles) -> None:
    if own.holds(dest):
        raise DestinationError(
            f"{dest} is the database itself (or one of its -wal, -shm, -journal files); an "
            "export never writes over it: choose another name"
        )


def check_file(dest: Path, fmt: str, ext: str, database: Path | None = None) -> None:
    """Refuse, before any work, a single-file destination that is not a regular file or a new name, or that
    is one of the files of the SQLite ``database``."""
    if is_stdout(dest):
        raise DestinationError(f"{dest} means standard output, which only the command line writes to")
    _refuse_database(dest, DatabaseFiles(database))
    st = _lstat(dest)
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise DestinationError(
            f"{dest} is a folder; {fmt} writes one file: give a file name, e.g. "
            f"{dest / ('hashiya-export' + (ext or '.' + fmt))}",
            dest / f"hashiya-export{ext or '.' + fmt}",
        )
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise DestinationError(
            f"{dest} is {_kind(st.st_mode)}; an export replaces only regular files "
            f"(use -o - for standard output on the command line)"
        )
    _check_parent(dest)


def _real_folder(dest: Path, fmt: str) -> Path:
    """The folder a folder export writes into: a symbolic link to a folder is followed, never replaced."""
    st = _lstat(dest)
    if st is not None and stat.S_ISLNK(st.st_mode):
        if not dest.is_dir():
            raise DestinationError(f"{dest} is a symbolic link to no folder; an export never replaces a link")
        return Path(os.path.realpath(dest))
    if st is not None and not stat.S_ISDIR(st.st_mode):
        raise DestinationError(f"{dest} is {_kind(st.st_mode)}, not a folder; a {fmt} export writes a folder")
    return dest


def _listed(folder: Path, fmt: str) -> set[str] | None:
    """The files the manifest of a previous ``fmt`` export in ``folder`` lists, or None if there is none."""
    manifest = folder / MANIFEST
    st = _lstat(manifest)
    if st is None or not stat.S_ISREG(st.st_mode):
        return None
    try:
        head = orjson.loads(manifest.read_bytes())
    except (orjson.JSONDecodeError, OSError):
        return None
    files = head.get("files") if isinstance(head, dict) and head.get("format") == fmt else None
    if not isinstance(files, list):
        return None
    ok = {f for f in files if isinstance(f, str) and _safe(f)}
    return ok | {MANIFEST}


def _safe(rel: str) -> bool:
    parts = PurePosixPath(rel).parts
    return bool(parts) and not rel.startswith("/") and "\\" not in rel and all(p not in ("", ".", "..") for p in parts)


def _foreign(folder: Path, listed: set[str]) -> str | None:
    """The first entry of ``folder`` (recursively) that is neither a folder nor a file in ``listed``."""
    for root, dirs, files in os.walk(folder):
        rel_root = Path(root).relative_to(folder)
        for name in sorted(dirs):
            if os.path.islink(os.path.join(root, name)):
                return (rel_root / name).as_posix()
        for name in sorted(files):
            rel = (rel_root / name).as_posix()
            if rel not in listed or not stat.S_ISREG(os.lstat(os.path.join(root, name)).st_mode):
                return rel
    return None


def previous_files(folder: Path, fmt: str, database: Path | None = None) -> set[str]:
    """The files in ``folder`` an export of ``fmt`` may replace; refuses a folder that holds anything else,
    and one that holds the files of the SQLite ``database`` whatever its manifest says."""
    if not folder.exists():
        return set()
    own = DatabaseFiles(database).inside(folder)
    if own is not None:
        suggestion = suggest_subfolder(folder, fmt)
        raise DestinationError(
            f"{folder} holds the database ({own}); an export never touches its files: export "
            f"into a new subfolder such as {suggestion}",
            suggestion,
        )
    listed = _listed(folder, fmt) or set()
    other = _foreign(folder, listed)
    if other is not None:
        suggestion = suggest_subfolder(folder, fmt)
        raise DestinationError(
            f"{folder} holds files that are not a Hashiya {fmt} export (e.g. {other}); an export never replaces "
            f"them: export into a new subfolder such as {suggestion}",
            suggestion,
        )
    return listed


def suggest_subfolder(folder: Path, fmt: str) -> Path:
    for n in range(1, 1000):
        candidate = folder / (f"hashiya-{fmt}" if n == 1 else f"hashiya-{fmt}-{n}")
        if not os.path.lexists(candidate):
            return candidate
        if candidate.is_dir() and not candidate.is_symlink():
            with contextlib.suppress(DestinationError):
                listed = _listed(candidate, fmt) or set()
                if _foreign(candidate, listed) is None:
                    return candidate
    return folder / f"hashiya-{fmt}-{secrets.token_hex(4)}"


def check_folder(dest: Path, fmt: str, database: Path | None = None) -> None:
    """Refuse, before any work, a folder destination the export would have to clear, or that is or holds
    the files of the SQLite ``database``."""
    if is_stdout(dest):
        raise DestinationError(f"a {fmt} export writes a folder; it cannot go to standard output")
    _refuse_database(dest, DatabaseFiles(database))
    real = _real_folder(dest, fmt)
    _check_parent(real)
    previous_files(real, fmt, database)


# --- staging and stale parts -------------------------------------------------------------------------------


def _part_name(name: str) -> str:
    return f".{name}.{os.getpid()}.{secrets.token_hex(4)}.part"


def _lock(fd: int) -> bool:
    """Take an exclusive flock on ``fd`` without waiting; False if another open file holds it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def clean_stale(parent: Path, name: str) -> list[Path]:
    """Remove the ``.NAME.<pid>.<token>.part`` entries in ``parent`` whose writer is gone (pid dead, lock free)."""
    if fcntl is None or not parent.is_dir():
        return []
    removed = []
    for entry in os.scandir(parent):
        match = _PART.fullmatch(entry.name)
        if match is None or match["name"] != name or _alive(int(match["pid"])):
            continue
        try:
            fd = os.open(entry.path, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:  # a symbolic link, or gone already
            continue
        try:
            if not _lock(fd):
                continue
            if stat.S_ISDIR(os.fstat(fd).st_mode):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed.append(Path(entry.path))
        finally:
            os.close(fd)
    return removed


def _fsync_path(path: str, directory: bool = False) -> None:
    if directory and not _POSIX:
        return  # Windows cannot open a folder to flush it
    fd = os.open(path, os.O_RDONLY if directory else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _staged_files(stage: Path) -> Iterator[str]:
    """Every file below ``stage`` as a relative POSIX path, folders in sorted order."""
    for root, dirs, files in os.walk(stage):
        dirs.sort()
        rel_root = Path(root).relative_to(stage)
        for name in sorted(files):
            yield (rel_root / name).as_posix()


def _load_syncfs() -> Callable[[int], int] | None:
    """Linux's ``syncfs(2)``: one call flushes every file and folder of a file system (measured: 4,000
    small files in 0.08 s, against 1.1-1.6 s for an fsync each); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None


_syncfs = _load_syncfs()


def fsync_tree(stage: Path) -> None:
    """Make everything below ``stage`` durable: one ``syncfs`` where there is one, else an fsync a file
    and a folder (since Linux 5.8 ``syncfs`` reports the write-back errors of the file system)."""
    if _syncfs is not None:
        fd = os.open(stage, os.O_RDONLY)
        try:
            if _syncfs(fd) == 0:
                return
        finally:
            os.close(fd)
    for root, _dirs, files in os.walk(stage, topdown=False):
        for name in files:
            _fsync_path(os.path.join(root, name))
        _fsync_path(root, directory=True)


def _oserror(dest: Path, exc: OSError) -> HashiyaError:
    return HashiyaError(f"cannot write {dest}: {exc.strerror or exc}")


@contextlib.contextmanager
def staged_file(dest: Path, fmt: str = "export", ext: str = "", database: Path | None = None) -> Iterator[IO[bytes]]:
    """A new file beside ``dest`` (mode from the umask, or the mode of the file it replaces), renamed over it."""
    dest = Path(dest)
    check_file(dest, fmt, ext, database)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        clean_stale(dest.parent, dest.name)
        tmp = dest.parent / _part_name(dest.name)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise _oserror(dest, exc) from exc
    _lock(fd)
    out = os.fdopen(fd, "wb")
    try:
        yield out
        out.flush()
        os.fsync(out.fileno())
        old = _lstat(dest)
        check_file(dest, fmt, ext, database)  # again: the destination may have changed during the export
        if old is not None:
            os.chmod(tmp, stat.S_IMODE(old.st_mode))
        if not _POSIX:
            out.close()  # Windows cannot rename an open file
        os.replace(tmp, dest)  # still locked on POSIX, so no cleaner can take it meanwhile
        _fsync_path(str(dest.parent), directory=True)
    except BaseException as exc:
        out.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _oserror(dest, exc) from exc
        raise
    finally:
        out.close()


@contextlib.contextmanager
def staged_folder(dest: Path, fmt: str, database: Path | None = None) -> Iterator[Path]:
    """A hidden folder beside ``dest`` to write into; on success its files reach ``dest`` (see the module)."""
    dest = Path(dest)
    check_folder(dest, fmt, database)
    real = _real_folder(dest, fmt)
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        clean_stale(real.parent, real.name)
        stage = real.parent / _part_name(real.name)
        stage.mkdir()
        fd = os.open(stage, os.O_RDONLY) if _POSIX else -1
    except OSError as exc:
        raise _oserror(dest, exc) from exc
    try:
        if fd >= 0:
            _lock(fd)
        yield stage
        fsync_tree(stage)
        if not os.path.lexists(real):
            os.rename(stage, real)
        else:
            move_in(stage, real, previous_files(real, fmt, database))
            shutil.rmtree(stage)  # created in this run; only its emptied folders are left
        _fsync_path(str(real.parent), directory=True)
    except BaseException as exc:
        shutil.rmtree(stage, ignore_errors=True)
        if isinstance(exc, OSError):
            raise _oserror(dest, exc) from exc
        raise
    finally:
        if fd >= 0:
            os.close(fd)


def move_in(stage: Path, dest: Path, old: set[str]) -> None:
    """Move the staged files into ``dest``; remove the old export's files the new one no longer writes.

    The manifest moves last. Nothing else in ``dest`` is touched: ``old`` comes from ``previous_files``,
    which refused any folder holding other files.
    """
    new = list(_staged_files(stage))
    for rel in new:  # refuse before moving anything: a new file may not land on a folder or a link
        target = dest / rel
        st = _lstat(target)
        if st is not None and not stat.S_ISREG(st.st_mode):
            raise DestinationError(f"cannot export into {dest}: {target} is {_kind(st.st_mode)}")
    touched = {dest}
    for rel in new:
        if rel == MANIFEST:
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(stage / rel, target)
        touched.add(target.parent)
    written = set(new)
    for rel in sorted(old - written):
        target = dest / rel
        st = _lstat(target)
        if st is not None and stat.S_ISREG(st.st_mode):
            target.unlink()
            touched.add(target.parent)
    if MANIFEST in written:
        os.replace(stage / MANIFEST, dest / MANIFEST)
    for folder in touched:
        _fsync_path(str(folder), directory=True)


def stdout_stream() -> IO[bytes]:
    return sys.stdout.buffer


def listing(stage: Path) -> list[str]:
    """The files staged so far except the manifest, for the manifest's ``files``."""
    return [rel for rel in _staged_files(stage) if rel != MANIFEST]
