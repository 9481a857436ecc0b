"""The door every imported record passes: what import accepts, every export can write and read back.

- Label names (and relation types): letters, marks, digits, punctuation and symbols, at most
  ``LABEL_MAX`` characters; no spaces, no control, format, surrogate, private-use or unassigned
  characters, and neither ``,`` (CLI lists, CoNLL-U ``Entity=``) nor ``|`` (CoNLL-U MISC). An
  imported label with spaces (Label Studio's ``Person Name``) is stored as ``Person_Name`` and the
  import report says so (``metadata.defects``); spaces typed in the GUI or CLI are refused. TAB and
  newline broke the CoNLL/CoNLL-U/HF columns, and control characters Label Studio's ``config.xml``.
- Metadata and attributes: JSON that orjson (the exports' serialiser) writes back unchanged: nested at
  most ``DEPTH`` levels (orjson stops at 254), string keys, integers in 64 bits, finite floats, no lone
  surrogates.
- ``metadata.tokens``: ``[[start, end], ...]`` in text order inside the text, which the token exports
  (CoNLL, CoNLL-U, HF, spaCy) rely on, or one of the forms that name where the tokens are (``"whitespace"``,
  ``"conllu"`` with the kept lines: ``app.formats.tokens``); ``sentence_starts``: increasing token indices.
- Text fields are strings without lone surrogates (SQLite and UTF-8 files cannot hold them); offsets
  are integers; a document id is an integer from 1 to 2^63 - 1.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from itertools import chain, islice
from operator import le
from typing import Any

from app.errors import InputError
from app.formats.records import AnnotationRecord, RelationRecord, SourceRecord
from app.formats.tokens import CONLLU, FORMS, WHITESPACE

LABEL_MAX = 100
DEPTH = 64
MAX_ID = 2**63 - 1
_INT_RANGE = (-(2**63), 2**64 - 1)  # what orjson writes
_FORBIDDEN = frozenset(",|")
_SPACES = re.compile(r"[^\S\t\n\r\f\v\x1c-\x1f\x85\u2028\u2029]+")  # spaces only, not line or tab breaks
_EDGE_SPACES = re.compile(r"^[^\S\t\n\r\f\v\x1c-\x1f\x85\u2028\u2029]+|[^\S\t\n\r\f\v\x1c-\x1f\x85\u2028\u2029]+$")
_NAMES = {"Z": "a space", "C": "a control or invisible character"}


def _show(char: str) -> str:
    return f"U+{ord(char):04X}" + (f" ({unicodedata.name(char, '')})" if unicodedata.name(char, "") else "")


def label_problem(name: object) -> str | None:
    """Why ``name`` cannot be a label name, or None when it can."""
    if not isinstance(name, str):
        return f"must be a string, got {_kind(name)}"
    return _name_problem(name)


@lru_cache(maxsize=4096)
def _name_problem(name: str) -> str | None:
    if not name:
        return "is empty"
    if len(name) > LABEL_MAX:
        return f"is longer than {LABEL_MAX} characters"
    for char in name:
        if char in _FORBIDDEN:
            return f"contains {char!r} (lists and CoNLL-U use it as a separator)"
        kind = _NAMES.get(unicodedata.category(char)[0])
        if kind:
            return f"contains {_show(char)}, {kind}"
    return None


def check_label(name: object, where: str, what: str = "label") -> str:
    """``name`` if it is a usable label name, else an InputError naming ``where``."""
    problem = label_problem(name)
    if problem is not None:
        raise InputError(
            where,
            f"{what} {name!r} {problem}; a {what} is letters, digits, punctuation or symbols "
            "without spaces, commas or '|'",
        )
    return name  # type: ignore[return-value]  # a str: label_problem said so


def _surrogate(value: str) -> int:
    """The index of the first lone surrogate in ``value``, or -1: none in ASCII (known without a look), else found by
    one strict encoding, UTF-16 (which refuses lone surrogates as UTF-8 does, at the same index, and encodes an
    Arabic text, stored two bytes a character, in half the time)."""
    if value.isascii():
        return -1
    try:
        value.encode("utf-16-le")
    except UnicodeEncodeError as exc:
        return exc.start
    return -1


def check_string(value: object, where: str, what: str, *, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise InputError(where, f"{what} must be a string, got {_kind(value)}")
    at = _surrogate(value)
    if at >= 0:
        raise InputError(where, f"{what} holds a lone surrogate U+{ord(value[at]):04X} at {at}, not text")
    return value


def _kind(value: object) -> str:
    names = {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        type(None): "null",
        int: "a number",
        float: "a number",
    }
    return names.get(type(value), type(value).__name__)


def _int_list(items: list[Any], depth: int) -> list[int] | None:
    """The integers of ``items`` (at ``depth``) when it is a non-empty list of integers or of ``[int, int]`` pairs
    (token offsets) nested within ``DEPTH``, flattened in order; else None. Checked with C loops, not per value."""
    if not items or depth >= DEPTH:
        return None
    kinds = set(map(type, items))
    if kinds == {int}:
        return items
    if kinds != {list} or depth + 1 >= DEPTH or set(map(len, items)) != {2}:
        return None
    flat = list(chain.from_iterable(items))
    return flat if set(map(type, flat)) == {int} else None


def check_json(value: Any, where: str, what: str) -> None:
    """``value`` is JSON the exports can write back as it is (see the module docstring)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > DEPTH:
            raise InputError(where, f"{what} is nested more than {DEPTH} levels deep")
        kind = type(item)
        if kind is dict:
            for key, sub in item.items():
                if type(key) is not str:
                    raise InputError(where, f"{what} has a key that is not a string: {key!r}")
                check_string(key, where, f"a key of {what}")
                stack.append((sub, depth + 1))
        elif kind is list:
            ints = _int_list(item, depth)
            if ints is None:
                if depth < DEPTH and item and set(map(type, item)) == {str} and _surrogate("".join(item)) < 0:
                    continue  # strings without lone surrogates (token forms, lemmas): one encode for the list
                stack.extend((sub, depth + 1) for sub in item)
            elif not (_INT_RANGE[0] <= min(ints) and max(ints) <= _INT_RANGE[1]):
                stack.extend((sub, depth + 1) for sub in ints)  # the loop names the integer too large
        elif kind is str:
            check_string(item, where, f"a string in {what}")
        elif kind is int:
            if not _INT_RANGE[0] <= item <= _INT_RANGE[1]:
                raise InputError(where, f"{what} holds an integer too large to store: {item}")
        elif kind is float:
            if not math.isfinite(item):
                raise InputError(where, f"{what} holds {item}, which JSON cannot hold")
        elif item is not None and kind is not bool:
            raise InputError(where, f"{what} holds a {kind.__name__}, not JSON")


def check_tokens(metadata: dict[str, Any], text_length: int, where: str) -> None:
    """``metadata.tokens`` and ``sentence_starts``, when present, have the shape the token exports read."""
    tokens = metadata.get("tokens")
    if type(tokens) is str:
        kept = metadata.get(CONLLU)
        if tokens not in FORMS or (
            tokens == CONLLU and not (type(kept) is dict and type(kept.get("sentences")) is list)
        ):
            raise InputError(
                where,
                f"metadata.tokens must be [start, end] pairs, {WHITESPACE!r}, or {CONLLU!r} with the lines in "
                f"metadata.{CONLLU}.sentences, got {tokens!r}",
            )
        if "sentence_starts" in metadata:
            raise InputError(where, f"metadata.sentence_starts goes with [start, end] pairs, not with {tokens!r}")
    elif tokens is not None:
        if type(tokens) is not list:
            raise InputError(where, f"metadata.tokens must be an array of [start, end] pairs, got {_kind(tokens)}")
        flat = _int_list(tokens, 1) or []
        fine = (
            len(flat) == 2 * len(tokens) > 0
            and flat[0] >= 0
            and flat[-1] <= text_length
            and all(map(le, flat, islice(flat, 1, None)))
        )  # the pairs in order, checked in C; else per pair
        last = 0
        for n, pair in enumerate(() if fine else tokens):
            if not (
                type(pair) is list
                and len(pair) == 2
                and type(pair[0]) is int
                and type(pair[1]) is int
                and last <= pair[0] <= pair[1] <= text_length
            ):
                raise InputError(
                    where,
                    f"metadata.tokens[{n}] must be [start, end] in text order inside the text "
                    f"(0..{text_length}), got {pair!r}",
                )
            last = pair[1]
    starts = metadata.get("sentence_starts")
    if starts is not None:
        count = len(tokens) if type(tokens) is list else None
        if (
            type(starts) is not list
            or any(type(s) is not int or s < 0 or (count is not None and s >= max(count, 1)) for s in starts)
            or starts != sorted(set(starts))
        ):
            raise InputError(where, "metadata.sentence_starts must be increasing token indices")


def safe_label(name: object) -> object:
    """A label name with its runs of spaces (U+0020, NBSP, ...) as ``_``, as brat and CoNLL name types
    (``Person Name`` -> ``Person_Name``); other values unchanged, for ``check_label`` to judge."""
    if isinstance(name, str) and any(unicodedata.category(c) == "Zs" for c in name):
        return _SPACES.sub("_", _EDGE_SPACES.sub("", name)) or name
    return name


def _renamed(record: SourceRecord, old: str, new: str, where: str) -> None:
    """Tell the import report that a label was stored under a safe name (metadata.defects)."""
    defects = record.metadata.setdefault("defects", {})
    kind = "label with spaces stored with _"
    counts = defects.setdefault("counts", {})
    counts[kind] = counts.get(kind, 0) + 1
    examples = defects.setdefault("examples", {}).setdefault(kind, [])
    if len(examples) < 5:
        examples.append(f"{where}: {old!r} -> {new!r}")


def _annotation(a: AnnotationRecord, text_length: int, where: str, record: SourceRecord) -> None:
    label = safe_label(a.label)
    if label is not a.label and label_problem(label) is None:
        _renamed(record, a.label, label, where)  # type: ignore[arg-type]  # safe_label changed a str
        a.label = label  # type: ignore[assignment]
    check_label(a.label, where)
    if type(a.start) is not int or type(a.end) is not int:
        raise InputError(where, f"start and end must be integers, got {a.start!r} and {a.end!r}")
    if not 0 <= a.start < a.end <= text_length:
        raise InputError(where, f"span [{a.start}, {a.end}) is empty or outside the text (0..{text_length})")
    check_string(a.text, where, "text")
    _owned(a.id, a.annotator, a.note, a.attributes, where)


def _owned(id_: object, annotator: object, note: object, attributes: object, where: str) -> None:
    """What annotations and relations both carry: an id, an annotator, a note and attributes."""
    check_string(id_, where, "id")
    check_string(annotator, where, "annotator")
    check_string(note, where, "note", optional=False)
    if type(attributes) is not dict:
        raise InputError(where, f"attributes must be an object, got {_kind(attributes)}")
    if attributes:
        check_json(attributes, where, "attributes")


def _relation(r: RelationRecord, where: str) -> None:
    check_label(r.type, where, "relation type")
    for value, what in ((r.from_id, "from"), (r.to_id, "to")):
        check_string(value, where, what, optional=False)
    _owned(r.id, r.annotator, r.note, r.attributes, where)


def check_record(record: SourceRecord) -> SourceRecord:
    """Refuse a record that storage or an export could not hold, naming where it came from."""
    where = record.origin
    check_string(record.text, where, "text", optional=False)
    check_string(record.title, where, "title", optional=False)
    for value, what in ((record.external_id, "external id"), (record.source, "source"), (record.status, "status")):
        check_string(value, where, what)
    if record.doc_id is not None and not (type(record.doc_id) is int and 1 <= record.doc_id <= MAX_ID):
        raise InputError(where, f"document id must be an integer from 1 to 2^63-1, got {record.doc_id!r}")
    if type(record.metadata) is not dict:
        raise InputError(where, f"metadata must be an object, got {_kind(record.metadata)}")
    if record.metadata:
        check_tokens(record.metadata, len(record.text), where)
        # token pairs that check_tokens let through are integers inside the text, JSON that any export writes:
        # not walked twice (the second walk was a tenth of a CoNLL import's checks)
        kept = record.metadata
        if type(kept.get("tokens")) is list:
            kept = {key: value for key, value in kept.items() if key != "tokens"}
        check_json(kept, where, "metadata")
    length = len(record.text)
    for n, a in enumerate(record.annotations, 1):
        _annotation(a, length, f"{where} annotation {n}", record)
    for n, r in enumerate(record.relations, 1):
        _relation(r, f"{where} relation {n}")
    return record
