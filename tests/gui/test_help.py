"""Help is one key away on every screen: setup, unlock, the journal and its dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rekindle_desktop.ui.help_dialog import ABOUT, SHORTCUTS, SUPPORT, HelpDialog
from rekindle_desktop.ui.main_window import RekindleWindow
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
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, HelpDialog) and w.isVisible()]
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
    assert words == ["Getting support", "Safety exit…", "Keyboard shortcuts", "About Rekindle"]
    assert window.help_action.shortcut().toString() == "F1"
    window.shortcuts_action.trigger()
    dialog = window.findChild(HelpDialog)
    assert dialog is not None and dialog.tabs.currentIndex() == SHORTCUTS
