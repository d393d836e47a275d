"""Screenshots of Rekindle's first run, unlock, main window and lock screen (and a
reviewer's long record opening on its newest weeks).

Run it on a real X server; with no DISPLAY it starts its own Xvfb:

    python docs/make_screenshots.py [OUTPUT_FOLDER]    # default: docs/screenshots

Light shots first, then the main ones again in the dark scheme (*-dark.png). For a
high-DPI check, run it with QT_SCALE_FACTOR=2 into another folder: the virtual screen
grows to match.

It uses a throwaway journal in a temporary folder and temporary XDG folders, so it
never touches your own journal, settings or keyring entries.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE_PASSPHRASE = "tangerine lantern quietly orbits"
SIZE = (1000, 700)


def _start_xvfb() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        raise SystemExit("No DISPLAY and no Xvfb. Install xvfb, or run under an X server.")
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    return start_xvfb(f"{round(1400 * scale)}x{round(1000 * scale)}")


def start_xvfb(screen: str) -> subprocess.Popen[bytes]:
    """An Xvfb of `screen` ("WIDTHxHEIGHT") on a free display, which DISPLAY then names."""
    display = f":{80 + os.getpid() % 19}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{screen}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
    deadline = time.monotonic() + 10
    while not socket.exists():
        if xvfb.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("Xvfb did not start.")
        time.sleep(0.05)
    os.environ["DISPLAY"] = display
    return xvfb


def _isolate(home: Path) -> None:
    """Temporary XDG folders: no real settings, runtime locks or data are touched."""
    for name, sub in [
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ]:
        (home / sub).mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(home / sub)
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    os.environ["QT_QPA_PLATFORM"] = "xcb"


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="rekindle-screenshots-"))
    xvfb = _start_xvfb()
    try:
        _isolate(work / "home")
        return _shoot(out, work / "journal")
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)
        shutil.rmtree(work, ignore_errors=True)


def _shoot(out: Path, folder: Path) -> int:
    # Qt is imported only now, once DISPLAY and the XDG folders are set.
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, Qt
    from PySide6.QtWidgets import QApplication

    from rekindle_desktop.crypto.kdf import FLOOR_ARGON2
    from rekindle_desktop.domain.role import Role
    from rekindle_desktop.ui import setup_flow as steps
    from rekindle_desktop.ui.crash import CrashDialog, describe_bug
    from rekindle_desktop.ui.main_window import RekindleWindow
    from rekindle_desktop.ui.setup_flow import SetupFlow
    from rekindle_desktop.ui.style import apply_look
    from rekindle_desktop.ui.unlock_view import UnlockView

    app = QApplication(["rekindle-screenshots"])
    app.setApplicationName("Rekindle")
    apply_look(app)

    def pump(ms: int = 150) -> None:
        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def wait_until(condition: Callable[[], bool], what: str, ms: int = 15_000) -> None:
        deadline = QDeadlineTimer(ms)
        while not condition():
            if deadline.hasExpired():
                raise SystemExit(f"Timed out waiting for {what}.")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def shoot(window: RekindleWindow, name: str) -> None:
        pump(250)  # let the paint reach the X server
        geometry = window.frameGeometry()
        screen = window.screen()
        image = screen.grabWindow(
            0, geometry.x(), geometry.y(), geometry.width(), geometry.height()
        )
        path = out / f"{name}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"Could not save {path}.")
        print(path)

    # --- first run ---------------------------------------------------------------------
    window = RekindleWindow(folder, argon2=FLOOR_ARGON2)
    window.resize(*SIZE)
    window.move(0, 0)
    window.start()
    window.show()
    wait_until(window.isVisible, "the window")
    flow = window.stack.currentWidget()
    assert isinstance(flow, SetupFlow)

    shoot(window, "first-run-1-welcome")
    flow.go_next()
    shoot(window, "first-run-2-safety")
    flow.go_next()
    for button in flow.role_group.buttons():
        if button.property("role") == Role.SHARING.value:
            button.setChecked(True)
    shoot(window, "first-run-3-role")
    flow.go_next()
    flow.passphrase_form.first.setText(SAMPLE_PASSPHRASE)
    flow.passphrase_form.second.setText(SAMPLE_PASSPHRASE)
    shoot(window, "first-run-4-passphrase")
    flow.go_next()
    wait_until(lambda: flow.current_step() == steps.CODE, "the recovery code")
    code = flow.code_label.text()
    shoot(window, "first-run-5-recovery-code")
    flow.go_next()
    flow.confirm_field.setText(code.split("-")[flow.asked_group()])
    shoot(window, "first-run-6-confirm-code")
    flow.go_next()
    wait_until(lambda: "Checking" not in flow.remember_status.text(), "the keyring check")
    shoot(window, "first-run-7-remember")
    flow.go_next()
    wait_until(lambda: window.journal is not None, "the journal to open")
    shoot(window, "main-window-sharing")
    dialog = window.open_change_passphrase()
    assert dialog is not None
    dialog.form.first.setText("short")
    dialog.form.second.setText("short")
    dialog.save_passphrase()
    shoot(window, "change-passphrase")
    dialog.reject()
    pump()
    leaving = window.open_delete_journal()
    assert leaving is not None
    leaving.field.setText(leaving.phrase)
    pump()
    leaving.grab().save(str(out / "delete-journal.png"), "PNG")
    leaving.reject()
    pump()
    try:
        int(SAMPLE_PASSPHRASE)  # a stand-in bug, holding a passphrase in its message
    except ValueError as exc:
        crash = CrashDialog(describe_bug(type(exc), exc, exc.__traceback__), window)
    crash.show()
    shoot(window, "crash-dialog")
    crash.reject()
    pump()
    window.lock()
    shoot(window, "lock-screen")
    window.close()
    pump()

    # --- the next day: unlock -------------------------------------------------------
    window = RekindleWindow(folder, argon2=FLOOR_ARGON2)
    window.resize(*SIZE)
    window.move(0, 0)
    window.start()
    window.show()
    wait_until(window.isVisible, "the window")
    view = window.stack.currentWidget()
    assert isinstance(view, UnlockView)
    view.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
    shoot(window, "unlock")
    view.passphrase.setText("not the right one")
    view.unlock_with_passphrase()
    wait_until(view.passphrase_note.isVisible, "the wrong-passphrase note")
    wait_until(view.unlock_button.isEnabled, "the unlock button")
    shoot(window, "unlock-wrong-passphrase")
    view.show_recovery()
    shoot(window, "unlock-recovery-code")
    window.close()
    pump()

    from rekindle_desktop.services import access, conversation
    from rekindle_desktop.services.clock import system_clock
    from rekindle_desktop.services.demo import DEMO_PASSPHRASE, create_demo, create_demo_journal
    from rekindle_desktop.services.journal_session import JournalSession
    from rekindle_desktop.ui.export_dialog import ExportDialog
    from rekindle_desktop.ui.help_dialog import SUPPORT, open_help
    from rekindle_desktop.ui.journal_view import JournalView
    from rekindle_desktop.ui.pairing_dialog import PairingDialog

    def shoot_dialog(dialog, window: RekindleWindow, name: str) -> None:
        dialog.show()
        dialog.move(window.x() + 200, window.y() + 120)
        pump(250)
        path = out / f"{name}.png"
        dialog.grab().save(str(path), "PNG")
        print(path)
        dialog.close()

    def shoot_demo(suffix: str) -> None:
        demo = create_demo_journal(parent=folder.parent)
        window = RekindleWindow(demo.folder.path, argon2=FLOOR_ARGON2, demo=True)
        window.move(0, 0)
        window.show()
        window.open_journal(JournalSession(demo))
        wait_until(window.isVisible, "the demo window")
        page = window.stack.currentWidget()
        assert isinstance(page, JournalView) and page.sharer and page.review
        shoot(window, f"timeline-demo{suffix}")
        page.tabs.setCurrentWidget(page.review)
        shoot(window, f"review-demo{suffix}")
        conversation.add_agenda_item(demo, "How the evenings have felt this week")
        conversation.add_agenda_item(demo, "Can we talk about Friday?", from_partner=True)
        page.tabs.setCurrentWidget(page.check_ins)
        shoot(window, f"check-ins{suffix}")
        page.tabs.setCurrentIndex(page.tabs.count() - 1)  # Insights
        shoot(window, f"insights-demo{suffix}")
        shoot_dialog(ExportDialog(JournalSession(demo), window), window, f"export-preview{suffix}")
        if not suffix:
            shoot_dialog(PairingDialog(demo, window), window, "pairing")
        page.tabs.setCurrentIndex(0)
        help_dialog = open_help(window, SUPPORT)
        help_dialog.move(window.x() + 220, window.y() + 90)
        shoot(window, f"help-support{suffix}")
        help_dialog.close()
        window.close()
        pump()

    # --- a demo journal: the timeline, review mode, insights, export and pairing -------
    shoot_demo("")

    # --- a reviewer's long record, on its newest weeks while the rest is read ------------
    _sharer, long_record = create_demo(
        folder.parent / "long", days=700, busy=True, clock=system_clock()
    )
    window = RekindleWindow(long_record, argon2=FLOOR_ARGON2)
    window.resize(*SIZE)
    window.move(0, 0)
    window.show()
    window.open_journal(JournalSession(access.unlock_with_passphrase(long_record, DEMO_PASSPHRASE)))
    page = window.stack.currentWidget()
    assert isinstance(page, JournalView) and page.newest_reviewed is not None
    shoot(window, "review-newest-weeks")
    wait_until(page.loaded, "the whole record", ms=60_000)
    window.close()
    pump()

    # --- the same in the dark scheme ----------------------------------------------------
    apply_look(app, Qt.ColorScheme.Dark)
    window = RekindleWindow(folder.parent / "dark-first-run", argon2=FLOOR_ARGON2)
    window.resize(*SIZE)
    window.move(0, 0)
    window.start()
    window.show()
    wait_until(window.isVisible, "the window")
    shoot(window, "first-run-1-welcome-dark")
    window.close()
    pump()
    shoot_demo("-dark")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
