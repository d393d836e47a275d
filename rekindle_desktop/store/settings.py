"""Typed settings, declared once, kept inside the encrypted journal (never in QSettings)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from rekindle_desktop.domain.role import Role

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    parse: Callable[[str], T]
    dump: Callable[[T], str] = str


def _minutes(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 24 * 60:
        raise ValueError("auto-lock minutes out of range")
    return value


ROLE: Setting[Role] = Setting("role", Role.SHARING, Role)
AUTO_LOCK_MINUTES: Setting[int] = Setting("auto_lock_minutes", 10, _minutes)


def _late_minutes(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 7 * 24 * 60:
        raise ValueError("late-logging threshold out of range")
    return value


# An entry written this long after the time it describes is marked "logged late".
LATE_AFTER_MINUTES: Setting[int] = Setting("late_after_minutes", 120, _late_minutes)


def _folder(text: str) -> str:
    return text.strip()


# Where to write the timeline file after each change ("" = only when asked).
AUTO_EXPORT_FOLDER: Setting[str] = Setting("auto_export_folder", "", _folder)
# How many entries the file in that folder held when last written there.
AUTO_EXPORTED_SIZE: Setting[int] = Setting("auto_exported_size", -1, int)


def _flag(text: str) -> bool:
    if text not in ("0", "1"):
        raise ValueError("expected 0 or 1")
    return text == "1"


def _hour(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 23:
        raise ValueError("hours run from 0 to 23")
    return value


def _dump_flag(value: bool) -> str:
    return "1" if value else "0"


REMINDERS_ON: Setting[bool] = Setting("reminders_on", True, _flag, _dump_flag)
QUIET_FROM_HOUR: Setting[int] = Setting("quiet_from_hour", 22, _hour)
QUIET_UNTIL_HOUR: Setting[int] = Setting("quiet_until_hour", 8, _hour)


# Chosen from the safety exit: no icon in the system tray; reminders stay in the window.
def _rhythm(text: str) -> int:
    days = int(text)
    if days not in (0, 1, 3, 7):
        raise ValueError("a review rhythm is 0, 1, 3 or 7 days")
    return days


# The reviewer's own rhythm for looking at new files (0: whenever they like).
REVIEW_EVERY_DAYS: Setting[int] = Setting("review_every_days", 0, _rhythm)
# When a timeline file was last written, and where (ISO time, a tab, the path).
LAST_SHARED: Setting[str] = Setting("last_shared", "", str)
# The agreement version the reviewer last agreed to in a reply (0: none); on the
# sharer's side, the version their partner's replies last agreed to.
AGREED_VERSION: Setting[int] = Setting("agreed_version", 0, int)
PARTNER_AGREED_VERSION: Setting[int] = Setting("partner_agreed_version", 0, int)
TRAY_HIDDEN: Setting[bool] = Setting("tray_hidden", False, _flag, _dump_flag)
