"""One filter on the application, for the parts that must hear events wherever they
happen: input for the idle lock (ui/idle.py), F1 for help (ui/help_dialog.py), dialogs
that grow to fit (ui/dialog_fit.py).

Qt calls an application's filters for every event of every object: thousands while a
window opens, and each call into Python waits for Python's lock, which a worker may
hold. Three filters of their own meant three such calls per event, each asking the event
its type; here there is one call and one question, and only the parts listening for
that type of event are asked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject

Listener = Callable[[QObject, QEvent], bool]  # True: the event is taken, nobody else gets it


class AppEvents(QObject):
    @classmethod
    def of(cls, app: QCoreApplication) -> AppEvents:
        """The application's one filter, put in place on first use."""
        found = app.findChild(cls)
        if found is None:
            found = cls(app)
            app.installEventFilter(found)
        return found

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._listening: dict[QEvent.Type, list[tuple[QObject, Listener]]] = {}

    def listen(self, owner: QObject, kinds: Iterable[QEvent.Type], listener: Listener) -> None:
        """Call `listener(watched, event)` for each event of these kinds, while `owner`
        exists."""
        for kind in kinds:
            self._listening.setdefault(kind, []).append((owner, listener))
        owner.destroyed.connect(self._forget_gone)

    def _forget_gone(self) -> None:
        # `destroyed` comes while the owner is being taken apart: forget every listener
        # whose owner is no longer there.
        for kind, listeners in list(self._listening.items()):
            kept = [(o, f) for o, f in listeners if shiboken6.isValid(o)]
            if kept:
                self._listening[kind] = kept
            else:
                del self._listening[kind]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        listeners = self._listening.get(event.type())
        if listeners:
            for owner, listener in list(listeners):
                if shiboken6.isValid(owner) and listener(watched, event):
                    return True
        return False
