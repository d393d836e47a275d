"""What leaves the journal: every entry the app saves can be shared, and private ones
leave no trace (issue 12, items 6 and 7; docs/FORMAT.md §4)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from rekindle_desktop.domain.entries import (
    MAX_LABEL,
    MAX_TEXT,
    Agreement,
    CheckIn,
    Draft,
    EntryKind,
    NoteAbout,
    Outcome,
    Plan,
    Promise,
    Words,
)
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.recurrence import Repeat, Rule
from rekindle_desktop.exchange.leaves import MAX_LEAF
from rekindle_desktop.services import sharing
from rekindle_desktop.store import sharing as store
from tests.unit.test_sharing import Pair, at

# The characters that grow most when written as JSON: a control character becomes
# six bytes (\u0001), a character outside the BMP four.
WORST = "\x01"
WIDE = "\U0001f49b"


def longest(character: str) -> str:
    return character * MAX_TEXT


def label(character: str) -> str:
    return character * MAX_LABEL


@pytest.mark.parametrize("character", [WORST, WIDE], ids=["control", "emoji"])
def test_every_entry_at_the_largest_size_is_shared_and_accepted(pair: Pair, character: str) -> None:
    day = at(9).utc.date()
    drafts = [
        Draft(EntryKind.NOTE, at(9), Words(longest(character), NoteAbout.COUNSELLING)),
        Draft(EntryKind.DISCLOSURE, at(9), Words(longest(character))),
        Draft(EntryKind.CHECK_IN, at(9), CheckIn(label(character), longest(character))),
        Draft(
            EntryKind.PLAN,
            at(9),
            Plan(at(9), at(10), label(character), label(character), longest(character)),
        ),
        Draft(EntryKind.PROMISE, at(9), Promise(longest(character), Rule(Repeat.ONCE, day))),
        Draft(
            EntryKind.AGREEMENT,
            at(9),
            Agreement(1, frozenset(EntryKind), 7, longest(character), day + timedelta(days=60)),
        ),
    ]
    saved = [pair.log.add(draft) for draft in drafts]
    plan = saved[3]
    fixed = Plan(at(9), at(11), label(character), label(character), longest(character))
    saved.append(pair.log.amend(plan.id, fixed, label(character)))
    result = sharing.review(pair.reviewer, pair.export("largest.rekindle"))
    assert result.verdict is sharing.Verdict.ACCEPTED, result.message
    leaves = store.shared_leaves(pair.sharer.conn)
    assert max(len(leaf) for leaf in leaves) <= MAX_LEAF
    reviewed = sharing.reviewed_entries(pair.reviewer)
    assert [e.body.summary() for e in reviewed] == [e.body.summary() for e in saved]


def test_private_entries_leave_no_gap_and_times_leave_to_the_minute(pair: Pair) -> None:
    log = pair.log
    plan = log.add(Draft(EntryKind.PLAN, at(9), Plan(at(9), at(17), "Office", "", "Work")))
    for hour in (10, 11, 12):
        log.add(Draft(EntryKind.NOTE, at(hour), Words("mine", NoteAbout.OTHER), private=True))
    shown = log.add(Draft(EntryKind.CHECK_IN, at(13), CheckIn("Office")))
    log.record_outcome(plan.id, Outcome.KEPT)
    assert shown.id - plan.id == 4  # in the journal, three private entries sit between
    pair.export("first.rekindle")
    log.add(Draft(EntryKind.NOTE, at(14), Words("also mine", NoteAbout.OTHER), private=True))
    later = log.add(Draft(EntryKind.CHECK_IN, at(15), CheckIn("Home")))
    log.retract(later.id, "wrong place")
    assert sharing.review(pair.reviewer, pair.export("second.rekindle")).verdict.accepted

    documents = [json.loads(leaf) for leaf in store.shared_leaves(pair.sharer.conn)]
    assert [d["entry"] for d in documents] == [1, 2, 3, 4, 5]
    assert documents[2]["body"]["target"] == 1  # the outcome is about the plan
    assert documents[4]["body"]["target"] == 4  # the withdrawal, about the later check-in
    for document in documents:
        times = [document["happened"], document["logged"]]
        times += [document["body"][k] for k in ("starts", "ends") if k in document["body"]]
        for text in times:
            moment = Moment.from_text(text)
            assert moment.utc.second == 0 and moment.utc.microsecond == 0, text

    reviewed = sharing.reviewed_entries(pair.reviewer)
    assert [e.kind for e in reviewed] == [
        EntryKind.PLAN,
        EntryKind.CHECK_IN,
        EntryKind.OUTCOME,
        EntryKind.CHECK_IN,
        EntryKind.RETRACT,
    ]
    assert all(e.body.summary() != "mine" for e in reviewed)


def test_a_log_shared_by_an_older_version_goes_on_from_its_last_number(pair: Pair) -> None:
    """Older versions shared journal ids, with gaps; numbering goes on from the last."""
    from rekindle_desktop.domain.entries import Entry
    from rekindle_desktop.exchange.leaves import entry_to_leaf

    first = pair.log.add(Draft(EntryKind.CHECK_IN, at(9), CheckIn("Office")))
    old = Entry(7, first.kind, first.happened, first.logged, first.body)  # as if 7 in 2024
    store.append_shared(pair.sharer.conn, [(first.id, entry_to_leaf(old))])
    outcome_of = pair.log.add(Draft(EntryKind.PLAN, at(10), Plan(at(10), at(11), "Gym")))
    pair.log.record_outcome(outcome_of.id, Outcome.KEPT_WITH_NOTICE)
    assert sharing.review(pair.reviewer, pair.export("mixed.rekindle")).verdict.accepted
    numbers = [json.loads(leaf)["entry"] for leaf in store.shared_leaves(pair.sharer.conn)]
    assert numbers == [7, 8, 9]
    outcome = sharing.reviewed_entries(pair.reviewer)[-1]
    assert outcome.body.target == 8  # type: ignore[union-attr]
