"""The sharer's page: quick log, what needs an outcome, the consistency timeline."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
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
from rekindle_desktop.domain.entries import (
    LOGGABLE_KINDS,
    Draft,
    Entry,
    EntryKind,
    Outcome,
    Promise,
)
from rekindle_desktop.domain.timeline import Marker, TimelineRow
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.ui.agreement_dialog import AgreementDialog, PauseDialog
from rekindle_desktop.ui.entry_forms import EntryDialog
from rekindle_desktop.ui.needs_outcome import NeedsOutcomePanel
from rekindle_desktop.ui.quick_log import QuickLogBar
from rekindle_desktop.ui.timeline_delegate import TimelineDelegate
from rekindle_desktop.ui.timeline_model import ROW_ROLE, TimelineFilter, TimelineModel
from rekindle_desktop.ui.widgets import card, label

EMPTY = (
    "Nothing logged yet. Start small: where you are right now, or tomorrow's plan. "
    "Choose a kind on the left of the bar above, type, and press Enter."
)
CORRECTABLE = LOGGABLE_KINDS
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
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._row_menu)
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
        side.addWidget(
            card(label("Consistency", "subheading"), self.trend, self.week, self.trend_words)
        )
        side.addStretch(1)
        side_inner = QWidget()
        side_inner.setObjectName("page")
        side_inner.setLayout(side)
        side_widget = QScrollArea()
        side_widget.setWidget(side_inner)
        side_widget.setWidgetResizable(True)
        side_widget.setFrameShape(QFrame.Shape.NoFrame)
        side_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_widget.setFixedWidth(400)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(timeline_card, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.quick_log)
        self.agreement_summary = label("", "muted")
        agreement_button = QPushButton("Agreement…")
        agreement_button.setToolTip("What you share, how often you talk, and your boundaries")
        agreement_button.clicked.connect(self.edit_agreement)
        pause_button = QPushButton("Plan a pause…")
        pause_button.setToolTip("Holidays or illness: paused days are shown as a pause")
        pause_button.clicked.connect(self.plan_pause)
        side.insertWidget(
            2,
            card(
                label("Agreement", "subheading"),
                self.agreement_summary,
                agreement_button,
                pause_button,
            ),
        )
        layout.addLayout(body, 1)
        self.refresh()

    def edit_agreement(self) -> None:
        agreements = self.log.ledger.agreements()
        clock = self.log.clock
        dialog = AgreementDialog(
            agreements[-1] if agreements else None,
            self.log.add,
            clock.now(),
            clock.now_utc().astimezone(clock.zone).date(),
            self,
        )
        if dialog.exec():
            self.refresh()

    def plan_pause(self) -> None:
        clock = self.log.clock
        dialog = PauseDialog(
            self.log.add, clock.now(), clock.now_utc().astimezone(clock.zone).date(), self
        )
        if dialog.exec():
            self.refresh()

    def refresh(self) -> None:
        clock = self.log.clock
        now = clock.now_utc()
        agreements = self.log.ledger.agreements()
        if agreements:
            latest = agreements[-1]
            today = now.astimezone(clock.zone).date()
            when = (
                "it's time to look at it again together."
                if latest.review_on <= today
                else f"look at it again on {latest.review_on:%d %B %Y}."
            )
            self.agreement_summary.setText(
                f"Version {latest.version}: check-in talks every "
                f"{latest.check_in_every_days} days; {when}"
            )
        else:
            self.agreement_summary.setText(
                "No agreement written yet. Agree together what is shared, how often you "
                "talk, your boundaries, and when to look at it again."
            )
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

    # --- corrections, withdrawals, outcomes on a row ---------------------------------
    def _row_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        row: TimelineRow = index.data(ROW_ROLE)
        menu = self.row_actions(row)
        if not menu.isEmpty():
            menu.exec(self.view.viewport().mapToGlobal(point))

    def row_actions(self, row: TimelineRow) -> QMenu:
        """What can be added about a row. Nothing here edits it: each adds an entry."""
        menu = QMenu(self)
        ledger = self.log.ledger
        if row.beside is not None or ledger.is_retracted(row.entry_id):
            return menu
        if row.outcome is not None and Marker.DUE not in row.markers:
            outcomes = menu.addMenu("How it went")
            for outcome in Outcome:
                if outcome.resolved:
                    action = outcomes.addAction(outcome.label.capitalize())
                    action.triggered.connect(lambda _=False, o=outcome: self._set_outcome(row, o))
        entry = ledger.entries[row.entry_id]
        if row.occurrence is None and entry.kind in CORRECTABLE:
            menu.addAction("Correct…").triggered.connect(lambda: self.correct(row.entry_id))
        if row.occurrence is None:
            menu.addAction("Withdraw…").triggered.connect(lambda: self.withdraw(row.entry_id))
        return menu

    def correct(self, entry_id: int) -> None:
        entry = self.log.ledger.entries[entry_id]
        clock = self.log.clock

        def save(draft: Draft) -> Entry:
            return self.log.amend(entry_id, draft.body)

        dialog = EntryDialog(
            entry.kind,
            save,
            zone=clock.zone,
            now=clock.now_utc(),
            places=self.log.saved_places(),
            parent=self,
        )
        dialog.setWindowTitle("Correct an entry")
        dialog.private.hide()
        dialog.prefill(self.log.ledger.current_body(entry_id), clock.zone)
        if dialog.exec():
            self.refresh()

    def withdraw(self, entry_id: int) -> None:
        why, ok = QInputDialog.getText(
            self,
            "Withdraw an entry",
            "The entry stays in the record, marked as withdrawn, so nothing disappears.\n"
            "Why withdraw it? (optional)",
        )
        if not ok:
            return
        try:
            self.log.retract(entry_id, why)
        except UserFacingError as exc:
            QMessageBox.information(self, "Not withdrawn", str(exc))
            return
        self.refresh()

    def _set_outcome(self, row: TimelineRow, outcome: Outcome) -> None:
        try:
            self.log.record_outcome(row.entry_id, outcome, row.occurrence)
        except UserFacingError as exc:
            QMessageBox.information(self, "Outcome not saved", str(exc))
            return
        self.refresh()

    def _resolve(self, commitment: Commitment, outcome: Outcome) -> None:
        self.log.record_outcome(commitment.source, outcome, commitment.occurrence)

    def _title(self, commitment: Commitment) -> str:
        body = self.log.ledger.current_body(commitment.source)
        if isinstance(body, Promise):
            return body.text
        summary: str = body.summary()
        return summary
