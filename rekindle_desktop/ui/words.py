"""The window's `Words` (see domain/words.py): templates from domain/ and services/ looked
up in the catalogue, days and times written by QLocale in the window's language.

Qt's translate and QLocale are safe to call from workers, so a worker building rows or
the report can take the same `WINDOW_WORDS`.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QLocale, QTime

from rekindle_desktop.domain.words import Words
from rekindle_desktop.ui import days as ui_days
from rekindle_desktop.ui.i18n import day_and_month, short_day_words, translate


class WindowWords:
    def text(self, template: str) -> str:
        # Templates from domain/ are marked in "DomainWords", from services/ in
        # "ServiceWords" (ui/domain_words.py, ui/service_words.py).
        said = translate("ServiceWords", template)
        return said if said != template else translate("DomainWords", template)

    def short_day(self, day: date, *, year: bool = False) -> str:
        return short_day_words(day, year=year)

    def long_day(self, day: date) -> str:
        return ui_days.day_words(day)

    def day_month(self, day: date) -> str:
        return day_and_month(day, full=True)

    def weekday_day(self, day: date, *, year: bool = False) -> str:
        return ui_days.weekday_words(day, year=year)

    def month_year(self, day: date) -> str:
        return QLocale().standaloneMonthName(day.month, QLocale.FormatType.LongFormat) + (
            f" {day.year}"
        )

    def clock(self, moment: time | datetime) -> str:
        return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)

    def number(self, count: int) -> str:
        return QLocale().toString(count)


WINDOW_WORDS: Words = WindowWords()
