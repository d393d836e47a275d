"""Insights: the weekly trend, feelings beside it, a calendar strip, and all of it in words.

The page for one record, so the sharer's page and review mode can both use it; the charts
themselves are ui/charts (also drawn in the counsellor report) and ui/calendar_strip.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from rekindle_desktop.domain.consistency import Commitment, current_score
from rekindle_desktop.domain.entries import Pause
from rekindle_desktop.domain.feelings import FeelingRating
from rekindle_desktop.domain.insights import (
    CALENDAR_WEEKS,
    TREND_WEEKS,
    DayCell,
    ToldEarly,
    TrendWeek,
    calendar,
    describe,
    latest_resolved_week,
    trend_weeks,
)
from rekindle_desktop.ui.calendar_strip import CalendarStrip
from rekindle_desktop.ui.charts import NOTHING_YET, FeelingsChart, TrendChart
from rekindle_desktop.ui.charts import SCORE_COLOUR as SCORE_COLOUR  # what the page paints in
from rekindle_desktop.ui.domain_words import outcomes_said, trend_explained
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, day_and_month, translate
from rekindle_desktop.ui.widgets import card, label
from rekindle_desktop.ui.words import WINDOW_WORDS

READING_THE_CHART = QT_TRANSLATE_NOOP(
    "InsightsView",
    "The line is the trend. The soft bars show, for each week, the share of resolved "
    "plans and promises that were kept; a week with nothing resolved has no bar. "
    "Shaded stretches are pauses: nothing in them counts either way.",
)
NOT_A_STRAIGHT_LINE = QT_TRANSLATE_NOOP(
    "InsightsView",
    "Hard weeks are part of a longer story. What matters is the direction over months, "
    "not any single day.",
)


# --- the whole view ------------------------------------------------------------------------


class InsightsView(QWidget):
    """Insights for one record: a journal's own, or a reviewed partner's.

    Give it plain domain data: the commitments that count (`Ledger.commitments`, private
    ones left out), the pauses, this journal's own feelings ratings, and today.
    """

    def __init__(
        self,
        commitments: Iterable[Commitment] = (),
        pauses: Sequence[Pause] = (),
        feelings: Iterable[FeelingRating] = (),
        today: date | None = None,
        parent: QWidget | None = None,
        *,
        trend_weeks_shown: int = TREND_WEEKS,
        calendar_weeks: int = CALENDAR_WEEKS,
    ) -> None:
        super().__init__(parent)
        self.trend_weeks_shown = trend_weeks_shown
        self.calendar_weeks = calendar_weeks
        self.weeks: list[TrendWeek] = []
        self.cells: list[DayCell] = []
        self.score = 0.0

        self.headline = label("", "subheading")
        self.latest_week = label("")
        self.chart = TrendChart()
        self.feelings_title = label(
            translate("InsightsView", "How you have felt (your own ratings, 1 to 5)"), "subheading"
        )
        self.feelings_chart = FeelingsChart()
        self.explanation = label("", "muted")
        self.reading = label(translate("InsightsView", READING_THE_CHART), "muted")
        self.not_straight = label(translate("InsightsView", NOT_A_STRAIGHT_LINE), "muted")
        self.calendar_title = label("", "subheading")
        self.calendar = CalendarStrip()
        self.calendar_hint = label(
            translate(
                "InsightsView",
                "Point at a day to see its plans and promises counted. Today has a ring.",
            ),
            "muted",
        )
        self.summary = label("", "muted")
        self.summary.setAccessibleName(translate("InsightsView", "Insights in words"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        charts = QVBoxLayout()
        charts.setSpacing(8)
        charts.addWidget(label(translate("InsightsView", "Weekly trend"), "subheading"))
        charts.addWidget(self.chart, 3)
        charts.addWidget(self.feelings_title)
        charts.addWidget(self.feelings_chart, 2)
        words = QVBoxLayout()
        words.setSpacing(10)
        words.addWidget(label(translate("InsightsView", "What the trend means"), "subheading"))
        words.addWidget(self.explanation)
        words.addWidget(self.reading)
        words.addWidget(label(translate("InsightsView", "Not a straight line"), "subheading"))
        words.addWidget(self.not_straight)
        words.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addLayout(charts, 3)
        top.addLayout(words, 2)
        top_card = QWidget()
        top_card.setLayout(top)

        strip = QHBoxLayout()
        strip.addWidget(self.calendar)
        strip.addStretch(1)
        strip_box = QWidget()
        strip_box.setLayout(strip)
        strip.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(card(self.headline, self.latest_week, top_card))
        layout.addWidget(card(self.calendar_title, strip_box, self.calendar_hint))
        layout.addWidget(
            card(label(translate("InsightsView", "In words"), "subheading"), self.summary)
        )
        self.set_data(commitments, pauses, feelings, today)

    def set_data(
        self,
        commitments: Iterable[Commitment],
        pauses: Sequence[Pause],
        feelings: Iterable[FeelingRating] = (),
        today: date | None = None,
        told: ToldEarly | None = None,
    ) -> None:
        """Show this data; call again whenever the journal or the reviewed record changes.
        `told`: contact disclosures in the calendar's weeks, and how many were told early."""
        today = today or date.today()
        found = list(commitments)
        pauses = list(pauses)
        ratings = list(feelings)
        self.score = current_score(found, pauses)
        self.weeks = trend_weeks(found, pauses, ratings, today, weeks=self.trend_weeks_shown)
        self.cells = calendar(found, pauses, today, weeks=self.calendar_weeks)
        resolved = any(c.outcome.resolved for c in found)

        self.headline.setText(
            translate("InsightsView", "Trend: {score} out of 100").format(
                score=round(self.score * 100)
            )
            if resolved
            else translate("InsightsView", "No trend yet")
        )
        latest = latest_resolved_week(self.weeks)
        if latest is not None and latest.ratio is not None:
            said = translate("InsightsView", "Latest week with outcomes (from {day}): {words}.")
            self.latest_week.setText(
                said.format(
                    day=day_and_month(latest.starts, full=True), words=outcomes_said(latest.tally)
                )
            )
        else:
            self.latest_week.setText(translate("InsightsView", "No week with outcomes yet."))
        self.explanation.setText(
            trend_explained(self.score) if resolved else translate("InsightsView", NOTHING_YET)
        )
        self.chart.set_data(self.weeks, pauses)
        has_feelings = any(w.feelings for w in self.weeks)
        self.feelings_title.setVisible(has_feelings)
        self.feelings_chart.setVisible(has_feelings)
        self.feelings_chart.set_data(self.weeks)
        self.calendar_title.setText(
            translate("InsightsView", "Day by day, the last {weeks} weeks").format(
                weeks=self.calendar_weeks
            )
        )
        self.calendar.set_data(self.cells, today)
        words = describe(self.weeks, self.cells, self.score, words=WINDOW_WORDS)
        if told is not None and told.contacts:
            words += " " + translate(
                "InsightsView",
                "Contact disclosures in these weeks: {contacts}, {early} of them told soon "
                "after they happened. Telling early, before being asked, is what rebuilds "
                "trust.",
            ).format(contacts=told.contacts, early=told.early)
        self.summary.setText(words)
        self.setAccessibleName(translate("InsightsView", "Insights"))
        self.setAccessibleDescription(words)

    refresh = set_data
