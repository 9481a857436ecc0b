"""What long operations (imports and exports) share with whoever runs them: the progress callback's type
and the error that stops an export. Light to import: the GUI's worker thread and the CLI both use it."""

from __future__ import annotations

from collections.abc import Callable

from app.errors import HashiyaError

Progress = Callable[[int], None]  # progress(n): n more documents done (0: nothing new, a chance to cancel)


class ExportCancelled(HashiyaError):
    """Raised when an export is asked to stop (``cancelled()`` returned True); the destination is left untouched."""
