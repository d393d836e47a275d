"""The safety phrase in the window: worked out off the GUI thread while pairing, and
shown again, the same on both computers, from Journal ▸ Safety phrase (SECURITY.md R12)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access, sharing
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.store.journal import Journal
from rekindle_desktop.ui.main_window import RekindleWindow
from rekindle_desktop.ui.pairing_dialog import PairingDialog
from rekindle_desktop.ui.safety_phrase_dialog import SafetyPhraseDialog, in_rows
from tests.conftest import PASSPHRASE
from tests.gui.conftest import MakeWindow


@pytest.fixture
def journals(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[tuple[Journal, Journal]]:
    one = access.create_journal(tmp_path / "1", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    two = access.create_journal(tmp_path / "2", PASSPHRASE, Role.REVIEWING, argon2=fast_argon2)
    yield one.journal, two.journal
    one.journal.close()
    two.journal.close()


def settle() -> None:
    """Let the object that carried a background result delete itself, as it asked.

    A dialog without a parent that Python drops while that deletion is still pending
    crashes PySide6 6.11 ("shared QObject was deleted directly"). In the app every
    dialog has a parent window; a test's dialogs do not, so tests settle first.
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pair(sharer: Journal, reviewer: Journal) -> None:
    for mine, theirs in ((sharer, reviewer), (reviewer, sharer)):
        sharing.confirm_pairing(mine, sharing.preview_pairing(mine, sharing.pairing_code(theirs)))


def test_pairing_works_the_phrase_out_in_the_background_and_shows_it_in_rows(
    qtbot: QtBot, journals: tuple[Journal, Journal]
) -> None:
    sharer, reviewer = journals
    dialog = PairingDialog(reviewer)
    qtbot.addWidget(dialog)
    dialog.their_code.setPlainText(sharing.pairing_code(sharer))
    with qtbot.waitSignal(dialog.phrase_ready) as ready:
        dialog.read_code()
        # Returned at once: the window stays responsive while the words are worked out.
        assert dialog.pages.currentIndex() == 0
        assert not dialog.next_button.isEnabled()
        assert "Working out the safety phrase" in dialog.code_note.text()
    settle()
    phrase = ready.args[0]
    assert len(phrase.split()) == 9
    assert dialog.pages.currentIndex() == 1 and dialog.next_button.isEnabled()
    assert dialog.phrase.text() == in_rows(phrase) and len(dialog.phrase.text().splitlines()) == 3
    dialog.confirm()
    pinned = sharing.paired_with(reviewer, sharing.SHARER)
    assert pinned is not None and pinned.safety_phrase == phrase


def test_both_partners_see_the_same_phrase_again_when_they_open_it_together(
    qtbot: QtBot, journals: tuple[Journal, Journal]
) -> None:
    sharer, reviewer = journals
    pair(sharer, reviewer)
    shown = []
    for journal in (sharer, reviewer):
        dialog = SafetyPhraseDialog(JournalSession(journal))
        qtbot.addWidget(dialog)
        assert "Working out the words" in dialog.shown[0].text()
        qtbot.waitSignal(dialog.phrases_ready).wait()
        settle()
        assert dialog.shown[0].text() == in_rows(dialog.phrases[0])
        shown.append(dialog.phrases)
    assert shown[0] == shown[1]
    assert len(shown[0]) == 1 and len(shown[0][0].split()) == 9
    pinned = sharing.paired_with(sharer, sharing.REVIEWER)
    assert pinned is not None and pinned.safety_phrase == shown[0][0]


def test_before_pairing_the_phrase_view_says_what_comes_first(
    qtbot: QtBot, journals: tuple[Journal, Journal]
) -> None:
    dialog = SafetyPhraseDialog(JournalSession(journals[0]))
    qtbot.addWidget(dialog)
    assert dialog.shown == []
    assert any("haven't paired" in text for text in _texts(dialog))


def test_the_journal_menu_opens_the_safety_phrase(
    qtbot: QtBot,
    journals: tuple[Journal, Journal],
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sharer, reviewer = journals
    pair(sharer, reviewer)
    window: RekindleWindow = make_window(sharer.folder.path)
    assert not window.safety_phrase_action.isEnabled()  # nothing to show while locked
    window.open_journal(JournalSession(sharer))
    assert window.safety_phrase_action.isEnabled()
    opened: list[SafetyPhraseDialog] = []
    monkeypatch.setattr(SafetyPhraseDialog, "exec", lambda self: opened.append(self) or 0)
    window.safety_phrase_action.trigger()
    [dialog] = opened
    qtbot.waitSignal(dialog.phrases_ready).wait()
    assert len(dialog.phrases[0].split()) == 9


def _texts(dialog: SafetyPhraseDialog) -> list[str]:
    return [child.text() for child in dialog.findChildren(QLabel)]
