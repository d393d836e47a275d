"""How words made below ui/ reach a person in their language.

domain/ and services/ know nothing of Qt and speak plain English. Where they put words
together with values ("Plan at {place}", "written {day}, {time}"), they take a `Words`:
its `text` turns an English template into the reader's language (fields and all, so a
translator sees the whole sentence), and its day and time methods write dates the way the
reader's language does. Values are filled in after translating, with named fields:

    words.text("Plan at {place}").format(place=body.place)

`ENGLISH` (below) is the plain English one, for the command line, tests and anything
without a window. The window's (ui/words.py) looks the templates up in its catalogue and
takes month and weekday names from QLocale. Every template must be written out literally
where it is used (never built up from pieces) and marked once for translators: in
ui/domain_words.py (templates from domain/) or ui/service_words.py (from services/);
tests/unit/test_every_word_translated.py finds the ones that are not.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Protocol

from rekindle_desktop.domain import days


class Words(Protocol):
    def text(self, template: str) -> str:
        """`template` (plain English, with {named} fields) in the reader's language."""
        ...

    def short_day(self, day: date, *, year: bool = False) -> str:
        """ "Wed 2 Dec", with the year if asked: "Wed 2 Dec 2026" """
        ...

    def long_day(self, day: date) -> str:
        """ "2 December 2026" """
        ...

    def day_month(self, day: date) -> str:
        """ "2 December" """
        ...

    def weekday_day(self, day: date, *, year: bool = False) -> str:
        """ "Wednesday 2 December", with the year if asked"""
        ...

    def month_year(self, day: date) -> str:
        """ "December 2026" """
        ...

    def clock(self, moment: time | datetime) -> str:
        """ "14:05" (or as the reader's language writes a time of day)"""
        ...

    def number(self, count: int) -> str:
        """ "91,487" (or as the reader's language groups the digits: "91.487")"""
        ...


class English:
    """The words as written, dates in the house's English shapes (domain/days.py)."""

    def text(self, template: str) -> str:
        return template

    def short_day(self, day: date, *, year: bool = False) -> str:
        return days.short_day(day, year=year)

    def long_day(self, day: date) -> str:
        return days.long_day(day)

    def day_month(self, day: date) -> str:
        return days.day_month(day)

    def weekday_day(self, day: date, *, year: bool = False) -> str:
        return days.weekday_day(day, year=year)

    def month_year(self, day: date) -> str:
        return f"{day:%B %Y}"

    def clock(self, moment: time | datetime) -> str:
        return f"{moment.hour:02d}:{moment.minute:02d}"

    def number(self, count: int) -> str:
        return f"{count:,}"


ENGLISH: Words = English()


def fill(template: str, fields: Mapping[str, object], words: Words = ENGLISH) -> str:
    """`template` in the reader's language with `fields` filled in. Days (a `date`) are
    written with `words.long_day`, times of day (a `datetime`) as day and clock; any other
    value as the template's field says ("{count:,}")."""
    return words.text(template).format_map({k: _value(v, words) for k, v in fields.items()})


def _value(value: object, words: Words) -> object:
    if isinstance(value, datetime):
        return f"{words.long_day(value.date())}, {words.clock(value)}"
    if isinstance(value, date):
        return words.long_day(value)
    return value


class Refusal(ValueError):
    """Something refused, with its reason in plain words: an English `template` with
    {named} `fields`, so the window can say it in the reader's language
    (`fill(error.template, error.fields, words)`); `str(error)` is the English."""

    def __init__(self, template: str, **fields: object) -> None:
        self.template = template
        self.fields: Mapping[str, object] = fields
        super().__init__(fill(template, fields) if fields else template)
