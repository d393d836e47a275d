"""Long work runs beside the window, never on it (issue 16, item 3): while a timeline
file is reviewed or written, the window's event loop keeps turning, a busy cursor
shows, and the result is the one the work gave."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind, Outcome, Plan
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.services import sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.services.records import Records
from rekindle_desktop.store.journal import Journal
from rekindle_desktop.ui.export_dialog import ExportDialog
from rekindle_desktop.ui.review_view import ReviewView
from tests.conftest import PASSPHRASE
from tests.gui.conftest import MakeWindow, unlock_through_window, visible_journal_content
from tests.gui.test_review import CLOCK, NOW
from tests.gui.test_voice import journals  # noqa: F401 (a fixture: paired, one file shared)

HELD_S = 5.0  # at most: the work waits for the window's turns, not for the clock


class Beats:
    """Counts the event loop's turns (a 10 ms timer) and whether a busy cursor shows;
    `enough` is set after `needed` turns."""

    def __init__(self, needed: int = 10) -> None:
        self.count = 0
        self.needed = needed
        self.enough = threading.Event()
        self.busy_seen = False
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self) -> None:
        self.count += 1
        cursor = QApplication.overrideCursor()
        self.busy_seen |= cursor is not None and cursor.shape() == Qt.CursorShape.BusyCursor
        if self.count >= self.needed:
            self.enough.set()


def held_until(beats: Beats, work):  # type: ignore[no-untyped-def]
    """`work`, held on its worker thread until the window has turned `beats.needed`
    times: a window frozen by the work never gets there (and the wait gives up)."""

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        beats.enough.wait(HELD_S)
        return work(*args, **kwargs)

    return held


def test_reviewing_a_file_leaves_the_window_free(
    qtbot: QtBot,
    journals: tuple[Journal, Journal],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sharer, reviewer = journals
    JournalLog(sharer, CLOCK).add(Draft(EntryKind.CHECK_IN, CLOCK.now(), CheckIn("Gym")))
    sharing.export(sharer, tmp_path / "two.rekindle")
    view = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(view)
    view.show()
    beats = Beats()
    monkeypatch.setattr(sharing, "review", held_until(beats, sharing.review))
    result = view.open_file(tmp_path / "two.rekindle")
    beats.timer.stop()
    assert result is not None and result.verdict is sharing.Verdict.ACCEPTED
    assert beats.count >= 10  # a frozen window has none
    assert beats.busy_seen
    assert QApplication.overrideCursor() is None  # and it is gone afterwards
    assert "Gym" in "\n".join(r.title for r in view.records.reviewed_rows())


def test_writing_a_file_leaves_the_window_free(
    qtbot: QtBot,
    journals: tuple[Journal, Journal],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sharer, _reviewer = journals
    dialog = ExportDialog(JournalSession(sharer))
    qtbot.addWidget(dialog)
    dialog.show()
    beats = Beats()
    monkeypatch.setattr(sharing, "export", held_until(beats, sharing.export))
    dialog.save_to(tmp_path / "out.rekindle")
    beats.timer.stop()
    assert dialog.result_path == tmp_path / "out.rekindle" and dialog.result_path.exists()
    assert beats.count >= 10
    assert beats.busy_seen


def test_making_a_report_leaves_the_window_free(
    qtbot: QtBot,
    journals: tuple[Journal, Journal],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rekindle_desktop.ui import report_dialog
    from rekindle_desktop.ui.report_dialog import ReportDialog

    sharer, _reviewer = journals
    records = Records(sharer, CLOCK)
    dialog = ReportDialog(records.report_source())
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(
        report_dialog.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "")
    )
    beats = Beats()
    monkeypatch.setattr(
        report_dialog, "build_report", held_until(beats, report_dialog.build_report)
    )
    written = Beats()
    saving = held_until(written, report_dialog.save_report_pdf)
    monkeypatch.setattr(report_dialog, "save_report_pdf", saving)
    dialog.choose_and_save()
    beats.timer.stop()
    written.timer.stop()
    assert dialog.saved_path == out and out.read_bytes().startswith(b"%PDF")
    assert beats.count >= 10 and written.count >= 10  # both steps ran beside the window
    assert beats.busy_seen and written.busy_seen


def test_a_long_reviewed_record_is_brought_to_the_moment_beside_the_window(
    qtbot: QtBot,
    journals: tuple[Journal, Journal],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The review page's rows are kept two minutes; after that, showing the page brings
    # them to the moment (here a plan has ended since), on a worker, never on the
    # window's thread: ten years of them take a while even so.
    from rekindle_desktop.services import records as records_module

    sharer, reviewer = journals
    ends = Moment.from_local(NOW + timedelta(minutes=1))
    plan = Plan(Moment.from_local(NOW - timedelta(hours=1)), ends, "Dentist")
    JournalLog(sharer, CLOCK).add(Draft(EntryKind.PLAN, CLOCK.now(), plan))
    sharing.export(sharer, tmp_path / "two.rekindle")
    sharing.review(reviewer, (tmp_path / "two.rekindle").read_bytes())
    view = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(view)
    view.show()
    [dentist] = [r for r in view.records.reviewed_rows() if r.title.endswith("Dentist")]
    assert dentist.outcome is None  # not over yet
    monkeypatch.setattr(records_module, "WORK_BESIDE_FROM", 0)  # as long as ten years
    later = NOW + timedelta(minutes=3)
    monkeypatch.setattr(view.records._kept, "_now", lambda: later)
    beats = Beats()
    slowed = held_until(beats, records_module.with_roots_again)
    monkeypatch.setattr(records_module, "with_roots_again", slowed)
    view.refresh()
    beats.timer.stop()
    assert beats.count >= 10 and beats.busy_seen
    rows = view.records.reviewed_rows()
    assert rows == Records(reviewer, Clock(CLOCK.zone, later)).reviewed_rows()
    [dentist] = [r for r in rows if r.title.endswith("Dentist")]
    assert dentist.outcome is Outcome.UNCONFIRMED  # over: waiting for an outcome
    assert view.isEnabled()


def test_insights_on_a_long_record_are_worked_out_again_beside_the_window(
    qtbot: QtBot,
    journals: tuple[Journal, Journal],  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rekindle_desktop.services import journal_log
    from rekindle_desktop.ui.journal_view import JournalView

    sharer, _reviewer = journals
    view = JournalView(JournalSession(sharer), CLOCK)
    qtbot.addWidget(view)
    view.show()
    assert view.records is not None and view.records.log is not None
    log = view.records.log
    monkeypatch.setattr(journal_log, "WORK_BESIDE_FROM", 0)  # as long as ten years
    later = NOW + timedelta(minutes=3)
    monkeypatch.setattr(log._kept, "_now", lambda: later)  # kept three minutes ago
    beats = Beats()
    monkeypatch.setattr(log.ledger, "commitments", held_until(beats, log.ledger.commitments))
    view.show_insights()
    beats.timer.stop()
    assert beats.count >= 10 and beats.busy_seen
    assert view.insights.isEnabled()


def test_locking_while_a_file_is_reviewed_loses_nothing_and_shows_nothing(
    qtbot: QtBot,
    journals: tuple[Journal, Journal],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_window: MakeWindow,
) -> None:
    sharer, reviewer = journals
    JournalLog(sharer, CLOCK).add(Draft(EntryKind.CHECK_IN, CLOCK.now(), CheckIn("Gym")))
    sharing.export(sharer, tmp_path / "two.rekindle")
    window = make_window(reviewer.folder.path)
    window.open_journal(JournalSession(reviewer))
    qtbot.waitUntil(lambda: window.findChild(ReviewView) is not None)
    review = window.findChild(ReviewView)
    assert review is not None
    beats = Beats(needed=30)  # the lock comes after 10 of them
    monkeypatch.setattr(sharing, "review", held_until(beats, sharing.review))
    QTimer.singleShot(100, window.lock)  # Ctrl+L while the file is being read
    assert review.open_file(tmp_path / "two.rekindle") is None  # nothing shown after a lock
    assert window.journal is None and not visible_journal_content()
    # The review itself finished on its own connection: unlocking shows it accepted.
    unlock_through_window(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.findChild(ReviewView) is not None)
    again = window.findChild(ReviewView)
    assert again is not None
    assert "Gym" in "\n".join(r.title for r in again.records.reviewed_rows())


def test_while_a_worker_runs_the_window_gets_pythons_lock_sooner(qtbot: QtBot) -> None:
    # Not only while the window waits for a worker: also while one lets go of a record
    # after it, or reads the journal at opening.
    import sys

    from rekindle_desktop.ui.background import wait_responsively
    from rekindle_desktop.ui.first_frame import WINDOW_SWITCH_S, application

    application()
    assert WINDOW_SWITCH_S < 0.005 / 4  # Python's default is 5 ms
    assert sys.getswitchinterval() == pytest.approx(WINDOW_SWITCH_S)
    assert wait_responsively(sys.getswitchinterval) == pytest.approx(WINDOW_SWITCH_S)
    assert sys.getswitchinterval() == pytest.approx(WINDOW_SWITCH_S)


def test_letting_go_of_old_records_never_holds_up_work_someone_waits_for(qtbot: QtBot) -> None:
    # Letting go gives way between pieces and takes seconds at ten years; on the shared
    # pool, a few of them kept saving an outcome waiting behind them.
    import weakref

    from PySide6.QtCore import QThreadPool

    from rekindle_desktop.services.letting_go import PIECE
    from rekindle_desktop.ui.background import let_go, wait_responsively

    class Old:
        pass

    watched = []
    for _ in range(QThreadPool.globalInstance().maxThreadCount() + 1):
        record = [Old() for _ in range(300 * PIECE)]  # 300 pauses of a millisecond
        watched.append(weakref.ref(record[-1]))
        let_go([record])
        del record
    assert wait_responsively(lambda: "saved") == "saved"
    assert all(ref() is not None for ref in watched)  # not one of them had to end first
    qtbot.waitUntil(lambda: all(ref() is None for ref in watched), timeout=30_000)
