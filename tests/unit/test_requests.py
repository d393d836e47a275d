"""The hurt partner's voice between real journals (issue 13): moments kept privately,
requests sent only by choice, answered in words, and how soon, in plain words."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rekindle_desktop.domain.entries import Answer, Contact, ContactHow, Draft, EntryKind
from rekindle_desktop.domain.insights import ToldEarly, contacts_told
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.timeline import Marker, timeline_rows
from rekindle_desktop.domain.voice import Request, Wants, answered_within
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.exchange import reply_file
from rekindle_desktop.exchange.timeline_file import FileUnreadable
from rekindle_desktop.services import conversation, replies, requests, sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from tests.unit.test_sharing import ZONE, Pair, log_some


def reply(pair: Pair, name: str = "reply.rekindle") -> replies.ReplyReceived:
    out = pair.folder / name
    replies.make_reply(pair.reviewer, out)
    return replies.receive_reply(pair.sharer, out.read_bytes())


def reviewed_once(pair: Pair) -> None:
    log_some(pair, 1)
    assert sharing.review(pair.reviewer, pair.export("one.rekindle")).verdict.accepted


def test_a_moment_stays_with_the_reviewer_unless_they_ask(pair: Pair) -> None:
    reviewed_once(pair)
    kept = requests.log_trigger(pair.reviewer, "The song from that summer", strength=4)

    received = reply(pair)

    assert received.body.requests == () and received.new_requests == 0
    assert requests.received(pair.sharer) == []
    assert requests.triggers(pair.reviewer)[0].strength_words == "very hard"
    # Turned into a request, by choice, it travels with the next reply, once.
    requests.ask_about(pair.reviewer, kept)
    second = reply(pair, "second.rekindle")
    assert [r.text for r in second.body.requests] == ["The song from that summer"]
    assert second.body.requests[0].wants is Wants.REASSURANCE
    third = reply(pair, "third.rekindle")
    assert third.body.requests == ()
    assert [r.request.text for r in requests.open_requests(pair.sharer)] == [kept.text]


def test_the_round_trip_answer_and_how_soon(pair: Pair) -> None:
    reviewed_once(pair)
    asked = requests.ask(pair.reviewer, "Did you see her at the conference?")
    reply(pair)
    [waiting] = requests.open_requests(pair.sharer)
    assert waiting.request.id == asked.id and waiting.state() == "waiting for your answer"

    log = JournalLog(pair.sharer, Clock(ZONE, asked.asked + timedelta(hours=1, minutes=30)))
    requests.answer(log, asked.id, "Only across the room, for a minute. I left early.")
    result = sharing.review(pair.reviewer, pair.export("two.rekindle"))

    [seen] = result.answers
    assert seen.request == asked.id and seen.after_minutes == 90
    assert seen.how_soon == "answered within 2 hours"
    [state] = requests.my_requests(pair.reviewer)
    assert state.state() == "answered within 2 hours"
    assert requests.open_requests(pair.sharer) == []
    assert requests.received(pair.sharer)[0].state() == "answered within 2 hours"


def test_a_request_can_wait_for_the_next_check_in_and_both_see_that(pair: Pair) -> None:
    reviewed_once(pair)
    asked = requests.ask(pair.reviewer, "Why that weekend?", Wants.TALK)
    reply(pair)

    requests.at_next_check_in(pair.log, asked.id)

    agenda = [item.text for item in conversation.open_agenda(pair.sharer)]
    assert "Why that weekend?" in agenda
    sharing.review(pair.reviewer, pair.export("two.rekindle"))
    [state] = requests.my_requests(pair.reviewer)
    assert state.state() == "for your next check-in" and state.answer is not None
    assert state.answer.talk


def test_only_a_request_that_was_received_can_be_answered(pair: Pair) -> None:
    with pytest.raises(UserFacingError, match="no request number 7"):
        requests.answer(pair.log, 7, "Hello")
    with pytest.raises(UserFacingError, match="Write a few words"):
        requests.ask(pair.reviewer, "   ")
    with pytest.raises(UserFacingError, match="from 1 to 5"):
        requests.log_trigger(pair.reviewer, "x", strength=9)


def test_answers_are_shared_whatever_the_agreement_lists(pair: Pair) -> None:
    answer = pair.log.add(Draft(EntryKind.ANSWER, pair.log.clock.now(), Answer(1, "Yes.")))
    assert answer.id in {e.id for e in sharing.export_preview(pair.sharer).new}


@pytest.mark.parametrize(
    ("minutes", "words"),
    [(5, "within an hour"), (61, "within 2 hours"), (60 * 30, "within 2 days"),
     (60 * 24 * 20, "after 2 weeks")],
)  # fmt: skip
def test_how_soon_is_said_in_plain_words(minutes: int, words: str) -> None:
    assert answered_within(minutes) == words


# --- told early ------------------------------------------------------------------------


def _contact_row(pair: Pair, told_after: timedelta) -> tuple[str, frozenset[Marker]]:
    now = datetime(2026, 11, 25, 20, 0, tzinfo=ZONE)
    happened = Moment.from_local(now - told_after)
    log = JournalLog(pair.sharer, Clock(ZONE, now))
    body = Contact(ContactHow.CONTACTED, "someone from before, by message")
    entry = log.add(Draft(EntryKind.CONTACT, happened, body))
    [row] = [r for r in timeline_rows(log.ledger, ZONE, now) if r.entry_id == entry.id]
    return row.detail, row.markers


def test_a_contact_told_soon_is_marked_told_early(pair: Pair) -> None:
    detail, markers = _contact_row(pair, timedelta(minutes=80))
    assert detail == "Told within 2 hours" and Marker.TOLD_EARLY in markers
    assert Marker.LOGGED_LATE not in markers


def test_a_contact_told_days_later_says_so_plainly(pair: Pair) -> None:
    detail, markers = _contact_row(pair, timedelta(days=3))
    assert detail == "Told within 3 days" and Marker.TOLD_EARLY not in markers


def test_a_contact_reaches_the_reviewer_with_its_times(pair: Pair) -> None:
    now = pair.log.clock.now_utc()
    body = Contact(ContactHow.RAN_INTO, "an old friend of hers, at the shop")
    pair.log.add(Draft(EntryKind.CONTACT, Moment.from_local(now - timedelta(hours=1)), body))
    assert sharing.review(pair.reviewer, pair.export("one.rekindle")).verdict.accepted
    [seen] = sharing.review_state(pair.reviewer).entries
    assert seen.body == body and 55 * 60 <= seen.lag_seconds <= 65 * 60


# --- the reply's requests, read strictly -----------------------------------------------


def _body(requests_field: object) -> bytes:
    document = {
        "about": "rekindle/x", "agenda": [], "feelings": None, "questions": [], "v": 1,
        "written": "2026-12-01T20:00:00+00:00", "requests": requests_field,
    }  # fmt: skip
    return json.dumps(document).encode()


GOOD = {"asked": "2026-12-01T20:00:00+00:00", "id": 1, "text": "Hold me", "wants": "space"}


@pytest.mark.parametrize(
    "bad",
    [
        {**GOOD, "id": True}, {**GOOD, "id": 0}, {**GOOD, "id": 1.0}, {**GOOD, "wants": "x"},
        {**GOOD, "text": ""}, {**GOOD, "asked": "2026-12-01T20:00:00"}, {**GOOD, "extra": 1},
        {k: v for k, v in GOOD.items() if k != "text"}, {**GOOD, "text": "\ud800"},
        {**GOOD, "asked": "２０２６-12-01T20:00:00+00:00"},
    ],
    ids=repr,
)  # fmt: skip
def test_a_malformed_request_makes_the_reply_unreadable(bad: dict[str, object]) -> None:
    with pytest.raises(FileUnreadable):
        reply_file.parse_body(_body([bad]))
    with pytest.raises(FileUnreadable):
        reply_file.parse_body(_body([GOOD, GOOD]))  # a number twice


def test_a_reply_without_requests_keeps_its_bytes() -> None:
    body = reply_file.ReplyBody("rekindle/x", (), (), None, "2026-12-01T20:00:00+00:00")
    assert b"requests" not in body.line() and b"ended" not in body.line()
    request = Request(3, datetime(2026, 12, 1, 20, tzinfo=UTC), "Hold me", Wants.SPACE)
    with_one = reply_file.ReplyBody(
        "rekindle/x", (), (), None, "2026-12-01T20:00:00+00:00", requests=(request,)
    )
    assert reply_file.parse_body(with_one.line()).requests == (request,)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(st.sampled_from([*GOOD, "x"]), inner, max_size=5)
        ),
        max_leaves=12,
    )
)
def test_any_requests_field_is_read_or_refused_plainly(value: object) -> None:
    try:
        parsed = reply_file.parse_body(_body(value))
    except FileUnreadable:
        return
    for request in parsed.requests:
        assert request.id >= 1 and request.text and request.asked.tzinfo is not None


def test_files_of_the_version_before_still_open(pair: Pair, tmp_path: Path) -> None:
    """A reply written without requests (every reply before 2026-12) is received as one."""
    reviewed_once(pair)
    received = reply(pair)
    assert received.new and received.body.requests == ()


def test_insights_count_contacts_told_and_how_many_early(pair: Pair) -> None:
    now = datetime(2026, 11, 25, 20, 0, tzinfo=ZONE)
    log = JournalLog(pair.sharer, Clock(ZONE, now))
    for told_after in (timedelta(minutes=30), timedelta(hours=1), timedelta(days=2)):
        happened = Moment.from_local(now - told_after)
        log.add(Draft(EntryKind.CONTACT, happened, Contact(ContactHow.CONTACTED, "x")))
    old = Moment.from_local(now - timedelta(weeks=20))
    log.add(Draft(EntryKind.CONTACT, old, Contact(ContactHow.RAN_INTO, "long ago")))
    told = contacts_told(
        log.ledger.standing(EntryKind.CONTACT), (now - timedelta(weeks=12)).date(),
        timedelta(hours=2),
    )  # fmt: skip
    assert told == ToldEarly(contacts=3, early=2)
