"""Journal ▸ Delete this journal…: Delete stays disabled until the words match exactly,
the journal's files go, a backup made before stays, and the window ends on first run."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from rekindle_desktop.ui.delete_journal_dialog import DeleteJournalDialog
from rekindle_desktop.ui.setup_flow import SetupFlow
from tests.conftest import PASSPHRASE
from tests.gui.conftest import MakeWindow, unlock_through_window, visible_journal_content


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Deleting never needs a message box; any that appears is recorded here."""
    shown: list[str] = []
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *args, **kw: shown.append(str(args)))
    return shown


def test_delete_is_disabled_until_the_words_match_then_the_window_is_on_first_run(
    qtbot: QtBot,
    existing_journal: tuple[Path, str],
    make_window: MakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_message_boxes: list[str],
) -> None:
    folder, _code = existing_journal
    window = make_window(folder)
    assert not window.delete_journal_action.isEnabled()  # locked: nothing to delete
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    assert window.delete_journal_action.isEnabled()
    saved = tmp_path / "before.rekindle-backup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(saved), ""))
    window.backup_action.trigger()
    backup_before = saved.read_bytes()

    dialog = window.open_delete_journal()
    assert isinstance(dialog, DeleteJournalDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.delete_button.isEnabled()
    for almost in ("delete my journa", "Delete my journal", "delete my journal!"):
        dialog.field.setText(almost)
        assert not dialog.delete_button.isEnabled()
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # Enter does nothing either
        assert folder.exists() and dialog.isVisible()
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "delete my journal")
    assert dialog.delete_button.isEnabled()

    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), SetupFlow))
    assert window.journal is None
    assert not folder.exists()
    assert saved.read_bytes() == backup_before
    assert not visible_journal_content()
    assert not window.delete_journal_action.isEnabled()
    assert "Your journal was deleted" in window.status_text()
    assert no_message_boxes == []


def test_keep_my_journal_changes_nothing(
    qtbot: QtBot,
    existing_journal: tuple[Path, str],
    make_window: MakeWindow,
    no_message_boxes: list[str],
) -> None:
    folder, _code = existing_journal
    window = make_window(folder)
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    dialog = window.open_delete_journal()
    assert isinstance(dialog, DeleteJournalDialog)
    qtbot.keyClicks(dialog.field, "delete my")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert window.journal is not None and window.journal.is_open
    assert (folder / "keyslots.json").exists()
    assert visible_journal_content()
