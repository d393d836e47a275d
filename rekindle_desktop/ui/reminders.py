"""Reminders on the desktop: the system tray where there is one, else inside the window.

Checked once a minute while the journal is unlocked (a locked journal cannot be read,
so it cannot remind). Notifications carry no private words: see domain/reminders.py.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QMenu,
    QSpinBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.reminders import Reminder
from rekindle_desktop.services import reminders
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.services.records import Records
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.widgets import label, name_form_fields, save_cancel
from rekindle_desktop.ui.words import WINDOW_WORDS

NO_TRAY = QT_TRANSLATE_NOOP(
    "Reminders", "This desktop has no system tray, so reminders appear here, inside the window."
)


def app_icon() -> QIcon:
    return QIcon(str(resources.files("rekindle_desktop.resources") / "rekindle.svg"))


class ReminderCenter(QObject):
    shown = Signal(object)  # Reminder
    open_requested = Signal()
    lock_requested = Signal()
    safety_exit_requested = Signal()

    def __init__(
        self,
        records: Callable[[], Records | None],
        say: Callable[[str], None],
        *,
        interval_ms: int = 60_000,
        use_tray: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._say = say
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        tray_here = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self.tray: QSystemTrayIcon | None = None
        if tray_here:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip(translate("Reminders", "Rekindle"))
            menu = QMenu()
            menu.addAction(translate("Reminders", "Open Rekindle")).triggered.connect(
                self.open_requested
            )
            menu.addAction(translate("Reminders", "Lock now")).triggered.connect(
                self.lock_requested
            )
            menu.addSeparator()
            menu.addAction(translate("Reminders", "Safety exit…")).triggered.connect(
                self.safety_exit_requested
            )
            self._menu = menu
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(lambda _reason: self.open_requested.emit())

        self.tray_hidden = False  # chosen from the safety exit

    @property
    def inside_window(self) -> bool:
        return self.tray is None or self.tray_hidden

    def hide_tray(self) -> None:
        """No icon in the tray from now on; reminders appear inside the window instead."""
        self.tray_hidden = True
        if self.tray is not None:
            self.tray.hide()

    def start(self) -> None:
        records = self._records()
        if records is not None and records.tray_hidden:
            self.tray_hidden = True
        if self.tray is not None and not self.tray_hidden:
            self.tray.show()
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> list[Reminder]:
        records = self._records()
        if records is None or not records.is_open:
            return []
        due = reminders.pending(records, words=WINDOW_WORDS)
        if not due:
            return []
        reminders.mark_sent(records.journal, [r.key for r in due])
        for reminder in due:
            if not self.inside_window and self.tray is not None:
                self.tray.showMessage(reminder.title, reminder.text, app_icon(), 10_000)
            else:
                self._say(f"{reminder.title}. {reminder.text}")
            self.shown.emit(reminder)
        return due


class RemindersDialog(QDialog):
    def __init__(
        self, opened: JournalSession, *, inside_window: bool, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = opened
        self.setWindowTitle(translate("Reminders", "Reminders"))
        self.enabled = QCheckBox(translate("Reminders", "Remind me, gently"))
        self.enabled.setChecked(opened.reminders_on)
        self.quiet_from = QSpinBox()
        self.quiet_from.setRange(0, 23)
        self.quiet_from.setSuffix(":00")
        self.quiet_from.setValue(opened.quiet_from_hour)
        self.quiet_until = QSpinBox()
        self.quiet_until.setRange(0, 23)
        self.quiet_until.setSuffix(":00")
        self.quiet_until.setValue(opened.quiet_until_hour)
        form = QFormLayout()
        form.addRow(translate("Reminders", "Quiet from"), self.quiet_from)
        form.addRow(translate("Reminders", "until"), self.quiet_until)
        name_form_fields(form)
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                translate(
                    "Reminders",
                    "When a plan has ended, a promise is due, a check-in is near, or the "
                    "agreement is up for review. At most once for each, never in quiet hours, "
                    "and never with the words of your entries in them.",
                ),
                "muted",
            )
        )
        if inside_window:
            layout.addWidget(label(translate("Reminders", NO_TRAY), "muted"))
        layout.addWidget(self.enabled)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.session.reminders_on = self.enabled.isChecked()
        self.session.quiet_from_hour = self.quiet_from.value()
        self.session.quiet_until_hour = self.quiet_until.value()
        self.accept()
