"""The one Rekindle window: setup on first run, unlock, the journal, and the lock screen.

Locking closes the journal and drops every widget that showed it, at once.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop import APP_NAME
from rekindle_desktop.domain.drafts import KeptDraft
from rekindle_desktop.errors import JournalDamaged, UserFacingError
from rekindle_desktop.services import access, backup, deletion, drafts, session, stopping
from rekindle_desktop.services.clock import Clock, system_clock
from rekindle_desktop.services.demo import DEMO_PASSPHRASE
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.journal_session import DEFAULT_AUTO_LOCK_MINUTES, JournalSession
from rekindle_desktop.services.records import Records
from rekindle_desktop.services.session import EarlyUnlock
from rekindle_desktop.ui.background import (
    collect_set_aside,
    run_in_background,
    wait_responsively,
)
from rekindle_desktop.ui.first_frame import FIRST_SIZE
from rekindle_desktop.ui.help_dialog import (
    ABOUT,
    SHORTCUTS,
    SUPPORT,
    HelpDialog,
    open_help,
)
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.idle import IdleWatcher
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.opening_files import FileOpening
from rekindle_desktop.ui.plain_settings import plain_settings
from rekindle_desktop.ui.presentation_view import PresentationView
from rekindle_desktop.ui.recent_files import RecentFiles
from rekindle_desktop.ui.reflow import StatusLine, WindowScroll
from rekindle_desktop.ui.reminders import ReminderCenter, RemindersDialog
from rekindle_desktop.ui.safety_exit import SafetyActions, SafetyExitDialog
from rekindle_desktop.ui.service_words import said_error, said_refusal
from rekindle_desktop.ui.session_lock import SessionLockWatcher
from rekindle_desktop.ui.setup_flow import SetupFlow
from rekindle_desktop.ui.unlock_view import UnlockView
from rekindle_desktop.ui.widgets import (
    GentleNote,
    NewPassphraseForm,
    heading,
    label,
    primary_button,
)
from rekindle_desktop.ui.window_memory import WindowMemory
from rekindle_desktop.ui.window_menus import (
    LOCK_KEYS,
    WindowMenus,
    build_menus,
    enable_journal_actions,
)
from rekindle_desktop.ui.words import WINDOW_WORDS

# Each title names the app once, at its end: a title that ends otherwise gets " — Rekindle"
# added by Qt (the display name), and a screen reader would say the name twice.
TITLE = APP_NAME
LOCKED_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Locked — Rekindle")
DEMO_TITLE = QT_TRANSLATE_NOOP("MainWindow", "A demo journal (nothing here is real) — Rekindle")


def add_quick_lock(widget: QWidget, lock) -> QShortcut:
    """Ctrl+L works inside our dialogs too, not only in the main window."""
    shortcut = QShortcut(LOCK_KEYS, widget)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lock)
    return shortcut


class ChangePassphraseDialog(QDialog):
    """A new passphrase, typed twice; the journal is already unlocked."""

    saved = Signal()

    def __init__(
        self,
        opened: JournalSession,
        *,
        argon2: access.UnlockCost,
        lock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(translate("MainWindow", "Change passphrase"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._opened = opened
        self._argon2 = argon2
        self.form = NewPassphraseForm()
        self.note = GentleNote()
        self.save = primary_button(translate("MainWindow", "Save new passphrase"))
        cancel = QPushButton(translate("MainWindow", "Cancel"))
        cancel.setAutoDefault(False)
        self.save.clicked.connect(self.save_passphrase)
        cancel.clicked.connect(self.reject)
        self.form.second.returnPressed.connect(self.save_passphrase)
        add_quick_lock(self, lock)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("MainWindow", "Choose a new passphrase")))
        layout.addWidget(
            label(
                translate(
                    "MainWindow",
                    "From now on, your new passphrase opens this journal and the "
                    "old one no longer does. Your recovery code keeps working.",
                ),
                "muted",
            )
        )
        layout.addWidget(self.form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        # Wrapped labels give a top-level window a poor size hint; start with room for
        # the meter, both fields and a note, so nothing is squeezed when a note appears.
        self.setMinimumSize(520, 540)
        self.resize(560, 560)

    def save_passphrase(self) -> None:
        problem = self.form.problem()
        if problem is not None:
            self.note.say(*problem)
            self.form.focus()
            return
        self.note.clear()
        journal, new, argon2 = self._opened.journal, self.form.passphrase(), self._argon2
        self.save.setEnabled(False)
        self.save.setText(translate("MainWindow", "Saving…"))
        run_in_background(
            self,
            lambda: access.change_passphrase(journal, new, argon2=argon2),
            success=lambda _: self._saved(),
            failure=self.note.say_error,
            finished=self._done,
        )

    def _done(self) -> None:
        self.save.setEnabled(True)
        self.save.setText(translate("MainWindow", "Save new passphrase"))

    def _saved(self) -> None:
        self.form.clear()
        self.saved.emit()
        self.accept()


class RekindleWindow(QMainWindow, WindowMenus):
    """Pass the journal folder in; nothing here reaches for globals."""

    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        folder: Path,
        *,
        argon2: access.UnlockCost = access.DEFAULT_UNLOCK_COST,
        idle_interval_ms: int | None = None,
        demo: bool = False,
        clock: Clock | None = None,
        use_tray: bool | None = None,
        settings: QSettings | None = None,  # plain settings: the window's place, recent files
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock or system_clock()
        self.folder = folder
        self.argon2 = argon2
        self.demo = demo
        self._idle_interval_override = idle_interval_ms
        self._session: JournalSession | None = None  # the open journal, from unlock to lock
        self._keyring_problem: str | None = None
        self._keyring_checked = False
        self._keyring_note_shown = False
        # Words typed and not saved, held while presentation mode hides their page.
        self._set_aside: list[KeptDraft] = []
        self._sealed: drafts.Sealed | None = None  # drafts a full disk kept out of the journal

        self.setWindowTitle(TITLE)
        self.resize(self._within_screen(FIRST_SIZE))  # setup and unlock; a journal asks for more
        self.stack = QStackedWidget()
        # A screen shorter than a page scrolls the page; the Lock button above it and the
        # status line below it stay in view.
        self._pages = WindowScroll(self.stack)
        self.setCentralWidget(self._pages)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_keys.connect(self._lock_keys_in_a_dialog)
        # The screen locking, or the computer about to sleep, locks as the Lock button does.
        self.session_lock = SessionLockWatcher(self)
        self.session_lock.lock_requested.connect(self.lock)
        self.reminder_center = ReminderCenter(
            self._records, lambda text: self.say(text, 30_000), use_tray=use_tray, parent=self
        )
        self.reminder_center.open_requested.connect(self._bring_forward)
        self.reminder_center.lock_requested.connect(self.lock)
        self.reminder_center.safety_exit_requested.connect(self.open_safety_exit)
        # One line at the bottom: how auto-lock works, or for a while a passing note.
        self._status = StatusLine()
        self._status.setObjectName("muted")
        self._status.setContentsMargins(8, 0, 8, 4)
        self._auto_lock_text = ""
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(lambda: self._status.setText(self._auto_lock_text))
        self.statusBar().addWidget(self._status, 1)
        self.statusBar().setSizeGripEnabled(False)
        # Outside the journal: where the window was left, and the files opened lately.
        settings = settings if settings is not None else plain_settings()
        self.memory = WindowMemory(self, settings)
        self.unlocked.connect(self.memory.restore_splitters)
        self.files = FileOpening(self, RecentFiles(settings))
        build_menus(self)
        enable_journal_actions(self, False)

    # --- what the window shows ---------------------------------------------------------

    @property
    def session(self) -> JournalSession | None:
        return self._session

    @property
    def journal(self):
        """The open journal's handle, as services take it (None while locked)."""
        return self._session.journal if self._session is not None else None

    def start(self, early: EarlyUnlock | None = None) -> None:
        """Decide what to show first: setup, or unlock (trying the keyring if remembered,
        through `early` if it is unlocking already)."""
        self._check_keyring()
        if session.journal_exists(self.folder):
            view = self._show_unlock(locked=False)
            if early is not None or access.is_remembered(self.folder):
                view.unlock_with_keyring(early)
        else:
            flow = SetupFlow(self.folder, argon2=self.argon2)
            flow.finished.connect(self.open_journal)
            self._replace_view(flow)

    def open_journal(self, opened: JournalSession) -> None:
        """Show an unlocked journal (opened on the GUI thread)."""
        note = None
        current = self.stack.currentWidget()
        if isinstance(current, UnlockView) and current.saved_new_passphrase:
            note = translate("UnlockView", UnlockView.NEW_PASSPHRASE_SAVED)
        opened.for_the_window()
        try:
            view = self._journal_view_checked(opened)
        except JournalDamaged as error:  # as the early unlock's check found it
            if not (opened.checked_beside and isinstance(current, UnlockView)):
                raise
            opened.close()
            current.keyring_refused_after_all(error)
            return
        self._session = opened
        self._replace_view(view)
        if not self.memory.restored:  # a size the person left it at stays theirs
            self._make_room(1320, 860)
        self.setWindowTitle(translate("MainWindow", DEMO_TITLE) if self.demo else TITLE)
        self.remember_action.setChecked(access.is_remembered(self.folder))
        enable_journal_actions(self, True)
        self.present_action.setEnabled(opened.role.shares)
        self._start_idle()
        self.reminder_center.start()
        self._bring_back_kept_words(opened, view)
        if note:
            self.say(note, 15000)
        else:
            self._mention_keyring_once()
        self.unlocked.emit()

    def _journal_view_checked(self, opened: JournalSession) -> JournalView:
        """The journal's view, built while its pages may still be checked beside (an early
        unlock's), and returned once they are: nothing unchecked is shown. A damaged page
        met while building is said as the check says it."""
        try:
            view = JournalView(opened, self.clock, demo=self.demo)
        except Exception:
            opened.pages_checked()
            raise
        try:
            opened.pages_checked()
        except BaseException:
            view.never_shown()
            raise
        return view

    def _within_screen(self, size: QSize) -> QSize:
        """`size`, made small enough for the screen, with room for the window's frame."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            return size
        return size.boundedTo(QSize(screen.width() - 40, screen.height() - 60))

    def _make_room(self, width: int, height: int) -> None:
        """Grow to show the timeline comfortably, within the screen, never shrinking."""
        wanted = self._within_screen(QSize(width, height))
        if not self.isMaximized() and (
            self.width() < wanted.width() or self.height() < wanted.height()
        ):
            self.resize(self.size().expandedTo(wanted))

    def present(self, on: bool) -> None:
        """Presentation mode: a read-only timeline, or back to the journal."""
        if self._session is None:
            return
        current = self.stack.currentWidget()
        if isinstance(current, PresentationView):
            current.finish()
        if isinstance(current, JournalView):
            self._set_aside += current.unsaved()
        if on and self._session.role.shares:
            log = JournalLog(self._session.journal, self.clock, words=WINDOW_WORDS)
            self._replace_view(PresentationView(log, lambda: self.present_action.setChecked(False)))
        else:
            self._show_journal_again()

    def _records(self) -> Records | None:
        """What the open journal's pages read (None while locked or in presentation)."""
        view = self.stack.currentWidget()
        return view.records if isinstance(view, JournalView) else None

    def make_report(self) -> None:
        """A PDF for a counselling session, only when asked for."""
        from rekindle_desktop.ui.report_dialog import ReportDialog  # only when asked

        records = self._records()
        if records is None:
            return
        try:
            source = records.report_source()  # from what the pages have read already
        except UserFacingError as error:
            QMessageBox.information(
                self,
                translate("MainWindow", "Report"),
                "\n\n".join(said_error(error)).strip(),
            )
            return
        dialog = ReportDialog(source, self)
        dialog.saved.connect(
            lambda path: self.say(
                translate("MainWindow", "Report saved to {path}.").format(path=path), 15_000
            )
        )
        dialog.exec()

    def show_safety_phrase(self) -> None:
        """Both partners open it at once and compare the words again (SECURITY.md R12)."""
        from rekindle_desktop.ui.safety_phrase_dialog import SafetyPhraseDialog

        if self._session is not None:
            SafetyPhraseDialog(self._session, self).exec()

    def choose_reminders(self) -> None:
        if self._session is None:
            return
        inside = self.reminder_center.inside_window
        RemindersDialog(self._session, inside_window=inside, parent=self).exec()

    def _bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def choose_late_threshold(self) -> None:
        if self._session is None:
            return
        hours, ok = QInputDialog.getInt(
            self,
            translate("MainWindow", "Logged late"),
            translate(
                "MainWindow",
                "Mark an entry as logged late when it is written down this many hours\n"
                "after the time it describes:",
            ),
            max(1, self._session.late_after_minutes // 60),
            1,
            72,
        )
        if ok and self._session is not None:
            self._session.late_after_minutes = hours * 60
            current = self.stack.currentWidget()
            if isinstance(current, JournalView):
                self._set_aside += current.unsaved()
            self._show_journal_again()

    def _show_journal_again(self) -> None:
        """A fresh journal view, with the words typed in the one it replaces."""
        assert self._session is not None
        view = JournalView(self._session, self.clock, demo=self.demo)
        self._replace_view(view)
        if self._set_aside:  # held here until they are back in the page (a lock keeps them)
            view.restore(list(self._set_aside), then=self._set_aside.clear)

    def lock(self) -> None:
        """Hide everything at once: close dialogs, close the journal, drop its widgets.

        Words typed and not saved are kept inside the journal first (SECURITY.md R13) and
        come back at the next unlock. If they cannot be kept, it locks all the same and
        says so on the lock screen: nothing decrypted may stay in a widget while locked.
        """
        if self._session is None:
            # Nothing is open (setup or unlock screen): hiding the window is what helps.
            self.showMinimized()
            return
        not_kept: UserFacingError | None = None
        try:
            not_kept = self._keep_unsaved_words(self._session)
        finally:  # even a bug in keeping them must not leave the journal open
            self._close_for_lock(not_kept)
        self.locked.emit()

    def _keep_unsaved_words(self, opened: JournalSession) -> UserFacingError | None:
        """Into the journal, in one transaction; None when kept (or nothing to keep)."""
        current = self.stack.currentWidget()
        unsaved, self._set_aside = self._set_aside, []
        if isinstance(current, JournalView):
            unsaved += current.unsaved()
        if not unsaved:
            return None
        if isinstance(current, PresentationView):
            current.finish()  # it made the journal read-only; it is dropped next anyway
        try:
            drafts.keep(opened.journal, unsaved)
        except UserFacingError as error:
            # Sealed for this journal alone: what stays in memory can't be read while locked.
            self._sealed = drafts.seal(opened.journal, unsaved)
            return error
        return None

    def _bring_back_kept_words(self, opened: JournalSession, view: JournalView) -> None:
        """What the last lock kept goes back where it was typed, then leaves the journal."""
        journal = opened.journal
        kept = drafts.kept(journal)
        if self._sealed is not None:
            kept += drafts.unseal(journal, self._sealed)
            self._sealed = None
        if not kept:
            return

        def back() -> None:
            if opened.is_open:
                # A full disk: they stay stored and come back once more; nothing is lost.
                with contextlib.suppress(UserFacingError):
                    drafts.forget(journal)

        view.restore(kept, then=back)

    def _close_for_lock(self, not_kept: UserFacingError | None) -> None:
        assert self._session is not None
        self.idle.stop()
        self.reminder_center.stop()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        opened, self._session = self._session, None
        opened.close()
        QTimer.singleShot(1000, collect_set_aside)  # once its widgets are deleted too
        enable_journal_actions(self, False)
        self._status_timer.stop()
        self._auto_lock_text = ""
        self._status.clear()
        view = self._show_unlock(locked=True)
        self.setWindowTitle(translate("MainWindow", LOCKED_TITLE))
        if not_kept is not None and self._sealed is not None:
            view.passphrase_note.say(
                translate(
                    "MainWindow",
                    "Rekindle is locked. What you had typed and not saved could not be written "
                    "to your journal, so it is held, sealed, only while Rekindle stays open: "
                    "unlock to get it back.",
                ),
                said_refusal(not_kept),
            )
        elif not_kept is not None:
            view.passphrase_note.say(
                translate(
                    "MainWindow",
                    "Rekindle is locked, but what you had typed and not saved could not be "
                    "kept, so it is gone.",
                ),
                said_refusal(not_kept)
                + " "
                + translate("MainWindow", "Everything you saved before is still in your journal."),
            )

    def _lock_keys_in_a_dialog(self, where: QObject) -> None:
        """Ctrl+L in one of this window's dialogs (the lock action only hears the window)."""
        if self._session is None or not isinstance(where, QWidget):
            return
        owner = where.window().parentWidget()
        while owner is not None and owner is not self:
            owner = owner.parentWidget()
        if owner is self:
            self.lock()

    def _show_unlock(self, *, locked: bool) -> UnlockView:
        view = UnlockView(self.folder, argon2=self.argon2, locked=locked)
        view.unlocked.connect(self.open_journal)
        self._replace_view(view)
        self.setWindowTitle(translate("MainWindow", LOCKED_TITLE) if locked else TITLE)
        view.focus()
        return view

    def _replace_view(self, view: QWidget) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        if old is not None:
            if isinstance(old, UnlockView | SetupFlow):
                old.discard()
            self.stack.removeWidget(old)
            old.hide()
            old.deleteLater()
        if isinstance(view, JournalView):
            self._follow_tabs(view)
        self._pages.refit()

    def _follow_tabs(self, view: JournalView) -> None:
        """The window scrolls only if the page on show needs it: look again at each tab."""

        def follow() -> None:
            view.tabs.currentChanged.connect(self._pages.refit)
            self._pages.refit()

        if view.loaded():
            follow()
        else:
            view.ready.connect(follow)

    def say(self, note: str, ms: int = 15_000) -> None:
        """A passing note at the bottom of the window; the auto-lock line returns after."""
        self._status.setText(note)
        self._status_timer.start(ms)

    @property
    def idle_words(self) -> str:
        """The status line's standing words: how and when it locks (or, for a demo, not)."""
        return self._auto_lock_text

    def status_text(self) -> str:
        return self._status.text()

    def come_forward(self) -> None:
        """A second launch asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        if QGuiApplication.platformName() != "offscreen":  # it has no stacking order
            self.raise_()
        self.activateWindow()

    # --- auto-lock ---------------------------------------------------------------------

    def auto_lock_minutes(self) -> int:
        if self._session is None:
            return DEFAULT_AUTO_LOCK_MINUTES
        return self._session.auto_lock_minutes

    def _start_idle(self) -> None:
        if self.demo:
            # A demo has nothing to protect, and its passphrase was never shown: an idle
            # lock would only strand a newcomer. Ctrl+L still locks, and says how back.
            self.idle.stop()
            self._auto_lock_text = translate(
                "MainWindow",
                "Demo journal: it doesn't lock by itself. Ctrl+L locks it; its passphrase "
                "is “{passphrase}” · F1 for help",
            ).format(passphrase=DEMO_PASSPHRASE)
            self._status.setText(self._auto_lock_text)
            return
        minutes = self.auto_lock_minutes()
        interval = self._idle_interval_override or minutes * 60_000
        self.idle.start(interval)
        self._auto_lock_text = (
            translate("MainWindow", "Locks itself after 1 minute away · Ctrl+L locks now")
            if minutes == 1
            else translate(
                "MainWindow", "Locks itself after {minutes} minutes away · Ctrl+L locks now"
            ).format(minutes=minutes)
        ) + translate("MainWindow", " · F1 for help")
        opened = self._session
        if self.reminder_center.inside_window and opened and opened.reminders_on:
            self._auto_lock_text += translate(
                "MainWindow", " · Reminders appear here (no system tray)"
            )
        if not self._status_timer.isActive():
            self._status.setText(self._auto_lock_text)

    def choose_auto_lock(self) -> None:
        if self._session is None:
            return
        minutes, ok = QInputDialog.getInt(
            self,
            translate("MainWindow", "Auto-lock"),
            translate("MainWindow", "Lock Rekindle after this many minutes without use:"),
            self.auto_lock_minutes(),
            1,
            24 * 60,
            1,
        )
        if ok and self._session is not None:
            self._session.auto_lock_minutes = minutes
            self._start_idle()
            self.say(
                translate("MainWindow", "Rekindle will now lock itself after 1 minute away.")
                if minutes == 1
                else translate(
                    "MainWindow", "Rekindle will now lock itself after {minutes} minutes away."
                ).format(minutes=minutes)
            )

    # --- passphrase and keyring ------------------------------------------------------

    def open_change_passphrase(self) -> ChangePassphraseDialog | None:
        if self._session is None:
            return None
        dialog = ChangePassphraseDialog(
            self._session, argon2=self.argon2, lock=self.lock, parent=self
        )
        dialog.saved.connect(
            lambda: self.say(
                translate(
                    "MainWindow", "Your new passphrase is saved. Use it the next time you unlock."
                ),
                15000,
            )
        )
        dialog.open()
        return dialog

    def back_up(self) -> None:
        """Save an encrypted, checked backup of the journal to a file the person picks."""
        if self._session is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "Back up your journal"),
            f"rekindle-{date.today():%Y-%m-%d}{backup.SUFFIX}",
            translate("MainWindow", "Rekindle backup (*{suffix})").format(suffix=backup.SUFFIX),
        )
        if not name or self._session is None:
            return
        lent = self._session.lend()
        try:  # a ten-year journal takes a while to copy and check: beside the window
            made = wait_responsively(
                lambda: session.on_own_connection(lent, lambda j: backup.make_backup(j, Path(name)))
            )
        except UserFacingError as error:
            QMessageBox.information(
                self,
                translate("MainWindow", "Back up"),
                "\n\n".join(said_error(error)),
            )
            return
        self.say(
            translate(
                "MainWindow",
                "Backed up to {file} and checked. It opens with your passphrase or recovery code.",
            ).format(file=made.path.name)
        )

    def take_readable_copy(self):
        """Your own entries as a web page and JSON, unencrypted: only when asked for."""
        from rekindle_desktop.ui.readable_copy_dialog import ReadableCopyDialog

        records = self._records()
        if records is None:
            return None
        dialog = ReadableCopyDialog(records, self)
        dialog.saved.connect(
            lambda folder: self.say(
                translate(
                    "MainWindow", "Readable copy saved in {folder}. It is not encrypted."
                ).format(folder=folder),
                15_000,
            )
        )
        dialog.open()
        return dialog

    def _check_keyring(self) -> None:
        run_in_background(
            self, lambda: access.keyring_status(words=WINDOW_WORDS), success=self._keyring_status
        )

    def _keyring_status(self, problem: str | None) -> None:
        self._keyring_checked = True
        self._keyring_problem = problem
        self.remember_action.setToolTip(problem or "")
        enable_journal_actions(self, self._session is not None)
        if self._session is not None:
            self._mention_keyring_once()

    def _mention_keyring_once(self) -> None:
        """Without a secure keyring, say so once per run, gently, and never again."""
        if self._keyring_problem and not self._keyring_note_shown:
            self._keyring_note_shown = True
            self.say(self._keyring_problem, 20000)

    def _remember_toggled(self, checked: bool) -> None:
        if self._session is None:
            return
        journal = self._session.journal
        work = (
            (lambda: access.remember_on_this_computer(journal))
            if checked
            else (lambda: access.forget_on_this_computer(journal))
        )
        self.remember_action.setEnabled(False)

        def done(_result: object) -> None:
            self.say(
                translate(
                    "MainWindow",
                    "This computer will now open your journal without your passphrase.",
                )
                if checked
                else translate(
                    "MainWindow",
                    "This computer no longer remembers your journal. Your passphrase opens it.",
                ),
                15000,
            )

        def refused(error: UserFacingError) -> None:
            self.remember_action.setChecked(not checked)
            QMessageBox.information(
                self,
                translate("MainWindow", "Remember on this computer"),
                "\n\n".join(said_error(error)).strip(),
            )

        run_in_background(
            self,
            work,
            success=done,
            failure=refused,
            finished=lambda: enable_journal_actions(self, self._session is not None),
        )

    # --- leaving ---------------------------------------------------------------------------

    def open_delete_journal(self):
        """Journal ▸ Delete this journal…, only ever from the menu (never after an error)."""
        from rekindle_desktop.ui.delete_journal_dialog import DeleteJournalDialog

        if self._session is None:
            return None
        dialog = DeleteJournalDialog(self)
        dialog.confirmed.connect(lambda typed: self._delete_journal(dialog, typed))
        dialog.open()
        return dialog

    def _delete_journal(self, dialog, typed: str) -> None:
        """Drop every view of the journal, close it here, remove it in the background,
        then show first run. Words typed and not saved go with it, as asked."""
        opened = self._session
        if opened is None:
            return
        self.idle.stop()
        self.reminder_center.stop()
        self._replace_view(QWidget())
        try:
            closed = deletion.close_for_deletion(opened.journal, typed, phrase=dialog.phrase)
        except UserFacingError as error:
            self._show_journal_again()  # still open, just as it was
            self._start_idle()
            self.reminder_center.start()
            dialog.not_deleted(error)
            return
        self._session = None
        self._set_aside, self._sealed = [], None
        self.remember_action.setChecked(False)
        enable_journal_actions(self, False)
        self.setWindowTitle(TITLE)

        def gone(deleted: deletion.Deleted) -> None:
            dialog.accept()
            self.start()
            note = translate(
                "MainWindow", "Your journal was deleted. Backups you made are as they were."
            )
            if deleted.left_alone:
                note += " " + translate(
                    "MainWindow", "Its folder was kept for the other things you keep there."
                )
            self.say(f"{note} {deleted.keyring_note or ''}".strip(), 30_000)

        def part_way(error: UserFacingError) -> None:
            dialog.stopped_part_way(error)
            self.start()

        run_in_background(
            self,
            lambda: deletion.remove_closed_journal(closed, words=WINDOW_WORDS),
            success=gone,
            failure=part_way,
        )

    # --- help ----------------------------------------------------------------------------

    def show_help(self) -> HelpDialog:
        """Getting support: counselling, and what to do when someone feels unsafe."""
        return open_help(self, SUPPORT)

    def open_safety_exit(self) -> SafetyExitDialog:
        """Stop sharing now, lock, hide from the tray: whatever applies, in one place."""
        for open_one in self.findChildren(SafetyExitDialog):
            if open_one.isVisible():
                open_one.activateWindow()
                return open_one
        journal = self.journal
        sharing_now = journal is not None and stopping.is_sharing(journal)
        reviewing_now = journal is not None and stopping.is_reviewing(journal)
        tray = self.reminder_center.tray is not None and not self.reminder_center.tray_hidden
        dialog = SafetyExitDialog(
            SafetyActions(
                lock=self.lock,
                stop_sharing=self._stop_sharing_now if sharing_now else None,
                stop_reviewing=self._stop_reviewing_now if reviewing_now else None,
                hide_tray=self._hide_tray if tray else None,
            ),
            self,
        )
        dialog.show()
        dialog.activateWindow()
        return dialog

    def _stop_sharing_now(self) -> str:
        assert self._session is not None
        records = self._records()
        log = records.log if records is not None and records.log is not None else None
        stopped = stopping.stop_sharing(
            log or JournalLog(self._session.journal, self.clock, words=WINDOW_WORDS),
            last_file=None,
        )
        self._refresh_pages()
        return said_refusal(stopped)

    def _stop_reviewing_now(self) -> str:
        assert self._session is not None
        stopped = stopping.stop_reviewing(self._session.journal, last_reply=None)
        self._refresh_pages()
        return said_refusal(stopped)

    def _refresh_pages(self) -> None:
        view = self.stack.currentWidget()
        if isinstance(view, JournalView) and view.loaded():
            for page in (view.sharer, view.review):
                if page is not None:
                    page.refresh()

    def _hide_tray(self) -> None:
        self.reminder_center.hide_tray()
        if self._session is not None:
            self._session.tray_hidden = True

    def show_shortcuts(self) -> HelpDialog:
        return open_help(self, SHORTCUTS)

    def show_about(self) -> HelpDialog:
        return open_help(self, ABOUT)

    # --- closing -------------------------------------------------------------------------

    def close_journal(self) -> None:
        """Quitting (the window, Ctrl+Q, a signal): words not saved are kept for next time."""
        self.idle.stop()
        if self._session is not None:
            opened, self._session = self._session, None
            try:
                self._keep_unsaved_words(opened)  # if it cannot, no one is left to tell
            finally:
                opened.close()
        current = self.stack.currentWidget()
        if isinstance(current, UnlockView | SetupFlow):
            current.discard()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_journal()
        super().closeEvent(event)
