"""One running Rekindle per journal: a second launch brings the first forward."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot

from rekindle_desktop.ui.single_instance import InstanceGuard, InstanceStatus, runtime_folder
from tests.conftest import fingerprint


def test_a_second_guard_asks_the_first_to_come_forward(
    qtbot: QtBot, existing_journal: tuple[Path, str]
) -> None:
    folder, _code = existing_journal
    before = fingerprint(folder)
    first = InstanceGuard(folder)
    assert first.acquire() is InstanceStatus.FIRST
    # The lock lives in the per-user runtime folder, never inside the journal.
    assert first.lock_path.parent == runtime_folder()
    assert folder not in first.lock_path.parents
    second = InstanceGuard(folder)
    with qtbot.waitSignal(first.asked_to_come_forward, timeout=5_000):
        assert second.acquire() is InstanceStatus.FORWARDED
    first.release()
    assert fingerprint(folder) == before

    # Once the first has gone, the next launch is the first again.
    third = InstanceGuard(folder)
    assert third.acquire() is InstanceStatus.FIRST
    third.release()


def test_a_lock_held_by_someone_unreachable_is_reported_and_left_alone(
    existing_journal: tuple[Path, str],
) -> None:
    folder, _code = existing_journal
    guard = InstanceGuard(folder, connect_attempts=1)
    holder = QLockFile(str(guard.lock_path))  # a live holder with no window to reach
    assert holder.tryLock(0)
    assert guard.acquire() is InstanceStatus.IN_USE
    assert guard.lock_path.exists()  # never removed while its holder lives
    holder.unlock()
    assert guard.acquire() is InstanceStatus.FIRST
    guard.release()


def test_launching_rekindle_again_on_an_open_journal_prints_one_line_and_exits_0(
    qtbot: QtBot, existing_journal: tuple[Path, str]
) -> None:
    folder, _code = existing_journal
    first = InstanceGuard(folder)
    assert first.acquire() is InstanceStatus.FIRST
    script = (
        "import sys; from pathlib import Path; "
        "from rekindle_desktop.ui.app import GuiOptions, run_gui; "
        "raise SystemExit(run_gui(GuiOptions(Path(sys.argv[1]))))"
    )
    with qtbot.waitSignal(first.asked_to_come_forward, timeout=20_000):
        result = subprocess.run(
            [sys.executable, "-c", script, str(folder)],
            capture_output=True,
            text=True,
            timeout=60,
            env=os.environ.copy(),
        )
    first.release()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == [
        "Rekindle is already open for this journal; that window has been brought to the front."
    ]


def test_the_command_line_itself_sends_a_second_launch_to_the_first_window(
    qtbot: QtBot, existing_journal: tuple[Path, str]
) -> None:
    """`rekindle` claims the journal itself, before the window's code loads and before
    it begins unlocking: a second launch asks the first window to come forward, and ends."""
    folder, _code = existing_journal
    first = InstanceGuard(folder)
    assert first.acquire() is InstanceStatus.FIRST
    with qtbot.waitSignal(first.asked_to_come_forward, timeout=20_000):
        result = subprocess.run(
            [sys.executable, "-m", "rekindle_desktop", "--journal", str(folder)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    first.release()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == [
        "Rekindle is already open for this journal; that window has been brought to the front."
    ]
