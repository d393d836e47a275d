"""The sharer's page: quick log, forms, needs-an-outcome, and the timeline model."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, QModelIndex, QPoint, Qt, QTime, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.consistency import current_score
from rekindle_desktop.domain.entries import EntryKind, Outcome
from rekindle_desktop.domain.role import Role
from rekindle_desktop.domain.timeline import Marker
from rekindle_desktop.services import access
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.demo import write_demo
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store import entries
from rekindle_desktop.ui.entry_forms import EntryDialog
from rekindle_desktop.ui.sharer_view import SharerView
from rekindle_desktop.ui.timeline_model import (
    MARKER_WORDS,
    OUTCOME_WORDS,
    PAGE,
    ROW_ROLE,
    TimelineFilter,
    TimelineModel,
)
from tests.conftest import PASSPHRASE
from tests.gui.conftest import visible_text, wait_active

ZONE = ZoneInfo("Europe/Dublin")
NOW = datetime(2026, 11, 25, 19, 30, tzinfo=ZONE)


@pytest.fixture
def log(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[JournalLog]:
    created = access.create_journal(tmp_path / "j", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    with created.journal as journal:
        yield JournalLog(journal, Clock(ZONE, NOW))


@pytest.fixture
def demo_log(log: JournalLog) -> JournalLog:
    write_demo(log.journal, days=120, seed=3, clock=log.clock)
    return JournalLog(log.journal, log.clock)


def test_timeline_model_passes_the_model_tester(demo_log: JournalLog, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = TimelineModel()
    model.set_rows(demo_log.timeline())
    assert model.rowCount() == PAGE < model.total
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total
    model.set_filter(TimelineFilter(kinds=frozenset({EntryKind.DISCLOSURE})))
    qtmodeltester.check(model)
    assert all(
        model.index(i).data(ROW_ROLE).kind is EntryKind.DISCLOSURE for i in range(model.rowCount())
    )


def test_quick_log_check_in_with_enter(log: JournalLog, qtbot: QtBot) -> None:
    view = SharerView(log)
    qtbot.addWidget(view)
    view.quick_log.choose(EntryKind.CHECK_IN)
    qtbot.keyClicks(view.quick_log.text, "Library ")
    view.quick_log.text.insert("📚")  # QTest can only type ASCII
    with qtbot.waitSignal(view.quick_log.saved):
        qtbot.keyClick(view.quick_log.text, Qt.Key.Key_Return)
    assert view.quick_log.text.text() == ""
    assert view.timeline.model.rowCount() == 1
    assert "Now at Library 📚" in view.timeline.model.index(0).data()


def test_quick_log_says_what_to_do_with_nothing_typed(log: JournalLog, qtbot: QtBot) -> None:
    view = SharerView(log)
    qtbot.addWidget(view)
    view.show()
    view.quick_log.choose(EntryKind.DISCLOSURE)
    qtbot.keyClick(view.quick_log.text, Qt.Key.Key_Return)
    assert view.quick_log.note.isVisible()
    assert "Type a few words" in view.quick_log.note.text()
    assert entries.count(log.journal.conn) == 0


def test_long_and_unusual_text_from_the_quick_log(log: JournalLog, qtbot: QtBot) -> None:
    view = SharerView(log)
    qtbot.addWidget(view)
    view.quick_log.choose(EntryKind.APPRECIATION)
    for text in ("x" * 100_000, "شكرا لك على الاستماع", "💛" * 50):
        view.quick_log.text.setText(text)
        view.quick_log.submit()
    assert entries.count(log.journal.conn) == 3
    view.grab()  # painting long, RTL and emoji rows must not fail


def test_saved_place_checks_in_with_one_click(log: JournalLog, qtbot: QtBot) -> None:
    view = SharerView(log)
    qtbot.addWidget(view)
    view.quick_log.text.setText("Office")
    view.quick_log._keep_place()
    button = next(
        view.quick_log.place_row.itemAt(i).widget()
        for i in range(view.quick_log.place_row.count())
        if view.quick_log.place_row.itemAt(i).widget()
        and view.quick_log.place_row.itemAt(i).widget().text() == "At Office"
    )
    with qtbot.waitSignal(view.quick_log.saved):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "Now at Office" in view.timeline.model.index(0).data()


def test_a_plan_ending_before_it_starts_is_refused_in_the_form(
    log: JournalLog, qtbot: QtBot
) -> None:
    dialog = EntryDialog(
        EntryKind.PLAN, log.add, zone=ZONE, now=NOW, places=["Office"], text="Dinner"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.starts.setDateTime(QDateTime(QDate(2026, 11, 26), QTime(20, 0)))
    dialog.ends.setDateTime(QDateTime(QDate(2026, 11, 26), QTime(18, 0)))
    dialog.place.setCurrentText("Mum's")
    dialog._try_save()
    assert dialog.isVisible() and dialog.saved is None
    assert "can't end before it starts" in dialog.note.text()
    assert dialog.purpose.text() == "Dinner"  # nothing typed is lost
    dialog.ends.setDateTime(QDateTime(QDate(2026, 11, 26), QTime(22, 0)))
    dialog._try_save()
    assert dialog.saved is not None
    assert dialog.saved.body.place == "Mum's"  # type: ignore[union-attr]


def test_one_click_resolves_what_needs_an_outcome(log: JournalLog, qtbot: QtBot) -> None:
    dialog = EntryDialog(EntryKind.PLAN, log.add, zone=ZONE, now=NOW, places=[], text="Gym")
    dialog.starts.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(17, 0)))
    dialog.ends.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(18, 0)))
    dialog.place.setCurrentText("Gym")
    dialog._try_save()
    view = SharerView(log)
    qtbot.addWidget(view)
    buttons = view.needs.findChildren(type(view.quick_log.more))
    kept = next(b for b in buttons if b.text() == "Changed, told before")
    with qtbot.waitSignal(view.needs.resolved):
        qtbot.mouseClick(kept, Qt.MouseButton.LeftButton)
    assert log.ledger.outcome((1, None)) is Outcome.KEPT_WITH_NOTICE
    assert "Nothing is waiting" in view.needs.summary.text()
    assert "changed, with notice beforehand" in view.timeline.model.index(0).data()


def test_the_score_shown_is_the_domain_score(demo_log: JournalLog, qtbot: QtBot) -> None:
    view = SharerView(demo_log)
    qtbot.addWidget(view)
    ledger = demo_log.ledger
    score = current_score(ledger.commitments(ZONE, NOW), ledger.pauses())
    assert view.consistency.trend.text() == f"Trend: {round(score * 100)} out of 100"
    assert "one miss" in view.consistency.trend_words.text()


def test_filters_and_search_narrow_the_timeline(demo_log: JournalLog, qtbot: QtBot) -> None:
    view = SharerView(demo_log)
    qtbot.addWidget(view)
    everything = view.timeline.model.total
    view.timeline.kind_filter.setCurrentIndex(
        view.timeline.kind_filter.findData(EntryKind.DISCLOSURE)
    )
    disclosures = view.timeline.model.total
    assert 0 < disclosures < everything
    view.timeline.kind_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.timeline.search, "jordan")
    qtbot.waitUntil(lambda: view.timeline.model.total < everything)
    texts = [view.timeline.model.index(i).data() for i in range(view.timeline.model.rowCount())]
    assert texts and all("Jordan" in t for t in texts)
    view.timeline.search.setText("zzzz-no-such-words")
    qtbot.waitUntil(lambda: view.timeline.model.total == 0)
    assert view.timeline.stack.currentWidget() is view.timeline.empty
    assert "Nothing matches" in view.timeline.empty.text()


def _row_of(view: SharerView, entry_id: int) -> object:
    while view.timeline.model.canFetchMore():
        view.timeline.model.fetchMore()
    return next(
        view.timeline.model.index(i).data(ROW_ROLE)
        for i in range(view.timeline.model.rowCount())
        if view.timeline.model.index(i).data(ROW_ROLE).entry_id == entry_id
        and view.timeline.model.index(i).data(ROW_ROLE).beside is None
    )


def test_correct_and_withdraw_add_entries_beside_the_row(
    log: JournalLog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = SharerView(log)
    qtbot.addWidget(view)
    view.quick_log.choose(EntryKind.CHECK_IN)
    view.quick_log.text.setText("Gym")
    view.quick_log.submit()
    actions = [a.text() for a in view.row_actions(_row_of(view, 1)).actions()]  # type: ignore[arg-type]
    assert actions == ["Correct…", "Withdraw…"]

    def fill_and_save(dialog: EntryDialog) -> None:
        assert dialog.place.currentText() == "Gym"  # the current content is shown
        dialog.place.setCurrentText("Library")
        dialog._try_save()

    monkeypatch.setattr(EntryDialog, "open", fill_and_save)  # the form opens without waiting
    view.correct(1)
    row = _row_of(view, 1)
    assert row.title == "Now at Library"  # type: ignore[attr-defined]
    withdrawing = view.withdraw(1)
    assert "Now at Library" in visible_text(withdrawing)  # says which entry, as it is now
    withdrawing.why.setText("posted by mistake")
    qtbot.mouseClick(withdrawing.withdraw_button, Qt.MouseButton.LeftButton)
    assert not withdrawing.isVisible()
    texts = [view.timeline.model.index(i).data() for i in range(view.timeline.model.rowCount())]
    assert any("Corrected to: Now at Library" in t for t in texts)
    assert any("Changed the place from Gym to Library" in t for t in texts)  # what changed
    assert any("Withdrawn. posted by mistake" in t for t in texts)
    assert view.row_actions(_row_of(view, 1)).isEmpty()  # type: ignore[arg-type]
    assert entries.count(log.journal.conn) == 3  # nothing edited, two entries added


def test_an_outcome_can_be_changed_from_the_row(log: JournalLog, qtbot: QtBot) -> None:
    dialog = EntryDialog(EntryKind.PLAN, log.add, zone=ZONE, now=NOW, places=[], text="Gym")
    dialog.starts.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(17, 0)))
    dialog.ends.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(18, 0)))
    dialog.place.setCurrentText("Gym")
    dialog._try_save()
    log.record_outcome(1, Outcome.NOT_KEPT)
    view = SharerView(log)
    qtbot.addWidget(view)
    menu = view.row_actions(_row_of(view, 1))  # type: ignore[arg-type]
    how = menu.actions()[0].menu()
    kept = next(a for a in how.actions() if a.text() == "Kept as said")
    kept.trigger()
    assert log.ledger.outcome((1, None)) is Outcome.KEPT
    assert _row_of(view, 1).outcome is Outcome.KEPT  # type: ignore[attr-defined]


def test_agreement_versions_need_confirming_and_keep_history(log: JournalLog, qtbot: QtBot) -> None:
    from rekindle_desktop.ui.agreement_dialog import AgreementDialog, PauseDialog

    view = SharerView(log)
    qtbot.addWidget(view)
    assert "No agreement written yet" in view.agreement_summary.text()
    first = AgreementDialog(None, log.add, log.clock.now(), NOW.date())
    qtbot.addWidget(first)
    first.boundaries.setPlainText("No contact with J.")
    first._try_save()
    assert first.saved is None and "confirm" in first.note.text()
    first.confirm.setChecked(True)
    first._try_save()
    second = AgreementDialog(log.ledger.agreements()[-1], log.add, log.clock.now(), NOW.date())
    qtbot.addWidget(second)
    assert second.version == 2
    assert second.boundaries.toPlainText() == "No contact with J."  # starts from the last one
    second.cadence.setValue(14)
    second.confirm.setChecked(True)
    second._try_save()
    assert [a.version for a in log.ledger.agreements()] == [1, 2]
    view.refresh()
    assert "Version 2: check-in talks every 14 days" in view.agreement_summary.text()

    pause = PauseDialog(log.add, log.clock.now(), NOW.date())
    qtbot.addWidget(pause)
    pause.last_day.setDate(QDate(2026, 11, 20))  # before the first day
    pause._try_save()
    assert pause.saved is None and "can't end before it starts" in pause.note.text()
    pause.last_day.setDate(QDate(2026, 12, 2))
    pause.reason.setText("Family holiday")
    pause._try_save()
    assert log.ledger.pauses()[0].reason == "Family holiday"


def test_the_words_for_outcomes_and_markers_are_the_domains_own(qtbot: QtBot) -> None:
    # The timeline keeps its own copy of these words for translators; in English they
    # must say exactly what the domain says.
    assert {o: o.label for o in Outcome} == OUTCOME_WORDS
    assert {m: m.value for m in Marker} == MARKER_WORDS


def _index_of(view: SharerView, entry_id: int) -> QModelIndex:
    model = view.timeline.model
    return next(
        model.index(i)
        for i in range(model.rowCount())
        if model.index(i).data(ROW_ROLE).entry_id == entry_id
    )


def _menu_words_when_opened(qtbot: QtBot, open_menu: object) -> tuple[list[str], QMenu]:
    """Open the row menu with `open_menu()`; the words of the menu Qt shows, then close it."""
    shown: list[QMenu] = []

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu), "a menu should be showing"
        shown.append(popup)
        popup.close()

    QTimer.singleShot(0, read_and_close)  # the menu runs its own loop until closed
    open_menu()  # type: ignore[operator]
    qtbot.waitUntil(lambda: bool(shown))
    return [a.text() for a in shown[0].actions()], shown[0]


# A popup menu asks the offscreen platform to raise it and grab the keyboard: it can't.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_row_menu_from_the_keyboard_is_for_the_current_row(
    log: JournalLog, qtbot: QtBot
) -> None:
    dialog = EntryDialog(EntryKind.PLAN, log.add, zone=ZONE, now=NOW, places=[], text="Gym")
    dialog.starts.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(17, 0)))
    dialog.ends.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(18, 0)))
    dialog.place.setCurrentText("Gym")
    dialog._try_save()
    log.record_outcome(1, Outcome.NOT_KEPT)  # the plan, entry 1, has "How it went"
    view = SharerView(log)
    qtbot.addWidget(view)
    view.quick_log.choose(EntryKind.CHECK_IN)
    view.quick_log.text.setText("Library")
    view.quick_log.submit()  # entry 3: a check-in, only "Correct…" and "Withdraw…"
    view.resize(1000, 700)
    view.show()
    wait_active(qtbot, view)
    timeline = view.timeline.view
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    plan, check_in = _index_of(view, 1), _index_of(view, 3)
    timeline.setCurrentIndex(plan)

    # The Menu key: Qt sends a keyboard context-menu event to the focused list, with a
    # position that need not be on the current row; here it is on the check-in instead.
    elsewhere = timeline.visualRect(check_in).center()
    assert timeline.indexAt(elsewhere) == check_in
    words, menu = _menu_words_when_opened(
        qtbot,
        lambda: QApplication.sendEvent(
            timeline,
            QContextMenuEvent(
                QContextMenuEvent.Reason.Keyboard, elsewhere, timeline.mapToGlobal(elsewhere)
            ),
        ),
    )
    assert words == ["How it went", "Correct…", "Withdraw…"]
    row_on_screen = timeline.visualRect(plan).translated(
        timeline.viewport().mapToGlobal(QPoint(0, 0))
    )
    assert row_on_screen.top() <= menu.pos().y() <= row_on_screen.bottom()

    # Shift+F10, after moving to the check-in with the arrow keys.
    qtbot.keyClick(timeline, Qt.Key.Key_Down if check_in.row() > plan.row() else Qt.Key.Key_Up)
    assert timeline.currentIndex() == check_in
    words, _menu = _menu_words_when_opened(
        qtbot, lambda: qtbot.keyClick(timeline, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    )
    assert words == ["Correct…", "Withdraw…"]
