"""New annotation and relation ids (UUID version 4, as 32 hex digits), minted a few thousand at a time.

An import of records without ids (CoNLL, CoNLL-U, brat...) needs one per span: ``uuid.uuid4().hex`` reads the
system's random source and builds a ``UUID`` object for each, about a twentieth of a 20,000-document CoNLL-U import.
Here one ``os.urandom`` call gives the bytes of a batch, the version and variant bits are set for all of it by two
``bytes.translate`` calls, and each id is a slice of one hex string: the same ids as ``uuid4`` makes (RFC 9562).
"""

from __future__ import annotations

import os

BATCH = 4096  # ids minted at once
_VERSION = bytes((b & 0x0F) | 0x40 for b in range(256))  # byte 6: version 4 in its high nibble
_VARIANT = bytes((b & 0x3F) | 0x80 for b in range(256))  # byte 8: the RFC variant, 0b10 in its two high bits


def mint(count: int) -> list[str]:
    """``count`` new random ids, as ``uuid.uuid4().hex`` writes them."""
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = raw[6::16].translate(_VERSION)
    raw[8::16] = raw[8::16].translate(_VARIANT)
    digits = raw.hex()
    return [digits[k : k + 32] for k in range(0, 32 * count, 32)]


class FreshIds:
    """One import's source of new ids (not shared between processes or threads)."""

    def __init__(self) -> None:
        self._ready: list[str] = []

    def next_hex(self) -> str:
        if not self._ready:
            self._ready = mint(BATCH)
        return self._ready.pop()
