"""The main window's actions and menus: made, connected and enabled in one place.

RekindleWindow takes them as a mixin, so tests and the tray still find
`window.lock_action` and the rest where they always were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QMoveEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from rekindle_desktop.ui.help_dialog import HELP_KEYS, HelpKey, sharing_action
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.language_menu import LanguageMenu
from rekindle_desktop.ui.recent_files import RecentMenu

if TYPE_CHECKING:
    from rekindle_desktop.ui.main_window import RekindleWindow

LOCK_KEYS = QKeySequence("Ctrl+L")


class WindowMenus:
    """The Journal and Help menus, and the Lock button in the menu bar's corner."""

    lock_action: QAction
    backup_action: QAction
    readable_copy_action: QAction
    change_passphrase_action: QAction
    remember_action: QAction
    auto_lock_action: QAction
    present_action: QAction
    report_action: QAction
    reminders_action: QAction
    safety_phrase_action: QAction
    late_action: QAction
    delete_journal_action: QAction
    help_action: QAction
    safety_exit_action: QAction
    sharing_help_action: QAction
    shortcuts_action: QAction
    about_action: QAction
    help_key: HelpKey
    recent_menu: RecentMenu
    language_menu: LanguageMenu
    lock_button: QPushButton
    _lock_corner: QWidget


def build_menus(window: RekindleWindow) -> None:
    """Make every action, connect it to the window, and put it in its menu."""
    window.lock_action = QAction(translate("MainWindow", "Lock now"), window)
    window.lock_action.setShortcut(LOCK_KEYS)
    # Window context; inside our dialogs, IdleWatcher passes Ctrl+L on to lock().
    window.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.lock_action.triggered.connect(window.lock)
    window.addAction(window.lock_action)

    window.backup_action = QAction(translate("MainWindow", "Back up…"), window)
    window.backup_action.triggered.connect(window.back_up)
    window.readable_copy_action = QAction(translate("MainWindow", "Take a readable copy…"), window)
    window.readable_copy_action.triggered.connect(window.take_readable_copy)
    window.change_passphrase_action = QAction(translate("MainWindow", "Change passphrase…"), window)
    window.change_passphrase_action.triggered.connect(window.open_change_passphrase)
    window.remember_action = QAction(translate("MainWindow", "Remember on this computer"), window)
    window.remember_action.setCheckable(True)
    window.remember_action.triggered.connect(window._remember_toggled)
    window.auto_lock_action = QAction(translate("MainWindow", "Auto-lock after…"), window)
    window.auto_lock_action.triggered.connect(window.choose_auto_lock)
    window.present_action = QAction(
        translate("MainWindow", "Presentation mode (read-only)"), window
    )
    window.present_action.setCheckable(True)
    window.present_action.setToolTip(
        translate("MainWindow", "Hand over the screen: nothing can be changed")
    )
    window.present_action.toggled.connect(window.present)
    window.report_action = QAction(translate("MainWindow", "Report for a counsellor…"), window)
    window.report_action.triggered.connect(window.make_report)
    window.reminders_action = QAction(translate("MainWindow", "Reminders…"), window)
    window.reminders_action.triggered.connect(window.choose_reminders)
    window.safety_phrase_action = QAction(translate("MainWindow", "Safety phrase…"), window)
    window.safety_phrase_action.triggered.connect(window.show_safety_phrase)
    window.late_action = QAction(translate("MainWindow", "Mark as logged late after…"), window)
    window.late_action.triggered.connect(window.choose_late_threshold)
    window.delete_journal_action = QAction(translate("MainWindow", "Delete this journal…"), window)
    window.delete_journal_action.triggered.connect(window.open_delete_journal)
    quit_action = QAction(translate("MainWindow", "Quit"), window)
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.triggered.connect(window.close)

    # F1 here is the window's; in dialogs, HelpKey hears it (see help_dialog.py).
    window.help_action = QAction(translate("MainWindow", "Getting support"), window)
    window.help_action.setShortcut(HELP_KEYS)
    window.help_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.help_action.triggered.connect(window.show_help)
    window.addAction(window.help_action)
    window.safety_exit_action = QAction(translate("MainWindow", "Safety exit…"), window)
    window.safety_exit_action.setToolTip(
        translate("MainWindow", "Stop sharing, lock and hide Rekindle, all in one place")
    )
    window.safety_exit_action.triggered.connect(window.open_safety_exit)
    window.sharing_help_action = sharing_action(window)  # Help ▸ How sharing works
    window.shortcuts_action = QAction(translate("MainWindow", "Keyboard shortcuts"), window)
    window.shortcuts_action.triggered.connect(window.show_shortcuts)
    window.about_action = QAction(translate("MainWindow", "About Rekindle"), window)
    window.about_action.triggered.connect(window.show_about)
    window.help_key = HelpKey(window)

    journal_menu = window.menuBar().addMenu(translate("MainWindow", "&Journal"))
    journal_menu.addAction(window.lock_action)
    journal_menu.addSeparator()
    window.recent_menu = RecentMenu(window.files.recent, window.files.open_recent, window)
    journal_menu.addMenu(window.recent_menu)
    journal_menu.addSeparator()
    journal_menu.addAction(window.backup_action)
    journal_menu.addAction(window.readable_copy_action)
    journal_menu.addAction(window.change_passphrase_action)
    journal_menu.addAction(window.remember_action)
    journal_menu.addAction(window.auto_lock_action)
    journal_menu.addAction(window.late_action)
    journal_menu.addAction(window.reminders_action)
    journal_menu.addSeparator()
    journal_menu.addAction(window.present_action)
    journal_menu.addAction(window.report_action)
    journal_menu.addAction(window.safety_phrase_action)
    journal_menu.addSeparator()
    journal_menu.addAction(window.delete_journal_action)
    journal_menu.addSeparator()
    journal_menu.addAction(quit_action)
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(window.help_action)
    help_menu.addAction(window.safety_exit_action)
    help_menu.addAction(window.sharing_help_action)
    help_menu.addAction(window.shortcuts_action)
    window.language_menu = LanguageMenu(window.say, window)
    help_menu.addMenu(window.language_menu)
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)

    # A Lock button that is always in the same place while the journal is open, and that
    # Tab reaches (a click on it does not take the focus from what is being typed).
    window.lock_button = QPushButton(translate("MainWindow", "Lock"))
    window.lock_button.setObjectName("primary")
    window.lock_button.setToolTip(translate("MainWindow", "Hide everything now (Ctrl+L)"))
    window.lock_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    window.lock_button.clicked.connect(window.lock)
    # The menu bar lays out its corner once; keep the button's room when it is hidden.
    policy = window.lock_button.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    window.lock_button.setSizePolicy(policy)
    corner = window._lock_corner = QWidget(window)
    row = QHBoxLayout(corner)
    row.setContentsMargins(0, 6, 14, 4)
    row.addWidget(window.lock_button)
    bar = window.menuBar()
    bar.setCornerWidget(_LockRoom(corner, bar), Qt.Corner.TopRightCorner)


class _LockRoom(QWidget):
    """The menu bar's corner, kept empty; the Lock button lies over it, a child of the window.

    A menu bar shows screen readers its menus only (Qt's accessible menu bar lists its
    actions, not its corner), so a button inside it is never found (tests/integration/
    test_atspi.py). Over it, the button is the window's own and is found.
    """

    def __init__(self, corner: QWidget, bar: QWidget) -> None:
        super().__init__(bar)  # the bar keeps it (Python would not)
        self._corner = corner

    def sizeHint(self) -> QSize:
        return self._corner.sizeHint()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        window = self._corner.parentWidget()
        assert window is not None
        self._corner.setGeometry(QRect(self.mapTo(window, QPoint(0, 0)), self.size()))
        self._corner.raise_()


def enable_journal_actions(window: RekindleWindow, unlocked: bool) -> None:
    """What only an open journal allows is enabled only while one is open."""
    for action in (
        window.change_passphrase_action,
        window.backup_action,
        window.readable_copy_action,
        window.auto_lock_action,
        window.late_action,
        window.reminders_action,
        window.report_action,
        window.safety_phrase_action,
        window.present_action,
        window.recent_menu.menuAction(),  # nothing opens while locked
    ):
        action.setEnabled(unlocked)
    if not unlocked and window.present_action.isChecked():
        window.present_action.blockSignals(True)
        window.present_action.setChecked(False)
        window.present_action.blockSignals(False)
    window.remember_action.setEnabled(
        unlocked and window._keyring_checked and window._keyring_problem is None
    )
    window.delete_journal_action.setEnabled(unlocked and not window.demo)
    window.lock_button.setVisible(unlocked)
