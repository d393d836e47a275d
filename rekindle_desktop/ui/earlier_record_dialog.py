"""An earlier pairing's record: what was accepted before a pairing ended, as it was.

Shown apart from the current record, and only on request, so that a new pairing starts
fresh while nothing accepted is ever lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from rekindle_desktop.domain.entries import Entry
from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.domain.timeline import timeline_rows
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.stopping import Pairing
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.timeline_panel import TimelinePanel
from rekindle_desktop.ui.widgets import heading, label, local_day
from rekindle_desktop.ui.words import WINDOW_WORDS


class EarlierRecordDialog(QDialog):
    def __init__(
        self,
        pairing: Pairing,
        entries: tuple[Entry, ...],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("earlierRecordDialog")
        self.setWindowTitle(translate("EarlierRecord", "An earlier pairing"))
        self.resize(860, 620)
        now = clock.now_utc()
        ended = local_day(pairing.ended, clock.zone) if pairing.ended else ""
        self.timeline = TimelinePanel(
            now.astimezone(clock.zone).date(), translate("EarlierRecord", "Nothing was accepted.")
        )
        self.timeline.set_rows(
            timeline_rows(Ledger.of(entries), clock.zone, now, words=WINDOW_WORDS)
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(
                translate("EarlierRecord", "From your earlier pairing, until {day}").format(
                    day=ended
                )
            )
        )
        layout.addWidget(
            label(
                translate(
                    "EarlierRecord",
                    "Kept exactly as you accepted it (entries: {count}). {how} Read-only; "
                    "your current record is separate.",
                ).format(count=len(entries), how=pairing.describe(WINDOW_WORDS)),
                "muted",
            )
        )
        layout.addWidget(self.timeline, 1)
        layout.addWidget(close)
