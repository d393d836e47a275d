"""Agreements that end and step down (issue 13, item 5): an end, steps proposed when
met and never applied by themselves, and an ending said plainly to both."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rekindle_desktop.domain.entries import (
    LOGGABLE_KINDS,
    Agreement,
    Draft,
    EntryKind,
    InvalidEntry,
    Outcome,
    Plan,
    Step,
    validate,
)
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.exchange import reply_file
from rekindle_desktop.exchange.leaves import LeafError, entry_to_leaf, leaf_to_entry
from rekindle_desktop.exchange.timeline_file import FileUnreadable
from rekindle_desktop.services import agreements, replies, sharing
from rekindle_desktop.services.agreements import StepsUnreadable, read_steps
from tests.unit.test_sharing import Pair, at, log_some

WEEKLY = Step(8, 55, "daily check-ins become a weekly summary")


def agreement(ends_on: date | None, steps: tuple[Step, ...] = (), review: int = 30) -> Agreement:
    today = date(2026, 11, 25)
    return Agreement(
        1, frozenset(LOGGABLE_KINDS), 7, "", today + timedelta(days=review), ends_on, steps
    )


def test_an_agreement_without_an_end_keeps_the_form_earlier_versions_wrote(pair: Pair) -> None:
    plain = pair.log.add(Draft(EntryKind.AGREEMENT, at(9), agreement(None)))
    leaf = entry_to_leaf(plain)
    assert b"ends_on" not in leaf and b"steps" not in leaf
    ending = pair.log.add(
        Draft(EntryKind.AGREEMENT, at(10), agreement(date(2027, 6, 1), (WEEKLY,)))
    )
    again = leaf_to_entry(entry_to_leaf(ending))
    assert again.body == ending.body


@pytest.mark.parametrize(
    "spelling",
    [
        (b',"review_on"', b',"ends_on":null,"review_on"',
         b',"shared_kinds"', b',"steps":[],"shared_kinds"'),
        (b'"steps":[{', b'"steps":[{"extra":1,', b"", b""),
        (b'"ends_on":"2027-06-01"', b'"ends_on":""', b"", b""),
    ],
    ids=["an empty end and no steps", "a step with an extra key", "an empty end"],
)  # fmt: skip
def test_each_meaning_has_one_spelling(pair: Pair, spelling: tuple[bytes, ...]) -> None:
    body = agreement(date(2027, 6, 1), (WEEKLY,)) if spelling[2] == b"" else agreement(None)
    leaf = entry_to_leaf(pair.log.add(Draft(EntryKind.AGREEMENT, at(9), body)))
    changed = leaf.replace(spelling[0], spelling[1])
    if spelling[2]:
        changed = changed.replace(spelling[2], spelling[3])
    assert changed != leaf
    with pytest.raises(LeafError):
        leaf_to_entry(changed)


def test_an_end_before_the_review_day_and_odd_steps_are_refused() -> None:
    now = Moment.from_local(at(9).local(at(9).utc.tzinfo))
    with pytest.raises(InvalidEntry, match="ends before the day you look at it again"):
        validate(Draft(EntryKind.AGREEMENT, now, agreement(date(2026, 12, 1), review=30)))
    with pytest.raises(InvalidEntry, match="1 to 520 weeks"):
        validate(Draft(EntryKind.AGREEMENT, now, agreement(None, (Step(0, 70, "x"),))))
    with pytest.raises(StepsUnreadable, match="Step 2"):
        read_steps("8; 70; weekly\n8 weeks, 70, weekly")
    assert read_steps("\n8; 55; daily check-ins become a weekly summary\n") == (WEEKLY,)


def test_a_step_is_proposed_when_met_and_never_applied(pair: Pair) -> None:
    log = pair.log
    start = log.clock.now_utc().date()
    log.add(Draft(EntryKind.AGREEMENT, log.clock.now(), agreement(None, (WEEKLY,))))
    ledger = log.ledger
    not_yet = agreements.where_it_stands(ledger, log.commitments(), [], start + timedelta(weeks=8))
    assert not_yet.steps_met == ()  # no trend yet: nothing is proposed on nothing
    plan = log.add(Draft(EntryKind.PLAN, at(6), Plan(at(6), at(7), "Gym")))
    log.record_outcome(plan.id, Outcome.KEPT, None)  # the trend: 55
    met = agreements.where_it_stands(log.ledger, log.commitments(), [], start + timedelta(weeks=8))
    assert met.steps_met == (WEEKLY,)
    assert "isn't applied by itself" in met.step_words()[0]
    early = agreements.where_it_stands(log.ledger, log.commitments(), [], start)
    assert early.steps_met == ()
    assert log.ledger.agreements()[-1].check_in_every_days == 7  # nothing changed by itself


def test_when_an_agreement_ends_unrenewed_sharing_stops_and_both_are_told(pair: Pair) -> None:
    log_some(pair, 1)
    yesterday = pair.log.clock.now_utc().date() - timedelta(days=1)
    body = Agreement(1, frozenset(LOGGABLE_KINDS), 7, "", yesterday, yesterday)
    pair.log.add(Draft(EntryKind.AGREEMENT, pair.log.clock.now(), body))
    with pytest.raises(UserFacingError, match=r"ended on .* without a new version"):
        sharing.export(pair.sharer, pair.folder / "after.rekindle")
    # A new version, agreed together, starts it again.
    renewed = Agreement(2, frozenset(LOGGABLE_KINDS), 7, "", yesterday + timedelta(days=60))
    pair.log.add(Draft(EntryKind.AGREEMENT, pair.log.clock.now(), renewed))
    assert sharing.export(pair.sharer, pair.folder / "again.rekindle").size == 3


def test_both_confirm_a_version_the_reviewer_in_a_reply(pair: Pair) -> None:
    stepped = agreement(date(2027, 6, 1), (WEEKLY,))
    pair.log.add(Draft(EntryKind.AGREEMENT, at(9), stepped))
    sharing.review(pair.reviewer, pair.export("one.rekindle"))
    waiting = agreements.to_agree(pair.reviewer)
    assert waiting is not None and waiting.version == 1
    assert not agreements.partner_agreed(pair.sharer, 1)

    replies.make_reply(pair.reviewer, pair.folder / "reply.rekindle", agree_to=1)
    received = replies.receive_reply(pair.sharer, (pair.folder / "reply.rekindle").read_bytes())

    assert received.body.agreed == 1 and agreements.partner_agreed(pair.sharer, 1)
    assert agreements.to_agree(pair.reviewer) is None  # agreed once, not asked again
    plain = reply_file.ReplyBody("rekindle/x", (), (), None, "2026-12-01T20:00:00+00:00")
    assert b"agreed" not in plain.line()  # a reply that agrees to nothing keeps its bytes
    line = plain.line().replace(b'"agenda"', b'"agreed":true,"agenda"')
    with pytest.raises(FileUnreadable):
        reply_file.parse_body(line)
