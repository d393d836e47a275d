"""Entries as leaves of the shared log: one canonical JSON line each (docs/FORMAT.md)."""

from __future__ import annotations

import json
from typing import Any

from rekindle_desktop.domain.entries import (
    Entry,
    EntryKind,
    InvalidEntry,
    body_from_json,
    body_to_json,
    check,
)
from rekindle_desktop.domain.moment import Moment

LEAF_VERSION = 1
MAX_LEAF = 1_000_000  # bytes; a 200,000-character note escaped is well inside


class LeafError(ValueError):
    """A leaf that is not an entry this version can read."""


def entry_to_leaf(entry: Entry) -> bytes:
    document = {
        "v": LEAF_VERSION,
        "entry": entry.id,
        "kind": entry.kind.value,
        "happened": entry.happened.to_text(),
        "logged": entry.logged.to_text(),
        "body": body_to_json(entry.body),
    }
    return canonical(document)


def leaf_to_entry(leaf: bytes) -> Entry:
    """The entry a leaf holds, held to the sharer's own rules. Raises LeafError."""
    entry = _read(leaf, keep=True)
    assert entry is not None
    return entry


def check_leaf(leaf: bytes) -> None:
    """What `leaf_to_entry` checks, without keeping the entry: for accepting a whole file."""
    _read(leaf, keep=False)


def _read(leaf: bytes, *, keep: bool) -> Entry | None:
    if len(leaf) > MAX_LEAF:
        raise LeafError("an entry is too large")
    try:
        document = json.loads(leaf.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise LeafError("an entry is not valid JSON") from exc
    if not isinstance(document, dict):
        raise LeafError("an entry is not a JSON object")
    if document.get("v") != LEAF_VERSION:
        raise LeafError("an entry was written by a newer version of Rekindle")
    try:
        kind = EntryKind(document["kind"])
        entry_id = document["entry"]
        body = document["body"]
        if not isinstance(entry_id, int) or isinstance(entry_id, bool) or entry_id < 1:
            raise LeafError("an entry has no valid id")
        if not isinstance(body, dict):
            raise LeafError("an entry has no body")
        happened = Moment.from_text(_text(document["happened"]))
        parsed = body_from_json(kind, body)
        check(kind, happened, parsed)  # the same rules the sharer's app applies
        logged = Moment.from_text(_text(document["logged"]))
        return Entry(entry_id, kind, happened, logged, parsed) if keep else None
    except (KeyError, ValueError, TypeError, InvalidEntry) as exc:
        if isinstance(exc, LeafError):
            raise
        raise LeafError("an entry could not be read") from exc


def canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value
