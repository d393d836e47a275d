"""Presentation mode: sit together and hand over the screen. Nothing can be changed.

The journal is made read-only while this page shows (its session's set_read_only), so
even a bug could not write; there are no edit actions on the page either.

The page is read from a sofa: its text is larger than the rest of Rekindle, and the
trend and the timeline share one centred column that takes the window's width up to a
comfortable line length. Esc, like the button, leaves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.ui import style
from rekindle_desktop.ui.consistency_card import ConsistencyCard
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.timeline_panel import TimelinePanel
from rekindle_desktop.ui.widgets import label

WORDS = QT_TRANSLATE_NOOP(
    "PresentationView",
    "Presentation mode · read-only. Look through the timeline together; nothing can "
    "be added or changed here. Private entries are not shown.",
)
SCALE = 1.5  # of the app's text size: large enough to read across a room
COLUMN_CHARACTERS = 110  # the column's widest, in average characters of the larger text
LEAVE_KEYS = QKeySequence(Qt.Key.Key_Escape)


def larger_text(points: float) -> str:
    """A style sheet for the page: its text at `points`, and the app's heading rules
    again at that size. (Under the app's style sheet a widget's font does not reach its
    children, so the size goes through a style sheet too.)"""
    return (
        f"QWidget {{ font-size: {points:.1f}pt; }}\n"
        f"QLabel#heading {{ font-size: {points * style.HEADING_SCALE:.1f}pt; }}\n"
        f"QLabel#subheading {{ font-size: {points * style.SUBHEADING_SCALE:.1f}pt; }}"
    )


class PresentationView(QWidget):
    CONTENT = "journalContent"

    def __init__(
        self, log: JournalLog, leave: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.CONTENT)
        self.log = log
        log.session.set_read_only(True)
        self.timeline = self._make_timeline(log)
        self.consistency = self._make_consistency(log)
        self.leave_button = self._make_leave_button(leave)
        self.column = self._make_column()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        # The column takes all the width up to its widest; past that, the two stretches
        # share what is left, so it stays centred.
        layout.addStretch(1)
        layout.addWidget(self.column, 1000)
        layout.addStretch(1)
        self._enlarge()

    def _enlarge(self) -> None:
        """Every word on the page at SCALE: rows, filters, the trend and its headings."""
        font = QFont(self.font())
        font.setPointSizeF(QFontInfo(font).pointSizeF() * SCALE)
        self.setStyleSheet(larger_text(font.pointSizeF()))
        self.column.setMaximumWidth(QFontMetrics(font).averageCharWidth() * COLUMN_CHARACTERS)

    def _make_timeline(self, log: JournalLog) -> TimelinePanel:
        clock = log.clock
        today = clock.now_utc().astimezone(clock.zone).date()
        timeline = TimelinePanel(
            today, translate("PresentationView", "Nothing shared has been logged yet.")
        )
        timeline.set_rows([r for r in log.timeline() if "private" not in r.markers])
        return timeline

    @staticmethod
    def _make_consistency(log: JournalLog) -> ConsistencyCard:
        clock, ledger = log.clock, log.ledger
        card = ConsistencyCard(
            translate("PresentationView", "No outcomes yet, so no trend yet."), compact=True
        )
        card.show_commitments(ledger.commitments(clock.zone, clock.now_utc()), ledger.pauses())
        return card

    def _make_leave_button(self, leave: Callable[[], None]) -> QPushButton:
        button = QPushButton(translate("PresentationView", "Leave presentation mode"))
        button.setShortcut(LEAVE_KEYS)
        button.setToolTip(translate("PresentationView", "Esc leaves presentation mode too."))
        button.clicked.connect(leave)
        return button

    def _make_column(self) -> QWidget:
        """The words and the way out, the trend, then the timeline, one under the other."""
        column = QWidget()
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(label(translate("PresentationView", WORDS), "muted"), 1)
        top.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.consistency)
        layout.addWidget(self.timeline, 1)
        return column

    def finish(self) -> None:
        """Back to normal: the journal can be written again."""
        self.log.session.set_read_only(False)
