"""Slow work off the GUI thread, with callbacks on the GUI thread (in the spirit of
Anki's CollectionOp): Argon2id, keyring calls and disk writes never freeze the window.
"""

from __future__ import annotations

import gc
import itertools
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QWidget

from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services.letting_go import let_go_in_pieces

T = TypeVar("T")
# How long freeing an old record pauses between pieces, Python's lock free for the window.
GIVE_WAY_S = 0.001


# A worker's outcome, (result, None) or (None, (exc_type, exc, tb)), handed to a callable.
Deliver = Callable[[Any, Any], None]


class _WayBack(QObject):
    """The application's one way back from worker threads to the GUI thread.

    Workers emit on it alone, and it lives as long as the application: so no worker
    emits on an object deleted under it (a relay that a widget owned, deleted with the
    widget while its worker emitted, crashed the process), and no worker lets go of a
    Qt object (one let go beside the GUI thread deleting another crashed it too).
    """

    arrived = Signal(int, object, object)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._expected: dict[int, tuple[QObject, Deliver]] = {}
        self._numbers = itertools.count()
        self.arrived.connect(self._arrive, Qt.ConnectionType.QueuedConnection)

    def expect(self, owner: QObject, slot: Deliver) -> Deliver:
        number = next(self._numbers)
        self._expected[number] = (owner, slot)
        arrived = self.arrived
        return lambda result, problem: arrived.emit(number, result, problem)

    @Slot(int, object, object)
    def _arrive(self, number: int, result: Any, problem: Any) -> None:
        owner, slot = self._expected.pop(number)
        if shiboken6.isValid(owner):
            slot(result, problem)
        else:  # nobody to tell (locked meanwhile): ten years read, let go beside the window
            # (not the problem: its traceback's frames may hold the window's objects, and
            # those are let go here, on the GUI thread)
            let_go([result])


def way_back_to(owner: QObject, slot: Deliver) -> Deliver:
    """Made on the GUI thread: what a worker calls once, with its outcome `(result,
    problem)`, to have `slot(result, problem)` run on the GUI thread, unless `owner`
    (whose method `slot` is) has been deleted by then: then nothing runs."""
    app = QCoreApplication.instance()
    assert app is not None, "a way back needs the application"
    way_back = app.findChild(_WayBack) or _WayBack(app)
    return way_back.expect(owner, slot)


class _Relay(QObject):
    """Lives on the GUI thread and runs the callbacks there.

    It is a child of the widget that asked, so if that widget is gone by the time the
    work ends, the relay is gone too and no callback runs on a deleted widget.
    """

    def __init__(
        self,
        parent: QObject,
        success: Callable[[Any], None],
        failure: Callable[[UserFacingError], None] | None,
        finished: Callable[[], None] | None,
    ) -> None:
        super().__init__(parent)
        self._success = success
        self._failure = failure
        self._finished = finished

    @Slot(object, object)
    def deliver(self, result: Any, problem: Any) -> None:
        self.deleteLater()
        if self._finished is not None:
            self._finished()
        if problem is None:
            self._success(result)
            return
        exc_type, exc, tb = problem
        if isinstance(exc, UserFacingError) and self._failure is not None:
            self._failure(exc)
        else:
            # A bug (or a UserFacingError nobody handles): the crash dialog decides.
            sys.excepthook(exc_type, exc, tb)


def outcome_of(work: Callable[[], T]) -> tuple[T | None, Any]:
    """`(work(), None)`, or `(None, (exc_type, exc, tb))` if it raised: what a worker
    hands back (see `way_back_to`)."""
    try:
        return work(), None
    except BaseException as exc:
        return None, (type(exc), exc, exc.__traceback__)


class _Work(QRunnable):
    def __init__(self, work: Callable[[], Any], deliver: Deliver) -> None:
        super().__init__()
        self._work = work
        self._deliver = deliver

    def run(self) -> None:
        outcome = outcome_of(self._work)
        self._work = None  # type: ignore[assignment]
        self._deliver(*outcome)


def run_in_background(
    parent: QObject,
    work: Callable[[], T],
    *,
    success: Callable[[T], None],
    failure: Callable[[UserFacingError], None] | None = None,
    finished: Callable[[], None] | None = None,
) -> None:
    """Run `work()` on the thread pool; then, on the GUI thread, `finished()` and
    `success(result)` or `failure(error)` for a UserFacingError. Anything else is a
    bug and goes to `sys.excepthook` (the crash dialog).
    """
    relay = _Relay(parent, success, failure, finished)
    QThreadPool.globalInstance().start(_Work(work, way_back_to(relay, relay.deliver)))


class _Waiter(QObject):
    """Receives a worker's outcome on the GUI thread, which ends the wait."""

    def __init__(self) -> None:
        super().__init__()
        self.outcome: tuple[Any, Any] | None = None

    @Slot(object, object)
    def keep(self, result: Any, problem: Any) -> None:
        self.outcome = (result, problem)


class _LetGo(QRunnable):
    def __init__(self, held: list[Any], hurry: threading.Event) -> None:
        super().__init__()
        self._held = held
        self._hurry = hurry

    def run(self) -> None:
        let_go_in_pieces(self._held, give_way=self._give_way)

    def _give_way(self) -> None:
        if not self._hurry.is_set():
            time.sleep(GIVE_WAY_S)


def let_go(held: list[Any]) -> None:
    """Free what `held` holds (a page's old record, replaced) on a worker, a piece at a
    time, instead of in one long stop of the window. `held` must be the last reference.

    On a thread of its own, not the shared pool: freeing gives way and takes seconds at
    ten years, and work someone waits for (saving an outcome) must not queue behind it.
    """
    app = QCoreApplication.instance()
    if app is None:
        let_go_in_pieces(held)
        return
    letting_go = app.findChild(_LettingGo) or _LettingGo(app)
    letting_go.pool.start(_LetGo(held, letting_go.hurry))


class _LettingGo(QObject):
    """The application's one thread for letting go. Once the application is quitting it
    no longer gives way, so quitting does not wait for its pauses."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.hurry = threading.Event()
        app.aboutToQuit.connect(self.hurry.set)


def collect_set_aside() -> None:
    """Once a journal is closed: what `wait_responsively` set aside is collected again,
    the ten-year record let go with its page (one full collection, on the lock screen)."""
    gc.unfreeze()
    gc.collect()


def wait_responsively(work: Callable[[], T]) -> T:
    """`work()` on the thread pool while the window keeps painting and answering: the
    caller waits processing events, under a busy cursor, and gets the result (or
    the exception) as if `work` had run here. Anything may happen meanwhile (a lock,
    a closed window), so the caller checks before going on.
    """
    waiter = _Waiter()
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    # The work builds ten years of entries and rows: the cyclic collector would go
    # through the whole heap again and again meanwhile, holding the GIL half a second
    # each time. It waits; then what is kept is set aside (freeze) so that no later
    # collection goes through it either. The work leaves (next to) no cyclic garbage.
    collecting = gc.isenabled()
    gc.disable()
    # (The window gets Python's lock back from the worker soon: see WINDOW_SWITCH_S.)
    try:
        QThreadPool.globalInstance().start(_Work(work, way_back_to(waiter, waiter.keep)))
        while waiter.outcome is None:
            # Not a nested exec(): objects deleteLater()'d meanwhile are not deleted under
            # the caller's feet (processEvents leaves deferred deletes for the main loop).
            QApplication.processEvents(
                QEventLoop.ProcessEventsFlag.AllEvents
                | QEventLoop.ProcessEventsFlag.WaitForMoreEvents
            )
    finally:
        QApplication.restoreOverrideCursor()
        gc.freeze()
        if collecting:
            gc.enable()
    result, problem = waiter.outcome
    if problem is not None:
        raise problem[1].with_traceback(problem[2])
    return result


def wait_without(widget: QWidget, work: Callable[[], T]) -> T:
    """`wait_responsively(work)`, with `widget` taking no input meanwhile (what it shows
    must not change under the worker); it takes input again after, if it still exists."""
    widget.setEnabled(False)
    # Drawn greyed now, before the worker starts: drawn while it runs, each row's paint
    # would wait for Python's lock in turn (a pause's wait stalled the window 100 ms).
    widget.repaint()
    try:
        return wait_responsively(work)
    finally:
        if shiboken6.isValid(widget):
            widget.setEnabled(True)
