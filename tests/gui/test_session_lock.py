"""The screen locking or the computer about to sleep locks Rekindle as its Lock button does.

The window runs in a process of its own (Qt keeps one session and one system bus per
process), with two private dbus-daemons standing in for the session and system buses.
The real signals are sent with dbus-send. The process reports, after each signal it
also heard, whether the window is locked; after a lock it unlocks and reports what is
in the quick-log bar, where the words had been typed.

Run as `python -m tests.gui.test_session_lock FOLDER` it is that process.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from rekindle_desktop.crypto.kdf import FLOOR_ARGON2
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access
from tests.conftest import PASSPHRASE
from tests.real_services import message_bus, require

DRAFT = "I told her I'd call after the meeting and"
THIS_SESSION = "c7"  # XDG_SESSION_ID; logind's path for it is .../session/c7
ROOT = Path(__file__).parents[2]
# The offscreen platform cannot resize native windows (pyproject's qt_log_ignore too).
OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"


class WindowProcess:
    """A Rekindle window in a process of its own, reporting one line at a time."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.gui.test_session_lock", str(folder)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=env, cwd=ROOT,
        )  # fmt: skip
        self._heard = b""

    def says(self) -> str:
        """Its next line; a window silent for a minute fails the test instead of hanging it."""
        assert self.process.stdout is not None
        out = self.process.stdout.fileno()
        deadline = time.monotonic() + 60
        while b"\n" not in self._heard:
            ready, _, _ = select.select([out], [], [], max(0.0, deadline - time.monotonic()))
            assert ready, "no word from the window for a minute"
            chunk = os.read(out, 4096)
            assert chunk, "\n".join(self.finish())
            self._heard += chunk
        line, _, self._heard = self._heard.partition(b"\n")
        return line.decode()

    def finish(self) -> list[str]:
        """Close its input (it quits then); the lines it wrote on stderr."""
        try:
            _out, err = self.process.communicate(timeout=30)
        finally:
            if self.process.poll() is None:
                self.process.kill()
        return [line for line in err.splitlines() if line != OFFSCREEN_NOTE]


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=FLOOR_ARGON2).journal.close()
    return folder


@pytest.fixture
def buses() -> Iterator[tuple[str, str]]:
    with message_bus() as session, message_bus() as system:
        yield session, system


def send(bus: str, path: str, signal: str, *args: str) -> None:
    subprocess.run(
        [require("dbus-send"), f"--bus={bus}", "--type=signal", path, signal, *args],
        check=True, timeout=10,
    )  # fmt: skip


def test_the_screen_locking_or_sleep_locks_and_keeps_the_typed_words(
    journal: Path, buses: tuple[str, str]
) -> None:
    session, system = buses
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": session,
        "DBUS_SYSTEM_BUS_ADDRESS": system,
        "XDG_SESSION_ID": THIS_SESSION,
    }
    window = WindowProcess(journal, env)
    try:
        assert window.says() == "ready"

        send(session, "/org/freedesktop/ScreenSaver",
             "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:false")  # fmt: skip
        assert window.says() == "ActiveChanged false: open"  # the screen saver stopping

        send(session, "/org/freedesktop/ScreenSaver",
             "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true")  # fmt: skip
        assert window.says() == "ActiveChanged true: locked"
        assert window.says() == f"unlocked: {DRAFT}"

        send(session, "/org/gnome/ScreenSaver",
             "org.gnome.ScreenSaver.ActiveChanged", "boolean:true")  # fmt: skip
        assert window.says() == "ActiveChanged true: locked"
        assert window.says() == f"unlocked: {DRAFT}"

        send(system, "/org/freedesktop/login1",
             "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:false")  # fmt: skip
        assert window.says() == "PrepareForSleep false: open"  # waking up

        send(system, "/org/freedesktop/login1",
             "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:true")  # fmt: skip
        assert window.says() == "PrepareForSleep true: locked"
        assert window.says() == f"unlocked: {DRAFT}"

        send(system, "/org/freedesktop/login1/session/c8",
             "org.freedesktop.login1.Session.Lock")  # fmt: skip
        assert window.says() == "Lock: open"  # someone else's session

        send(system, f"/org/freedesktop/login1/session/{THIS_SESSION}",
             "org.freedesktop.login1.Session.Lock")  # fmt: skip
        assert window.says() == "Lock: locked"
        assert window.says() == f"unlocked: {DRAFT}"
    finally:
        err = window.finish()
    assert window.process.returncode == 0, err
    assert err == []  # not a warning, not a traceback


def test_without_any_bus_the_window_works_and_says_nothing(journal: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/no-session-bus",
        "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={tmp_path}/no-system-bus",
    }
    window = WindowProcess(journal, env)
    try:
        assert window.says() == "ready"
        assert window.process.stdin is not None
        window.process.stdin.write("lock\n")  # its own Lock still locks and keeps the words
        window.process.stdin.flush()
        assert window.says() == "Lock button: locked"
        assert window.says() == f"unlocked: {DRAFT}"
    finally:
        err = window.finish()
    assert window.process.returncode == 0, err
    assert err == []


# --- the window's process -----------------------------------------------------------------


def main(folder: Path) -> int:
    """Open the journal in a real window, type into the quick-log bar, then report."""
    from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Slot
    from PySide6.QtDBus import QDBusConnection, QDBusMessage
    from PySide6.QtWidgets import QApplication

    from rekindle_desktop.domain.entries import EntryKind
    from rekindle_desktop.ui.journal_view import JournalView
    from rekindle_desktop.ui.main_window import RekindleWindow
    from rekindle_desktop.ui.quick_log import QuickLogBar
    from rekindle_desktop.ui.unlock_view import UnlockView

    app = QApplication([])
    window = RekindleWindow(folder, argon2=FLOOR_ARGON2)
    window.show()

    def say(line: str) -> None:
        print(line, flush=True)

    def unlock() -> None:
        view = window.stack.currentWidget()
        assert isinstance(view, UnlockView)
        view.passphrase.setText(PASSPHRASE)
        view.unlock_button.click()

    def bar() -> QuickLogBar:
        view = window.stack.currentWidget()
        assert isinstance(view, JournalView) and view.sharer is not None
        return view.sharer.quick_log

    first = True

    def unlocked() -> None:
        nonlocal first
        if first:
            first = False
            bar().choose(EntryKind.DISCLOSURE)
            bar().text.setText(DRAFT)
            say("ready")
        else:
            say(f"unlocked: {bar().text.text()}")

    def report(heard: str) -> None:
        # Queued behind the window's own handling of the same signal.
        def after() -> None:
            locked = window.journal is None
            say(f"{heard}: {'locked' if locked else 'open'}")
            if locked:
                unlock()

        QTimer.singleShot(0, after)

    class Listener(QObject):
        @Slot(QDBusMessage)
        def heard(self, message: QDBusMessage) -> None:
            values = " ".join(str(value).lower() for value in message.arguments())
            report(f"{message.member()} {values}".strip())

    listener = Listener()
    session, system = QDBusConnection.sessionBus(), QDBusConnection.systemBus()
    for bus, interface, member in [
        (session, "org.freedesktop.ScreenSaver", "ActiveChanged"),
        (session, "org.gnome.ScreenSaver", "ActiveChanged"),
        (system, "org.freedesktop.login1.Manager", "PrepareForSleep"),
        (system, "org.freedesktop.login1.Session", "Lock"),
    ]:
        if bus.isConnected():
            bus.connect("", "", interface, member, listener, "1heard(QDBusMessage)")  # type: ignore[call-overload]

    def command() -> None:
        line = sys.stdin.readline()
        if line == "lock\n":
            window.lock()
            report("Lock button")
        elif not line:  # the test closed its end
            stdin.setEnabled(False)
            window.close_journal()
            app.quit()

    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(command)
    window.unlocked.connect(lambda: QTimer.singleShot(0, unlocked))
    window.start()
    unlock()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
