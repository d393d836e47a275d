"""A long journal opens on its newest weeks, read on their own in a moment: their rows must
be exactly the rows the whole journal shows for those weeks, whatever was corrected,
withdrawn, paused, promised or given an outcome, and whenever. And what is saved meanwhile
through the newest weeks reaches the whole log once it is read."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind, Plan
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from tests.journal_steps import LONDON, WHATS, Step, journal_of, local, steps


@settings(max_examples=100, deadline=None)
@given(steps, st.integers(0, 6), st.integers(0, 5 * 24))
def test_the_newest_weeks_show_what_the_whole_journal_shows_for_them(
    chosen: list[Step], weeks: int, later_hours: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        journal, last = journal_of(Path(tmp) / "j", chosen)
        with journal:
            clock = Clock(LONDON, last + timedelta(hours=later_hours))
            whole = JournalLog(journal, clock)
            newest = JournalLog.newest_weeks(journal, clock, weeks)
            assert (
                newest.since == (clock.now_utc() - timedelta(weeks=weeks)).astimezone(LONDON).date()
            )
            expected = [row for row in whole.timeline() if row.day >= newest.since]
            assert newest.timeline() == expected


def test_what_is_saved_while_the_rest_is_read_reaches_the_whole_log(tmp_path: Path) -> None:
    chosen = [(10, what, 7 * i, 3 * i) for i, what in enumerate(WHATS * 4)]
    journal, last = journal_of(tmp_path / "j", chosen)
    with journal:
        clock = Clock(LONDON, last)
        whole = JournalLog(journal, clock)
        rows_before = whole.timeline()  # the whole log, read before the two below are saved
        newest = JournalLog.newest_weeks(journal, clock, 2)
        told = newest.add(Draft(EntryKind.CHECK_IN, clock.now(), CheckIn("Library")))
        plan_starts = last + timedelta(days=1)
        plan = newest.add(
            Draft(EntryKind.PLAN, clock.now(),
                  Plan(local(plan_starts), local(plan_starts + timedelta(hours=2)), "Gym"))
        )  # fmt: skip
        shown = newest.timeline()  # brought up to date as each was saved
        assert {plan.id, told.id} <= {row.entry_id for row in shown}
        assert shown == JournalLog.newest_weeks(journal, clock, 2).timeline()

        assert whole.catch_up() == 2
        assert told.id in whole.ledger.entries
        again = JournalLog(journal, clock)
        assert whole.timeline() == again.timeline() != rows_before
        assert whole.commitments() == again.commitments()
        assert whole.catch_up() == 0


def test_a_log_of_some_weeks_has_no_trend_to_give(tmp_path: Path) -> None:
    journal, last = journal_of(tmp_path / "j", [(5, "plan", 1, 1), (30, "outcome", 0, 0)])
    with journal:
        newest = JournalLog.newest_weeks(journal, Clock(LONDON, last), 4)
        for adds_up_everything in (newest.commitments, newest.needs_outcome, newest.weeks):
            with pytest.raises(ValueError, match="does not add up every entry"):
                adds_up_everything()


def test_a_day_with_no_entries_is_still_a_day(tmp_path: Path) -> None:
    """Weeks with nothing in them give no rows, not an error."""
    journal, last = journal_of(tmp_path / "j", [])
    with journal:
        newest = JournalLog.newest_weeks(journal, Clock(LONDON, last), 4)
        assert newest.timeline() == []
        assert newest.since == date(2026, 1, 4)
