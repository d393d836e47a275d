"""Timeline rows: the journal laid out day by day, with honest markers.

Newest day first; within a day, in the order things happened. Corrections and
withdrawals sit right beside what they change. Outcomes are shown on the plan or
promise occurrence they resolve, not as rows of their own.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from functools import lru_cache
from sys import intern

from rekindle_desktop.domain.changes import what_changed
from rekindle_desktop.domain.consistency import paused_days
from rekindle_desktop.domain.entries import (
    Agreement,
    Amend,
    Answer,
    Body,
    CheckIn,
    Contact,
    ContactHow,
    Ending,
    Entry,
    EntryKind,
    NoteAbout,
    Outcome,
    OutcomeRecord,
    Pause,
    Plan,
    Promise,
    Retract,
    Words,
)
from rekindle_desktop.domain.ledger import Ledger, due_at
from rekindle_desktop.domain.safe_text import for_window
from rekindle_desktop.domain.voice import answered_within
from rekindle_desktop.domain.words import ENGLISH
from rekindle_desktop.domain.words import Words as Language


class Marker(StrEnum):
    LOGGED_LATE = "logged late"
    AMENDED = "corrected"
    RETRACTED = "withdrawn"
    PRIVATE = "private"
    PAUSED = "paused"
    DUE = "due today"
    NEW = "new since your last review"
    RECORDED_LATE = "recorded after your last review"
    TOLD_EARLY = "told early"  # a contact, told soon after it happened


@dataclass(frozen=True, slots=True)
class TimelineRow:
    day: date
    at: datetime  # local time it sorts by within the day
    kind: EntryKind
    time_text: str
    title: str
    detail: str
    entry_id: int
    occurrence: date | None = None  # promise occurrences
    outcome: Outcome | None = None  # plans and promise occurrences only
    outcome_why: str = ""
    markers: frozenset[Marker] = frozenset()
    beside: int | None = None  # corrections and withdrawals: the entry they change
    logged_at: datetime | None = None  # local time it was written down

    @property
    def logged_text(self) -> str:
        return self.logged_said()

    def logged_said(self, words: Language = ENGLISH) -> str:
        """When it was written down, in words; formatted only when asked (a tooltip): ten
        years of rows need not all be."""
        if not self.logged_at:
            return ""
        return words.text("written {day}, {time}").format(
            day=words.short_day(self.logged_at.date(), year=True),
            time=words.clock(self.logged_at),
        )

    @property
    def needs_outcome(self) -> bool:
        return self.outcome is Outcome.UNCONFIRMED and Marker.DUE not in self.markers


class RowsByEntry:
    """Where each entry's rows are in `rows`, its own and those beside it: a search's
    entries become their rows without a pass over ten years of rows each time."""

    def __init__(self, rows: Sequence[TimelineRow]) -> None:
        self._rows = rows
        places: dict[int, list[int]] = {}
        for place, row in enumerate(rows):
            places.setdefault(row.entry_id, []).append(place)
            if row.beside is not None:
                places.setdefault(row.beside, []).append(place)
        shared = {row.entry_id for row in rows if row.beside is not None}
        shared.update(row.beside for row in rows if row.beside is not None)
        # Most entries have one row that is theirs alone: their places are looked up by
        # entry id in C, a search's thousands of entries at once (-1: none).
        self._one = array("q", [-1]) * (max(places, default=0) + 1)
        self._more: dict[int, list[int]] = {}
        for entry_id, at in places.items():
            if len(at) == 1 and entry_id not in shared:
                self._one[entry_id] = at[0]
            else:
                self._more[entry_id] = at

    def matching(self, found: Collection[int]) -> list[TimelineRow]:
        """The rows of the `found` entries, and the rows beside them, in their order."""
        if not found:
            return []
        if max(found) >= len(self._one):  # entries with no rows, written after them all
            self._one.extend(array("q", [-1]) * (max(found) + 1 - len(self._one)))
        places = sorted(map(self._one.__getitem__, found))
        places = places[bisect_right(places, -1) :]
        more = self._more.keys() & found
        if more:
            places = sorted(set(places).union(*(self._more[entry_id] for entry_id in more)))
        return list(map(self._rows.__getitem__, places))


RowKey = tuple[int, date | None]  # (entry id, promise day): a row others can sit beside
LATE_AFTER = timedelta(hours=2)  # written down later than this: marked "logged late"


def timeline_rows(
    ledger: Ledger,
    zone: tzinfo,
    now: datetime,
    *,
    late_after: timedelta = LATE_AFTER,
    new_since: frozenset[int] = frozenset(),
    recorded_late: frozenset[int] = frozenset(),
    words: Language = ENGLISH,
    since: date | None = None,
) -> list[TimelineRow]:
    """All rows, newest day first, or only those from the day `since` on. `new_since`
    and `recorded_late` (entry ids) add the reviewer's markers: what the latest file
    added, and which of it is dated earlier. Titles and details are in `words`' language."""
    pauses = paused_days(ledger.pauses())
    entries = ledger.entries.values()
    rows, beside = _rows_and_changes(entries, ledger, zone, now, pauses, late_after, words, since)
    if new_since or recorded_late:
        rows = [_review_markers(r, new_since, recorded_late) for r in rows]
    rows.sort(key=_order)
    return _placed(rows, beside)


def with_added(
    rows: list[TimelineRow],
    entry: Entry,
    ledger: Ledger,
    zone: tzinfo,
    now: datetime,
    *,
    late_after: timedelta,
    words: Language = ENGLISH,
    since: date | None = None,
) -> list[TimelineRow] | None:
    """`rows`, as `timeline_rows` gave them at `now`, once `entry` has been added to
    `ledger`: the same rows it would give, without working out every row again (ten
    years of them take most of a second). None when only that will do.

    An entry changes only the rows of the entry it is about (its root): a correction,
    withdrawal or outcome changes its root's rows, anything else is its own root. Those
    rows are worked out again and merged with the rest, which keep their order.
    """
    return with_all_added(
        rows, [entry], ledger, zone, now, late_after=late_after, words=words, since=since
    )


def with_all_added(
    rows: list[TimelineRow],
    added: Sequence[Entry],
    ledger: Ledger,
    zone: tzinfo,
    now: datetime,
    *,
    late_after: timedelta,
    words: Language = ENGLISH,
    since: date | None = None,
) -> list[TimelineRow] | None:
    """`with_added` for several entries added to `ledger` at once (a reviewed file's):
    the rows of each one's root are worked out again, in one pass over the rest. Review
    markers are not among them: see `with_review_markers`."""
    roots: dict[int, Entry] = {}
    for entry in added:
        root = ledger.root_of(entry)
        if root is None or root.kind is EntryKind.PAUSE:
            return None  # a pause, or a change to one, marks days all over the timeline
        roots[root.id] = root
    shown = roots.keys() - {entry.id for entry in added}  # a new root has no rows yet
    return with_roots_again(
        rows, roots.values(), shown, ledger, zone, now,
        late_after=late_after, words=words, since=since,
    )  # fmt: skip


def with_roots_again(
    rows: list[TimelineRow],
    roots: Collection[Entry],
    shown: Collection[int],
    ledger: Ledger,
    zone: tzinfo,
    now: datetime,
    *,
    late_after: timedelta,
    words: Language = ENGLISH,
    since: date | None = None,
) -> list[TimelineRow]:
    """`rows` with the rows of `roots` (those of them `shown` among `rows`, the others
    not yet) and of the changes to them worked out again at `now`, as `timeline_rows`
    would; the rest keep their order. Review markers are not among them: see
    `with_review_markers`."""
    if not roots:
        return rows
    ids = {root.id for root in roots}
    block = list(roots)
    for change in (ledger.entries[c] for c in ledger.changes):
        root = ledger.root_of(change)
        if root is not None and root.id in ids:
            block.append(change)
    pauses = paused_days(ledger.pauses())
    own, beside = _rows_and_changes(block, ledger, zone, now, pauses, late_after, words, since)
    own.sort(key=_order)
    rest = _without(rows, shown) if shown else rows
    return _merged(rest, _groups(_placed(own, beside)))


def with_review_markers(
    rows: list[TimelineRow],
    before: frozenset[int],
    new_since: frozenset[int],
    recorded_late: frozenset[int],
) -> list[TimelineRow]:
    """`rows` with the reviewer's markers moved: those of the entries in `before` (what
    the review before added) taken away, and `new_since` and `recorded_late` marked, as
    `timeline_rows` marks them."""
    marked = before | new_since | recorded_late
    if not marked:
        return rows
    gone = frozenset({Marker.NEW, Marker.RECORDED_LATE})
    moved = []
    for row in rows:
        if row.entry_id in marked and row.beside is None and row.occurrence is None:
            row = _review_markers(
                replace(row, markers=_markers(row.markers - gone)), new_since, recorded_late
            )
        moved.append(row)
    return moved


def _rows_and_changes(
    entries: Iterable[Entry],
    ledger: Ledger,
    zone: tzinfo,
    now: datetime,
    pauses: frozenset[date],
    late_after: timedelta,
    words: Language,
    since: date | None = None,
) -> tuple[list[TimelineRow], dict[RowKey, list[TimelineRow]]]:
    """The rows of `entries` (from the day `since` on, if given), unsorted, and the
    corrections and withdrawals among them, by the row each sits beside."""
    said = _Said.of(words)
    rows: list[TimelineRow] = []
    beside: dict[RowKey, list[TimelineRow]] = {}
    for entry in entries:
        if entry.kind is EntryKind.OUTCOME:
            continue
        if isinstance(entry.body, Amend | Retract):
            change = _change_row(entry, ledger, zone, late_after, said)
            beside.setdefault(_anchor(entry.body.target, ledger), []).append(change)
            continue
        row = _entry_row(entry, ledger, zone, now, pauses, late_after, said)
        if since is None or row.day >= since:
            rows.append(row)
        if isinstance(entry.body, Promise) and not ledger.is_retracted(entry.id):
            body = ledger.current_body(entry.id)
            assert isinstance(body, Promise)
            rows.extend(_occurrence_rows(entry, body, ledger, zone, now, pauses, since))
    return rows, beside


def _placed(rows: list[TimelineRow], beside: dict[RowKey, list[TimelineRow]]) -> list[TimelineRow]:
    """Sorted `rows`, each followed by the corrections and withdrawals beside it."""
    if not beside:
        return rows
    placed: list[TimelineRow] = []
    for row in rows:
        placed.append(row)
        for change in _with_nested((row.entry_id, row.occurrence), beside):
            placed.append(replace(change, day=row.day, at=row.at))
    return placed


def _groups(rows: Iterable[TimelineRow]) -> list[list[TimelineRow]]:
    """Placed rows as groups: a row, then the corrections and withdrawals beside it."""
    groups: list[list[TimelineRow]] = []
    for row in rows:
        if row.beside is None or not groups:
            groups.append([row])
        else:
            groups[-1].append(row)
    return groups


def _without(rows: list[TimelineRow], entry_ids: Collection[int]) -> list[TimelineRow]:
    """Placed `rows` without those of some entries, and what sits beside them."""
    kept: list[TimelineRow] = []
    start = 0
    for at in [i for i, row in enumerate(rows) if row.entry_id in entry_ids and row.beside is None]:
        kept += rows[start:at]
        start = at + 1
        while start < len(rows) and rows[start].beside is not None:
            start += 1
    kept += rows[start:]
    return kept


def _merged(rows: list[TimelineRow], groups: list[list[TimelineRow]]) -> list[TimelineRow]:
    """Placed `rows` with sorted `groups` (see `_groups`) merged in, in order."""
    merged: list[TimelineRow] = []
    start = 0
    for group in groups:
        at = _first_after(rows, _order(group[0]), start)
        merged += rows[start:at]
        merged += group
        start = at
    merged += rows[start:]
    return merged


def _first_after(rows: list[TimelineRow], key: tuple[int, datetime, int, date], lo: int) -> int:
    """The index, from `lo` on, of the first row of the first group that sorts after `key`:
    a binary search, each index judged by the first row of its group."""
    hi = len(rows)
    while lo < hi:
        mid = (lo + hi) // 2
        first = mid
        while rows[first].beside is not None:
            first -= 1
        if _order(rows[first]) < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _order(row: TimelineRow) -> tuple[int, datetime, int, date]:
    """Newest day first; within a day, by time, then in the order written."""
    return (-row.day.toordinal(), row.at, row.entry_id, row.occurrence or row.day)


def _review_markers(
    row: TimelineRow, new_since: frozenset[int], recorded_late: frozenset[int]
) -> TimelineRow:
    extra = set()
    if row.entry_id in new_since and row.occurrence is None:
        extra.add(Marker.NEW)
    if row.entry_id in recorded_late and row.occurrence is None:
        extra.add(Marker.RECORDED_LATE)
    return replace(row, markers=row.markers | extra) if extra else row


def _anchor(target: int, ledger: Ledger) -> RowKey:
    """The row a correction or withdrawal sits beside: an outcome's sits by its plan or day."""
    entry = ledger.entries.get(target)
    if entry is not None and isinstance(entry.body, OutcomeRecord):
        return (entry.body.target, entry.body.occurrence)
    return (target, None)


def _with_nested(key: RowKey, beside: dict[RowKey, list[TimelineRow]]) -> Iterable[TimelineRow]:
    for change in beside.get(key, []):
        yield change
        yield from _with_nested((change.entry_id, None), beside)  # a withdrawn correction


def _entry_row(
    entry: Entry,
    ledger: Ledger,
    zone: tzinfo,
    now: datetime,
    pauses: frozenset[date],
    late_after: timedelta,
    said: _Said,
) -> TimelineRow:
    body = ledger.current_body(entry.id)
    markers = set(_common_markers(entry, ledger, late_after))
    outcome: Outcome | None = None
    why = ""
    at = entry.happened.local(zone)
    if isinstance(body, Plan):
        at = body.starts.local(zone)
        if body.ends.utc <= now:
            record = ledger.outcome_record((entry.id, None))
            outcome = record.outcome if record else Outcome.UNCONFIRMED
            why = record.why if record else ""
    if at.date() in pauses and entry.kind is not EntryKind.PAUSE:
        markers.add(Marker.PAUSED)
    detail = _detail(body, said)
    if isinstance(body, Plan):
        detail = " · ".join(p for p in (_ends_another_day(body, zone, said), detail) if p)
    if isinstance(body, Contact):
        # How soon it was told is the point of it: said in words, early or not.
        told = said.told.format(
            within=answered_within(max(0, int(entry.lag_seconds // 60)), words=said.words)
        )
        detail = " · ".join(p for p in (told, detail) if p)
        if entry.lag_seconds <= late_after.total_seconds():
            markers.add(Marker.TOLD_EARLY)
    return TimelineRow(
        day=at.date(),
        at=at.replace(tzinfo=None),
        kind=entry.kind,
        time_text=intern(_time_text(body, entry, zone)),
        title=intern(_shown(_title(body, said))),
        detail=intern(_shown(detail)),
        entry_id=entry.id,
        outcome=outcome,
        outcome_why=_shown(why),
        markers=_markers(frozenset(markers)),
        logged_at=_logged_at(entry, zone),
    )


def _occurrence_rows(
    entry: Entry,
    body: Promise,
    ledger: Ledger,
    zone: tzinfo,
    now: datetime,
    pauses: frozenset[date],
    since: date | None = None,
) -> Iterable[TimelineRow]:
    today = now.astimezone(zone).date()
    title = _shown(body.text)  # once: a daily promise has thousands of days
    for day in body.rule.days_between(since or body.rule.starts, today):
        yield _occurrence_row(entry, title, day, ledger, zone, now, pauses)


def _occurrence_row(
    entry: Entry,
    title: str,
    day: date,
    ledger: Ledger,
    zone: tzinfo,
    now: datetime,
    pauses: frozenset[date],
) -> TimelineRow:
    record = ledger.outcome_record((entry.id, day))
    markers = set()
    if entry.private:
        markers.add(Marker.PRIVATE)
    if day in pauses:
        markers.add(Marker.PAUSED)
    if due_at(day, zone) > now and record is None:
        markers.add(Marker.DUE)
    return TimelineRow(
        day=day,
        at=datetime.combine(day, time(23, 59)),
        kind=EntryKind.PROMISE,
        time_text="",
        title=title,
        detail="",
        entry_id=entry.id,
        occurrence=day,
        outcome=record.outcome if record else Outcome.UNCONFIRMED,
        outcome_why=_shown(record.why) if record else "",
        markers=_markers(frozenset(markers)),
    )


def _change_row(
    entry: Entry, ledger: Ledger, zone: tzinfo, late_after: timedelta, said: _Said
) -> TimelineRow:
    """A correction or withdrawal; it takes the day and time of the row it sits beside."""
    body = entry.body
    assert isinstance(body, Amend | Retract)
    target = ledger.entries.get(body.target)
    if isinstance(body, Amend):
        title = said.corrected_to.format(title=_title(body.replacement, said))
    elif target is not None and target.kind is EntryKind.OUTCOME:
        title = said.outcome_withdrawn
    elif target is not None and target.kind is EntryKind.AMEND:
        title = said.correction_withdrawn
    else:
        title = said.withdrawn
    changed = ""
    if isinstance(body, Amend) and target is not None:
        before = _body_before(target, entry.id, ledger)
        changed = what_changed(before, body.replacement, zone, words=said.words)
    logged = entry.logged.local(zone)
    return TimelineRow(
        day=logged.date(),
        at=logged.replace(tzinfo=None),
        kind=entry.kind,
        time_text="",
        title=_shown(title),
        detail=_shown(" · ".join(p for p in (changed, body.why) if p)),
        entry_id=entry.id,
        markers=_markers(
            frozenset(_common_markers(entry, ledger, late_after) - {Marker.LOGGED_LATE})
        ),
        beside=body.target,
        logged_at=_logged_at(entry, zone),
    )


def _body_before(target: Entry, amend_id: int, ledger: Ledger) -> Body:
    """What `target` said just before the correction `amend_id`."""
    body = target.body
    for earlier in ledger.amendments.get(target.id, []):
        if earlier >= amend_id:
            break
        replacing = ledger.entries[earlier].body
        if isinstance(replacing, Amend) and not ledger.is_retracted(earlier):
            body = replacing.replacement
    return body


def _common_markers(entry: Entry, ledger: Ledger, late_after: timedelta) -> set[Marker]:
    markers = set()
    if entry.private:
        markers.add(Marker.PRIVATE)
    if ledger.is_amended(entry.id):
        markers.add(Marker.AMENDED)
    if ledger.is_retracted(entry.id):
        markers.add(Marker.RETRACTED)
    if entry.lag_seconds > late_after.total_seconds():
        markers.add(Marker.LOGGED_LATE)
    return markers


class _Said:
    """The words of one build of rows, each looked up once: ten years of rows say the
    same few things, and looking each up again would slow the build down."""

    __slots__ = (
        "about",
        "agreement",
        "at_place",
        "contact",
        "corrected_to",
        "correction_withdrawn",
        "nothing_more",
        "now_at",
        "outcome_withdrawn",
        "plan_at",
        "talk",
        "told",
        "until",
        "with_whom",
        "withdrawn",
        "words",
    )

    def __init__(self, words: Language) -> None:
        self.words = words
        self.plan_at = words.text("Plan at {place}")
        self.now_at = words.text("Now at {place}")
        self.agreement = words.text(
            "Version {version}: check-in talks every {days} days, look again on {day}"
        )
        self.nothing_more = words.text("Nothing more is shared after this")
        self.contact = {
            ContactHow.CONTACTED: words.text("I was contacted by {text}"),
            ContactHow.RAN_INTO: words.text("I ran into {text}"),
            ContactHow.GOT_IN_TOUCH: words.text("I got in touch with {text}"),
        }
        self.at_place = words.text("at {place}")
        self.with_whom = words.text("with {who}")
        self.until = words.text("until {day}")
        self.talk = words.text("To talk about at our next check-in")
        self.about = {
            NoteAbout.CHECK_IN_TALK: words.text("About: check-in conversation"),
            NoteAbout.COUNSELLING: words.text("About: counselling"),
            NoteAbout.OTHER: words.text("About: other"),
        }
        self.told = words.text("Told {within}")
        self.corrected_to = words.text("Corrected to: {title}")
        self.outcome_withdrawn = words.text("Outcome withdrawn")
        self.correction_withdrawn = words.text("Correction withdrawn")
        self.withdrawn = words.text("Withdrawn")

    @staticmethod
    def of(words: Language) -> _Said:
        return _ENGLISH_SAID if words is ENGLISH else _Said(words)


_ENGLISH_SAID = _Said(ENGLISH)


def _title(body: Body, said: _Said) -> str:
    match body:
        case Plan():
            return body.purpose or said.plan_at.format(place=body.place)
        case CheckIn():
            return said.now_at.format(place=body.place)
        case Promise():
            return body.text  # the row says "Promise" already
        case Agreement():
            return said.agreement.format(
                version=body.version,
                days=body.check_in_every_days,
                day=said.words.long_day(body.review_on),
            )
        case Words():
            return _first_line(body.text)
        case Pause():
            return body.summary(words=said.words)
        case Ending():
            return _first_line(body.words) if body.words else said.nothing_more
        case Contact():
            return _first_line(said.contact[body.how].format(text=body.text))
        case Answer():
            return _first_line(body.text)
        case _:
            return body.summary(words=said.words)


def _detail(body: Body, said: _Said) -> str:
    match body:
        case Plan():
            bits = [said.at_place.format(place=body.place)]
            if body.with_whom:
                bits.append(said.with_whom.format(who=body.with_whom))
            return " · ".join(bits)
        case CheckIn():
            return body.note
        case Promise():
            return body.rule.describe(words=said.words)
        case Agreement():
            return _first_line(body.boundaries)
        case Answer():
            return said.talk if body.talk else ""
        case Ending():
            rest = body.words.split("\n", 1)
            return _first_line(rest[1].strip()) if len(rest) > 1 else ""
        case Words():
            rest = body.text.split("\n", 1)
            extra = rest[1].strip() if len(rest) > 1 else ""
            about = said.about[body.about] if body.about else ""
            return " · ".join(p for p in (about, _first_line(extra)) if p)
        case _:
            return ""


def _time_text(body: Body, entry: Entry, zone: tzinfo) -> str:
    if isinstance(body, Plan):
        start = body.starts.local(zone)
        end = body.ends.local(zone)
        return f"{_clock(start)}–{_clock(end)}"  # another day's end is said in the detail
    if isinstance(body, Pause):
        return ""
    return _clock(entry.happened.local(zone))


def _ends_another_day(plan: Plan, zone: tzinfo, said: _Said) -> str:
    """ "until Wed 3 Dec" for a plan that ends on a later day (a night shift, a trip)."""
    start = plan.starts.local(zone)
    end = plan.ends.local(zone)
    if end.date() == start.date():
        return ""
    return said.until.format(day=said.words.short_day(end.date()))


def _clock(moment: datetime) -> str:
    """HH:MM, as strftime's %H:%M would give, several times faster."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _logged_at(entry: Entry, zone: tzinfo) -> datetime:
    return entry.logged.local(zone).replace(tzinfo=None)


def _shown(text: str) -> str:
    """A field as the window and the report show it: one line, and no bidi control that
    could reorder what is drawn beside it (domain/safe_text.py)."""
    return for_window(text, one_line=True)


@lru_cache(maxsize=512)
def _markers(markers: frozenset[Marker]) -> frozenset[Marker]:
    """One shared set per combination: ten years of rows repeat a handful of them."""
    return markers


def _first_line(text: str, limit: int = 160) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"
