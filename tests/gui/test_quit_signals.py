"""Logging out, Ctrl+C in a terminal or `timeout` close Rekindle as its window would:
the demo journal is set aside and nothing is left behind, with no traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_closes_the_demo_and_sets_it_aside(
    number: int, tmp_path: Path, qtbot: QtBot
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    app = subprocess.Popen(
        [sys.executable, "-m", "rekindle_desktop", "--demo"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        # The demo folder appears once Rekindle is listening for signals; wait until its
        # partner's file has been reviewed, its last step, so the window is about up.
        def ready() -> bool:
            assert app.poll() is None, app.communicate()[1]  # it must not end by itself
            return bool(list(tmp_path.glob("rekindle-demo-*/partner.rekindle")))

        qtbot.waitUntil(ready, timeout=60_000)
        app.send_signal(number)
        _out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # the demo journal is set aside, not left behind
