"""Keep what was typed but not saved when the journal locks, and give it back at unlock.

Drafts go into the encrypted journal and nowhere else (SECURITY.md R13): no QSettings,
no temporary file. Keeping them replaces whatever was kept before.
"""

from __future__ import annotations

from collections.abc import Sequence

from rekindle_desktop.domain.drafts import (
    KeptDraft,
    UnreadableDraft,
    draft_from_json,
    draft_to_json,
)
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.store import drafts as store
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
    """What was kept at the last lock, oldest first (empty when nothing was)."""
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
