"""The sharer's page: quick log, what needs an outcome, the consistency timeline."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.consistency import (
    Commitment,
)
from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.domain.entries import (
    LOGGABLE_KINDS,
    Draft,
    Entry,
    EntryKind,
    Outcome,
    Promise,
)
from rekindle_desktop.domain.timeline import Marker, TimelineRow
from rekindle_desktop.domain.voice import Request
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import requests, session, sharing, stopping
from rekindle_desktop.services.agreements import partner_agreed, where_it_stands
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.ui.agreement_dialog import AgreementDialog, PauseDialog
from rekindle_desktop.ui.background import wait_responsively, wait_without
from rekindle_desktop.ui.consistency_card import ConsistencyCard
from rekindle_desktop.ui.days import day_words
from rekindle_desktop.ui.domain_words import kind_name
from rekindle_desktop.ui.entry_forms import EntryDialog
from rekindle_desktop.ui.export_dialog import ExportDialog
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, day_and_month, translate
from rekindle_desktop.ui.needs_outcome import NeedsOutcomePanel
from rekindle_desktop.ui.pairing_dialog import PairingDialog
from rekindle_desktop.ui.quick_log import quick_log_bar
from rekindle_desktop.ui.reflow import FlowLayout, WrappingCheckBox
from rekindle_desktop.ui.requests_card import AnswerDialog, RequestsCard
from rekindle_desktop.ui.service_words import said_error
from rekindle_desktop.ui.stop_dialogs import StopSharingDialog, said_plainly
from rekindle_desktop.ui.timeline_model import ROW_ROLE, first_upper, outcome_words
from rekindle_desktop.ui.timeline_panel import TimelinePanel
from rekindle_desktop.ui.widgets import (
    card,
    label,
    link_button,
    local_day,
    logging_columns,
    side_column,
)
from rekindle_desktop.ui.withdraw_dialog import WithdrawDialog
from rekindle_desktop.ui.words import WINDOW_WORDS

EMPTY = QT_TRANSLATE_NOOP(
    "SharerView",
    "Nothing logged yet. Start small, in your own words: a check-in about where you "
    "are now, tomorrow's plans, or one of the promises you are making. Choose a kind "
    "in the quick-log bar above, type, and press Enter. Nothing leaves this computer "
    "unless you export it.",
)
CORRECTABLE = LOGGABLE_KINDS


Form = (
    EntryDialog | AgreementDialog | PauseDialog | StopSharingDialog | AnswerDialog | WithdrawDialog
)


class SharerView(QWidget):
    shared = Signal(str)  # the path of a timeline file just written

    def __init__(self, log: JournalLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = log
        # A correction, the agreement or a pause, while its form is open (window-modal).
        self.form: Form | None = None
        clock = log.clock
        self.quick_log = quick_log_bar(log)
        self.quick_log.saved.connect(lambda _entry: self.changed())

        today = clock.now_utc().astimezone(clock.zone).date()
        self.timeline = TimelinePanel(today, translate("SharerView", EMPTY), search=log.search)
        self.timeline.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.view.customContextMenuRequested.connect(self._row_menu)
        # The Menu key and Shift+F10 open the menu for the current row (see eventFilter).
        self.timeline.view.installEventFilter(self)

        self.requests = RequestsCard(log, lambda request: self.answer(request))
        self.requests.answered.connect(self.changed)
        self.needs = NeedsOutcomePanel(self._resolve)
        self.needs.resolved.connect(self.changed)
        self.consistency = ConsistencyCard(
            translate(
                "SharerView",
                "The trend appears once a plan or promise has an outcome. It moves slowly, "
                "on purpose: trust comes back through consistency, not one good day.",
            )
        )

        self.agreement_summary = label("", "muted")
        self.agreement_state = label("")  # an ending, or a step met: said plainly
        self.agreement_state.hide()
        agreement_button = QPushButton(translate("SharerView", "Agreement…"))
        agreement_button.setToolTip(
            translate("SharerView", "What you share, how often you talk, and your boundaries")
        )
        agreement_button.clicked.connect(self.edit_agreement)
        pause_button = QPushButton(translate("SharerView", "Plan a pause…"))
        pause_button.setToolTip(
            translate("SharerView", "Holidays or illness: paused days are shown as a pause")
        )
        pause_button.clicked.connect(self.plan_pause)
        share_button = self.share_button = QPushButton()
        share_button.setToolTip(
            translate("SharerView", "A signed, encrypted file of what you chose to share")
        )
        share_button.clicked.connect(self.share)
        self.stop_button = link_button(translate("SharerView", "Stop sharing…"))
        self.stop_button.setToolTip(
            translate("SharerView", "End sharing now, on your own; your journal stays as it is")
        )
        self.stop_button.clicked.connect(lambda: self.stop_sharing())
        self.sharing_state = label("", "muted")
        self.last_shared = label("", "muted")
        self.auto_share = WrappingCheckBox(
            translate("SharerView", "Also save it to a folder after each change")
        )
        self.auto_share.setToolTip(
            translate(
                "SharerView", "For example a folder a sync tool already shares with your partner"
            )
        )
        self.auto_share.setChecked(bool(log.session.auto_export_folder))
        self.auto_share.toggled.connect(self.choose_auto_folder)
        self.share_note = label("", "muted")
        # The button first: at 960x600 (a small screen with large text) it is in view.
        share_card = card(
            label(translate("SharerView", "Share with your partner"), "subheading"),
            self.sharing_state,
            share_button,
            self.last_shared,
            label(
                translate(
                    "SharerView",
                    "You see exactly what the file holds before it leaves. "
                    "Private entries never do.",
                ),
                "muted",
            ),
            self.auto_share,
            self.share_note,
            self.stop_button,
        )
        agreement_buttons = QWidget()
        buttons_row = FlowLayout(agreement_buttons, spacing=8)
        buttons_row.addWidget(agreement_button)
        buttons_row.addWidget(pause_button)
        agreement_card = card(
            label(translate("SharerView", "Agreement"), "subheading"),
            self.agreement_summary,
            self.agreement_state,
            agreement_buttons,
        )
        # The timeline and what is logged into it on the left; beside it, from the top,
        # what the two of you agreed, sharing it, what needs an outcome, and the trend.
        # Agreement and Share come first, so a small screen shows them without scrolling.
        side = side_column(agreement_card, share_card, self.needs, self.consistency)
        body = logging_columns(self.quick_log, self.timeline, side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.requests)
        layout.addLayout(body, 1)
        self.refresh()

    def changed(self) -> None:
        """Something was saved: show it, and refresh the shared folder's file if asked."""
        self.refresh()
        if not self.auto_share.isChecked():
            return
        lent = session.lend(self.log.journal)
        try:  # a whole file may be written: beside the window, never on it
            result = wait_responsively(lambda: session.on_own_connection(lent, sharing.auto_export))
        except UserFacingError as exc:
            if shiboken6.isValid(self):
                self.share_note.setText(" ".join(said_error(exc)).strip())
            return
        if result is not None and shiboken6.isValid(self):
            self.share_note.setText(
                translate("SharerView", "Saved to {path} ({count} entries).").format(
                    path=result.path, count=result.size
                )
            )

    def choose_auto_folder(self, on: bool) -> None:
        opened = self.log.session
        if not on:
            opened.auto_export_folder = ""
            self.share_note.setText(
                translate("SharerView", "Timeline files are saved only when you choose.")
            )
            return
        folder = QFileDialog.getExistingDirectory(
            self, translate("SharerView", "Save timeline files to")
        )
        if not folder:
            self.auto_share.blockSignals(True)
            self.auto_share.setChecked(False)
            self.auto_share.blockSignals(False)
            return
        opened.auto_export_folder = folder
        self.share_note.setText(
            translate(
                "SharerView", "After each change, the file in {folder} is brought up to date."
            ).format(folder=folder)
        )
        self.changed()

    def share(self) -> None:
        journal = self.log.journal
        unpaired = sharing.paired_with(journal, sharing.REVIEWER) is None
        if unpaired and not PairingDialog(journal, self).exec():
            return
        dialog = ExportDialog(self.log.session, self)
        if dialog.exec() and dialog.result_path is not None:
            self.share_note.setText(
                translate(
                    "SharerView",
                    "Saved: {path}. To get it to your partner, put it in a folder you both "
                    "sync, on a USB stick, or attach it to an email; they open it with "
                    "“Open a timeline file…”.",
                ).format(path=dialog.result_path)
            )
            self._show_sharing_state()
            self.shared.emit(str(dialog.result_path))

    def edit_agreement(self, restored: KeptDraft | None = None) -> AgreementDialog:
        agreements = self.log.ledger.agreements()
        clock = self.log.clock
        dialog = AgreementDialog(
            agreements[-1] if agreements else None,
            self.log.add,
            clock.now(),
            clock.now_utc().astimezone(clock.zone).date(),
            self,
        )
        if restored is not None:
            dialog.restore(restored)
        self._open_form(dialog)
        return dialog

    def plan_pause(self, restored: KeptDraft | None = None) -> PauseDialog:
        clock = self.log.clock
        dialog = PauseDialog(
            self.log.add, clock.now(), clock.now_utc().astimezone(clock.zone).date(), self
        )
        if restored is not None:
            dialog.restore(restored)
        self._open_form(dialog)
        return dialog

    def _open_form(self, dialog: Form) -> None:
        """Window-modal, without waiting: the window stays free to lock, which closes it."""
        self.form = dialog
        dialog.finished.connect(lambda result: self._form_closed(dialog, result))
        dialog.open()

    def _form_closed(self, dialog: QWidget, result: int) -> None:
        if self.form is dialog:
            self.form = None
        dialog.deleteLater()
        if result:
            self.changed()

    # --- through a lock ------------------------------------------------------------------
    def unsaved(self) -> list[KeptDraft]:
        """Words typed on this page and not saved: the quick-log bar and any open form."""
        found = self.quick_log.unsaved()
        if self.form is not None and self.form.isVisible():
            draft = self.form.unsaved()
            if draft is not None:
                found.append(draft)
        return found

    def restore(self, draft: KeptDraft) -> None:
        if draft.where in (Where.QUICK_LOG, Where.ENTRY_FORM):
            self.quick_log.restore(draft)
        elif draft.where is Where.CORRECTION:
            about = draft.about
            if about is not None and about in self.log.ledger.entries:
                self.correct(about, restored=draft)
        elif draft.where is Where.AGREEMENT:
            self.edit_agreement(restored=draft)
        elif draft.where is Where.PAUSE:
            self.plan_pause(restored=draft)
        elif draft.where is Where.STOP_SHARING and stopping.is_sharing(self.log.journal):
            self.stop_sharing(restored=draft)
        elif draft.where is Where.WITHDRAW:
            if draft.about is not None and draft.about in self.log.ledger.entries:
                self.withdraw(draft.about, restored=draft)
        elif draft.where is Where.ANSWER:
            waiting = {r.request.id: r.request for r in requests.open_requests(self.log.journal)}
            if draft.about in waiting:
                self.answer(waiting[draft.about], restored=draft)

    def answer(self, request: Request, restored: KeptDraft | None = None) -> AnswerDialog:
        dialog = AnswerDialog(self.log, request, self)
        if restored is not None:
            dialog.restore(restored)
        self._open_form(dialog)
        return dialog

    def stop_sharing(self, restored: KeptDraft | None = None) -> StopSharingDialog:
        dialog = StopSharingDialog(self.log, self)
        if restored is not None:
            dialog.restore(restored)
        dialog.accepted.connect(lambda: said_plainly(self, dialog.message))
        self._open_form(dialog)
        return dialog

    def _show_sharing_state(self) -> None:
        """Sharing as it stands: with whom, stopped (and how), or not yet paired."""
        journal = self.log.journal
        lasting = stopping.is_sharing(journal)
        latest = sharing.latest_pairing(journal, sharing.REVIEWER)
        self.stop_button.setVisible(lasting)
        self.auto_share.setVisible(lasting or latest is None)
        last = sharing.last_shared(journal)
        if last is not None:
            when = last[0].astimezone(self.log.clock.zone)
            self.last_shared.setText(
                translate("SharerView", "Last shared {day} at {time}, to {path}").format(
                    day=day_and_month(when.date(), full=True), time=f"{when:%H:%M}", path=last[1]
                )
            )
        self.last_shared.setVisible(last is not None)
        if lasting or latest is None or latest.ended is None:
            self.sharing_state.setVisible(False)
            self.share_button.setText(translate("SharerView", "Share a timeline file…"))
            return
        day = local_day(latest.ended, self.log.clock.zone)
        self.sharing_state.setText(
            (
                translate("SharerView", "Your partner stopped reviewing on {day}.")
                if latest.how == sharing.Ended.PARTNER_STOPPED
                else translate("SharerView", "Sharing stopped on {day}.")
            ).format(day=day)
            + " "
            + translate(
                "SharerView",
                "Your journal stays as it is. To share again one day, pair again together.",
            )
        )
        self.sharing_state.setVisible(True)
        self.share_button.setText(translate("SharerView", "Pair again and share…"))

    def refresh(self) -> None:
        self._work_out_responsively()
        if not shiboken6.isValid(self):
            return  # locked (and closed) meanwhile
        clock = self.log.clock
        now = clock.now_utc()
        agreements = self.log.ledger.agreements()
        if agreements:
            latest = agreements[-1]
            today = now.astimezone(clock.zone).date()
            if latest.review_on <= today:
                summary = translate(
                    "SharerView",
                    "Version {version}: check-in talks every {days} days; "
                    "it's time to look at it again together.",
                )
            else:
                summary = translate(
                    "SharerView",
                    "Version {version}: check-in talks every {days} days; "
                    "look at it again on {date}.",
                )
            state = where_it_stands(
                self.log.ledger,
                self.log.commitments(),
                self.log.ledger.pauses(),
                today,
                history=self.log.score_history(),
            )
            ends = (
                translate("SharerView", " It ends on {date} unless you agree a new one.").format(
                    date=day_words(latest.ends_on)
                )
                if latest.ends_on and state.ended_on is None
                else ""
            )
            self.agreement_summary.setText(
                summary.format(
                    version=latest.version,
                    days=latest.check_in_every_days,
                    date=day_words(latest.review_on),
                )
                + ends
            )
            said = [state.ended_words(WINDOW_WORDS), *state.step_words(WINDOW_WORDS)]
            if stopping.is_sharing(self.log.journal) and state.ended_on is None:
                agreed = partner_agreed(self.log.journal, latest.version)
                said.append(
                    (
                        translate("SharerView", "Your partner agreed to version {version}.")
                        if agreed
                        else translate(
                            "SharerView",
                            "Your partner hasn't agreed to version {version} in a reply yet.",
                        )
                    ).format(version=latest.version)
                )
            self.agreement_state.setText("\n\n".join(p for p in said if p))
            self.agreement_state.setVisible(any(said))
        else:
            self.agreement_summary.setText(
                translate(
                    "SharerView",
                    "No agreement written yet. Agree together what is shared, how often you "
                    "talk, your boundaries, and when to look at it again.",
                )
            )
        self._show_sharing_state()
        self.requests.refresh()
        self.timeline.set_rows(self.log.timeline())
        self.needs.show_commitments(self.log.needs_outcome(), self._title)
        self.consistency.show_commitments(
            self.log.commitments(), self.log.ledger.pauses(), self.log.weeks()
        )

    def _work_out_responsively(self) -> None:
        """The timeline, commitments and what needs an outcome, worked out beside the
        window (a pause redraws ten years of rows) and kept by the log, so the rest of
        `refresh` only draws. The page takes no input meanwhile: the log must not change
        under the worker."""
        late = self.log.late_after()
        if self.log.worked_out(late):
            return  # all kept: no need to take the page's input away and give it back
        _ = self.log.ledger  # read from the journal here, on its own thread, if not yet
        wait_without(self, lambda: self.log.work_out(late))

    # --- corrections, withdrawals, outcomes on a row ---------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """From the keyboard, the row menu is for the current row, wherever the mouse is."""
        if watched is self.timeline.view and (
            (
                event.type() == QEvent.Type.ContextMenu
                and isinstance(event, QContextMenuEvent)
                and event.reason() == QContextMenuEvent.Reason.Keyboard
            )
            or (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_F10
                and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
            )
        ):
            self._current_row_menu()
            return True
        return super().eventFilter(watched, event)

    def _row_menu(self, point: QPoint) -> None:
        """The mouse's menu: for the row under the pointer (in viewport coordinates)."""
        index = self.timeline.view.indexAt(point)
        if index.isValid():
            self._open_row_menu(index, point)

    def _current_row_menu(self) -> None:
        view = self.timeline.view
        index = view.currentIndex()
        if not index.isValid():
            return
        view.scrollTo(index)
        rect = view.visualRect(index)
        self._open_row_menu(index, QPoint(rect.left() + rect.width() // 3, rect.center().y()))

    def _open_row_menu(self, index: QModelIndex, point: QPoint) -> None:
        row: TimelineRow = index.data(ROW_ROLE)
        menu = self.row_actions(row)
        if not menu.isEmpty():
            menu.exec(self.timeline.view.viewport().mapToGlobal(point))
        menu.deleteLater()

    def row_actions(self, row: TimelineRow) -> QMenu:
        """What can be added about a row. Nothing here edits it: each adds an entry."""
        menu = QMenu(self)
        ledger = self.log.ledger
        if row.beside is not None or ledger.is_retracted(row.entry_id):
            return menu
        if row.outcome is not None and Marker.DUE not in row.markers:
            outcomes = menu.addMenu(translate("SharerView", "How it went"))
            for outcome in Outcome:
                if outcome.resolved:
                    action = outcomes.addAction(first_upper(outcome_words(outcome)))
                    action.triggered.connect(lambda _=False, o=outcome: self._set_outcome(row, o))
        entry = ledger.entries[row.entry_id]
        if row.occurrence is None and entry.kind in CORRECTABLE:
            correct = menu.addAction(translate("SharerView", "Correct…"))
            correct.triggered.connect(lambda: self.correct(row.entry_id))
        if row.occurrence is None and entry.kind is not EntryKind.ENDING:
            withdraw = menu.addAction(translate("SharerView", "Withdraw…"))
            withdraw.triggered.connect(lambda: self.withdraw(row.entry_id))
        return menu

    def correct(self, entry_id: int, restored: KeptDraft | None = None) -> EntryDialog:
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
        dialog.setWindowTitle(translate("SharerView", "Correct an entry"))
        dialog.private.hide()
        dialog.correcting = entry_id
        dialog.prefill(self.log.ledger.current_body(entry_id), clock.zone)
        if restored is not None:
            dialog.restore(restored)
        self._open_form(dialog)
        return dialog

    def withdraw(self, entry_id: int, restored: KeptDraft | None = None) -> WithdrawDialog:
        entry = self.log.ledger.entries[entry_id]
        dialog = WithdrawDialog(
            entry_id,
            f"{kind_name(entry.kind)}: "
            f"{self.log.ledger.current_body(entry_id).summary(words=WINDOW_WORDS)}",
            lambda why: self.log.retract(entry_id, why),
            self,
        )
        if restored is not None:
            dialog.restore(restored)
        self._open_form(dialog)
        return dialog

    def _set_outcome(self, row: TimelineRow, outcome: Outcome) -> None:
        try:
            self.log.record_outcome(row.entry_id, outcome, row.occurrence)
        except UserFacingError as exc:
            QMessageBox.information(
                self,
                translate("SharerView", "Outcome not saved"),
                " ".join(said_error(exc)).strip(),
            )
            return
        self.changed()

    def _resolve(self, commitment: Commitment, outcome: Outcome) -> None:
        self.log.record_outcome(commitment.source, outcome, commitment.occurrence)

    def _title(self, commitment: Commitment) -> str:
        body = self.log.ledger.current_body(commitment.source)
        if isinstance(body, Promise):
            return body.text
        summary: str = body.summary(words=WINDOW_WORDS)
        return summary
