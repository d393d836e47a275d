"""Presentation mode: sit together and hand over the screen. Nothing can be changed.

The database connection is switched to query-only while this page shows, so even a
bug could not write; there are no edit actions on the page either.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.ui.consistency_card import ConsistencyCard
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.timeline_panel import TimelinePanel
from rekindle_desktop.ui.widgets import label

WORDS = QT_TRANSLATE_NOOP(
    "PresentationView",
    "Presentation mode · read-only. Look through the timeline together; nothing can "
    "be added or changed here. Private entries are not shown.",
)


class PresentationView(QWidget):
    CONTENT = "journalContent"

    def __init__(
        self, log: JournalLog, leave: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.CONTENT)
        self.log = log
        log.journal.conn.execute("PRAGMA query_only = ON")
        clock = log.clock
        today = clock.now_utc().astimezone(clock.zone).date()
        self.timeline = TimelinePanel(
            today, translate("PresentationView", "Nothing shared has been logged yet.")
        )
        rows = [r for r in log.timeline() if "private" not in r.markers]
        self.timeline.set_rows(rows)
        ledger = log.ledger
        self.consistency = ConsistencyCard(
            translate("PresentationView", "No outcomes yet, so no trend yet.")
        )
        self.consistency.show_commitments(
            ledger.commitments(clock.zone, clock.now_utc()), ledger.pauses()
        )
        leave_button = QPushButton(translate("PresentationView", "Leave presentation mode"))
        leave_button.clicked.connect(leave)
        top = QHBoxLayout()
        top.addWidget(label(translate("PresentationView", WORDS), "muted"), 1)
        top.addWidget(leave_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.timeline, 1)
        side = QVBoxLayout()
        side.addWidget(self.consistency)
        side.addStretch(1)
        body.addLayout(side)
        layout.addLayout(body, 1)

    def finish(self) -> None:
        """Back to normal: the journal can be written again."""
        if self.log.journal.is_open:
            self.log.journal.conn.execute("PRAGMA query_only = OFF")
