"""The sharer's page: quick log, what needs an outcome, the consistency timeline."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.consistency import (
    Commitment,
    current_score,
    explain,
    weekly_summaries,
)
from rekindle_desktop.domain.entries import LOGGABLE_KINDS, EntryKind, Outcome, Promise
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.ui.needs_outcome import NeedsOutcomePanel
from rekindle_desktop.ui.quick_log import QuickLogBar
from rekindle_desktop.ui.timeline_delegate import TimelineDelegate
from rekindle_desktop.ui.timeline_model import TimelineFilter, TimelineModel
from rekindle_desktop.ui.widgets import card, label

EMPTY = (
    "Nothing logged yet. Start small: where you are right now, or tomorrow's plan. "
    "Choose a kind on the left of the bar above, type, and press Enter."
)
NO_MATCH = "Nothing matches these filters. Clear the search or choose “All kinds”."


class SharerView(QWidget):
    def __init__(self, log: JournalLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        clock = log.clock
        self.quick_log = QuickLogBar(
            log.add,
            log.saved_places,
            log.save_place,
            clock.zone,
            lambda: clock.now_utc().astimezone(clock.zone),
        )
        self.quick_log.saved.connect(lambda _entry: self.refresh())

        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName("Show kind")
        self.kind_filter.addItem("All kinds", None)
        for kind in LOGGABLE_KINDS:
            self.kind_filter.addItem(f"{kind.label}s", kind)
        self.outcome_filter = QComboBox()
        self.outcome_filter.setAccessibleName("Show outcome")
        self.outcome_filter.addItem("Any outcome", None)
        for outcome in Outcome:
            self.outcome_filter.addItem(outcome.label.capitalize(), outcome)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search your journal")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.kind_filter.currentIndexChanged.connect(self._apply_filter)
        self.outcome_filter.currentIndexChanged.connect(self._apply_filter)

        self.model = TimelineModel(self)
        self.view = QListView()
        self.view.setObjectName("timeline")
        self.view.setAccessibleName("Timeline")
        self.view.setModel(self.model)
        self.view.setItemDelegate(
            TimelineDelegate(clock.now_utc().astimezone(clock.zone).date(), self.view)
        )
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.empty = label(EMPTY, "muted")
        self.empty.setMargin(24)
        self.timeline_stack = QStackedWidget()
        self.timeline_stack.addWidget(self.view)
        self.timeline_stack.addWidget(self.empty)

        self.needs = NeedsOutcomePanel(self._resolve)
        self.needs.resolved.connect(self.refresh)
        self.trend = label("")
        self.trend.setObjectName("subheading")
        self.trend_words = label("", "muted")
        self.week = label("")

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.outcome_filter)
        filters.addWidget(self.search, 1)
        timeline_card = QFrame()
        timeline_card.setObjectName("card")
        inside = QVBoxLayout(timeline_card)
        inside.setContentsMargins(8, 10, 8, 8)
        inside.addLayout(filters)
        inside.addWidget(self.timeline_stack, 1)

        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(self.needs)
        side.addWidget(card(label("Consistency", "subheading"), self.trend, self.week,
                            self.trend_words))
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(390)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(timeline_card, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.quick_log)
        layout.addLayout(body, 1)
        self.refresh()

    def refresh(self) -> None:
        clock = self.log.clock
        now = clock.now_utc()
        self.model.set_rows(self.log.timeline())
        ledger = self.log.ledger
        self.needs.show_commitments(ledger.needs_outcome(clock.zone, now), self._title)
        commitments = ledger.commitments(clock.zone, now)
        pauses = ledger.pauses()
        score = current_score(commitments, pauses)
        weeks = weekly_summaries(commitments, pauses)
        self.trend.setText(f"Trend: {round(score * 100)} out of 100")
        self.trend_words.setText(explain(score))
        if weeks and weeks[-1].tally.resolved:
            tally = weeks[-1].tally
            self.week.setText(
                f"This week: {tally.kept} of {tally.resolved} resolved commitments kept "
                "(changes made with notice count as kept)."
            )
        else:
            self.week.setText("This week: nothing resolved yet.")
        self._show_empty_state()

    def _apply_filter(self) -> None:
        # Qt hands enum members back as their plain string values.
        kind = self.kind_filter.currentData()
        outcome = self.outcome_filter.currentData()
        typed = self.search.text().strip()
        self.model.set_filter(
            TimelineFilter(
                kinds=frozenset({EntryKind(kind)}) if kind else frozenset(),
                outcomes=frozenset({Outcome(outcome)}) if outcome else frozenset(),
                matching=frozenset(self.log.search(typed)) if typed else None,
            )
        )
        self._show_empty_state()

    def _show_empty_state(self) -> None:
        if self.model.total:
            self.timeline_stack.setCurrentWidget(self.view)
            return
        filtered = self.kind_filter.currentIndex() or self.outcome_filter.currentIndex()
        self.empty.setText(NO_MATCH if filtered or self.search.text() else EMPTY)
        self.timeline_stack.setCurrentWidget(self.empty)

    def _resolve(self, commitment: Commitment, outcome: Outcome) -> None:
        self.log.record_outcome(commitment.source, outcome, commitment.occurrence)

    def _title(self, commitment: Commitment) -> str:
        body = self.log.ledger.current_body(commitment.source)
        if isinstance(body, Promise):
            return body.text
        summary: str = body.summary()
        return summary

