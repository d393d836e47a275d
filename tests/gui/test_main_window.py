"""The open journal: quick lock, auto-lock, the menu, and saying things only once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from rekindle_desktop import __version__
from rekindle_desktop.errors import WrongSecret
from rekindle_desktop.services import access
from rekindle_desktop.services.demo import create_demo_journal
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.store import settings
from rekindle_desktop.ui.help_dialog import ABOUT, SUPPORT, HelpDialog
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.main_window import LOCKED_TITLE, ChangePassphraseDialog, RekindleWindow
from rekindle_desktop.ui.unlock_view import UnlockView
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE
from tests.gui.conftest import (
    NO_KEYRING,
    MakeWindow,
    unlock_through_window,
    visible_journal_content,
    visible_text,
    wait_active,
)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def opened(
    qtbot: QtBot, existing_journal: tuple[Path, str], make_window: MakeWindow
) -> RekindleWindow:
    folder, _code = existing_journal
    window = make_window(folder)
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    return window


def _assert_locked(window: RekindleWindow, journal: object) -> None:
    assert window.journal is None
    assert not journal.is_open  # type: ignore[attr-defined]
    assert visible_journal_content() == []
    assert window.windowTitle() == LOCKED_TITLE
    assert isinstance(window.stack.currentWidget(), UnlockView)
    assert not window.lock_button.isVisible()
    assert not window.change_passphrase_action.isEnabled()


def test_the_sharing_empty_state_says_what_comes_next(opened: RekindleWindow) -> None:
    view = opened.stack.currentWidget()
    assert isinstance(view, JournalView)
    words = visible_text(view)
    assert "plans" in words and "check-in" in words and "promises" in words
    assert "quick-log bar" in words
    assert "pairing" not in words  # a sharer is not asked to review
    assert "Nothing leaves this computer unless you export it." in words


def test_ctrl_l_hides_everything_at_once_and_unlocking_brings_it_back(
    qtbot: QtBot, opened: RekindleWindow
) -> None:
    journal = opened.journal
    assert visible_journal_content()
    wait_active(qtbot, opened)
    with qtbot.waitSignal(opened.locked, timeout=2_000):
        qtbot.keyClick(opened, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_locked(opened, journal)
    lock_screen = visible_text(opened.stack.currentWidget())
    assert "Rekindle is locked" in lock_screen
    assert "plans" not in lock_screen

    unlock_through_window(qtbot, opened, PASSPHRASE)
    assert opened.journal is not None and opened.journal.is_open
    assert visible_journal_content()
    assert opened.windowTitle() == "Rekindle"


def test_the_lock_button_locks_and_closes_any_open_dialog(
    qtbot: QtBot, opened: RekindleWindow
) -> None:
    journal = opened.journal
    dialog = opened.open_change_passphrase()
    assert dialog is not None and dialog.isVisible()
    opened.lock()  # a modal dialog is up, so the button itself is out of reach; lock() is
    _assert_locked(opened, journal)
    assert not dialog.isVisible()
    unlock_through_window(qtbot, opened, PASSPHRASE)
    qtbot.mouseClick(opened.lock_button, LEFT)
    assert opened.journal is None and visible_journal_content() == []


def test_ctrl_l_inside_the_change_passphrase_dialog_locks(
    qtbot: QtBot, opened: RekindleWindow
) -> None:
    journal = opened.journal
    dialog = opened.open_change_passphrase()
    assert dialog is not None
    wait_active(qtbot, dialog)
    qtbot.keyClick(dialog.form.first, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_locked(opened, journal)


def test_idle_time_locks_the_journal(
    qtbot: QtBot, existing_journal: tuple[Path, str], make_window: MakeWindow
) -> None:
    window = make_window(existing_journal[0], idle_interval_ms=300)
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    journal = window.journal
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass
    _assert_locked(window, journal)


def test_any_input_restarts_the_idle_time(
    qtbot: QtBot, existing_journal: tuple[Path, str], make_window: MakeWindow
) -> None:
    window = make_window(existing_journal[0], idle_interval_ms=1_500)
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.idle.remaining_ms() < 900, timeout=5_000)
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_Shift)
    assert window.idle.remaining_ms() > 1_200
    qtbot.waitUntil(lambda: window.idle.remaining_ms() < 900, timeout=5_000)
    qtbot.mouseMove(window.stack.currentWidget())
    qtbot.mouseClick(window.stack.currentWidget(), LEFT)
    assert window.idle.remaining_ms() > 1_200
    assert window.journal is not None and window.journal.is_open


def test_auto_lock_minutes_are_kept_in_the_journal(
    opened: RekindleWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []

    def get_int(
        _parent: QWidget, _title: str, _label: str, value: int, *_args: object
    ) -> tuple[int, bool]:
        asked.append(value)
        return 3, True

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(get_int))
    assert opened.idle.interval_ms() == 10 * 60_000
    opened.auto_lock_action.trigger()
    assert asked == [10]
    assert opened.journal is not None
    assert opened.journal.get(settings.AUTO_LOCK_MINUTES) == 3
    assert opened.idle.interval_ms() == 3 * 60_000
    assert "3 minutes" in opened.status_text()


def test_change_passphrase_from_the_menu(
    qtbot: QtBot, opened: RekindleWindow, existing_journal: tuple[Path, str]
) -> None:
    folder, _code = existing_journal
    opened.change_passphrase_action.trigger()
    dialog = opened.findChild(ChangePassphraseDialog)
    assert dialog is not None and dialog.isVisible()

    qtbot.keyClicks(dialog.form.first, "short")
    qtbot.keyClicks(dialog.form.second, "short")
    qtbot.mouseClick(dialog.save, LEFT)
    assert "too easy to guess" in dialog.note.text()

    dialog.form.clear()
    qtbot.keyClicks(dialog.form.first, OTHER_PASSPHRASE)
    qtbot.keyClicks(dialog.form.second, OTHER_PASSPHRASE)
    assert dialog.form.problem() is None
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save, LEFT)
    assert "new passphrase is saved" in opened.status_text()
    assert opened.journal is not None and opened.journal.is_open  # still open, still working

    opened.close()
    with pytest.raises(WrongSecret):
        access.unlock_with_passphrase(folder, PASSPHRASE)
    access.unlock_with_passphrase(folder, OTHER_PASSPHRASE).close()


def test_no_keyring_is_mentioned_once_and_remember_is_unavailable(
    qtbot: QtBot, opened: RekindleWindow
) -> None:
    qtbot.waitUntil(lambda: NO_KEYRING in opened.status_text())
    assert not opened.remember_action.isEnabled()
    assert NO_KEYRING in opened.remember_action.toolTip()
    opened.lock()
    unlock_through_window(qtbot, opened, PASSPHRASE)
    assert NO_KEYRING not in opened.status_text()


def test_remember_on_this_computer_from_the_menu(
    qtbot: QtBot,
    existing_journal: tuple[Path, str],
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(access, "keyring_status", lambda **_words: None)
    monkeypatch.setattr(
        access,
        "remember_on_this_computer",
        lambda journal: calls.append("remember") or "test keyring",
    )
    monkeypatch.setattr(access, "forget_on_this_computer", lambda journal: calls.append("forget"))
    window = make_window(existing_journal[0])
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(window.remember_action.isEnabled)
    assert not window.remember_action.isChecked()  # off unless chosen
    window.remember_action.trigger()
    qtbot.waitUntil(lambda: calls == ["remember"], timeout=5_000)
    qtbot.waitUntil(lambda: "without your passphrase" in window.status_text())
    window.remember_action.trigger()
    qtbot.waitUntil(lambda: calls == ["remember", "forget"], timeout=5_000)


def test_help_and_about_say_where_to_find_help_and_that_nothing_leaves(
    qtbot: QtBot, opened: RekindleWindow
) -> None:
    opened.help_action.trigger()
    help_dialog = opened.findChild(HelpDialog)
    assert help_dialog is not None and help_dialog.isVisible()
    help_text = help_dialog.page_text(SUPPORT)
    assert "1-800-799-7233" in help_text and "0808 2000 247" in help_text
    assert "local emergency number" in help_text
    assert "counsellor" in help_text
    opened.about_action.trigger()
    assert opened.findChildren(HelpDialog) == [help_dialog]  # the same one, not a second
    assert help_dialog.tabs.currentIndex() == ABOUT
    about_text = help_dialog.page_text(ABOUT)
    assert __version__ in about_text
    assert "Nothing leaves this computer unless you export it." in about_text


def test_a_demo_journal_says_it_is_a_demo(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    journal = create_demo_journal(parent=tmp_path)
    window = make_window(journal.folder.path, demo=True)
    window.open_journal(JournalSession(journal))
    assert "demo" in window.windowTitle()
    assert "This is a demo journal" in visible_text(window)
    window.lock()
    assert "demo" not in window.windowTitle()  # the lock screen stays neutral


def test_the_reviewing_empty_state_teaches_pairing_next(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow, fast_argon2: object
) -> None:
    from rekindle_desktop.domain.role import Role

    folder = tmp_path / "journal"
    access.create_journal(folder, PASSPHRASE, Role.REVIEWING, argon2=fast_argon2).journal.close()
    window = make_window(folder)
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    words = visible_text(window.stack.currentWidget())
    assert "pairing with your partner" in words
    assert "timeline file" in words
    assert "quick-log" not in words


def test_presentation_mode_is_read_only_and_returns(opened: RekindleWindow) -> None:
    from sqlcipher3 import dbapi2

    from rekindle_desktop.ui.presentation_view import PresentationView

    journal = opened.journal
    assert journal is not None
    opened.present_action.setChecked(True)
    view = opened.stack.currentWidget()
    assert isinstance(view, PresentationView)
    assert "read-only" in visible_text(view)
    with pytest.raises(dbapi2.OperationalError):
        journal.conn.execute("INSERT INTO place (name, position) VALUES ('x', 1)")
    opened.present_action.setChecked(False)
    assert isinstance(opened.stack.currentWidget(), JournalView)
    journal.conn.execute("INSERT INTO place (name, position) VALUES ('x', 1)")


def test_the_logged_late_threshold_is_a_setting(
    opened: RekindleWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rekindle_desktop.store import settings

    monkeypatch.setattr(
        "rekindle_desktop.ui.main_window.QInputDialog.getInt", lambda *a, **k: (6, True)
    )
    opened.choose_late_threshold()
    assert opened.journal is not None
    assert opened.journal.get(settings.LATE_AFTER_MINUTES) == 360


def test_the_insights_tab_shows_the_domain_score_and_a_report_can_be_asked_for(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    from rekindle_desktop.domain.consistency import current_score
    from rekindle_desktop.ui.insights_view import InsightsView

    journal = create_demo_journal(parent=tmp_path)
    window = make_window(journal.folder.path, demo=True)
    window.open_journal(JournalSession(journal))
    view = window.stack.currentWidget()
    assert isinstance(view, JournalView)
    view.tabs.setCurrentIndex(view.tabs.count() - 1)
    insights = view.findChild(InsightsView)
    assert insights is not None
    ledger = view.records.own_ledger()
    assert ledger is not None
    clock = view.records.clock
    score = current_score(ledger.commitments(clock.zone, clock.now_utc()), ledger.pauses())
    assert insights.headline.text() == f"Trend: {round(score * 100)} out of 100"
    assert window.report_action.isEnabled()
