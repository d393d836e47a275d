"""The window comes back where it was left: its size, its place, and its splitters.

Kept in plain settings (nothing from a journal), saved when the window closes or the
app quits, and put back at start, pulled within the screen it lands on: a screen may
have become smaller, or gone, since.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_SPLITTERS = "window/splitters/"
# Room left for the window's frame and title bar, as the window's first size leaves.
FRAME = (40, 60)


class WindowMemory(QObject):
    """Put back what was saved, now; save it again when the window closes."""

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.restored = self._restore()
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.keep)  # a quit from a signal closes no window

    def keep(self) -> None:
        window = self._window
        self._settings.setValue(_GEOMETRY, window.saveGeometry())
        self._settings.setValue(_STATE, window.saveState())
        for splitter in self._splitters():
            self._settings.setValue(_SPLITTERS + splitter.objectName(), splitter.saveState())
        self._settings.sync()

    def restore_splitters(self) -> None:
        """Splitters come with pages made after the window: put theirs back when shown."""
        for splitter in self._splitters():
            state = self._settings.value(_SPLITTERS + splitter.objectName())
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.keep()
        return False

    def _splitters(self) -> list[QSplitter]:
        return [s for s in self._window.findChildren(QSplitter) if s.objectName()]

    def _restore(self) -> bool:
        geometry = self._settings.value(_GEOMETRY)
        if not isinstance(geometry, QByteArray) or geometry.isEmpty():
            return False
        if not self._window.restoreGeometry(geometry):
            return False
        state = self._settings.value(_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self._window.restoreState(state)
        self._keep_on_screen()
        return True

    def _keep_on_screen(self) -> None:
        """Within the available part of the screen the window lands on, frame and all."""
        window = self._window
        if window.windowState() & (
            Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        ):
            return  # the window system fits those to the screen itself
        place = window.geometry()
        screen = QGuiApplication.screenAt(place.center()) or window.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        size = window.size().boundedTo(QSize(room.width() - FRAME[0], room.height() - FRAME[1]))
        if size != window.size():
            window.resize(size)
        within = QRect(place.topLeft(), size)
        within.moveLeft(max(room.left(), min(within.left(), room.right() - size.width())))
        within.moveTop(max(room.top(), min(within.top(), room.bottom() - size.height())))
        if within.topLeft() != place.topLeft():
            window.move(within.topLeft())
