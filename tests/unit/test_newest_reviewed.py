"""A reviewer's long record opens on its newest weeks, read on their own in a moment: their
rows must be exactly the rows the whole record shows for those weeks, marks and all,
whatever was corrected, withdrawn, paused, promised or given an outcome, file after
file. What each accepted leaf is about is kept beside it, by the app as it accepts a file
and by the migration for what was accepted before it: both must say the same."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind, Pause, Plan, Promise
from rekindle_desktop.domain.recurrence import Repeat, Rule
from rekindle_desktop.domain.timeline import Marker
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.exchange.leaves import read_new_leaf
from rekindle_desktop.services import access, sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.records import Records, newest_reviewed_rows
from rekindle_desktop.store import sharing as shared_store
from rekindle_desktop.store.journal import Journal
from tests.conftest import PASSPHRASE
from tests.journal_steps import FIRST, LONDON, Step, local, paired, paired_again, save, steps


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.tuples(steps, st.integers(0, 3 * 24)), min_size=1, max_size=3),
    st.integers(0, 6),
    st.integers(0, 5 * 24),
)
def test_the_newest_weeks_show_what_the_whole_record_shows_for_them(
    files: list[tuple[list[Step], int]], weeks: int, later_hours: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        sharer, reviewer = paired(Path(tmp))
        out = Path(tmp) / "t.rekindle"
        log = JournalLog(sharer, Clock(LONDON, FIRST))
        written = FIRST
        with sharer, reviewer:
            for steps_of_file, hours_later in files:
                for step in steps_of_file:
                    written += timedelta(hours=step[0])
                    log.clock = Clock(LONDON, written)
                    save(log, step, written)
                try:
                    sharing.export(sharer, out)
                except UserFacingError:
                    continue  # nothing to share (an agreement ended it, say)
                written += timedelta(hours=hours_later)  # the review, some hours later
                sharing.review(reviewer, out.read_bytes())
            clock = Clock(LONDON, written + timedelta(hours=later_hours))
            since, rows = newest_reviewed_rows(reviewer, clock, weeks)
            assert since == (clock.now_utc() - timedelta(weeks=weeks)).astimezone(LONDON).date()
            whole = Records(reviewer, clock).reviewed_rows()
            assert rows == [row for row in whole if row.day >= since]


def test_what_lasts_from_long_before_is_in_the_newest_weeks(tmp_path: Path) -> None:
    """Logged months before the weeks shown, and still meaning something in them: a pause
    planned far ahead marks the days it covers, a daily promise has a row each day, and a
    plan corrected into those weeks stands where it was moved to."""
    sharer, reviewer = paired(tmp_path)
    out = tmp_path / "t.rekindle"
    log = JournalLog(sharer, Clock(LONDON, FIRST))
    later = FIRST + timedelta(weeks=16)
    with sharer, reviewer:
        log.add(
            Draft(
                EntryKind.PAUSE,
                local(FIRST),
                Pause(later.date(), (later + timedelta(days=2)).date(), "Away"),
            )
        )
        log.add(
            Draft(
                EntryKind.PROMISE,
                local(FIRST),
                Promise("Home by ten", Rule(Repeat.DAILY, FIRST.date())),
            )
        )
        plan = log.add(
            Draft(
                EntryKind.PLAN,
                local(FIRST),
                Plan(local(FIRST), local(FIRST + timedelta(hours=1)), "Gym"),
            )
        )
        moved = later + timedelta(days=1)
        log.amend(plan.id, Plan(local(moved), local(moved + timedelta(hours=1)), "Gym"))
        log.clock = Clock(LONDON, moved)
        log.add(Draft(EntryKind.CHECK_IN, local(moved), CheckIn("Library")))
        sharing.export(sharer, out)
        sharing.review(reviewer, out.read_bytes())
        clock = Clock(LONDON, moved + timedelta(hours=3))
        since, rows = newest_reviewed_rows(reviewer, clock, 2)
        whole = Records(reviewer, clock).reviewed_rows()
        assert rows == [row for row in whole if row.day >= since]
        shown = {row.kind for row in rows}
        assert {EntryKind.PLAN, EntryKind.PROMISE, EntryKind.CHECK_IN} <= shown
        assert any(Marker.PAUSED in row.markers for row in rows)


def test_only_the_current_pairings_record_is_shown(tmp_path: Path) -> None:
    """After pairing again, the newest weeks are the new record's, as the page's are: the
    earlier pairing's entries (numbered from 1 too) never mix in."""
    sharer, reviewer = paired(tmp_path)
    out = tmp_path / "t.rekindle"
    with sharer:
        JournalLog(sharer, Clock(LONDON, FIRST)).add(
            Draft(EntryKind.CHECK_IN, local(FIRST), CheckIn("Library"))
        )
        sharing.export(sharer, out)
        sharing.review(reviewer, out.read_bytes())
    with paired_again(tmp_path / "s2", reviewer) as again, reviewer:
        clock = Clock(LONDON, FIRST + timedelta(hours=4))
        assert newest_reviewed_rows(reviewer, clock, 4)[1] == []  # nothing shared yet
        JournalLog(again, Clock(LONDON, FIRST)).add(
            Draft(EntryKind.CHECK_IN, local(FIRST + timedelta(hours=3)), CheckIn("Home"))
        )
        sharing.export(again, out)
        assert sharing.review(reviewer, out.read_bytes()).verdict is sharing.Verdict.ACCEPTED
        _since, rows = newest_reviewed_rows(reviewer, clock, 4)
        assert [row.title for row in rows] == [
            row.title for row in Records(reviewer, clock).reviewed_rows()
        ]
        assert len(rows) == 1 and "Home" in rows[0].title


def test_the_migration_says_what_the_app_says_of_each_leaf(tmp_path: Path) -> None:
    """A journal from before schema 9 gets, for each leaf it accepted, the same facts the
    app now writes as it accepts one; a leaf that does not read as JSON is kept as one
    to read always (kind ''), and the journal still opens."""
    sharer, reviewer = paired(tmp_path)
    out = tmp_path / "t.rekindle"
    log = JournalLog(sharer, Clock(LONDON, FIRST))
    when = FIRST
    with sharer, reviewer:
        for step in [(5, what, 7 * i, 3 * i) for i, what in enumerate(WHATS_TWICE)]:
            when += timedelta(hours=step[0])
            log.clock = Clock(LONDON, when)
            save(log, step, when)
        sharing.export(sharer, out)
        assert sharing.review(reviewer, out.read_bytes()).verdict is sharing.Verdict.ACCEPTED
        written_by_app = _about_rows(reviewer)
        assert len(written_by_app) == len(shared_store.accepted_leaves(reviewer.conn))
        assert {"plan", "outcome", "amend"} <= {row[3] for row in written_by_app}
        assert any(row[5] is not None for row in written_by_app)  # what an outcome is about
        assert written_by_app == [
            (row[0], row[1], *read_new_leaf(leaf)[1])
            for row, leaf in zip(
                written_by_app, shared_store.accepted_leaves(reviewer.conn), strict=True
            )
        ]
        # As a journal of schema 8 was, with one leaf its reader could not parse.
        reviewer.conn.execute("DROP TABLE accepted_entry")
        reviewer.conn.execute(
            "INSERT INTO partner_leaf (pairing, leaf_index, leaf) VALUES (99, 0, ?)",
            (b'{"body": not json',),
        )
        reviewer.conn.execute("PRAGMA user_version = 8")
    with access.unlock_with_passphrase(tmp_path / "r", PASSPHRASE) as migrated:
        rows = _about_rows(migrated)
        assert rows[:-1] == written_by_app
        assert rows[-1][1:] == (99, 0, "", "", None)


WHATS_TWICE = ("plan", "outcome", "check-in", "promise", "outcome", "amend", "retract",
               "words", "pause", "plan", "amend", "outcome")  # fmt: skip


def _about_rows(journal: Journal) -> list[tuple[object, ...]]:
    return journal.conn.execute(
        "SELECT id, pairing, entry, kind, happened, target FROM accepted_entry ORDER BY id"
    ).fetchall()
