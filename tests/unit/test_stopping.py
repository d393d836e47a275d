"""Stopping, unpairing and pairing again, between real journals (issue 17, items 1 and 2).

Either partner stops alone; the other is told plainly if the one who stops chooses;
nothing accepted is lost; a new install pairs again only on purpose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import CheckIn, Draft, Ending, EntryKind
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.exchange.acceptance import Verdict
from rekindle_desktop.exchange.leaves import entry_to_leaf, kept_entry, shared_form
from rekindle_desktop.services import access, replies, sharing, stopping
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.sharing import Ended
from rekindle_desktop.store import entries as entry_store
from rekindle_desktop.store import sharing as store
from rekindle_desktop.store.journal import Journal
from tests.conftest import PASSPHRASE
from tests.unit.test_sharing import NOW, ZONE, Pair, at, log_some


def reinstall(tmp: Path, name: str, role: Role, argon2: Argon2Params) -> Journal:
    """A partner's fresh install: a new journal with new keys."""
    return access.create_journal(tmp / name, PASSPHRASE, role, argon2=argon2).journal


def pair_again(mine: Journal, theirs: Journal, *, new_pairing: bool = False) -> None:
    preview = sharing.read_partner_code(
        mine, sharing.pairing_code(theirs), new_pairing=new_pairing
    ).preview()
    sharing.confirm_pairing(mine, preview)


def accepted_kinds(journal: Journal) -> list[EntryKind]:
    return [kept_entry(leaf).kind for leaf in store.accepted_leaves(journal.conn)]


# --- the sharer stops -------------------------------------------------------------------


def test_a_last_file_tells_the_reviewer_plainly_and_keeps_what_they_had(pair: Pair) -> None:
    log_some(pair, 3)
    assert sharing.review(pair.reviewer, pair.export("one.rekindle")).verdict is Verdict.ACCEPTED
    pair.log.add(Draft(EntryKind.CHECK_IN, at(15), CheckIn("Not shared before stopping")))
    last = pair.folder / "last.rekindle"

    stopped = stopping.stop_sharing(pair.log, last_file=last, words="Thank you for trying.")

    assert stopped.last_file == last and "Sharing has stopped" in stopped.message
    assert not stopping.is_sharing(pair.sharer)
    result = sharing.review(pair.reviewer, last.read_bytes())
    assert result.verdict is Verdict.ENDED and result.verdict.exit_code == 0
    assert "stopped sharing" in result.message and "Thank you for trying." in result.message
    assert "stays here" in result.next_step
    # The last file adds the ending only: what was typed after the last export stays home.
    assert accepted_kinds(pair.reviewer) == [EntryKind.CHECK_IN] * 3 + [EntryKind.ENDING]
    state = sharing.review_state(pair.reviewer)
    assert [e.kind for e in state.entries][-1] is EntryKind.ENDING
    ended = store.latest_pairing(pair.reviewer.conn, sharing.SHARER)
    assert ended is not None and ended.how == Ended.PARTNER_STOPPED
    # Opening it again changes nothing and says so.
    assert sharing.review(pair.reviewer, last.read_bytes()).verdict is Verdict.ALREADY_SEEN


def test_the_sharer_sees_their_own_ending_and_can_make_no_more_files(pair: Pair) -> None:
    log_some(pair, 2)
    stopping.stop_sharing(pair.log, last_file=None, words="")

    endings = list(entry_store.of_kinds(pair.sharer.conn, [EntryKind.ENDING]))
    assert len(endings) == 1 and isinstance(endings[0].body, Ending)
    with pytest.raises(UserFacingError, match="Sharing has ended"):
        sharing.export(pair.sharer, pair.folder / "after.rekindle")
    assert not (pair.folder / "after.rekindle").exists()
    with pytest.raises(UserFacingError, match="aren't sharing"):
        stopping.stop_sharing(pair.log, last_file=None)


def test_a_last_file_that_could_not_be_written_can_be_written_again(pair: Pair) -> None:
    log_some(pair, 1)
    nowhere = pair.folder / "missing folder" / "last.rekindle"
    with pytest.raises(UserFacingError, match="could not be written"):
        stopping.stop_sharing(pair.log, last_file=nowhere, words="Goodbye for now")
    assert stopping.is_sharing(pair.sharer)  # nothing ended while the file is missing

    last = pair.folder / "last.rekindle"
    stopping.stop_sharing(pair.log, last_file=last, words="Goodbye for now")

    assert len(list(entry_store.of_kinds(pair.sharer.conn, [EntryKind.ENDING]))) == 1
    assert sharing.review(pair.reviewer, last.read_bytes()).verdict is Verdict.ENDED


def test_nothing_signed_after_an_ending_is_accepted(pair: Pair) -> None:
    log_some(pair, 2)
    last = pair.folder / "last.rekindle"
    stopping.stop_sharing(pair.log, last_file=last)
    assert sharing.review(pair.reviewer, last.read_bytes()).verdict is Verdict.ENDED
    kept = store.accepted_leaves(pair.reviewer.conn)
    # The sharer holds the key and signs one more entry after the ending.
    more = Draft(EntryKind.CHECK_IN, at(18), CheckIn("After the end"))
    entry = pair.log.add(more)
    leaf = entry_to_leaf(shared_form(entry, len(kept) + 1, {}))

    result = sharing.review(pair.reviewer, pair.forge([*kept, leaf]))

    assert result.verdict is Verdict.OUT_OF_ORDER
    assert "after your partner ended sharing" in result.message
    assert store.accepted_leaves(pair.reviewer.conn) == kept


def test_an_ending_in_the_middle_of_a_file_is_refused(pair: Pair) -> None:
    first = pair.log.add(Draft(EntryKind.ENDING, at(9), Ending("too early")))
    second = pair.log.add(Draft(EntryKind.CHECK_IN, at(10), CheckIn("Home")))
    leaves = [entry_to_leaf(shared_form(e, n, {})) for n, e in enumerate((first, second), 1)]

    result = sharing.review(pair.reviewer, pair.forge(leaves))

    assert result.verdict is Verdict.OUT_OF_ORDER
    assert store.accepted_leaves(pair.reviewer.conn) == []


def test_an_ending_typed_in_the_journal_is_never_shared_by_an_ordinary_export(
    pair: Pair,
) -> None:
    pair.log.add(Draft(EntryKind.ENDING, at(9), Ending("")))
    log_some(pair, 1)
    assert [e.kind for e in sharing.export_preview(pair.sharer).new] == [EntryKind.CHECK_IN]


# --- the reviewer stops -----------------------------------------------------------------


def test_a_last_reply_tells_the_sharer_that_reviewing_stopped(pair: Pair) -> None:
    log_some(pair, 2)
    sharing.review(pair.reviewer, pair.export("one.rekindle"))
    reply = pair.folder / "last-reply.rekindle"

    stopped = stopping.stop_reviewing(pair.reviewer, last_reply=reply)

    assert "stopped reviewing" in stopped.message and not stopping.is_reviewing(pair.reviewer)
    received = replies.receive_reply(pair.sharer, reply.read_bytes())
    assert received.body.ended and received.read_up_to == 2
    assert not stopping.is_sharing(pair.sharer)
    ended = store.latest_pairing(pair.sharer.conn, sharing.REVIEWER)
    assert ended is not None and ended.how == Ended.PARTNER_STOPPED
    # What the reviewer accepted stays; new files are refused plainly, changing nothing.
    assert len(store.accepted_leaves(pair.reviewer.conn)) == 2
    log_some(pair, 1)
    with pytest.raises(UserFacingError, match="You stopped reviewing"):
        sharing.review(pair.reviewer, pair.forge(store.accepted_leaves(pair.reviewer.conn)))


def test_stopping_without_a_reply_says_the_partner_was_not_told(pair: Pair) -> None:
    stopped = stopping.stop_reviewing(pair.reviewer, last_reply=None)
    assert "won't tell your partner" in stopped.message and stopped.last_file is None
    assert stopping.is_sharing(pair.sharer)  # the other side hears nothing: their own choice


def test_either_side_can_unpair_alone(pair: Pair) -> None:
    log_some(pair, 1)
    sharing.review(pair.reviewer, pair.export("one.rekindle"))

    assert stopping.unpair(pair.reviewer) == ["You no longer review your partner's timeline files."]
    assert stopping.unpair(pair.sharer) == ["You no longer share your timeline with your partner."]
    assert stopping.unpair(pair.sharer) == []
    assert len(store.accepted_leaves(pair.reviewer.conn)) == 1
    kinds = [(p.side, p.how) for p in stopping.pairings(pair.sharer)]
    assert kinds == [(sharing.REVIEWER, Ended.UNPAIRED)]


# --- pairing again ----------------------------------------------------------------------


def test_after_the_reviewer_reinstalls_the_sharer_pairs_again_only_on_purpose(
    pair: Pair, fast_argon2: Argon2Params
) -> None:
    log_some(pair, 3)
    sharing.review(pair.reviewer, pair.export("one.rekindle"))
    fresh = reinstall(pair.folder, "r2", Role.REVIEWING, fast_argon2)

    with pytest.raises(sharing.KeysChanged, match="different from the ones"):
        pair_again(pair.sharer, fresh)
    assert store.partner(pair.sharer.conn, sharing.REVIEWER) is not None  # unchanged

    pair_again(pair.sharer, fresh, new_pairing=True)
    pair_again(fresh, pair.sharer)

    data = pair.export("two.rekindle")
    assert sharing.origin_of(pair.sharer).endswith("/2")
    result = sharing.review(fresh, data)
    assert result.verdict is Verdict.ACCEPTED and result.total == 3  # the whole history
    # The old install can't read what is made for the new one.
    assert sharing.review(pair.reviewer, data).verdict is Verdict.UNREADABLE
    history = stopping.pairings(pair.sharer)
    assert [p.how for p in history if p.side == sharing.REVIEWER] == [Ended.PAIRED_AGAIN, None]


def test_after_the_sharer_reinstalls_the_earlier_record_stays_apart(
    pair: Pair, fast_argon2: Argon2Params
) -> None:
    log_some(pair, 3)
    sharing.review(pair.reviewer, pair.export("one.rekindle"))
    before = store.accepted_leaves(pair.reviewer.conn)
    fresh = reinstall(pair.folder, "s2", Role.SHARING, fast_argon2)
    pair_again(fresh, pair.reviewer)

    with pytest.raises(sharing.KeysChanged):
        pair_again(pair.reviewer, fresh)
    pair_again(pair.reviewer, fresh, new_pairing=True)
    JournalLog(fresh, Clock(ZONE, NOW)).add(Draft(EntryKind.CHECK_IN, at(12), CheckIn("New")))
    sharing.export(fresh, pair.folder / "new.rekindle")

    result = sharing.review(pair.reviewer, (pair.folder / "new.rekindle").read_bytes())

    assert result.verdict is Verdict.ACCEPTED and result.total == 1
    [earlier] = stopping.earlier_records(pair.reviewer)
    assert earlier.how == Ended.PAIRED_AGAIN and earlier.number == 1
    assert [entry_to_leaf(e) for e in stopping.accepted_in(pair.reviewer, earlier)] == before
    assert [e.body for e in sharing.review_state(pair.reviewer).entries] == [CheckIn("New")]


def test_after_stopping_the_same_two_can_pair_again_and_start_a_new_record(
    pair: Pair,
) -> None:
    log_some(pair, 2)
    last = pair.folder / "last.rekindle"
    stopping.stop_sharing(pair.log, last_file=last)
    sharing.review(pair.reviewer, last.read_bytes())

    # Same keys on both sides: no lasting pairing, so the usual steps, nothing more.
    pair_again(pair.sharer, pair.reviewer)
    pair_again(pair.reviewer, pair.sharer)
    log_some(pair, 1)
    result = sharing.review(pair.reviewer, pair.export("again.rekindle"))

    assert result.verdict is Verdict.ACCEPTED
    assert result.total == 3  # the whole history again, without the old ending
    assert EntryKind.ENDING not in accepted_kinds(pair.reviewer)
    [earlier] = stopping.earlier_records(pair.reviewer)
    assert stopping.accepted_in(pair.reviewer, earlier)[-1].kind is EntryKind.ENDING
    assert earlier.describe() == "Your partner stopped this pairing."


def test_a_file_from_the_earlier_pairing_is_refused_after_pairing_again(pair: Pair) -> None:
    log_some(pair, 1)
    old = pair.export("one.rekindle")
    stopping.unpair(pair.sharer)
    stopping.unpair(pair.reviewer)
    pair_again(pair.sharer, pair.reviewer)
    pair_again(pair.reviewer, pair.sharer)
    sharing.review(pair.reviewer, pair.export("two.rekindle"))

    assert sharing.review(pair.reviewer, old).verdict is Verdict.OTHER_RECORD
