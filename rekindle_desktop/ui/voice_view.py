"""The hurt partner's page: hard moments, kept for themselves, and requests to the sharer.

A moment stays on this computer unless the reviewer ticks "Ask my partner"; then it
waits as a request, and the next reply carries it. Each request shows where it stands
and how soon it was answered, in plain words: no streaks, no score.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.domain.safe_text import for_window
from rekindle_desktop.domain.voice import STRENGTHS, Wants
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import requests, sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.ui.entry_forms import DAY_FORMAT
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, day_and_month, translate
from rekindle_desktop.ui.reflow import FlowLayout, VerticalScroll
from rekindle_desktop.ui.widgets import (
    GentleNote,
    card,
    label,
    name_form_fields,
    named,
    primary_button,
    side_column,
)
from rekindle_desktop.ui.words import WINDOW_WORDS

STRENGTH_WORDS = {
    1: QT_TRANSLATE_NOOP("VoiceView", "1 · a passing moment"),
    2: QT_TRANSLATE_NOOP("VoiceView", "2 · it stayed with me for a while"),
    3: QT_TRANSLATE_NOOP("VoiceView", "3 · hard"),
    4: QT_TRANSLATE_NOOP("VoiceView", "4 · very hard"),
    5: QT_TRANSLATE_NOOP("VoiceView", "5 · overwhelming"),
}
WANTS_WORDS = {
    Wants.REASSURANCE: QT_TRANSLATE_NOOP("VoiceView", "Some reassurance"),
    Wants.ANSWER: QT_TRANSLATE_NOOP("VoiceView", "An answer to a question"),
    Wants.SPACE: QT_TRANSLATE_NOOP("VoiceView", "Some space"),
    Wants.TALK: QT_TRANSLATE_NOOP("VoiceView", "A talk at our next check-in"),
}
ASKED_FOR = {
    Wants.REASSURANCE: QT_TRANSLATE_NOOP("VoiceView", "You asked for some reassurance"),
    Wants.ANSWER: QT_TRANSLATE_NOOP("VoiceView", "You asked for an answer to a question"),
    Wants.SPACE: QT_TRANSLATE_NOOP("VoiceView", "You asked for some space"),
    Wants.TALK: QT_TRANSLATE_NOOP("VoiceView", "You asked for a talk at your next check-in"),
}
assert STRENGTH_WORDS.keys() == STRENGTHS.keys()


class VoiceView(QWidget):
    """Write down a hard moment; ask your partner; see how each request was met."""

    changed = Signal()

    def __init__(self, opened: JournalSession, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voiceView")
        self.journal = opened.journal  # passed on to services
        self.clock = clock
        self.text = named(QPlainTextEdit(), translate("VoiceView", "What brought it up"))
        self.text.setPlaceholderText(
            translate("VoiceView", "A place, a date, a song, a name… in your own words")
        )
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(110)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(translate("Days", DAY_FORMAT) + "  HH:mm")
        self.strength = QComboBox()
        for step, words in STRENGTH_WORDS.items():
            self.strength.addItem(translate("VoiceView", words), step)
        self.strength.setCurrentIndex(2)
        self.wants = QComboBox()
        for wants, words in WANTS_WORDS.items():
            self.wants.addItem(translate("VoiceView", words), wants.value)
        self.send = QCheckBox(translate("VoiceView", "Ask my partner for this"))
        self.send.setToolTip(
            translate(
                "VoiceView",
                "Off: it stays on this computer, for you. On: your next reply carries it.",
            )
        )
        self.note = GentleNote()
        keep = primary_button(translate("VoiceView", "Keep this trigger"))
        keep.clicked.connect(self.keep)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        # On a narrow window a field goes under its words rather than widen the page.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("VoiceView", "What brought it up"), self.text)
        form.addRow(translate("VoiceView", "When"), self.when)
        form.addRow(translate("VoiceView", "How strong"), self.strength)
        form.addRow(translate("VoiceView", "What would help"), self.wants)
        name_form_fields(form)
        row = FlowLayout(spacing=8)
        row.addWidget(self.send)
        row.addStretch()
        row.addWidget(keep)
        fields, actions = QWidget(), QWidget()
        fields.setLayout(form)
        actions.setLayout(row)
        moment_card = card(
            label(translate("VoiceView", "When something brings it back"), "subheading"),
            label(
                translate(
                    "VoiceView",
                    "Write it down here, for yourself. It stays on this computer unless you "
                    "choose to ask your partner for what would help.",
                ),
                "muted",
            ),
            fields,
            actions,
            self.note,
        )

        self.requests = named(QListWidget(), translate("VoiceView", "Your requests"))
        self.requests.setWordWrap(True)
        self.requests.setSpacing(6)
        self.requests_empty = label(
            translate(
                "VoiceView",
                "No requests yet. When you ask your partner for something, it shows here "
                "with their answer and how soon it came.",
            ),
            "muted",
        )
        requests_card = card(
            label(translate("VoiceView", "Your requests and their answers"), "subheading"),
            self.requests_empty,
            self.requests,
        )
        self.moments = named(QListWidget(), translate("VoiceView", "Your triggers"))
        self.moments.setWordWrap(True)
        self.moments.setSpacing(6)
        moments_card = card(
            label(translate("VoiceView", "Your triggers, only here"), "subheading"),
            self.moments,
        )
        body = QHBoxLayout()
        body.setSpacing(16)
        # A short window scrolls this column rather than grow taller than the screen.
        left_column = QWidget()
        left_column.setObjectName("page")
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(moment_card)
        left.addWidget(requests_card, 1)
        left_scroll = VerticalScroll(left_column)
        left_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        body.addWidget(left_scroll, 1)
        body.addWidget(side_column(moments_card))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(body, 1)
        self.refresh()

    def refresh(self) -> None:
        self.when.setDateTime(QDateTime.currentDateTime())
        self.requests.clear()
        made = requests.my_requests(self.journal)
        for state in made:
            request = state.request
            line = "{asked} · {state}\n{text}".format(
                asked=translate("VoiceView", ASKED_FOR[request.wants]),
                state=state.state(WINDOW_WORDS),
                text=for_window(request.text, one_line=True),
            )
            if state.answer is not None:
                line += "\n" + translate("VoiceView", "Their answer: {text}").format(
                    text=for_window(state.answer.text, one_line=True)
                )
            self.requests.addItem(QListWidgetItem(line))
        # Questions kept with the review notes travel too, as agenda questions.
        questions = [n for n in sharing.reviewer_notes(self.journal) if n.question]
        for note in reversed(questions):
            self.requests.addItem(
                "{asked} · {state}\n{text}".format(
                    asked=translate("VoiceView", "Your question for the next check-in"),
                    state=translate("VoiceView", "sent")
                    if note.sent
                    else translate("VoiceView", "goes with your next reply"),
                    text=for_window(note.text, one_line=True),
                )
            )
        listed = bool(made or questions)
        self.requests.setVisible(listed)
        self.requests_empty.setVisible(not listed)
        self.moments.clear()
        zone = self.clock.zone
        for moment in requests.triggers(self.journal):
            when = moment.happened.astimezone(zone)
            self.moments.addItem(
                f"{day_and_month(when.date())} {when:%H:%M} · "
                + translate("VoiceView", STRENGTH_WORDS[moment.strength])
                + f"\n{for_window(moment.text, one_line=True)}"
            )

    def keep(self) -> None:
        happened = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)
        try:
            moment = requests.log_trigger(
                self.journal,
                self.text.toPlainText(),
                strength=int(self.strength.currentData()),
                wants=Wants(self.wants.currentData()),
                happened=happened,
            )
            if self.send.isChecked():
                requests.ask_about(self.journal, moment)
        except UserFacingError as exc:
            self.note.say_error(exc)
            return
        self.note.say(
            translate("VoiceView", "Kept. Your next reply will carry it to your partner.")
            if self.send.isChecked()
            else translate("VoiceView", "Kept, for you alone. Nothing was sent.")
        )
        self.text.clear()
        self.send.setChecked(False)
        self.refresh()
        self.changed.emit()

    # --- through a lock --------------------------------------------------------------
    def unsaved(self) -> KeptDraft | None:
        if not self.text.toPlainText().strip():
            return None
        return KeptDraft(
            Where.TRIGGER,
            {
                "text": self.text.toPlainText(),
                "strength": str(self.strength.currentData()),
                "wants": str(self.wants.currentData()),
                "send": "1" if self.send.isChecked() else "0",
            },
        )

    def restore(self, draft: KeptDraft) -> None:
        self.text.setPlainText(draft.get("text"))
        for combo, name in ((self.strength, "strength"), (self.wants, "wants")):
            value = draft.get(name)
            index = combo.findData(int(value) if value.isdigit() else value)
            if index >= 0:
                combo.setCurrentIndex(index)
        self.send.setChecked(draft.get("send") == "1")
