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
from typing import Literal

from rekindle_desktop.domain.words import ENGLISH, Refusal, Words

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


class InvalidVoice(Refusal):
    """A trigger or request that can't be kept as given; the message says why (an English
    template and its fields, for the window to say in its language: domain/words.py)."""


# What the words are for; each refusal is written out whole, for translators.
What = Literal["moment", "request"]

_EMPTY_REFUSALS = {
    "moment": "Write a few words for the moment first.",
    "request": "Write a few words for the request first.",
}
_LONG_REFUSALS = {
    "moment": "The moment is longer than {limit:,} characters; please keep it shorter.",
    "request": "The request is longer than {limit:,} characters; please keep it shorter.",
}
_BROKEN_REFUSALS = {
    "moment": "The moment holds a broken character; please type it again.",
    "request": "The request holds a broken character; please type it again.",
}


def check_words(text: str, what: What) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise InvalidVoice(_EMPTY_REFUSALS[what])
    if len(cleaned) > MAX_TEXT:
        raise InvalidVoice(_LONG_REFUSALS[what], limit=MAX_TEXT)
    try:
        cleaned.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidVoice(_BROKEN_REFUSALS[what]) from exc
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


def answered_within(minutes: int, *, words: Words = ENGLISH) -> str:
    """How soon, in plain words: kind to a quick answer, never harsh to a slow one."""
    if minutes < 0:
        return words.text("straight away")
    if minutes < 60:
        return words.text("within an hour")
    hours = -(-minutes // 60)  # rounded up: "within 2 hours" means up to two
    if hours <= 24:
        if hours > 1:
            return words.text("within {hours} hours").format(hours=hours)
        return words.text("within an hour")
    days = -(-minutes // (24 * 60))
    if days <= 13:
        return words.text("within {days} days").format(days=days)
    return words.text("after {weeks} weeks").format(weeks=days // 7)
