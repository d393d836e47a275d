"""What the partner asks, at the top of the sharer's page, and a way to answer in words.

Open requests are worded gently ("Your partner would like some reassurance"); each can
be answered now or moved to the next check-in, and either way the partner sees it in
the next timeline file. All requests, with how soon each was answered, are one click
away: plain words, no streaks, apart from the consistency trend.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.domain.safe_text import for_window
from rekindle_desktop.domain.voice import Request, Wants
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import requests
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, day_and_month, translate
from rekindle_desktop.ui.widgets import (
    GentleNote,
    heading,
    label,
    link_button,
    named,
    primary_button,
    save_cancel,
    text_area,
)
from rekindle_desktop.ui.words import WINDOW_WORDS

WOULD_LIKE = {
    Wants.REASSURANCE: QT_TRANSLATE_NOOP(
        "RequestsCard", "Your partner would like some reassurance"
    ),
    Wants.ANSWER: QT_TRANSLATE_NOOP("RequestsCard", "Your partner would like an answer"),
    Wants.SPACE: QT_TRANSLATE_NOOP("RequestsCard", "Your partner would like some space"),
    Wants.TALK: QT_TRANSLATE_NOOP(
        "RequestsCard", "Your partner would like to talk at your next check-in"
    ),
}


def would_like(request: Request) -> str:
    return translate("RequestsCard", WOULD_LIKE[request.wants])


def asked_on(request: Request, log: JournalLog) -> str:
    when = request.asked.astimezone(log.clock.zone)
    return f"{day_and_month(when.date())}, {when:%H:%M}"


class RequestsCard(QFrame):
    """Open requests, each with Answer… and At our next check-in; hidden when none."""

    answered = Signal()

    def __init__(
        self,
        log: JournalLog,
        open_answer: Callable[[Request], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.log = log
        self._open_answer = open_answer
        self.rows = QVBoxLayout()
        self.rows.setSpacing(10)
        self.note = GentleNote()
        everything = link_button(translate("RequestsCard", "All requests and answers…"))
        everything.clicked.connect(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 14, 22, 14)
        layout.addWidget(label(translate("RequestsCard", "Your partner asks"), "subheading"))
        layout.addLayout(self.rows)
        layout.addWidget(self.note)
        layout.addWidget(everything)
        self.refresh()

    def refresh(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not at the next turn of the event loop
                widget.deleteLater()
        waiting = requests.open_requests(self.log.journal)
        for received in waiting:
            self.rows.addWidget(self._row(received.request))
        self.setVisible(bool(waiting) or bool(self.note.text()))

    def _row(self, request: Request) -> QWidget:
        row = QWidget()
        words = label(
            translate("RequestsCard", "{would_like} (asked {when}):\n“{text}”").format(
                would_like=would_like(request),
                when=asked_on(request, self.log),
                text=for_window(request.text),
            )
        )
        answer = primary_button(translate("RequestsCard", "Answer…"))
        answer.setDefault(False)
        answer.setAutoDefault(False)
        answer.clicked.connect(lambda: self._open_answer(request))
        later = QPushButton(translate("RequestsCard", "At our next check-in"))
        later.setToolTip(
            translate(
                "RequestsCard",
                "Puts it on the agenda, and tells your partner you'd like to talk about it then",
            )
        )
        later.clicked.connect(lambda: self.at_next_check_in(request))
        buttons = QVBoxLayout()
        buttons.addWidget(answer)
        buttons.addWidget(later)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(words, 1)
        line.addLayout(buttons)
        return row

    def at_next_check_in(self, request: Request) -> None:
        try:
            requests.at_next_check_in(self.log, request.id)
        except UserFacingError as exc:
            self.note.say_error(exc)
            return
        self.note.say(
            translate(
                "RequestsCard",
                "It's on the agenda for your next check-in. Your partner will see that in "
                "your next timeline file.",
            )
        )
        self.refresh()
        self.answered.emit()

    def show_all(self) -> QDialog:
        dialog = AllRequestsDialog(self.log, self)
        dialog.open()
        return dialog


class AnswerDialog(QDialog):
    """An answer in words to one request; shared in the next timeline file."""

    def __init__(self, log: JournalLog, request: Request, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerDialog")
        self.setWindowTitle(translate("RequestsCard", "Answer your partner"))
        self.setMinimumWidth(520)
        self.log = log
        self.request = request
        self.saved = False
        self.text = text_area(
            translate("RequestsCard", "In your own words"),
            translate("RequestsCard", "Your answer"),
        )
        self.text.setMinimumHeight(140)
        self.note = GentleNote()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(would_like(request)))
        layout.addWidget(
            label(
                translate("RequestsCard", "Asked {when}: “{text}”").format(
                    when=asked_on(request, log), text=for_window(request.text)
                )
            )
        )
        layout.addWidget(self.text)
        layout.addWidget(
            label(
                translate(
                    "RequestsCard",
                    "Your answer goes into your journal and is shared in your next timeline "
                    "file, with when you wrote it.",
                ),
                "muted",
            )
        )
        layout.addWidget(self.note)
        layout.addWidget(save_cancel(self, self.save))

    def save(self) -> None:
        try:
            requests.answer(self.log, self.request.id, self.text.toPlainText().strip())
        except UserFacingError as exc:
            self.note.say_error(exc)
            return
        self.saved = True
        self.accept()

    def unsaved(self) -> KeptDraft | None:
        if not self.text.toPlainText().strip():
            return None
        return KeptDraft(Where.ANSWER, {"text": self.text.toPlainText()}, self.request.id)

    def restore(self, draft: KeptDraft) -> None:
        self.text.setPlainText(draft.get("text"))


class AllRequestsDialog(QDialog):
    """Every request of this pairing and how soon it was answered: plain words only."""

    def __init__(self, log: JournalLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RequestsCard", "Responsiveness: requests and answers"))
        self.resize(620, 460)
        self.list = named(
            QListWidget(), translate("RequestsCard", "Responsiveness: requests and answers")
        )
        self.list.setWordWrap(True)
        for received in requests.received(log.journal):
            self.list.addItem(
                f"{asked_on(received.request, log)} · {received.state(WINDOW_WORDS)}\n"
                f"{for_window(received.request.text, one_line=True)}"
            )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("RequestsCard", "Responsiveness: requests and answers")))
        layout.addWidget(
            label(
                translate(
                    "RequestsCard",
                    "How soon each request was met, in words. This is kept apart from the "
                    "consistency trend.",
                ),
                "muted",
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(close)
