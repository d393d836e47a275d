"""Insights: the calendar strip's one state per day, the weekly trend, and both in words.

Pure rules over plain domain data (commitments, pauses, feelings ratings), so the app's
insights view, review mode and the counsellor report all say the same thing.

How a day is classified (`classify_day`), in this order:
1. A paused day is *paused*, whatever is on it: pauses never count either way.
2. A day with no plan or promise occurrence is *nothing due*.
3. A day whose commitments are all still unconfirmed is *not yet confirmed* (neutral).
4. Unconfirmed commitments are then left aside, and the resolved ones decide:
   all kept as said → *kept*; all counted as kept, at least one changed with notice →
   *changed, with notice*; none counted as kept → *not kept* if any was not kept, else
   *changed, told afterwards*; some kept and some not → *partly kept*.
A day with both kept and not-kept items is therefore *partly kept*, never shown as a
plain miss: its cell fills in proportion to what was kept, and its words give counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from rekindle_desktop.domain.consistency import (
    STARTING_SCORE,
    Commitment,
    Tally,
    is_paused,
    weekly_summaries,
)
from rekindle_desktop.domain.entries import Entry, EntryKind, Outcome, Pause
from rekindle_desktop.domain.feelings import Feeling, FeelingRating, weekly_feelings
from rekindle_desktop.domain.words import ENGLISH, Words

CALENDAR_WEEKS = 8
TREND_WEEKS = 26


class DayState(StrEnum):
    KEPT = "kept"
    WITH_NOTICE = "notice"
    CHANGED_AFTER = "after"
    PARTLY_KEPT = "partly"
    NOT_KEPT = "not-kept"
    NOT_YET_CONFIRMED = "unconfirmed"
    PAUSED = "paused"
    NOTHING_DUE = "nothing-due"

    @property
    def label(self) -> str:
        return _DAY_LABELS[self]


_DAY_LABELS = {
    DayState.KEPT: "kept as said",
    DayState.WITH_NOTICE: "changed, with notice",
    DayState.CHANGED_AFTER: "changed, told afterwards",
    DayState.PARTLY_KEPT: "partly kept",
    DayState.NOT_KEPT: "not kept",
    DayState.NOT_YET_CONFIRMED: "not yet confirmed",
    DayState.PAUSED: "paused",
    DayState.NOTHING_DUE: "nothing due",
}

# The order the legend and the summary use: from kept, through the middle, to the rest.
DAY_STATE_ORDER = (
    DayState.KEPT,
    DayState.WITH_NOTICE,
    DayState.PARTLY_KEPT,
    DayState.CHANGED_AFTER,
    DayState.NOT_KEPT,
    DayState.NOT_YET_CONFIRMED,
    DayState.PAUSED,
    DayState.NOTHING_DUE,
)


def classify_day(outcomes: Iterable[Outcome], *, paused: bool = False) -> DayState:
    """One day's state from the outcomes of its commitments (see the module's rule)."""
    if paused:
        return DayState.PAUSED
    all_outcomes = list(outcomes)
    if not all_outcomes:
        return DayState.NOTHING_DUE
    resolved = [o for o in all_outcomes if o.resolved]
    if not resolved:
        return DayState.NOT_YET_CONFIRMED
    kept = [o for o in resolved if o.counts_as_kept]
    if len(kept) == len(resolved):
        if all(o is Outcome.KEPT for o in kept):
            return DayState.KEPT
        return DayState.WITH_NOTICE
    if not kept:
        if any(o is Outcome.NOT_KEPT for o in resolved):
            return DayState.NOT_KEPT
        return DayState.CHANGED_AFTER
    return DayState.PARTLY_KEPT


@dataclass(frozen=True)
class DayCell:
    day: date
    state: DayState
    tally: Tally = field(default_factory=Tally)

    @property
    def kept_share(self) -> float | None:
        """Kept ÷ resolved on this day, or None when nothing was resolved."""
        return self.tally.ratio

    def describe(self, words: Words = ENGLISH) -> str:
        """The day in words, e.g. "Tue 4 Nov: partly kept (3 of 4 kept)"."""
        said = words.text("{day}: {state}").format(
            day=words.short_day(self.day), state=words.text(self.state.label)
        )
        if self.state in (DayState.PAUSED, DayState.NOTHING_DUE):
            return said
        counts = []
        if self.tally.resolved:
            counts.append(
                words.text("{kept} of {resolved} kept").format(
                    kept=self.tally.kept, resolved=self.tally.resolved
                )
            )
        if self.tally.unconfirmed:
            counts.append(
                words.text("{count} not yet confirmed").format(count=self.tally.unconfirmed)
            )
        return said + (f" ({', '.join(counts)})" if counts else "")


def first_calendar_day(today: date, weeks: int = CALENDAR_WEEKS) -> date:
    """The Monday that starts the calendar strip: `weeks` weeks ending with today's week."""
    return _monday(today) - timedelta(days=7 * (max(weeks, 1) - 1))


def calendar(
    commitments: Iterable[Commitment],
    pauses: Sequence[Pause],
    today: date,
    *,
    weeks: int = CALENDAR_WEEKS,
) -> list[DayCell]:
    """One cell per day, from a Monday `weeks - 1` weeks before today's week, up to today."""
    first = first_calendar_day(today, weeks)
    by_day: dict[date, list[Outcome]] = {}
    for c in commitments:
        if first <= c.day <= today:
            by_day.setdefault(c.day, []).append(c.outcome)
    cells = []
    day = first
    while day <= today:
        outcomes = by_day.get(day, [])
        paused = is_paused(day, pauses)
        tally = Tally()
        if not paused:
            for outcome in outcomes:
                tally = tally.add(outcome)
        cells.append(DayCell(day, classify_day(outcomes, paused=paused), tally))
        day += timedelta(days=1)
    return cells


@dataclass(frozen=True)
class TrendWeek:
    """One week on the trend chart."""

    starts: date  # the Monday
    tally: Tally  # from consistency.weekly_summaries; empty for weeks outside it
    score: float | None  # the rolling score at the week's end; None before any commitment
    paused_days: int  # days of this week inside a pause, 0 to 7
    feelings: dict[Feeling, float] = field(default_factory=dict)  # weekly averages

    @property
    def ratio(self) -> float | None:
        return self.tally.ratio


def trend_weeks(
    commitments: Iterable[Commitment],
    pauses: Sequence[Pause],
    ratings: Iterable[FeelingRating],
    today: date,
    *,
    weeks: int = TREND_WEEKS,
) -> list[TrendWeek]:
    """The last `weeks` weeks up to today's, from the first week with anything in it.

    Tallies and scores are exactly `weekly_summaries`'s; after its last week the score
    stays where it was (nothing resolved moves it). Empty when there is nothing at all.
    """
    summaries = {w.starts: w for w in weekly_summaries(commitments, pauses)}
    feelings = {w.starts: w.averages for w in weekly_feelings(ratings)}
    known = sorted(set(summaries) | set(feelings))
    if not known:
        return []
    last = max(_monday(today), known[-1])
    first = max(known[0], last - timedelta(days=7 * (max(weeks, 1) - 1)))
    score: float | None = None
    for monday in sorted(summaries):
        if monday < first:
            score = summaries[monday].score  # carried into the first week shown
    found = []
    monday = first
    while monday <= last:
        summary = summaries.get(monday)
        if summary is not None:
            score = summary.score
        paused = sum(is_paused(monday + timedelta(days=d), pauses) for d in range(7))
        found.append(
            TrendWeek(
                monday,
                summary.tally if summary else Tally(),
                score,
                paused,
                dict(feelings.get(monday, {})),
            )
        )
        monday += timedelta(days=7)
    return found


FEW_OUTCOMES = 5  # below this, a share ("0 of 1, 0%") says more than the week did


def outcomes_in_words(tally: Tally, words: Words = ENGLISH) -> str:
    """A week's outcomes as a counsellor would say them.

    Each outcome is named ("1 changed, told afterwards", not "0 of 1 kept"); a share of
    kept is added only from FEW_OUTCOMES outcomes on, where it means something.
    """
    said = "; ".join(
        words.text("{count} {outcome}").format(count=n, outcome=words.text(outcome.label))
        for outcome, n in tally.counts().items()
        if n
    )
    if tally.resolved >= FEW_OUTCOMES and tally.ratio is not None:
        said += words.text(
            " ({kept} of {resolved} kept or changed with notice, {percent}%)"
        ).format(kept=tally.kept, resolved=tally.resolved, percent=round(tally.ratio * 100))
    return said


def latest_resolved_week(weeks: Sequence[TrendWeek]) -> TrendWeek | None:
    """The most recent week in which anything was resolved."""
    for week in reversed(weeks):
        if week.tally.resolved:
            return week
    return None


def describe(
    weeks: Sequence[TrendWeek],
    cells: Sequence[DayCell],
    score: float,
    *,
    with_score: bool = True,
    words: Words = ENGLISH,
) -> str:
    """Everything the charts show, in plain sentences (for screen readers and the report),
    in the reader's language (`words`).

    `with_score=False` leaves out the opening sentence, for where the score is said already.
    """
    if not weeks and all(c.state is DayState.NOTHING_DUE for c in cells):
        return words.text(
            "Nothing to show yet. Insights appear once plans and promises have outcomes."
        )
    sentences = []
    if with_score and (
        any(w.tally.resolved for w in weeks) or any(c.tally.resolved for c in cells)
    ):
        sentences.append(
            words.text("The trend is at {score} out of 100 (it starts at {start}).").format(
                score=round(score * 100), start=round(STARTING_SCORE * 100)
            )
        )
    latest = latest_resolved_week(weeks)
    if latest is not None and latest.ratio is not None:
        sentences.append(
            words.text("In the week of {day}: {outcomes}.").format(
                day=words.day_month(latest.starts), outcomes=outcomes_in_words(latest.tally, words)
            )
        )
    scored = [w for w in weeks if w.score is not None]
    if len(scored) >= 2:
        first, last = scored[0], scored[-1]
        assert first.score is not None and last.score is not None
        change = round(last.score * 100) - round(first.score * 100)
        if change > 0:
            since = words.text(
                "Since the week of {day} the trend has risen by {change}, "
                "with ups and downs along the way."
            )
        elif change < 0:
            since = words.text(
                "Since the week of {day} the trend has eased by {change}, "
                "with ups and downs along the way."
            )
        else:
            since = words.text(
                "Since the week of {day} the trend has held steady, "
                "with ups and downs along the way."
            )
        sentences.append(since.format(day=words.day_month(first.starts), change=abs(change)))
    paused = sum(w.paused_days for w in weeks)
    if paused == 1:
        sentences.append(words.text("1 day in these weeks were paused and do not count."))
    elif paused:
        sentences.append(
            words.text("{count} days in these weeks were paused and do not count.").format(
                count=paused
            )
        )
    if cells:
        counts = {state: 0 for state in DAY_STATE_ORDER}
        for cell in cells:
            counts[cell.state] += 1
        parts = [
            (words.text("1 day {state}") if n == 1 else words.text("{count} days {state}")).format(
                count=n, state=words.text(state.label)
            )
            for state, n in counts.items()
            if n
        ]
        sentences.append(
            words.text("Day by day since {day}: {days}.").format(
                day=words.day_month(cells[0].day), days="; ".join(parts)
            )
        )
    rated = [w for w in weeks if w.feelings]
    if rated:
        week = rated[-1]
        ratings = [
            words.text("{feeling} {average}").format(
                feeling=words.text(feeling.label),
                average=_one_decimal(week.feelings[feeling], words),
            )
            for feeling in Feeling
            if feeling in week.feelings
        ]
        sentences.append(
            words.text("Feelings in the week of {day}, out of 5: {ratings}.").format(
                day=words.day_month(week.starts), ratings=", ".join(ratings)
            )
        )
    return " ".join(sentences)


def _one_decimal(value: float, words: Words) -> str:
    """`value` to one decimal, with the reader's decimal mark ("4.0"; in German "4,0")."""
    whole, tenth = f"{value:.1f}".split(".")
    return words.text("{whole}.{tenth}").format(whole=whole, tenth=tenth)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class ToldEarly:
    """Contact disclosures in a span, and how many were told soon after they happened:
    volunteering quickly is the trust-building act, so it is counted, never the delay."""

    contacts: int
    early: int


def contacts_told(entries: Iterable[Entry], since: date, told_within: timedelta) -> ToldEarly:
    """`entries`: standing contact disclosures; those from `since` on are counted."""
    found = [e for e in entries if e.kind is EntryKind.CONTACT and e.happened.utc.date() >= since]
    early = sum(1 for e in found if e.lag_seconds <= told_within.total_seconds())
    return ToldEarly(len(found), early)
