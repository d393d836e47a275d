"""`run_gui` in smoke-test mode, in a fresh process (one QApplication per process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE, fingerprint

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys, time
started = time.perf_counter()
from pathlib import Path
from rekindle_desktop.crypto.kdf import FLOOR_ARGON2
from rekindle_desktop.ui.app import GuiOptions, run_gui
shot = Path(sys.argv[3]) if len(sys.argv) > 3 else None
raise SystemExit(run_gui(GuiOptions(
    Path(sys.argv[1]), smoke_test=True, smoke_passphrase=sys.argv[2], screenshot=shot,
    argon2=FLOOR_ARGON2, process_started=started,
)))
"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ.copy()
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, timeout=120, env=env
    )


def test_smoke_test_prints_one_json_line_of_timings_and_exits_0(
    existing_journal: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _code = existing_journal
    shot = tmp_path / "shot.png"
    result = _run(str(folder), PASSPHRASE, str(shot))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    timings = json.loads(lines[0])
    assert timings.pop("first_frame_ms") is None  # run_gui on its own shows no first frame
    assert set(timings) == {
        "startup_ms", "unlock_ms", "first_paint_ms", "newest_weeks_ms", "journal_shown_ms"
    }  # fmt: skip
    assert all(isinstance(v, int | float) and v > 0 for v in timings.values())
    assert timings["first_paint_ms"] >= timings["startup_ms"]
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_smoke_test_with_a_wrong_passphrase_exits_1_with_a_clear_message(
    existing_journal: tuple[Path, str],
) -> None:
    folder, _code = existing_journal
    before = fingerprint(folder)
    result = _run(str(folder), OTHER_PASSPHRASE)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "That passphrase doesn't open this journal." in result.stderr
    assert "recovery code" in result.stderr
    assert "Traceback" not in result.stderr
    assert fingerprint(folder) == before


def test_smoke_test_through_the_rekindle_command(
    existing_journal: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _code = existing_journal
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    secret.chmod(0o600)
    env = os.environ.copy() | {
        "QT_QPA_PLATFORM": "offscreen",
        "REKINDLE_PASSPHRASE_FILE": str(secret),
    }
    result = subprocess.run(
        [sys.executable, "-m", "rekindle_desktop", "--journal", str(folder), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    timings = json.loads(result.stdout)
    assert set(timings) == {
        "first_frame_ms",
        "startup_ms",
        "unlock_ms",
        "first_paint_ms",
        "newest_weeks_ms",
        "journal_shown_ms",
    }
    # The command puts a first frame up before the window's code has loaded.
    assert 0 < timings["first_frame_ms"] < timings["startup_ms"] <= timings["first_paint_ms"]


def test_the_app_carries_its_icon_and_the_desktop_file_name(qapp: object) -> None:
    from PySide6.QtCore import QSize

    from rekindle_desktop import resources
    from rekindle_desktop.ui.first_frame import APP_ID, ICON_SIZES, application, give_icon

    app = application()
    give_icon(app)
    assert app.desktopFileName() == APP_ID
    assert (ROOT / "packaging" / f"{APP_ID}.desktop").exists()
    sizes = app.windowIcon().availableSizes()
    assert ICON_SIZES == resources.ICON_SIZES
    assert all(QSize(size, size) in sizes for size in ICON_SIZES)


def test_the_main_window_takes_the_first_frames_place_at_its_own_size(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from rekindle_desktop.ui.first_frame import FIRST_SIZE, FirstFrame, application

    frame = FirstFrame()
    qtbot.addWidget(frame)
    frame.show_now(application())
    assert frame.painted_at is not None
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(FIRST_SIZE.width() + 320, FIRST_SIZE.height() + 160)  # a journal's room
    frame.hand_over(window)
    assert window.isVisible() and not frame.isVisible()
    wanted = (FIRST_SIZE.width() + 320, FIRST_SIZE.height() + 160)
    assert (window.width(), window.height()) == wanted
