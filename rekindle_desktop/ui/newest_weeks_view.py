"""A long journal's newest weeks, shown while the years before them are read.

Laid out as the sharer's page is: the quick-log bar, and under it the timeline of the
newest weeks, exactly as the whole journal shows them. Logging works at once; beside it a
quiet card says what comes once everything is read. The journal's view puts the page
itself in its place then, with anything typed here still there.

A reviewer's long record opens the same way, laid out as the review page is: the
newest weeks of what they reviewed, read-only, with its marks (`NewestReviewedView`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from rekindle_desktop.domain.drafts import KeptDraft
from rekindle_desktop.domain.entries import Entry
from rekindle_desktop.domain.timeline import TimelineRow
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.quick_log import quick_log_bar
from rekindle_desktop.ui.texts import READ_ONLY
from rekindle_desktop.ui.timeline_panel import TimelinePanel
from rekindle_desktop.ui.widgets import card, label, logging_columns, side_column

# Enough to fill the timeline on any screen, read in a few hundredths of a second.
NEWEST_WEEKS = 4
STILL_READING = QT_TRANSLATE_NOOP(
    "NewestWeeksView",
    "These are your newest weeks. The weeks before them, your agreement, sharing, what "
    "needs an outcome and the trend appear here in a moment, once your whole journal has "
    "been read. You can log something now.",
)
NOTHING_YET = QT_TRANSLATE_NOOP("NewestWeeksView", "Nothing was logged in the last four weeks.")
STILL_READING_REVIEWED = QT_TRANSLATE_NOOP(
    "NewestReviewedView",
    "These are the newest weeks of what you reviewed. The weeks before them, the trend, "
    "your notes and opening a new timeline file appear here in a moment, once the whole "
    "record has been read.",
)
NOTHING_REVIEWED_YET = QT_TRANSLATE_NOOP(
    "NewestReviewedView", "Nothing in what you reviewed happened in the last four weeks."
)


class NewestWeeksView(QWidget):
    def __init__(self, log: JournalLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        clock = log.clock
        self.quick_log = quick_log_bar(log)
        self.logged = 0  # entries saved here, for the page to follow up (see JournalView)
        self.quick_log.saved.connect(self._saved)
        today = clock.now_utc().astimezone(clock.zone).date()
        self.timeline = TimelinePanel(
            today, translate("NewestWeeksView", NOTHING_YET), search=log.search
        )
        self.reading = label(translate("NewestWeeksView", STILL_READING), "muted")
        body = logging_columns(self.quick_log, self.timeline, side_column(card(self.reading)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)  # as the sharer's page, so nothing moves
        layout.addLayout(body, 1)
        self.timeline.set_rows(log.timeline())

    def _saved(self, _entry: Entry) -> None:
        self.logged += 1
        self.timeline.set_rows(self.log.timeline())

    def unsaved(self) -> list[KeptDraft]:
        """Words typed in the quick-log bar or its form and not saved yet."""
        return self.quick_log.unsaved()

    def restore(self, draft: KeptDraft) -> None:
        self.quick_log.restore(draft)


class NewestReviewedView(QWidget):
    """The newest weeks of a long reviewed record, read-only, as the review page shows them."""

    def __init__(self, today: date, rows: list[TimelineRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = TimelinePanel(today, translate("NewestReviewedView", NOTHING_REVIEWED_YET))
        self.reading = label(translate("NewestReviewedView", STILL_READING_REVIEWED), "muted")
        body = QHBoxLayout()  # as the review page's timeline and side column
        body.setSpacing(16)
        body.addWidget(self.timeline, 1)
        body.addWidget(side_column(card(self.reading)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)  # as the review page's
        layout.setSpacing(10)
        layout.addWidget(label(translate("ReviewView", READ_ONLY), "muted"))
        layout.addLayout(body, 1)
        self.timeline.set_rows(rows)
