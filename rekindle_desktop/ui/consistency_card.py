"""The consistency card: the trend in words, this week's kept ratio, and what they mean.

One place computes what the sharer's page, review mode and presentation mode show, so
the figures are always the domain's own (domain/consistency.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from rekindle_desktop.domain.consistency import (
    STARTING_SCORE,
    Commitment,
    explain,
    weekly_summaries,
)
from rekindle_desktop.domain.entries import Pause
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.widgets import card, label


class ConsistencyCard(QFrame):
    def __init__(self, empty_words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_words = empty_words
        self._shown: tuple[Sequence[Commitment], list[Pause]] | None = None
        self.trend = label("", "subheading")
        self.week = label("")
        self.trend_words = label("", "muted")
        inner = card(
            label(translate("ConsistencyCard", "Consistency"), "subheading"),
            self.trend,
            self.week,
            self.trend_words,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(inner)

    def show_commitments(self, commitments: Sequence[Commitment], pauses: Sequence[Pause]) -> None:
        shown = self._shown
        if shown is not None and shown[0] is commitments and shown[1] == list(pauses):
            return  # the very list the journal kept: ten years' trend need not be redone
        self._shown = (commitments, list(pauses))
        weeks = weekly_summaries(commitments, pauses) if commitments else []
        if not any(week.tally.resolved for week in weeks):
            # A number before any outcome would be made up: say there is no trend yet.
            self.trend.setText(translate("ConsistencyCard", "No trend yet"))
            self.week.setText("")
            self.trend_words.setText(self._empty_words)
            return
        score = weeks[-1].score if weeks else STARTING_SCORE  # the latest week ends at it
        self.trend.setText(
            translate("ConsistencyCard", "Trend: {score} out of 100").format(
                score=round(score * 100)
            )
        )
        self.trend_words.setText(explain(score))
        tally = weeks[-1].tally if weeks else None
        if tally is not None and tally.resolved:
            self.week.setText(
                translate(
                    "ConsistencyCard",
                    "Latest week: {kept} of {resolved} resolved commitments kept "
                    "(changes made with notice count as kept).",
                ).format(kept=tally.kept, resolved=tally.resolved)
            )
        else:
            self.week.setText(translate("ConsistencyCard", "Latest week: nothing resolved yet."))
