"""The hurt partner's voice by the window alone (issue 13): a hard moment kept, asked as a
request, carried by a reply, answered on the sharer's page, and seen with how soon."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.drafts import Where
from rekindle_desktop.domain.entries import LOGGABLE_KINDS, Agreement, CheckIn, Draft, EntryKind
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import access, requests, review_summary, sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.services.records import Records
from rekindle_desktop.store.journal import Journal
from rekindle_desktop.ui.check_in_view import CheckInView
from rekindle_desktop.ui.entry_forms import EntryDialog
from rekindle_desktop.ui.export_dialog import ExportDialog
from rekindle_desktop.ui.reply_dialog import ReplyDialog
from rekindle_desktop.ui.review_view import ReviewView
from rekindle_desktop.ui.sharer_view import SharerView
from rekindle_desktop.ui.voice_view import VoiceView
from tests.conftest import PASSPHRASE
from tests.gui.test_review import CLOCK
from tests.gui.test_stopping import pair

MOMENT = "We drove past the hotel on the ring road"
ANSWER = "I'm sorry it came back. I'm here, and I'll drive the other way from now on."


@pytest.fixture
def journals(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[tuple[Journal, Journal]]:
    sharer = access.create_journal(tmp_path / "s", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    reviewer = access.create_journal(tmp_path / "r", PASSPHRASE, Role.REVIEWING, argon2=fast_argon2)
    pair(sharer.journal, reviewer.journal)
    pair(reviewer.journal, sharer.journal)
    log = JournalLog(sharer.journal, CLOCK)
    log.add(Draft(EntryKind.CHECK_IN, CLOCK.now(), CheckIn("Office")))
    sharing.export(sharer.journal, tmp_path / "one.rekindle")
    sharing.review(reviewer.journal, (tmp_path / "one.rekindle").read_bytes())
    yield sharer.journal, reviewer.journal
    sharer.journal.close()
    reviewer.journal.close()


def test_a_moment_becomes_a_request_is_answered_and_the_answer_comes_back(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    sharer, reviewer = journals
    # The reviewer keeps a hard moment and, by choice, asks for reassurance.
    voice = VoiceView(JournalSession(reviewer), CLOCK)
    qtbot.addWidget(voice)
    voice.text.setPlainText(MOMENT)
    voice.strength.setCurrentIndex(3)  # very hard
    assert voice.send.isChecked() is False  # private unless they choose
    voice.send.setChecked(True)
    voice.keep()
    assert "next reply will carry it" in voice.note.text()
    assert "goes with your next reply" in voice.requests.item(0).text()

    reply = ReplyDialog(JournalSession(reviewer))
    qtbot.addWidget(reply)
    assert MOMENT in reply.requests_words.text()  # they see what will leave, before it does
    reply.save_to(tmp_path / "reply.rekindle")
    assert reply.made is not None and reply.made.requests == 1

    # The sharer opens the reply: the request is at the top of their page, gently worded.
    check_ins = CheckInView(Records(sharer, CLOCK))
    qtbot.addWidget(check_ins)
    check_ins.open_reply(tmp_path / "reply.rekindle")
    # Three hours later on the sharer's computer.
    later = Clock(CLOCK.zone, datetime.now(UTC) + timedelta(hours=3))
    page = SharerView(JournalLog(sharer, later))
    qtbot.addWidget(page)
    assert page.requests.isVisibleTo(page)
    words = " ".join(b.text() for b in page.requests.findChildren(QPushButton))
    assert "Answer…" in words and "At our next check-in" in words
    form = page.answer(requests.open_requests(sharer)[0].request)
    form.text.setPlainText(ANSWER)
    assert form.unsaved() is not None and form.unsaved().where is Where.ANSWER
    form.save()
    assert form.result() == QDialog.DialogCode.Accepted
    page.refresh()
    assert not page.requests.isVisibleTo(page)  # nothing waiting now

    export = ExportDialog(JournalSession(sharer))
    qtbot.addWidget(export)
    export.save_to(tmp_path / "two.rekindle")
    review = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(review)
    result = review.open_file(tmp_path / "two.rekindle")
    assert result is not None and [a.text for a in result.answers] == [ANSWER]
    voice.refresh()
    shown = voice.requests.item(0).text()
    assert "answered within 3 hours" in shown and ANSWER in shown


def test_the_moment_typed_and_not_kept_survives_a_lock(
    qtbot: QtBot, journals: tuple[Journal, Journal]
) -> None:
    _sharer, reviewer = journals
    voice = VoiceView(JournalSession(reviewer), CLOCK)
    qtbot.addWidget(voice)
    voice.text.setPlainText(MOMENT)
    voice.wants.setCurrentIndex(voice.wants.findData("space"))
    draft = voice.unsaved()
    assert draft is not None and draft.where is Where.TRIGGER
    again = VoiceView(JournalSession(reviewer), CLOCK)
    qtbot.addWidget(again)
    again.restore(draft)
    assert again.text.toPlainText() == MOMENT and again.wants.currentData() == "space"
    assert requests.triggers(reviewer) == []  # nothing was kept until they chose to


def test_a_contact_form_asks_when_it_happened(
    qtbot: QtBot, journals: tuple[Journal, Journal]
) -> None:
    sharer, _reviewer = journals
    log = JournalLog(sharer, CLOCK)
    form = EntryDialog(EntryKind.CONTACT, log.add, zone=CLOCK.zone, now=CLOCK.now_utc(),
                       places=[])  # fmt: skip
    qtbot.addWidget(form)
    form.words.setPlainText("an old colleague, by message; I didn't reply")
    form.at.setDateTime(form.at.dateTime().addSecs(-3600))
    form._try_save()
    assert form.saved is not None and form.saved.kind is EntryKind.CONTACT
    [row] = [r for r in log.timeline() if r.entry_id == form.saved.id]
    assert row.title.startswith("I was contacted by") and row.detail == "Told within an hour"


def test_review_opens_on_what_is_new_and_a_chosen_rhythm_is_kind_not_a_wall(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    sharer, reviewer = journals
    review = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(review)
    review.rhythm.setCurrentIndex(review.rhythm.findData(7))  # once a week, their choice
    assert review_summary.rhythm(reviewer) == 7
    JournalLog(sharer, CLOCK).add(Draft(EntryKind.CHECK_IN, CLOCK.now(), CheckIn("Gym")))
    sharing.export(sharer, tmp_path / "two.rekindle")

    result = review.open_file(tmp_path / "two.rekindle")

    assert result is not None and result.verdict.accepted  # never blocked
    assert "every 7 days, and this is sooner. That's all right." in review.result_note.text()
    assert review.summary_card.isVisibleTo(review)
    assert review.summary_words.text() == "1 new entry."


def test_a_state_of_the_union_talk_starts_from_its_outline(
    qtbot: QtBot, journals: tuple[Journal, Journal]
) -> None:
    sharer, _reviewer = journals
    check_ins = CheckInView(Records(sharer, CLOCK))
    qtbot.addWidget(check_ins)
    check_ins.notes.setPlainText("We were both tired.")
    check_ins.use_state_of_the_union()
    notes = check_ins.notes.toPlainText()
    assert notes.startswith("We were both tired.")  # nothing typed is lost
    assert notes.index("Appreciations") < notes.index("One issue") < notes.index("needs next")


def test_an_agreement_can_end_and_step_down_and_both_pages_say_so_plainly(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    sharer, _reviewer = journals
    page = SharerView(JournalLog(sharer, CLOCK))
    qtbot.addWidget(page)
    dialog = page.edit_agreement()
    dialog.has_end.setChecked(True)
    dialog.steps.setPlainText("eight weeks, seventy")
    dialog.confirm.setChecked(True)
    dialog._try_save()
    assert "Step 1 can't be read" in dialog.note.text() and dialog.saved is None
    draft = dialog.unsaved()
    assert draft.get("steps") == "eight weeks, seventy" and draft.get("has_end") == "1"
    today = CLOCK.now_utc().astimezone(CLOCK.zone).date()
    dialog.review_on.setDate(QDate(today.year, today.month, today.day).addDays(-2))
    dialog.ends_on.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    dialog.steps.setPlainText("8; 70; weekly check-ins")
    dialog._try_save()
    assert dialog.saved is not None
    page.refresh()
    assert "ended on" in page.agreement_state.text() and "Nobody did anything wrong" in (
        page.agreement_state.text()
    )
    with pytest.raises(UserFacingError, match="without a new version"):
        sharing.export(sharer, tmp_path / "after.rekindle")


def test_the_reviewer_is_told_plainly_when_the_agreement_ended(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    sharer, reviewer = journals
    now = datetime.now(UTC)
    ends = (now + timedelta(days=1)).date()
    body = Agreement(1, frozenset(LOGGABLE_KINDS), 7, "", ends, ends)
    JournalLog(sharer, Clock(CLOCK.zone)).add(Draft(EntryKind.AGREEMENT, CLOCK.now(), body))
    sharing.export(sharer, tmp_path / "two.rekindle")
    sharing.review(reviewer, (tmp_path / "two.rekindle").read_bytes())

    three_days_on = Clock(CLOCK.zone, now + timedelta(days=3))
    review = ReviewView(Records(reviewer, three_days_on))
    qtbot.addWidget(review)

    said = review.agreement_note.text()
    assert review.agreement_note.isVisibleTo(review)
    assert "ended on" in said and "sharing has stopped" in said and "Nobody did" in said


def test_questions_from_the_review_notes_are_in_the_same_list_with_their_state(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    _sharer, reviewer = journals
    sharing.add_reviewer_note(reviewer, "Why did you delete the messages?", question=True)
    sharing.add_reviewer_note(reviewer, "Just for me", question=False)
    voice = VoiceView(JournalSession(reviewer), CLOCK)
    qtbot.addWidget(voice)
    [item] = [voice.requests.item(i).text() for i in range(voice.requests.count())]
    assert "Why did you delete" in item and "goes with your next reply" in item
    reply = ReplyDialog(JournalSession(reviewer))
    qtbot.addWidget(reply)
    reply.save_to(tmp_path / "reply.rekindle")
    voice.refresh()
    assert voice.requests.item(0).text().split("\n")[0].endswith("· sent")


def test_the_reviewer_agrees_to_a_version_in_a_reply_and_the_sharer_sees_it(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    sharer, reviewer = journals
    page = SharerView(JournalLog(sharer, CLOCK))
    qtbot.addWidget(page)
    dialog = page.edit_agreement()
    dialog.confirm.setChecked(True)
    dialog._try_save()
    page.refresh()
    assert "hasn't agreed to version 1 in a reply yet" in page.agreement_state.text()
    sharing.export(sharer, tmp_path / "two.rekindle")
    sharing.review(reviewer, (tmp_path / "two.rekindle").read_bytes())

    reply = ReplyDialog(JournalSession(reviewer))
    qtbot.addWidget(reply)
    assert reply.agree.isVisibleTo(reply) and "version 1" in reply.agree.text()
    reply.agree.setChecked(True)
    reply.save_to(tmp_path / "reply.rekindle")
    check_ins = CheckInView(Records(sharer, CLOCK))
    qtbot.addWidget(check_ins)
    check_ins.open_reply(tmp_path / "reply.rekindle")
    page.refresh()

    assert "Your partner agreed to version 1." in page.agreement_state.text()
