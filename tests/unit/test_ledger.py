"""The ledger: what an append-only log of entries adds up to."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from rekindle_desktop.domain.entries import (
    LOGGABLE_KINDS,
    Amend,
    CheckIn,
    Entry,
    EntryKind,
    Outcome,
    OutcomeRecord,
    Pause,
    Plan,
    Promise,
    Retract,
)
from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.recurrence import Repeat, Rule

LONDON = ZoneInfo("Europe/London")


def at(day: int, hour: int = 12) -> Moment:
    return Moment.from_local(datetime(2026, 3, day, hour, tzinfo=LONDON))


class Log:
    def __init__(self) -> None:
        self.entries: list[Entry] = []

    def add(self, kind: EntryKind, body: object, when: Moment | None = None) -> int:
        entry_id = len(self.entries) + 1
        moment = when or at(1)
        self.entries.append(Entry(entry_id, kind, moment, moment, body))  # type: ignore[arg-type]
        return entry_id

    def ledger(self) -> Ledger:
        return Ledger.of(self.entries)


def test_corrections_replace_and_withdrawn_corrections_restore() -> None:
    log = Log()
    checkin = log.add(EntryKind.CHECK_IN, CheckIn("Gym"))
    first = log.add(EntryKind.AMEND, Amend(checkin, CheckIn("Library"), "wrong place"))
    assert log.ledger().current_body(checkin) == CheckIn("Library")
    assert log.ledger().is_amended(checkin)
    log.add(EntryKind.RETRACT, Retract(first))
    assert log.ledger().current_body(checkin) == CheckIn("Gym")
    assert not log.ledger().is_amended(checkin)


def test_latest_outcome_counts_and_a_withdrawn_one_falls_back() -> None:
    log = Log()
    plan = log.add(EntryKind.PLAN, Plan(at(2, 9), at(2, 17), "Office"))
    log.add(EntryKind.OUTCOME, OutcomeRecord(plan, Outcome.NOT_KEPT))
    second = log.add(EntryKind.OUTCOME, OutcomeRecord(plan, Outcome.KEPT_WITH_NOTICE, why="told"))
    assert log.ledger().outcome((plan, None)) is Outcome.KEPT_WITH_NOTICE
    log.add(EntryKind.RETRACT, Retract(second))
    assert log.ledger().outcome((plan, None)) is Outcome.NOT_KEPT


def test_commitments_come_due_at_the_end_of_the_local_day_across_dst() -> None:
    log = Log()
    promise = log.add(
        EntryKind.PROMISE, Promise("Call at lunch", Rule(Repeat.DAILY, date(2026, 3, 28)))
    )
    # 29 March 2026 is the short day in London; it is due at local midnight after it.
    just_before = datetime(2026, 3, 29, 22, 59, tzinfo=UTC)  # 23:59 BST
    just_after = datetime(2026, 3, 29, 23, 0, tzinfo=UTC)  # 00:00 BST on the 30th
    days_before = [c.occurrence for c in log.ledger().commitments(LONDON, just_before)]
    days_after = [c.occurrence for c in log.ledger().commitments(LONDON, just_after)]
    assert days_before == [date(2026, 3, 28)]
    assert days_after == [date(2026, 3, 28), date(2026, 3, 29)]
    log.add(EntryKind.OUTCOME, OutcomeRecord(promise, Outcome.KEPT, date(2026, 3, 29)))
    needs = log.ledger().needs_outcome(LONDON, just_after)
    assert [c.occurrence for c in needs] == [date(2026, 3, 28)]


def test_plans_count_once_they_end_and_withdrawn_ones_never() -> None:
    log = Log()
    plan = log.add(EntryKind.PLAN, Plan(at(3, 9), at(3, 17), "Office"))
    other = log.add(EntryKind.PLAN, Plan(at(3, 18), at(3, 19), "Gym"))
    log.add(EntryKind.RETRACT, Retract(other, "never happened"))
    noon = at(3, 12).utc
    evening = at(3, 20).utc
    assert log.ledger().commitments(LONDON, noon) == []
    (only,) = log.ledger().commitments(LONDON, evening)
    assert only.source == plan and only.day == date(2026, 3, 3)


def test_private_commitments_need_outcomes_but_do_not_count() -> None:
    log = Log()
    plan = Plan(at(4, 9), at(4, 10), "Therapist")
    log.entries.append(Entry(1, EntryKind.PLAN, at(1), at(1), plan, private=True))
    later = at(5).utc
    assert log.ledger().commitments(LONDON, later) == []
    assert [c.source for c in log.ledger().needs_outcome(LONDON, later)] == [1]


def test_pauses_are_read_from_the_log() -> None:
    log = Log()
    pause = Pause(date(2026, 3, 10), date(2026, 3, 14), "holiday")
    log.add(EntryKind.PAUSE, pause)
    assert log.ledger().pauses() == [pause]


def test_old_unresolved_occurrences_do_not_pile_up() -> None:
    log = Log()
    log.add(EntryKind.PROMISE, Promise("Walk", Rule(Repeat.DAILY, date(2026, 1, 1))))
    now = datetime(2026, 3, 20, 12, tzinfo=UTC)
    needs = log.ledger().needs_outcome(LONDON, now)
    assert len(needs) == 14  # 6 to 19 March; today's is not due until midnight
    assert min(c.day for c in needs) == date(2026, 3, 6)
    # They still exist, neutral, for the record.
    days_due = (date(2026, 3, 19) - date(2026, 1, 1)).days + 1
    assert len(log.ledger().commitments(LONDON, now)) == days_due


_KINDS = list(EntryKind)


@given(
    st.lists(st.tuples(st.sampled_from(_KINDS), st.booleans()), min_size=0, max_size=60),
    st.lists(st.sampled_from(_KINDS), max_size=4),
)
def test_standing_entries_are_the_unwithdrawn_ones_of_those_kinds_in_log_order(
    logged: list[tuple[EntryKind, bool]], asked: list[EntryKind]
) -> None:
    # Entries of any kind, some withdrawn later; standing() must read as a full scan would.
    log = Log()
    ids = [log.add(kind, CheckIn("Home", "")) for kind, _ in logged]
    withdrawn = {i for i, (_, gone) in zip(ids, logged, strict=True) if gone}
    for target in sorted(withdrawn):
        log.add(EntryKind.RETRACT, Retract(target, "a slip"))
    ledger = log.ledger()
    wanted = set(asked or LOGGABLE_KINDS)
    expected = [e.id for e in log.entries if e.kind in wanted and e.id not in withdrawn]
    assert [e.id for e in ledger.standing(*asked)] == expected
