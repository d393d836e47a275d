"""The reviewer's reply: acknowledged reading, questions, and feelings only by choice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.exchange import reply_file, timeline_file
from rekindle_desktop.services import conversation, replies, sharing
from rekindle_desktop.store import sharing as store
from tests.unit.test_sharing import NOW, Pair, at, make_pair


@pytest.fixture
def pair(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[Pair]:
    made = make_pair(tmp_path, fast_argon2)
    for place in ("Office", "Gym"):
        made.log.add(Draft(EntryKind.CHECK_IN, at(10), CheckIn(place)))
    sharing.review(made.reviewer, made.export("one.rekindle"))
    yield made
    made.sharer.close()
    made.reviewer.close()


def test_a_reply_acknowledges_and_carries_questions_to_the_agenda(pair: Pair) -> None:
    sharing.add_reviewer_note(pair.reviewer, "Why was Tuesday late?", question=True)
    sharing.add_reviewer_note(pair.reviewer, "I felt wobbly today", question=False)
    conversation.record_feelings(pair.reviewer, NOW.date(), safety=2, trust=3, connection=4)
    out = pair.folder / "reply.rekindle"
    made = replies.make_reply(pair.reviewer, out, agenda=("Plan the weekend",))
    assert (made.read_up_to, made.questions, made.agenda) == (2, 1, 1)
    assert not made.feelings_included  # never unless asked
    received = replies.receive_reply(pair.sharer, out.read_bytes())
    assert received.new and received.read_up_to == 2
    agenda = [(a.text, a.from_partner) for a in conversation.open_agenda(pair.sharer)]
    assert agenda == [("Why was Tuesday late?", True), ("Plan the weekend", True)]
    assert "I felt wobbly" not in str(received.body)  # private notes stay private
    again = replies.receive_reply(pair.sharer, out.read_bytes())
    assert not again.new and len(conversation.open_agenda(pair.sharer)) == 2
    # A question is sent once.
    assert replies.preview_reply(pair.reviewer).questions == ()


def test_feelings_travel_only_when_chosen(pair: Pair) -> None:
    conversation.record_feelings(pair.reviewer, date(2026, 11, 24), safety=2)
    conversation.record_feelings(pair.reviewer, NOW.date(), safety=3, trust=3)
    out = pair.folder / "reply.rekindle"
    replies.make_reply(pair.reviewer, out, share_feelings=True)
    received = replies.receive_reply(pair.sharer, out.read_bytes())
    assert received.body.feelings is not None
    assert received.body.feelings.day == NOW.date() and received.body.feelings.trust == 3
    assert replies.latest_reply(pair.sharer) == received.__class__(2, received.body, new=False)


def test_review_of_a_reply_is_told_apart_from_a_timeline_file(pair: Pair) -> None:
    out = pair.folder / "reply.rekindle"
    replies.make_reply(pair.reviewer, out)
    assert replies.is_reply(pair.sharer, out.read_bytes())
    assert not replies.is_reply(pair.reviewer, pair.export("two.rekindle"))


def test_a_changed_or_foreign_reply_is_refused(
    pair: Pair, tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    out = pair.folder / "reply.rekindle"
    replies.make_reply(pair.reviewer, out, agenda=("one",))
    identity = store.own_identity(pair.sharer.conn)
    plaintext = timeline_file.decrypt(out.read_bytes(), identity.age())
    edited = plaintext.replace(b'"agenda":["one"]', b'"agenda":["two"]')
    forged = timeline_file.encrypt(edited, [identity.public().recipient()])
    with pytest.raises(UserFacingError, match="changed after it was signed"):
        replies.receive_reply(pair.sharer, forged)
    other = make_pair(tmp_path / "other", fast_argon2)
    with pytest.raises(UserFacingError):
        replies.receive_reply(other.sharer, out.read_bytes())
    assert conversation.open_agenda(pair.sharer) == []
    other.sharer.close()
    other.reviewer.close()


def test_nothing_to_reply_to_yet(tmp_path: Path, fast_argon2: Argon2Params) -> None:
    fresh = make_pair(tmp_path, fast_argon2)
    with pytest.raises(UserFacingError, match="nothing to reply to"):
        replies.make_reply(fresh.reviewer, tmp_path / "r.rekindle")
    fresh.sharer.close()
    fresh.reviewer.close()


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=1500))
def test_any_plaintext_as_a_reply_is_refused_cleanly(pair: Pair, plaintext: bytes) -> None:
    recipient = store.own_identity(pair.sharer.conn).public().recipient()
    data = timeline_file.encrypt(reply_file.HEADER + b"\n" + plaintext, [recipient])
    with pytest.raises(UserFacingError):
        replies.receive_reply(pair.sharer, data)
    assert conversation.open_agenda(pair.sharer) == []
