"""The reviewer's reply: acknowledged reading, questions, and feelings only by choice."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rekindle_desktop import cli_sharing
from rekindle_desktop.crypto import merkle
from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.crypto.signed_note import sign_text
from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind
from rekindle_desktop.domain.feelings import FeelingRating
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.exchange import reply_file, timeline_file
from rekindle_desktop.exchange.reply_file import ReplyBody
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


# --- replies keep their order -----------------------------------------------------------


def _hand_made(
    pair: Pair,
    size: int,
    written: str,
    *,
    questions: tuple[str, ...] = (),
    feelings: FeelingRating | None = None,
) -> bytes:
    """A reply as the reviewer's install makes one, signed with the reviewer's own key,
    but saying what we choose: how far it has read, and when it was written."""
    root = merkle.root(store.shared_leaves(pair.sharer.conn)[:size])
    line = ReplyBody(sharing.origin_of(pair.sharer), questions, (), feelings, written).line()
    identity = store.own_identity(pair.reviewer.conn)
    origin = replies.reply_origin(pair.reviewer)
    note = sign_text(reply_file.note_text(origin, size, root, line), origin, identity.signing_key())
    recipient = store.own_identity(pair.sharer.conn).public().recipient()
    return timeline_file.encrypt(reply_file.compose(note, line), [recipient])


def _read_more(pair: Pair, name: str) -> None:
    pair.log.add(Draft(EntryKind.CHECK_IN, at(12), CheckIn("Library")))
    sharing.review(pair.reviewer, pair.export(name))


def test_a_reply_delivered_late_does_not_move_read_up_to_back(pair: Pair) -> None:
    conversation.record_feelings(pair.reviewer, NOW.date(), safety=2)
    early = pair.folder / "early.rekindle"
    replies.make_reply(pair.reviewer, early, share_feelings=True)
    _read_more(pair, "two.rekindle")
    conversation.record_feelings(pair.reviewer, NOW.date(), safety=4)
    late = pair.folder / "late.rekindle"
    replies.make_reply(pair.reviewer, late, share_feelings=True)

    newer = replies.receive_reply(pair.sharer, late.read_bytes())
    assert newer.new and not newer.older and newer.read_up_to == 3
    older = replies.receive_reply(pair.sharer, early.read_bytes())  # delivered late
    assert older.new and older.older and older.read_up_to == 2
    latest = replies.latest_reply(pair.sharer)
    assert latest is not None and latest.read_up_to == 3
    assert latest.body.feelings is not None and latest.body.feelings.safety == 4
    again = replies.receive_reply(pair.sharer, early.read_bytes())
    assert not again.new  # and opening it again says so


def test_of_two_replies_that_read_as_far_the_one_written_later_stands(pair: Pair) -> None:
    conversation.record_feelings(pair.reviewer, NOW.date(), safety=2)
    first, second = pair.folder / "first.rekindle", pair.folder / "second.rekindle"
    replies.make_reply(pair.reviewer, first, share_feelings=True)
    conversation.record_feelings(pair.reviewer, NOW.date(), safety=5)
    replies.make_reply(pair.reviewer, second, share_feelings=True)
    assert not replies.receive_reply(pair.sharer, second.read_bytes()).older
    assert replies.receive_reply(pair.sharer, first.read_bytes()).older
    latest = replies.latest_reply(pair.sharer)
    assert latest is not None and latest.body.feelings is not None
    assert latest.body.feelings.safety == 5


def test_reading_further_is_newer_whatever_the_clock_said(pair: Pair) -> None:
    """The reviewer's install only ever accepts a longer log, so a reply that read
    further was made later; its time is the reviewer's clock, which can be wrong."""
    _read_more(pair, "two.rekindle")
    further = _hand_made(pair, 3, "2026-11-20T10:00:00+00:00")
    less = _hand_made(pair, 2, "2026-11-25T10:00:00+00:00")
    assert not replies.receive_reply(pair.sharer, further).older
    assert replies.receive_reply(pair.sharer, less).older
    latest = replies.latest_reply(pair.sharer)
    assert latest is not None and latest.read_up_to == 3


def test_a_newer_reply_after_an_older_one_moves_read_up_to_on(pair: Pair) -> None:
    _read_more(pair, "two.rekindle")
    assert not replies.receive_reply(pair.sharer, _hand_made(pair, 2, "2026-11-25T10:00Z")).older
    assert not replies.receive_reply(pair.sharer, _hand_made(pair, 3, "2026-11-24T10:00Z")).older
    # Times are compared as times, whatever offset they were written with.
    same = _hand_made(pair, 3, "2026-11-24T11:30:00+02:00")  # 09:30 UTC: earlier
    assert replies.receive_reply(pair.sharer, same).older
    latest = replies.latest_reply(pair.sharer)
    assert latest is not None and latest.body.written == "2026-11-24T10:00Z"


def test_an_older_reply_still_brings_the_questions_it_carried(pair: Pair) -> None:
    """Each question travels in one reply only: dropping a late one's would lose it."""
    _read_more(pair, "two.rekindle")
    replies.receive_reply(pair.sharer, _hand_made(pair, 3, "2026-11-25T10:00Z"))
    late = _hand_made(pair, 2, "2026-11-24T10:00Z", questions=("Why Tuesday?",))
    assert replies.receive_reply(pair.sharer, late).older
    assert [a.text for a in conversation.open_agenda(pair.sharer)] == ["Why Tuesday?"]
    latest = replies.latest_reply(pair.sharer)
    assert latest is not None and latest.read_up_to == 3


@pytest.mark.parametrize(
    "written", ["", "yesterday", "2026-11-25T10:00:00", "0001-01-01T00:00+01:00"]
)
def test_a_reply_without_a_time_it_was_written_is_refused(pair: Pair, written: str) -> None:
    with pytest.raises(UserFacingError, match="can't be read"):
        replies.receive_reply(pair.sharer, _hand_made(pair, 2, written, questions=("q",)))
    assert conversation.open_agenda(pair.sharer) == []
    assert replies.latest_reply(pair.sharer) is None


def test_the_command_line_says_a_late_reply_is_older(
    pair: Pair, capsys: pytest.CaptureFixture[str]
) -> None:
    _read_more(pair, "two.rekindle")
    replies.receive_reply(pair.sharer, _hand_made(pair, 3, "2026-11-25T10:00Z"))
    late = _hand_made(pair, 2, "2026-11-24T10:00Z")
    assert cli_sharing._receive_reply(pair.sharer, late, as_json=True) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["verdict"] == "older reply" and said["new"] and said["read_up_to"] == 2
    later = _hand_made(pair, 2, "2026-11-24T11:00Z")
    assert cli_sharing._receive_reply(pair.sharer, later, as_json=False) == 0
    assert capsys.readouterr().out == (
        "This reply is older than one you already opened; nothing changed.\n"
    )
    latest = replies.latest_reply(pair.sharer)
    assert latest is not None and latest.read_up_to == 3
