"""Entries as leaves of the shared log: one canonical JSON line each (docs/FORMAT.md §4).

A leaf is written in exactly one way, so a reader can insist on it: decoding a leaf and
encoding the entry again must give the same bytes. That one check refuses duplicate
keys, unknown fields, spaces, non-ASCII digits and every other second spelling.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from rekindle_desktop.domain.entries import (
    MAX_LABEL,
    MAX_TEXT,
    Amend,
    Body,
    Entry,
    EntryKind,
    InvalidEntry,
    OutcomeRecord,
    Plan,
    Retract,
    body_from_json,
    body_to_json,
    check,
    written_as_body_to_json,
)
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.words import Refusal

LEAF_VERSION = 1
# The longest leaf an entry the app accepts can become. A body holds at most one long
# text and three labels (a correction of a plan: purpose; place, who with, why), and one
# character becomes at most six bytes (a control character written as \u00XX); the rest
# of a leaf (kind, times, keys) is far below the allowance added.
WORST_BYTES_PER_CHARACTER = 6
MAX_LEAF = WORST_BYTES_PER_CHARACTER * (MAX_TEXT + 3 * MAX_LABEL) + 16_384


class LeafError(Refusal):
    """A leaf that is not an entry this version can read."""


# What an accepted leaf is about, kept beside it in the journal, so that a long record's
# newest weeks can be read without the years before them: its number, kind and
# `happened` as the leaf writes them, and the entry it is about, if it is one. A plain
# tuple: a ten-year file makes 91,000 of them.
LeafAbout = tuple[int, str, str, int | None]


def target_of(entry: Entry) -> int | None:
    """The entry an outcome, correction or withdrawal is about; None for the others."""
    body = entry.body
    return body.target if isinstance(body, OutcomeRecord | Amend | Retract) else None


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


def shared_form(entry: Entry, number: int, numbers: Mapping[int, int]) -> Entry:
    """The entry as it leaves the journal: numbered in the shared log, not the journal.

    `number` is its place among shared entries (the last shared number plus one), and
    `numbers` maps journal ids to shared numbers for what an outcome, correction or
    withdrawal is about. So a file shows neither how many entries stayed private nor
    when they were written, and its times are no finer than the app shows (minutes).
    """
    body = entry.body
    if isinstance(body, OutcomeRecord | Amend | Retract):
        body = replace(body, target=numbers[body.target])
    return replace(
        entry,
        id=number,
        happened=_to_minute(entry.happened),
        logged=_to_minute(entry.logged),
        body=_coarse_body(body),
    )


def leaf_to_entry(leaf: bytes) -> Entry:
    """The entry a leaf holds, held to the sharer's own rules and to one spelling per
    meaning: keys sorted and never repeated, exactly the fields the entry has, whole
    numbers as JSON integers, times and days as to_text and isoformat write them.

    For new leaves in a file. Raises LeafError.
    """
    return read_new_leaf(leaf)[0]


def read_new_leaf(leaf: bytes) -> tuple[Entry, LeafAbout]:
    """`leaf_to_entry`, and what the leaf is about, as the leaf writes it."""
    entry, document = _read(leaf, _STRICT)
    if list(document) != _LEAF_FIELDS or not written_as_body_to_json(
        entry.kind, document["body"], entry.body
    ):
        raise LeafError("an entry is not written in the one way the format allows")
    # Both read and checked above: the kind is one there is, and `happened` is spelled
    # as Moment.to_text writes it.
    return entry, (entry.id, document["kind"], document["happened"], target_of(entry))


def kept_entry(leaf: bytes) -> Entry:
    """An entry accepted before, read as it was accepted (without the spelling rule,
    which older versions did not apply)."""
    return _read(leaf, _DECODER)[0]


def number_and_kind(leaf: bytes) -> tuple[int, EntryKind]:
    """The shared number and kind of an accepted leaf, without reading its body.

    An accepted leaf has its keys sorted (leaf_to_entry insists), so the body comes
    first and the leaf ends `,"entry":N,"happened":…,"kind":"…","logged":…,"v":1}`. No
    body has an "entry" key, and inside a JSON string every quote is escaped, so the last
    `,"entry":` is the top-level key. Anything else (spaces, say) is read in full.
    """
    start = leaf.rfind(b',"entry":') + len(b',"entry":')
    end = leaf.find(b",", start)
    kind_start = leaf.find(b'"kind":"', end) + len(b'"kind":"')
    kind_end = leaf.find(b'"', kind_start)
    digits = leaf[start:end]
    if start > len(b',"entry":') and digits.isdigit() and kind_end > kind_start > end:
        try:
            return _number(int(digits)), EntryKind(leaf[kind_start:kind_end].decode())
        except (ValueError, UnicodeDecodeError):
            pass
    entry = _read(leaf, _DECODER)[0]
    return entry.id, entry.kind


def _read(leaf: bytes, decoder: json.JSONDecoder) -> tuple[Entry, dict[str, Any]]:
    if len(leaf) > MAX_LEAF:
        raise LeafError("an entry is too large")
    try:
        document = decoder.decode(leaf.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise LeafError("an entry is not valid JSON") from exc
    if not isinstance(document, dict):
        raise LeafError("an entry is not a JSON object")
    if document.get("v") != LEAF_VERSION:
        raise LeafError("an entry was written by a newer version of Rekindle")
    try:
        kind = EntryKind(document["kind"])
        entry_id = _number(document["entry"])
        body = document["body"]
        if not isinstance(body, dict):
            raise LeafError("an entry has no body")
        happened = Moment.from_text(_text(document["happened"]))
        parsed = body_from_json(kind, body)
        check(kind, happened, parsed)  # the same rules the sharer's app applies
        # Most entries are logged as they happen: the same text, read once.
        logged_text = document["logged"]
        if logged_text == document["happened"]:
            logged = happened
        else:
            logged = Moment.from_text(_text(logged_text))
        return Entry(entry_id, kind, happened, logged, parsed), document
    except LeafError:
        raise
    except (KeyError, ValueError, TypeError, OverflowError, RecursionError, InvalidEntry) as exc:
        raise LeafError("an entry could not be read") from exc


def _once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are never repeated: a repeated key means different things
    to different readers (JSON itself leaves it open)."""
    document = dict(pairs)
    if len(document) != len(pairs):
        raise ValueError("a key is repeated")
    return document


# Decoders and an encoder, made once: json.loads on bytes and json.dumps with options
# each do work per call that a ten-year file makes a hundred thousand times.
_DECODER = json.JSONDecoder()
_STRICT = json.JSONDecoder(object_pairs_hook=_once)
_LEAF_FIELDS = ["body", "entry", "happened", "kind", "logged", "v"]  # in this order
_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, check_circular=False
)


def canonical(document: dict[str, Any]) -> bytes:
    """The one spelling: keys sorted, no spaces, UTF-8 (docs/FORMAT.md §4)."""
    return _CANONICAL.encode(document).encode("utf-8")


def _number(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise LeafError("an entry has no valid number")
    return value


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _to_minute(moment: Moment) -> Moment:
    utc = moment.utc
    return Moment(utc.replace(second=0, microsecond=0), moment.offset_minutes)


def _coarse_body(body: Body) -> Body:
    if isinstance(body, Plan):
        return replace(body, starts=_to_minute(body.starts), ends=_to_minute(body.ends))
    if isinstance(body, Amend):
        return replace(body, replacement=_coarse_body(body.replacement))
    return body
