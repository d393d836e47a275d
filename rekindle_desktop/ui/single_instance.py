"""One running Rekindle per journal.

A QLockFile in the per-user runtime folder, named from a hash of the journal's path
(never inside the journal folder, which must not change until it is unlocked), and a
local socket beside it so a second launch can ask the first to come forward, and hand
it a file to open (`rekindle FILE` while the journal is open elsewhere).
QLockFile only takes over a lock whose process has gone; a live one is never removed.
"""

from __future__ import annotations

import enum
import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QDir,
    QLockFile,
    QObject,
    QStandardPaths,
    QThread,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox

from rekindle_desktop import APP_NAME
from rekindle_desktop.errors import JournalInUse
from rekindle_desktop.ui.i18n import translate

# One message a line. "come-forward" is all a launch without a file (or an older
# Rekindle) sends; "open-file <file: URL>" follows it when there is a file to hand over.
_COME_FORWARD = b"come-forward\n"
_OPEN_FILE = b"open-file "
MAX_LINE = 8192  # far more than a path needs; a longer line is dropped, not buffered on


class InstanceStatus(enum.Enum):
    FIRST = "first"  # this process has the journal; carry on
    FORWARDED = "forwarded"  # another window has it and was asked to come forward
    IN_USE = "in-use"  # another process holds it but could not be reached


def claim_journal(
    journal_folder: Path, open_file: Path | None = None, *, quietly: bool = False
) -> InstanceGuard | int:
    """The journal's instance lock, if this is its first window; otherwise the exit code,
    once the window that has it was asked to come forward (and given `open_file`), or it
    was said that another has it (in a message box unless `quietly`)."""
    guard = InstanceGuard(journal_folder)
    status = guard.acquire(open_file)
    if status is InstanceStatus.FIRST:
        return guard
    if status is InstanceStatus.FORWARDED:
        print(
            "Rekindle is already open for this journal; that window has been brought to "
            "the front" + (" and opens the file." if guard.file_handed_over else ".")
        )
        return 0
    error = journal_in_use()
    print(f"{error.message} {error.next_step}".strip(), file=sys.stderr)
    if not quietly:
        QMessageBox.information(None, APP_NAME, f"{error.message}\n\n{error.next_step}")
    return 1


def journal_in_use() -> JournalInUse:
    return JournalInUse(
        translate("SingleInstance", "Rekindle already has this journal open in another window."),
        translate(
            "SingleInstance",
            "Switch to that window. If you can't find it, wait a moment and try again, "
            "or sign out and back in.",
        ),
    )


def instance_key(journal_folder: Path) -> str:
    resolved = str(journal_folder.expanduser().resolve())
    return "rekindle-" + hashlib.sha256(resolved.encode()).hexdigest()[:24]


def runtime_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return Path(location or QDir.tempPath())


class InstanceGuard(QObject):
    """Holds the journal's instance lock for as long as this object lives."""

    asked_to_come_forward = Signal()
    asked_to_open = Signal(Path)  # a second launch's FILE, absolute

    def __init__(
        self, journal_folder: Path, parent: QObject | None = None, *, connect_attempts: int = 10
    ) -> None:
        super().__init__(parent)
        key = instance_key(journal_folder)
        folder = runtime_folder()
        self.lock_path = folder / f"{key}.lock"
        # On Unix the socket is a file beside the lock; on Windows a named pipe.
        self.server_name = key if sys.platform == "win32" else str(folder / f"{key}.socket")
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # a live holder is never "stale" by age alone
        self._server: QLocalServer | None = None
        self._connect_attempts = connect_attempts
        self._heard: dict[QLocalSocket, bytearray] = {}
        self.file_handed_over = False  # acquire(open_file): the first window was given it

    def acquire(self, open_file: Path | None = None) -> InstanceStatus:
        if self._lock.tryLock(0):
            self._listen()
            return InstanceStatus.FIRST
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # The runtime folder cannot hold a lock (permissions, odd file system).
            # Refusing to start would help nobody; SQLite still guards the database.
            return InstanceStatus.FIRST
        if self._ask_first_to_come_forward(_message(open_file)):
            return InstanceStatus.FORWARDED
        return InstanceStatus.IN_USE

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _listen(self) -> None:
        # We hold the lock, so any socket file left here belongs to a process that is gone.
        QLocalServer.removeServer(self.server_name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.server_name):
            server.newConnection.connect(self._accept)
            self._server = server

    @Slot()
    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            self._heard[socket] = bytearray()
            socket.readyRead.connect(self._ready_read)
            socket.disconnected.connect(self._forget)
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    @Slot()
    def _ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    @Slot()
    def _forget(self) -> None:
        # Only forgotten: a socket is also told it is disconnected while being deleted.
        self._heard.pop(self.sender(), None)  # type: ignore[call-overload]

    def _read(self, socket: QLocalSocket) -> None:
        heard = self._heard.get(socket)
        if heard is None or not socket.bytesAvailable():
            return
        heard += bytes(socket.readAll().data())
        while b"\n" in heard:
            line, _, rest = bytes(heard).partition(b"\n")
            heard[:] = rest
            self._act_on(line)
        if len(heard) > MAX_LINE:  # no sender of ours writes that much: stop listening
            self._heard.pop(socket, None)
            socket.abort()

    def _act_on(self, line: bytes) -> None:
        if line == _COME_FORWARD.rstrip(b"\n"):
            self.asked_to_come_forward.emit()
        elif line.startswith(_OPEN_FILE) and len(line) <= MAX_LINE:
            url = QUrl.fromEncoded(QByteArray(line[len(_OPEN_FILE) :]), QUrl.ParsingMode.StrictMode)
            if url.isValid() and url.isLocalFile():
                self.asked_to_open.emit(Path(url.toLocalFile()))

    def _ask_first_to_come_forward(self, message: bytes = _COME_FORWARD) -> bool:
        for attempt in range(self._connect_attempts):
            socket = QLocalSocket()
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(500):
                socket.write(message)
                self.file_handed_over = message != _COME_FORWARD
                sent = socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return sent or socket.bytesToWrite() == 0
            if attempt + 1 < self._connect_attempts:
                # The first may have just taken the lock and not be listening yet.
                QThread.msleep(100)
        return False


def _message(open_file: Path | None) -> bytes:
    """What a second launch says: come forward, and open this file if there is one (and
    its name fits in a line; a longer one is left for the person to open themselves)."""
    if open_file is None:
        return _COME_FORWARD
    url = bytes(QUrl.fromLocalFile(str(open_file.absolute())).toEncoded().data())
    line = _OPEN_FILE + url + b"\n"
    return _COME_FORWARD + line if len(line) <= MAX_LINE else _COME_FORWARD
