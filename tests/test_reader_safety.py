"""Readers that never hang: TREC markup in linear time; folders give only regular files inside them."""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.cli import main
from app.errors import InputError
from app.formats.readers import expand_paths, parse_size, read_records
from app.formats.trec import _fields, read_trec

T = TypeVar("T")

# The pattern the reader used before: right by definition, but it scanned to the end for each unclosed tag.
_OLD_FIELD = re.compile(r"<([A-Za-z][\w.:-]*)(?:\s[^<>]*)?>(.*?)</\1\s*>|<([A-Za-z][\w.:-]*)(?:\s[^<>]*)?/>", re.S)


def _old_fields(markup: str) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for m in _OLD_FIELD.finditer(markup):
        name, value = (m[1], m[2].removeprefix("\n").removesuffix("\n")) if m[1] else (m[3], "")
        key = name.lower()
        if key not in fields:
            fields[key] = value
        elif isinstance(fields[key], list):
            fields[key].append(value)
        else:
            fields[key] = [fields[key], value]
    return fields


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<a>",
                "</a>",
                "<a x='1'>",
                "</a >",
                "<ab>",
                "</ab>",
                "<A>",
                "</A>",
                "<b/>",
                "<b />",
                "<b",
                "a>",
                "<",
                ">",
                "/",
                " ",
                "\n",
                "x",
                "</b>",
                "<b>",
                "<a/>",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_trec_fields_are_what_the_old_pattern_found(markup: str) -> None:
    assert _fields(markup) == _old_fields(markup)


def _read_seconds(path: Path, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        records = list(read_trec(path))
        best = min(best, time.perf_counter() - start)
    assert records[0].text == "body"
    return best


def _unclosed(tmp_path: Path, size: int) -> Path:
    path = tmp_path / f"unclosed-{size}.trec"
    tags = "<p>word <span class=x>" * (size // 22)
    path.write_text(f"<DOC><DOCNO>1</DOCNO><TEXT>body</TEXT>{tags}</DOC>\n", encoding="utf-8")
    return path


def test_trec_many_unclosed_tags_take_linear_time(tmp_path: Path) -> None:
    """10 KB -> 100 KB -> 1 MB of unclosed tags: each tenfold grows the time far less than a hundredfold
    (the old pattern took ~20 s for 100 KB here, and half an hour for 1 MB)."""
    small, medium = (_read_seconds(_unclosed(tmp_path, n)) for n in (10_000, 100_000))
    assert medium / small < 20, (small, medium)
    large = _read_seconds(_unclosed(tmp_path, 1_000_000))
    assert large / medium < 20, (medium, large)


# --- files: regular ones, inside the folder, within the cap ------------------------------------------


def _no_hang(call: Callable[[], T], fifo: Path, seconds: float = 10) -> T:
    """``call()`` in a thread; if it blocks on ``fifo`` past ``seconds``, unblock it (EOF) and fail."""
    result: list[T] = []
    error: list[BaseException] = []

    def work() -> None:
        try:
            result.append(call())
        except BaseException as exc:  # handed to the test's thread
            error.append(exc)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # the blocked reader gets end of file
        worker.join(seconds)
        pytest.fail(f"blocked on the FIFO {fifo} for {seconds} s")
    if error:
        raise error[0]
    return result[0]


@pytest.fixture
def odd_folder(tmp_path: Path) -> Path:
    """A folder with a good file, a FIFO, links out of it (a file, /dev/zero, a folder), a link inside it
    and a file over a 1 KiB cap."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    folder, outside = tmp_path / "in", tmp_path / "secret.txt"
    (folder / "sub").mkdir(parents=True)
    outside.write_text("خارج المجلد", encoding="utf-8")
    (folder / "a.txt").write_text("نص عادي", encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    (folder / "c.txt").symlink_to(outside)
    (folder / "d.txt").symlink_to(os.devnull if not Path("/dev/zero").exists() else "/dev/zero")
    (folder / "e.txt").symlink_to(folder / "a.txt")  # inside: followed (and the same file as a.txt)
    (folder / "sub" / "f.txt").write_text("كبير " * 400, encoding="utf-8")
    (folder / "up").symlink_to(tmp_path, target_is_directory=True)
    return folder


def test_folder_gives_only_regular_files_inside_it_and_lists_the_rest(odd_folder: Path) -> None:
    folder = odd_folder
    skipped: list[tuple[str, str]] = []
    found = _no_hang(lambda: expand_paths([folder], None, max_size=1024, skipped=skipped), folder / "b.txt")
    assert [rel for _, _, rel in found] == ["a.txt"]
    reasons = {Path(path).name: reason for path, reason in skipped}
    assert reasons["b.txt"] == "not a regular file (a FIFO)"
    assert reasons["c.txt"].startswith("outside the folder")
    assert reasons["d.txt"].startswith("outside the folder")
    assert reasons["up"].startswith("outside the folder")
    assert reasons["f.txt"] == "larger than the cap (3.516 KiB > 1 KiB; raise it with --max-size)"  # 3,600 bytes
    assert len(skipped) == 5


def test_the_cap_can_be_raised(odd_folder: Path) -> None:
    folder = odd_folder
    found = _no_hang(lambda: expand_paths([folder], None, max_size=parse_size("1M")), folder / "b.txt")
    assert [rel for _, _, rel in found] == ["a.txt", "sub/f.txt"]


def test_device_or_fifo_named_directly_is_an_error(odd_folder: Path) -> None:
    folder = odd_folder
    with pytest.raises(InputError, match="not a regular file \\(a FIFO\\)"):
        _no_hang(lambda: expand_paths([folder / "b.txt"], "txt"), folder / "b.txt")
    if Path("/dev/zero").exists():
        with pytest.raises(InputError, match="not a regular file \\(a character device\\)"):
            expand_paths([Path("/dev/zero")], "txt")
    assert expand_paths([folder / "c.txt"], None)[0][0] == folder / "c.txt"  # a link named directly is read


def test_cli_import_reports_what_it_skipped(
    odd_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = odd_folder
    db = str(tmp_path / "cli.sqlite3")
    code = _no_hang(lambda: main(["import", str(folder), "--max-size", "1K", "--db", db]), folder / "b.txt")
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "1 documents imported" in out
    assert f"skipped {folder / 'b.txt'}: not a regular file (a FIFO)" in err.splitlines()
    assert f"skipped {folder / 'sub' / 'f.txt'}: larger than the cap" in err
    assert [d.text for d in _documents(db)] == ["نص عادي"]  # not the file outside, not a.txt twice


def _documents(db: str) -> list[Any]:
    from app.services import Workspace

    ws = Workspace.open(db, "tester")
    try:
        return [ws.documents.open(d.id) for d in ws.documents.list(after_id=0, limit=100)]
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--max-size", "lots"], "lots: not a size"),
        (["--max-size", "0"], "0: not a size"),
    ],
)
def test_cli_bad_size_or_named_fifo_is_one_line_exit_2(
    odd_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    folder = odd_folder
    code = main(["import", str(folder / "a.txt"), *argv, "--db", str(tmp_path / "x.sqlite3")])
    err = capsys.readouterr().err
    assert code == 2 and err == f"hashiya: error: {message} (e.g. 800M, 2G, or a number of bytes)\n"
    code = _no_hang(
        lambda: main(["import", str(folder / "b.txt"), "--db", str(tmp_path / "x.sqlite3")]), folder / "b.txt"
    )
    assert code == 2
    assert capsys.readouterr().err == f"hashiya: error: {folder / 'b.txt'}: not a regular file (a FIFO)\n"


@pytest.mark.parametrize(
    ("text", "size"),
    [("1048576", 1 << 20), ("512M", 512 << 20), ("2GiB", 2 << 30), ("1.5g", 3 << 29), ("10 kb", 10240)],
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


def test_brat_text_beside_the_ann_is_not_read_through_a_link_out_of_the_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("سر", encoding="utf-8")
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.ann").write_text("T1\tACTOR 0 2\tسر\n", encoding="utf-8")
    (folder / "a.txt").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(InputError, match=r"a\.txt is a link out of its folder"):
        list(read_records(folder / "a.ann", "brat"))
    (folder / "a.txt").unlink()
    (folder / "a.txt").symlink_to("/dev/zero" if Path("/dev/zero").exists() else os.devnull)
    with pytest.raises(InputError):  # a device: no .txt file beside it
        list(read_records(folder / "a.ann", "brat"))
