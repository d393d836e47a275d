"""What the pages of an unlocked journal read, read once and kept up to date.

The sharer's own log keeps its ledger as entries are added; the reviewed record is
re-read only when another timeline file has been accepted. Reading a ten-year journal
takes a few seconds, so no page reads it again on its own, and a big journal is read
away from the window (`read_lent` on a worker, then `rebind` on the window's thread).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from rekindle_desktop.domain.consistency import (
    Commitment,
    WeekSummary,
    score_history,
    weekly_summaries,
)
from rekindle_desktop.domain.entries import Agreement, Entry, EntryKind
from rekindle_desktop.domain.ledger import COMMITTING, Ledger
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.timeline import (
    LATE_AFTER,
    TimelineRow,
    timeline_rows,
    with_all_added,
    with_review_markers,
    with_roots_again,
)
from rekindle_desktop.domain.words import ENGLISH, Words
from rekindle_desktop.services import review_summary, sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import WRITTEN_AHEAD, JournalLog
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.services.kept import WORK_BESIDE_FROM, Kept
from rekindle_desktop.services.session import JournalHandoff, take_over
from rekindle_desktop.store import entries
from rekindle_desktop.store import sharing as shared_store
from rekindle_desktop.store.journal import Journal

if TYPE_CHECKING:
    from rekindle_desktop.services import report


# Plans and promises whose commitments are worked out again one by one when a file adds
# to them or the time moves on; with more, all of them are worked out at once (quicker).
ONE_BY_ONE_AT_MOST = 200


@dataclass(frozen=True)
class ReviewedSoFar:
    """The reviewed record as a page holds it, and what it worked out of it: carried
    through the next review (`review_lent`) instead of being read again."""

    state: sharing.ReviewState
    ledger: Ledger
    accepted: tuple[int, int]
    kept: Kept


def newest_reviewed_rows(
    journal: Journal, clock: Clock, weeks: int, *, words: Words = ENGLISH
) -> tuple[date, list[TimelineRow]]:
    """The reviewed timeline of the newest `weeks` only, as the whole record shows them
    (marks and all), read in a few hundredths of a second where the whole record takes
    seconds: the day they start on, and their rows. As with a sharer's own newest weeks
    (`JournalLog.newest_weeks`), only a plan written longer ahead than `WRITTEN_AHEAD`
    is missing from them."""
    now = clock.now_utc()
    since = (now - timedelta(weeks=weeks)).astimezone(clock.zone).date()
    state = sharing.recent_review_state(
        journal, Moment.from_local(now - timedelta(weeks=weeks) - WRITTEN_AHEAD)
    )
    rows = timeline_rows(
        Ledger.of_whole(state.entries),
        clock.zone,
        now,
        late_after=LATE_AFTER,
        new_since=state.new_since_last_review,
        recorded_late=state.recorded_late,
        words=words,
        since=since,
    )
    return since, rows


class Records(JournalSession):
    """The open journal's session, with what its pages show (timeline rows in `words`'
    language)."""

    def __init__(self, journal: Journal, clock: Clock, *, words: Words = ENGLISH) -> None:
        super().__init__(journal)
        self.clock = clock
        self.words = words
        self.log = JournalLog(journal, clock, words=words) if self.role.shares else None
        self._reviewed: sharing.ReviewState | None = None
        self._reviewed_ledger: Ledger | None = None
        self._accepted: tuple[int, int] = (-1, -1)
        self._kept = Kept(clock.now_utc)  # not through self: no cycle keeps a record alive

    def size(self) -> int:
        """Entries to read, own and reviewed: a quick count, nothing is parsed."""
        own = entries.count(self.journal.conn) if self.role.shares else 0
        reviewed = shared_store.accepted_leaf_count(self.journal.conn) if self.role.reviews else 0
        return own + reviewed

    def read_all(self) -> None:
        """Read and work out everything the pages show first, so they only need to draw it."""
        if self.log is not None:
            self.log.work_out(self.log.late_after())
        if self.role.reviews:
            self.reviewed_rows()
            self.reviewed_commitments()
            self.reviewed_weeks()
            self.reviewed_score_history()
            self.reviewed_summary()

    def rebind(self, opened: JournalSession) -> None:
        """Carry on through `opened`, the same journal opened on this thread."""
        self.journal = opened.journal
        if self.log is not None:
            self.log.rebind(opened.journal)

    def adopt_reviewed(self, other: Records) -> list[object]:
        """Keep what `other`, the same journal read on another thread, worked out of the
        reviewed record (see `review_lent`); returns what was kept before, to let go of
        (see `letting_go`)."""
        before: list[object] = [self._reviewed, self._reviewed_ledger, self._kept]
        self._reviewed = other._reviewed
        self._reviewed_ledger = other._reviewed_ledger
        self._accepted = other._accepted
        self._kept = other._kept
        return before

    def reviewed_so_far(self) -> ReviewedSoFar | None:
        """The reviewed record as read, to carry through a review on a worker (`carry`);
        None if it has not been read."""
        if self._reviewed is None or self._reviewed_ledger is None:
            return None
        return ReviewedSoFar(
            self._reviewed, self._reviewed_ledger, self._accepted, self._kept.copy()
        )

    def carry(self, before: ReviewedSoFar) -> set[Hashable] | None:
        """Take the reviewed record as `before` held it, brought up to date with the file
        accepted since, if one was: only that file's entries are read, and only the rows
        and commitments they change are worked out again (a ten-year record takes
        seconds to read whole). What was worked out minutes ago is first brought to
        this moment (`_with_time`). `before` is left as it was, so the page that holds
        it can go on drawing it meanwhile. Returns what of what `before` had worked out is
        carried (the rest is worked out when asked for), or None if the record changed
        in another way (it is read whole when asked for)."""
        accepted = sharing.record_version(self.journal)
        state, ledger, kept = before.state, before.ledger, before.kept.copy(self.clock.now_utc)
        after: sharing.ReviewState | None = None
        if accepted == before.accepted:
            after = state  # the file was refused, or already seen
        elif accepted == (before.accepted[0], before.accepted[1] + 1):
            after = sharing.review_state_after(self.journal, state)
        if after is None:
            return None
        kept.forward(before.accepted, partial(self._with_time, state, ledger, {}))
        if after is state:
            carried = kept.kept(accepted)
        else:
            ledger = ledger.copy()
            for entry in after.entries[len(state.entries) :]:
                ledger.add(entry)
            with_file = partial(self._with_file, state, after, ledger)
            carried = kept.carry(before.accepted, accepted, with_file)
            state = after
        self._reviewed, self._reviewed_ledger, self._accepted, self._kept = (
            state, ledger, accepted, kept
        )  # fmt: skip
        return carried

    def _with_file(
        self,
        before: sharing.ReviewState,
        after: sharing.ReviewState,
        ledger: Ledger,
        key: Hashable,
        kept: Any,
        at: datetime,
    ) -> Any:
        """What was kept of `before`, brought up to date with the file that made it
        `after` (its entries added to `ledger`); None: work it out again."""
        added = after.entries[len(before.entries) :]
        if key == "rows":
            rows = with_all_added(
                kept, added, ledger, self.clock.zone, at, late_after=LATE_AFTER, words=self.words
            )
            if rows is None:
                return None
            return with_review_markers(
                rows, before.new_since_last_review, after.new_since_last_review, after.recorded_late
            )
        roots = [ledger.root_of(entry) for entry in added]
        if any(root is None for root in roots):
            return None
        if key == "commitments":
            committing = {r.id: r for r in roots if r is not None and r.kind in COMMITTING}
            if len(committing) > ONE_BY_ONE_AT_MOST:
                return None
            for root in committing.values():
                kept = ledger.with_commitments_of(kept, root, self.clock.zone, at)
            return kept
        if key in ("weeks", "history"):
            trend = COMMITTING | {EntryKind.PAUSE}
            return None if any(r is not None and r.kind in trend for r in roots) else kept
        return None  # the summary: what the newest file added, counted again

    def reviewed(self) -> sharing.ReviewState:
        accepted = sharing.record_version(self.journal)
        if self._reviewed is None or accepted != self._accepted:
            self._reviewed = sharing.review_state(self.journal)
            self._reviewed_ledger = Ledger.of(self._reviewed.entries)
            self._accepted = accepted
        return self._reviewed

    def report_source(self) -> report.ReportSource:
        """What a counsellor report reads: this journal's own record if it shares, else
        the partner's accepted one; from what is already read. UserFacingError if there
        is nothing to report on."""
        from rekindle_desktop.services import report  # only when a report is asked for

        if self.log is not None:
            return report.sharer_source(self.journal, self.clock, self.log.ledger)
        return report.reviewer_source(
            self.journal, self.clock, (self.reviewed(), self.reviewed_ledger())
        )

    def reviewed_ledger(self) -> Ledger:
        self.reviewed()
        assert self._reviewed_ledger is not None
        return self._reviewed_ledger

    def reviewed_rows(self) -> list[TimelineRow]:
        """The reviewed timeline, with what the latest file added marked as new."""
        return self._rows(self.reviewed())

    def reviewed_commitments(self) -> list[Commitment]:
        self.reviewed()
        return self._commitments()

    def reviewed_weeks(self) -> list[WeekSummary]:
        """The reviewed record's trend, week by week."""
        self.reviewed()
        return self._weeks()

    def reviewed_score_history(self) -> list[tuple[date, float]]:
        """The reviewed record's score at the end of each day with a resolved commitment."""
        self.reviewed()
        return self._history()

    def reviewed_summary(self) -> review_summary.SinceLastReview:
        """What the latest accepted file added, in counts."""
        return self._summary(self.reviewed())

    def reviewed_to_work_out(self) -> Callable[[], None] | None:
        """What the review page draws, if a long record's is no longer kept (it changed,
        or the time of day may matter again): a function that works it out and keeps it,
        reading nothing from the journal, for a worker to run while the window waits.
        None if it is kept, or quick to work out here. Checks the record on this thread."""
        state = self.reviewed()
        if self.reviewed_worked_out() or len(state.entries) < WORK_BESIDE_FROM:
            return None

        forward = self._forward(state)

        def work_out() -> None:
            forward()
            self._rows(state)
            self._weeks()
            self._history()
            self._summary(state)

        return work_out

    def reviewed_worked_out(self) -> bool:
        """Whether all the review page draws of the record, as last checked, is kept and
        fresh: nothing to work out."""
        keys = ("rows", "commitments", "weeks", "history", "summary")
        return all(self._kept.fresh(key, self._accepted) for key in keys)

    def insights_to_work_out(self) -> Callable[[], object] | None:
        """The commitments Insights draws, if a long record's are no longer kept: for a
        worker to work out, as `reviewed_to_work_out`. Checks the record on this thread."""
        if self.log is not None:
            return self.log.commitments_to_work_out()
        state = self.reviewed()
        if self._kept.fresh("commitments", self._accepted) or len(state.entries) < WORK_BESIDE_FROM:
            return None

        forward = self._forward(state)

        def work_out() -> list[Commitment]:
            forward()
            return self._commitments()

        return work_out

    def _forward(self, state: sharing.ReviewState) -> Callable[[], None]:
        """What brings what was worked out of the record `state` minutes ago to this
        moment (see `_with_time`), instead of working it all out again: reading nothing
        from the journal, for a worker."""
        with_time = partial(self._with_time, state, self._ledger(), {})
        return partial(self._kept.forward, self._accepted, with_time)

    def _with_time(
        self,
        state: sharing.ReviewState,
        ledger: Ledger,
        changed: dict[datetime, list[Entry]],
        key: Hashable,
        kept: Any,
        at: datetime,
        now: datetime,
    ) -> Any:
        """What was kept of the record `state` as it was at `at`, as it is at `now`:
        only what the time alone changes (`Ledger.changed_in_time`), the plans that
        ended meanwhile and, after midnight, the promises, is worked out again. None:
        work it out again. `changed` keeps what changed since each `at`."""
        if at not in changed:
            changed[at] = ledger.changed_in_time(self.clock.zone, at, now)
        roots = changed[at]
        if key == "summary" or not roots:
            return kept
        if key == "rows":
            rows = with_roots_again(
                kept, roots, {root.id for root in roots}, ledger, self.clock.zone, now,
                late_after=LATE_AFTER, words=self.words,
            )  # fmt: skip
            return with_review_markers(
                rows, frozenset(), state.new_since_last_review, state.recorded_late
            )
        if key == "commitments":
            if len(roots) > ONE_BY_ONE_AT_MOST:
                return None
            for root in roots:
                kept = ledger.with_commitments_of(kept, root, self.clock.zone, now)
            return kept
        return None  # the trend: its commitments changed

    # What the reviewed_* methods keep, once the record has been checked (`reviewed`).
    def _ledger(self) -> Ledger:
        assert self._reviewed_ledger is not None
        return self._reviewed_ledger

    def _rows(self, state: sharing.ReviewState) -> list[TimelineRow]:
        return self._kept.get(
            "rows",
            self._accepted,
            lambda now: timeline_rows(
                self._ledger(),
                self.clock.zone,
                now,
                late_after=LATE_AFTER,
                new_since=state.new_since_last_review,
                recorded_late=state.recorded_late,
                words=self.words,
            ),
        )

    def _commitments(self) -> list[Commitment]:
        return self._kept.get(
            "commitments",
            self._accepted,
            lambda now: self._ledger().commitments(self.clock.zone, now),
        )

    def _weeks(self) -> list[WeekSummary]:
        return self._kept.get(
            "weeks",
            self._accepted,
            lambda now: weekly_summaries(self._commitments(), self._ledger().pauses()),
        )

    def _history(self) -> list[tuple[date, float]]:
        return self._kept.get(
            "history",
            self._accepted,
            lambda now: score_history(self._commitments(), self._ledger().pauses()),
        )

    def _summary(self, state: sharing.ReviewState) -> review_summary.SinceLastReview:
        return self._kept.get(
            "summary", self._accepted, lambda now: review_summary.since_last_review(state)
        )

    def own_ledger(self) -> Ledger | None:
        return self.log.ledger if self.log is not None else None

    def agreement(self) -> Agreement | None:
        """The sharer's own agreement, or for a reviewer the one in the reviewed record."""
        own = self.own_ledger()
        if own is not None and own.agreements():
            return own.agreements()[-1]
        if self.role.reviews:
            reviewed = self.reviewed_ledger().agreements()
            if reviewed:
                return reviewed[-1]
        return None


def review_lent(
    handoff: JournalHandoff,
    clock: Clock,
    data: bytes,
    *,
    words: Words = ENGLISH,
    before: ReviewedSoFar | None = None,
) -> tuple[sharing.ReviewResult, Records]:
    """Review a timeline file on the calling thread (a worker) through a connection of
    its own, and work out the reviewed record as it now stands, from what the page held
    `before` if it can (`Records.carry`): the review page only draws it then
    (`adopt_reviewed`), instead of reading ten years again on the window's thread. The
    result is said in `words`' language."""
    with take_over(handoff) as journal:
        result = sharing.review(journal, data, words=words)
        records = Records(journal, clock, words=words)
        if records.role.reviews:
            if before is not None:
                records.carry(before)
            records.reviewed_rows()
            records.reviewed_commitments()
            records.reviewed_weeks()
            records.reviewed_score_history()
            records.reviewed_summary()
    return result, records


def read_lent(handoff: JournalHandoff, clock: Clock, *, words: Words = ENGLISH) -> Records:
    """Everything the pages show first, read on the calling thread (a worker) through a
    connection of its own, closed again before returning: `rebind` the result on the
    thread that will use it. Its rows are said in `words`' language."""
    with take_over(handoff) as journal:
        records = Records(journal, clock, words=words)
        records.read_all()
    return records
