"""The time and time zone, passed in so tests can stand on any day in any zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

import tzlocal

from rekindle_desktop.domain.moment import Moment


@dataclass(frozen=True)
class Clock:
    zone: tzinfo
    fixed: datetime | None = None  # tests: always this moment

    def now_utc(self) -> datetime:
        return self.fixed.astimezone(UTC) if self.fixed else datetime.now(UTC)

    def now(self) -> Moment:
        return Moment.from_local(self.now_utc().astimezone(self.zone))


def system_clock() -> Clock:
    """The computer's own zone, with its daylight-saving rules."""
    try:
        zone: tzinfo = tzlocal.get_localzone()
    except Exception:  # an unset or unknown zone: fall back rather than refuse to start
        zone = UTC
    return Clock(zone)
