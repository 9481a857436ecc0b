"""Ids minted in batches are RFC 9562 version-4 UUIDs, as ``uuid.uuid4().hex`` writes them, and never repeat."""

from __future__ import annotations

import uuid

from app.services.fresh_ids import BATCH, FreshIds, mint


def test_minted_ids_are_version_4_uuids_in_hex() -> None:
    ids = mint(5000)
    assert len(set(ids)) == 5000
    for value in ids:
        parsed = uuid.UUID(hex=value)
        assert parsed.hex == value and parsed.version == 4 and parsed.variant == uuid.RFC_4122


def test_the_source_refills_past_a_batch_without_repeating() -> None:
    fresh = FreshIds()
    ids = [fresh.next_hex() for _ in range(2 * BATCH + 3)]
    assert len(set(ids)) == len(ids)
    assert all(len(value) == 32 and value[12] == "4" and value[16] in "89ab" for value in ids)
