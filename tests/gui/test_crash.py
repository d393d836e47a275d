"""A bug in Rekindle becomes a calm crash dialog, never a traceback in someone's face,
and its details carry no passphrase."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.ui.background import run_in_background
from rekindle_desktop.ui.crash import CrashDialog, CrashReporter, describe_bug
from tests.conftest import PASSPHRASE
from tests.gui.conftest import MakeWindow, visible_text


def _a_bug_holding_a_passphrase() -> None:
    passphrase = PASSPHRASE
    int(passphrase)  # ValueError: invalid literal for int() with base 10: '<the passphrase>'


def test_the_details_name_the_place_but_never_the_passphrase() -> None:
    try:
        _a_bug_holding_a_passphrase()
    except ValueError as exc:
        details = describe_bug(type(exc), exc, exc.__traceback__)
        assert PASSPHRASE in str(exc)  # Python did put it in the message
    assert PASSPHRASE not in details
    assert "tangerine" not in details
    assert "_a_bug_holding_a_passphrase" in details
    assert "ValueError" in details


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_in_the_window_opens_the_crash_dialog(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(tmp_path / "journal")
    reporter = CrashReporter(lambda: window)
    reporter.install()
    try:
        QTimer.singleShot(0, _a_bug_holding_a_passphrase)
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        dialog = reporter.dialog
        assert isinstance(dialog, CrashDialog)
        words = visible_text(dialog)
        assert "not something you did" in words
        assert "still there" in words
        assert PASSPHRASE not in dialog.details.toPlainText()
        assert "_a_bug_holding_a_passphrase" in dialog.details.toPlainText()
        # Keep working: the dialog goes, the window stays.
        dialog.keep.click()
        qtbot.waitUntil(lambda: reporter.dialog is None)
        assert window.isVisible()
    finally:
        reporter.uninstall()


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_background_work_reaches_the_crash_dialog(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(tmp_path / "journal")
    reporter = CrashReporter(lambda: window)
    reporter.install()
    try:
        run_in_background(window, _a_bug_holding_a_passphrase, success=lambda _: None)
        qtbot.waitUntil(
            lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5_000
        )
        assert PASSPHRASE not in reporter.dialog.details.toPlainText()  # type: ignore[union-attr]
        reporter.dialog.quit.setEnabled(True)  # type: ignore[union-attr]
    finally:
        reporter.uninstall()


@pytest.mark.qt_no_exception_capture
def test_a_known_problem_nobody_caught_is_a_gentle_message_not_a_crash(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    window = make_window(tmp_path / "journal")
    reporter = CrashReporter(lambda: window)
    reporter.install()

    def disk_full() -> None:
        raise UserFacingError("Rekindle could not write to the folder.", "Free some space.")

    try:
        QTimer.singleShot(0, disk_full)
        qtbot.waitUntil(lambda: bool(shown))
        assert shown == ["Rekindle could not write to the folder.\n\nFree some space."]
        assert reporter.dialog is None
    finally:
        reporter.uninstall()
    assert sys.excepthook is not reporter.hook
