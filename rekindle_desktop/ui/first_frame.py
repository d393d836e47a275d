"""The application object, and a calm first frame on screen before the rest has loaded.

Reading Rekindle's code, the rest of PySide6 and the keyring library takes a few hundred
milliseconds. Showing this window first means a click on the launcher is answered at
once. It needs only Qt, the look and the translator; the main window takes its place
as soon as it is built.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from rekindle_desktop import APP_NAME, __version__
from rekindle_desktop.ui.i18n import install_language, translate
from rekindle_desktop.ui.style import apply_look

# The reverse-DNS name of the desktop file and AppStream metadata (packaging/).
APP_ID = "org.rekindle.Rekindle"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # resources/icons, from make_icons.py
# The main window's size for unlocking and setup; an open journal asks for more room.
FIRST_SIZE = QSize(1000, 700)
LONGEST_WAIT_S = 1.0  # for the window system to show the frame, before going on anyway
# How long a thread that wants Python's lock waits before the one holding it must hand
# it over (Python's default: 5 ms). Each event the window handles calls into Python (its
# filters, its slots) and needs the lock; while a worker reads, reviews or lets go of a
# record, a turn of the event loop waited 5 ms a time, for 100 ms and more. Only when
# two threads want the lock does this cost anything: the worker runs a little slower.
WINDOW_SWITCH_S = 0.0005


def application(language: str | None = None) -> QApplication:
    """The one QApplication, named, styled and translated (made on first call), in
    `language` if one is given (`--lang`), else as chosen in Help ▸ Language.

    `give_icon` follows once the first frame is up: its import is not needed to paint.
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication) and existing.property("rekindleReady"):
        return existing
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        app = QApplication(sys.argv[:1] or ["rekindle"])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # Wayland matches the window to the menu entry and its icon by this name.
    app.setDesktopFileName(APP_ID)
    sys.setswitchinterval(WINDOW_SWITCH_S)
    apply_look(app)
    install_language(app, language)
    app.setProperty("rekindleReady", True)
    return app


def give_icon(app: QApplication) -> None:
    """Rekindle's icon, for every window and the task bar (read once per application)."""
    if not app.windowIcon().isNull():
        return
    from importlib.resources import files

    # Read as package data, not through resources/__init__.py: a frozen bundle carries the
    # files but cannot import that module (resources/ is mapped into the package).
    icons = files("rekindle_desktop.resources") / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icons / f"rekindle-{size}.png"), QSize(size, size))
    app.setWindowIcon(icon)


class FirstFrame(QWidget):
    """A window with the app's name and a quiet "Opening Rekindle…", nothing else."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.resize(FIRST_SIZE)
        note = QLabel(translate("FirstFrame", "Opening Rekindle…"))
        note.setObjectName("muted")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(self)
        column.addWidget(note)
        self.painted_at: float | None = None
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False

    def show_now(self, app: QApplication) -> None:
        """Show the frame and wait until it has been painted (or a second has passed)."""
        self.show()
        wake = QTimer(self)  # so waiting for events never outlasts LONGEST_WAIT_S
        wake.start(50)
        deadline = time.perf_counter() + LONGEST_WAIT_S
        while self.painted_at is None and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        wake.stop()
        wake.deleteLater()
        app.processEvents()  # the painted frame goes out to the window system
        give_icon(app)

    def hand_over(self, window: QWidget) -> None:
        """Show `window` where this frame is, then close the frame (no gap between).

        The window keeps its own size (an open journal asks for more room): it is
        centred on the frame, and kept inside the screen.
        """
        if self.isVisible():
            place = QRect(QPoint(0, 0), window.size())
            place.moveCenter(self.geometry().center())
            screen = self.screen().availableGeometry()
            window.move(max(place.left(), screen.left()), max(place.top(), screen.top()))
        window.show()
        self.close()
