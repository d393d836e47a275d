"""The hurt partner's voice: moments that bring it all back, and requests to the sharer.

A *trigger* is the reviewer's own, private record of a hard moment: when, what brought
it up, how strong, and what would help. A *request* asks the sharer for that help; it
travels only when the reviewer sends it, in a signed reply. The sharer answers with an
`answer` entry (domain.entries), shared like any other, so both can see how soon each
request was met: in plain words, never as a streak or a score.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

MAX_TEXT = 5_000  # a trigger or a request: a few sentences, not a letter


class Wants(StrEnum):
    """What would help, in the reviewer's own choice of words."""

    REASSURANCE = "reassurance"
    ANSWER = "answer"
    SPACE = "space"
    TALK = "talk"

    @property
    def label(self) -> str:
        return _WANTS[self]


_WANTS = {
    Wants.REASSURANCE: "some reassurance",
    Wants.ANSWER: "an answer to a question",
    Wants.SPACE: "some space",
    Wants.TALK: "a talk at our next check-in",
}

# How strong a moment was, each step in words: no step is a failing.
STRENGTHS = {
    1: "a passing moment",
    2: "it stayed with me for a while",
    3: "hard",
    4: "very hard",
    5: "overwhelming",
}


class InvalidVoice(ValueError):
    """A trigger or request that can't be kept as given; the message says why."""


def check_words(text: str, what: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise InvalidVoice(f"Write a few words for the {what} first.")
    if len(cleaned) > MAX_TEXT:
        raise InvalidVoice(
            f"The {what} is longer than {MAX_TEXT:,} characters; please keep it shorter."
        )
    try:
        cleaned.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidVoice(f"The {what} holds a broken character; please type it again.") from exc
    return cleaned


def check_strength(strength: int) -> int:
    if strength not in STRENGTHS:
        raise InvalidVoice("How strong it was is a step from 1 to 5.")
    return strength


@dataclass(frozen=True)
class Trigger:
    id: int
    happened: datetime  # when it came up (aware)
    logged: datetime
    text: str
    strength: int
    wants: Wants

    @property
    def strength_words(self) -> str:
        return STRENGTHS[self.strength]


@dataclass(frozen=True)
class Request:
    """A request as the reviewer made it, and as the sharer received it: the same id."""

    id: int
    asked: datetime  # the reviewer's clock
    text: str
    wants: Wants


def answered_within(minutes: int) -> str:
    """How soon, in plain words: kind to a quick answer, never harsh to a slow one."""
    if minutes < 0:
        return "straight away"
    if minutes < 60:
        return "within an hour"
    hours = -(-minutes // 60)  # rounded up: "within 2 hours" means up to two
    if hours <= 24:
        return f"within {hours} hours" if hours > 1 else "within an hour"
    days = -(-minutes // (24 * 60))
    if days <= 13:
        return f"within {days} days"
    return f"after {days // 7} weeks"
