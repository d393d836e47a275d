"""The counsellor report's content: chosen parts of a record, for a chosen range, as plain data.

Made only when someone asks for it. It works on a sharer's own journal and on the
record a reviewer has accepted. Private entries never appear. No Qt here:
services/report_html renders the content as HTML, and ui/report_pdf lays that out as a PDF.
Its words are in the reader's language (`words`, see domain/words.py); each template is
marked for translators in ui/report_words.py.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path

from rekindle_desktop.domain.consistency import (
    SMOOTHING,
    Commitment,
    current_score,
    is_paused,
    step,
)
from rekindle_desktop.domain.entries import (
    LOGGABLE_KINDS,
    Agreement,
    EntryKind,
    Outcome,
    Pause,
    Plan,
    Promise,
)
from rekindle_desktop.domain.insights import TrendWeek, describe, trend_weeks
from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.domain.timeline import Marker, TimelineRow, timeline_rows
from rekindle_desktop.domain.words import ENGLISH, Words
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store.files import write_atomically
from rekindle_desktop.store.journal import Journal

TITLE = "Rekindle: a report for a counselling session"
INTACT_LOG = (
    "An intact log shows that entries were not changed after they were shared. "
    "It cannot show that they are true."
)
DEFAULT_KINDS = frozenset(
    {EntryKind.DISCLOSURE, EntryKind.APPRECIATION, EntryKind.NOTE, EntryKind.CONTACT}
)
DEFAULT_WEEKS = 12
MAX_ENTRY_LINES = 1500  # beyond this a PDF stops being readable; a shorter range helps


class Section(StrEnum):
    TREND = "trend"
    OUTCOMES = "outcomes"
    AGREEMENT = "agreement"
    ENTRIES = "entries"

    @property
    def label(self) -> str:
        return _SECTION_LABELS[self]


_SECTION_LABELS = {
    Section.TREND: "Consistency over time",
    Section.OUTCOMES: "How plans and promises turned out",
    Section.AGREEMENT: "The transparency agreement",
    Section.ENTRIES: "Selected entries",
}


@dataclass(frozen=True)
class ReportSource:
    """Whose record the report is about, as a ledger, with the clock to read it by."""

    ledger: Ledger
    zone: tzinfo
    now: datetime
    whose: str  # e.g. "your own journal"
    reviewed: bool  # True: a partner's record as accepted in review mode
    begins: date  # the record's first day: no report starts before it

    @property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()


def sharer_source(journal: Journal, clock: Clock, ledger: Ledger | None = None) -> ReportSource:
    """`ledger`: the journal's, if already read (a window has it), else read here."""
    ledger = JournalLog(journal, clock).ledger if ledger is None else ledger
    now = clock.now_utc()
    begins = record_begins(ledger, clock.zone, now, created=created_on(journal, clock.zone))
    return ReportSource(ledger, clock.zone, now, "your own journal", reviewed=False, begins=begins)


def reviewer_source(
    journal: Journal, clock: Clock, reviewed: tuple[sharing.ReviewState, Ledger] | None = None
) -> ReportSource:
    """`reviewed`: the accepted record and its ledger, if already read, else read here."""
    state, ledger = reviewed or (sharing.review_state(journal), None)
    if not state.entries:
        raise UserFacingError(
            "There is nothing reviewed to report on yet.",
            "Open your partner's timeline file in review mode first.",
        )
    ledger = Ledger.of(state.entries) if ledger is None else ledger
    now = clock.now_utc()
    return ReportSource(
        ledger,
        clock.zone,
        now,
        "your partner's shared timeline, as you accepted it",
        reviewed=True,
        begins=record_begins(ledger, clock.zone, now),
    )


def created_on(journal: Journal, zone: tzinfo) -> date | None:
    """The day the journal was made, in `zone`; None if it does not say."""
    text = journal.meta("created_at")
    try:
        return datetime.fromisoformat(text).astimezone(zone).date() if text else None
    except ValueError:
        return None


def record_begins(
    ledger: Ledger, zone: tzinfo, now: datetime, *, created: date | None = None
) -> date:
    """The first day the record speaks of: the day the journal was made or the earliest
    day a shared entry is about, whichever is earlier, and never after today."""
    days = [now.astimezone(zone).date(), *_entry_days(ledger, zone)]
    if created is not None:
        days.append(created)
    return min(days)


def _entry_days(ledger: Ledger, zone: tzinfo) -> Iterator[date]:
    for entry in ledger.entries.values():
        if entry.private:
            continue
        yield entry.happened.local_date(zone)
        body = ledger.current_body(entry.id)
        if isinstance(body, Plan):
            yield body.starts.local_date(zone)
        elif isinstance(body, Promise):
            yield body.rule.starts


@dataclass(frozen=True)
class TrendPart:
    weeks: tuple[TrendWeek, ...]
    pauses: tuple[Pause, ...]
    score: float
    explanation: str
    in_words: str


@dataclass(frozen=True)
class OutcomesPart:
    counts: dict[Outcome, int]  # every outcome, in the range, paused days left out
    kept: int
    resolved: int
    paused_days: int

    @property
    def ratio(self) -> float | None:
        return self.kept / self.resolved if self.resolved else None


@dataclass(frozen=True)
class AgreementPart:
    current: Agreement | None
    agreed_on: date | None
    earlier: tuple[tuple[int, date], ...]  # (version, day) of versions before it


@dataclass(frozen=True)
class EntryLine:
    day: date
    time_text: str
    kind: str
    title: str
    detail: str
    outcome: str
    markers: tuple[str, ...]
    beside: bool  # a correction or withdrawal of the line before it


@dataclass(frozen=True)
class EntriesPart:
    kinds: frozenset[EntryKind]
    lines: tuple[EntryLine, ...]
    left_out: int  # lines beyond MAX_ENTRY_LINES


@dataclass(frozen=True)
class Report:
    title: str
    whose: str
    reviewed: bool
    made_on: date
    first_day: date
    last_day: date
    header: tuple[str, ...]
    sections: tuple[Section, ...]
    trend: TrendPart | None = None
    outcomes: OutcomesPart | None = None
    agreement: AgreementPart | None = None
    entries: EntriesPart | None = None


def default_range(today: date, begins: date | None = None) -> tuple[date, date]:
    """The last DEFAULT_WEEKS weeks to `today`, starting no earlier than the record `begins`."""
    first = today - timedelta(days=7 * DEFAULT_WEEKS - 1)
    return (max(first, begins) if begins else first), today


def build_report(
    source: ReportSource,
    *,
    first_day: date,
    last_day: date,
    sections: Iterable[Section],
    kinds: Iterable[EntryKind] = DEFAULT_KINDS,
    words: Words = ENGLISH,
) -> Report:
    """The report's content for days `first_day` to `last_day` (inclusive), in the
    reader's language (`words`; render it with the same words)."""
    chosen = tuple(s for s in Section if s in set(sections))
    if not chosen:
        raise UserFacingError("Choose at least one part to include in the report.")
    if first_day > last_day:
        raise UserFacingError(
            "The report starts after it ends.", "Choose a first day on or before the last day."
        )
    first_day = _within_record(source, first_day, last_day, words)
    ledger = source.ledger
    commitments = [c for c in ledger.commitments(source.zone, source.now) if c.day <= last_day]
    pauses = _standing_pauses(ledger)
    return Report(
        title=words.text(TITLE),
        whose=source.whose,
        reviewed=source.reviewed,
        made_on=source.today,
        first_day=first_day,
        last_day=last_day,
        header=_header(source, first_day, last_day, words),
        sections=chosen,
        trend=_trend(commitments, pauses, first_day, last_day, words)
        if Section.TREND in chosen
        else None,
        outcomes=_outcomes(commitments, pauses, first_day, last_day)
        if Section.OUTCOMES in chosen
        else None,
        agreement=_agreement(source, last_day) if Section.AGREEMENT in chosen else None,
        entries=_entries(source, first_day, last_day, frozenset(kinds), words)
        if Section.ENTRIES in chosen
        else None,
    )


def _within_record(source: ReportSource, first_day: date, last_day: date, words: Words) -> date:
    """The first day, moved up to the record's first day: a report never shows days before
    the journal (or the shared timeline) existed, as if they had been empty."""
    if last_day < source.begins:
        begins = words.long_day(source.begins)
        raise UserFacingError(
            words.text("The chosen days end before this record begins, on {day}.").format(
                day=begins
            ),
            words.text("Choose a last day on or after {day}.").format(day=begins),
        )
    return max(first_day, source.begins)


def _header(source: ReportSource, first_day: date, last_day: date, words: Words) -> tuple[str, ...]:
    if source.reviewed:
        what = words.text(
            "What this is: a summary of your partner's shared timeline, as you accepted it "
            "from {first} to {last}, made on request on {made}. It is meant to be read "
            "together, for example with a counsellor. Every entry was written by hand by "
            "the person sharing; nothing was recorded automatically."
        )
        proves = words.text(
            "What it can and cannot prove: An intact log shows that entries were not "
            "changed after they were shared. It cannot show that they are true. Each entry "
            "keeps both when it happened and when it was written down; entries written long "
            "afterwards are marked."
        )
    else:
        what = words.text(
            "What this is: a summary of your own journal from {first} to {last}, made on "
            "request on {made}. It is meant to be read together, for example with a "
            "counsellor. Every entry was written by hand by the person sharing; nothing was "
            "recorded automatically."
        )
        proves = words.text(
            "What it can and cannot prove: An intact log shows that entries were not "
            "changed after they were shared. It cannot show that they are true. Only "
            "entries already shared in a timeline file are covered by that check. Each "
            "entry keeps both when it happened and when it was written down; entries "
            "written long afterwards are marked."
        )
    kindly = words.text(
        "Private entries are never included. Outcomes not yet confirmed are neutral and "
        "never counted as a miss, and paused days do not count either way."
    )
    days = {
        "first": words.long_day(first_day),
        "last": words.long_day(last_day),
        "made": words.long_day(source.today),
    }
    return (what.format(**days), proves, kindly)


def _standing_pauses(ledger: Ledger) -> list[Pause]:
    found = []
    for entry in ledger.standing(EntryKind.PAUSE):
        if entry.private:
            continue
        body = ledger.current_body(entry.id)
        assert isinstance(body, Pause)
        found.append(body)
    return found


def _trend(
    commitments: list[Commitment],
    pauses: list[Pause],
    first_day: date,
    last_day: date,
    words: Words,
) -> TrendPart:
    monday = first_day - timedelta(days=first_day.weekday())
    weeks = math.ceil(((last_day - monday).days + 1) / 7)
    shown = trend_weeks(commitments, pauses, [], last_day, weeks=weeks)
    score = current_score(commitments, pauses)
    resolved = any(c.outcome.resolved for c in commitments)
    return TrendPart(
        tuple(shown),
        tuple(pauses),
        score,
        _explained(score, words)
        if resolved
        else words.text("There is no trend yet: nothing has an outcome."),
        describe(shown, [], score, with_score=False, words=words),
    )


def _explained(score: float, words: Words) -> str:
    """The score in plain words, as domain.consistency.explain says it, in the reader's
    language (the window marks this template in DomainWords, ui/domain_words.py)."""
    after_miss = step(score, Outcome.NOT_KEPT, SMOOTHING)
    return words.text(
        "The trend is at {score} out of 100. Each commitment that is resolved moves it "
        "{share}% of the way toward kept or not kept, so one miss would bring it to about "
        "{after_miss}, while a pattern moves it a lot. Changes made with notice count as "
        "kept. Paused days and unconfirmed outcomes don't count. Healing isn't a straight "
        "line."
    ).format(
        score=round(score * 100),
        share=round(SMOOTHING * 100),
        after_miss=round(after_miss * 100),
    )


def _outcomes(
    commitments: list[Commitment], pauses: list[Pause], first_day: date, last_day: date
) -> OutcomesPart:
    counts = dict.fromkeys(Outcome, 0)
    for c in commitments:
        if first_day <= c.day <= last_day and not is_paused(c.day, pauses):
            counts[c.outcome] += 1
    resolved = sum(n for o, n in counts.items() if o.resolved)
    kept = sum(n for o, n in counts.items() if o.counts_as_kept)
    days = (last_day - first_day).days + 1
    paused = sum(is_paused(first_day + timedelta(days=d), pauses) for d in range(days))
    return OutcomesPart(counts, kept, resolved, paused)


def _agreement(source: ReportSource, last_day: date) -> AgreementPart:
    ledger = source.ledger
    versions: list[tuple[Agreement, date]] = []
    for entry in ledger.standing(EntryKind.AGREEMENT):
        day = entry.happened.local_date(source.zone)
        if entry.private or day > last_day:
            continue
        body = ledger.current_body(entry.id)
        assert isinstance(body, Agreement)
        versions.append((body, day))
    versions.sort(key=lambda v: v[0].version)
    if not versions:
        return AgreementPart(None, None, ())
    current, agreed_on = versions[-1]
    return AgreementPart(current, agreed_on, tuple((a.version, d) for a, d in versions[:-1]))


def _entries(
    source: ReportSource,
    first_day: date,
    last_day: date,
    kinds: frozenset[EntryKind],
    words: Words,
) -> EntriesPart:
    wanted = kinds & set(LOGGABLE_KINDS)
    rows = timeline_rows(source.ledger, source.zone, source.now, words=words)
    changes: dict[int, list[TimelineRow]] = {}
    for row in rows:
        if row.beside is not None and Marker.PRIVATE not in row.markers:
            changes.setdefault(row.beside, []).append(row)
    chosen = sorted(
        (
            row
            for row in rows
            if row.beside is None
            and row.occurrence is None
            and row.kind in wanted
            and first_day <= row.day <= last_day
            and Marker.PRIVATE not in row.markers
        ),
        key=lambda r: (r.day, r.at, r.entry_id),  # oldest first reads better on paper
    )
    lines: list[EntryLine] = []
    for row in chosen[:MAX_ENTRY_LINES]:
        lines.append(_line(row, words, beside=False, plan=_plan(source, row.entry_id)))
        # Corrections and withdrawals follow what they change, as in the timeline.
        lines.extend(
            _line(change, words, beside=True) for change in _changes_of(row.entry_id, changes)
        )
    return EntriesPart(frozenset(wanted), tuple(lines), max(len(chosen) - MAX_ENTRY_LINES, 0))


def _changes_of(entry_id: int, changes: dict[int, list[TimelineRow]]) -> list[TimelineRow]:
    found = []
    for change in changes.get(entry_id, []):
        found.append(change)
        found.extend(_changes_of(change.entry_id, changes))  # a withdrawn correction
    return found


def _plan(source: ReportSource, entry_id: int) -> tuple[datetime, datetime] | None:
    """A plan's start and end in the report's zone; None for anything else."""
    body = source.ledger.current_body(entry_id)
    if not isinstance(body, Plan):
        return None
    return body.starts.local(source.zone), body.ends.local(source.zone)


def _line(
    row: TimelineRow,
    words: Words,
    *,
    beside: bool,
    plan: tuple[datetime, datetime] | None = None,
) -> EntryLine:
    markers = tuple(
        words.text(marker)
        for marker in sorted(m.value for m in row.markers if m not in (Marker.DUE, Marker.PRIVATE))
    )
    time_text, detail = _plan_text(row, *plan, words) if plan else (row.time_text, row.detail)
    return EntryLine(
        day=row.day,
        time_text=time_text,
        kind=words.text(row.kind.label),
        title=row.title,
        detail=" · ".join(p for p in (detail, row.outcome_why) if p),
        outcome=words.text(row.outcome.label) if row.outcome is not None else "",
        markers=markers,
        beside=beside,
    )


def _plan_text(row: TimelineRow, start: datetime, end: datetime, words: Words) -> tuple[str, str]:
    """A plan's time, short enough for one line, and its detail. One way of writing days in
    the whole report: a plan that ends on a later day says 'ends on 2 December 2026', in
    place of the timeline's shorter 'until …' (the first part of its detail)."""
    time_text = f"{words.clock(start)}–{words.clock(end)}"
    if end.date() == start.date():
        return time_text, row.detail
    parts = [p for p in row.detail.split(" · ")[1:] if p]
    ends = words.text("ends on {day}").format(day=words.long_day(end.date()))
    return time_text, " · ".join([ends, *parts])


def report_html(report: Report, *, chart_src: str | None = None, words: Words = ENGLISH) -> str:
    """The report as HTML. Rendering is services/report_html's job; this name stays here
    for callers that look for it beside the content (read only when called, as that module
    reads this one)."""
    from rekindle_desktop.services import report_html as rendering

    return rendering.report_html(report, chart_src=chart_src, words=words)


def save_pdf(pdf: bytes, path: Path) -> None:
    """Write the rendered report to `path` atomically. Raises OSError, and then any
    earlier file there is exactly as it was."""
    write_atomically(path, pdf)


def day_text(day: date, words: Words = ENGLISH) -> str:
    """The one way the report writes a day: '1 December 2026'."""
    return words.long_day(day)


def day_heading(day: date, words: Words = ENGLISH) -> str:
    """A day over its entries: the same, after its weekday ('Tuesday 1 December 2026')."""
    return words.weekday_day(day, year=True)
