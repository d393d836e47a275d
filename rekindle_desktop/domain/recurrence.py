"""When a promise falls due: once, or on a repeating rule."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from rekindle_desktop.domain.words import ENGLISH, Words

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

    def describe(self, *, words: Words = ENGLISH) -> str:
        match self.repeat:
            case Repeat.ONCE:
                return words.text("by {day}").format(day=words.short_day(self.starts, year=True))
            case Repeat.DAILY:
                text = words.text("every day")
            case Repeat.WEEKDAYS:
                text = words.text("every weekday")
            case Repeat.CHOSEN_DAYS:
                text = words.text("every {days}").format(
                    days=", ".join(weekday_name(d, words) for d in sorted(self.weekdays))
                )
            case Repeat.EVERY_N_DAYS:
                text = (
                    words.text("every day")
                    if self.every_days == 1
                    else words.text("every {count} days").format(count=self.every_days)
                )
        first = words.long_day(self.starts)
        if self.ends:
            return words.text("{repeat} from {first} until {last}").format(
                repeat=text, first=first, last=words.long_day(self.ends)
            )
        return words.text("{repeat} from {first}").format(repeat=text, first=first)


def weekday_name(weekday: int, words: Words = ENGLISH) -> str:
    """A day of the week (0 = Monday), short, as WEEKDAY_NAMES has it in English: "Mon"."""
    match weekday:
        case 0:
            return words.text("Mon")
        case 1:
            return words.text("Tue")
        case 2:
            return words.text("Wed")
        case 3:
            return words.text("Thu")
        case 4:
            return words.text("Fri")
        case 5:
            return words.text("Sat")
    return words.text("Sun")
