"""How each partner feels: Safety, Trust and Connection, each rated from 1 to 5.

Optional, private to each journal, and shown beside the consistency trend so a hard
week reads as part of a longer arc.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

LOWEST = 1
HIGHEST = 5


class Feeling(StrEnum):
    SAFETY = "safety"
    TRUST = "trust"
    CONNECTION = "connection"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class FeelingRating:
    day: date
    safety: int | None = None
    trust: int | None = None
    connection: int | None = None

    def __post_init__(self) -> None:
        values = (self.safety, self.trust, self.connection)
        if all(v is None for v in values):
            raise ValueError("rate at least one feeling")
        for value in values:
            if value is not None and not LOWEST <= value <= HIGHEST:
                raise ValueError(f"ratings go from {LOWEST} to {HIGHEST}")

    def get(self, feeling: Feeling) -> int | None:
        value: int | None = getattr(self, feeling.value)
        return value


@dataclass(frozen=True)
class WeeklyFeelings:
    starts: date  # the Monday
    averages: dict[Feeling, float]  # only feelings rated that week


def weekly_feelings(ratings: Iterable[FeelingRating]) -> list[WeeklyFeelings]:
    """The average of each feeling per week (Monday first), for weeks with any rating."""
    by_week: dict[date, dict[Feeling, list[int]]] = {}
    for rating in ratings:
        monday = rating.day - timedelta(days=rating.day.weekday())
        week = by_week.setdefault(monday, {})
        for feeling in Feeling:
            value = rating.get(feeling)
            if value is not None:
                week.setdefault(feeling, []).append(value)
    return [
        WeeklyFeelings(monday, {f: sum(v) / len(v) for f, v in values.items()})
        for monday, values in sorted(by_week.items())
    ]
