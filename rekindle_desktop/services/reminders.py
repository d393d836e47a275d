"""Which reminders are due for this journal now, and remembering that each was sent."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.domain.reminders import QuietHours, Reminder, due_reminders
from rekindle_desktop.services import conversation
from rekindle_desktop.services.records import Records
from rekindle_desktop.store import settings
from rekindle_desktop.store.journal import Journal


def pending(records: Records) -> list[Reminder]:
    journal, clock = records.journal, records.clock
    ledger = records.own_ledger() or Ledger()
    agreement = records.agreement()
    now = clock.now_utc()
    today = now.astimezone(clock.zone).date()
    sent = [str(r[0]) for r in journal.conn.execute("SELECT item FROM reminder_sent")]
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
    )


def mark_sent(journal: Journal, keys: Iterable[str]) -> None:
    stamp = datetime.now(UTC).isoformat()
    journal.conn.executemany(
        "INSERT OR IGNORE INTO reminder_sent (item, sent) VALUES (?, ?)",
        [(key, stamp) for key in keys],
    )
