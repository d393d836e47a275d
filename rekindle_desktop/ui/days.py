"""Days in the window's language: the same shapes as domain/days.py ("Wednesday 2
December", "2 December 2026"), with month and weekday names from QLocale and each
shape itself translatable (German writes "Mittwoch, 2. Dezember")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from rekindle_desktop.ui.i18n import translate


def _said(day: date, shape: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), shape)


def weekday_words(day: date, *, year: bool = False) -> str:
    """ "Wednesday 2 December", with the year if asked."""
    if year:
        return _said(day, translate("Days", "dddd d MMMM yyyy"))
    return _said(day, translate("Days", "dddd d MMMM"))


def day_words(day: date) -> str:
    """ "2 December 2026" """
    return _said(day, translate("Days", "d MMMM yyyy"))
