"""The consistency card: the trend in words, this week's kept ratio, and what they mean.

One place computes what the sharer's page, review mode and presentation mode show, so
the figures are always the domain's own (domain/consistency.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rekindle_desktop.domain.consistency import (
    STARTING_SCORE,
    Commitment,
    WeekSummary,
    weekly_summaries,
)
from rekindle_desktop.domain.entries import Pause
from rekindle_desktop.ui.domain_words import outcomes_said, trend_explained
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.widgets import card, label


class ConsistencyCard(QFrame):
    def __init__(
        self, empty_words: str, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        """`compact` (presentation mode): the trend and the week on one line, and what the
        trend means behind a button, so the timeline below keeps the room."""
        super().__init__(parent)
        self._empty_words = empty_words
        self._shown: tuple[Sequence[Commitment], list[Pause]] | None = None
        self.trend = label("", "subheading")
        self.week = label("")
        self.trend_words = label("", "muted")
        self.explain: QPushButton | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._compact_card() if compact else self._full_card())

    def _full_card(self) -> QFrame:
        title = label(translate("ConsistencyCard", "Consistency"), "subheading")
        return card(title, self.trend, self.week, self.trend_words)

    def _compact_card(self) -> QFrame:
        self.trend.setWordWrap(False)
        self.explain = QPushButton(translate("ConsistencyCard", "What the trend means"))
        self.explain.setObjectName("link")
        self.explain.setCheckable(True)
        self.explain.toggled.connect(self.trend_words.setVisible)
        self.trend_words.setVisible(False)
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.trend)
        left.addWidget(self.explain, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        row.addLayout(left)
        row.addWidget(self.week, 1, Qt.AlignmentFlag.AlignTop)
        return card(line, self.trend_words)

    def show_commitments(
        self,
        commitments: Sequence[Commitment],
        pauses: Sequence[Pause],
        weeks: Sequence[WeekSummary] | None = None,
    ) -> None:
        """`weeks`: `weekly_summaries(commitments, pauses)` if already worked out (on a
        worker, so ten years' trend is not worked out on the window's thread)."""
        shown = self._shown
        if shown is not None and shown[0] is commitments and shown[1] == list(pauses):
            return  # the very list the journal kept: ten years' trend need not be redone
        self._shown = (commitments, list(pauses))
        if not commitments:
            weeks = []
        elif weeks is None:
            weeks = weekly_summaries(commitments, pauses)
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
        self.trend_words.setText(trend_explained(score))
        tally = weeks[-1].tally if weeks else None
        if tally is not None and tally.resolved:
            self.week.setText(
                translate("ConsistencyCard", "Latest week: {words}.").format(
                    words=outcomes_said(tally)
                )
            )
        else:
            self.week.setText(translate("ConsistencyCard", "Latest week: nothing resolved yet."))
