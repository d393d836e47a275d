"""Hears the desktop lock its screen or the computer get ready to sleep, over D-Bus.

The window connects `lock_requested` to its own lock, so a session lock keeps typed
words as drafts exactly as the Lock button does. No bus, or no such service, is normal
(a bare X session, a container): then nothing is heard and nothing is said.
"""

from __future__ import annotations

import os
import string

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

# Each desktop's screen saver says ActiveChanged(true) when it starts, or locks.
SCREEN_SAVERS = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.mate.ScreenSaver",
)
LOGIN_MANAGER = "org.freedesktop.login1.Manager"
LOGIN_SESSION = "org.freedesktop.login1.Session"
SESSIONS_PATH = "/org/freedesktop/login1/session/"


def session_path(session_id: str) -> str:
    """logind's object path for a session id, escaped as sd-bus escapes path labels."""
    allowed = set(string.ascii_letters + string.digits)
    escaped = "".join(
        char if char in allowed and not (i == 0 and char.isdigit()) else f"_{ord(char):02x}"
        for i, char in enumerate(session_id)
    )
    return SESSIONS_PATH + (escaped or "_")


class SessionLockWatcher(QObject):
    """Emits `lock_requested` when the screen locks, the session is locked, or sleep nears.

    Any sender is heard, on any path: a lock nobody meant costs only an unlock, while
    matching one well-known name would miss desktops that emit from another.
    """

    lock_requested = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        session_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        if session_id is None:
            session_id = os.environ.get("XDG_SESSION_ID")
        if session.isConnected():
            for interface in SCREEN_SAVERS:
                self._hear(session, "", interface, "ActiveChanged", "_screen_saver(bool)")
        if system.isConnected():
            self._hear(system, "", LOGIN_MANAGER, "PrepareForSleep", "_sleep_nears(bool)")
            if session_id:
                self._hear(system, session_path(session_id), LOGIN_SESSION, "Lock", "_locked()")

    def _hear(self, bus: QDBusConnection, path: str, interface: str, name: str, slot: str) -> None:
        # Fails only on a bus that went away meanwhile: then there is nothing to hear.
        # PySide6 takes the slot as str at run time; its stubs say bytes.
        bus.connect("", path, interface, name, self, SLOT(slot))  # type: ignore[call-overload]

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()

    @Slot(bool)
    def _sleep_nears(self, starting: bool) -> None:
        if starting:  # false is the wake-up
            self.lock_requested.emit()

    @Slot()
    def _locked(self) -> None:
        self.lock_requested.emit()
