"""A journal kept for years opens behind a quiet note and is read on a worker thread.

The worker must show exactly what reading on the window's thread shows, and locking
while it reads must lose nothing and raise nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rekindle_desktop.services.clock import system_clock
from rekindle_desktop.services.demo import create_demo_journal
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.store import entries
from rekindle_desktop.store.journal import Journal, open_unlocked
from rekindle_desktop.ui.journal_view import OPENING, JournalView
from rekindle_desktop.ui.timeline_model import describe
from tests.gui.conftest import visible_text


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Journal]:
    journal = create_demo_journal(parent=tmp_path)
    yield journal
    journal.close()


def _readers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "read journal"]


def _timeline(view: JournalView) -> list[str]:
    assert view.sharer is not None
    model = view.sharer.timeline.model
    return [describe(model.row_at(i)) for i in range(model.total)]


def test_a_long_journal_shows_a_quiet_note_then_the_same_pages(qtbot: QtBot, demo: Journal) -> None:
    clock = system_clock()
    at_once = JournalView(JournalSession(demo), clock)  # under the threshold: read right here
    qtbot.addWidget(at_once)
    assert at_once.loaded()

    later = JournalView(JournalSession(demo), clock, read_in_background_from=1)
    qtbot.addWidget(later)
    assert not later.loaded()
    assert any(OPENING in shown.text() for shown in later.findChildren(QLabel))
    with qtbot.waitSignal(later.ready, timeout=30_000):
        later.show()
    assert later.loaded()
    assert "Opening your journal" not in visible_text(later)
    assert _timeline(later) == _timeline(at_once)
    assert len(_timeline(later)) > 100
    assert later.review is not None and at_once.review is not None
    review_later = later.review.timeline.model
    assert review_later.total == at_once.review.timeline.model.total > 100
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
