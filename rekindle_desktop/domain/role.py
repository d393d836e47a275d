"""How a person uses their install: sharing their own journal, reviewing a partner's, or both."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    SHARING = "sharing"
    REVIEWING = "reviewing"
    BOTH = "both"

    @property
    def shares(self) -> bool:
        return self in (Role.SHARING, Role.BOTH)

    @property
    def reviews(self) -> bool:
        return self in (Role.REVIEWING, Role.BOTH)
