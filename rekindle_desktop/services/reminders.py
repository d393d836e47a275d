"""Which reminders are due for this journal now, and remembering that each was sent."""

from __future__ import annotations

from collections.abc import Iterable

from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.domain.reminders import QuietHours, Reminder, due_reminders
from rekindle_desktop.domain.words import ENGLISH, Words
from rekindle_desktop.services import conversation
from rekindle_desktop.services.records import Records
from rekindle_desktop.store import reminders as reminder_store
from rekindle_desktop.store import settings
from rekindle_desktop.store.journal import Journal


def pending(records: Records, *, words: Words = ENGLISH) -> list[Reminder]:
    """What to remind about now, said in `words`' language."""
    journal, clock = records.journal, records.clock
    ledger = records.own_ledger() or Ledger()
    agreement = records.agreement()
    now = clock.now_utc()
    today = now.astimezone(clock.zone).date()
    sent = reminder_store.sent_reminders(journal.conn)
    return due_reminders(
        ledger,
        clock.zone,
        now,
        talk=conversation.talk_due(journal, today, agreement),
        agreement=agreement,
        already_sent=sent,
        quiet=QuietHours(
            journal.get(settings.QUIET_FROM_HOUR), journal.get(settings.QUIET_UNTIL_HOUR)
        ),
        enabled=journal.get(settings.REMINDERS_ON),
        words=words,
    )


def mark_sent(journal: Journal, keys: Iterable[str]) -> None:
    reminder_store.mark_sent(journal.conn, keys)
