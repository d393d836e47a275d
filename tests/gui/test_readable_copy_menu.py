"""Journal ▸ Take a readable copy… writes the page and the JSON where the person chose,
private entries only when the box is ticked, and says where, and that it is not encrypted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from rekindle_desktop.domain.entries import Draft, EntryKind, Words
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.services import access, readable_copy
from rekindle_desktop.services.clock import system_clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.ui.readable_copy_dialog import ReadableCopyDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import MakeWindow, unlock_through_window, visible_text

SHARED = "I told you about the message from J. straight away."
PRIVATE = "canary-private-4d2: how ashamed I still feel"


def test_take_a_readable_copy_from_the_journal_menu(
    qtbot: QtBot,
    existing_journal: tuple[Path, str],
    make_window: MakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _code = existing_journal
    clock = system_clock()
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        log = JournalLog(journal, clock)
        log.add(Draft(EntryKind.DISCLOSURE, Moment.now(clock.zone), Words(SHARED)))
        log.add(Draft(EntryKind.APPRECIATION, Moment.now(clock.zone), Words(PRIVATE), True))
    window = make_window(folder)
    assert not window.readable_copy_action.isEnabled()  # nothing to copy while locked
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(window.readable_copy_action.isEnabled)
    qtbot.waitUntil(lambda: window._records() is not None)
    window.readable_copy_action.trigger()
    dialog = window.findChild(ReadableCopyDialog)
    assert isinstance(dialog, ReadableCopyDialog)
    qtbot.waitExposed(dialog)
    assert "not encrypted" in visible_text(dialog)
    assert not dialog.include_private.isChecked()

    chosen = tmp_path / "my copy"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(chosen))
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    assert saved.args == [chosen]
    page = (chosen / readable_copy.HTML_NAME).read_text(encoding="utf-8")
    assert SHARED in page and PRIVATE not in page
    document = json.loads((chosen / readable_copy.JSON_NAME).read_text(encoding="utf-8"))
    assert [e["body"]["text"] for e in document["entries"]] == [SHARED]
    shown = visible_text(dialog)
    assert f"Saved in {chosen}." in shown and "private entries are not in it" in shown
    assert f"Readable copy saved in {chosen}. It is not encrypted." in window.status_text()

    # Ticked, the private entry goes in too, and the earlier copy is replaced.
    dialog.include_private.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    assert PRIVATE in (chosen / readable_copy.HTML_NAME).read_text(encoding="utf-8")
    assert "private entries are in it" in visible_text(dialog)

    # A folder holding someone else's file of that name is refused, in plain words.
    other = tmp_path / "other"
    other.mkdir()
    (other / readable_copy.HTML_NAME).write_text("my own page")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(other))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.note.isVisible())
    assert "isn't an earlier readable copy" in dialog.note.text()
    assert (other / readable_copy.HTML_NAME).read_text() == "my own page"
    qtbot.waitUntil(dialog.save_button.isEnabled)
    dialog.close()
