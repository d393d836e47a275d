"""What a windowed session needs beside access.py: is there a journal here, and
carrying an unlocked journal from a worker thread to the thread that will use it.

SQLite connections belong to the thread that opened them. Unlocking is slow
(Argon2id), so the UI unlocks on a worker, hands the unwrapped key over, and the
database is opened again, instantly and with the raw key, on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from rekindle_desktop.big_buffers import give_back_freed_memory
from rekindle_desktop.crypto.keyslots import KeySlots
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import access
from rekindle_desktop.store.journal import Journal, JournalFolder, open_unlocked

T = TypeVar("T")


def journal_exists(folder: Path) -> bool:
    """Whether `folder` holds a journal (its key file), without reading any secret."""
    return JournalFolder(folder).exists()


@dataclass(frozen=True)
class JournalHandoff:
    """An unlocked journal between threads: its folder, key slots and database key; and,
    while its pages are still being checked beside (see `EarlyUnlock`), what waits for
    that check and raises UserFacingError if it failed."""

    folder: JournalFolder
    keyslots: KeySlots
    db_key: bytes = field(repr=False)
    pages_checked: Callable[[], None] | None = field(default=None, repr=False, compare=False)


def hand_off(journal: Journal) -> JournalHandoff:
    """Close `journal` on this thread and keep what is needed to open it on another."""
    handoff = JournalHandoff(journal.folder, journal.keyslots, journal.db_key)
    journal.close()
    return handoff


def lend(journal: Journal) -> JournalHandoff:
    """What a worker thread needs to open `journal` on its own connection, while this
    thread keeps it open (WAL lets the two read side by side; writes take turns)."""
    return JournalHandoff(journal.folder, journal.keyslots, journal.db_key)


# Decrypted pages a one-off job's connection keeps (an export, a backup): it reads each
# page once, front to back, so 16 MiB would only be 16 MiB more while it runs.
ONE_OFF_PAGES_KIB = 2048


def on_own_connection(handoff: JournalHandoff, work: Callable[[Journal], T]) -> T:
    """Run a one-off job, `work`, on the calling thread with its own connection to the
    lent journal; what it freed goes back to the system once it is done."""
    journal = take_over(handoff)
    try:
        journal.keep_pages(ONE_OFF_PAGES_KIB)
        return work(journal)
    finally:
        journal.close()
        give_back_freed_memory()


def take_over(handoff: JournalHandoff) -> Journal:
    """Open the handed-off journal on the calling thread. Raises UserFacingError.

    The thread that unlocked it has just checked every page, so that is not done again.
    """
    return open_unlocked(handoff.folder, handoff.keyslots, handoff.db_key, check_pages=False)


class EarlyUnlock:
    """Unlocking a remembered journal from the keyring while the window is still loading.

    Started first thing, it overlaps the keyring's round trip with Qt's start-up. The
    journal is handed over as soon as it is open; every page's check (SECURITY.md R4,
    a tenth of a second for ten years) then goes on here, beside the window's reading of
    it, and the handoff's `pages_checked` waits for it before anything is shown.
    """

    def __init__(self, folder: Path) -> None:
        self._handoff: JournalHandoff | None = None
        self._error: UserFacingError | None = None
        self._damaged: Exception | None = None
        self._opened = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(folder,), name="early unlock")
        self._thread.start()

    def _run(self, folder: Path) -> None:
        journal: Journal | None = None
        try:
            journal = access.unlock_with_keyring(folder, check_pages=False)
            self._handoff = replace(lend(journal), pages_checked=self._pages_checked)
        except UserFacingError as exc:
            self._error = exc
        finally:
            self._opened.set()
        if journal is None:
            return
        try:
            journal.check_every_page()
        except Exception as exc:  # fails closed: nothing unchecked is shown
            self._damaged = exc
        finally:
            journal.close()

    def result(self) -> JournalHandoff:
        """The unlocked journal, to `take_over`, before its pages are checked. Raises
        UserFacingError."""
        self._opened.wait()
        if self._error is not None:
            raise self._error
        assert self._handoff is not None
        return self._handoff

    def _pages_checked(self) -> None:
        self._thread.join()
        if self._damaged is not None:
            raise self._damaged
