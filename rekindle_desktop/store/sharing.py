"""What sharing keeps in the journal: own keys, the partner, the shared log, what was accepted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from rekindle_desktop.crypto.identity import Identity, PublicIdentity
from rekindle_desktop.store.database import Connection, transaction


@dataclass(frozen=True)
class Partner:
    side: str  # "sharer" (whose files we review) or "reviewer" (whom we export to)
    identity: PublicIdentity
    safety_phrase: str
    paired: str


@dataclass(frozen=True)
class AcceptedCheckpoint:
    size: int
    root: bytes
    note: str
    accepted_at: str


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
    row = conn.execute(
        "SELECT signing_key, age_recipient, safety_phrase, paired FROM partner WHERE side = ?",
        (side,),
    ).fetchone()
    if row is None:
        return None
    return Partner(side, PublicIdentity(bytes(row[0]), str(row[1])), str(row[2]), str(row[3]))


def pin_partner(conn: Connection, side: str, identity: PublicIdentity, phrase: str) -> None:
    """Pin a partner's keys. Never replaces different keys: the caller refuses that first."""
    conn.execute(
        "INSERT INTO partner (side, signing_key, age_recipient, safety_phrase, paired) "
        "VALUES (?, ?, ?, ?, ?)",
        (side, identity.signing_key, identity.age_recipient, phrase, _now()),
    )


def shared_leaves(conn: Connection) -> list[bytes]:
    return [bytes(r[0]) for r in conn.execute("SELECT leaf FROM shared_leaf ORDER BY leaf_index")]


def shared_entry_ids(conn: Connection) -> set[int]:
    return {int(r[0]) for r in conn.execute("SELECT entry_id FROM shared_leaf")}


def last_shared_leaf(conn: Connection) -> bytes | None:
    row = conn.execute("SELECT leaf FROM shared_leaf ORDER BY leaf_index DESC LIMIT 1").fetchone()
    return bytes(row[0]) if row else None


def shared_leaves_of(conn: Connection, entry_ids: Iterable[int]) -> dict[int, bytes]:
    """The shared leaf of each of these journal entries that has one, by entry id."""
    found = {}
    for entry_id in set(entry_ids):
        row = conn.execute("SELECT leaf FROM shared_leaf WHERE entry_id = ?", (entry_id,))
        leaf = row.fetchone()
        if leaf is not None:
            found[entry_id] = bytes(leaf[0])
    return found


def append_shared(conn: Connection, items: list[tuple[int, bytes]]) -> None:
    """Append (entry id, leaf) pairs to the shared log, in order, all or none."""
    with transaction(conn):
        start = conn.execute("SELECT coalesce(max(leaf_index) + 1, 0) FROM shared_leaf").fetchone()[
            0
        ]
        conn.executemany(
            "INSERT INTO shared_leaf (leaf_index, entry_id, leaf) VALUES (?, ?, ?)",
            [(start + i, entry_id, leaf) for i, (entry_id, leaf) in enumerate(items)],
        )


def accepted_leaves(conn: Connection) -> list[bytes]:
    return [bytes(r[0]) for r in conn.execute("SELECT leaf FROM partner_leaf ORDER BY leaf_index")]


def accepted_leaf_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM partner_leaf").fetchone()[0])


def accepted_checkpoints(conn: Connection) -> list[AcceptedCheckpoint]:
    return [
        AcceptedCheckpoint(int(r[0]), bytes(r[1]), str(r[2]), str(r[3]))
        for r in conn.execute(
            "SELECT size, root, note, accepted_at FROM accepted_checkpoint ORDER BY id"
        )
    ]


def accept(
    conn: Connection, new_leaves: list[bytes], start: int, note: str, size: int, root: bytes
) -> None:
    """Keep the new leaves and the checkpoint, in one transaction: all or nothing."""
    with transaction(conn):
        conn.executemany(
            "INSERT INTO partner_leaf (leaf_index, leaf) VALUES (?, ?)",
            [(start + i, leaf) for i, leaf in enumerate(new_leaves)],
        )
        conn.execute(
            "INSERT INTO accepted_checkpoint (size, root, note, accepted_at) VALUES (?, ?, ?, ?)",
            (size, root, note, _now()),
        )


def _now() -> str:
    return datetime.now(UTC).isoformat()
