"""First-hour polish (issue 15, in part): sharing says where the file went and how to
hand it over; no trend number before the first outcome; the demo never idle-locks;
a one-click check-in says it was saved; counts read as a person would say them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rekindle_desktop.domain.consistency import Commitment
from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind, Outcome, Plan
from rekindle_desktop.domain.feelings import Feeling
from rekindle_desktop.domain.insights import ToldEarly
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.services import sharing
from rekindle_desktop.services.demo import DEMO_PASSPHRASE, create_demo_journal
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.services.records import Records
from rekindle_desktop.store.journal import Journal
from rekindle_desktop.ui.check_in_view import CheckInView
from rekindle_desktop.ui.consistency_card import ConsistencyCard
from rekindle_desktop.ui.entry_forms import EntryDialog
from rekindle_desktop.ui.export_dialog import ExportDialog, holds_words
from rekindle_desktop.ui.insights_view import InsightsView
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.review_view import ReviewView
from rekindle_desktop.ui.sharer_view import SharerView
from rekindle_desktop.ui.style import apply_look
from tests.gui.conftest import MakeWindow, unlock_through_window, visible_text
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


def _not_clipped(widget: QWidget) -> bool:
    """Every line of `widget` fits in the height it was given."""
    need = widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else 0
    return widget.height() >= max(need, widget.minimumSizeHint().height())


def test_a_dialog_grows_to_fit_an_error_and_keeps_its_fields_whole(
    qtbot: QtBot,
    journals: tuple[Journal, Journal],  # noqa: F811
) -> None:
    sharer, _reviewer = journals
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)  # as the app does; dialogs grow because of it, not of an earlier test
    page = SharerView(JournalLog(sharer, CLOCK))
    qtbot.addWidget(page)
    dialog = page.plan_pause()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.note.say(
        "That pause overlaps one you already planned, from 3 to 9 December, and a pause "
        "can't share its days with another one.",
        "Choose other days, or keep the pause you have.",
    )
    qtbot.waitUntil(lambda: dialog.height() > before)
    qtbot.waitUntil(lambda: _not_clipped(dialog.note))
    for field in (dialog.first_day, dialog.last_day, dialog.reason):
        assert field.height() >= field.minimumSizeHint().height()
    assert dialog.first_day.text() == "Wed 25 Nov 2026"  # days read one way everywhere
    dialog.reject()


def test_the_export_preview_shows_its_entries_in_a_box_that_can_be_read(
    qtbot: QtBot,
    journals: tuple[Journal, Journal],  # noqa: F811
) -> None:
    sharer, _reviewer = journals
    JournalLog(sharer, CLOCK).add(
        Draft(EntryKind.CHECK_IN, Moment.from_local(NOW), CheckIn("Office", "A long note " * 9))
    )
    dialog = ExportDialog(JournalSession(sharer))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_entries.setChecked(True)
    qtbot.waitUntil(lambda: dialog.entries.isVisible() and _not_clipped(dialog.summary))
    assert dialog.entries.height() >= 200  # not a two-line box
    assert dialog.entries.wordWrap()  # long entries wrap, nothing hides off to the side
    assert "Wed 25 Nov 2026, 20:00 · Check-in: Now at Office" in dialog.entries.item(0).text()


def test_a_plan_says_what_it_is_for(qtbot: QtBot, journals: tuple[Journal, Journal]) -> None:  # noqa: F811
    sharer, _reviewer = journals
    log = JournalLog(sharer, CLOCK)
    form = EntryDialog(EntryKind.PLAN, log.add, zone=CLOCK.zone, now=NOW, places=["Office"])
    qtbot.addWidget(form)
    form.place.setCurrentText("Office")
    form._try_save()
    assert form.saved is None
    assert "Say what the plan is for" in form.note.text()
    form.purpose.setText("Work")
    form._try_save()
    assert form.saved is not None


def test_an_overnight_plan_reads_whole(qtbot: QtBot, journals: tuple[Journal, Journal]) -> None:  # noqa: F811
    sharer, _reviewer = journals
    log = JournalLog(sharer, CLOCK)
    starts = Moment.from_local(NOW.replace(hour=22))
    ends = Moment.from_local((NOW + timedelta(days=1)).replace(hour=7))
    log.add(Draft(EntryKind.PLAN, starts, Plan(starts, ends, "Hospital", "", "Night shift")))
    rows = [r for r in log.timeline() if r.title.startswith("Night shift")]
    assert rows[0].time_text == "22:00–07:00"
    assert rows[0].detail.startswith("until Thu 26 Nov")


def test_feelings_are_rated_in_words(qtbot: QtBot, journals: tuple[Journal, Journal]) -> None:  # noqa: F811
    _sharer, reviewer = journals
    page = CheckInView(Records(reviewer, CLOCK))
    qtbot.addWidget(page)
    for feeling, combo in page.ratings.items():
        choices = [combo.itemText(i) for i in range(combo.count())]
        assert choices[0] == "Not rated today"
        assert [c.split(" · ")[0] for c in choices[1:]] == ["1", "2", "3", "4", "5"]
        assert all(len(c.split(" · ")[1]) > 3 for c in choices[1:]), feeling  # words, not bare
    assert page.ratings[Feeling.TRUST].itemText(5) == "5 · Full trust"


def test_an_accepted_file_is_told_calmly_and_a_damaged_one_without_blame(
    qtbot: QtBot,
    journals: tuple[Journal, Journal],  # noqa: F811
    tmp_path: Path,
) -> None:
    sharer, reviewer = journals
    JournalLog(sharer, CLOCK).add(Draft(EntryKind.CHECK_IN, CLOCK.now(), CheckIn("Gym")))
    good = tmp_path / "two.rekindle"
    sharing.export(sharer, good)
    view = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(view)
    view.show()
    assert view.open_file(good) is not None
    assert view.result_note.tone == "done"  # not the colour problems are said in
    damaged = tmp_path / "damaged.rekindle"
    damaged.write_bytes(good.read_bytes()[:-40])
    result = view.open_file(damaged)
    assert result is not None and not result.verdict.accepted
    said = view.result_note.text()
    assert view.result_note.tone == ""
    assert "damaged" in said and "trusted" not in said
    assert "share it again" in said and "nothing you reviewed before changed" in said


def test_the_reply_is_beside_review_and_says_plainly_what_goes_with_it(
    qtbot: QtBot,
    journals: tuple[Journal, Journal],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _sharer, reviewer = journals
    journal_view = JournalView(JournalSession(reviewer), CLOCK)
    qtbot.addWidget(journal_view)
    qtbot.waitUntil(journal_view.loaded)
    review = journal_view.review
    assert review is not None and review.reply_button.isVisibleTo(review)
    review.reply_button.click()
    dialog = journal_view.check_ins.reply_form
    assert dialog is not None
    words = visible_text(dialog)
    assert "not included" not in words  # it no longer contradicts the questions below
    assert "Questions you marked for the next check-in" in words
    dialog.save_to(tmp_path / "reply.rekindle")
    qtbot.waitUntil(lambda: "Reply saved to" in review.result_note.text())
    assert review.result_note.tone == "done"
