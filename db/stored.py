"""Reading columns in their stored form, for the hot read paths that bypass SQLAlchemy's types.

Converting UUIDs and JSON per value through SQLAlchemy was most of the time of an export and of
opening a document with 10,000 spans; these helpers convert what the drivers return directly.
"""

from __future__ import annotations

import json
from typing import Any

import orjson


def uuid_text(value: object) -> str:
    """The canonical text of an id: SQLite stores UUIDs as 32 hex digits, PostgreSQL returns ``UUID``s."""
    if isinstance(value, str) and len(value) == 32:
        h = value.lower()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return str(value)


def json_object(value: object) -> dict[str, Any]:
    """A JSON object column read as text (SQLite) or already decoded (PostgreSQL drivers); ``{}`` if empty."""
    if isinstance(value, str | bytes):
        text = value
        if not text or text in ("{}", b"{}"):
            return {}
        try:
            value = orjson.loads(text)
        except orjson.JSONDecodeError:  # NaN or a huge integer written by the stdlib serialiser
            value = json.loads(text)
    return dict(value) if isinstance(value, dict) else {}
