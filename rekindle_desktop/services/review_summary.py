"""Gentle review: what is new since the last review, in words and counts, and a rhythm
the reviewer chooses for themselves. Looking sooner is never blocked; it is met with a
kind line, because checking that feels compulsive is common after a betrayal, and worth
talking about."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from rekindle_desktop.domain.entries import Answer, EntryKind, Outcome, OutcomeRecord
from rekindle_desktop.domain.words import ENGLISH, Words
from rekindle_desktop.services.sharing import ReviewState
from rekindle_desktop.store import settings
from rekindle_desktop.store.journal import Journal

RHYTHMS = (0, 1, 3, 7)  # days between looks; 0: whenever they like


@dataclass(frozen=True)
class SinceLastReview:
    new: int
    outcomes: dict[Outcome, int]
    answers: int  # answers to the reviewer's requests
    contacts: int  # contacts told

    def words(self, words: Words = ENGLISH) -> str:
        """Plain sentences (in `words`' language), zeros left out: nothing here is a score."""
        if not self.new:
            return words.text("Nothing new since your last review.")
        if self.new == 1:
            parts = [words.text("1 new entry.")]
        else:
            parts = [words.text("{count} new entries.").format(count=words.number(self.new))]
        said = []
        if count := self.outcomes.get(Outcome.KEPT, 0):
            said.append(words.text("{count} kept as said").format(count=words.number(count)))
        if count := self.outcomes.get(Outcome.KEPT_WITH_NOTICE, 0):
            said.append(
                words.text("{count} changed, with notice beforehand").format(
                    count=words.number(count)
                )
            )
        if count := self.outcomes.get(Outcome.CHANGED_AFTER, 0):
            said.append(
                words.text("{count} changed, told afterwards").format(count=words.number(count))
            )
        if count := self.outcomes.get(Outcome.NOT_KEPT, 0):
            said.append(words.text("{count} not kept").format(count=words.number(count)))
        if said:
            parts.append(words.text("Outcomes told: {outcomes}.").format(outcomes=", ".join(said)))
        if self.answers == 1:
            parts.append(words.text("1 answer to your requests."))
        elif self.answers:
            parts.append(
                words.text("{count} answers to your requests.").format(
                    count=words.number(self.answers)
                )
            )
        if self.contacts == 1:
            parts.append(words.text("1 contact told."))
        elif self.contacts:
            parts.append(
                words.text("{count} contacts told.").format(count=words.number(self.contacts))
            )
        return " ".join(parts)


def since_last_review(state: ReviewState) -> SinceLastReview:
    """What the latest accepted file added (the whole record, after the first file)."""
    added = (
        [e for e in state.entries if e.id in state.new_since_last_review]
        if state.files_accepted > 1
        else list(state.entries)
    )
    outcomes: Counter[Outcome] = Counter(
        e.body.outcome for e in added if isinstance(e.body, OutcomeRecord)
    )
    return SinceLastReview(
        len(added),
        dict(outcomes),
        sum(1 for e in added if isinstance(e.body, Answer)),
        sum(1 for e in added if e.kind is EntryKind.CONTACT),
    )


def rhythm(journal: Journal) -> int:
    return journal.get(settings.REVIEW_EVERY_DAYS)


def set_rhythm(journal: Journal, days: int) -> None:
    journal.set(settings.REVIEW_EVERY_DAYS, days if days in RHYTHMS else 0)


def sooner_than_chosen(
    journal: Journal, last_look: str | None, now: datetime, *, words: Words = ENGLISH
) -> str:
    """A kind line (in `words`' language) when a file is opened sooner than the reviewer's
    own rhythm, else ""."""
    days = rhythm(journal)
    if not days or last_look is None:
        return ""
    since = now - datetime.fromisoformat(last_look)
    if since >= timedelta(days=days):
        return ""
    if days == 1:
        return words.text(
            "You chose to look every 1 day, and this is sooner. That's all right. If checking "
            "starts to feel hard to stop, that is common after what happened; it can help to "
            "talk about it with a counsellor (Help ▸ Getting support)."
        )
    return words.text(
        "You chose to look every {days} days, and this is sooner. That's all right. If "
        "checking starts to feel hard to stop, that is common after what happened; it can "
        "help to talk about it with a counsellor (Help ▸ Getting support)."
    ).format(days=days)
