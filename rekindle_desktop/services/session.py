"""What a windowed session needs beside access.py: is there a journal here, and
carrying an unlocked journal from a worker thread to the thread that will use it.

SQLite connections belong to the thread that opened them. Unlocking is slow
(Argon2id), so the UI unlocks on a worker, hands the unwrapped key over, and the
database is opened again, instantly and with the raw key, on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rekindle_desktop.crypto.keyslots import KeySlots
from rekindle_desktop.store.journal import Journal, JournalFolder, open_unlocked


def journal_exists(folder: Path) -> bool:
    """Whether `folder` holds a journal (its key file), without reading any secret."""
    return JournalFolder(folder).exists()


@dataclass(frozen=True)
class JournalHandoff:
    """An unlocked journal between threads: its folder, key slots and database key."""

    folder: JournalFolder
    keyslots: KeySlots
    db_key: bytes = field(repr=False)


def hand_off(journal: Journal) -> JournalHandoff:
    """Close `journal` on this thread and keep what is needed to open it on another."""
    handoff = JournalHandoff(journal.folder, journal.keyslots, journal.db_key)
    journal.close()
    return handoff


def take_over(handoff: JournalHandoff) -> Journal:
    """Open the handed-off journal on the calling thread. Raises UserFacingError."""
    return open_unlocked(handoff.folder, handoff.keyslots, handoff.db_key)
