"""Pairing: show this journal's code (text and QR), read the partner's, compare the phrase.

The phrase is slow to work out on purpose (SECURITY.md R12), so it is worked out off the
GUI thread once the code has been read and checked.
"""

from __future__ import annotations

import io

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import sharing
from rekindle_desktop.services.sharing import PairingPreview
from rekindle_desktop.ui.background import run_in_background
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.safety_phrase_dialog import in_rows, phrase_label
from rekindle_desktop.ui.widgets import GentleNote, heading, label, primary_button, text_area


def qr_pixmap(text: str, scale: int = 4) -> QPixmap:
    import segno  # imported when a code is drawn: with urllib and email it takes 40 ms

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class PairingDialog(QDialog):
    """Two steps: exchange codes, then both people read the safety phrase aloud."""

    phrase_ready = Signal(str)

    def __init__(self, journal, parent: QWidget | None = None) -> None:
        """`journal`: the open journal's handle (a session's `journal`), for services."""
        super().__init__(parent)
        self.journal = journal
        self.preview: PairingPreview | None = None
        self.new_pairing = False  # chosen after being told the partner's keys changed
        self.setWindowTitle(translate("PairingDialog", "Pair with your partner"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._codes_page())
        self.pages.addWidget(self._phrase_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _codes_page(self) -> QWidget:
        code = sharing.pairing_code(self.journal)
        self.own_code = QPlainTextEdit(code)
        self.own_code.setReadOnly(True)
        self.own_code.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.own_code.setMinimumHeight(110)
        self.own_code.setAccessibleName(translate("PairingDialog", "Your pairing code"))
        qr = QLabel()
        qr.setPixmap(qr_pixmap(code))
        qr.setAccessibleName(translate("PairingDialog", "Your pairing code as a QR code"))
        copy = QPushButton(translate("PairingDialog", "Copy my code"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(code))
        self.their_code = text_area(
            translate("PairingDialog", "Paste your partner's pairing code here"),
            translate("PairingDialog", "Your partner's pairing code"),
        )
        self.their_code.setMinimumHeight(90)
        self.their_code.setMaximumHeight(120)
        self.code_note = GentleNote()
        self.next_button = primary_button(
            translate("PairingDialog", "Next: compare the safety phrase")
        )
        self.next_button.clicked.connect(self.read_code)
        self.pair_again_button = QPushButton(
            translate("PairingDialog", "They set Rekindle up again: pair as a new pairing")
        )
        self.pair_again_button.hide()
        self.pair_again_button.clicked.connect(self.pair_as_new)
        top = QHBoxLayout()
        top.addWidget(qr)
        side = QVBoxLayout()
        side.addWidget(label(translate("PairingDialog", "Your pairing code"), "subheading"))
        side.addWidget(self.own_code)
        side.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)
        top.addLayout(side, 1)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(heading(translate("PairingDialog", "Pair with your partner")))
        column.addWidget(
            label(
                translate(
                    "PairingDialog",
                    "Pairing lets your partner's Rekindle check that timeline files really "
                    "come from you, and makes them readable only by the two of you. The code "
                    "holds only public keys, so it is safe to send by message.",
                ),
                "muted",
            )
        )
        column.addLayout(top)
        column.addWidget(
            label(translate("PairingDialog", "Your partner's pairing code"), "subheading")
        )
        column.addWidget(self.their_code)
        column.addWidget(self.code_note)
        column.addWidget(self.pair_again_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _phrase_page(self) -> QWidget:
        self.phrase = phrase_label()
        match = primary_button(translate("PairingDialog", "The words match on both screens"))
        match.clicked.connect(self.confirm)
        differ = QPushButton(translate("PairingDialog", "They don't match"))
        differ.clicked.connect(self.mismatch)
        self.phrase_note = GentleNote()
        self.new_pairing_note = label(
            translate(
                "PairingDialog",
                "This is a new pairing. What you have from the earlier pairing stays as it "
                "was, marked as from the earlier pairing; a new record starts from here.",
            ),
            "muted",
        )
        self.new_pairing_note.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(differ)
        buttons.addStretch(1)
        buttons.addWidget(match)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(heading(translate("PairingDialog", "Compare the safety phrase")))
        column.addWidget(
            label(
                translate(
                    "PairingDialog",
                    "Sit together, or talk on the phone, and read these words aloud. Your "
                    "partner's screen must show exactly the same nine words, in the same "
                    "order.",
                ),
                "muted",
            )
        )
        column.addWidget(self.new_pairing_note)
        column.addWidget(self.phrase)
        column.addWidget(self.phrase_note)
        column.addLayout(buttons)
        column.addStretch(1)  # the codes page is taller: the room goes below, not between
        return page

    def read_code(self) -> None:
        """Check the code at once; then work out the safety phrase in the background."""
        try:
            keys = sharing.read_partner_code(
                self.journal, self.their_code.toPlainText(), new_pairing=self.new_pairing
            )
        except sharing.KeysChanged as exc:
            self.code_note.say_error(exc)
            self.pair_again_button.show()
            return
        except UserFacingError as exc:
            self.code_note.say_error(exc)
            return
        self.pair_again_button.hide()
        if keys.already_paired:
            self.code_note.say(
                translate(
                    "PairingDialog", "You are already paired with this partner. Nothing changed."
                ),
                translate(
                    "PairingDialog",
                    "To compare the safety phrase again, choose Journal ▸ Safety phrase.",
                ),
            )
            return
        self.code_note.say(translate("PairingDialog", "Working out the safety phrase…"))
        self.next_button.setEnabled(False)
        run_in_background(
            self,
            keys.preview,
            success=self._show_phrase,
            finished=lambda: self.next_button.setEnabled(True),
        )

    def _show_phrase(self, preview: PairingPreview) -> None:
        self.preview = preview
        self.code_note.clear()
        self.phrase.setText(in_rows(preview.phrase))
        self.new_pairing_note.setVisible(preview.new_pairing)
        self.pages.setCurrentIndex(1)
        self.phrase_ready.emit(preview.phrase)

    def pair_as_new(self) -> None:
        """After talking in person: the same deliberate steps, as a new pairing."""
        self.new_pairing = True
        self.read_code()

    def confirm(self) -> None:
        assert self.preview is not None
        try:
            sharing.confirm_pairing(self.journal, self.preview)
        except UserFacingError as exc:
            self.phrase_note.say_error(exc)
            return
        self.accept()

    def mismatch(self) -> None:
        self.phrase_note.say(
            translate("PairingDialog", "Then don't pair. Nothing was saved."),
            translate(
                "PairingDialog",
                "Check that you each used the other's latest code, and that you both have "
                "the latest Rekindle (an older one shows six words). If the words still "
                "differ, someone else's code may have been sent: talk in person first.",
            ),
        )
