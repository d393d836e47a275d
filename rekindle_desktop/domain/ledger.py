"""What the append-only log adds up to: corrected bodies, withdrawals, outcomes, pauses.

Entries are applied in log order. A later correction replaces an earlier one; a
withdrawn outcome or correction stops counting, and what it replaced counts again.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from heapq import merge

from rekindle_desktop.domain.consistency import Commitment
from rekindle_desktop.domain.entries import (
    LOGGABLE_KINDS,
    Agreement,
    Amend,
    Body,
    Entry,
    EntryKind,
    Outcome,
    OutcomeRecord,
    Pause,
    Plan,
    Promise,
    Retract,
)

OccurrenceKey = tuple[int, date | None]  # (plan or promise id, promise day or None)
COMMITTING = frozenset({EntryKind.PLAN, EntryKind.PROMISE})  # the kinds that have outcomes
NEEDS_WITHIN_DAYS = 14  # older commitments without an outcome are not asked about again


@dataclass
class Ledger:
    """The journal's current meaning, rebuilt from its entries."""

    entries: dict[int, Entry] = field(default_factory=dict)
    amendments: dict[int, list[int]] = field(default_factory=dict)  # target -> amend ids
    retracted: dict[int, int] = field(default_factory=dict)  # target -> retract id
    outcome_records: dict[OccurrenceKey, list[int]] = field(default_factory=dict)
    changes: list[int] = field(default_factory=list)  # amend and retract ids, in log order
    # Each kind's entries as (place in the log, id): `standing` reads only the kinds
    # asked for, not ten years of entries each time.
    of_kind: dict[EntryKind, list[tuple[int, int]]] = field(default_factory=dict)

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> Ledger:
        ledger = cls()
        for entry in entries:
            ledger.add(entry)
        return ledger

    @classmethod
    def of_whole(cls, entries: Iterable[Entry]) -> Ledger:
        """The ledger of those `entries` (in log order) that are whole among them: each
        whose root, and everything in between, is there too. Part of a journal read on
        its own (`store.entries.recent`) adds up to what it means, without the rest."""
        ledger = cls()
        for entry in entries:
            body = entry.body
            about = body.target if isinstance(body, OutcomeRecord | Amend | Retract) else None
            if about is None or about in ledger.entries:
                ledger.add(entry)
        return ledger

    def copy(self) -> Ledger:
        """The same ledger, to add to while this one is still being read (on another thread)."""
        return Ledger(
            dict(self.entries),
            {target: list(ids) for target, ids in self.amendments.items()},
            dict(self.retracted),
            {key: list(ids) for key, ids in self.outcome_records.items()},
            list(self.changes),
            {kind: list(places) for kind, places in self.of_kind.items()},
        )

    def add(self, entry: Entry) -> None:
        if entry.id not in self.entries:
            self.of_kind.setdefault(entry.kind, []).append((len(self.entries), entry.id))
        self.entries[entry.id] = entry
        body = entry.body
        if isinstance(body, Amend):
            self.amendments.setdefault(body.target, []).append(entry.id)
            self.changes.append(entry.id)
        elif isinstance(body, Retract):
            self.retracted.setdefault(body.target, entry.id)
            self.changes.append(entry.id)
        elif isinstance(body, OutcomeRecord):
            key = (body.target, body.occurrence)
            self.outcome_records.setdefault(key, []).append(entry.id)

    def is_retracted(self, entry_id: int) -> bool:
        return entry_id in self.retracted

    def current_body(self, entry_id: int) -> Body:
        """The body after the latest correction that still stands."""
        for amend_id in reversed(self.amendments.get(entry_id, [])):
            if not self.is_retracted(amend_id):
                body = self.entries[amend_id].body
                assert isinstance(body, Amend)
                return body.replacement
        return self.entries[entry_id].body

    def is_amended(self, entry_id: int) -> bool:
        return any(not self.is_retracted(a) for a in self.amendments.get(entry_id, []))

    def outcome_record(self, key: OccurrenceKey) -> OutcomeRecord | None:
        for record_id in reversed(self.outcome_records.get(key, [])):
            if not self.is_retracted(record_id):
                body = self.entries[record_id].body
                assert isinstance(body, OutcomeRecord)
                return body
        return None

    def outcome(self, key: OccurrenceKey) -> Outcome:
        record = self.outcome_record(key)
        return record.outcome if record else Outcome.UNCONFIRMED

    def root_of(self, entry: Entry) -> Entry | None:
        """The entry whose rows and commitments `entry` changes: what an outcome or a
        change is about, and what that is about in turn; any other entry is its own
        root. None if what it is about is not in the ledger."""
        while isinstance(entry.body, OutcomeRecord | Amend | Retract):
            target = self.entries.get(entry.body.target)
            if target is None:
                return None
            entry = target
        return entry

    def standing(self, *kinds: EntryKind) -> Iterator[Entry]:
        """Hand-written entries of these kinds that have not been withdrawn, in log order."""
        lists = [self.of_kind.get(kind, []) for kind in set(kinds or LOGGABLE_KINDS)]
        for _place, entry_id in lists[0] if len(lists) == 1 else merge(*lists):
            if not self.is_retracted(entry_id):
                yield self.entries[entry_id]

    def pauses(self) -> list[Pause]:
        found = []
        for entry in self.standing(EntryKind.PAUSE):
            body = self.current_body(entry.id)
            assert isinstance(body, Pause)
            found.append(body)
        return found

    def agreements(self) -> list[Agreement]:
        found = []
        for entry in self.standing(EntryKind.AGREEMENT):
            body = self.current_body(entry.id)
            assert isinstance(body, Agreement)
            found.append(body)
        return sorted(found, key=lambda a: a.version)

    def commitments(
        self,
        zone: tzinfo,
        now: datetime,
        *,
        include_private: bool = False,
        since: date | None = None,
    ) -> list[Commitment]:
        """Plans and promise occurrences that have come due by `now` (on days from `since`
        on, if given), with their outcomes: in log order, a promise's by day."""
        found: list[Commitment] = []
        for entry in self.standing(*COMMITTING):
            if include_private or not entry.private:
                found += self.commitments_of(entry, zone, now, since=since)
        return found

    def commitments_of(
        self, entry: Entry, zone: tzinfo, now: datetime, *, since: date | None = None
    ) -> list[Commitment]:
        """One plan's or promise's part of `commitments`, whether private or withdrawn."""
        body = self.current_body(entry.id)
        if isinstance(body, Plan):
            day = body.starts.local_date(zone)
            if body.ends.utc > now or (since is not None and day < since):
                return []
            return [Commitment(entry.id, day, self.outcome((entry.id, None)))]
        if isinstance(body, Promise):
            days = body.rule.days_between(since or body.rule.starts, now.astimezone(zone).date())
            return [
                Commitment(entry.id, day, self.outcome((entry.id, day)), occurrence=day)
                for day in days
                if due_at(day, zone) <= now
            ]
        return []

    def with_commitments_of(
        self, commitments: list[Commitment], entry: Entry, zone: tzinfo, now: datetime
    ) -> list[Commitment]:
        """`commitments`, as `commitments(zone, now)` gave them, with `entry`'s part worked
        out again: all that changes when an outcome, correction or withdrawal of it is
        added. The log's order is its ids' order, as in a journal."""
        lo = bisect_left(commitments, entry.id, key=_source)
        hi = bisect_right(commitments, entry.id, lo=lo, key=_source)
        counts = not entry.private and not self.is_retracted(entry.id)
        own = self.commitments_of(entry, zone, now) if counts else []
        return [*commitments[:lo], *own, *commitments[hi:]]

    def changed_in_time(self, zone: tzinfo, then: datetime, now: datetime) -> list[Entry]:
        """The plans and promises whose rows and commitments at `now` may differ from
        those at `then`, before it: the plans that ended in between and, once the local
        day has turned, the promises with a day from `then`'s on. Nothing else changes
        with the time alone."""
        first, last = then.astimezone(zone).date(), now.astimezone(zone).date()
        changed = []
        for _place, entry_id in merge(*(self.of_kind.get(kind, []) for kind in COMMITTING)):
            body = self.current_body(entry_id)
            if isinstance(body, Plan):
                ended = then < body.ends.utc <= now
            else:
                assert isinstance(body, Promise)
                ended = last > first and next(body.rule.days_between(first, last), None) is not None
            if ended:
                changed.append(self.entries[entry_id])
        return changed

    def needs_outcome(self, zone: tzinfo, now: datetime) -> list[Commitment]:
        """Recent commitments that have come due and still have no outcome, oldest first.

        Older ones stay "not yet confirmed" (neutral) rather than piling up as a chore.
        """
        since = _needs_since(zone, now)
        return _needing(self.commitments(zone, now, include_private=True, since=since))

    def with_needs_of(
        self, needs: list[Commitment], entry: Entry, zone: tzinfo, now: datetime
    ) -> list[Commitment]:
        """`needs`, as `needs_outcome(zone, now)` gave them, with `entry`'s part worked out
        again (see `with_commitments_of`)."""
        since = _needs_since(zone, now)
        retracted = self.is_retracted(entry.id)
        own = [] if retracted else self.commitments_of(entry, zone, now, since=since)
        return _needing([*(c for c in needs if c.source != entry.id), *own])


def _needs_since(zone: tzinfo, now: datetime) -> date:
    return now.astimezone(zone).date() - timedelta(days=NEEDS_WITHIN_DAYS)


def _needing(commitments: Iterable[Commitment]) -> list[Commitment]:
    return sorted((c for c in commitments if not c.outcome.resolved),
                  key=lambda c: (c.day, c.source))  # fmt: skip


def _source(commitment: Commitment) -> int:
    return commitment.source


def due_at(day: date, zone: tzinfo) -> datetime:
    """A promise occurrence is due by the end of its local day."""
    return datetime.combine(day + timedelta(days=1), time(0), zone)
