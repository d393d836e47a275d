"""Dialogs grow to fit what they say.

Qt sizes a top-level window from its layout's size hint, which ignores height-for-width:
a dialog whose word-wrapped note appears after it was shown (an error, a hint) keeps its
old height, and the layout squashes its fields and cuts the note off. One listener on the
application (ui/app_events.py) watches every dialog's layout requests and lets the
dialog grow (never shrink) to the height its content needs at its present width,
within the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from rekindle_desktop.ui.app_events import AppEvents


def needed_height(dialog: QWidget) -> int:
    """The height `dialog`'s content needs at its present width (0 without a layout)."""
    layout = dialog.layout()
    if layout is None:
        return 0
    if layout.hasHeightForWidth():
        return int(layout.totalHeightForWidth(dialog.width()))
    return int(layout.totalMinimumSize().height())


def grow_to_fit(dialog: QWidget) -> None:
    """Make `dialog` tall enough for its content, keeping it on its screen."""
    need = needed_height(dialog)
    screen = dialog.screen()
    if screen is not None:
        frame = dialog.frameGeometry().height() - dialog.height()
        need = min(need, screen.availableGeometry().height() - max(frame, 0))
    if need > dialog.height():
        dialog.resize(dialog.width(), need)


class DialogsGrow(QObject):
    """Listens to the whole application (ui/app_events.py); `install` puts it in place
    once."""

    _WATCHED = (QEvent.Type.LayoutRequest, QEvent.Type.Show)

    @classmethod
    def install(cls, app: QApplication) -> None:
        if app.findChild(cls) is None:
            grows = cls(app)
            AppEvents.of(app).listen(grows, cls._WATCHED, grows._heard)

    def _heard(self, watched: QObject, event: QEvent) -> bool:
        if _grows(watched):
            assert isinstance(watched, QWidget)
            # After the layout has done its own work for this event.
            QTimer.singleShot(0, watched, lambda: grow_to_fit(watched))
        return False


def _grows(watched: QObject) -> bool:
    return (
        isinstance(watched, QDialog)
        and not isinstance(watched, (QMessageBox, QFileDialog))
        and watched.isVisible()
    )
