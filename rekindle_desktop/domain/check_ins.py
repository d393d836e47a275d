"""Check-in conversations: when the next one is, and gentle prompts to start it.

The prompts follow relationship-repair practice: what went well, what was hard,
concerns, appreciation, boundaries to revisit, and next goals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

DEFAULT_EVERY_DAYS = 7

PROMPTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "What went well",
        (
            "What is one moment from these days that felt like us again?",
            "Which promise felt easiest to keep, and why?",
        ),
    ),
    (
        "What was hard",
        (
            "When did you feel unsure or unsettled? What helped, or would have?",
            "Was there a time a plan changed? How did it feel to hear about it?",
        ),
    ),
    (
        "Concerns",
        (
            "Is there something you have been holding back from saying?",
            "What would you like more clarity about before the next check-in?",
        ),
    ),
    (
        "Appreciation",
        (
            "What did the other do that you noticed and appreciated?",
            "What small gesture would mean a lot this week?",
        ),
    ),
    (
        "Boundaries to revisit",
        (
            "Does anything in the agreement feel too tight, or too loose, now?",
            "Is there a boundary that needs saying again, calmly?",
        ),
    ),
    (
        "Next goals",
        (
            "What is one thing each of you would like to try before the next talk?",
            "Is it time to talk about counselling, or about how it is going?",
        ),
    ),
)

LISTENING = (
    "Take turns. The one listening tries to understand before answering, and doesn't "
    "defend. Either of you can pause the talk and come back to it later."
)


@dataclass(frozen=True)
class TalkDue:
    day: date
    overdue_days: int  # 0 when the talk is today or still ahead


def next_talk(today: date, *, every_days: int, last_held: date | None) -> TalkDue:
    """The next check-in talk falls `every_days` after the last one; the first, any day."""
    due = today if last_held is None else last_held + timedelta(days=every_days)
    return TalkDue(due, max(0, (today - due).days))


def agreement_review_due(review_on: date | None, today: date) -> bool:
    return review_on is not None and review_on <= today
