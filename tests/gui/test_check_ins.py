"""Check-ins: the agenda both add to, holding a talk, feelings, and replies in the app."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from rekindle_desktop.domain.days import weekday_day
from rekindle_desktop.domain.entries import Agreement, CheckIn, Draft, EntryKind
from rekindle_desktop.domain.feelings import Feeling
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.services import conversation, replies, sharing
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.services.records import Records
from rekindle_desktop.ui.check_in_view import CheckInView
from rekindle_desktop.ui.reply_dialog import ReplyDialog
from tests.unit.test_sharing import NOW, Pair

CLOCK_NOW = NOW


def test_agenda_talk_and_feelings(qtbot: QtBot, pair: Pair) -> None:
    view = CheckInView(Records(pair.sharer, pair.log.clock))
    qtbot.addWidget(view)
    assert "Nothing on the agenda yet" in view.agenda.item(0).text()
    assert "Today" in view.when.text()
    view.add_item()
    assert "Write the agenda item first" in view.talk_note.text()
    view.agenda_text.setText("How the evenings feel")
    view.add_item()
    assert view.agenda.item(0).text() == "You · How the evenings feel"
    view.notes.setPlainText("We talked about evenings. Calm.")
    view.hold()
    assert "Thank you both" in view.talk_note.text()
    assert "Nothing on the agenda yet" in view.agenda.item(0).text()
    talk = conversation.talks(pair.sharer)[0]
    assert talk.notes == "We talked about evenings. Calm."
    # The next talk follows the default weekly rhythm.
    assert weekday_day((NOW + timedelta(days=7)).date()) in view.when.text()
    view.ratings[Feeling.TRUST].setCurrentIndex(3)
    view.save_feelings()
    assert conversation.feelings(pair.sharer)[0].trust == 3
    assert conversation.feelings(pair.sharer)[0].safety is None


def test_an_agreement_due_for_review_is_mentioned(qtbot: QtBot, pair: Pair) -> None:
    moment = Moment.from_local(NOW)
    agreement = Agreement(1, frozenset({EntryKind.CHECK_IN}), 14, "", NOW.date())
    pair.log.add(Draft(EntryKind.AGREEMENT, moment, agreement))
    view = CheckInView(Records(pair.sharer, pair.log.clock))
    qtbot.addWidget(view)
    view.show()
    assert view.agreement_note.isVisible()
    assert "up for review" in view.agreement_note.text()


def test_a_reply_round_trip_through_the_app(qtbot: QtBot, pair: Pair) -> None:
    pair.log.add(Draft(EntryKind.CHECK_IN, Moment.from_local(NOW), CheckIn("Office")))
    sharing.review(pair.reviewer, pair.export("t.rekindle"))
    sharing.add_reviewer_note(pair.reviewer, "Can we talk about Friday?", question=True)
    conversation.record_feelings(pair.reviewer, NOW.date(), safety=3, trust=2, connection=4)
    dialog = ReplyDialog(JournalSession(pair.reviewer))
    qtbot.addWidget(dialog)
    dialog.agenda.setPlainText("Weekend plans\n\n")
    dialog.feelings.setChecked(True)
    out = pair.folder / "reply.rekindle"
    dialog.save_to(out)
    assert dialog.made is not None and dialog.made.feelings_included
    view = CheckInView(Records(pair.sharer, pair.log.clock))
    qtbot.addWidget(view)
    view.open_reply(out)
    assert "Reply received" in view.reply_note.text()
    items = [view.agenda.item(i).text() for i in range(view.agenda.count())]
    assert items == [
        "From your partner · Can we talk about Friday?",
        "From your partner · Weekend plans",
    ]
    assert "read the first 1 entries" in view.partner.text()
    assert "Safety 3, Trust 2, Connection 4" in view.partner.text()
    (pair.folder / "junk.rekindle").write_bytes(b"nothing")
    view.open_reply(pair.folder / "junk.rekindle")
    assert "isn't" in view.reply_note.text()


def test_a_late_reply_and_a_hostile_one_in_the_app(qtbot: QtBot, pair: Pair) -> None:
    pair.log.add(Draft(EntryKind.CHECK_IN, Moment.from_local(NOW), CheckIn("Office")))
    sharing.review(pair.reviewer, pair.export("t.rekindle"))
    early, late = pair.folder / "early.rekindle", pair.folder / "late.rekindle"
    replies.make_reply(pair.reviewer, early)
    pair.log.add(Draft(EntryKind.CHECK_IN, Moment.from_local(NOW), CheckIn("Gym")))
    sharing.review(pair.reviewer, pair.export("t2.rekindle"))
    replies.make_reply(
        pair.reviewer, late, agenda=("Gym\x1b[2J \u202eXYZ \u05e9\u05dc\u05d5\u05dd",)
    )
    view = CheckInView(Records(pair.sharer, pair.log.clock))
    qtbot.addWidget(view)
    view.open_reply(late)
    view.open_reply(early)
    assert view.reply_note.text() == (
        "This reply is older than one you already opened; nothing changed."
    )
    assert "read the first 2 entries" in view.partner.text()
    shown = view.agenda.item(0).text()
    assert shown == "From your partner · \u2068Gym\ufffd[2J XYZ \u05e9\u05dc\u05d5\u05dd\u2069"
