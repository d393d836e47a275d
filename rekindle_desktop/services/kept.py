"""Keeping what was worked out from a record, while the record is unchanged and it is fresh.

Timeline rows and commitments of a ten-year journal take most of a second to work
out. Pages ask for them on every refresh; they are worked out again only when the
record has changed, or when they are old enough that the time of day may matter
(a plan that has just ended now needs an outcome).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import datetime, timedelta
from typing import Any, TypeVar

T = TypeVar("T")
FRESH_FOR = timedelta(minutes=2)
# Entries from which what is kept is worked out again beside the window (seconds at ten
# years), not on its thread.
WORK_BESIDE_FROM = 5_000


class Kept:
    def __init__(self, now: Callable[[], datetime]) -> None:
        self._now = now
        self._values: dict[Hashable, tuple[Hashable, datetime, Any]] = {}

    def get(self, key: Hashable, version: Hashable, work: Callable[[datetime], T]) -> T:
        """`work(now)`, or what it gave last time for this key and version, if still fresh."""
        now = self._now()
        kept = self._values.get(key)
        if kept is not None and kept[0] == version and self._young(kept[1]):
            return kept[2]  # type: ignore[no-any-return]
        value = work(now)
        self._values[key] = (version, now, value)
        return value

    def fresh(self, key: Hashable, version: Hashable) -> bool:
        """Whether `get` would give what is kept for this key and version, not work it out."""
        kept = self._values.get(key)
        return kept is not None and kept[0] == version and self._young(kept[1])

    def _young(self, at: datetime) -> bool:
        return timedelta(0) <= self._now() - at < FRESH_FOR

    def carry(
        self, old: Hashable, new: Hashable, change: Callable[[Hashable, Any, datetime], Any]
    ) -> set[Hashable]:
        """Bring what was kept for version `old`, while still fresh, to version `new`:
        `change(key, value, at)` gives the value for the new version (or None to work it
        out afresh), `at` being when the kept value was worked out. Returns the keys
        brought."""
        brought = set()
        for key, (version, at, value) in list(self._values.items()):
            changed = change(key, value, at) if version == old and self._young(at) else None
            if changed is None:
                del self._values[key]
            else:
                self._values[key] = (new, at, changed)
                brought.add(key)
        return brought

    def forward(
        self, version: Hashable, change: Callable[[Hashable, Any, datetime, datetime], Any]
    ) -> None:
        """Bring what was kept for `version`, and is no longer fresh, to this moment:
        `change(key, value, at, now)` gives the value at `now` of what was worked out at
        `at` (or None to work it out afresh)."""
        now = self._now()
        for key, (kept_for, at, value) in list(self._values.items()):
            if kept_for != version or self._young(at):
                continue
            changed = change(key, value, at, now) if at <= now else None
            if changed is None:
                del self._values[key]
            else:
                self._values[key] = (version, now, changed)

    def kept(self, version: Hashable) -> set[Hashable]:
        """The keys kept, fresh, for `version`."""
        return {key for key in self._values if self.fresh(key, version)}

    def copy(self, now: Callable[[], datetime] | None = None) -> Kept:
        """What is kept now, to carry on another thread while this goes on being used;
        judged fresh by `now` if given."""
        copied = Kept(now or self._now)
        copied._values = dict(self._values)
        return copied
