"""First-hour polish (issue 15, in part): sharing says where the file went and how to
hand it over; no trend number before the first outcome; the demo never idle-locks;
a one-click check-in says it was saved; counts read as a person would say them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rekindle_desktop.domain.consistency import Commitment
from rekindle_desktop.domain.entries import CheckIn, Outcome
from rekindle_desktop.domain.insights import ToldEarly
from rekindle_desktop.services.demo import DEMO_PASSPHRASE, create_demo_journal
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store.journal import Journal
from rekindle_desktop.ui.consistency_card import ConsistencyCard
from rekindle_desktop.ui.export_dialog import ExportDialog, holds_words
from rekindle_desktop.ui.insights_view import InsightsView
from rekindle_desktop.ui.sharer_view import SharerView
from tests.gui.conftest import MakeWindow, unlock_through_window
from tests.gui.test_review import CLOCK, NOW
from tests.gui.test_voice import journals  # noqa: F401 (a fixture: paired, one file shared)


def test_after_sharing_the_page_says_where_the_file_is_and_how_to_hand_it_over(
    qtbot: QtBot,
    journals: tuple[Journal, Journal],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sharer, _reviewer = journals
    page = SharerView(JournalLog(sharer, CLOCK))
    qtbot.addWidget(page)
    assert "Last shared" in page.last_shared.text()  # the fixture shared once
    out = tmp_path / "for-you.rekindle"

    def saved(dialog: ExportDialog) -> int:
        dialog.save_to(out)
        return 1

    monkeypatch.setattr(ExportDialog, "exec", saved)
    with qtbot.waitSignal(page.shared):
        page.share()
    note = page.share_note.text()
    assert str(out) in note and "USB stick" in note and "Open a timeline file" in note
    assert str(out) in page.last_shared.text()


def test_no_trend_number_before_the_first_outcome(qtbot: QtBot) -> None:
    card = ConsistencyCard("It appears once a plan or promise has an outcome.")
    qtbot.addWidget(card)
    waiting = [Commitment(1, NOW.date())]  # due, not yet confirmed
    card.show_commitments(waiting, [])
    assert card.trend.text() == "No trend yet"
    assert card.trend_words.text() == "It appears once a plan or promise has an outcome."
    card.show_commitments([Commitment(1, NOW.date(), Outcome.NOT_KEPT)], [])
    assert card.trend.text() == "Trend: 45 out of 100"  # one honest outcome moves it a little


def test_the_demo_never_locks_by_itself_and_says_its_passphrase(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    journal = create_demo_journal(parent=tmp_path)
    folder = journal.folder.path
    journal.close()
    window = make_window(folder, demo=True, idle_interval_ms=50)
    window.start()
    unlock_through_window(qtbot, window, DEMO_PASSPHRASE)
    assert not window.idle.is_active()
    assert DEMO_PASSPHRASE in window.idle_words
    qtbot.wait(200)  # four idle intervals: it would have locked by now
    assert window.journal is not None


def test_a_one_click_check_in_says_it_was_saved(
    qtbot: QtBot,
    journals: tuple[Journal, Journal],  # noqa: F811
) -> None:
    sharer, _reviewer = journals
    log = JournalLog(sharer, CLOCK)
    log.save_place("Office")
    page = SharerView(log)
    qtbot.addWidget(page)
    page.quick_log.check_in("Office")
    assert page.quick_log.done.text().startswith("Checked in at Office, ")
    assert CheckIn("Office") in [e.body for e in log.ledger.entries.values()]


@pytest.mark.parametrize(
    ("total", "new", "words"),
    [
        (1, 1, "This file will hold 1 entry, all of it new."),
        (5, 0, "This file will hold 5 entries; nothing in it is new since your last file."),
        (5, 1, "This file will hold 5 entries; 1 of them is new."),
        (5, 3, "This file will hold 5 entries; 3 of them are new."),
    ],
)
def test_the_export_counts_read_as_a_person_would_say_them(
    total: int, new: int, words: str
) -> None:
    assert holds_words(total, new) == words


def test_insights_say_how_many_contacts_were_told_early(qtbot: QtBot) -> None:
    view = InsightsView()
    qtbot.addWidget(view)
    kept = [Commitment(1, NOW.date(), Outcome.KEPT)]
    view.set_data(kept, [], [], NOW.date(), ToldEarly(contacts=3, early=2))
    assert "Contact disclosures in these weeks: 3, 2 of them told soon" in view.summary.text()
    view.set_data(kept, [], [], NOW.date(), ToldEarly(0, 0))
    assert "Contact disclosures" not in view.summary.text()
