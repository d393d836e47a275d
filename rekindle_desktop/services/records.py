"""What the pages of an unlocked journal read, read once and kept up to date.

The sharer's own log keeps its ledger as entries are added; the reviewed record is
re-read only when another timeline file has been accepted. Reading a ten-year journal
takes a moment, so no page reads it again on its own.
"""

from __future__ import annotations

from rekindle_desktop.domain.entries import Agreement
from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.services import sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store import settings
from rekindle_desktop.store.journal import Journal


class Records:
    def __init__(self, journal: Journal, clock: Clock) -> None:
        self.journal = journal
        self.clock = clock
        self.log = JournalLog(journal, clock) if journal.get(settings.ROLE).shares else None
        self._reviewed: sharing.ReviewState | None = None
        self._reviewed_ledger: Ledger | None = None
        self._accepted = -1

    def reviewed(self) -> sharing.ReviewState:
        accepted = sharing.accepted_count(self.journal)
        if self._reviewed is None or accepted != self._accepted:
            self._reviewed = sharing.review_state(self.journal)
            self._reviewed_ledger = Ledger.of(self._reviewed.entries)
            self._accepted = accepted
        return self._reviewed

    def reviewed_ledger(self) -> Ledger:
        self.reviewed()
        assert self._reviewed_ledger is not None
        return self._reviewed_ledger

    def own_ledger(self) -> Ledger | None:
        return self.log.ledger if self.log is not None else None

    def agreement(self) -> Agreement | None:
        """The sharer's own agreement, or for a reviewer the one in the reviewed record."""
        own = self.own_ledger()
        if own is not None and own.agreements():
            return own.agreements()[-1]
        if self.journal.get(settings.ROLE).reviews:
            reviewed = self.reviewed_ledger().agreements()
            if reviewed:
                return reviewed[-1]
        return None
