"""Review mode: the partner's accepted record, read-only by construction.

Nothing on this page can change the sharer's entries: there are no edit actions, and
the entries come from what was accepted, not from a live journal. The reviewer's own
notes and questions live in their own journal and never leave this computer.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.domain.entries import Ending
from rekindle_desktop.domain.safe_text import for_window
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import (
    agreements,
    review_summary,
    session,
    sharing,
    stopping,
    synced_files,
)
from rekindle_desktop.services.records import Records, review_lent
from rekindle_desktop.services.sharing import ReviewResult
from rekindle_desktop.ui.background import let_go, wait_without
from rekindle_desktop.ui.consistency_card import ConsistencyCard
from rekindle_desktop.ui.earlier_record_dialog import EarlierRecordDialog
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.pairing_dialog import PairingDialog
from rekindle_desktop.ui.reflow import FlowLayout
from rekindle_desktop.ui.stop_dialogs import StopReviewingDialog, said_plainly
from rekindle_desktop.ui.texts import READ_ONLY
from rekindle_desktop.ui.timeline_panel import TimelinePanel
from rekindle_desktop.ui.widgets import (
    GentleNote,
    card,
    holding,
    label,
    link_button,
    local_day,
    named,
    primary_button,
    side_column,
    uncut,
)
from rekindle_desktop.ui.words import WINDOW_WORDS

NOT_PAIRED = QT_TRANSLATE_NOOP(
    "ReviewView",
    "Next comes pairing with your partner, so that the timeline file they share can "
    "only be opened here and you can be sure it comes from them. Then you'll open "
    "their timeline file and look through it in your own time, with nothing to change "
    "or approve.",
)
NOTHING_YET = QT_TRANSLATE_NOOP(
    "ReviewView",
    "You're paired. When your partner shares a timeline file with you, open it here. "
    "Rekindle checks it is really from them and that it extends what you saw before.",
)


class ReviewView(QWidget):
    reviewed = Signal(object)  # ReviewResult
    reply_wanted = Signal()  # the reply form belongs to the check-ins page, drafts and all

    def __init__(self, records: Records, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.journal = records.journal
        clock = self.clock = records.clock
        self.watched: Path | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(1500)  # sync tools write in several steps
        self._settle.timeout.connect(self._review_watched)

        self.banner = label(translate("ReviewView", READ_ONLY), "muted")
        self.status = label("")
        self.status.setObjectName("subheading")
        self.result_note = GentleNote()
        self.pair_button = QPushButton(translate("ReviewView", "Pair with your partner…"))
        self.pair_button.clicked.connect(self.pair)
        self.open_button = primary_button(translate("ReviewView", "Open a timeline file…"))
        self.open_button.clicked.connect(self.choose_file)
        self.reply_button = QPushButton(translate("ReviewView", "Reply to your partner…"))
        self.reply_button.setToolTip(
            translate(
                "ReviewView",
                "Tell them what you have read, with questions or requests if you like",
            )
        )
        self.reply_button.clicked.connect(self.reply_wanted)
        self.stop_button = link_button(translate("ReviewView", "Stop reviewing…"))
        self.stop_button.setToolTip(
            translate("ReviewView", "End reviewing now, on your own; what you reviewed stays")
        )
        self.stop_button.clicked.connect(self.stop_reviewing)
        self.ended_heading = label("", "subheading")
        self.ended_words = label("")
        self.ended_card = card(
            self.ended_heading,
            self.ended_words,
            label(
                translate(
                    "ReviewView",
                    "Everything you reviewed stays here, read-only, for as long as you want "
                    "it, and so do your own notes. If you both want to share again one day, "
                    "you can pair again.",
                ),
                "muted",
            ),
        )
        self.summary_words = label("")
        hide_summary = link_button(translate("ReviewView", "Hide this summary"))
        summary_top = QHBoxLayout()  # compact: the timeline below keeps the room
        summary_top.setContentsMargins(0, 0, 0, 0)
        summary_top.addWidget(
            label(translate("ReviewView", "Since your last review"), "subheading"), 1
        )
        summary_top.addWidget(hide_summary)
        self.summary_card: QFrame = card(
            holding(summary_top),
            self.summary_words,
            label(
                translate(
                    "ReviewView",
                    "The details are in the timeline below, marked “new since your last "
                    "review”. Take them in your own time.",
                ),
                "muted",
            ),
            spacing=4,
        )
        hide_summary.clicked.connect(self.summary_card.hide)
        self._summary_for: tuple[int, int] | None = None
        self.agreement_note = GentleNote()
        self.rhythm = named(QComboBox(), translate("ReviewView", "How often you look"))
        for days, words in (
            (0, translate("ReviewView", "I look whenever I like")),
            (1, translate("ReviewView", "I look at most once a day")),
            (3, translate("ReviewView", "I look every 3 days")),
            (7, translate("ReviewView", "I look once a week")),
        ):
            self.rhythm.addItem(words, days)
        self.rhythm.setToolTip(
            translate(
                "ReviewView",
                "Your own rhythm. Opening a file sooner is never blocked; Rekindle only "
                "says so, kindly.",
            )
        )
        self.rhythm.setCurrentIndex(
            max(0, self.rhythm.findData(review_summary.rhythm(self.journal)))
        )
        self.rhythm.currentIndexChanged.connect(
            lambda: review_summary.set_rhythm(self.journal, int(self.rhythm.currentData()))
        )
        self._earlier: stopping.Pairing | None = None
        self.earlier_button = link_button("")
        self.earlier_button.clicked.connect(self.show_earlier)
        today = clock.now_utc().astimezone(clock.zone).date()
        self.timeline = TimelinePanel(today, translate("ReviewView", NOTHING_YET))
        self.consistency = ConsistencyCard(
            translate("ReviewView", "The trend appears once you have reviewed a file.")
        )

        self.note_text = named(uncut(QLineEdit()), translate("ReviewView", "Your own note"))
        self.note_text.setPlaceholderText(
            translate("ReviewView", "A feeling, a trigger, a question…")
        )
        self.note_text.returnPressed.connect(self.add_note)
        self.as_question = QCheckBox(translate("ReviewView", "A question for our next check-in"))
        self.notes = named(QListWidget(), translate("ReviewView", "Your own notes"))
        self.notes.setMaximumHeight(180)
        self.notes_note = GentleNote()
        add = QPushButton(translate("ReviewView", "Keep this note"))
        add.clicked.connect(self.add_note)

        actions = FlowLayout()  # on a narrow window the buttons wrap
        actions.addWidget(self.open_button)
        actions.addWidget(self.reply_button)
        actions.addWidget(self.pair_button)
        actions.addWidget(self.rhythm)
        actions.addStretch(1)
        actions.addWidget(self.earlier_button)
        actions.addWidget(self.stop_button)
        notes_card = card(
            label(translate("ReviewView", "Your own notes"), "subheading"),
            label(
                translate("ReviewView", "Only on this computer. Your partner never sees them."),
                "muted",
            ),
            self.note_text,
            self.as_question,
            add,
            self.notes_note,
            self.notes,
        )
        side_scroll = side_column(self.consistency, notes_card)
        # On a small screen the page scrolls rather than crush the timeline to a row.
        self.timeline.setMinimumHeight(260)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.timeline, 1)
        body.addWidget(side_scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        layout.addWidget(self.result_note)
        layout.addWidget(self.ended_card)
        layout.addWidget(self.summary_card)
        layout.addWidget(self.agreement_note)
        layout.addLayout(body, 1)
        self.refresh()

    # --- showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        work_out = self.records.reviewed_to_work_out()
        if work_out is not None:  # ten years of rows, worked out again beside the window
            wait_without(self, work_out)
            if not shiboken6.isValid(self) or not self.journal.is_open:
                return  # locked meanwhile
        paired = stopping.is_reviewing(self.journal)
        latest = sharing.latest_pairing(self.journal, sharing.SHARER)
        self.pair_button.setVisible(not paired)
        self.pair_button.setText(
            translate("ReviewView", "Pair again…")
            if latest is not None
            else translate("ReviewView", "Pair with your partner…")
        )
        self.open_button.setEnabled(paired)
        self.stop_button.setVisible(paired)
        self._show_earlier()
        state = self.records.reviewed()
        self.reply_button.setVisible(paired and bool(state.files_accepted))
        self.ended_card.setVisible(latest is not None and latest.ended is not None)
        if latest is not None and latest.ended is not None:
            self._show_end(latest, state)
        elif not paired:
            self.status.setText(translate("ReviewView", "Not paired yet"))
            self.timeline.empty.setText(translate("ReviewView", NOT_PAIRED))
        elif not state.files_accepted:
            self.status.setText(translate("ReviewView", "Nothing reviewed yet"))
        else:
            new = len(state.new_since_last_review)
            self.status.setText(
                translate(
                    "ReviewView", "{count} entries reviewed · {new} new since your last review"
                ).format(
                    count=WINDOW_WORDS.number(len(state.entries)), new=WINDOW_WORDS.number(new)
                )
                if new
                else translate("ReviewView", "{count} entries reviewed").format(
                    count=WINDOW_WORDS.number(len(state.entries))
                )
            )
        self._show_summary(state)
        self._show_agreement()
        self.timeline.set_rows(self.records.reviewed_rows())
        if latest is None:
            self.timeline.empty.setText(translate("ReviewView", NOT_PAIRED))
        self.consistency.show_commitments(
            self.records.reviewed_commitments(),
            self.records.reviewed_ledger().pauses(),
            self.records.reviewed_weeks(),
        )
        self._show_notes()

    def _show_end(self, latest: sharing.Partner, state: sharing.ReviewState) -> None:
        """A pairing that ended, said as an end: who stopped and when, never a failure."""
        assert latest.ended is not None
        day = local_day(latest.ended, self.clock.zone)
        count = len(state.entries)
        if latest.how == sharing.Ended.PARTNER_STOPPED:
            self.status.setText(translate("ReviewView", "Sharing has ended"))
            self.ended_heading.setText(
                translate("ReviewView", "Your partner stopped sharing on {day}.").format(day=day)
            )
            last = state.entries[-1].body if state.entries else None
            words = last.words if isinstance(last, Ending) else ""
            self.ended_words.setText(
                translate("ReviewView", "In their words: “{words}”").format(words=for_window(words))
                if words
                else ""
            )
        else:
            self.status.setText(translate("ReviewView", "You have stopped reviewing"))
            self.ended_heading.setText(
                translate("ReviewView", "You stopped reviewing on {day}.").format(day=day)
            )
            self.ended_words.setText("")
        self.ended_words.setVisible(bool(self.ended_words.text()))
        self.status.setText(
            self.status.text()
            + " · "
            + translate("ReviewView", "{count} entries reviewed").format(
                count=WINDOW_WORDS.number(count)
            )
        )

    def _show_summary(self, state: sharing.ReviewState) -> None:
        """Once per accepted file: what it brought, in words and counts."""
        version = (state.files_accepted, len(state.entries))
        if version == self._summary_for:
            return
        self._summary_for = version
        summary = self.records.reviewed_summary()  # of `state`, worked out with it
        self.summary_words.setText(summary.words(WINDOW_WORDS))
        self.summary_card.setVisible(bool(state.files_accepted and summary.new))

    def _show_agreement(self) -> None:
        """The agreement in the reviewed record: ended unrenewed, or a step met."""
        ledger = self.records.reviewed_ledger()
        today = self.clock.now_utc().astimezone(self.clock.zone).date()
        state = agreements.where_it_stands(
            ledger,
            self.records.reviewed_commitments(),
            ledger.pauses(),
            today,
            history=self.records.reviewed_score_history(),
        )
        said = [state.ended_words(WINDOW_WORDS), *state.step_words(WINDOW_WORDS)]
        if any(said):
            self.agreement_note.say("\n\n".join(p for p in said if p))
        else:
            self.agreement_note.clear()

    def _show_earlier(self) -> None:
        earlier = stopping.earlier_records(self.journal)
        self._earlier = earlier[-1] if earlier else None
        self.earlier_button.setVisible(self._earlier is not None)
        self.earlier_button.setText(translate("ReviewView", "Your earlier pairing…"))
        self.earlier_button.setToolTip(
            translate("ReviewView", "What you accepted before, kept as it was (read-only)")
        )

    def show_earlier(self) -> EarlierRecordDialog | None:
        if self._earlier is None:
            return None
        entries = stopping.accepted_in(self.journal, self._earlier)
        dialog = EarlierRecordDialog(self._earlier, entries, self.clock, self)
        dialog.setModal(True)
        dialog.open()
        return dialog

    def stop_reviewing(self) -> StopReviewingDialog:
        dialog = StopReviewingDialog(self.journal, self)
        dialog.accepted.connect(lambda: said_plainly(self, dialog.message))
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog

    def _show_notes(self) -> None:
        self.notes.clear()
        for note in sharing.reviewer_notes(self.journal):
            self.notes.addItem(
                translate("ReviewView", "Question · {note}").format(note=note.text)
                if note.question
                else note.text
            )

    # --- acting ------------------------------------------------------------------------
    def pair(self) -> None:
        if PairingDialog(self.journal, self).exec():
            self.refresh()

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            translate("ReviewView", "Open a timeline file"),
            "",
            translate("ReviewView", "Rekindle timeline (*.rekindle);;All files (*)"),
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> ReviewResult | None:
        last_look = self.records.reviewed().last_accepted_at
        sooner = review_summary.sooner_than_chosen(
            self.journal, last_look, self.clock.now_utc(), words=WINDOW_WORDS
        )
        try:
            result = self._review_responsively(path)
        except UserFacingError as exc:
            if shiboken6.isValid(self):
                self.result_note.say_error(exc)
            return None
        if result is None:
            return None  # locked or closed meanwhile: the journal is not here to show it
        details = "\n".join(for_window(d, one_line=True) for d in result.differences)
        said = (result.next_step, details, sooner, self._about_copies(path))
        say = self.result_note.say_done if result.verdict.accepted else self.result_note.say
        say(result.message, "\n".join(p for p in said if p))
        if not synced_files.is_conflict_copy(path):  # looked at once, never watched
            self._watch(path)
        self.refresh()
        self.reviewed.emit(result)
        return result

    def _review_responsively(self, path: Path) -> ReviewResult | None:
        """Read and review the file on a worker's own connection, the window painting
        and answering meanwhile; None if this page went away (a lock) before it ended.
        Raises UserFacingError for a file that can't be read."""
        lent = session.lend(self.journal)
        before = self.records.reviewed_so_far()
        self.result_note.say_done(translate("ReviewView", "Reading the file…"))
        result, read = wait_without(
            self.open_button,
            lambda: review_lent(
                lent, self.clock, sharing.read_incoming(path), words=WINDOW_WORDS, before=before
            ),
        )
        if not shiboken6.isValid(self) or not self.journal.is_open:
            return None
        let_go(self.records.adopt_reviewed(read))
        return result

    def unsaved(self) -> KeptDraft | None:
        """The reviewer's own note, typed and not yet kept."""
        if not self.note_text.text().strip():
            return None
        question = "1" if self.as_question.isChecked() else "0"
        return KeptDraft(Where.REVIEW_NOTES, {"note": self.note_text.text(), "question": question})

    def restore(self, draft: KeptDraft) -> None:
        self.note_text.setText(draft.get("note"))
        self.as_question.setChecked(draft.get("question") == "1")

    def add_note(self) -> None:
        try:
            sharing.add_reviewer_note(
                self.journal, self.note_text.text(), question=self.as_question.isChecked()
            )
        except UserFacingError as exc:
            self.notes_note.say_error(exc)
            return
        self.notes_note.clear()
        self.note_text.clear()
        self.as_question.setChecked(False)
        self._show_notes()

    # --- a file a sync tool keeps up to date --------------------------------------------
    def _watch(self, path: Path) -> None:
        if self.watched == path:
            return
        watching = self.watcher.files() + self.watcher.directories()
        if watching:
            self.watcher.removePaths(watching)
        self.watched = path
        self.watcher.addPath(str(path))
        # The folder too: a file a sync tool deleted and brought back later is no
        # longer watched by name, and only the folder says it is back.
        self.watcher.addPath(str(path.parent))

    def _file_changed(self, _name: str) -> None:
        self._settle.start()

    def _folder_changed(self, _name: str) -> None:
        watched = self.watched
        if watched is None or str(watched) in self.watcher.files() or not watched.exists():
            return  # a temporary file or a copy beside it: the file itself says when it changes
        self.watcher.addPath(str(watched))
        self._settle.start()

    def _about_copies(self, path: Path) -> str:
        """A word on conflict copies a sync tool made: never watched, safe to delete."""
        if synced_files.is_conflict_copy(path):
            return translate(
                "ReviewView",
                "This is a conflict copy: your sync tool kept it when the file changed on "
                "both computers at once. Rekindle doesn't watch copies like this; it "
                "watches the file without “conflict” in its name.",
            )
        copies = synced_files.conflict_copies(path)
        if not copies:
            return ""
        return translate(
            "ReviewView",
            "Beside this file, your sync tool kept a conflict copy ({copy}) from a time "
            "the file changed on both computers at once. Rekindle looks only at {file}, "
            "so the copy is safe to delete.",
        ).format(copy=copies[-1].name, file=path.name)

    def _review_watched(self) -> None:
        if self.watched is None or not self.watched.exists():
            return
        if str(self.watched) not in self.watcher.files():
            self.watcher.addPath(str(self.watched))  # replaced by rename: watch again
        result = self.open_file(self.watched)
        if result is not None and result.new_entries:
            said = (result.next_step, self._about_copies(self.watched))
            self.result_note.say_done(
                translate(
                    "ReviewView", "Your partner's timeline file was updated. {message}"
                ).format(message=result.message),
                "\n".join(p for p in said if p),
            )
