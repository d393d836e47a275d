"""An open journal as the window holds it: the one way from the window into a journal.

The window and its pages never see a connection or a key. They ask the session what
they show (its settings, whether it is still open) and pass `session.journal` on to
the use cases in services/ unopened. Slow work gets a hand-off (`lend`) that a worker
turns back into a connection of its own through services.session.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import session
from rekindle_desktop.services.session import JournalHandoff
from rekindle_desktop.store import settings
from rekindle_desktop.store.journal import Journal
from rekindle_desktop.store.settings import Setting

T = TypeVar("T")

# Decrypted pages the window's own connection keeps. Whenever a worker writes (a review,
# an export's record), SQLite drops every page this connection kept, and each is wiped
# as it goes (R4): 16 MiB took the window ~40 ms of a turn, 2 MiB ~7 ms. Ten years are
# read on workers, on connections that keep more.
WINDOW_PAGES_KIB = 2048

# What auto-lock waits for when no journal is open to say otherwise.
DEFAULT_AUTO_LOCK_MINUTES = settings.AUTO_LOCK_MINUTES.default


class _Kept(Generic[T]):
    """One of the journal's own settings, read and written as a typed attribute."""

    def __init__(self, setting: Setting[T]) -> None:
        self.setting = setting

    def __get__(self, opened: JournalSession, owner: type[JournalSession] | None = None) -> T:
        return opened.journal.get(self.setting)

    def __set__(self, opened: JournalSession, value: T) -> None:
        opened.journal.set(self.setting, value)  # ValueError for a value it can't keep


class JournalSession:
    """An unlocked journal, from unlock until lock. Holds nothing but the journal (and,
    just after an early unlock, the check of its pages), so two sessions over the same
    journal agree on everything."""

    # Mark an entry "logged late" when it is written this long after what it describes.
    late_after_minutes = _Kept(settings.LATE_AFTER_MINUTES)
    auto_lock_minutes = _Kept(settings.AUTO_LOCK_MINUTES)
    reminders_on = _Kept(settings.REMINDERS_ON)
    quiet_from_hour = _Kept(settings.QUIET_FROM_HOUR)
    quiet_until_hour = _Kept(settings.QUIET_UNTIL_HOUR)
    # Chosen from the safety exit: no icon in the system tray.
    tray_hidden = _Kept(settings.TRAY_HIDDEN)
    # Where the timeline file is written after each change ("": only when asked).
    auto_export_folder = _Kept(settings.AUTO_EXPORT_FOLDER)

    def __init__(
        self, journal: Journal, *, pages_checked: Callable[[], None] | None = None
    ) -> None:
        self.journal = journal  # to pass on to services; never opened by the window
        self._pages_checked = pages_checked
        self._checked_beside = pages_checked is not None

    def for_the_window(self) -> JournalSession:
        """This session, as the window's own: it keeps few pages in memory (see
        WINDOW_PAGES_KIB). Returns itself."""
        self.journal.keep_pages(WINDOW_PAGES_KIB)
        return self

    @classmethod
    def take_over(cls, handoff: JournalHandoff) -> JournalSession:
        """The journal unlocked on a worker, opened on the calling thread (see session.py).
        Raises UserFacingError. Its pages may still be being checked: see `pages_checked`."""
        return cls(session.take_over(handoff), pages_checked=handoff.pages_checked)

    @property
    def checked_beside(self) -> bool:
        """Whether this session's pages were checked beside its opening (an early unlock)."""
        return self._checked_beside

    def pages_checked(self) -> None:
        """Wait until every page of the journal has been checked, if that is still going
        on beside (an early unlock's): nothing of it may be shown before. Raises
        UserFacingError if the journal is damaged."""
        if self._pages_checked is not None:
            self._pages_checked()
            self._pages_checked = None

    @property
    def is_open(self) -> bool:
        """False once locked: the key is forgotten and nothing can be read."""
        return self.journal.is_open

    def close(self) -> None:
        """Lock: forget the key and close the database."""
        self.journal.close()

    @property
    def folder(self) -> Path:
        return self.journal.folder.path

    @property
    def journal_id(self) -> str:
        return self.journal.journal_id

    @property
    def role(self) -> Role:
        """Sharing, reviewing or both, as chosen at setup."""
        return self.journal.get(settings.ROLE)

    def set_read_only(self, read_only: bool) -> None:
        """Presentation mode: nothing can be written until it is turned off again."""
        if read_only or self.journal.is_open:
            self.journal.set_read_only(read_only)

    def lend(self) -> JournalHandoff:
        """For a worker thread to open its own connection (services.session.take_over or
        on_own_connection); this session stays open. The value is opaque to the window."""
        return session.lend(self.journal)
