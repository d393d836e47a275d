"""What an unlocked journal shows: the sharer's page, review mode, or both as tabs.

Everything in here is journal content: the window drops this widget when it locks.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.services import conversation
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.records import Records
from rekindle_desktop.store import settings
from rekindle_desktop.store.journal import Journal
from rekindle_desktop.ui.check_in_view import CheckInView
from rekindle_desktop.ui.insights_view import InsightsView
from rekindle_desktop.ui.review_view import ReviewView
from rekindle_desktop.ui.sharer_view import SharerView
from rekindle_desktop.ui.widgets import label

DEMO_NOTE = (
    "This is a demo journal. Nothing in it is real, and it is set aside when you close Rekindle."
)


class JournalView(QWidget):
    """The unlocked journal. Its object name marks it as content the lock must hide."""

    CONTENT = "journalContent"

    def __init__(
        self, journal: Journal, clock: Clock, *, demo: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.CONTENT)
        self.role = journal.get(settings.ROLE)
        self.sharer: SharerView | None = None
        self.review: ReviewView | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if demo:
            banner = QFrame()
            banner.setObjectName("banner")
            row = QHBoxLayout(banner)
            row.setContentsMargins(24, 8, 24, 8)
            row.addWidget(label(DEMO_NOTE))
            column.addWidget(banner)
        self.records = Records(journal, clock)
        if self.records.log is not None:
            self.sharer = SharerView(self.records.log)
        if self.role.reviews:
            self.review = ReviewView(self.records)
        self.check_ins = CheckInView(self.records)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        if self.sharer is not None:
            self.tabs.addTab(self.sharer, "My journal")
        if self.review is not None:
            self.tabs.addTab(
                self.review, "Review my partner's timeline" if self.sharer else "Review"
            )
        self.tabs.addTab(self.check_ins, "Check-ins")
        self.insights = InsightsView()
        insights_scroll = QScrollArea()
        insights_scroll.setWidget(self.insights)
        insights_scroll.setWidgetResizable(True)
        insights_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(insights_scroll, "Insights")
        self._insights_tab = insights_scroll
        self.tabs.currentChanged.connect(self._tab_changed)
        column.addWidget(self.tabs, 1)

    def _tab_changed(self, _index: int) -> None:
        # Each page reads the journal afresh when shown: another page may have changed it.
        page = self.tabs.currentWidget()
        if page is self._insights_tab:
            self.show_insights()
            return
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def show_insights(self) -> None:
        """The sharer's own record, or for a reviewer the accepted one, with own feelings."""
        clock = self.records.clock
        now = clock.now_utc()
        ledger = self.records.own_ledger() or self.records.reviewed_ledger()
        self.insights.set_data(
            ledger.commitments(clock.zone, now),
            ledger.pauses(),
            conversation.feelings(self.records.journal),
            now.astimezone(clock.zone).date(),
        )
