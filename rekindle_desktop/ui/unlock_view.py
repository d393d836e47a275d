"""Opening an existing journal: passphrase, the OS keyring, or the recovery code
(followed by choosing a new passphrase). The same view is the neutral lock screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.errors import KeyringUnavailable, UserFacingError
from rekindle_desktop.services import access, session
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.services.session import JournalHandoff
from rekindle_desktop.ui.background import run_in_background
from rekindle_desktop.ui.help_dialog import open_help
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.service_words import said_refusal
from rekindle_desktop.ui.widgets import (
    GentleNote,
    NewPassphraseForm,
    card,
    heading,
    label,
    link_button,
    passphrase_field,
    primary_button,
)


class OnePageAtATime(QWidget):
    """Like a stacked widget, but only as tall as the page shown (a stack takes the
    height of its tallest page, which stretches short cards)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = 0
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> None:
        self._pages.append(page)
        self._layout.addWidget(page)
        page.setVisible(len(self._pages) - 1 == self._current)

    def currentIndex(self) -> int:
        return self._current

    def setCurrentIndex(self, index: int) -> None:
        self._current = index
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)


class UnlockView(QWidget):
    """Emits `unlocked(session)` with a JournalSession opened on the GUI thread, or
    `keyring_refused(error)` when the keyring could not open it."""

    unlocked = Signal(object)
    keyring_refused = Signal(object)
    # Shown by the window after a recovery, so the person knows what changed.
    NEW_PASSPHRASE_SAVED = QT_TRANSLATE_NOOP(
        "UnlockView", "Your new passphrase is saved. Use it the next time you unlock."
    )

    def __init__(
        self,
        folder: Path,
        *,
        argon2: access.UnlockCost = access.DEFAULT_UNLOCK_COST,
        locked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockView")
        self._folder = folder
        self._argon2 = argon2
        self._recovered: JournalSession | None = None
        self.saved_new_passphrase = False

        self.pages = OnePageAtATime()
        self.pages.addWidget(self._passphrase_page(locked))
        self.pages.addWidget(self._recovery_page())
        self.pages.addWidget(self._new_passphrase_page())

        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.pages)
        column.addStretch(2)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMinimumWidth(480)
        holder.setMaximumWidth(560)
        outer.addWidget(holder, 3)
        outer.addStretch(1)

    # --- the passphrase ---------------------------------------------------------

    def _passphrase_page(self, locked: bool) -> QWidget:
        if locked:
            title = heading(translate("UnlockView", "Rekindle is locked"))
            intro = label(
                translate(
                    "UnlockView", "Everything is hidden. Type your passphrase to open it again."
                ),
                "muted",
            )
        else:
            title = heading(translate("UnlockView", "Welcome back"))
            intro = label(
                translate("UnlockView", "Type your passphrase to open your journal."), "muted"
            )
        self.passphrase = passphrase_field(translate("UnlockView", "Passphrase"))
        self.passphrase.setAccessibleName(translate("UnlockView", "Passphrase"))
        self.unlock_button = primary_button(translate("UnlockView", "Unlock"))
        self.passphrase_note = GentleNote()
        self.keyring_button = link_button(
            translate("UnlockView", "Open with this computer's keyring")
        )
        self.keyring_button.setVisible(access.is_remembered(self._folder))
        forgot = link_button(translate("UnlockView", "Forgot your passphrase?"))

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        self.help = link_button(translate("UnlockView", "Help and support"))
        self.help.setToolTip(translate("UnlockView", "Counselling, safety and keyboard keys (F1)"))
        self.help.clicked.connect(lambda: open_help(self))
        links = QHBoxLayout()
        links.addWidget(forgot)
        links.addWidget(self.help)
        links.addStretch(1)
        links.addWidget(self.keyring_button)
        box = card(title, intro, spacing=12)
        box.layout().addLayout(row)
        box.layout().addWidget(self.passphrase_note)
        box.layout().addLayout(links)

        self.passphrase.returnPressed.connect(self.unlock_with_passphrase)
        self.unlock_button.clicked.connect(self.unlock_with_passphrase)
        self.keyring_button.clicked.connect(self.unlock_with_keyring)
        forgot.clicked.connect(self.show_recovery)
        return box

    def focus(self) -> None:
        field = {0: self.passphrase, 1: self.code, 2: None}[self.pages.currentIndex()]
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.new_passphrase.focus()

    def unlock_with_passphrase(self) -> None:
        typed = self.passphrase.text()
        if not typed:
            self.passphrase_note.say(translate("UnlockView", "Type your passphrase first."))
            self.passphrase.setFocus()
            return
        folder = self._folder
        self._busy_passphrase(True)
        run_in_background(
            self,
            lambda: session.hand_off(access.unlock_with_passphrase(folder, typed)),
            success=self._opened,
            failure=self._passphrase_refused,
            finished=lambda: self._busy_passphrase(False),
        )

    def unlock_with_keyring(self, early: session.EarlyUnlock | None = None) -> None:
        """Open with the key kept in the keyring, on a worker; through `early`, if it
        began unlocking before this window was built."""
        folder = self._folder
        self._busy_passphrase(True)
        self.passphrase_note.say(translate("UnlockView", "Opening with this computer's keyring…"))
        run_in_background(
            self,
            early.result
            if early is not None
            else lambda: session.hand_off(access.unlock_with_keyring(folder)),
            success=self._opened,
            failure=self.keyring_refused_after_all,
            finished=lambda: self._busy_passphrase(False),
        )

    def _busy_passphrase(self, busy: bool) -> None:
        self.passphrase.setReadOnly(busy)
        self.unlock_button.setEnabled(not busy)
        self.keyring_button.setEnabled(not busy)
        self.unlock_button.setText(
            translate("UnlockView", "Unlocking…") if busy else translate("UnlockView", "Unlock")
        )
        if not busy:
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _passphrase_refused(self, error: UserFacingError) -> None:
        self.passphrase_note.say_error(error)
        self.passphrase.selectAll()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyring_refused_after_all(self, error: UserFacingError) -> None:
        """The keyring's unlock failed, or (an early unlock's) the journal it opened
        failed its check when the window was about to show it. Only a keyring that cannot
        help sends the person to their passphrase; a damaged journal, or one from a newer
        version, says its own next step, as the passphrase would meet the same."""
        if isinstance(error, KeyringUnavailable):
            self.passphrase_note.say(
                said_refusal(error),
                translate("UnlockView", "Type your passphrase instead; it always works."),
            )
        else:
            self.passphrase_note.say_error(error)
        self.keyring_button.hide()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.keyring_refused.emit(error)

    def _opened(self, handoff: JournalHandoff) -> None:
        try:
            opened = JournalSession.take_over(handoff)
        except UserFacingError as error:
            self.passphrase_note.say_error(error)
            return
        self.passphrase.clear()
        self.passphrase_note.clear()
        self.unlocked.emit(opened)

    # --- the recovery code -----------------------------------------------------------

    def _recovery_page(self) -> QWidget:
        title = heading(translate("UnlockView", "Open with your recovery code"))
        intro = label(
            translate(
                "UnlockView",
                "Type the recovery code you wrote down when you set up Rekindle. "
                "Dashes, spaces and capital letters don't matter.",
            ),
            "muted",
        )
        self.code = QLineEdit()
        self.code.setAccessibleName(translate("UnlockView", "Recovery code"))
        self.code.setPlaceholderText(translate("UnlockView", "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-X"))
        self.code.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(12)
        self.code.setFont(mono)
        self.code_button = primary_button(translate("UnlockView", "Open"))
        self.code_note = GentleNote()
        back = link_button(translate("UnlockView", "Back to the passphrase"))

        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.code_button)
        links = QHBoxLayout()
        links.addWidget(back)
        links.addStretch(1)
        box = card(title, intro, spacing=12)
        box.layout().addLayout(row)
        box.layout().addWidget(self.code_note)
        box.layout().addLayout(links)

        self.code.returnPressed.connect(self.unlock_with_recovery_code)
        self.code_button.clicked.connect(self.unlock_with_recovery_code)
        back.clicked.connect(self.show_passphrase)
        return box

    def show_recovery(self) -> None:
        self.pages.setCurrentIndex(1)
        self.code_note.clear()
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_passphrase(self) -> None:
        self.code.clear()
        self.pages.setCurrentIndex(0)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlock_with_recovery_code(self) -> None:
        typed = self.code.text()
        if not typed.strip():
            self.code_note.say(translate("UnlockView", "Type your recovery code first."))
            return
        folder = self._folder
        self._busy_code(True)
        run_in_background(
            self,
            lambda: session.hand_off(access.unlock_with_recovery_code(folder, typed)),
            success=self._recovered_with_code,
            failure=self._code_refused,
            finished=lambda: self._busy_code(False),
        )

    def _busy_code(self, busy: bool) -> None:
        self.code.setReadOnly(busy)
        self.code_button.setEnabled(not busy)

    def _code_refused(self, error: UserFacingError) -> None:
        self.code_note.say_error(error)
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def _recovered_with_code(self, handoff: JournalHandoff) -> None:
        try:
            self._recovered = JournalSession.take_over(handoff)
        except UserFacingError as error:
            self.code_note.say_error(error)
            return
        self.code.clear()
        self.pages.setCurrentIndex(2)
        self.new_passphrase.focus()

    # --- a new passphrase after recovery ----------------------------------------------

    def _new_passphrase_page(self) -> QWidget:
        title = heading(translate("UnlockView", "Choose a new passphrase"))
        intro = label(
            translate(
                "UnlockView",
                "Your journal is open. Choose a new passphrase so you can unlock it next "
                "time. Your recovery code keeps working as before.",
            ),
            "muted",
        )
        self.new_passphrase = NewPassphraseForm()
        self.save_button = primary_button(translate("UnlockView", "Save new passphrase"))
        self.new_note = GentleNote()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        box = card(title, intro, self.new_passphrase, self.new_note, spacing=12)
        box.layout().addLayout(row)
        self.save_button.clicked.connect(self.save_new_passphrase)
        self.new_passphrase.second.returnPressed.connect(self.save_new_passphrase)
        return box

    def save_new_passphrase(self) -> None:
        if self._recovered is None:
            return
        journal = self._recovered.journal
        problem = self.new_passphrase.problem()
        if problem is not None:
            self.new_note.say(*problem)
            self.new_passphrase.focus()
            return
        self.new_note.clear()
        new = self.new_passphrase.passphrase()
        argon2 = self._argon2
        self.save_button.setEnabled(False)
        self.save_button.setText(translate("UnlockView", "Saving…"))
        run_in_background(
            self,
            lambda: access.change_passphrase(journal, new, argon2=argon2),
            success=lambda _: self._new_passphrase_saved(),
            failure=self.new_note.say_error,
            finished=self._save_finished,
        )

    def _save_finished(self) -> None:
        self.save_button.setEnabled(True)
        self.save_button.setText(translate("UnlockView", "Save new passphrase"))

    def _new_passphrase_saved(self) -> None:
        opened, self._recovered = self._recovered, None
        self.new_passphrase.clear()
        self.saved_new_passphrase = True
        if opened is not None:
            self.unlocked.emit(opened)

    def discard(self) -> None:
        """Close a journal opened by the recovery code but not yet handed on."""
        if self._recovered is not None:
            self._recovered.close()
            self._recovered = None
        self.passphrase.clear()
        self.code.clear()
        self.new_passphrase.clear()
