"""Agreements that end and step down: where the current version stands.

Transparency is scaffolding, not a life sentence: a version may end on a day (sharing
stops then unless a newer version was agreed) and may hold steps down agreed in
advance. A step is proposed when met and never applied by itself: the two write the
next version together. Nothing here blames anyone for an ending.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rekindle_desktop.domain.consistency import Commitment, score_history
from rekindle_desktop.domain.entries import Agreement, EntryKind, Pause, Step
from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.domain.words import ENGLISH, Words, fill
from rekindle_desktop.exchange.leaves import kept_entry
from rekindle_desktop.store import settings
from rekindle_desktop.store import sharing as sharing_store
from rekindle_desktop.store.journal import Journal


@dataclass(frozen=True)
class AgreementState:
    latest: Agreement | None
    since: date | None  # the day the latest version was agreed
    ended_on: date | None  # it ended, unrenewed, on this day
    steps_met: tuple[Step, ...]

    def ended_words(self, words: Words = ENGLISH) -> str:
        """That it ended, in `words`' language ("" if it didn't)."""
        if self.ended_on is None or self.latest is None:
            return ""
        return fill(
            "Your agreement (version {version}) ended on {day} without a new version, as you "
            "set it up together, so sharing has stopped. Nobody did anything wrong. If you "
            "both want to go on, the next version starts it again.",
            {"version": self.latest.version, "day": self.ended_on},
            words,
        )

    def step_words(self, words: Words = ENGLISH) -> list[str]:
        """Each step met, in `words`' language."""
        return [
            words.text(
                "A step you agreed on is met: after {weeks} weeks with the trend at "
                "{trend} or more, “{change}”. It isn't applied by itself: if you "
                "both agree, write it into the next version."
            ).format(weeks=s.after_weeks, trend=s.trend_above, change=s.change)
            for s in self.steps_met
        ]


def where_it_stands(
    ledger: Ledger,
    commitments: list[Commitment],
    pauses: list[Pause],
    today: date,
    *,
    history: list[tuple[date, float]] | None = None,
) -> AgreementState:
    """`history`: `score_history(commitments, pauses)` if already worked out (a worker's)."""
    latest_entry = None
    for entry in ledger.standing(EntryKind.AGREEMENT):
        body = ledger.current_body(entry.id)
        assert isinstance(body, Agreement)
        if latest_entry is None or body.version >= latest_entry[1].version:
            latest_entry = (entry.happened.utc.date(), body)
    if latest_entry is None:
        return AgreementState(None, None, None, ())
    since, latest = latest_entry
    ended = latest.ends_on if latest.ends_on is not None and latest.ends_on < today else None
    if history is None:
        history = score_history(commitments, pauses)
    trend = round(history[-1][1] * 100) if history else None
    weeks = (today - since).days // 7
    met = tuple(
        s
        for s in latest.steps
        if ended is None and trend is not None and weeks >= s.after_weeks and trend >= s.trend_above
    )
    return AgreementState(latest, since, ended, met)


class StepsUnreadable(ValueError):
    def __init__(self, line: int) -> None:
        super().__init__(
            f"Step {line} can't be read. Write it as: weeks; trend; what changes "
            "(for example: 8; 70; weekly check-ins)."
        )
        self.line = line


def read_steps(text: str) -> tuple[Step, ...]:
    """Steps written one per line as "weeks; trend; what changes"; blank lines skipped."""
    steps = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split(";", 2)]
        if len(parts) != 3 or not (parts[0].isascii() and parts[0].isdigit()):
            raise StepsUnreadable(number)
        if not (parts[1].isascii() and parts[1].isdigit()) or not parts[2]:
            raise StepsUnreadable(number)
        steps.append(Step(int(parts[0]), int(parts[1]), parts[2]))
    return tuple(steps)


# --- confirmed by both: the reviewer agrees in a reply ---------------------------------


def reviewed_agreement(journal: Journal) -> Agreement | None:
    """The latest agreement in the reviewed record, reading only the leaves that can
    touch it (agreements, corrections, withdrawals)."""
    kinds = (b'"kind":"agreement"', b'"kind":"amend"', b'"kind":"retract"')
    leaves = [
        leaf
        for leaf in sharing_store.accepted_leaves(journal.conn)
        if any(kind in leaf for kind in kinds)
    ]
    found = Ledger.of(kept_entry(leaf) for leaf in leaves).agreements()
    return found[-1] if found else None


def to_agree(journal: Journal) -> Agreement | None:
    """The reviewed agreement version this reviewer hasn't agreed to in a reply yet."""
    latest = reviewed_agreement(journal)
    if latest is None or latest.version <= journal.get(settings.AGREED_VERSION):
        return None
    return latest


def partner_agreed(journal: Journal, version: int) -> bool:
    """Whether the reviewer's replies have agreed to this version (or a later one)."""
    return journal.get(settings.PARTNER_AGREED_VERSION) >= version
