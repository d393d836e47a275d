"""Days in words, one way everywhere: "2 December 2026", "Wed 2 Dec", never "02 December"
or "2 12 2026". Day numbers have no leading zero; the month is a word."""

from __future__ import annotations

from datetime import date


def long_day(day: date) -> str:
    """ "2 December 2026" """
    return f"{day.day} {day:%B %Y}"


def day_month(day: date) -> str:
    """ "2 December" """
    return f"{day.day} {day:%B}"


def weekday_day(day: date, *, year: bool = False) -> str:
    """ "Wednesday 2 December", with the year if asked: "Wednesday 2 December 2026" """
    return f"{day:%A} {day.day} {day:%B}" + (f" {day:%Y}" if year else "")


def short_day(day: date, *, year: bool = False) -> str:
    """ "Wed 2 Dec", with the year if asked: "Wed 2 Dec 2026" """
    return f"{day:%a} {day.day} {day:%b}" + (f" {day:%Y}" if year else "")


def short_span(first: date, last: date) -> str:
    """ "2 Dec to 9 Dec 2026" """
    return f"{first.day} {first:%b} to {last.day} {last:%b %Y}"
