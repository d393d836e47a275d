"""A review carries what the page already read and worked out of the record, instead of
reading ten years again: what it then shows must be exactly what reading the record
again shows, file after file, whatever the files hold."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.records import Records
from tests.journal_steps import FIRST, LONDON, Step, local, paired, paired_again, save, steps


def shown(records: Records) -> tuple[object, ...]:
    """All the review page draws of the record."""
    return (
        records.reviewed(),
        records.reviewed_rows(),
        records.reviewed_commitments(),
        records.reviewed_weeks(),
        records.reviewed_score_history(),
        records.reviewed_summary(),
    )


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(steps, st.sampled_from((0, 1, 5, 30, 24 * 60, 3 * 24 * 60))),
        min_size=1,
        max_size=4,
    )
)
def test_a_carried_record_shows_what_reading_it_again_shows(
    files: list[tuple[list[Step], int]],
) -> None:
    """File after file, each opened some minutes (or days) after the sharer wrote it and
    after the one before: what the page worked out is carried through the review, and
    brought to the moment it is opened at, never read or worked out whole again."""
    with tempfile.TemporaryDirectory() as tmp:
        sharer, reviewer = paired(Path(tmp))
        log = JournalLog(sharer, Clock(LONDON, FIRST))
        written = looked = FIRST
        page = Records(reviewer, Clock(LONDON, looked))
        page.read_all()
        with sharer, reviewer:
            for steps_of_file, minutes_later in files:
                for step in steps_of_file:
                    written += timedelta(hours=step[0])
                    log.clock = Clock(LONDON, written)
                    save(log, step, written)
                try:
                    sharing.export(sharer, Path(tmp) / "t.rekindle")
                except UserFacingError:
                    continue  # nothing to share (an agreement ended it, say)
                looked = max(looked, written) + timedelta(minutes=minutes_later)
                clock = Clock(LONDON, looked)
                before = page.reviewed_so_far()
                assert before is not None
                sharing.review(reviewer, (Path(tmp) / "t.rekindle").read_bytes())
                carried = Records(reviewer, clock)
                kept = carried.carry(before)
                # Rows and commitments are not worked out again, unless a pause was shared
                # (it marks days all over the timeline).
                ledger = carried.reviewed_ledger()
                added = carried.reviewed().entries[len(before.state.entries) :]
                roots = [ledger.root_of(entry) for entry in added]
                paused = any(root and root.kind is EntryKind.PAUSE for root in roots)
                assert kept is not None
                assert {"commitments", *(() if paused else ("rows",))} <= kept
                assert shown(carried) == shown(Records(reviewer, clock))
                page = carried


def test_a_file_already_seen_changes_nothing_and_reads_nothing(tmp_path: Path) -> None:
    sharer, reviewer = paired(tmp_path)
    with sharer, reviewer:
        log = JournalLog(sharer, Clock(LONDON, FIRST))
        for hours in (1, 5, 30):
            log.add(Draft(EntryKind.CHECK_IN, local(FIRST + timedelta(hours=hours)),
                          CheckIn("Library")))  # fmt: skip
        out = tmp_path / "t.rekindle"
        sharing.export(sharer, out)
        clock = Clock(LONDON, FIRST + timedelta(days=2))
        sharing.review(reviewer, out.read_bytes())
        page = Records(reviewer, clock)
        page.read_all()
        before = page.reviewed_so_far()
        assert before is not None
        again = sharing.review(reviewer, out.read_bytes())
        assert again.verdict is sharing.Verdict.ALREADY_SEEN
        carried = Records(reviewer, clock)
        assert carried.carry(before) == {"rows", "commitments", "weeks", "history", "summary"}
        assert carried.reviewed_rows() is page.reviewed_rows()  # the very rows, not read again


def test_a_new_pairing_is_read_afresh(tmp_path: Path) -> None:
    """What was carried belongs to the pairing before: the record of a new pairing (here
    after the sharer's fresh install) is not an extension of it."""
    sharer, reviewer = paired(tmp_path)
    with sharer:  # the reviewer's journal stays open for the new pairing
        JournalLog(sharer, Clock(LONDON, FIRST)).add(
            Draft(EntryKind.CHECK_IN, local(FIRST), CheckIn("Library"))
        )
        out = tmp_path / "t.rekindle"
        sharing.export(sharer, out)
        sharing.review(reviewer, out.read_bytes())
        clock = Clock(LONDON, FIRST + timedelta(days=1))
        page = Records(reviewer, clock)
        page.read_all()
        before = page.reviewed_so_far()
        assert before is not None
    with paired_again(tmp_path / "s2", reviewer) as again, reviewer:
        JournalLog(again, Clock(LONDON, FIRST)).add(
            Draft(EntryKind.CHECK_IN, local(FIRST + timedelta(hours=3)), CheckIn("Home"))
        )
        sharing.export(again, out)
        assert sharing.review(reviewer, out.read_bytes()).verdict is sharing.Verdict.ACCEPTED
        carried = Records(reviewer, clock)
        assert carried.carry(before) is None
        assert shown(carried) == shown(Records(reviewer, clock))
        assert [entry.body for entry in carried.reviewed().entries] == [CheckIn("Home")]
