"""The import spool counts a record's metadata in its memory estimate: the token formats' tokens and source
lines (most of a CoNLL-U record) pushed a large import far past the threshold without spilling to disk."""

from __future__ import annotations

import tracemalloc

from app.formats.records import AnnotationRecord, SourceRecord
from app.services.spool import Spool, _size


def _record(n: int) -> SourceRecord:
    words = ["كلمة"] * 2000
    text = " ".join(words)
    tokens = [[5 * k, 5 * k + 4] for k in range(len(words))]
    lines = [f"{k + 1}\tكلمة\t_\t_\t_\t_\t_\t_\t_\t_" for k in range(len(words))]
    return SourceRecord(
        text=text,
        origin=f"doc {n}",
        annotations=[AnnotationRecord("ACTOR", 0, 4)],
        metadata={"tokens": tokens, "sentence_starts": [0], "conllu": {"sentences": [lines]}},
    )


def test_estimate_is_within_a_factor_of_two_of_what_the_record_holds() -> None:
    tracemalloc.start()
    record = _record(0)
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert held / 2 <= _size(record) <= held * 2


def test_records_with_large_metadata_go_to_disk_past_the_threshold() -> None:
    records = [(f"{n:064x}", _record(n)) for n in range(10)]
    with Spool(memory_bytes=2 * 2**20) as spool:  # the ten records hold about 4 MB
        spool.put(1, records[:5])
        spool.put(1, records[5:])
        assert spool._on_disk
        back = [record for batch in spool.batches(4) for _, record in batch]
    assert back == [record for _, record in records]


def test_batches_read_back_from_disk_stay_within_a_quarter_of_the_threshold() -> None:
    records = [(f"{n:064x}", _record(n)) for n in range(12)]
    threshold = 4 * 2**20
    with Spool(memory_bytes=threshold) as spool:
        spool.put(1, records)
        assert spool._on_disk
        batches = [[record for _, record in batch] for batch in spool.batches(5000)]
    assert [r for batch in batches for r in batch] == [record for _, record in records]
    assert len(batches) > 1
    for batch in batches:
        assert len(batch) == 1 or sum(_size(r) for r in batch[:-1]) < threshold // 4 * 2


def test_a_zero_threshold_still_gives_back_every_record() -> None:
    records = [(f"{n:064x}", _record(n)) for n in range(3)]
    with Spool(memory_bytes=0) as spool:
        spool.put(1, records)
        assert [len(batch) for batch in spool.batches(5000)] == [1, 1, 1]
