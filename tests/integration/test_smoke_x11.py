"""The real app in a real X server: it unlocks, paints, reports timings, and looks right."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).parent.parent.parent
SCREENSHOT_DIR = ROOT / "screenshots-out"


def _smoke(
    display: str, journal: Path, passphrase_file: Path, *extra: str
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "REKINDLE_PASSPHRASE_FILE": str(passphrase_file),
    }
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "rekindle_desktop",
            "--journal",
            str(journal),
            "--smoke-test",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture
def journal(tmp_path: Path, fast_argon2: Argon2Params) -> Path:
    folder = tmp_path / "journal"
    access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=fast_argon2).journal.close()
    return folder


@pytest.mark.slow
def test_main_window_opens_in_a_real_x_server(
    x_display: str, journal: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    shot = tmp_path / "main-window.png"
    result = _smoke(x_display, journal, secret, "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    timings = json.loads(lines[0])
    assert set(timings) == {
        "first_frame_ms",
        "startup_ms",
        "unlock_ms",
        "first_paint_ms",
        "newest_weeks_ms",
        "journal_shown_ms",
    }
    assert all(isinstance(v, int | float) and v >= 0 for v in timings.values())
    assert timings["first_paint_ms"] >= timings["unlock_ms"]
    # A short journal is read at once: its newest weeks come with the whole of it.
    assert timings["newest_weeks_ms"] == timings["journal_shown_ms"]
    # On a real X server too, the first frame is painted before the window's code loads.
    assert 0 < timings["first_frame_ms"] < timings["startup_ms"] <= timings["first_paint_ms"]

    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 600 and image.height() >= 400
    # A painted window, not a blank screen: many distinct colours (text, widgets).
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    shutil.copy(shot, SCREENSHOT_DIR / "smoke-main-window.png")


@pytest.mark.slow
def test_wrong_passphrase_exits_with_a_clear_message(
    x_display: str, journal: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("not the passphrase at all")
    result = _smoke(x_display, journal, secret)
    assert result.returncode == 1
    assert "passphrase doesn't open" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.strip() == ""
