"""The safety exit: in one place, stop sharing now, lock, and hide Rekindle from the tray.

From Help ▸ Safety exit… and the tray's menu. Worded for someone who may be frightened:
short lines, what each button does at once, that nothing is sent or told, and where
help is. Each step works alone; one button does them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.ui import texts
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.widgets import GentleNote, heading, label, primary_button


@dataclass(frozen=True)
class SafetyActions:
    """What the window can do now; None where a step doesn't apply (nothing to stop,
    no tray). Stopping returns what it did, in plain words."""

    lock: Callable[[], None]
    stop_sharing: Callable[[], str] | None = None
    stop_reviewing: Callable[[], str] | None = None
    hide_tray: Callable[[], None] | None = None


class SafetyExitDialog(QDialog):
    def __init__(self, actions: SafetyActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyExitDialog")
        self.setWindowTitle(translate("SafetyExit", "Safety exit"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(560)
        self.exit_actions = actions
        self.note = GentleNote()
        self.steps = QGridLayout()
        self.steps.setHorizontalSpacing(16)
        self.steps.setVerticalSpacing(10)
        self.steps.setColumnStretch(1, 1)
        self.stop_sharing_button = self._step(
            translate("SafetyExit", "Stop sharing now"),
            translate(
                "SafetyExit",
                "No more timeline files for your partner. Nothing is written or sent, so "
                "Rekindle won't tell them. Your journal stays as it is.",
            ),
            self._stop_sharing,
            available=actions.stop_sharing is not None,
        )
        self.stop_reviewing_button = self._step(
            translate("SafetyExit", "Stop reviewing now"),
            translate(
                "SafetyExit",
                "Your partner's files are no longer opened here. Nothing is sent. What you "
                "reviewed stays, read-only.",
            ),
            self._stop_reviewing,
            available=actions.stop_reviewing is not None,
        )
        self.hide_tray_button = self._step(
            translate("SafetyExit", "Hide from the tray"),
            translate(
                "SafetyExit",
                "Rekindle's icon leaves the system tray. Reminders stay inside the window.",
            ),
            self._hide_tray,
            available=actions.hide_tray is not None,
        )
        self.lock_button = self._step(
            translate("SafetyExit", "Lock now"),
            translate(
                "SafetyExit",
                "Hides everything at once; your passphrase opens it again. Ctrl+L does "
                "this from anywhere in Rekindle.",
            ),
            self._lock,
            available=True,
        )
        self.all_button = primary_button(translate("SafetyExit", "Do all of these now"))
        self.all_button.clicked.connect(self.do_all)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("SafetyExit", "If you need to stop, you can, now.")))
        layout.addWidget(
            label(
                translate(
                    "SafetyExit",
                    "Each of these works at once, on its own, and needs no one's agreement. "
                    "None of them sends anything or tells anyone.",
                )
            )
        )
        layout.addLayout(self.steps)
        layout.addWidget(self.note)
        layout.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(label(translate("SafetyExit", "Where to find help"), "subheading"))
        layout.addWidget(label(texts.help_lines_html(), rich=True))
        layout.addWidget(close)

    def _step(
        self, text: str, what: str, do: Callable[[], None], *, available: bool
    ) -> QPushButton:
        row = self.steps.rowCount()
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(do)
        button.setAccessibleDescription(what)
        words = label(what, "muted")
        self.steps.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
        self.steps.addWidget(words, row, 1)
        button.setVisible(available)
        words.setVisible(available)
        return button

    def _stop_sharing(self) -> None:
        if self.exit_actions.stop_sharing is not None:
            self._done(self.stop_sharing_button, self.exit_actions.stop_sharing)

    def _stop_reviewing(self) -> None:
        if self.exit_actions.stop_reviewing is not None:
            self._done(self.stop_reviewing_button, self.exit_actions.stop_reviewing)

    def _done(self, button: QPushButton, stop: Callable[[], str]) -> None:
        try:
            said = stop()
        except UserFacingError as exc:
            self.note.say_error(exc)
            return
        button.setEnabled(False)
        button.setText(translate("SafetyExit", "Stopped"))
        self.note.say(said)

    def _hide_tray(self) -> None:
        if self.exit_actions.hide_tray is not None:
            self.exit_actions.hide_tray()
            self.hide_tray_button.setEnabled(False)
            self.hide_tray_button.setText(translate("SafetyExit", "Hidden"))

    def _lock(self) -> None:
        self.accept()
        self.exit_actions.lock()

    def do_all(self) -> None:
        """Every step that applies, in an order that keeps each one possible: stopping
        needs the journal open, so locking comes last."""
        if self.exit_actions.stop_sharing is not None and self.stop_sharing_button.isEnabled():
            self._stop_sharing()
        if self.exit_actions.stop_reviewing is not None and self.stop_reviewing_button.isEnabled():
            self._stop_reviewing()
        if self.exit_actions.hide_tray is not None and self.hide_tray_button.isEnabled():
            self._hide_tray()
        self._lock()
