"""Auto-lock: a timer that any keyboard or mouse input, anywhere in the app, restarts.

It also hears Ctrl+L pressed where no shortcut took it (inside a dialog), so the quick
lock works there too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from rekindle_desktop.ui.app_events import AppEvents

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` after `interval_ms` without input, while started."""

    idle = Signal()
    lock_keys = Signal(QObject)  # Ctrl+L that no shortcut took; where it was pressed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            AppEvents.of(app).listen(self, _INPUT, self._heard)

    def start(self, interval_ms: int) -> None:
        self._timer.start(max(1, interval_ms))

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def remaining_ms(self) -> int:
        return self._timer.remainingTime()

    def _heard(self, watched: QObject, event: QEvent) -> bool:
        """Input anywhere in the app (ui/app_events.py)."""
        if self._timer.isActive():
            self._timer.start()
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_L
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.lock_keys.emit(watched)
        return False
