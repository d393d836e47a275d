"""Reminders: once per item, never in quiet hours, never when off, never private words."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from rekindle_desktop.domain.check_ins import TalkDue
from rekindle_desktop.domain.entries import (
    Agreement,
    Entry,
    EntryKind,
    Outcome,
    OutcomeRecord,
    Plan,
    Promise,
)
from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.recurrence import Repeat, Rule
from rekindle_desktop.domain.reminders import QuietHours, due_reminders

ZONE = ZoneInfo("Europe/Madrid")
DAY = date(2026, 11, 25)
DEFAULT_QUIET = QuietHours()


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE)


def ledger(with_outcome: bool = False) -> Ledger:
    m = Moment.from_local(at(8))
    entries = [
        Entry(
            1,
            EntryKind.PLAN,
            m,
            m,
            Plan(
                Moment.from_local(at(17)),
                Moment.from_local(at(19)),
                "Secret place",
                "Someone",
                "Very private words",
            ),
        ),
        Entry(
            2,
            EntryKind.PROMISE,
            m,
            m,
            Promise("Private promise words", Rule(Repeat.DAILY, DAY - timedelta(days=3))),
        ),
    ]
    if with_outcome:
        entries.append(Entry(3, EntryKind.OUTCOME, m, m, OutcomeRecord(1, Outcome.KEPT)))
    return Ledger.of(entries)


def remind(
    now: datetime,
    sent: Sequence[str] = (),
    *,
    enabled: bool = True,
    led: Ledger | None = None,
    quiet: QuietHours = DEFAULT_QUIET,
) -> list[str]:
    found = due_reminders(
        led or ledger(), ZONE, now,
        talk=TalkDue(DAY + timedelta(days=1), 0),
        agreement=Agreement(2, frozenset(), 7, "", DAY),
        already_sent=sent, quiet=quiet, enabled=enabled,
    )  # fmt: skip
    for reminder in found:
        for secret in ("Secret", "Someone", "private", "Private"):
            assert secret not in reminder.title + reminder.text
    return [r.key for r in found]


def test_what_is_due_at_nine_in_the_evening() -> None:
    keys = remind(at(21))
    assert keys == [
        "plan-ended:1",
        f"promise-due:2:{DAY.isoformat()}",
        f"check-in:{(DAY + timedelta(days=1)).isoformat()}",
        "agreement-review:2",
    ]


def test_each_item_only_once_and_resolved_ones_never() -> None:
    first = remind(at(21))
    assert remind(at(21, 30), first) == []
    assert "plan-ended:1" not in remind(at(21), led=ledger(with_outcome=True))


def test_quiet_hours_and_the_off_switch() -> None:
    assert remind(at(23)) == []
    assert remind(at(6)) == []
    assert remind(at(21), enabled=False) == []
    assert remind(at(21), quiet=QuietHours(20, 23)) == []


def test_too_early_and_too_late_for_a_plan() -> None:
    assert "plan-ended:1" not in remind(at(18))  # still going on
    next_morning = at(9, 30, DAY + timedelta(days=1))  # more than 12 hours after
    assert "plan-ended:1" not in remind(next_morning)


@given(st.integers(0, 23), st.integers(0, 23), st.integers(0, 23))
def test_quiet_hours_silence_everything_inside_them(start: int, end: int, hour: int) -> None:
    quiet = QuietHours(start, end)
    if quiet.covers(at(hour)):
        assert remind(at(hour), quiet=quiet) == []


@given(st.lists(st.integers(0, 23 * 60 + 59), max_size=12))
def test_never_twice_however_often_asked(minutes: list[int]) -> None:
    sent: list[str] = []
    for minute in sorted(minutes):
        new = remind(at(minute // 60, minute % 60), sent)
        assert not set(new) & set(sent)
        sent.extend(new)
