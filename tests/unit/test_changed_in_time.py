"""Rows and commitments worked out minutes or days ago are brought to this moment by
working out again only what the time alone changes: the plans that ended meanwhile and,
after midnight, the promises. What that gives must be exactly what working out every row
at this moment gives."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rekindle_desktop.domain.entries import EntryKind
from rekindle_desktop.domain.timeline import LATE_AFTER, timeline_rows, with_roots_again
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from tests.journal_steps import LONDON, Step, journal_of, steps

# From the last entry to when the rows were worked out, and on to now: minutes to days,
# across midnights and the clocks going forward.
minutes = st.integers(0, 6 * 24 * 60)


@settings(max_examples=100, deadline=None)
@given(steps, minutes, minutes)
def test_brought_forward_is_worked_out_again(chosen: list[Step], later: int, gap: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        journal, last = journal_of(Path(tmp) / "j", chosen)
        with journal:
            ledger = JournalLog(journal, Clock(LONDON, last)).ledger
        then = last + timedelta(minutes=later)
        now = then + timedelta(minutes=gap)
        changed = ledger.changed_in_time(LONDON, then, now)
        ids = {entry.id for entry in changed}

        rows = timeline_rows(ledger, LONDON, then)
        brought = with_roots_again(rows, changed, ids, ledger, LONDON, now, late_after=LATE_AFTER)
        assert brought == timeline_rows(ledger, LONDON, now)

        commitments = ledger.commitments(LONDON, then)
        for entry in changed:
            commitments = ledger.with_commitments_of(commitments, entry, LONDON, now)
        assert commitments == ledger.commitments(LONDON, now)
        if now.astimezone(LONDON).date() == then.astimezone(LONDON).date():
            # Promises wait for midnight.
            assert all(entry.kind is EntryKind.PLAN for entry in changed)
