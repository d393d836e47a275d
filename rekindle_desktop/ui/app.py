"""Starting the Qt interface: the one entry point the command line calls."""

from __future__ import annotations

import json
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import access, session
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.ui.crash import CrashReporter
from rekindle_desktop.ui.first_frame import FirstFrame, application, give_icon
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.main_window import RekindleWindow
from rekindle_desktop.ui.quit_signals import QuitOnSignals
from rekindle_desktop.ui.single_instance import InstanceGuard, claim_journal
from rekindle_desktop.ui.unlock_view import UnlockView


@dataclass(frozen=True)
class GuiOptions:
    journal_folder: Path
    demo: bool = False  # open a fresh demo journal, already unlocked
    smoke_test: bool = False
    # The CLI reads it from REKINDLE_PASSPHRASE_FILE; without one the keyring unlocks.
    smoke_passphrase: str | None = None
    early_unlock: session.EarlyUnlock | None = None  # a remembered journal, opening already
    claimed: InstanceGuard | None = None  # the journal's lock, taken already (by the CLI)
    screenshot: Path | None = None  # smoke test: a real screen grab saved as PNG here
    argon2: access.UnlockCost = access.DEFAULT_UNLOCK_COST  # tests pass FLOOR_ARGON2
    process_started: float = 0.0  # time.perf_counter() taken first thing in the CLI
    open_file: Path | None = None  # `rekindle FILE`: reviewed, or read as a reply, once unlocked


def _ms_since(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def _say(error: UserFacingError) -> None:
    print(f"{error.message} {error.next_step}".strip(), file=sys.stderr)


class _FirstPaint(QObject):
    """Calls `then` once, just after the watched widget has first been painted."""

    def __init__(self, widget: QObject, then) -> None:
        super().__init__(widget)
        self._then = then
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            painted_at = time.perf_counter()
            # Let this paint finish and reach the screen before reporting.
            QTimer.singleShot(0, lambda: self._then(painted_at))
        return False


def run_gui(options: GuiOptions, first_frame: FirstFrame | None = None) -> int:
    """Run Rekindle, in the place of `first_frame` if one is showing; returns the exit code."""
    started = options.process_started or time.perf_counter()
    app = application()
    give_icon(app)
    window: RekindleWindow | None = None
    reporter = CrashReporter(lambda: window, smoke_test=options.smoke_test)
    reporter.install()
    signals = QuitOnSignals(app)
    signals.install()
    demo_journal: JournalSession | None = None
    guard: InstanceGuard | None = None
    try:
        folder = options.journal_folder
        if options.demo:
            from rekindle_desktop.services.demo import create_demo_journal  # only for --demo

            demo_journal = JournalSession(create_demo_journal())
            folder = demo_journal.folder
        else:
            claimed = options.claimed or claim_journal(
                folder, options.open_file, quietly=options.smoke_test
            )
            if isinstance(claimed, int):
                return claimed
            guard = claimed

        window = RekindleWindow(folder, argon2=options.argon2, demo=options.demo)
        if guard is not None:
            guard.asked_to_come_forward.connect(window.come_forward)
            guard.asked_to_open.connect(window.files.give)
        if options.smoke_test:
            return _smoke_test(app, window, options, started, demo_journal, first_frame)
        if demo_journal is not None:
            window.open_journal(demo_journal)
            demo_journal = None  # the window owns it now
        else:
            window.start(options.early_unlock)
        if options.open_file is not None:
            window.files.give(options.open_file)  # once unlocked
        _show(window, first_frame)
        return app.exec()
    finally:
        if first_frame is not None:
            first_frame.close()  # still showing if the window was never built
        if window is not None:
            window.close_journal()
        if demo_journal is not None:
            demo_journal.close()
        if options.demo and window is not None:
            _set_aside_demo(window.folder)
        if guard is not None:
            guard.release()
        signals.uninstall()
        reporter.uninstall()


def _show(window: RekindleWindow, first_frame: FirstFrame | None) -> None:
    if first_frame is not None and not window.memory.restored:
        first_frame.hand_over(window)
    else:  # where it was left last time, if it was
        window.show()
        if first_frame is not None:
            first_frame.close()


def _smoke_test(
    app: QApplication,
    window: RekindleWindow,
    options: GuiOptions,
    started: float,
    demo_journal: JournalSession | None,
    first_frame: FirstFrame | None,
) -> int:
    """Unlock without dialogs, show the journal, report timings once it has painted. A
    remembered journal opens as a person's launch opens it: the window starts on its
    unlock view, which takes the keyring's early unlock."""
    startup_ms = _ms_since(started)
    unlock_began = time.perf_counter()
    if options.early_unlock is not None:
        window.start(options.early_unlock)
        unlock = window.stack.currentWidget()
        assert isinstance(unlock, UnlockView)

        def refused(error: UserFacingError) -> None:
            _say(error)
            app.exit(1)

        def unlocked(_opened: JournalSession) -> None:  # after the window has opened it
            unlock_ms = _ms_since(unlock_began)
            _report_once_shown(app, window, options, started, first_frame, startup_ms, unlock_ms)

        unlock.keyring_refused.connect(refused)
        unlock.unlocked.connect(unlocked)
        _show(window, first_frame)
        return app.exec()
    try:
        if demo_journal is not None:
            opened = demo_journal
        elif options.smoke_passphrase is None:
            opened = JournalSession(access.unlock_with_keyring(window.folder))
        else:
            opened = JournalSession(
                access.unlock_with_passphrase(window.folder, options.smoke_passphrase)
            )
    except UserFacingError as error:
        _say(error)
        return 1
    window.open_journal(opened)
    _report_once_shown(
        app, window, options, started, first_frame, startup_ms, _ms_since(unlock_began)
    )
    _show(window, first_frame)
    return app.exec()


def _report_once_shown(
    app: QApplication,
    window: RekindleWindow,
    options: GuiOptions,
    started: float,
    first_frame: FirstFrame | None,
    startup_ms: float,
    unlock_ms: float,
) -> None:
    """Print the timings once the journal's window has painted: the newest weeks of a long
    journal, then every page (see `painted`)."""
    first_frame_ms = (
        round((first_frame.painted_at - started) * 1000, 1)
        if first_frame is not None and first_frame.painted_at is not None
        else None
    )

    def painted(painted_at: float) -> None:
        # The window is up: every page of a short journal, or the newest weeks of one kept
        # for years (a sharer's own, or a reviewer's record). The line is printed once
        # every page is on screen, usable.
        view = window.findChild(JournalView)
        if view is None or view.loaded():
            report(painted_at, painted_at)
            return

        def shown() -> None:
            # The pages are added: Qt shows and lays them out in calls it has queued. Made
            # now, and then drawn now, so the time is when they are on screen.
            QApplication.sendPostedEvents()
            window.repaint()
            report(painted_at, time.perf_counter())

        view.ready.connect(shown)

    def report(painted_at: float, shown_at: float) -> None:
        first_paint_ms = round((painted_at - started) * 1000, 1)
        timings = {
            "first_frame_ms": first_frame_ms,  # None when no first frame was shown
            "startup_ms": startup_ms,
            "unlock_ms": unlock_ms,
            "first_paint_ms": first_paint_ms,
            # The newest weeks on screen, usable: what the first paint shows.
            "newest_weeks_ms": first_paint_ms,
            "journal_shown_ms": round((shown_at - started) * 1000, 1),
        }
        print(json.dumps(timings), flush=True)
        if options.screenshot is not None:
            screen = window.screen() or app.primaryScreen()
            if not screen.grabWindow(0).save(str(options.screenshot), "PNG"):
                print(
                    f"The screenshot could not be saved to {options.screenshot}.", file=sys.stderr
                )
                app.exit(1)
                return
        app.exit(0)

    _FirstPaint(window, painted)


def _set_aside_demo(folder: Path) -> None:
    """The demo journal lives in a temporary folder made for it; remove that folder."""
    parent = folder.parent
    if parent.name.startswith("rekindle-demo-"):
        shutil.rmtree(parent, ignore_errors=True)
