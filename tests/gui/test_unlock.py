"""Opening an existing journal: the right passphrase, a wrong one, and a lost one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rekindle_desktop.errors import KeyringUnavailable, WrongSecret
from rekindle_desktop.services import access, session
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.main_window import TITLE
from rekindle_desktop.ui.unlock_view import UnlockView
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE, fingerprint
from tests.gui.conftest import MakeWindow, visible_text, wait_active

LEFT = Qt.MouseButton.LeftButton


def locked_keyring(_folder: Path, **_: object) -> object:
    raise KeyringUnavailable(
        "The keyring on this computer is locked.", "Your passphrase still works."
    )


def _unlock_view(window) -> UnlockView:  # type: ignore[no-untyped-def]
    view = window.stack.currentWidget()
    assert isinstance(view, UnlockView)
    return view


def test_the_right_passphrase_opens_the_journal(
    qtbot: QtBot, existing_journal: tuple[Path, str], make_window: MakeWindow
) -> None:
    folder, _code = existing_journal
    window = make_window(folder)
    window.start()
    view = _unlock_view(window)
    assert "Welcome back" in visible_text(view)
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    assert isinstance(window.stack.currentWidget(), JournalView)
    assert window.journal is not None and window.journal.is_open
    assert window.windowTitle() == TITLE
    assert window.lock_button.isVisible()


def test_a_wrong_passphrase_says_so_clearly_and_changes_nothing_on_disk(
    qtbot: QtBot, existing_journal: tuple[Path, str], make_window: MakeWindow
) -> None:
    folder, _code = existing_journal
    before = fingerprint(folder)
    window = make_window(folder)
    window.start()
    view = _unlock_view(window)
    wait_active(qtbot, window)
    qtbot.keyClicks(view.passphrase, OTHER_PASSPHRASE)
    qtbot.mouseClick(view.unlock_button, LEFT)
    qtbot.waitUntil(view.passphrase_note.isVisible, timeout=10_000)
    qtbot.waitUntil(view.unlock_button.isEnabled)

    note = view.passphrase_note.text()
    assert "That passphrase doesn't open this journal." in note
    assert "recovery code" in note  # what to do next
    assert view.passphrase.hasFocus()
    assert window.journal is None
    assert not isinstance(window.stack.currentWidget(), JournalView)
    assert fingerprint(folder) == before


def test_forgotten_passphrase_recovery_code_then_a_new_passphrase(
    qtbot: QtBot, existing_journal: tuple[Path, str], make_window: MakeWindow
) -> None:
    folder, code = existing_journal
    window = make_window(folder)
    window.start()
    view = _unlock_view(window)
    forgot = next(
        b
        for b in view.findChildren(type(view.unlock_button))
        if b.text() == "Forgot your passphrase?"
    )
    qtbot.mouseClick(forgot, LEFT)
    assert view.pages.currentIndex() == 1

    # A mistyped code is refused gently and nothing opens.
    qtbot.keyClicks(view.code, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-A")
    qtbot.mouseClick(view.code_button, LEFT)
    qtbot.waitUntil(view.code_note.isVisible, timeout=10_000)
    assert "recovery code doesn't open this journal" in view.code_note.text()

    view.code.clear()
    qtbot.keyClicks(view.code, code.lower().replace("-", " "))
    qtbot.mouseClick(view.code_button, LEFT)
    qtbot.waitUntil(lambda: view.pages.currentIndex() == 2, timeout=10_000)
    assert window.journal is None  # not shown until a new passphrase is chosen

    qtbot.keyClicks(view.new_passphrase.first, OTHER_PASSPHRASE)
    qtbot.keyClicks(view.new_passphrase.second, OTHER_PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.mouseClick(view.save_button, LEFT)
    assert isinstance(window.stack.currentWidget(), JournalView)
    assert "new passphrase is saved" in window.status_text()

    window.close()
    with pytest.raises(WrongSecret):
        access.unlock_with_passphrase(folder, PASSPHRASE)
    access.unlock_with_passphrase(folder, OTHER_PASSPHRASE).close()
    access.unlock_with_recovery_code(folder, code).close()


def test_a_remembered_journal_whose_keyring_is_gone_falls_back_to_the_passphrase(
    qtbot: QtBot,
    existing_journal: tuple[Path, str],
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _code = existing_journal
    monkeypatch.setattr(access, "is_remembered", lambda _folder: True)
    monkeypatch.setattr(access, "unlock_with_keyring", locked_keyring)
    window = make_window(folder)
    window.start()
    view = _unlock_view(window)
    qtbot.waitUntil(lambda: "is locked" in view.passphrase_note.text(), timeout=10_000)
    assert "Type your passphrase" in view.passphrase_note.text()
    assert not view.keyring_button.isVisible()
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.mouseClick(view.unlock_button, LEFT)


def test_a_remembered_journal_opens_through_the_unlock_begun_before_the_window(
    qtbot: QtBot,
    existing_journal: tuple[Path, str],
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`rekindle` starts unlocking a remembered journal while the window's code loads;
    the window then takes that unlock instead of asking the keyring again."""
    folder, _code = existing_journal
    monkeypatch.setattr(access, "is_remembered", lambda _folder: True)
    asked: list[Path] = []

    def from_keyring(asked_for: Path, **_: object) -> object:
        asked.append(asked_for)
        return access.unlock_with_passphrase(asked_for, PASSPHRASE)

    monkeypatch.setattr(access, "unlock_with_keyring", from_keyring)
    early = session.EarlyUnlock(folder)
    window = make_window(folder)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        window.start(early)
    assert isinstance(window.stack.currentWidget(), JournalView)
    assert asked == [folder]  # once, by the early unlock


def test_an_early_unlock_the_keyring_refuses_falls_back_to_the_passphrase(
    qtbot: QtBot,
    existing_journal: tuple[Path, str],
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _code = existing_journal
    monkeypatch.setattr(access, "unlock_with_keyring", locked_keyring)
    early = session.EarlyUnlock(folder)
    window = make_window(folder)
    window.start(early)
    view = _unlock_view(window)
    qtbot.waitSignal(view.keyring_refused, timeout=10_000).wait()
    assert "is locked" in view.passphrase_note.text()
    assert "Type your passphrase" in view.passphrase_note.text()
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.mouseClick(view.unlock_button, LEFT)
