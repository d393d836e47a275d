"""First run: the setup flow creates a journal that opens with the chosen passphrase
and with the recovery code it showed, and refuses what would not be safe."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import WrongSecret
from rekindle_desktop.services import access, session
from rekindle_desktop.store import settings
from rekindle_desktop.ui import setup_flow as steps
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.setup_flow import SetupFlow
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE
from tests.gui.conftest import NO_KEYRING, MakeWindow, visible_text

LEFT = Qt.MouseButton.LeftButton


def _flow(window) -> SetupFlow:  # type: ignore[no-untyped-def]
    flow = window.stack.currentWidget()
    assert isinstance(flow, SetupFlow)
    return flow


def _walk_to_passphrase(qtbot: QtBot, flow: SetupFlow, role: Role = Role.SHARING) -> None:
    assert flow.current_step() == steps.WELCOME
    qtbot.mouseClick(flow.next, LEFT)
    assert flow.current_step() == steps.SAFETY
    qtbot.mouseClick(flow.next, LEFT)
    assert flow.current_step() == steps.ROLE
    for button in flow.role_group.buttons():
        if button.property("role") == role.value:
            qtbot.mouseClick(button, LEFT)
    qtbot.mouseClick(flow.next, LEFT)
    assert flow.current_step() == steps.PASSPHRASE


def _create(qtbot: QtBot, flow: SetupFlow, passphrase: str) -> str:
    qtbot.keyClicks(flow.passphrase_form.first, passphrase)
    qtbot.keyClicks(flow.passphrase_form.second, passphrase)
    qtbot.mouseClick(flow.next, LEFT)
    qtbot.waitUntil(lambda: flow.current_step() == steps.CODE, timeout=10_000)
    return flow.code_label.text()


def _confirm(qtbot: QtBot, flow: SetupFlow, code: str) -> None:
    qtbot.mouseClick(flow.next, LEFT)
    assert flow.current_step() == steps.CONFIRM
    qtbot.keyClicks(flow.confirm_field, code.split("-")[flow.asked_group()].lower())
    qtbot.mouseClick(flow.next, LEFT)
    assert flow.current_step() == steps.REMEMBER


def test_first_run_explains_what_rekindle_is_and_where_to_find_help(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(tmp_path / "journal")
    window.start()
    flow = _flow(window)
    welcome = visible_text(flow)
    assert "never surveillance" in welcome
    assert "nothing leaves this computer unless you export it" in welcome.lower()
    assert "counsellor" in welcome
    qtbot.mouseClick(flow.next, LEFT)
    safety = visible_text(flow)
    assert "must never be pressured" in safety
    assert "1-800-799-7233" in safety
    assert "0808 2000 247" in safety
    assert "local emergency number" in safety
    # No one has to hurry past the choice of how to use it.
    qtbot.mouseClick(flow.next, LEFT)
    assert not flow.next.isEnabled()
    assert "!" not in welcome + safety + visible_text(flow)


def test_setup_creates_a_journal_that_opens_with_the_passphrase_and_the_recovery_code(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    folder = tmp_path / "journal"
    window = make_window(folder)
    window.start()
    flow = _flow(window)
    _walk_to_passphrase(qtbot, flow, Role.BOTH)

    code = _create(qtbot, flow, PASSPHRASE)
    assert session.journal_exists(folder)
    assert len(code.replace("-", "")) == 26
    # The code is for writing down, not for copying.
    assert flow.code_label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    # Once the journal exists there is no stepping back to before it.
    assert not flow.back.isVisible()

    _confirm(qtbot, flow, code)
    assert flow.code_label.text() == ""  # not kept once written down
    assert not flow.remember.isChecked()
    qtbot.waitUntil(lambda: NO_KEYRING in flow.remember_status.text())
    assert not flow.remember.isEnabled()

    with qtbot.waitSignal(window.unlocked, timeout=5_000):
        qtbot.mouseClick(flow.next, LEFT)
    view = window.stack.currentWidget()
    assert isinstance(view, JournalView) and view.isVisible()
    assert window.journal is not None and window.journal.get(settings.ROLE) is Role.BOTH
    assert not access.is_remembered(folder)

    window.close()
    assert window.journal is None
    access.unlock_with_passphrase(folder, PASSPHRASE).close()
    access.unlock_with_recovery_code(folder, code).close()
    with pytest.raises(WrongSecret):
        access.unlock_with_passphrase(folder, OTHER_PASSPHRASE)


def test_a_very_weak_passphrase_is_refused_with_a_reason(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    folder = tmp_path / "journal"
    window = make_window(folder)
    window.start()
    flow = _flow(window)
    _walk_to_passphrase(qtbot, flow)
    qtbot.keyClicks(flow.passphrase_form.first, "password")
    assert "Very weak" in flow.passphrase_form.strength.text()
    qtbot.keyClicks(flow.passphrase_form.second, "password")
    qtbot.mouseClick(flow.next, LEFT)
    assert flow.passphrase_note.isVisible()
    assert "too easy to guess" in flow.passphrase_note.text()
    assert flow.current_step() == steps.PASSPHRASE
    assert not session.journal_exists(folder)


def test_two_different_passphrases_are_refused(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    folder = tmp_path / "journal"
    window = make_window(folder)
    window.start()
    flow = _flow(window)
    _walk_to_passphrase(qtbot, flow)
    qtbot.keyClicks(flow.passphrase_form.first, PASSPHRASE)
    qtbot.keyClicks(flow.passphrase_form.second, OTHER_PASSPHRASE)
    qtbot.mouseClick(flow.next, LEFT)
    assert "don't match" in flow.passphrase_note.text()
    assert not session.journal_exists(folder)


def test_a_wrong_recovery_code_group_is_refused_and_the_code_can_be_seen_again(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(tmp_path / "journal")
    window.start()
    flow = _flow(window)
    _walk_to_passphrase(qtbot, flow)
    code = _create(qtbot, flow, PASSPHRASE)
    qtbot.mouseClick(flow.next, LEFT)
    asked = code.split("-")[flow.asked_group()]
    wrong = ("0" if asked[0] != "0" else "1") + asked[1:]
    qtbot.keyClicks(flow.confirm_field, wrong)
    qtbot.mouseClick(flow.next, LEFT)
    assert flow.current_step() == steps.CONFIRM
    assert flow.confirm_note.isVisible()
    assert "doesn't match" in flow.confirm_note.text()
    qtbot.mouseClick(flow.back, LEFT)
    assert flow.current_step() == steps.CODE
    assert flow.code_label.text() == code


def test_creating_the_journal_does_not_freeze_the_window(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(tmp_path / "journal")
    window.start()
    flow = _flow(window)
    _walk_to_passphrase(qtbot, flow)
    qtbot.keyClicks(flow.passphrase_form.first, PASSPHRASE)
    qtbot.keyClicks(flow.passphrase_form.second, PASSPHRASE)
    qtbot.mouseClick(flow.next, LEFT)
    # The click returned while Argon2id runs elsewhere: the window says what is happening.
    assert flow.is_busy()
    assert "takes a moment" in visible_text(flow)
    qtbot.waitUntil(lambda: flow.current_step() == steps.CODE, timeout=10_000)
    assert not flow.is_busy()
