"""Logging entries and outcomes, correcting and withdrawing: the sharer's use cases."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date, datetime, timedelta
from typing import Any

from rekindle_desktop.domain.consistency import (
    Commitment,
    WeekSummary,
    score_history,
    weekly_summaries,
)
from rekindle_desktop.domain.entries import (
    LOGGABLE_KINDS,
    Amend,
    Body,
    Draft,
    Entry,
    EntryKind,
    InvalidEntry,
    Outcome,
    OutcomeRecord,
    Plan,
    Promise,
    Retract,
    validate,
)
from rekindle_desktop.domain.ledger import COMMITTING, Ledger
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.timeline import TimelineRow, timeline_rows, with_added
from rekindle_desktop.domain.words import ENGLISH, Words
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.services.kept import WORK_BESIDE_FROM, Kept
from rekindle_desktop.store import entries, settings
from rekindle_desktop.store.journal import Journal

NOTHING_SAVED = "Nothing was saved; change it and try again."
# A log of the newest weeks reads what was written in them and this long before, so
# that plans written ahead of time are among them (see `JournalLog.newest_weeks`).
WRITTEN_AHEAD = timedelta(weeks=8)


class JournalLog:
    """An unlocked journal's log, with its ledger kept up to date as entries are added.
    Its timeline's rows are said in `words`' language."""

    def __init__(self, journal: Journal, clock: Clock, *, words: Words = ENGLISH) -> None:
        self.journal = journal
        self.clock = clock
        self.words = words
        self._ledger: Ledger | None = None
        self._added = 0  # entries added since the ledger was read: its version
        self._kept = Kept(lambda: self.clock.now_utc())
        self.since: date | None = None  # a log of the newest weeks: their first day

    @classmethod
    def newest_weeks(
        cls, journal: Journal, clock: Clock, weeks: int, *, words: Words = ENGLISH
    ) -> JournalLog:
        """The log of the newest `weeks` only: a ten-year journal's in a few hundredths
        of a second, where the whole log takes seconds. Its timeline holds the rows from
        its first day (`since`) on, as the whole log's does: it reads what happened in
        those weeks and `WRITTEN_AHEAD` before them, and what lasts (`entries.recent`),
        so only a plan written longer ahead than that is missing. Entries are saved as
        on the whole log. Commitments, what needs an outcome and the trend add up every
        entry: a log of some weeks has none to give."""
        log = cls(journal, clock, words=words)
        now = clock.now_utc()
        log.since = (now - timedelta(weeks=weeks)).astimezone(clock.zone).date()
        start = Moment.from_local(now - timedelta(weeks=weeks) - WRITTEN_AHEAD)
        log._ledger = Ledger.of_whole(entries.recent(journal.conn, start))
        return log

    @property
    def ledger(self) -> Ledger:
        if self._ledger is None:
            self._ledger = Ledger.of(entries.all_entries(self.journal.conn))
        return self._ledger

    def add(self, draft: Draft) -> Entry:
        try:
            validate(draft)
        except InvalidEntry as exc:
            raise UserFacingError.refused(exc, NOTHING_SAVED) from exc
        entry = entries.append(self.journal.conn, draft, self.clock.now())
        self._take(entry)
        return entry

    def catch_up(self) -> int:
        """Take in what was saved through another connection after this log's ledger was
        read (by a log of the newest weeks while the whole log was being read): the
        number of entries taken in."""
        last = max(self.ledger.entries, default=0)
        saved = list(entries.after(self.journal.conn, last))
        for entry in saved:
            self._take(entry)
        return len(saved)

    def _take(self, entry: Entry) -> None:
        self.ledger.add(entry)
        self._added += 1
        self._kept.carry(
            self._added - 1, self._added, lambda key, kept, at: self._with(entry, key, kept, at)
        )

    def _with(self, entry: Entry, key: Hashable, kept: Any, at: datetime) -> Any:
        """What was kept, brought up to date with one new entry; None: work it out again.

        An entry changes only what its root (what it is about, or itself) shows."""
        if isinstance(key, tuple):  # ("timeline", late_after)
            return with_added(
                kept, entry, self.ledger, self.clock.zone, at,
                late_after=key[1], words=self.words, since=self.since,
            )  # fmt: skip
        root = self.ledger.root_of(entry)
        if root is None:
            return None
        if key in ("weeks", "history"):
            # The trend adds up commitments and pauses: what is about neither leaves it
            # as it was (a check-in or a thank-you saved at ten years no longer waits for
            # ten years of weeks to be worked out again).
            changes_trend = root.kind in COMMITTING or root.kind is EntryKind.PAUSE
            return None if changes_trend else kept
        if root.kind not in COMMITTING:
            return kept
        if key == "needs":
            return self.ledger.with_needs_of(kept, root, self.clock.zone, at)
        return self.ledger.with_commitments_of(kept, root, self.clock.zone, at)

    def record_outcome(
        self, target: int, outcome: Outcome, occurrence: date | None = None, why: str = ""
    ) -> Entry:
        source = self._standing(target)
        body = self.ledger.current_body(target)
        if isinstance(body, Plan):
            if occurrence is not None:
                raise UserFacingError("A plan has one outcome, not one per day.")
        elif isinstance(body, Promise):
            if occurrence is None:
                raise UserFacingError("Say which day of the promise this outcome is for.")
            if not body.rule.falls_on(occurrence):
                raise UserFacingError(
                    "This promise wasn't due on {day}.",
                    "Choose one of the days it falls on.",
                    day=occurrence,
                )
        else:
            raise UserFacingError("Only plans and promises have outcomes.")
        record = OutcomeRecord(target, outcome, occurrence, why.strip())
        return self.add(Draft(EntryKind.OUTCOME, self.clock.now(), record, source.private))

    def amend(self, target: int, replacement: Body, why: str = "") -> Entry:
        source = self._standing(target)
        if source.kind not in LOGGABLE_KINDS and source.kind is not EntryKind.PAUSE:
            raise UserFacingError("Only what was written by hand can be corrected.")
        draft = Draft(source.kind, source.happened, replacement, source.private)
        try:
            validate(draft)  # the replacement must be a valid entry of the same kind
        except InvalidEntry as exc:
            raise UserFacingError.refused(exc, NOTHING_SAVED) from exc
        body = Amend(target, replacement, why.strip())
        return self.add(Draft(EntryKind.AMEND, self.clock.now(), body, source.private))

    def retract(self, target: int, why: str = "") -> Entry:
        source = self._standing(target)
        body = Retract(target, why.strip())
        return self.add(Draft(EntryKind.RETRACT, self.clock.now(), body, source.private))

    def late_after(self) -> timedelta:
        return timedelta(minutes=self.journal.get(settings.LATE_AFTER_MINUTES))

    def work_out(self, late: timedelta) -> None:
        """Work out (and keep) what the page shows: its timeline, commitments and what
        needs an outcome. Reads nothing from the journal, so a worker thread may do it
        while the window waits (ten years take seconds); nothing else may change the
        log meanwhile."""
        self.timeline(late)
        self.commitments()
        self.needs_outcome()
        self.weeks()
        self.score_history()

    def worked_out(self, late: timedelta) -> bool:
        """Whether all that `work_out(late)` works out is kept and fresh: nothing to wait for."""
        keys = (("timeline", late), "commitments", "needs", "weeks", "history")
        return all(self._kept.fresh(key, self._added) for key in keys)

    def timeline(self, late: timedelta | None = None) -> list[TimelineRow]:
        late = self.late_after() if late is None else late
        return self._kept.get(
            ("timeline", late),
            self._added,
            lambda now: timeline_rows(
                self.ledger, self.clock.zone, now, late_after=late, words=self.words,
                since=self.since,
            ),
        )  # fmt: skip

    def commitments(self) -> list[Commitment]:
        """Shared plans and promise days that have come due, with their outcomes."""
        self._whole()
        return self._kept.get(
            "commitments", self._added, lambda now: self.ledger.commitments(self.clock.zone, now)
        )

    def commitments_to_work_out(self) -> Callable[[], object] | None:
        """`commitments`, if a long log's are no longer kept: for a worker to work out
        while the window waits (it reads nothing from the journal). None if kept or quick."""
        if self._kept.fresh("commitments", self._added):
            return None
        return self.commitments if len(self.ledger.entries) >= WORK_BESIDE_FROM else None

    def needs_outcome(self) -> list[Commitment]:
        self._whole()
        return self._kept.get(
            "needs", self._added, lambda now: self.ledger.needs_outcome(self.clock.zone, now)
        )

    def weeks(self) -> list[WeekSummary]:
        """The trend week by week, from the commitments and pauses as they stand."""
        return self._kept.get(
            "weeks",
            self._added,
            lambda now: weekly_summaries(self.commitments(), self.ledger.pauses()),
        )

    def score_history(self) -> list[tuple[date, float]]:
        """The trend's score at the end of each day that had a resolved commitment."""
        return self._kept.get(
            "history",
            self._added,
            lambda now: score_history(self.commitments(), self.ledger.pauses()),
        )

    def rebind(self, journal: Journal) -> None:
        """Read and write through `journal` from now on: the same journal, opened afresh."""
        self.journal = journal

    @property
    def session(self) -> JournalSession:
        """The open journal this log is kept in, for what the page reads beside the log."""
        return JournalSession(self.journal)

    def search(self, typed: str) -> frozenset[int]:
        return entries.search(self.journal.conn, typed)

    def saved_places(self) -> list[str]:
        return entries.saved_places(self.journal.conn)

    def save_place(self, name: str) -> None:
        name = name.strip()
        if not name:
            raise UserFacingError("A saved place needs a name.")
        entries.save_place(self.journal.conn, name[:200])

    def forget_place(self, name: str) -> None:
        entries.forget_place(self.journal.conn, name)

    def _whole(self) -> None:
        if self.since is not None:
            raise ValueError("a log of the newest weeks does not add up every entry")

    def _standing(self, target: int) -> Entry:
        entry = self.ledger.entries.get(target)
        if entry is None:
            raise UserFacingError("There is no entry {number} in this journal.", number=target)
        if self.ledger.is_retracted(target):
            raise UserFacingError(
                "Entry {number} was withdrawn, so it can't be changed.",
                "Add a new entry instead.",
                number=target,
            )
        return entry
