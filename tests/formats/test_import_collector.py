"""The cyclic collector is paused while an import reads and writes its records, and comes back after."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import InputError
from app.formats.records import SourceRecord
from app.services import Workspace, collector
from app.services.importing import import_paths, import_records


def test_an_import_reads_its_records_without_the_collector(sqlite_ws: Workspace) -> None:
    seen: list[bool] = []

    def records() -> Iterator[SourceRecord]:
        for n in range(3):
            seen.append(gc.isenabled())
            yield SourceRecord(text=f"خبر رقم {n}", origin=f"test:{n}")

    assert gc.isenabled()
    report = import_records(sqlite_ws.db, records(), annotator="t")
    assert report.documents == 3
    assert seen == [False, False, False]
    assert gc.isenabled()


def test_a_failed_import_gives_the_collector_back(sqlite_ws: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": broken\n', encoding="utf-8")
    with pytest.raises(InputError):
        import_paths(sqlite_ws.db, [bad], annotator="t")
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_imports_at_once_share_the_pause_and_the_last_ends_it() -> None:
    inside, leave = threading.Event(), threading.Event()
    states: list[bool] = []

    def other() -> None:
        with collector.paused():
            inside.set()
            leave.wait(10)
        states.append(gc.isenabled())

    thread = threading.Thread(target=other)
    with collector.paused():
        thread.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the other import still runs
    leave.set()
    thread.join(10)
    assert states == [True] and gc.isenabled()


def test_a_collection_every_thousand_records_spooled_while_paused() -> None:
    runs: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        collector.tidy(collector.TIDY_RECORDS)  # not paused: the collector runs as it likes, nothing added
        with collector.paused():
            runs.clear()
            collector.tidy(collector.TIDY_RECORDS - 1)
            assert runs == []
            collector.tidy(1)
            assert runs == [2]
    finally:
        gc.callbacks.remove(seen)
