"""SIGTERM and SIGINT (logging out, Ctrl+C in a terminal, `timeout`) close Rekindle the
way closing its window does: the journal is closed properly and a demo set aside.

Python runs its signal handlers only between its own instructions, and Qt's event loop
is not Python: so the signal also writes a byte to a socket Qt watches, which wakes the
loop and lets the handler run.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from types import FrameType

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QThread, QTimer

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitOnSignals:
    """Installs itself for as long as the GUI runs, then puts back what was there."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._receiver, self._sender = socket.socketpair()
        for end in (self._receiver, self._sender):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._receiver.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._drain)
        self._previous: dict[signal.Signals, object] = {}
        self._previous_fd = -1

    def install(self) -> None:
        self._previous_fd = signal.set_wakeup_fd(self._sender.fileno())
        for number in SIGNALS:
            self._previous[number] = signal.signal(number, self._quit)

    def uninstall(self) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._receiver.close()
        self._sender.close()

    def _quit(self, _number: int, _frame: FrameType | None) -> None:
        # Queued: before the event loop has started, quit() alone would be forgotten.
        QTimer.singleShot(0, self._quit_once_running)

    def _quit_once_running(self) -> None:
        # Events are also handled before the main loop runs (a page waiting on a worker
        # while the window is built); quit() there would be forgotten too, so wait for it.
        if QThread.currentThread().loopLevel() == 0:
            QTimer.singleShot(50, self._quit_once_running)
            return
        self._app.quit()

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self._receiver.recv(64)
