"""Work beside the window hands its outcome back to the GUI thread, and a window closed
meanwhile (a lock takes the journal's widgets) never crashes the app.

The crash this guards against was found by CI: a worker emitted on an object its widget
owned while the widget was being deleted (`test_locking_while_a_reviewers_record_is_read
_says_nothing`), and the process died with a segmentation fault.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.ui.background import run_in_background

# Rounds: in each, the widget is deleted at a slightly different moment against its
# worker handing back. Before the fix, the process died within its first 100-3,000 rounds
# (0.05-1.4 s; about 2,000 rounds a second on an idle machine, 200 beside a busy one).
ROUNDS = 3000
AT_MOST_S = 10.0

_RACE = """
import random, sys, threading, time
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from rekindle_desktop.ui.background import run_in_background

app = QApplication([])
told = []
rounds = 0
wanted, deadline = int(sys.argv[1]), time.monotonic() + float(sys.argv[2])
while rounds < wanted and time.monotonic() < deadline:
    widget = QWidget()
    go = threading.Event()
    def work(go=go):
        go.wait()
        return rounds
    run_in_background(widget, work, success=told.append)
    go.set()
    time.sleep(random.uniform(0, 0.0003))  # the worker hands back about now
    shiboken6.delete(widget)  # as a lock deletes the journal's widgets
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    rounds += 1
print(rounds, len(told))
"""


def test_a_widget_deleted_while_its_work_hands_back_never_crashes_the_app(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ran = subprocess.run(
        [sys.executable, "-c", _RACE, str(ROUNDS), str(AT_MOST_S)],
        capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr[-2000:]
    rounds, told = map(int, ran.stdout.split())
    assert rounds >= 300  # it did race, many times
    assert told == 0  # and nothing ran for a widget that was gone


def test_the_outcome_reaches_the_widget_on_its_own_thread(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    heard: list[tuple[str, object, bool]] = []
    finished: list[bool] = []

    def note(what: str):  # type: ignore[no-untyped-def]
        return lambda value: heard.append(
            (what, value, threading.current_thread() is threading.main_thread())
        )

    run_in_background(widget, lambda: 42, success=note("result"))
    qtbot.waitUntil(lambda: len(heard) == 1)
    refusal = UserFacingError("The journal is busy.", "Try again in a moment.")

    def refuse() -> None:
        raise refusal

    run_in_background(
        widget,
        refuse,
        success=note("result"),
        failure=note("refused"),
        finished=lambda: finished.append(True),
    )
    qtbot.waitUntil(lambda: len(heard) == 2)
    assert heard == [("result", 42, True), ("refused", refusal, True)]
    assert finished == [True]
