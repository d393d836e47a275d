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
