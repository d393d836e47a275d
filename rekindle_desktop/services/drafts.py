"""Keep what was typed but not saved when the journal locks, and give it back at unlock.

Drafts go into the encrypted journal and nowhere else (SECURITY.md R13): no QSettings,
no temporary file. Keeping them replaces whatever was kept before. When the journal
can't be written (a full disk), they are sealed instead: encrypted to the journal's own
age key, whose secret half is inside the locked journal, and held only in memory.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

import pyrage

from rekindle_desktop.domain.drafts import (
    KeptDraft,
    UnreadableDraft,
    draft_from_json,
    draft_to_json,
)
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.store import drafts as store
from rekindle_desktop.store import sharing as keys
from rekindle_desktop.store.journal import Journal


def keep(journal: Journal, drafts: Sequence[KeptDraft]) -> None:
    """Keep `drafts` in the journal, all or none; raises UserFacingError (e.g. DiskFull)."""
    try:
        store.replace_all(journal.conn, [draft_to_json(d) for d in drafts])
    except store.NotKept as exc:
        raise UserFacingError(
            "The journal could not be written to just now, so nothing was kept.",
            "Your journal is unchanged.",
        ) from exc


def kept(journal: Journal) -> list[KeptDraft]:
    """What was kept at the last lock, oldest first (empty when nothing was).

    Called at every unlock, it also makes the journal's own keys if it has none yet, so
    that drafts can be sealed at the next lock even if the disk is full by then.
    """
    with contextlib.suppress(UserFacingError):
        keys.own_identity(journal.conn)
    found = []
    for body in store.all_bodies(journal.conn):
        try:
            found.append(draft_from_json(body))
        except UnreadableDraft:
            continue  # written by a newer Rekindle; this version cannot show it
    return found


def forget(journal: Journal) -> None:
    """The kept drafts are back in the window: remove them from the journal."""
    store.forget_all(journal.conn)


@dataclass(frozen=True)
class Sealed:
    """Drafts only this journal can open again, once it is unlocked."""

    journal_id: str
    ciphertext: bytes
    count: int


def seal(journal: Journal, drafts: Sequence[KeptDraft]) -> Sealed | None:
    """`drafts` encrypted to the journal's own age recipient (no secret is needed for
    that, and none is kept), or None if the journal has no keys yet (it makes them
    when it is first paired or unlocked, and can't while its disk is full)."""
    identity = keys.existing_identity(journal.conn)
    if identity is None:
        return None
    recipient = identity.public().recipient()
    plaintext = json.dumps([draft_to_json(d) for d in drafts]).encode("utf-8")
    return Sealed(journal.journal_id, bytes(pyrage.encrypt(plaintext, [recipient])), len(drafts))


def unseal(journal: Journal, sealed: Sealed) -> list[KeptDraft]:
    """The sealed drafts, if they belong to this journal (empty otherwise)."""
    if sealed.journal_id != journal.journal_id:
        return []
    identity = keys.own_identity(journal.conn).age()
    bodies = json.loads(pyrage.decrypt(sealed.ciphertext, [identity]))
    return [draft_from_json(body) for body in bodies]
