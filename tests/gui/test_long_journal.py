"""A journal kept for years opens on its newest weeks (a reviewer's record too, read-only)
while the whole of it is read on a worker thread.

The newest weeks must show what the whole journal shows for them, and take what is logged
and typed meanwhile into the pages; the worker must show exactly what reading on the
window's thread shows; and locking while it reads must lose nothing and raise nothing.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget
from pytestqt.qtbot import QtBot

from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.domain.entries import EntryKind
from rekindle_desktop.errors import JournalDamaged
from rekindle_desktop.services import access
from rekindle_desktop.services.clock import system_clock
from rekindle_desktop.services.demo import DEMO_PASSPHRASE, create_demo, create_demo_journal
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.store import entries
from rekindle_desktop.store.journal import Journal, open_unlocked
from rekindle_desktop.store.sharing import accepted_leaf_count
from rekindle_desktop.ui import journal_view
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.newest_weeks_view import NEWEST_WEEKS, NewestReviewedView, NewestWeeksView
from rekindle_desktop.ui.timeline_model import describe
from rekindle_desktop.ui.timeline_panel import TimelinePanel
from tests.gui.conftest import visible_text


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Journal]:
    journal = create_demo_journal(parent=tmp_path)
    yield journal
    journal.close()


def _readers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "read journal"]


def _rows(panel: TimelinePanel) -> list[str]:
    model = panel.model
    return [describe(model.row_at(i)) for i in range(model.total)]


def _damaged(*_args: object, **_kwargs: object) -> object:
    """A worker's read that finds entry 7 damaged."""
    raise JournalDamaged(
        "Entry {number} in this journal could not be read.",
        "Your other entries are safe. Please report this; a backup can restore it.",
        number=7,
    )


def _timeline(view: JournalView) -> list[str]:
    assert view.sharer is not None
    return _rows(view.sharer.timeline)


def test_a_long_journal_opens_on_its_newest_weeks_then_the_same_pages(
    qtbot: QtBot, demo: Journal
) -> None:
    clock = system_clock()
    at_once = JournalView(JournalSession(demo), clock)  # under the threshold: read right here
    qtbot.addWidget(at_once)
    assert at_once.loaded() and at_once.newest is None

    later = JournalView(JournalSession(demo), clock, read_in_background_from=1)
    qtbot.addWidget(later)
    assert not later.loaded()
    newest = later.newest
    assert newest is not None and newest.log.since is not None
    # The newest weeks, as the whole journal shows them; the other pages wait, greyed.
    assert at_once.sharer is not None
    whole_rows = at_once.sharer.timeline.model
    since = newest.log.since
    expected = [describe(row) for row in at_once.sharer.log.timeline() if row.day >= since]
    assert _rows(newest.timeline) == expected
    assert 10 < len(expected) < whole_rows.total
    tabs = later.findChild(QTabWidget)
    assert tabs is not None and tabs.count() == at_once.tabs.count()
    assert [tabs.isTabEnabled(i) for i in range(tabs.count())] == [True] + [False] * 4
    assert newest.reading.text().startswith("These are your newest weeks.")

    with qtbot.waitSignal(later.ready, timeout=30_000):
        later.show()
    assert later.loaded() and later.newest is None
    assert "newest weeks" not in visible_text(later)
    assert _timeline(later) == _timeline(at_once)
    assert len(_timeline(later)) > 100
    assert later.review is not None and at_once.review is not None
    review_later = later.review.timeline.model
    assert review_later.total == at_once.review.timeline.model.total > 100
    qtbot.waitUntil(lambda: not later.findChildren(NewestWeeksView))
    qtbot.waitUntil(lambda: not _readers())
    assert gc.isenabled()  # it waited only while the worker read


def test_what_is_logged_and_typed_in_the_newest_weeks_is_there_once_all_is_read(
    qtbot: QtBot, demo: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Logged after the worker has read the journal, and before its pages are shown: the
    pages take it in, once; and the words being typed stay in the bar, with the focus."""
    read, go_on = threading.Event(), threading.Event()
    real_read = journal_view.read_lent

    def read_then_wait(*args: object, **kwargs: object) -> object:
        records = real_read(*args, **kwargs)  # type: ignore[arg-type]
        read.set()
        go_on.wait(timeout=30)
        return records

    monkeypatch.setattr(journal_view, "read_lent", read_then_wait)
    before = entries.count(demo.conn)
    view = JournalView(JournalSession(demo), system_clock(), read_in_background_from=1)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(read.is_set, timeout=30_000)  # the worker has read; its pages wait
    newest = view.newest
    assert newest is not None
    bar = newest.quick_log
    bar.choose(EntryKind.NOTE)
    qtbot.keyClicks(bar.text, "Told you about the call from work")
    qtbot.keyClick(bar.text, Qt.Key.Key_Return)
    assert "Told you about the call from work" in "\n".join(_rows(newest.timeline))
    qtbot.keyClicks(bar.text, "half a thought")
    assert view.unsaved() == [
        KeptDraft(Where.QUICK_LOG, {"kind": "note", "text": "half a thought"})
    ]

    with qtbot.waitSignal(view.ready, timeout=30_000):
        go_on.set()
    assert entries.count(demo.conn) == before + 1
    shown = _timeline(view)
    assert sum("Told you about the call from work" in row for row in shown) == 1
    assert view.sharer is not None
    assert view.sharer.quick_log.text.text() == "half a thought"
    assert view.sharer.quick_log.current_kind() is EntryKind.NOTE
    qtbot.waitUntil(view.sharer.quick_log.text.hasFocus)
    qtbot.waitUntil(lambda: not _readers())


def test_a_reviewers_long_record_opens_on_its_newest_weeks(qtbot: QtBot, tmp_path: Path) -> None:
    """A reviewer's record opens as a sharer's journal does: the newest weeks of what they
    reviewed at once, read-only and as the review page shows them (marks and all), then
    the pages, once the whole record is read."""
    _sharer, reviewer = create_demo(tmp_path, clock=system_clock())
    with access.unlock_with_passphrase(reviewer, DEMO_PASSPHRASE) as journal:
        clock = system_clock()
        at_once = JournalView(JournalSession(journal), clock)
        qtbot.addWidget(at_once)
        view = JournalView(JournalSession(journal), clock, read_in_background_from=1)
        qtbot.addWidget(view)
        newest = view.newest_reviewed
        assert view.newest is None and newest is not None and not view.loaded()
        assert at_once.review is not None and at_once.records is not None
        since = (clock.now_utc() - timedelta(weeks=NEWEST_WEEKS)).astimezone(clock.zone).date()
        whole = at_once.records.reviewed_rows()
        expected = [describe(row) for row in whole if row.day >= since]
        assert _rows(newest.timeline) == expected
        assert 10 < len(expected) < at_once.review.timeline.model.total
        assert newest.reading.text().startswith("These are the newest weeks of what you reviewed.")
        assert newest.findChildren(QLineEdit) == [newest.timeline.search]  # nothing to write in
        tabs = view.findChild(QTabWidget)
        assert tabs is not None and tabs.count() == at_once.tabs.count()
        assert [tabs.isTabEnabled(i) for i in range(tabs.count())] == [True] + [False] * (
            tabs.count() - 1
        )
        with qtbot.waitSignal(view.ready, timeout=30_000):
            view.show()
        assert view.loaded() and view.newest_reviewed is None
        assert view.review is not None
        assert _rows(view.review.timeline) == _rows(at_once.review.timeline)
        qtbot.waitUntil(lambda: not view.findChildren(NewestReviewedView))
        view.close()
        qtbot.waitUntil(lambda: not _readers())


def test_locking_while_it_is_read_loses_nothing_and_says_nothing(
    qtbot: QtBot, demo: Journal
) -> None:
    folder, slots, key = demo.folder, demo.keyslots, demo.db_key
    before = entries.count(demo.conn)
    view = JournalView(JournalSession(demo), system_clock(), read_in_background_from=1)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: bool(_readers()), timeout=5_000)  # it has started reading
    view.close()
    view.deleteLater()  # what locking does: the window drops the journal's pages
    demo.close()
    # The worker finds no one to tell and ends quietly (pytest reports anything raised).
    qtbot.waitUntil(lambda: not _readers(), timeout=30_000)
    with open_unlocked(folder, slots, key) as again:
        assert entries.count(again.conn) == before


def test_locking_while_a_reviewers_record_is_read_says_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The same for a reviewer's record, opened on its newest weeks."""
    _sharer, reviewer = create_demo(tmp_path, clock=system_clock())
    journal = access.unlock_with_passphrase(reviewer, DEMO_PASSPHRASE)
    before = accepted_leaf_count(journal.conn)
    view = JournalView(JournalSession(journal), system_clock(), read_in_background_from=1)
    qtbot.addWidget(view)
    view.show()
    assert view.newest_reviewed is not None
    qtbot.waitUntil(lambda: bool(_readers()), timeout=5_000)  # it has started reading
    view.close()
    view.deleteLater()
    journal.close()
    qtbot.waitUntil(lambda: not _readers(), timeout=30_000)
    with access.unlock_with_passphrase(reviewer, DEMO_PASSPHRASE) as again:
        assert accepted_leaf_count(again.conn) == before > 10


@pytest.mark.parametrize("role", ["sharer", "reviewer"])
@pytest.mark.parametrize("when", ["read, not yet arrived", "pages half built"])
def test_locking_once_it_is_read_but_before_its_pages_show_says_nothing(
    qtbot: QtBot, tmp_path: Path, role: str, when: str
) -> None:
    """Locked after the worker has read the journal, while its pages are still to come
    (they are built a turn at a time): nothing is built from the closed journal, and
    nothing is raised (pytest-qt fails the test on anything raised in the event loop)."""
    sharer, reviewer = create_demo(tmp_path, clock=system_clock())
    folder = sharer if role == "sharer" else reviewer
    journal = access.unlock_with_passphrase(folder, DEMO_PASSPHRASE)
    before = entries.count(journal.conn)
    view = JournalView(JournalSession(journal), system_clock(), read_in_background_from=1)
    # not qtbot.addWidget: the view is deleted here, as a lock deletes it
    view.show()
    qtbot.waitUntil(lambda: bool(_readers()), timeout=5_000)
    for reader in _readers():
        reader.join(timeout=30)  # read and handed back; the window has not turned since
    if when == "pages half built":
        QApplication.sendPostedEvents(None, QEvent.Type.MetaCall)  # the records arrive: building
        assert not view.loaded()
    view.close()
    view.deleteLater()  # what locking does: the journal closes, its pages are dropped
    journal.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    with access.unlock_with_passphrase(folder, DEMO_PASSPHRASE) as again:
        assert entries.count(again.conn) == before


def test_locking_before_the_years_are_read_never_reads_them(
    qtbot: QtBot, demo: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Locked after the newest weeks were drawn, before the worker started on the years
    before: nothing of the closed journal is read after the lock."""
    reads: list[str] = []
    monkeypatch.setattr(journal_view, "read_lent", lambda *_, **__: reads.append("read"))
    view = JournalView(JournalSession(demo), system_clock(), read_in_background_from=1)
    view.show()
    newest = view.newest
    assert newest is not None
    viewport = newest.timeline.view.viewport()
    view.eventFilter(viewport, QPaintEvent(viewport.rect()))  # drawn: it reads next turn
    assert not reads and not _readers()
    demo.close()  # what locking does: the journal closes, then its pages are dropped
    view.close()
    view.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    for reader in _readers():
        reader.join(timeout=30)
    assert reads == []


def test_a_form_open_in_the_newest_weeks_stays_open_with_its_words_once_all_is_read(
    qtbot: QtBot, demo: Journal
) -> None:
    view = JournalView(JournalSession(demo), system_clock(), read_in_background_from=1)
    qtbot.addWidget(view)
    newest = view.newest
    assert newest is not None
    bar = newest.quick_log
    bar.choose(EntryKind.PLAN)
    form = bar.open_form("Dinner with my sister")
    qtbot.waitUntil(form.isVisible)
    form.with_whom.setText("Sam")

    with qtbot.waitSignal(view.ready, timeout=30_000):
        view.show()
    assert view.sharer is not None
    again = view.sharer.quick_log.form
    assert again is not None
    qtbot.waitUntil(again.isVisible)
    assert again.purpose.text() == "Dinner with my sister"
    assert again.with_whom.text() == "Sam"
    again.reject()
    qtbot.waitUntil(lambda: not _readers())


def test_what_is_logged_in_the_newest_weeks_reaches_the_shared_folder_once_all_is_read(
    qtbot: QtBot, demo: Journal, tmp_path: Path
) -> None:
    """The page refreshes the shared folder's file after each change; a change made in the
    newest weeks is followed the same way, once the page is there."""
    synced = tmp_path / "Synced"
    synced.mkdir()
    session = JournalSession(demo)
    session.auto_export_folder = str(synced)
    view = JournalView(session, system_clock(), read_in_background_from=1)
    qtbot.addWidget(view)
    newest = view.newest
    assert newest is not None
    newest.quick_log.choose(EntryKind.CHECK_IN)
    newest.quick_log.text.setText("Library")
    newest.quick_log.submit()
    assert not (synced / "timeline.rekindle").exists()  # not yet: the page does that

    with qtbot.waitSignal(view.ready, timeout=30_000):
        view.show()
    qtbot.waitUntil((synced / "timeline.rekindle").exists, timeout=30_000)
    assert view.sharer is not None and "Saved to" in view.sharer.share_note.text()
    qtbot.waitUntil(lambda: not _readers())


def test_when_the_rest_cannot_be_read_the_newest_weeks_say_so_and_still_save(
    qtbot: QtBot, demo: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_view, "read_lent", _damaged)
    before = entries.count(demo.conn)
    view = JournalView(JournalSession(demo), system_clock(), read_in_background_from=1)
    qtbot.addWidget(view)
    newest = view.newest
    assert newest is not None
    view.show()
    qtbot.waitUntil(lambda: "Entry 7 in this journal could not be read." in newest.reading.text())
    assert "Your other entries are safe." in newest.reading.text()
    assert not view.loaded()
    newest.quick_log.choose(EntryKind.NOTE)
    newest.quick_log.text.setText("Still here")
    newest.quick_log.submit()
    assert entries.count(demo.conn) == before + 1
    assert "Still here" in "\n".join(_rows(newest.timeline))
    qtbot.waitUntil(lambda: not _readers())


def test_a_reviewers_record_that_cannot_be_read_whole_says_so_over_its_newest_weeks(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_view, "read_lent", _damaged)
    _sharer, reviewer = create_demo(tmp_path, clock=system_clock())
    with access.unlock_with_passphrase(reviewer, DEMO_PASSPHRASE) as journal:
        view = JournalView(JournalSession(journal), system_clock(), read_in_background_from=1)
        qtbot.addWidget(view)
        newest = view.newest_reviewed
        assert newest is not None
        shown = _rows(newest.timeline)
        view.show()
        qtbot.waitUntil(
            lambda: "Entry 7 in this journal could not be read." in newest.reading.text()
        )
        assert not view.loaded()
        assert _rows(newest.timeline) == shown and shown  # the newest weeks stay to read
        view.close()
        qtbot.waitUntil(lambda: not _readers())


def test_the_pages_are_built_a_turn_at_a_time_while_the_newest_weeks_stay_in_use(
    qtbot: QtBot, demo: Journal
) -> None:
    """Building every page at once held the window 0.2 s at ten years: they are built
    hidden, a page per turn of the event loop, and the newest weeks keep what is typed
    (a lock meanwhile takes it, and takes the half-built pages with the view)."""
    view = JournalView(JournalSession(demo), system_clock(), read_in_background_from=1)
    qtbot.addWidget(view)
    newest = view.newest
    assert newest is not None
    newest.quick_log.choose(EntryKind.NOTE)
    newest.quick_log.text.setText("typed while it reads")
    seen: list[tuple[bool, list[KeptDraft]]] = []

    def each_turn() -> None:
        if view.sharer is not None and not view.loaded():
            assert view.isAncestorOf(view.sharer)  # a lock would take it with the view
            seen.append((view.sharer.isVisible(), view.unsaved()))

    turns = QTimer()
    turns.timeout.connect(each_turn)
    turns.start(0)
    with qtbot.waitSignal(view.ready, timeout=30_000):
        view.show()
    turns.stop()
    typed = [KeptDraft(Where.QUICK_LOG, {"kind": "note", "text": "typed while it reads"})]
    assert len(seen) >= 2  # the sharer's page was there, hidden, over several turns
    assert all(shown is False and kept == typed for shown, kept in seen)
    assert view.sharer is not None
    assert view.sharer.quick_log.text.text() == "typed while it reads"
    qtbot.waitUntil(lambda: not _readers())


def test_a_full_disk_in_the_newest_weeks_says_so_and_keeps_the_words(
    qtbot: QtBot, demo: Journal
) -> None:
    before = entries.count(demo.conn)
    view = JournalView(JournalSession(demo), system_clock(), read_in_background_from=1)
    qtbot.addWidget(view)
    newest = view.newest
    assert newest is not None
    pages = int(demo.conn.execute("PRAGMA page_count").fetchone()[0])
    demo.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    bar = newest.quick_log
    bar.choose(EntryKind.NOTE)
    bar.text.setText("Words that must not be lost " * 2_000)
    bar.submit()
    assert "disk" in bar.note.text().casefold()
    assert bar.text.text().startswith("Words that must not be lost")
    assert entries.count(demo.conn) == before and newest.logged == 0

    demo.conn.execute(f"PRAGMA max_page_count = {pages * 4}")  # space again
    bar.submit()
    assert entries.count(demo.conn) == before + 1 and bar.text.text() == ""
    with qtbot.waitSignal(view.ready, timeout=30_000):
        view.show()
    assert entries.count(demo.conn) == before + 1
    qtbot.waitUntil(lambda: not _readers())
