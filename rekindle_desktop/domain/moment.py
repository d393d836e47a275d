"""A point in time as Rekindle records it: UTC, plus the UTC offset the person had then."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

_OFFSETS = {f"{minutes:+d}": minutes for minutes in range(-18 * 60, 18 * 60 + 1)}
_new = object.__new__
_set = object.__setattr__  # how a frozen dataclass sets its own fields


@dataclass(frozen=True, order=True, slots=True)
class Moment:
    """`utc` orders moments; `offset_minutes` remembers the local clock at the time.

    Display converts to the viewer's zone; the offset says what the sharer's own clock
    read, which matters when they travelled or the clocks changed.
    """

    utc: datetime
    offset_minutes: int = 0

    def __post_init__(self) -> None:
        if self.utc.tzinfo is None or self.utc.utcoffset() != timedelta(0):
            raise ValueError("Moment.utc must be an aware UTC datetime")
        if not -18 * 60 <= self.offset_minutes <= 18 * 60:
            raise ValueError("UTC offsets lie within ±18 hours")

    @classmethod
    def from_local(cls, local: datetime) -> Moment:
        """From an aware local datetime (its zone gives the offset)."""
        offset = local.utcoffset()
        if offset is None:
            raise ValueError("a local time needs its time zone")
        return cls(local.astimezone(UTC), int(offset.total_seconds() // 60))

    @classmethod
    def now(cls, zone: tzinfo) -> Moment:
        return cls.from_local(datetime.now(zone))

    def local(self, zone: tzinfo) -> datetime:
        return self.utc.astimezone(zone)

    def local_date(self, zone: tzinfo) -> date:
        return self.local(zone).date()

    def as_recorded(self) -> datetime:
        """The time on the sharer's own clock when it was recorded."""
        return self.utc.astimezone(timezone(timedelta(minutes=self.offset_minutes)))

    def to_text(self) -> str:
        # isoformat, not strftime: %Y drops the leading zeros of years before 1000 on glibc,
        # which from_text (rightly strict) would then refuse.
        stamp = self.utc.replace(tzinfo=None).isoformat(timespec="microseconds")
        return f"{stamp}Z{self.offset_minutes:+d}"

    @classmethod
    def from_text(cls, text: str) -> Moment:
        """Exactly the form to_text writes, and nothing else: ASCII digits, "." before the
        fraction, the offset with its sign and no leading zero. So to_text(from_text(t))
        is t, which lets a reader compare a shared entry byte for byte cheaply."""
        # fromisoformat is many times faster than strptime, but it also takes "," for ".",
        # week dates and other digits; the checks below leave it one form to read.
        if (
            len(text) < 28
            or text[26] != "Z"
            or text[10] != "T"
            or text[19] != "."
            or text[4] != "-"
            or text[7] != "-"
            or text[13] != ":"
            or text[16] != ":"
            or text[11:13] > "23"
            or not text.isascii()
        ):
            raise ValueError(f"not a moment: {text!r}")
        offset = _OFFSETS.get(text[27:])
        if offset is None:
            raise ValueError("UTC offsets lie within ±18 hours, written as to_text writes them")
        stamp = text[:26]
        # Journals hold hundreds of thousands of these: skip __init__'s checks, which
        # the lines above have already made (the "+00:00" makes it UTC).
        moment = _new(cls)
        _set(moment, "utc", datetime.fromisoformat(stamp + "+00:00"))
        _set(moment, "offset_minutes", offset)
        return moment
