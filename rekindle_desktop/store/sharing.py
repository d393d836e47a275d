"""What sharing keeps in the journal: own keys, the partner, the shared log, what was accepted."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import overload

from rekindle_desktop.crypto.identity import Identity, PublicIdentity
from rekindle_desktop.store.database import Connection, transaction


@dataclass(frozen=True)
class Partner:
    """One pairing with a partner, on one side. It lasts until `ended` (then `how` says
    how it ended); an ended pairing is kept, with its record, as an earlier pairing."""

    side: str  # "sharer" (whose files we review) or "reviewer" (whom we export to)
    identity: PublicIdentity
    safety_phrase: str
    paired: str
    id: int = 0
    ended: str | None = None
    how: str | None = None


@dataclass(frozen=True)
class AcceptedCheckpoint:
    size: int
    root: bytes
    note: str
    accepted_at: str


# The pairing whose record is current on each side: the newest, lasting or ended. A new
# pairing starts a new shared log (sharer) and a new accepted record (reviewer).
SHARED_LOG = "(SELECT coalesce(max(id), -1) FROM pairing WHERE side = 'reviewer')"
ACCEPTED_RECORD = "(SELECT coalesce(max(id), -1) FROM pairing WHERE side = 'sharer')"
_PAIRING_ROWS = (
    "SELECT side, signing_key, age_recipient, safety_phrase, paired, id, ended, how FROM pairing"
)


def own_identity(conn: Connection) -> Identity:
    """This journal's keys, made the first time they are needed."""
    identity = existing_identity(conn)
    if identity is not None:
        return identity
    identity = Identity.generate()
    with transaction(conn):  # a full disk is DiskFull, said plainly
        conn.execute(
            "INSERT INTO own_identity (id, signing_seed, age_identity, created) "
            "VALUES (1, ?, ?, ?)",
            (identity.signing_seed, identity.age_identity, _now()),
        )
    return identity


def existing_identity(conn: Connection) -> Identity | None:
    """This journal's keys if they were made already (reads only)."""
    row = conn.execute("SELECT signing_seed, age_identity FROM own_identity").fetchone()
    return Identity(bytes(row[0]), str(row[1])) if row is not None else None


def partner(conn: Connection, side: str) -> Partner | None:
    """The lasting pairing on this side, if there is one."""
    row = conn.execute(f"{_PAIRING_ROWS} WHERE side = ? AND ended IS NULL", (side,)).fetchone()
    return _pairing(row) if row is not None else None


def latest_pairing(conn: Connection, side: str) -> Partner | None:
    """The newest pairing on this side, lasting or ended: whose record is shown."""
    row = conn.execute(
        f"{_PAIRING_ROWS} WHERE side = ? ORDER BY id DESC LIMIT 1", (side,)
    ).fetchone()
    return _pairing(row) if row is not None else None


def pairings(conn: Connection) -> list[Partner]:
    """Every pairing this journal has had, oldest first."""
    return [_pairing(row) for row in conn.execute(f"{_PAIRING_ROWS} ORDER BY id")]


def pairing_number(conn: Connection, pairing: Partner) -> int:
    """Which pairing on its side this is: 1 for the first."""
    return int(
        conn.execute(
            "SELECT count(*) FROM pairing WHERE side = ? AND id <= ?", (pairing.side, pairing.id)
        ).fetchone()[0]
    )


def _pairing(row: tuple[str, bytes, str, str, str, int, str | None, str | None]) -> Partner:
    side, key, recipient, phrase, paired, pairing_id, ended, how = row
    return Partner(
        str(side),
        PublicIdentity(bytes(key), str(recipient)),
        str(phrase),
        str(paired),
        int(pairing_id),
        None if ended is None else str(ended),
        None if how is None else str(how),
    )


def pin_partner(conn: Connection, side: str, identity: PublicIdentity, phrase: str) -> None:
    """Start a pairing with a partner's keys. The caller ends any lasting one first."""
    conn.execute(
        "INSERT INTO pairing (side, signing_key, age_recipient, safety_phrase, paired) "
        "VALUES (?, ?, ?, ?, ?)",
        (side, identity.signing_key, identity.age_recipient, phrase, _now()),
    )


def end_pairing(conn: Connection, pairing_id: int, how: str) -> None:
    """Mark a pairing ended. Its record stays, unchanged, as an earlier pairing's."""
    conn.execute(
        "UPDATE pairing SET ended = ?, how = ? WHERE id = ? AND ended IS NULL",
        (_now(), how, pairing_id),
    )


def shared_leaves(conn: Connection) -> list[bytes]:
    return list(each_shared_leaf(conn))


def each_shared_leaf(conn: Connection) -> Iterator[bytes]:
    """The shared log's leaves in order, read a row at a time.

    `+pairing` (here and in last_shared_leaf) keeps SQLite off the (pairing, entry_id)
    index, whose order is not the log's: the rows come in rowid order, with no sort. A
    sort held all of ten years' leaves in memory (about 24 MB) and found the newest leaf
    in 70-90 ms instead of 0.1. Rows of an earlier pairing, if any, are passed over.
    """
    for (leaf,) in conn.execute(
        f"SELECT leaf FROM shared_leaf WHERE +pairing = {SHARED_LOG} ORDER BY id"
    ):
        yield bytes(leaf)


def shared_entry_ids(conn: Connection) -> set[int]:
    return {
        int(r[0])
        for r in conn.execute(f"SELECT entry_id FROM shared_leaf WHERE pairing = {SHARED_LOG}")
    }


def last_shared_leaf(conn: Connection) -> bytes | None:
    row = conn.execute(
        f"SELECT leaf FROM shared_leaf WHERE +pairing = {SHARED_LOG} ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return bytes(row[0]) if row else None


def shared_leaves_of(conn: Connection, entry_ids: Iterable[int]) -> dict[int, bytes]:
    """The shared leaf of each of these journal entries that has one, by entry id."""
    found = {}
    for entry_id in set(entry_ids):
        row = conn.execute(
            f"SELECT leaf FROM shared_leaf WHERE pairing = {SHARED_LOG} AND entry_id = ?",
            (entry_id,),
        )
        leaf = row.fetchone()
        if leaf is not None:
            found[entry_id] = bytes(leaf[0])
    return found


def append_shared(conn: Connection, items: list[tuple[int, bytes]]) -> None:
    """Append (entry id, leaf) pairs to the current shared log, in order, all or none."""
    with transaction(conn):
        log = conn.execute(f"SELECT {SHARED_LOG}").fetchone()[0]
        start = conn.execute(
            "SELECT count(*) FROM shared_leaf WHERE pairing = ?", (log,)
        ).fetchone()[0]
        conn.executemany(
            "INSERT INTO shared_leaf (pairing, leaf_index, entry_id, leaf) VALUES (?, ?, ?, ?)",
            [(log, start + i, entry_id, leaf) for i, (entry_id, leaf) in enumerate(items)],
        )


def accepted_leaves(conn: Connection, pairing: int | None = None) -> list[bytes]:
    """The leaves accepted in a pairing: by default the current record's."""
    which = ACCEPTED_RECORD if pairing is None else str(int(pairing))
    return [
        bytes(r[0])
        for r in conn.execute(f"SELECT leaf FROM partner_leaf WHERE pairing = {which} ORDER BY id")
    ]


def newest_accepted_leaves(conn: Connection, count: int) -> list[bytes]:
    """The last `count` leaves of the current record, in order: what a review just added."""
    newest = [
        bytes(r[0])
        for r in conn.execute(
            f"SELECT leaf FROM partner_leaf WHERE pairing = {ACCEPTED_RECORD} "
            "ORDER BY id DESC LIMIT ?",
            (count,),
        )
    ]
    return newest[::-1]


# What lasts beyond its own day in an accepted record, as store.entries._LASTING says
# it for a journal's own entries; and any leaf whose kind could not be told ('').
_LASTING_ACCEPTED = """
    UNION ALL SELECT id FROM accepted_entry
        WHERE kind IN ('promise', 'pause', 'amend', 'retract', '') AND pairing = :pairing
    UNION ALL SELECT id FROM accepted_entry WHERE pairing = :pairing AND entry IN (
        SELECT target FROM accepted_entry WHERE kind = 'amend' AND pairing = :pairing)
    UNION ALL SELECT id FROM accepted_entry
        WHERE kind = 'outcome' AND pairing = :pairing AND target IN (
            SELECT target FROM accepted_entry WHERE kind = 'amend' AND pairing = :pairing
            EXCEPT SELECT entry FROM accepted_entry
                WHERE kind = 'promise' AND pairing = :pairing)
"""


def recent_accepted(conn: Connection, start: str) -> list[tuple[int, bytes]]:
    """What the newest weeks of a long accepted record show, read without the years
    before: each leaf (with its place in the record) whose entry happened from `start`
    (a moment as Moment.to_text writes it) on, and what lasts, in order. Some outcomes
    and corrections in it are about older entries not in it (see `Ledger.of_whole`)."""
    pairing = conn.execute(f"SELECT {ACCEPTED_RECORD}").fetchone()[0]
    return [
        (int(r[0]), bytes(r[1]))
        for r in conn.execute(
            "SELECT leaf_index, leaf FROM partner_leaf WHERE id IN ("
            "SELECT id FROM accepted_entry WHERE pairing = :pairing AND happened >= :start"
            f"{_LASTING_ACCEPTED}) ORDER BY id",
            {"pairing": pairing, "start": start},
        )
    ]


class AcceptedLeaves(Sequence[bytes]):
    """The current record's accepted leaves, `size` of them (its last checkpoint's size),
    read from the journal only the first time one is asked for."""

    def __init__(self, conn: Connection, size: int) -> None:
        self._conn = conn
        self._size = size
        self._leaves: list[bytes] | None = None

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, index: int) -> bytes: ...
    @overload
    def __getitem__(self, index: slice) -> list[bytes]: ...
    def __getitem__(self, index: int | slice) -> bytes | list[bytes]:
        if self._leaves is None:
            self._leaves = accepted_leaves(self._conn)
        return self._leaves[index]


def accepted_leaf_count(conn: Connection, pairing: int | None = None) -> int:
    which = ACCEPTED_RECORD if pairing is None else str(int(pairing))
    return int(
        conn.execute(f"SELECT count(*) FROM partner_leaf WHERE pairing = {which}").fetchone()[0]
    )


def accepted_checkpoint_count(conn: Connection) -> int:
    return int(
        conn.execute(
            f"SELECT count(*) FROM accepted_checkpoint WHERE pairing = {ACCEPTED_RECORD}"
        ).fetchone()[0]
    )


def accepted_checkpoints(conn: Connection, pairing: int | None = None) -> list[AcceptedCheckpoint]:
    which = ACCEPTED_RECORD if pairing is None else str(int(pairing))
    return [
        AcceptedCheckpoint(int(r[0]), bytes(r[1]), str(r[2]), str(r[3]))
        for r in conn.execute(
            "SELECT size, root, note, accepted_at FROM accepted_checkpoint "
            f"WHERE pairing = {which} ORDER BY id"
        )
    ]


# What a leaf is about, as exchange.leaves.LeafAbout holds it: its number, kind,
# `happened` as the leaf writes it, and the entry it is about (or None).
LeafAbout = tuple[int, str, str, int | None]


def accept(
    conn: Connection,
    pairing: Partner,
    new_leaves: Sequence[bytes],
    about: Sequence[LeafAbout],
    start: int,
    checkpoint: tuple[str, int, bytes],
    *,
    ends_as: str | None = None,
) -> None:
    """Keep the new leaves, what each is about, and the checkpoint (note, size, root) in
    the pairing's record, and end the pairing `ends_as` if the file ended sharing: all in
    one transaction."""
    if len(about) != len(new_leaves):
        raise ValueError("every new leaf needs what it is about")
    note, size, root = checkpoint
    with transaction(conn):
        first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM partner_leaf").fetchone()[0]
        conn.executemany(
            "INSERT INTO partner_leaf (id, pairing, leaf_index, leaf) VALUES (?, ?, ?, ?)",
            [(first + i, pairing.id, start + i, leaf) for i, leaf in enumerate(new_leaves)],
        )
        conn.executemany(
            "INSERT INTO accepted_entry (id, pairing, entry, kind, happened, target) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(first + i, pairing.id, *leaf) for i, leaf in enumerate(about)],
        )
        conn.execute(
            "INSERT INTO accepted_checkpoint (pairing, size, root, note, accepted_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (pairing.id, size, root, note, _now()),
        )
        if ends_as is not None:
            end_pairing(conn, pairing.id, ends_as)


def _now() -> str:
    return datetime.now(UTC).isoformat()
