"""Shared setup for the window tests: a real journal on disk, a window factory, and
a fixed keyring answer so results do not depend on the machine's keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access
from rekindle_desktop.ui.i18n import install_translator, remove_translators
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.main_window import RekindleWindow
from rekindle_desktop.ui.style import apply_look
from tests.conftest import PASSPHRASE

NO_KEYRING = "No secure keyring is available on this computer right now."


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(access, "keyring_status", lambda **_words: NO_KEYRING)
    return NO_KEYRING


@pytest.fixture(autouse=True)
def no_dialog_left_open(qtbot: QtBot) -> Iterator[None]:
    yield
    # A dialog a test left open (a modal one above all) would take the next test's
    # mouse and keyboard: close them all, as a person would before walking away.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()


@pytest.fixture(autouse=True)
def background_work_finishes() -> Iterator[None]:
    yield
    # Work a test leaves running would hold a pool thread in the next test; say so here.
    assert QThreadPool.globalInstance().waitForDone(30_000), "background work never finished"


@pytest.fixture
def existing_journal(tmp_path: Path, fast_argon2: Argon2Params) -> tuple[Path, str]:
    """A journal on disk (sharing role) and its recovery code; it is closed."""
    folder = tmp_path / "journal"
    created = access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    created.journal.close()
    return folder, created.recovery_code


MakeWindow = Callable[..., RekindleWindow]


@pytest.fixture
def make_window(qtbot: QtBot, fast_argon2: Argon2Params) -> Iterator[MakeWindow]:
    windows: list[RekindleWindow] = []

    def make(folder: Path, **kwargs: object) -> RekindleWindow:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_look(app)
        kwargs.setdefault("argon2", fast_argon2)
        window = RekindleWindow(folder, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close_journal()


def visible_text(widget: QWidget) -> str:
    """The words a person can see in `widget` right now."""
    return "\n".join(
        lab.text() for lab in widget.findChildren(QLabel) if lab.isVisible() and lab.text()
    )


def visible_journal_content() -> list[QWidget]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return [w for w in app.allWidgets() if isinstance(w, JournalView) and w.isVisible()]


def unlock_through_window(qtbot: QtBot, window: RekindleWindow, passphrase: str) -> None:
    """Type the passphrase into the window's unlock screen and wait for the journal."""
    from rekindle_desktop.ui.unlock_view import UnlockView

    view = window.stack.currentWidget()
    assert isinstance(view, UnlockView)
    view.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.mouseClick(view.unlock_button, _left())


def _left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def wait_active(qtbot: QtBot, widget: QWidget) -> None:
    """Wait until `widget`'s window is the one receiving the keyboard."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


@pytest.fixture
def german(qtbot: QtBot) -> Iterator[None]:
    """The window in German, for this test only."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translator(app, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert installed, "the German catalogue should load"
    yield
    remove_translators(app, installed)
