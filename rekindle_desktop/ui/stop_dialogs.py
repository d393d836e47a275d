"""Stop sharing, stop reviewing, unpair: each person's own way out, said plainly.

Every dialog says what stopping does and what it doesn't, lets the person choose
whether their partner is told (by a last file or a last reply), and keeps sharing as
it is when closed. Nothing about stopping is hidden from the person who stops.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import stopping
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.sharing import AUTO_EXPORT_NAME
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.service_words import said_refusal
from rekindle_desktop.ui.widgets import GentleNote, heading, label, named, text_area, uncut


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class _FileChoice(QWidget):
    """A check box ("tell my partner") with the file it writes, and a way to choose it."""

    def __init__(self, text: str, path: Path, pattern: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.pattern = pattern
        self.tell = QCheckBox(text)
        self.tell.setChecked(True)
        self.path = named(uncut(QLineEdit(str(path))), translate("StopDialogs", "Where to save it"))
        choose = QPushButton(translate("StopDialogs", "Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.tell.toggled.connect(self.path.setEnabled)
        self.tell.toggled.connect(choose.setEnabled)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tell)
        column.addLayout(row)

    def chosen(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if self.tell.isChecked() and text else None

    def _choose(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, translate("StopDialogs", "Save the last file"), self.path.text(), self.pattern
        )
        if name:
            self.path.setText(name)


class _StopDialog(QDialog):
    """The shape both stop dialogs share: what it means, a choice, Keep or Stop."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.message = ""  # what stopping did, once it has
        self.note = GentleNote()
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("primary")
        self.keep_button.clicked.connect(self.reject)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self._stop)
        for button in (self.keep_button, self.stop_button):
            button.setAutoDefault(False)
        self.column = QVBoxLayout(self)
        self.column.setSpacing(12)
        self.column.addWidget(heading(title))

    def finish_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        self.column.addWidget(self.note)
        self.column.addStretch(1)
        self.column.addLayout(buttons)
        self.keep_button.setFocus()

    def _stop(self) -> None:
        try:
            self.message = self.stop()
        except UserFacingError as exc:
            self.note.say_error(exc)
            self.adjustSize()
            return
        self.accept()

    def stop(self) -> str:
        raise NotImplementedError


class StopSharingDialog(_StopDialog):
    """The sharer stops sharing with their reviewer, with or without a last file."""

    def __init__(self, log: JournalLog, parent: QWidget | None = None) -> None:
        super().__init__(translate("StopDialogs", "Stop sharing"), parent)
        self.setObjectName("stopSharingDialog")
        self.log = log
        folder = stopping.last_file_folder(log.journal) or _documents()
        self.column.addWidget(
            label(
                translate(
                    "StopDialogs",
                    "You can stop sharing at any time, on your own: it needs no one's "
                    "agreement. From now on, no timeline file will be made for your partner "
                    "unless you both pair again. Your journal stays as it is, and what your "
                    "partner has already seen stays with them.",
                )
            )
        )
        self.file = _FileChoice(
            translate("StopDialogs", "Write a last file that tells my partner sharing has ended"),
            folder / AUTO_EXPORT_NAME,
            translate("StopDialogs", "Rekindle timeline (*.rekindle)"),
        )
        self.column.addWidget(self.file)
        self.column.addWidget(
            label(
                translate(
                    "StopDialogs",
                    "The last file adds only that sharing has ended, and your words if you "
                    "write some; nothing else new leaves this computer. Without it, Rekindle "
                    "won't tell your partner: tell them yourself if and when it feels safe.",
                ),
                "muted",
            )
        )
        self.words = text_area(
            translate("StopDialogs", "A few words for your partner, if you wish (optional)"),
            translate("StopDialogs", "Your words for your partner"),
        )
        self.words.setMaximumHeight(90)
        self.file.tell.toggled.connect(self.words.setEnabled)
        self.column.addWidget(self.words)
        self.keep_button.setText(translate("StopDialogs", "Keep sharing"))
        self.stop_button.setText(translate("StopDialogs", "Stop sharing"))
        self.finish_layout()

    def stop(self) -> str:
        last = self.file.chosen()
        words = self.words.toPlainText() if last is not None else ""
        return said_refusal(stopping.stop_sharing(self.log, last_file=last, words=words))

    def unsaved(self) -> KeptDraft | None:
        """The words typed for the partner, kept through a lock."""
        if not self.words.toPlainText().strip():
            return None
        return KeptDraft(Where.STOP_SHARING, {"words": self.words.toPlainText()})

    def restore(self, draft: KeptDraft) -> None:
        self.words.setPlainText(draft.get("words"))


class StopReviewingDialog(_StopDialog):
    """The reviewer stops reviewing, with or without a last reply that says so."""

    def __init__(self, journal, parent: QWidget | None = None) -> None:
        """`journal`: the open journal's handle (a session's `journal`), for services."""
        super().__init__(translate("StopDialogs", "Stop reviewing"), parent)
        self.setObjectName("stopReviewingDialog")
        self.journal = journal
        self.column.addWidget(
            label(
                translate(
                    "StopDialogs",
                    "You can stop reviewing at any time, on your own: it needs no one's "
                    "agreement. Everything you reviewed stays here, read-only, with your own "
                    "notes. New timeline files from your partner won't be opened unless you "
                    "both pair again.",
                )
            )
        )
        self.file = _FileChoice(
            translate("StopDialogs", "Write a last reply that tells my partner I've stopped"),
            _documents() / "last-reply.rekindle-reply",
            translate("StopDialogs", "Rekindle reply (*.rekindle-reply)"),
        )
        can_reply = stopping.has_reviewed(journal)
        self.file.tell.setChecked(can_reply)
        self.file.setEnabled(can_reply)
        self.column.addWidget(self.file)
        self.column.addWidget(
            label(
                translate(
                    "StopDialogs",
                    "A last reply says how far you have read and that you have stopped; "
                    "nothing else. Without it, Rekindle won't tell your partner: tell them "
                    "yourself if and when it feels safe.",
                )
                if can_reply
                else translate(
                    "StopDialogs",
                    "You haven't reviewed a file yet, so there is no reply to write. "
                    "Rekindle won't tell your partner: tell them yourself if and when it "
                    "feels safe.",
                ),
                "muted",
            )
        )
        self.keep_button.setText(translate("StopDialogs", "Keep reviewing"))
        self.stop_button.setText(translate("StopDialogs", "Stop reviewing"))
        self.finish_layout()

    def stop(self) -> str:
        return said_refusal(stopping.stop_reviewing(self.journal, last_reply=self.file.chosen()))


def said_plainly(parent: QWidget, message: str) -> None:
    """What stopping did, in a note the person closes themselves."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("StopDialogs", "Done"))
    box.setText(message)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.NoIcon)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.open()
