"""The insights' sentences (domain/insights.py: `describe`, `DayCell.describe`,
`outcomes_in_words`), marked for translators.

domain/insights.py writes them as English templates and fills them in through a `Words`
(domain/words.py); the window's looks each template up in the "DomainWords" context.
Each is marked here once, exactly as domain/insights.py writes it, so lupdate lists it.
Some are marked in ui/domain_words.py too (the window's own calendar and weekly words
use them): the catalogue holds each once.
"""

from __future__ import annotations

from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP

INSIGHTS_WORDS = frozenset(
    {
        # DayCell.describe
        QT_TRANSLATE_NOOP("DomainWords", "{day}: {state}"),
        QT_TRANSLATE_NOOP("DomainWords", "{kept} of {resolved} kept"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} not yet confirmed"),
        # outcomes_in_words
        QT_TRANSLATE_NOOP("DomainWords", "{count} {outcome}"),
        QT_TRANSLATE_NOOP(
            "DomainWords", " ({kept} of {resolved} kept or changed with notice, {percent}%)"
        ),
        # describe
        QT_TRANSLATE_NOOP(
            "DomainWords",
            "Nothing to show yet. Insights appear once plans and promises have outcomes.",
        ),
        QT_TRANSLATE_NOOP(
            "DomainWords", "The trend is at {score} out of 100 (it starts at {start})."
        ),
        QT_TRANSLATE_NOOP("DomainWords", "In the week of {day}: {outcomes}."),
        QT_TRANSLATE_NOOP(
            "DomainWords",
            "Since the week of {day} the trend has risen by {change}, "
            "with ups and downs along the way.",
        ),
        QT_TRANSLATE_NOOP(
            "DomainWords",
            "Since the week of {day} the trend has eased by {change}, "
            "with ups and downs along the way.",
        ),
        QT_TRANSLATE_NOOP(
            "DomainWords",
            "Since the week of {day} the trend has held steady, with ups and downs along the way.",
        ),
        QT_TRANSLATE_NOOP("DomainWords", "1 day in these weeks were paused and do not count."),
        QT_TRANSLATE_NOOP(
            "DomainWords", "{count} days in these weeks were paused and do not count."
        ),
        QT_TRANSLATE_NOOP("DomainWords", "1 day {state}"),
        QT_TRANSLATE_NOOP("DomainWords", "{count} days {state}"),
        QT_TRANSLATE_NOOP("DomainWords", "Day by day since {day}: {days}."),
        QT_TRANSLATE_NOOP("DomainWords", "{feeling} {average}"),
        # A number with one decimal (a feeling's weekly average): "4.0", in German "4,0".
        QT_TRANSLATE_NOOP("DomainWords", "{whole}.{tenth}"),
        QT_TRANSLATE_NOOP("DomainWords", "Feelings in the week of {day}, out of 5: {ratings}."),
    }
)
