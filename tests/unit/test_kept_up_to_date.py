"""Timeline rows, commitments and the trend brought up to date entry by entry are exactly what
working everything out again gives: for every kind of entry, correction, withdrawal
and outcome a sharer can save, in any order, across a change of clocks."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from rekindle_desktop.domain.consistency import score_history, weekly_summaries
from rekindle_desktop.domain.entries import (
    LOGGABLE_KINDS,
    Agreement,
    Amend,
    Body,
    CheckIn,
    Entry,
    EntryKind,
    Outcome,
    OutcomeRecord,
    Pause,
    Plan,
    Promise,
    Retract,
    Words,
)
from rekindle_desktop.domain.ledger import COMMITTING, Ledger
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.recurrence import Repeat, Rule
from rekindle_desktop.domain.timeline import timeline_rows, with_added

NEW_YORK = ZoneInfo("America/New_York")  # clocks go forward on 8 March 2026
NOW = datetime(2026, 3, 20, 21, 30, tzinfo=NEW_YORK)
LATE = timedelta(hours=2)
WHATS = ("plan", "check-in", "words", "promise", "agreement", "pause", "outcome", "amend",
         "retract")  # fmt: skip
WORDS = (EntryKind.DISCLOSURE, EntryKind.APPRECIATION, EntryKind.NOTE)
RULES = (Repeat.ONCE, Repeat.DAILY, Repeat.WEEKDAYS, Repeat.EVERY_N_DAYS)

Step = tuple[str, int, int, bool]
steps = st.lists(
    st.tuples(st.sampled_from(WHATS), st.integers(0, 99), st.integers(0, 99), st.booleans()),
    max_size=40,
)


def moment(day: int, hour: int) -> Moment:
    return Moment.from_local(datetime(2026, 3, day, hour % 24, tzinfo=NEW_YORK))


def hours_after(start: Moment, hours: int) -> Moment:
    return Moment.from_local((start.utc + timedelta(hours=hours)).astimezone(NEW_YORK))


def body_of(kind: EntryKind, a: int, b: int) -> Body:
    """A body of `kind`: the numbers choose the day, hour and details."""
    day, hour = 1 + a % 22, b % 24  # some of it still to come on the 20th at 21:30
    match kind:
        case EntryKind.PLAN:
            starts = moment(day, hour)
            return Plan(starts, hours_after(starts, 1 + b % 5), ("Office", "Gym", "Mum's")[a % 3])
        case EntryKind.CHECK_IN:
            return CheckIn(("Office", "Library")[b % 2])
        case EntryKind.PROMISE:
            rule = Rule(RULES[b % 4], date(2026, 3, day), every_days=1 + b % 3)
            return Promise(("Phone on the table", "Home by ten")[a % 2], rule)
        case EntryKind.AGREEMENT:
            return Agreement(1 + a % 3, frozenset(LOGGABLE_KINDS), 7, "No secrets",
                             date(2026, 4, 1))  # fmt: skip
        case EntryKind.PAUSE:
            return Pause(date(2026, 3, day), date(2026, 3, min(28, day + b % 4)), "Away")
        case _:
            return Words(("Thank you\nfor dinner", "I saw her message")[b % 2])


def next_entry(ledger: Ledger, step: Step) -> Entry | None:
    """The entry this step saves, if the app would let it be saved; the app's rules
    (`JournalLog`) decide what may be corrected, withdrawn or given an outcome."""
    what, a, b, private = step
    standing = [e for e in ledger.entries.values() if not ledger.is_retracted(e.id)]
    kind: EntryKind
    body: Body
    if what == "retract":
        if not standing:
            return None
        target = standing[a % len(standing)]
        kind, body, private = EntryKind.RETRACT, Retract(target.id), target.private
    elif what == "amend":
        correctable = [e for e in standing if e.kind in (*LOGGABLE_KINDS, EntryKind.PAUSE)]
        if not correctable:
            return None
        target = correctable[a % len(correctable)]
        kind, private = EntryKind.AMEND, target.private
        body = Amend(target.id, body_of(target.kind, b, a))
    elif what == "outcome":
        options = [e for e in standing if e.kind in COMMITTING]
        if not options:
            return None
        target = options[a % len(options)]
        occurrence = None
        current = ledger.current_body(target.id)
        if isinstance(current, Promise):
            days = list(current.rule.days_between(current.rule.starts, date(2026, 3, 28)))
            if not days:
                return None
            occurrence = days[b % len(days)]
        kind, private = EntryKind.OUTCOME, target.private
        body = OutcomeRecord(target.id, list(Outcome)[b % len(Outcome)], occurrence)
    else:
        kind = {"plan": EntryKind.PLAN, "check-in": EntryKind.CHECK_IN,
                "promise": EntryKind.PROMISE, "agreement": EntryKind.AGREEMENT,
                "pause": EntryKind.PAUSE}.get(what, WORDS[a % 3])  # fmt: skip
        body = body_of(kind, a, b)
    happened = moment(1 + a % 22, b)
    logged = moment(min(28, 1 + a % 22 + b % 2), b + a % 5)  # now and then, late
    return Entry(len(ledger.entries) + 1, kind, happened, logged, body, private)


@settings(max_examples=400, deadline=None)
@given(steps)
def test_what_one_entry_changes_is_what_working_it_all_out_again_gives(
    chosen: list[Step],
) -> None:
    ledger = Ledger()
    rows = timeline_rows(ledger, NEW_YORK, NOW, late_after=LATE)
    commitments = ledger.commitments(NEW_YORK, NOW)
    needs = ledger.needs_outcome(NEW_YORK, NOW)
    trend = (weekly_summaries(commitments, []), score_history(commitments, []))
    for step in chosen:
        entry = next_entry(ledger, step)
        if entry is None:
            continue
        ledger.add(entry)
        root = ledger.root_of(entry)
        assert root is not None  # the app saves nothing about what is not there

        afresh = timeline_rows(ledger, NEW_YORK, NOW, late_after=LATE)
        kept = with_added(rows, entry, ledger, NEW_YORK, NOW, late_after=LATE)
        # Only a pause, or a change to one, needs every row worked out again.
        assert (kept is None) == (root.kind is EntryKind.PAUSE)
        assert kept is None or kept == afresh
        rows = afresh

        due = ledger.commitments(NEW_YORK, NOW)
        asked = ledger.needs_outcome(NEW_YORK, NOW)
        if root.kind in COMMITTING:
            assert ledger.with_commitments_of(commitments, root, NEW_YORK, NOW) == due
            assert ledger.with_needs_of(needs, root, NEW_YORK, NOW) == asked
        else:  # what the log keeps, untouched
            assert (due, asked) == (commitments, needs)
        commitments, needs = due, asked

        # The trend adds up commitments and pauses: the log keeps it through anything else.
        pauses = ledger.pauses()
        now_trend = (weekly_summaries(due, pauses), score_history(due, pauses))
        if root.kind not in COMMITTING and root.kind is not EntryKind.PAUSE:
            assert now_trend == trend
        trend = now_trend

        since = NOW.date() - timedelta(days=14)
        everything = ledger.commitments(NEW_YORK, NOW, include_private=True)
        expected = [c for c in everything if not c.outcome.resolved and c.day >= since]
        expected.sort(key=lambda c: (c.day, c.source))
        assert asked == expected
