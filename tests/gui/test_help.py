"""Help is one key away on every screen: setup, unlock, the journal and its dialogs."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access
from rekindle_desktop.ui import texts
from rekindle_desktop.ui.help_dialog import (
    ABOUT,
    SHARING,
    SHORTCUTS,
    SUPPORT,
    SYNCED,
    HelpDialog,
    open_help,
)
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.main_window import RekindleWindow
from rekindle_desktop.ui.safety_exit import SafetyExitDialog
from rekindle_desktop.ui.setup_flow import SetupFlow
from rekindle_desktop.ui.unlock_view import UnlockView
from tests.conftest import PASSPHRASE
from tests.gui.conftest import MakeWindow, unlock_through_window, wait_active

LEFT = Qt.MouseButton.LeftButton


def _press_f1(qtbot: QtBot, where: QWidget) -> HelpDialog:
    wait_active(qtbot, where)
    target = QApplication.focusWidget() or where
    qtbot.keyClick(target, Qt.Key.Key_F1)
    found: list[HelpDialog] = []

    def shown() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def _close_help(qtbot: QtBot, dialog: HelpDialog) -> None:
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()


def test_f1_opens_getting_support_during_setup_and_the_link_does_too(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(tmp_path / "journal")
    window.start()
    flow = window.stack.currentWidget()
    assert isinstance(flow, SetupFlow)
    dialog = _press_f1(qtbot, window)
    assert dialog.tabs.currentIndex() == SUPPORT
    words = dialog.page_text(SUPPORT)
    assert "local emergency number" in words and "counsellor" in words
    assert "!" not in words
    _close_help(qtbot, dialog)
    qtbot.mouseClick(flow.help, LEFT)
    assert window.findChild(HelpDialog) is not None


def test_f1_opens_help_on_the_unlock_screen(
    qtbot: QtBot, existing_journal: tuple[Path, str], make_window: MakeWindow
) -> None:
    window = make_window(existing_journal[0])
    window.start()
    assert isinstance(window.stack.currentWidget(), UnlockView)
    dialog = _press_f1(qtbot, window)
    assert "0808 2000 247" in dialog.page_text(SUPPORT)


def test_f1_opens_help_above_a_modal_dialog_of_the_journal(
    qtbot: QtBot, existing_journal: tuple[Path, str], make_window: MakeWindow
) -> None:
    window: RekindleWindow = make_window(existing_journal[0])
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    passphrase_dialog = window.open_change_passphrase()  # window-modal
    assert passphrase_dialog is not None
    qtbot.waitExposed(passphrase_dialog)
    dialog = _press_f1(qtbot, passphrase_dialog.form.first)
    # Above the dialog that had the keyboard, so it can be read and closed.
    assert dialog.parentWidget() is passphrase_dialog
    dialog.show_page(SHORTCUTS)
    keys = dialog.page_text(SHORTCUTS)
    assert "Ctrl+L" in keys and "F1" in keys and "Ctrl+1" in keys
    assert "GNU GPL" in dialog.page_text(ABOUT)


def test_the_help_menu_offers_support_shortcuts_and_about(
    qtbot: QtBot, existing_journal: tuple[Path, str], make_window: MakeWindow
) -> None:
    window = make_window(existing_journal[0])
    window.start()
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Help" in titles
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    words = [a.text() for a in help_menu.actions() if a.text()]
    assert words == [
        "Getting support",
        "Safety exit…",
        "How sharing works",
        "Keyboard shortcuts",
        "Language",
        "About Rekindle",
    ]
    assert window.help_action.shortcut().toString() == "F1"
    window.shortcuts_action.trigger()
    dialog = window.findChild(HelpDialog)
    assert dialog is not None and dialog.tabs.currentIndex() == SHORTCUTS


def _menus(window: RekindleWindow) -> dict[str, QMenu]:
    found: dict[str, QMenu] = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            found[action.text().replace("&", "")] = menu
    return found


def _labels(window: RekindleWindow) -> set[str]:
    """Every button, tick box and menu item text in the window, on every page."""
    words = {b.text() for b in window.findChildren(QAbstractButton)}
    words |= {a.text() for a in window.findChildren(QAction)}
    return {w for w in words if w}


def test_how_sharing_works_opens_from_the_help_menu_in_the_windows_own_words(
    qtbot: QtBot, tmp_path: Path, fast_argon2: Argon2Params, make_window: MakeWindow
) -> None:
    # Sharing and reviewing, so every page the help names is there to compare with.
    folder = tmp_path / "journal"
    access.create_journal(folder, PASSPHRASE, Role.BOTH, argon2=fast_argon2).journal.close()
    window = make_window(folder)
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)

    menus = _menus(window)
    [entry] = [a for a in menus["Help"].actions() if a.text() == "How sharing works"]
    entry.trigger()
    dialog = window.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.tabs.currentIndex() == SHARING
    assert dialog.tabs.tabText(SHARING) == "How sharing works"
    words = dialog.page_text(SHARING)

    # Every label it quotes is a real button, tick box or menu item of the window...
    quoted = re.findall(r"“([^”]+)”", words)
    assert len(quoted) >= 7
    labels = _labels(window)
    assert [q for q in quoted if q not in labels] == []
    for needed in (
        "Share a timeline file…",
        "Open a timeline file…",
        "Reply to your partner…",
        "Stop sharing…",
        "Stop reviewing…",
    ):
        assert f"“{needed}”" in words
    # ...every "Menu ▸ Item…" is in that menu...
    paths = re.findall(r"(\w+) ▸ ([^,.;:]+…)", words)
    assert ("Help", "Safety exit…") in paths
    for menu, item in paths:
        assert item in [a.text() for a in menus[menu].actions()], (menu, item)
    # ...and the pages it sends people to are the journal's pages.
    view = window.stack.currentWidget()
    assert isinstance(view, JournalView)
    pages = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    for page in ("My journal", "Check-ins"):
        assert page in pages and f" {page}" in words

    for said in (
        "safety phrase",
        "don’t pair",
        "USB stick",
        "email",
        "Syncthing",
        "only the two of you",
        "changes nothing",
        "on your own",
        "Stop, any time",
    ):
        assert said in words, said
    for avoided in ("Merkle", "hash", "checkpoint", "fail", "signature", "!"):
        assert avoided.lower() not in words.lower(), avoided

    # The safety exit it names is one click away, as on Getting support.
    dialog._link(QUrl(texts.SAFETY_EXIT_URL))
    exit_dialog = window.findChild(SafetyExitDialog)
    assert exit_dialog is not None and exit_dialog.isVisible()
    exit_dialog.close()


def test_synced_folders_explain_syncthing_nextcloud_and_dropbox_in_a_few_plain_lines(
    qtbot: QtBot, tmp_path: Path, fast_argon2: Argon2Params, make_window: MakeWindow
) -> None:
    folder = tmp_path / "journal"
    access.create_journal(folder, PASSPHRASE, Role.BOTH, argon2=fast_argon2).journal.close()
    window = make_window(folder)
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    dialog = open_help(window, SYNCED)
    assert dialog.tabs.tabText(SYNCED) == "Synced folders"
    assert dialog.tabs.tabText(SHARING) == "How sharing works"  # the pages around it stay
    assert dialog.tabs.tabText(SHORTCUTS) == "Keyboard shortcuts"
    words = dialog.page_text(SYNCED)
    assert words.startswith("Sharing through a synced folder")

    # A few plain lines for each tool.
    for tool in ("Syncthing", "Nextcloud", "Dropbox"):
        [line] = [line for line in words.splitlines() if line.startswith(f"{tool}.")]
        assert len(line) < 240, line
    # The set-up names the window's own tick box and button, and the file to pick.
    quoted = re.findall(r"“([^”]+)”", words)
    assert quoted == ["Also save it to a folder after each change", "Open a timeline file…"]
    assert set(quoted) <= _labels(window)
    assert "timeline.rekindle" in words
    assert "looks at it again by itself whenever it changes" in words
    for said in ("encrypted for your partner", "cannot read it", "safe to delete"):
        assert said in words, said
    for avoided in ("Merkle", "hash", "checkpoint", "fail", "signature", "!"):
        assert avoided.lower() not in words.lower(), avoided
