"""The reviewer's reply: how far they have read, their questions, and feelings only by choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.domain.safe_text import for_window
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import agreements, replies
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.widgets import GentleNote, heading, label, primary_button, text_area


class ReplyDialog(QDialog):
    def __init__(self, opened: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        journal = self.journal = opened.journal  # passed on to services
        self.made: replies.ReplyMade | None = None
        self.setWindowTitle(translate("ReplyDialog", "Reply to your partner"))
        self.setMinimumWidth(520)
        preview = replies.preview_reply(journal)
        questions = "\n".join(f"• {q}" for q in preview.questions) or translate(
            "ReplyDialog", "None marked yet."
        )
        asked = "\n".join(
            f"• {for_window(r.text, one_line=True)}" for r in preview.requests
        ) or translate(
            "ReplyDialog", "None waiting. You can ask on the Triggers and requests page."
        )
        self.requests_words = label(asked, "muted")
        self.agenda = text_area(
            translate("ReplyDialog", "Anything for the next check-in, one per line"),
            translate("ReplyDialog", "For the next check-in"),
        )
        self.agenda.setMaximumHeight(110)
        self.version_to_agree = agreements.to_agree(journal)
        self.agree = QCheckBox(
            translate(
                "ReplyDialog",
                "I agree to version {version} of our agreement, as we talked it through",
            ).format(version=self.version_to_agree.version if self.version_to_agree else 0)
        )
        self.agree.setVisible(self.version_to_agree is not None)
        self.feelings = QCheckBox(
            translate("ReplyDialog", "Include how I feel (my latest Safety, Trust, Connection)")
        )
        self.note = GentleNote()
        save = primary_button(translate("ReplyDialog", "Save the reply…"))
        save.clicked.connect(self.choose_and_save)
        cancel = QPushButton(translate("ReplyDialog", "Not now"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("ReplyDialog", "Reply to your partner")))
        layout.addWidget(
            label(
                translate(
                    "ReplyDialog",
                    "It tells them you have read the first {count} entries, "
                    "signed by you and readable only by the two of you. Your own notes stay "
                    "with you; only those you marked as a question for the next check-in "
                    "go with it.",
                ).format(count=preview.read_up_to)
            )
        )
        layout.addWidget(
            label(
                translate("ReplyDialog", "Questions you marked for the next check-in"),
                "subheading",
            )
        )
        layout.addWidget(label(questions, "muted"))
        layout.addWidget(label(translate("ReplyDialog", "Requests for your partner"), "subheading"))
        layout.addWidget(self.requests_words)
        layout.addWidget(label(translate("ReplyDialog", "Agenda items"), "subheading"))
        layout.addWidget(self.agenda)
        layout.addWidget(self.feelings)
        layout.addWidget(self.agree)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def unsaved(self) -> KeptDraft | None:
        """The agenda items typed for the reply, if any (the rest is chosen again in a click)."""
        if not self.agenda.toPlainText().strip():
            return None
        feelings = "1" if self.feelings.isChecked() else "0"
        return KeptDraft(Where.REPLY, {"agenda": self.agenda.toPlainText(), "feelings": feelings})

    def restore(self, draft: KeptDraft) -> None:
        self.agenda.setPlainText(draft.get("agenda"))
        self.feelings.setChecked(draft.get("feelings") == "1")

    def choose_and_save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            translate("ReplyDialog", "Save reply"),
            "reply.rekindle-reply",
            translate("ReplyDialog", "Rekindle reply (*.rekindle-reply)"),
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        items = tuple(line for line in self.agenda.toPlainText().splitlines() if line.strip())
        try:
            agree_to = (
                self.version_to_agree.version
                if self.version_to_agree is not None and self.agree.isChecked()
                else None
            )
            self.made = replies.make_reply(
                self.journal,
                path,
                agenda=items,
                share_feelings=self.feelings.isChecked(),
                agree_to=agree_to,
            )
        except UserFacingError as exc:
            self.note.say_error(exc)
            return
        self.accept()
