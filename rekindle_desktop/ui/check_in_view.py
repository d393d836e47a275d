"""Check-ins: the next talk, an agenda both partners add to, prompts, notes, and feelings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.check_ins import LISTENING, PROMPTS, agreement_review_due
from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.domain.feelings import Feeling
from rekindle_desktop.domain.safe_text import for_window
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import conversation, replies, sharing
from rekindle_desktop.services.records import Records
from rekindle_desktop.ui.days import weekday_words
from rekindle_desktop.ui.domain_words import domain_word, feeling_name
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.reply_dialog import ReplyDialog
from rekindle_desktop.ui.service_words import said_refusal
from rekindle_desktop.ui.widgets import (
    GentleNote,
    card,
    holding,
    label,
    link_button,
    name_form_fields,
    named,
    primary_button,
    text_area,
    uncut,
)

# Each rating says what its number means, from the person's side, without judging it
# (a counsellor's anchors: a 1 is where someone is today, not a grade).
NOT_RATED = QT_TRANSLATE_NOOP("CheckInView", "Not rated today")
SCALE_WORDS = {
    Feeling.SAFETY: (
        QT_TRANSLATE_NOOP("CheckInView", "1 · I don't feel safe"),
        QT_TRANSLATE_NOOP("CheckInView", "2 · A little safe"),
        QT_TRANSLATE_NOOP("CheckInView", "3 · Somewhat safe"),
        QT_TRANSLATE_NOOP("CheckInView", "4 · Mostly safe"),
        QT_TRANSLATE_NOOP("CheckInView", "5 · Safe"),
    ),
    Feeling.TRUST: (
        QT_TRANSLATE_NOOP("CheckInView", "1 · Very little trust"),
        QT_TRANSLATE_NOOP("CheckInView", "2 · A little trust"),
        QT_TRANSLATE_NOOP("CheckInView", "3 · Some trust"),
        QT_TRANSLATE_NOOP("CheckInView", "4 · A good deal of trust"),
        QT_TRANSLATE_NOOP("CheckInView", "5 · Full trust"),
    ),
    Feeling.CONNECTION: (
        QT_TRANSLATE_NOOP("CheckInView", "1 · Far apart"),
        QT_TRANSLATE_NOOP("CheckInView", "2 · A little close"),
        QT_TRANSLATE_NOOP("CheckInView", "3 · Somewhat close"),
        QT_TRANSLATE_NOOP("CheckInView", "4 · Close"),
        QT_TRANSLATE_NOOP("CheckInView", "5 · Very close"),
    ),
}
FEELING_QUESTIONS = {
    Feeling.SAFETY: QT_TRANSLATE_NOOP(
        "CheckInView", "How safe do you feel in the relationship today?"
    ),
    Feeling.TRUST: QT_TRANSLATE_NOOP("CheckInView", "How much do you trust your partner today?"),
    Feeling.CONNECTION: QT_TRANSLATE_NOOP(
        "CheckInView", "How close do you feel to each other today?"
    ),
}
# A "State of the Union" talk (after the Gottmans' practice): appreciation before any
# problem, one issue at a time, and each partner's needs said, not guessed.
STATE_OF_THE_UNION = (
    QT_TRANSLATE_NOOP("CheckInView", "Appreciations: a few from each of you, first"),
    QT_TRANSLATE_NOOP("CheckInView", "What went well since the last talk"),
    QT_TRANSLATE_NOOP("CheckInView", "One issue, just one, said gently"),
    QT_TRANSLATE_NOOP("CheckInView", "What each of us needs next"),
)


class CheckInView(QWidget):
    replied = Signal(str)  # where the reply was saved, in words

    def __init__(self, records: Records, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.journal = records.journal  # passed on to services
        self.clock = records.clock
        self.reply_form: ReplyDialog | None = None  # while it is open
        role = records.role
        self.when = label("")
        self.when.setObjectName("subheading")
        self.agreement_note = GentleNote()
        self.agenda = named(QListWidget(), translate("CheckInView", "Agenda"))
        self.agenda.setMaximumHeight(160)
        self.agenda_text = uncut(QLineEdit())
        self.agenda_text.setPlaceholderText(translate("CheckInView", "Add something to talk about"))
        self.agenda_text.setAccessibleName(translate("CheckInView", "Add to the agenda"))
        self.agenda_text.returnPressed.connect(self.add_item)
        add = QPushButton(translate("CheckInView", "Add"))
        add.setAccessibleName(translate("CheckInView", "Add to the agenda"))
        add.clicked.connect(self.add_item)
        self.notes = text_area(
            translate("CheckInView", "Notes from the talk, if you want to keep any"),
            translate("CheckInView", "Notes from the check-in talk"),
        )
        self.notes.setMaximumHeight(160)
        outline = link_button(translate("CheckInView", "Use the State of the Union outline"))
        outline.setToolTip(
            translate(
                "CheckInView",
                "A longer, calm talk: appreciations first, what went well, one issue only, "
                "and what each of you needs next",
            )
        )
        outline.clicked.connect(self.use_state_of_the_union)
        held = primary_button(translate("CheckInView", "We had our check-in"))
        held.clicked.connect(self.hold)
        self.talk_note = GentleNote()

        self.ratings = {feeling: _rating_choice(feeling) for feeling in Feeling}
        save_feelings = QPushButton(translate("CheckInView", "Keep today's ratings"))
        save_feelings.clicked.connect(self.save_feelings)
        self.feelings_note = label("", "muted")

        self.partner = label("", "muted")
        self.reply_note = GentleNote()
        partner_buttons = QHBoxLayout()
        if role.reviews:
            send = QPushButton(translate("CheckInView", "Reply to your partner…"))
            send.clicked.connect(self.send_reply)
            partner_buttons.addWidget(send)
        if role.shares:
            open_reply = QPushButton(translate("CheckInView", "Open your partner's reply…"))
            open_reply.clicked.connect(self.choose_reply)
            partner_buttons.addWidget(open_reply)
        partner_buttons.addStretch(1)

        agenda_row = QHBoxLayout()
        agenda_row.addWidget(self.agenda_text, 1)
        agenda_row.addWidget(add)
        talk = card(
            label(translate("CheckInView", "Next check-in talk"), "subheading"),
            self.when,
            self.agreement_note,
            label(translate("CheckInView", "Agenda"), "subheading"),
            self.agenda,
            holding(agenda_row),
            label(translate("CheckInView", "Notes"), "subheading"),
            outline,
            self.notes,
            held,
            self.talk_note,
        )
        prompts = card(
            label(translate("CheckInView", "Prompts for the conversation"), "subheading"),
            label(domain_word(LISTENING), "muted"),
            *self._prompt_labels(),
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: stacked
        for feeling, combo in self.ratings.items():
            form.addRow(feeling_name(feeling), combo)
        name_form_fields(form)
        feelings_card = card(
            label(translate("CheckInView", "How are you feeling?"), "subheading"),
            label(
                translate(
                    "CheckInView",
                    "Optional, and only in your journal. A hard week is part of a longer arc. ",
                )
                + (
                    translate("CheckInView", "You choose whether a reply includes it.")
                    if role.reviews
                    else ""
                ),
                "muted",
            ),
            holding(form),
            save_feelings,
            self.feelings_note,
        )
        partner_card = card(
            label(translate("CheckInView", "Between you"), "subheading"),
            self.partner,
            holding(partner_buttons),
            self.reply_note,
        )
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(talk)
        left.addWidget(partner_card)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(prompts)
        right.addWidget(feelings_card)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        inner = QWidget()
        inner.setObjectName("page")
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(24, 16, 24, 16)
        inner_layout.addLayout(columns)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("CheckInView", "Check-ins"))
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    def use_state_of_the_union(self) -> None:
        """Put the outline's headings into the notes, after anything already typed."""
        headings = "\n\n".join(
            f"{translate('CheckInView', title)}:\n" for title in STATE_OF_THE_UNION
        )
        typed = self.notes.toPlainText().rstrip()
        self.notes.setPlainText(f"{typed}\n\n{headings}" if typed else headings)
        self.notes.setFocus()

    def _prompt_labels(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for title, questions in PROMPTS:
            widgets.append(label(domain_word(title), "subheading"))
            widgets.append(label("\n".join(f"• {domain_word(q)}" for q in questions)))
        return widgets

    def today(self) -> date:
        return self.clock.now_utc().astimezone(self.clock.zone).date()

    def refresh(self) -> None:
        agreement = self.records.agreement()
        due = conversation.talk_due(self.journal, self.today(), agreement)
        if due.overdue_days:
            self.when.setText(
                translate(
                    "CheckInView",
                    "It was planned for {day}. Whenever you are both ready is fine.",
                ).format(day=weekday_words(due.day))
            )
        elif due.day == self.today():
            self.when.setText(translate("CheckInView", "Today, or whenever you are both ready."))
        else:
            self.when.setText(weekday_words(due.day))
        if agreement and agreement_review_due(agreement.review_on, self.today()):
            self.agreement_note.say(
                translate(
                    "CheckInView",
                    "Your agreement is up for review: a good talk to have together. "
                    "Transparency is scaffolding, not a life sentence.",
                ),
                translate(
                    "CheckInView",
                    "The sharer can write the next version from Agreement… on their page.",
                ),
            )
        else:
            self.agreement_note.clear()
        self.agenda.clear()
        items = conversation.open_agenda(self.journal)
        for item in items:
            who = (
                translate("CheckInView", "From your partner")
                if item.from_partner
                else translate("CheckInView", "You")
            )
            self.agenda.addItem(f"{who} · {for_window(item.text)}")  # a reply's, perhaps
        if not items:
            self.agenda.addItem(
                translate("CheckInView", "Nothing on the agenda yet. Either of you can add to it.")
            )
        latest = replies.latest_reply(self.journal)
        if latest is not None:
            text = translate(
                "CheckInView", "Your partner has read the first {count} entries you shared."
            ).format(count=latest.read_up_to)
            if latest.body.feelings is not None:
                f = latest.body.feelings
                shared = ", ".join(
                    f"{feeling_name(feeling)} {f.get(feeling)}"
                    for feeling in Feeling
                    if f.get(feeling) is not None
                )
                text += translate(
                    "CheckInView", " They chose to share how they feel: {feelings} (out of 5)."
                ).format(feelings=shared)
            self.partner.setText(text)
        elif sharing.accepted_count(self.journal):
            self.partner.setText(
                translate(
                    "CheckInView", "You can reply to let your partner know how far you've read."
                )
            )
        else:
            self.partner.setText(
                translate("CheckInView", "Replies and acknowledgements appear here.")
            )

    def unsaved(self) -> list[KeptDraft]:
        """The agenda line and the talk's notes, and an open reply's agenda, if they hold words."""
        found = []
        agenda, notes = self.agenda_text.text(), self.notes.toPlainText()
        if agenda.strip() or notes.strip():
            found.append(KeptDraft(Where.CHECK_IN_PAGE, {"agenda": agenda, "notes": notes}))
        reply = self.reply_form.unsaved() if self.reply_form is not None else None
        if reply is not None and self.reply_form is not None and self.reply_form.isVisible():
            found.append(reply)
        return found

    def restore(self, draft: KeptDraft) -> None:
        if draft.where is Where.REPLY:
            self.send_reply(restored=draft)
            return
        self.agenda_text.setText(draft.get("agenda"))
        self.notes.setPlainText(draft.get("notes"))

    def add_item(self) -> None:
        try:
            conversation.add_agenda_item(self.journal, self.agenda_text.text())
        except UserFacingError as exc:
            self.talk_note.say_error(exc)
            return
        self.talk_note.clear()
        self.agenda_text.clear()
        self.refresh()

    def hold(self) -> None:
        try:
            conversation.hold_talk(
                self.journal, self.notes.toPlainText(), self.today(), self.clock.now_utc()
            )
        except UserFacingError as exc:
            self.talk_note.say_error(exc)
            return
        self.notes.clear()
        self.talk_note.say(translate("CheckInView", "Kept. Thank you both for making the time."))
        self.refresh()

    def save_feelings(self) -> None:
        values = {f: c.currentIndex() or None for f, c in self.ratings.items()}
        try:
            conversation.record_feelings(
                self.journal,
                self.today(),
                safety=values[Feeling.SAFETY],
                trust=values[Feeling.TRUST],
                connection=values[Feeling.CONNECTION],
            )
        except UserFacingError as exc:
            self.feelings_note.setText(said_refusal(exc))
            return
        self.feelings_note.setText(
            translate("CheckInView", "Kept for today. You can change it any time today.")
        )

    def send_reply(self, restored: KeptDraft | None = None) -> ReplyDialog:
        """The reply form, window-modal, without waiting: the window stays free to lock."""
        dialog = ReplyDialog(self.records, self)
        if restored is not None:
            dialog.restore(restored)
        self.reply_form = dialog
        dialog.finished.connect(lambda _result: self._reply_closed(dialog))
        dialog.open()
        return dialog

    def _reply_closed(self, dialog: ReplyDialog) -> None:
        if self.reply_form is dialog:
            self.reply_form = None
        dialog.deleteLater()
        if dialog.made is not None:
            words = translate(
                "CheckInView",
                "Reply saved to {path}. It travels as timeline files do: a shared folder, "
                "a USB stick or an email attachment.",
            ).format(path=dialog.made.path)
            self.reply_note.say_done(words)
            self.replied.emit(words)
            self.refresh()

    def choose_reply(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            translate("CheckInView", "Open your partner's reply"),
            "",
            translate("CheckInView", "Rekindle reply (*.rekindle-reply *.rekindle);;All files (*)"),
        )
        if name:
            self.open_reply(Path(name))

    def open_reply(self, path: Path) -> None:
        try:
            received = replies.receive_reply(self.journal, sharing.read_incoming(path))
        except UserFacingError as exc:
            self.reply_note.say_error(exc)
            return
        if not received.new:
            said = translate("CheckInView", "You have already opened this reply.")
        elif not received.older:
            said = translate("CheckInView", "Reply received.")
        elif received.body.questions or received.body.agenda:
            said = translate(
                "CheckInView",
                "This reply is older than one you already opened, so how far your partner "
                "has read stays as it was. What it asks, not seen before, joins the agenda.",
            )
        else:
            said = translate(
                "CheckInView", "This reply is older than one you already opened; nothing changed."
            )
        if received.body.ended and received.new:
            said = translate(
                "CheckInView",
                "Your partner has stopped reviewing. Nothing more will be shared with them "
                "unless you both pair again. Your journal stays as it is, and so does what "
                "they already saw.",
            )
        self.reply_note.say(said)
        self.refresh()


def _rating_choice(feeling: Feeling) -> QComboBox:
    """Not rated, then 1 to 5, each with words; index 0 is 'not rated', i is rating i."""
    combo = QComboBox()
    combo.addItem(translate("CheckInView", NOT_RATED))
    combo.addItems([translate("CheckInView", words) for words in SCALE_WORDS[feeling]])
    combo.setToolTip(translate("CheckInView", FEELING_QUESTIONS[feeling]))
    return combo
