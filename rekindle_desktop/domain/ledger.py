"""What the append-only log adds up to: corrected bodies, withdrawals, outcomes, pauses.

Entries are applied in log order. A later correction replaces an earlier one; a
withdrawn outcome or correction stops counting, and what it replaced counts again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

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


@dataclass
class Ledger:
    """The journal's current meaning, rebuilt from its entries."""

    entries: dict[int, Entry] = field(default_factory=dict)
    amendments: dict[int, list[int]] = field(default_factory=dict)  # target -> amend ids
    retracted: dict[int, int] = field(default_factory=dict)  # target -> retract id
    outcome_records: dict[OccurrenceKey, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> Ledger:
        ledger = cls()
        for entry in entries:
            ledger.add(entry)
        return ledger

    def add(self, entry: Entry) -> None:
        self.entries[entry.id] = entry
        body = entry.body
        if isinstance(body, Amend):
            self.amendments.setdefault(body.target, []).append(entry.id)
        elif isinstance(body, Retract):
            self.retracted.setdefault(body.target, entry.id)
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

    def standing(self, *kinds: EntryKind) -> Iterator[Entry]:
        """Hand-written entries of these kinds that have not been withdrawn, in log order."""
        wanted = set(kinds or LOGGABLE_KINDS)
        for entry in self.entries.values():
            if entry.kind in wanted and not self.is_retracted(entry.id):
                yield entry

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
        self, zone: tzinfo, now: datetime, *, include_private: bool = False
    ) -> list[Commitment]:
        """Plans and promise occurrences that have come due by `now`, with their outcomes."""
        found: list[Commitment] = []
        for entry in self.standing(EntryKind.PLAN, EntryKind.PROMISE):
            if entry.private and not include_private:
                continue
            body = self.current_body(entry.id)
            if isinstance(body, Plan):
                if body.ends.utc <= now:
                    day = body.starts.local_date(zone)
                    found.append(Commitment(entry.id, day, self.outcome((entry.id, None))))
            elif isinstance(body, Promise):
                for day in body.rule.days_between(body.rule.starts, now.astimezone(zone).date()):
                    if due_at(day, zone) <= now:
                        outcome = self.outcome((entry.id, day))
                        found.append(Commitment(entry.id, day, outcome, occurrence=day))
        return found

    def needs_outcome(
        self, zone: tzinfo, now: datetime, *, within_days: int = 14
    ) -> list[Commitment]:
        """Recent commitments that have come due and still have no outcome, oldest first.

        Older ones stay "not yet confirmed" (neutral) rather than piling up as a chore.
        """
        since = now.astimezone(zone).date() - timedelta(days=within_days)
        due = self.commitments(zone, now, include_private=True)
        return sorted(
            (c for c in due if not c.outcome.resolved and c.day >= since),
            key=lambda c: (c.day, c.source),
        )


def due_at(day: date, zone: tzinfo) -> datetime:
    """A promise occurrence is due by the end of its local day."""
    return datetime.combine(day + timedelta(days=1), time(0), zone)
