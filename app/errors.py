"""Errors the user can act on. The CLI prints them as one line and exits with status 2.

There is one root, :class:`HashiyaError`, defined in ``db.errors`` (``db/`` may not import ``app/``) with the
storage errors under it; it is re-exported here so that ``app/`` and ``ui/`` need not import ``db/``.
"""

from __future__ import annotations

from db.errors import DatabaseDamagedError as DatabaseDamagedError
from db.errors import DatabaseError as DatabaseError
from db.errors import HashiyaError as HashiyaError


class InputError(HashiyaError):
    """A file or record that cannot be read as asked. ``source`` names the file (and record)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NotFoundError(HashiyaError):
    """A document, annotation, relation or label that does not exist."""


class OffsetError(HashiyaError):
    """Offsets outside the text, an empty span, or a text snapshot that does not match."""


# A busy database (another writer held the lock past the busy timeout) is an error the user can act on,
# defined beside the storage it comes from; re-exported so that ui/ need not import db/.
from db.errors import DatabaseBusyError as DatabaseBusyError  # noqa: E402
