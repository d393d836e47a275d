"""One filter on the application: listeners hear the kinds they asked for, can take an
event, and are forgotten with their owner."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rekindle_desktop.ui.app_events import AppEvents


def test_listeners_hear_their_kinds_take_events_and_go_with_their_owner(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert app is not None
    events = AppEvents.of(app)
    assert AppEvents.of(app) is events  # one filter, however many listen
    target = QWidget()
    qtbot.addWidget(target)
    owner = QObject()
    heard: list[QEvent.Type] = []

    def listener(watched: QObject, event: QEvent) -> bool:
        heard.append(event.type())
        return event.type() == QEvent.Type.User  # takes the user event, nobody else sees it

    events.listen(owner, (QEvent.Type.User, QEvent.Type.DynamicPropertyChange), listener)
    QCoreApplication.sendEvent(target, QEvent(QEvent.Type.User))
    target.setProperty("seen", True)  # a DynamicPropertyChange
    QCoreApplication.sendEvent(target, QEvent(QEvent.Type.Hide))  # not asked for
    assert heard == [QEvent.Type.User, QEvent.Type.DynamicPropertyChange]

    shiboken6.delete(owner)
    QCoreApplication.sendEvent(target, QEvent(QEvent.Type.User))
    assert heard == [QEvent.Type.User, QEvent.Type.DynamicPropertyChange]
    assert QEvent.Type.User not in events._listening  # nothing kept for the gone owner
