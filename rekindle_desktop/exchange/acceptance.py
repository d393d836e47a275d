"""The one rule a reviewer's Rekindle applies before it keeps a timeline file.

docs/FORMAT.md §6 states each step as a MUST, with the refusal it leads to. A file is
accepted only if, in this order:

1. it is a timeline file whose signed note is well formed (ASCII digits and base64);
2. its origin is the one accepted before (the first accepted file pins it);
3. the note is signed by the key pinned at pairing;
4. it holds exactly the signed number of entries, whose root is the signed root;
5. every entry accepted before is in it, byte for byte and in place;
6. every new entry is written in the one canonical way and keeps the sharer's rules;
7. every new entry's number is greater than every earlier number;
8. every outcome, correction and withdrawal is about an earlier entry of a fitting kind;
9. an ending (the sharer stopped sharing) is the last entry: nothing follows it.

The reviewer's accepted record therefore only grows: no entry can be replaced, moved,
renumbered or made to mean something else by a later file, whoever signed it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from rekindle_desktop.crypto import merkle
from rekindle_desktop.crypto.signed_note import Checkpoint, NoteError, open_signed, parse_checkpoint
from rekindle_desktop.domain.entries import (
    LOGGABLE_KINDS,
    Amend,
    Entry,
    EntryKind,
    InvalidEntry,
    OutcomeRecord,
    Retract,
    check,
)
from rekindle_desktop.exchange.leaves import (
    LeafAbout,
    LeafError,
    number_and_kind,
    read_new_leaf,
    target_of,
)
from rekindle_desktop.exchange.timeline_file import MIN_LEAF, FileUnreadable, parse

CORRECTABLE = frozenset({*LOGGABLE_KINDS, EntryKind.PAUSE})
WITH_OUTCOMES = frozenset({EntryKind.PLAN, EntryKind.PROMISE})


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    ENDED = "ended"  # accepted, and its last entry says sharing has ended
    ALREADY_SEEN = "already seen"
    UNREADABLE = "unreadable"
    TAMPERED = "tampered"
    WRONG_SIGNER = "signed by someone else"
    OTHER_RECORD = "from another record"
    OLDER = "older than what you reviewed"
    REWRITTEN = "history rewritten"
    OUT_OF_ORDER = "entries out of order"

    @property
    def accepted(self) -> bool:
        return self in (Verdict.ACCEPTED, Verdict.ENDED, Verdict.ALREADY_SEEN)

    @property
    def exit_code(self) -> int:
        if self.accepted:
            return 0
        return 2 if self is Verdict.UNREADABLE else 1


@dataclass(frozen=True)
class Accepted:
    """What the reviewer accepted before: every leaf, and the origin it came from.

    `root`, if given, is the root of `leaves` as checked when they were accepted (a
    journal keeps it with each checkpoint). Rule 8 then compares roots, and `leaves`
    may be a sequence that reads the leaves only when asked for them (to show a refusal).
    """

    leaves: Sequence[bytes]
    origin: str
    root: bytes | None = None


@dataclass(frozen=True)
class Extension:
    """A file that passed: its checkpoint, its note as signed, and all of its leaves."""

    checkpoint: Checkpoint
    note: str
    leaves: list[bytes]
    start: int  # how many of `leaves` were accepted before
    about: list[LeafAbout]  # what each new leaf is about, in order

    @property
    def new_leaves(self) -> list[bytes]:
        return self.leaves[self.start :]


@dataclass
class Refusal(Exception):
    verdict: Verdict
    # Plain words for the message: an English template with {named} `fields`, so the
    # window can say it in its own language (services/sharing.py fills it in).
    reason: str
    leaves: list[bytes] = field(default_factory=list)  # for showing what was rewritten
    fields: Mapping[str, object] = field(default_factory=dict)


def check_extends(plaintext: bytes, signer: bytes, before: Accepted | None) -> Extension:
    """The file's extension of `before`, or Refusal. Reads nothing but its arguments."""
    try:
        parsed = parse(plaintext)
        claimed = parse_checkpoint(parsed.note.split("\n\n", 1)[0] + "\n")
    except FileUnreadable as exc:
        raise Refusal(Verdict.UNREADABLE, exc.template, fields=exc.fields) from exc
    except NoteError as exc:
        raise Refusal(Verdict.UNREADABLE, "its signed part is malformed") from exc
    if before is not None and claimed.origin != before.origin:
        raise Refusal(Verdict.OTHER_RECORD, "it continues a different record")
    try:
        open_signed(parsed.note, claimed.origin, signer)
    except NoteError as exc:
        if "not signed by the expected key" in str(exc):
            raise Refusal(Verdict.WRONG_SIGNER, "it is signed by another key") from exc
        raise Refusal(Verdict.TAMPERED, "its signature does not match") from exc
    # Only now, with the size signed, are the entries split out: a bounded number of them.
    count = parsed.leaf_count
    room = len(plaintext) - parsed.leaves_start
    if count != claimed.size or count * (MIN_LEAF + 1) > room:
        raise Refusal(Verdict.TAMPERED, "it doesn't hold the entries it was signed for")
    leaves = parsed.leaves()
    tree = merkle.levels(merkle.leaf_hashes(leaves))
    if merkle.top(tree) != claimed.root:
        raise Refusal(Verdict.TAMPERED, "its entries don't match what was signed")
    start = _kept_in_place(leaves, tree, before)
    return Extension(claimed, parsed.note, leaves, start, _check_new(leaves, start))


def _kept_in_place(leaves: list[bytes], tree: list[list[bytes]], before: Accepted | None) -> int:
    """How many leaves were accepted before, once each is found byte for byte in place:
    by the root over them (SHA-256 binds every byte) if it was kept, else byte by byte."""
    if before is None:
        return 0
    kept = len(before.leaves)
    rooted = before.root is not None and kept <= len(leaves)
    if rooted and merkle.prefix_root(tree, kept) == before.root:
        return kept
    earlier = list(before.leaves)
    if leaves[:kept] == earlier:
        return kept
    if len(leaves) < kept and leaves == earlier[: len(leaves)]:
        raise Refusal(Verdict.OLDER, "it is an older file", leaves)
    raise Refusal(Verdict.REWRITTEN, "part of what you reviewed is different in it", leaves)


def _check_new(leaves: list[bytes], start: int) -> list[LeafAbout]:
    """Rules 9 to 13 for the leaves after `start`, the ones accepted before (and found
    in place, so read here from the file); what each new leaf is about."""
    if start == len(leaves):
        return []
    new: list[LeafAbout] = []
    kinds = _EarlierKinds(leaves, start)
    highest = kinds.highest
    if kinds.last is EntryKind.ENDING:
        raise Refusal(Verdict.OUT_OF_ORDER, "it goes on after sharing ended", leaves)
    for position in range(start, len(leaves)):
        try:
            entry, entry_about = read_new_leaf(leaves[position])
        except LeafError as exc:
            # `problem` is itself a refusal, said in the reader's words too.
            raise Refusal(
                Verdict.UNREADABLE,
                "entry {position}: {problem}",
                fields={"position": position + 1, "problem": exc},
            ) from exc
        if entry.kind is EntryKind.ENDING and position != len(leaves) - 1:
            raise Refusal(
                Verdict.OUT_OF_ORDER,
                "entry {position} says sharing ended, yet more entries follow it",
                leaves,
                {"position": position + 1},
            )
        if entry.id <= highest:
            raise Refusal(
                Verdict.OUT_OF_ORDER,
                "entry {position} is numbered as if it came before what you already "
                "saw (number {number})",
                leaves,
                {"position": position + 1, "number": entry.id},
            )
        problem = _link_problem(entry, kinds)
        if problem:
            fields = {"position": position + 1, "target": target_of(entry)}
            raise Refusal(Verdict.OUT_OF_ORDER, problem, leaves, fields)
        kinds.add(entry.id, entry.kind)
        highest = entry.id
        new.append(entry_about)
    return new


class _EarlierKinds:
    """The kind of each earlier leaf by number. The accepted leaves are read in full only
    when a new leaf is about an entry that is not new.

    Every accepted leaf passed this rule when it was accepted: their numbers rise and an
    ending can only be the last. So the last accepted leaf alone gives the highest number
    and says whether sharing ended.
    """

    def __init__(self, leaves: list[bytes], accepted: int) -> None:
        self._leaves = leaves
        self._unread = accepted  # how many accepted leaves are not yet in _kinds
        self._kinds: dict[int, EntryKind] = {}
        self.highest = 0
        self.last: EntryKind | None = None
        if accepted:
            self.highest, self.last = number_and_kind(leaves[accepted - 1])

    def get(self, number: int) -> EntryKind | None:
        if number not in self._kinds and self._unread:
            self._kinds.update(number_and_kind(leaf) for leaf in self._leaves[: self._unread])
            self._unread = 0
        return self._kinds.get(number)

    def add(self, number: int, kind: EntryKind) -> None:
        self._kinds[number] = kind


def _link_problem(entry: Entry, kinds: _EarlierKinds) -> str:
    """Why what `entry` is about can't be what it says, or "" if it can: a template
    with the entry's {position} in the file and the {target} it is about."""
    body = entry.body
    if not isinstance(body, OutcomeRecord | Amend | Retract):
        return ""
    target = kinds.get(body.target)
    if target is None:
        return "entry {position} is about entry {target}, which is not earlier in the record"
    if isinstance(body, OutcomeRecord):
        if target not in WITH_OUTCOMES:
            return "entry {position} gives an outcome to something that has none"
        if (body.occurrence is None) != (target is EntryKind.PLAN):
            return "entry {position} gives an outcome without the day it is for"
    elif isinstance(body, Amend):
        if target not in CORRECTABLE:
            return "entry {position} corrects something that can't be corrected"
        try:
            check(target, entry.happened, body.replacement)
        except InvalidEntry:
            return "entry {position} replaces an entry with content of another kind"
    return ""
