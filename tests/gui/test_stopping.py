"""Stopping and pairing again in the window: each person alone, said plainly to both,
nothing accepted lost, and the last words typed kept through a lock (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access, sharing, stopping
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.records import Records
from rekindle_desktop.store.journal import Journal
from rekindle_desktop.ui.check_in_view import CheckInView
from rekindle_desktop.ui.main_window import RekindleWindow
from rekindle_desktop.ui.pairing_dialog import PairingDialog
from rekindle_desktop.ui.review_view import ReviewView
from rekindle_desktop.ui.safety_exit import SafetyExitDialog
from rekindle_desktop.ui.sharer_view import SharerView
from rekindle_desktop.ui.stop_dialogs import StopReviewingDialog, StopSharingDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import MakeWindow, unlock_through_window
from tests.gui.test_drafts_survive_lock import assert_held_nowhere, lock_with_ctrl_l, sharer
from tests.gui.test_review import CLOCK
from tests.gui.test_safety_phrase import settle

WORDS = "I need to stop for a while. I'm sorry it ends like this."


def pair(mine: Journal, theirs: Journal, *, new_pairing: bool = False) -> None:
    keys = sharing.read_partner_code(mine, sharing.pairing_code(theirs), new_pairing=new_pairing)
    sharing.confirm_pairing(mine, keys.preview())


@pytest.fixture
def journals(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[tuple[Journal, Journal]]:
    sharer = access.create_journal(tmp_path / "s", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    reviewer = access.create_journal(tmp_path / "r", PASSPHRASE, Role.REVIEWING, argon2=fast_argon2)
    pair(sharer.journal, reviewer.journal)
    pair(reviewer.journal, sharer.journal)
    yield sharer.journal, reviewer.journal
    sharer.journal.close()
    reviewer.journal.close()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window says once stopping is done (the note the person closes)."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: said.append(box.text()))
    return said


def shared_once(sharer: Journal, reviewer: Journal, folder: Path) -> JournalLog:
    log = JournalLog(sharer, CLOCK)
    log.add(Draft(EntryKind.CHECK_IN, log.clock.now(), CheckIn("Office")))
    sharing.export(sharer, folder / "one.rekindle")
    sharing.review(reviewer, (folder / "one.rekindle").read_bytes())
    return log


def test_the_sharer_stops_with_a_last_file_and_the_reviewer_sees_an_end_not_a_failure(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path, told: list[str]
) -> None:
    sharer, reviewer = journals
    log = shared_once(sharer, reviewer, tmp_path)
    page = SharerView(log)
    qtbot.addWidget(page)
    assert page.stop_button.isVisibleTo(page)

    dialog = page.stop_sharing()
    assert dialog.file.tell.isChecked()  # telling the partner is the default, and a choice
    last = tmp_path / "last.rekindle"
    dialog.file.path.setText(str(last))
    dialog.words.setPlainText(WORDS)
    dialog.stop_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert told and "Sharing has stopped" in told[0] and str(last) in told[0]
    assert "Sharing stopped on" in page.sharing_state.text()
    assert not page.stop_button.isVisibleTo(page)
    assert page.share_button.text() == "Pair again and share…"

    review = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(review)
    result = review.open_file(last)
    assert result is not None and result.verdict is sharing.Verdict.ENDED
    assert review.ended_card.isVisibleTo(review)
    assert "Your partner stopped sharing on" in review.ended_heading.text()
    assert WORDS in review.ended_words.text()
    assert review.status.text().startswith("Sharing has ended")
    assert not review.open_button.isEnabled() and review.pair_button.text() == "Pair again…"
    assert "fail" not in (review.status.text() + review.ended_heading.text()).lower()
    kinds = [row.kind for row in review.records.reviewed_rows()]
    assert EntryKind.ENDING in kinds and EntryKind.CHECK_IN in kinds  # nothing lost


def test_the_words_for_the_partner_survive_ctrl_l(
    qtbot: QtBot, tmp_path: Path, fast_argon2: Argon2Params, make_window: MakeWindow
) -> None:
    folder = tmp_path / "journal"
    with access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=fast_argon2).journal as j:
        partner = access.create_journal(
            tmp_path / "partner", PASSPHRASE, Role.REVIEWING, argon2=fast_argon2
        ).journal
        pair(j, partner)
        partner.close()
    window = make_window(folder)
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    dialog = sharer(window).stop_sharing()
    qtbot.waitUntil(dialog.isVisible)
    dialog.words.setPlainText(WORDS)

    lock_with_ctrl_l(qtbot, window, inside=dialog.words)
    del dialog
    assert_held_nowhere(window, WORDS)
    unlock_through_window(qtbot, window, PASSPHRASE)

    def reopened() -> bool:
        form = sharer(window).form
        return isinstance(form, StopSharingDialog) and form.isVisible()

    qtbot.waitUntil(reopened, timeout=5_000)
    form = sharer(window).form
    assert isinstance(form, StopSharingDialog)
    assert form.words.toPlainText() == WORDS
    form.reject()  # closing it keeps sharing as it was
    assert window.journal is not None and stopping.is_sharing(window.journal)


def test_the_reviewer_stops_and_the_sharer_is_told_by_the_last_reply(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path, told: list[str]
) -> None:
    sharer, reviewer = journals
    shared_once(sharer, reviewer, tmp_path)
    review = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(review)

    dialog = review.stop_reviewing()
    assert isinstance(dialog, StopReviewingDialog) and dialog.file.tell.isChecked()
    reply = tmp_path / "last-reply.rekindle"
    dialog.file.path.setText(str(reply))
    dialog.stop_button.click()

    assert "You have stopped reviewing" in told[0]
    assert "You stopped reviewing on" in review.ended_heading.text()
    assert review.records.reviewed_rows()  # what was reviewed stays, read-only
    check_ins = CheckInView(Records(sharer, CLOCK))
    qtbot.addWidget(check_ins)
    check_ins.open_reply(reply)
    assert "Your partner has stopped reviewing" in check_ins.reply_note.text()
    page = SharerView(JournalLog(sharer, CLOCK))
    qtbot.addWidget(page)
    assert "Your partner stopped reviewing on" in page.sharing_state.text()


def test_nothing_stops_until_the_person_says_so(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    sharer, reviewer = journals
    dialog = StopSharingDialog(JournalLog(sharer, CLOCK))
    qtbot.addWidget(dialog)
    assert dialog.keep_button.objectName() == "primary"  # keeping is the easy default
    dialog.keep_button.click()
    assert stopping.is_sharing(sharer)
    # Nothing reviewed yet: no reply to write, and the dialog says so instead of failing.
    quiet = StopReviewingDialog(reviewer)
    qtbot.addWidget(quiet)
    assert not quiet.file.tell.isChecked() and not quiet.file.isEnabled()


def test_a_reinstalled_partner_is_paired_again_only_on_purpose_and_the_old_record_stays(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    sharer, reviewer = journals
    shared_once(sharer, reviewer, tmp_path)
    fresh = access.create_journal(
        tmp_path / "s2", PASSPHRASE, Role.SHARING, argon2=fast_argon2
    ).journal
    pair(fresh, reviewer)

    dialog = PairingDialog(reviewer)
    qtbot.addWidget(dialog)
    dialog.their_code.setPlainText(sharing.pairing_code(fresh))
    dialog.read_code()
    assert "different from the ones you paired with before" in dialog.code_note.text()
    assert dialog.pair_again_button.isVisibleTo(dialog)
    assert dialog.pages.currentIndex() == 0  # nothing accepted silently
    with qtbot.waitSignal(dialog.phrase_ready):
        dialog.pair_again_button.click()
    settle()
    assert dialog.new_pairing_note.isVisibleTo(dialog)  # the same phrase step, said as new
    dialog.confirm()
    assert dialog.result() == QDialog.DialogCode.Accepted

    JournalLog(fresh, CLOCK).add(Draft(EntryKind.CHECK_IN, CLOCK.now(), CheckIn("New home")))
    sharing.export(fresh, tmp_path / "new.rekindle")
    review = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(review)
    review.open_file(tmp_path / "new.rekindle")
    assert review.earlier_button.isVisibleTo(review)
    earlier = review.show_earlier()
    assert earlier is not None
    qtbot.addWidget(earlier)
    assert earlier.timeline.model.rowCount() >= 1
    assert [row.title for row in review.records.reviewed_rows()] == ["Now at New home"]
    earlier.reject()
    fresh.close()


# --- the safety exit --------------------------------------------------------------------


# The offscreen platform has a tray of sorts, and says it lacks one of Qt's signals.
REAL_TRAY_OFFSCREEN = pytest.mark.qt_log_ignore("systemTrayWindowChanged")


@pytest.fixture
def paired_window(
    qtbot: QtBot, tmp_path: Path, fast_argon2: Argon2Params, make_window: MakeWindow
) -> Iterator[RekindleWindow]:
    """A sharer's window, paired, with a tray icon (real, on the offscreen platform)."""
    folder = tmp_path / "journal"
    mine = access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    partner = access.create_journal(
        tmp_path / "partner", PASSPHRASE, Role.REVIEWING, argon2=fast_argon2
    )
    with mine.journal as j, partner.journal as theirs:
        pair(j, theirs)
    window = make_window(folder, use_tray=True)
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    yield window


@REAL_TRAY_OFFSCREEN
def test_the_safety_exit_stops_sharing_hides_the_tray_and_locks_in_one_step(
    qtbot: QtBot, paired_window: RekindleWindow
) -> None:
    window = paired_window
    tray = window.reminder_center.tray
    assert tray is not None and tray.isVisible()
    menu = tray.contextMenu()
    assert menu is not None
    [exit_item] = [a for a in menu.actions() if a.text() == "Safety exit…"]
    exit_item.trigger()
    [dialog] = [d for d in window.findChildren(SafetyExitDialog) if d.isVisible()]
    assert dialog.stop_sharing_button.isVisibleTo(dialog)
    assert not dialog.stop_reviewing_button.isVisibleTo(dialog)  # nothing to stop there
    assert "emergency number" in " ".join(w.text() for w in dialog.findChildren(QLabel))

    with qtbot.waitSignal(window.locked):
        dialog.all_button.click()

    assert window.journal is None and not tray.isVisible()
    unlock_through_window(qtbot, window, PASSPHRASE)
    assert window.journal is not None
    assert not stopping.is_sharing(window.journal)
    assert not tray.isVisible()  # it stays hidden: the choice is kept in the journal
    assert window.reminder_center.inside_window


@REAL_TRAY_OFFSCREEN
def test_getting_support_links_to_the_safety_exit_and_each_step_works_alone(
    qtbot: QtBot, paired_window: RekindleWindow
) -> None:
    window = paired_window
    help_dialog = window.show_help()
    support = help_dialog.tabs.widget(0)
    assert isinstance(support, QTextBrowser)
    assert "Open the safety exit" in support.toPlainText()
    support.anchorClicked.emit(QUrl("rekindle:safety-exit"))
    [dialog] = [d for d in window.findChildren(SafetyExitDialog) if d.isVisible()]

    dialog.stop_sharing_button.click()

    assert window.journal is not None and not stopping.is_sharing(window.journal)
    assert "Sharing has stopped" in dialog.note.text() and "won't tell" in dialog.note.text()
    assert not dialog.stop_sharing_button.isEnabled()
    assert window.journal is not None  # stopping alone doesn't lock
    dialog.reject()
    help_dialog.reject()
    window.lock()
    locked_exit = window.open_safety_exit()
    assert not locked_exit.stop_sharing_button.isVisibleTo(locked_exit)  # nothing open
    assert locked_exit.lock_button.isVisibleTo(locked_exit)
    locked_exit.reject()
