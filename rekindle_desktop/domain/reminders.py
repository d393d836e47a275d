"""Reminders: gentle, rare, and never carrying private words.

At most one reminder per item, ever; none in quiet hours; none at all when turned off.
A reminder's text never includes what an entry says: desktop notifications can be
seen over a shoulder and are kept by some systems, so they say only what kind of
thing needs a moment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from rekindle_desktop.domain.check_ins import TalkDue
from rekindle_desktop.domain.entries import Agreement, EntryKind, Plan, Promise
from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.domain.words import ENGLISH, Words

PLAN_WINDOW = timedelta(hours=12)  # after a plan ends, ask within this long, then let it be
PROMISE_EVENING = time(20, 0)  # a promise due today is mentioned from this hour


@dataclass(frozen=True)
class Reminder:
    key: str  # stable: the same item always has the same key
    title: str
    text: str


@dataclass(frozen=True)
class QuietHours:
    start_hour: int = 22
    end_hour: int = 8

    def covers(self, local: datetime) -> bool:
        hour = local.hour
        if self.start_hour == self.end_hour:
            return False
        if self.start_hour < self.end_hour:
            return self.start_hour <= hour < self.end_hour
        return hour >= self.start_hour or hour < self.end_hour


def due_reminders(
    ledger: Ledger,
    zone: tzinfo,
    now: datetime,
    *,
    talk: TalkDue | None,
    agreement: Agreement | None,
    already_sent: Iterable[str],
    quiet: QuietHours,
    enabled: bool = True,
    words: Words = ENGLISH,
) -> list[Reminder]:
    """What to remind about right now, each item at most once, in `words`' language."""
    local = now.astimezone(zone)
    if not enabled or quiet.covers(local):
        return []
    sent = set(already_sent)
    found: list[Reminder] = []

    def add(reminder: Reminder) -> None:
        if reminder.key not in sent:
            sent.add(reminder.key)
            found.append(reminder)

    today = local.date()
    for entry in ledger.standing(EntryKind.PLAN, EntryKind.PROMISE):
        body = ledger.current_body(entry.id)
        if isinstance(body, Plan):
            ended = body.ends.utc
            if ended <= now < ended + PLAN_WINDOW and not ledger.outcome((entry.id, None)).resolved:
                add(
                    Reminder(
                        f"plan-ended:{entry.id}",
                        words.text("A plan has ended"),
                        words.text("How did it go? Rekindle is ready when you are."),
                    )
                )
        elif isinstance(body, Promise) and body.rule.falls_on(today):
            evening = datetime.combine(today, PROMISE_EVENING, zone)
            if now >= evening and not ledger.outcome((entry.id, today)).resolved:
                add(
                    Reminder(
                        f"promise-due:{entry.id}:{today.isoformat()}",
                        words.text("A promise is due today"),
                        words.text("When you're ready, say how it went."),
                    )
                )
    if talk is not None and talk.day - today <= timedelta(days=1):
        add(
            Reminder(
                f"check-in:{talk.day.isoformat()}",
                words.text("A check-in talk is near"),
                words.text("Your agenda and some gentle prompts are in Rekindle."),
            )
        )
    if agreement is not None and agreement.review_on <= today:
        add(
            Reminder(
                f"agreement-review:{agreement.version}",
                words.text("Your agreement is up for review"),
                words.text("A good conversation to have together, when you're both ready."),
            )
        )
    return found
