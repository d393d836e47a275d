"""The domain's own words (kind names, outcomes, day states, feelings), in the window's
language.

domain/ speaks plain English and knows nothing of Qt: `EntryKind.PLAN.label` is "Plan",
`Outcome.NOT_KEPT.label` is "not kept". The window translates those words only where it
shows them, through this module. Each word is marked here once, in the "DomainWords"
context, so lupdate lists it for translators; tests/gui/test_domain_words.py fails when
domain/ gains a word that is not marked here.
"""

from __future__ import annotations

from rekindle_desktop.domain.consistency import SMOOTHING, Tally, step
from rekindle_desktop.domain.entries import EntryKind, Outcome
from rekindle_desktop.domain.feelings import Feeling
from rekindle_desktop.domain.insights import FEW_OUTCOMES, DayCell, DayState
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, short_day_words, translate

# Every word domain/ gives as a label, exactly as domain/ writes it.
DOMAIN_WORDS = frozenset(
    {
        # EntryKind.label
        QT_TRANSLATE_NOOP("DomainWords", "Plan"),
        QT_TRANSLATE_NOOP("DomainWords", "Check-in"),
        QT_TRANSLATE_NOOP("DomainWords", "Promise"),
        QT_TRANSLATE_NOOP("DomainWords", "Disclosure"),
        QT_TRANSLATE_NOOP("DomainWords", "Appreciation"),
        QT_TRANSLATE_NOOP("DomainWords", "Note"),
        QT_TRANSLATE_NOOP("DomainWords", "Outcome"),
        QT_TRANSLATE_NOOP("DomainWords", "Correction"),
        QT_TRANSLATE_NOOP("DomainWords", "Withdrawn"),
        QT_TRANSLATE_NOOP("DomainWords", "Pause"),
        QT_TRANSLATE_NOOP("DomainWords", "Agreement"),
        QT_TRANSLATE_NOOP("DomainWords", "Sharing ended"),
        QT_TRANSLATE_NOOP("DomainWords", "Contact disclosure"),
        QT_TRANSLATE_NOOP("DomainWords", "Answer"),
        # Outcome.label
        QT_TRANSLATE_NOOP("DomainWords", "kept as said"),
        QT_TRANSLATE_NOOP("DomainWords", "changed, with notice beforehand"),
        QT_TRANSLATE_NOOP("DomainWords", "changed, told afterwards"),
        QT_TRANSLATE_NOOP("DomainWords", "not kept"),
        QT_TRANSLATE_NOOP("DomainWords", "not yet confirmed"),
        # DayState.label (the rest are outcome words above)
        QT_TRANSLATE_NOOP("DomainWords", "changed, with notice"),
        QT_TRANSLATE_NOOP("DomainWords", "partly kept"),
        QT_TRANSLATE_NOOP("DomainWords", "paused"),
        QT_TRANSLATE_NOOP("DomainWords", "nothing due"),
        # Feeling.label
        QT_TRANSLATE_NOOP("DomainWords", "Safety"),
        QT_TRANSLATE_NOOP("DomainWords", "Trust"),
        QT_TRANSLATE_NOOP("DomainWords", "Connection"),
    }
)

# A kind's name for many of them ("What is shared: Plans, Check-ins, …").
KIND_PLURALS = {
    EntryKind.PLAN: QT_TRANSLATE_NOOP("DomainWords", "Plans"),
    EntryKind.CHECK_IN: QT_TRANSLATE_NOOP("DomainWords", "Check-ins"),
    EntryKind.PROMISE: QT_TRANSLATE_NOOP("DomainWords", "Promises"),
    EntryKind.DISCLOSURE: QT_TRANSLATE_NOOP("DomainWords", "Disclosures"),
    EntryKind.APPRECIATION: QT_TRANSLATE_NOOP("DomainWords", "Appreciations"),
    EntryKind.NOTE: QT_TRANSLATE_NOOP("DomainWords", "Notes"),
    EntryKind.OUTCOME: QT_TRANSLATE_NOOP("DomainWords", "Outcomes"),
    EntryKind.AMEND: QT_TRANSLATE_NOOP("DomainWords", "Corrections"),
    EntryKind.RETRACT: QT_TRANSLATE_NOOP("DomainWords", "Withdrawals"),
    EntryKind.PAUSE: QT_TRANSLATE_NOOP("DomainWords", "Pauses"),
    EntryKind.AGREEMENT: QT_TRANSLATE_NOOP("DomainWords", "Agreements"),
    EntryKind.ENDING: QT_TRANSLATE_NOOP("DomainWords", "Endings of sharing"),
    EntryKind.CONTACT: QT_TRANSLATE_NOOP("DomainWords", "Contact disclosures"),
    EntryKind.ANSWER: QT_TRANSLATE_NOOP("DomainWords", "Answers"),
}

# How many of a kind, one and more ("In it: 3 plans, 1 check-in").
KIND_COUNTS = {
    EntryKind.PLAN: (
        QT_TRANSLATE_NOOP("DomainWords", "1 plan"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} plans"),
    ),
    EntryKind.CHECK_IN: (
        QT_TRANSLATE_NOOP("DomainWords", "1 check-in"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} check-ins"),
    ),
    EntryKind.PROMISE: (
        QT_TRANSLATE_NOOP("DomainWords", "1 promise"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} promises"),
    ),
    EntryKind.DISCLOSURE: (
        QT_TRANSLATE_NOOP("DomainWords", "1 disclosure"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} disclosures"),
    ),
    EntryKind.APPRECIATION: (
        QT_TRANSLATE_NOOP("DomainWords", "1 appreciation"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} appreciations"),
    ),
    EntryKind.NOTE: (
        QT_TRANSLATE_NOOP("DomainWords", "1 note"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} notes"),
    ),
    EntryKind.OUTCOME: (
        QT_TRANSLATE_NOOP("DomainWords", "1 outcome"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} outcomes"),
    ),
    EntryKind.AMEND: (
        QT_TRANSLATE_NOOP("DomainWords", "1 correction"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} corrections"),
    ),
    EntryKind.RETRACT: (
        QT_TRANSLATE_NOOP("DomainWords", "1 withdrawal"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} withdrawals"),
    ),
    EntryKind.PAUSE: (
        QT_TRANSLATE_NOOP("DomainWords", "1 pause"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} pauses"),
    ),
    EntryKind.AGREEMENT: (
        QT_TRANSLATE_NOOP("DomainWords", "1 agreement"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} agreements"),
    ),
    EntryKind.ENDING: (
        QT_TRANSLATE_NOOP("DomainWords", "1 ending of sharing"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} endings of sharing"),
    ),
    EntryKind.CONTACT: (
        QT_TRANSLATE_NOOP("DomainWords", "1 contact disclosure"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} contact disclosures"),
    ),
    EntryKind.ANSWER: (
        QT_TRANSLATE_NOOP("DomainWords", "1 answer"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} answers"),
    ),
}


def domain_word(word: str) -> str:
    """A word domain/ gave (a label), in the window's language; as written if unknown."""
    return translate("DomainWords", word)


def kind_name(kind: EntryKind) -> str:
    return domain_word(kind.label)


def kind_plural(kind: EntryKind) -> str:
    return translate("DomainWords", KIND_PLURALS[kind])


def kind_count(kind: EntryKind, count: int) -> str:
    one, many = KIND_COUNTS[kind]
    return (
        translate("DomainWords", one)
        if count == 1
        else translate("DomainWords", many).format(count=count)
    )


def outcome_name(outcome: Outcome) -> str:
    return domain_word(outcome.label)


def day_state_name(state: DayState) -> str:
    return domain_word(state.label)


def feeling_name(feeling: Feeling) -> str:
    return domain_word(feeling.label)


def day_cell_said(cell: DayCell) -> str:
    """A day of the calendar in words, as DayCell.describe() says it in English:
    "Tue 4 Nov: partly kept (3 of 4 kept)"."""
    words = translate("DomainWords", "{day}: {state}").format(
        day=short_day_words(cell.day), state=day_state_name(cell.state)
    )
    if cell.state in (DayState.PAUSED, DayState.NOTHING_DUE):
        return words
    counts = []
    if cell.tally.resolved:
        counts.append(
            translate("DomainWords", "{kept} of {resolved} kept").format(
                kept=cell.tally.kept, resolved=cell.tally.resolved
            )
        )
    if cell.tally.unconfirmed:
        counts.append(
            translate("DomainWords", "{count} not yet confirmed").format(
                count=cell.tally.unconfirmed
            )
        )
    return words + (f" ({', '.join(counts)})" if counts else "")


def outcomes_said(tally: Tally) -> str:
    """A week's outcomes named one by one, as domain.insights.outcomes_in_words says them
    in English: "2 kept as said; 1 changed, told afterwards"."""
    words = "; ".join(
        translate("DomainWords", "{count} {outcome}").format(count=n, outcome=outcome_name(outcome))
        for outcome, n in tally.counts().items()
        if n
    )
    if tally.resolved >= FEW_OUTCOMES and tally.ratio is not None:
        words += translate(
            "DomainWords", " ({kept} of {resolved} kept or changed with notice, {percent}%)"
        ).format(kept=tally.kept, resolved=tally.resolved, percent=round(tally.ratio * 100))
    return words


def trend_explained(score: float) -> str:
    """The score in plain words, beside the chart: domain.consistency.explain, translated."""
    after_miss = step(score, Outcome.NOT_KEPT, SMOOTHING)
    return translate(
        "DomainWords",
        "The trend is at {score} out of 100. Each commitment that is resolved moves it "
        "{share}% of the way toward kept or not kept, so one miss would bring it to about "
        "{after_miss}, while a pattern moves it a lot. Changes made with notice count as "
        "kept. Paused days and unconfirmed outcomes don't count. Healing isn't a straight "
        "line.",
    ).format(
        score=round(score * 100),
        share=round(SMOOTHING * 100),
        after_miss=round(after_miss * 100),
    )
