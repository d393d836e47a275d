"""Consistency, measured kindly: kept ÷ resolved per day and week, and a forgiving score.

The score works like Loop Habit Tracker's habit strength, written from the idea:
each resolved commitment moves the score a fixed share of the way toward 1 (kept,
or changed with notice) or toward 0 (changed afterwards, or not kept). One miss moves
it a little; a pattern moves it a lot. It starts in the middle, because at the start
there is no history either way. Unconfirmed commitments and paused days do not move it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from rekindle_desktop.domain.entries import Outcome, Pause

SMOOTHING = 0.1  # each resolved commitment moves the score 10% of the way
STARTING_SCORE = 0.5


@dataclass(frozen=True, slots=True)
class Commitment:
    """A plan, or one day's occurrence of a promise, and how it turned out."""

    source: int  # entry id of the plan or promise
    day: date  # the local day it belongs to
    outcome: Outcome = Outcome.UNCONFIRMED
    occurrence: date | None = None  # set for promise occurrences


@dataclass(frozen=True)
class Tally:
    kept: int = 0
    resolved: int = 0
    unconfirmed: int = 0
    with_notice: int = 0  # of `kept`: changed, with notice beforehand
    told_after: int = 0  # of the rest: changed, told afterwards

    @property
    def ratio(self) -> float | None:
        """Kept ÷ resolved, or None when nothing was resolved."""
        return self.kept / self.resolved if self.resolved else None

    def add(self, outcome: Outcome) -> Tally:
        if not outcome.resolved:
            return replace(self, unconfirmed=self.unconfirmed + 1)
        return Tally(
            self.kept + outcome.counts_as_kept,
            self.resolved + 1,
            self.unconfirmed,
            self.with_notice + (outcome is Outcome.KEPT_WITH_NOTICE),
            self.told_after + (outcome is Outcome.CHANGED_AFTER),
        )

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.kept + other.kept,
            self.resolved + other.resolved,
            self.unconfirmed + other.unconfirmed,
            self.with_notice + other.with_notice,
            self.told_after + other.told_after,
        )

    def counts(self) -> dict[Outcome, int]:
        """How many of each resolved outcome."""
        return {
            Outcome.KEPT: self.kept - self.with_notice,
            Outcome.KEPT_WITH_NOTICE: self.with_notice,
            Outcome.CHANGED_AFTER: self.told_after,
            Outcome.NOT_KEPT: self.resolved - self.kept - self.told_after,
        }


@dataclass(frozen=True)
class WeekSummary:
    starts: date  # the Monday
    tally: Tally
    score: float  # the rolling score at the end of the week


def is_paused(day: date, pauses: Iterable[Pause]) -> bool:
    return any(p.covers(day) for p in pauses)


def paused_days(pauses: Iterable[Pause]) -> frozenset[date]:
    """Every day a pause covers, as a set: ten years of days are then checked quickly."""
    days: set[date] = set()
    for pause in pauses:
        day = pause.first_day
        while day <= pause.last_day:
            days.add(day)
            day += timedelta(days=1)
    return frozenset(days)


def counted(commitments: Iterable[Commitment], pauses: Sequence[Pause]) -> list[Commitment]:
    """Commitments that count: not on a paused day; in a stable order."""
    paused = paused_days(pauses)
    kept = [c for c in commitments if c.day not in paused]
    return sorted(kept, key=lambda c: (c.day, c.source, c.occurrence or c.day))


def daily_tallies(
    commitments: Iterable[Commitment], pauses: Sequence[Pause] = ()
) -> dict[date, Tally]:
    tallies: dict[date, Tally] = {}
    for c in counted(commitments, pauses):
        tallies[c.day] = tallies.get(c.day, Tally()).add(c.outcome)
    return tallies


def step(score: float, outcome: Outcome, smoothing: float = SMOOTHING) -> float:
    """One resolved commitment's effect on the score."""
    target = 1.0 if outcome.counts_as_kept else 0.0
    return score + smoothing * (target - score)


def score_history(
    commitments: Iterable[Commitment],
    pauses: Sequence[Pause] = (),
    *,
    smoothing: float = SMOOTHING,
    start: float = STARTING_SCORE,
) -> list[tuple[date, float]]:
    """The score at the end of each day that had a resolved commitment."""
    history: list[tuple[date, float]] = []
    score = start
    for c in counted(commitments, pauses):
        if not c.outcome.resolved:
            continue
        score = step(score, c.outcome, smoothing)
        if history and history[-1][0] == c.day:
            history[-1] = (c.day, score)
        else:
            history.append((c.day, score))
    return history


def current_score(commitments: Iterable[Commitment], pauses: Sequence[Pause] = ()) -> float:
    history = score_history(commitments, pauses)
    return history[-1][1] if history else STARTING_SCORE


def weekly_summaries(
    commitments: Iterable[Commitment], pauses: Sequence[Pause] = ()
) -> list[WeekSummary]:
    """One row per week (Monday first) from the first commitment to the last."""
    items = counted(commitments, pauses)
    if not items:
        return []
    tallies = daily_tallies(items)
    history = dict(score_history(items))
    first = _monday(items[0].day)
    last = _monday(items[-1].day)
    weeks: list[WeekSummary] = []
    score = STARTING_SCORE
    monday = first
    while monday <= last:
        tally = Tally()
        for offset in range(7):
            day = monday + timedelta(days=offset)
            day_tally = tallies.get(day)
            if day_tally:
                tally = tally + day_tally
            score = history.get(day, score)
        weeks.append(WeekSummary(monday, tally, score))
        monday += timedelta(days=7)
    return weeks


def explain(score: float, smoothing: float = SMOOTHING) -> str:
    """The score in plain words, for beside the chart."""
    after_miss = step(score, Outcome.NOT_KEPT, smoothing)
    return (
        f"The trend is at {round(score * 100)} out of 100. Each commitment that is "
        f"resolved moves it {round(smoothing * 100)}% of the way toward kept or not kept, "
        f"so one miss would bring it to about {round(after_miss * 100)}, while a pattern "
        "moves it a lot. Changes made with notice count as kept. Paused days and "
        "unconfirmed outcomes don't count. Healing isn't a straight line."
    )


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())
