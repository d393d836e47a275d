"""Withdraw an entry: said plainly, with what it means, and why if the sharer wishes.

Nothing disappears: the entry stays in the record marked as withdrawn, and a withdrawal
that was shared is shared too. What is typed survives a lock (Where.WITHDRAW).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.domain.safe_text import for_window
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.widgets import GentleNote, heading, label, named, uncut


class WithdrawDialog(QDialog):
    """`withdraw(why)` adds the withdrawal; it may refuse with a UserFacingError."""

    def __init__(
        self,
        entry_id: int,
        summary: str,
        withdraw: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("WithdrawDialog", "Withdraw an entry"))
        self.setMinimumWidth(480)
        self.entry_id = entry_id
        self._withdraw = withdraw
        self.why = named(uncut(QLineEdit()), translate("WithdrawDialog", "Why (optional)"))
        self.why.setPlaceholderText(translate("WithdrawDialog", "e.g. Logged twice by mistake"))
        self.note = GentleNote()
        buttons = QDialogButtonBox()
        self.withdraw_button = buttons.addButton(
            translate("WithdrawDialog", "Withdraw it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            translate("WithdrawDialog", "Keep it"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(translate("WithdrawDialog", "Withdraw this entry?")))
        layout.addWidget(label(f"“{for_window(summary, one_line=True)}”"))
        layout.addWidget(
            label(
                translate(
                    "WithdrawDialog",
                    "It stays in your record, marked as withdrawn, so nothing disappears. "
                    "If it was already shared, your partner sees that it was withdrawn "
                    "in your next timeline file.",
                ),
                "muted",
            )
        )
        layout.addWidget(label(translate("WithdrawDialog", "Why (optional)")))
        layout.addWidget(self.why)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self._withdraw(self.why.text().strip())
        except UserFacingError as exc:
            self.note.say_error(exc)
            return
        self.accept()

    def unsaved(self) -> KeptDraft | None:
        if not self.why.text().strip():
            return None
        return KeptDraft(Where.WITHDRAW, {"why": self.why.text()}, self.entry_id)

    def restore(self, draft: KeptDraft) -> None:
        self.why.setText(draft.get("why"))
