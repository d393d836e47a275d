"""Journal ▸ Delete this journal…: what will be gone, what stays, and typing that you mean it.

Offered only from the menu, never from an error. The window does the deleting; this
dialog says what it means, waits for the words, and shows how it went.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import deletion
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.widgets import GentleNote, heading, label, named, uncut


class DeleteJournalDialog(QDialog):
    """Emits `confirmed` with the typed words once they are the phrase and Delete is pressed."""

    confirmed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteJournalDialog")
        self.setWindowTitle(translate("DeleteJournalDialog", "Delete this journal"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The words to type, in the person's language (English: "delete my journal").
        self.phrase = translate("DeleteJournalDialog", "delete my journal")

        gone = [
            translate(
                "DeleteJournalDialog", "If you delete it, these will be gone from this computer:"
            ),
            "•  " + translate("DeleteJournalDialog", "every entry you wrote, private ones too"),
            "•  "
            + translate(
                "DeleteJournalDialog",
                "the pairing with your partner, and what you accepted from them",
            ),
            "•  "
            + translate(
                "DeleteJournalDialog",
                "the key this computer keeps for it, if you chose “Remember on this computer”",
            ),
        ]
        stays = translate(
            "DeleteJournalDialog",
            "Backups you made, and files you already shared or saved, are not touched. "
            "Your partner's own journal and the copy they have are theirs; nothing changes "
            "on their computer.",
        )
        after = translate(
            "DeleteJournalDialog",
            "This can't be undone, except from a backup. There is no hurry: you can close "
            "this and keep your journal as it is.",
        )
        self.field = named(
            uncut(QLineEdit()),
            translate("DeleteJournalDialog", "The words to type"),
        )
        self.field.setPlaceholderText(self.phrase)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.textChanged.connect(self._typed)
        self.field.returnPressed.connect(self._delete)
        self.note = GentleNote()
        self.delete_button = QPushButton(translate("DeleteJournalDialog", "Delete my journal"))
        self.keep_button = QPushButton(translate("DeleteJournalDialog", "Keep my journal"))
        self.keep_button.setObjectName("primary")
        # No default button: Enter in the field means Delete only once the words match.
        for button in (self.delete_button, self.keep_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._delete)
        self.keep_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(26, 22, 26, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("DeleteJournalDialog", "Delete this journal?")))
        listed = QVBoxLayout()
        listed.setSpacing(3)
        for line in gone:
            listed.addWidget(label(line))
        layout.addLayout(listed)
        layout.addWidget(label(stays))
        layout.addWidget(label(after, "muted"))
        layout.addSpacing(4)
        layout.addWidget(
            label(
                translate("DeleteJournalDialog", "If you are sure, type “{phrase}” below:").format(
                    phrase=self.phrase
                )
            )
        )
        layout.addWidget(self.field)
        layout.addWidget(self.note)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.keep_button)
        layout.addLayout(buttons)
        # Wrapped labels give a dialog a poor size hint: choose a reading width, then
        # the height the words need at that width, in any language (nothing clipped).
        width = self.fontMetrics().averageCharWidth() * 80
        self.setMinimumWidth(width)
        self.resize(width, layout.totalHeightForWidth(width))
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _matches(self) -> bool:
        return deletion.confirms(self.field.text(), self.phrase)

    def _typed(self) -> None:
        self.delete_button.setEnabled(self._matches())

    def _delete(self) -> None:
        if not self._matches() or not self.field.isEnabled():
            return
        self.field.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.keep_button.setEnabled(False)
        self.delete_button.setText(translate("DeleteJournalDialog", "Deleting…"))
        self.confirmed.emit(self.field.text())

    def not_deleted(self, error: UserFacingError) -> None:
        """The journal is open again, as it was: say why and let the person try again."""
        self.note.say_error(error)
        self.field.setEnabled(True)
        self.keep_button.setEnabled(True)
        self.delete_button.setText(translate("DeleteJournalDialog", "Delete my journal"))
        self._typed()

    def stopped_part_way(self, error: UserFacingError) -> None:
        """Closed, partly deleted: say what is left and where; only Close is left to do."""
        self.note.say_error(error)
        self.delete_button.hide()
        self.keep_button.setText(translate("DeleteJournalDialog", "Close"))
        self.keep_button.setEnabled(True)
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)
