"""When a promise falls due: once, or on a repeating rule."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from rekindle_desktop.domain.days import long_day, short_day

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class Repeat(StrEnum):
    ONCE = "once"
    DAILY = "daily"
    WEEKDAYS = "weekdays"
    CHOSEN_DAYS = "days"  # chosen weekdays, e.g. Mon and Thu
    EVERY_N_DAYS = "every"


@dataclass(frozen=True, slots=True)
class Rule:
    """A promise's schedule. `starts` is the first (or only) day it is due."""

    repeat: Repeat
    starts: date
    ends: date | None = None  # last day that can fall due (inclusive)
    weekdays: frozenset[int] = frozenset()  # 0 = Monday, for CHOSEN_DAYS
    every_days: int = 1  # for EVERY_N_DAYS

    def __post_init__(self) -> None:
        if self.ends is not None and self.ends < self.starts:
            raise ValueError("a promise cannot end before it starts")
        if self.repeat is Repeat.CHOSEN_DAYS and (
            not self.weekdays or not self.weekdays <= set(range(7))
        ):
            raise ValueError("choose at least one day of the week")
        if self.repeat is Repeat.EVERY_N_DAYS and not 1 <= self.every_days <= 366:
            raise ValueError("'every N days' needs N between 1 and 366")

    @property
    def last_day(self) -> date | None:
        return self.starts if self.repeat is Repeat.ONCE else self.ends

    def falls_on(self, day: date) -> bool:
        if day < self.starts or (self.last_day is not None and day > self.last_day):
            return False
        match self.repeat:
            case Repeat.ONCE:
                return day == self.starts
            case Repeat.DAILY:
                return True
            case Repeat.WEEKDAYS:
                return day.weekday() < 5
            case Repeat.CHOSEN_DAYS:
                return day.weekday() in self.weekdays
            case Repeat.EVERY_N_DAYS:
                return (day - self.starts).days % self.every_days == 0

    def days_between(self, first: date, last: date) -> Iterator[date]:
        """Every day the promise falls due within [first, last], in order."""
        day = max(first, self.starts)
        end = last if self.last_day is None else min(last, self.last_day)
        step = timedelta(days=1)
        if self.repeat is Repeat.EVERY_N_DAYS:
            behind = (day - self.starts).days % self.every_days
            if behind:
                day += timedelta(days=self.every_days - behind)
            step = timedelta(days=self.every_days)
        while day <= end:
            if self.falls_on(day):
                yield day
            day += step

    def describe(self) -> str:
        match self.repeat:
            case Repeat.ONCE:
                return f"by {short_day(self.starts, year=True)}"
            case Repeat.DAILY:
                text = "every day"
            case Repeat.WEEKDAYS:
                text = "every weekday"
            case Repeat.CHOSEN_DAYS:
                text = "every " + ", ".join(WEEKDAY_NAMES[d] for d in sorted(self.weekdays))
            case Repeat.EVERY_N_DAYS:
                text = "every day" if self.every_days == 1 else f"every {self.every_days} days"
        until = f" until {long_day(self.ends)}" if self.ends else ""
        return f"{text} from {long_day(self.starts)}{until}"
