"""Pairing, export and review between two real journals, and every attacker move."""

from __future__ import annotations

import contextlib
import io
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rekindle_desktop.crypto import merkle
from rekindle_desktop.crypto.identity import Identity, PublicIdentity, pair_phrase
from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.crypto.signed_note import Checkpoint
from rekindle_desktop.crypto.signed_note import sign as sign_note
from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind, Outcome, Plan, Words
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.exchange import outgoing, timeline_file
from rekindle_desktop.services import access, sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.sharing import Verdict
from rekindle_desktop.store import settings as journal_settings
from rekindle_desktop.store import sharing as store
from rekindle_desktop.store.journal import Journal
from tests.conftest import PASSPHRASE

ZONE = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 25, 20, 0, tzinfo=ZONE)


def at(hour: int) -> Moment:
    return Moment.from_local(NOW.replace(hour=hour))


@dataclass
class Pair:
    sharer: Journal
    reviewer: Journal
    log: JournalLog
    folder: Path

    def export(self, name: str) -> bytes:
        out = self.folder / name
        sharing.export(self.sharer, out)
        return out.read_bytes()

    def accepted(self) -> tuple[list[bytes], list[store.AcceptedCheckpoint]]:
        return (
            store.accepted_leaves(self.reviewer.conn),
            store.accepted_checkpoints(self.reviewer.conn),
        )

    def forge(self, leaves: list[bytes], signer: Identity | None = None) -> bytes:
        """A file built by hand, signed with the sharer's own key unless told otherwise."""
        key = signer or store.own_identity(self.sharer.conn)
        origin = sharing.origin_of(self.sharer)
        note = sign_note(
            Checkpoint(origin, len(leaves), merkle.root(leaves)), origin, key.signing_key()
        )
        recipient = store.own_identity(self.reviewer.conn).public().recipient()
        return timeline_file.encrypt(timeline_file.compose(note, leaves), [recipient])


def make_pair(tmp: Path, argon2: Argon2Params) -> Pair:
    sharer = access.create_journal(tmp / "s", PASSPHRASE, Role.SHARING, argon2=argon2).journal
    reviewer = access.create_journal(tmp / "r", PASSPHRASE, Role.REVIEWING, argon2=argon2).journal
    for mine, theirs in ((sharer, reviewer), (reviewer, sharer)):
        preview = sharing.preview_pairing(mine, sharing.pairing_code(theirs))
        sharing.confirm_pairing(mine, preview)
    return Pair(sharer, reviewer, JournalLog(sharer, Clock(ZONE, NOW)), tmp)


def log_some(pair: Pair, n: int = 3) -> None:
    for i in range(n):
        pair.log.add(Draft(EntryKind.CHECK_IN, at(9 + i), CheckIn(f"Place {i}")))


def test_pairing_shows_the_same_phrase_on_both_sides(pair: Pair) -> None:
    sharer_side = store.partner(pair.sharer.conn, sharing.REVIEWER)
    reviewer_side = store.partner(pair.reviewer.conn, sharing.SHARER)
    assert sharer_side is not None and reviewer_side is not None
    assert sharer_side.safety_phrase == reviewer_side.safety_phrase
    again = sharing.preview_pairing(pair.reviewer, sharing.pairing_code(pair.sharer))
    assert again.already_paired


def test_both_partners_can_see_the_safety_phrase_again_and_it_is_the_one_they_compared(
    pair: Pair,
) -> None:
    [on_sharer] = sharing.paired_partners(pair.sharer)
    [on_reviewer] = sharing.paired_partners(pair.reviewer)
    assert on_sharer.sides == (sharing.REVIEWER,) and on_reviewer.sides == (sharing.SHARER,)
    phrase = on_sharer.safety_phrase()
    assert phrase == on_reviewer.safety_phrase()
    pinned = store.partner(pair.reviewer.conn, sharing.SHARER)
    assert pinned is not None and pinned.safety_phrase == phrase
    assert len(phrase.split()) == 9


def test_a_pairing_from_an_earlier_version_shows_the_longer_phrase_on_both_sides(
    tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    # Pinned by a version whose phrase was six words: nothing recomputes those, so
    # both sides work the current phrase out from the pinned keys and compare again.
    one = access.create_journal(tmp_path / "1", PASSPHRASE, Role.BOTH, argon2=fast_argon2).journal
    two = access.create_journal(tmp_path / "2", PASSPHRASE, Role.BOTH, argon2=fast_argon2).journal
    old = "acorn almond amber anchor apple apricot"
    for mine, theirs in ((one, two), (two, one)):
        for side in (sharing.SHARER, sharing.REVIEWER):
            store.pin_partner(mine.conn, side, store.own_identity(theirs.conn).public(), old)
    [seen_by_one] = sharing.paired_partners(one)
    [seen_by_two] = sharing.paired_partners(two)
    assert seen_by_one.sides == (sharing.REVIEWER, sharing.SHARER)  # one partner, both ways
    assert seen_by_one.safety_phrase() == seen_by_two.safety_phrase() != old
    assert len(seen_by_one.safety_phrase().split()) == 9
    one.close()
    two.close()


def test_nobody_to_see_the_phrase_with_before_pairing(
    tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    alone = access.create_journal(tmp_path / "a", PASSPHRASE, Role.BOTH, argon2=fast_argon2)
    assert sharing.paired_partners(alone.journal) == []
    alone.journal.close()


def test_pairing_works_the_slow_phrase_out_once_per_side(
    tmp_path: Path, fast_argon2: Argon2Params, monkeypatch: pytest.MonkeyPatch
) -> None:
    derived: list[tuple[PublicIdentity, PublicIdentity]] = []

    def counted(mine: PublicIdentity, theirs: PublicIdentity) -> str:
        derived.append((mine, theirs))
        return pair_phrase(mine, theirs)

    monkeypatch.setattr(sharing, "pair_phrase", counted)
    made = make_pair(tmp_path, fast_argon2)
    assert len(derived) == 2  # one preview each; confirming re-checks keys, not the phrase
    made.sharer.close()
    made.reviewer.close()


def test_a_changed_partner_key_is_refused_loudly(
    pair: Pair, tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    stranger = access.create_journal(
        tmp_path / "x", PASSPHRASE, Role.SHARING, argon2=fast_argon2
    ).journal
    with pytest.raises(UserFacingError, match="different from the ones you paired with"):
        sharing.preview_pairing(pair.reviewer, sharing.pairing_code(stranger))
    with pytest.raises(UserFacingError, match="own pairing code"):
        sharing.preview_pairing(pair.reviewer, sharing.pairing_code(pair.reviewer))
    stranger.close()


def test_export_then_review_then_extend(pair: Pair) -> None:
    log_some(pair)
    pair.log.add(Draft(EntryKind.DISCLOSURE, at(12), Words("only for me"), private=True))
    preview = sharing.export_preview(pair.sharer)
    assert len(preview.new) == 3 and preview.private_left_out == 1
    first = sharing.review(pair.reviewer, pair.export("one.rekindle"))
    assert first.verdict is Verdict.ACCEPTED and first.new_entries == 3
    assert all(
        "only for me" not in e.body.summary() for e in sharing.reviewed_entries(pair.reviewer)
    )
    again = sharing.review(pair.reviewer, pair.export("same.rekindle"))
    assert again.verdict is Verdict.ALREADY_SEEN
    plan = pair.log.add(Draft(EntryKind.PLAN, at(18), Plan(at(18), at(19), "Gym")))
    pair.log.record_outcome(plan.id, Outcome.KEPT)
    second = sharing.review(pair.reviewer, pair.export("two.rekindle"))
    assert second.verdict is Verdict.ACCEPTED and second.new_entries == 2
    assert len(sharing.reviewed_entries(pair.reviewer)) == 5


def test_an_export_that_does_not_open_to_what_was_meant_is_not_counted_as_shared(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_some(pair, 1)
    earlier = pair.export("one.rekindle")  # a whole timeline file, made for both sides
    shared_then = pair.sharer.get(journal_settings.LAST_SHARED)
    log_some(pair, 2)

    # What lands on disk is another real timeline file (a sync client put the earlier
    # one back, say): it decrypts, but not to the log just signed.
    @contextlib.contextmanager
    def earlier_put_back(out: Path) -> Iterator[io.BytesIO]:
        yield io.BytesIO()  # what was encrypted goes nowhere
        out.write_bytes(earlier)

    monkeypatch.setattr(outgoing, "written_atomically", earlier_put_back)
    with pytest.raises(UserFacingError, match="did not read back as written"):
        sharing.export(pair.sharer, pair.folder / "two.rekindle")
    assert pair.sharer.get(journal_settings.LAST_SHARED) == shared_then
    monkeypatch.undo()
    assert sharing.review(pair.reviewer, pair.export("three.rekindle")).new_entries == 3


def test_the_shared_log_is_read_in_its_own_order_without_sorting_it(pair: Pair) -> None:
    # A sort would hold every leaf in memory at once (ten years: about 24 MB) and read
    # them all to find the newest one.
    log_some(pair)
    pair.export("one.rekindle")
    said: list[str] = []
    pair.sharer.conn.set_trace_callback(said.append)
    leaves = store.shared_leaves(pair.sharer.conn)
    assert store.last_shared_leaf(pair.sharer.conn) == leaves[-1]
    pair.sharer.conn.set_trace_callback(None)
    assert len(leaves) == 3 and len(said) == 2
    for query in said:
        plan = " ".join(
            str(row[3]) for row in pair.sharer.conn.execute(f"EXPLAIN QUERY PLAN {query}")
        )
        assert "TEMP B-TREE" not in plan, plan


def test_the_preview_says_what_the_file_will_hold_after_earlier_exports(pair: Pair) -> None:
    log_some(pair)
    assert sharing.review(pair.reviewer, pair.export("one.rekindle")).verdict.accepted
    pair.log.add(Draft(EntryKind.CHECK_IN, at(7), CheckIn("Bakery")))
    pair.log.add(Draft(EntryKind.DISCLOSURE, at(23), Words("not for the file"), private=True))
    preview = sharing.export_preview(pair.sharer)
    assert sharing.review(pair.reviewer, pair.export("two.rekindle")).verdict.accepted
    held = sharing.reviewed_entries(pair.reviewer)
    assert preview.total == len(held) and len(preview.new) == 1
    assert preview.counts == dict(Counter(e.kind for e in held))
    assert preview.first_day == min(e.happened for e in held).utc.date()
    assert preview.last_day == max(e.happened for e in held).utc.date()
    assert preview.private_left_out == 1


def test_export_needs_a_paired_reviewer(tmp_path: Path, fast_argon2: Argon2Params) -> None:
    alone = access.create_journal(
        tmp_path / "a", PASSPHRASE, Role.SHARING, argon2=fast_argon2
    ).journal
    with pytest.raises(UserFacingError, match="no reviewer"):
        sharing.export(alone, tmp_path / "out.rekindle")
    assert not (tmp_path / "out.rekindle").exists()
    alone.close()


def _baseline(pair: Pair) -> list[bytes]:
    log_some(pair, 4)
    assert sharing.review(pair.reviewer, pair.export("base.rekindle")).verdict.accepted
    return store.shared_leaves(pair.sharer.conn)


def _edited(leaf: bytes) -> bytes:
    return leaf.replace(b"Place", b"Plaice")


ATTACKS = {
    "edit an entry and re-sign": (lambda ls: [_edited(ls[0]), *ls[1:]], Verdict.REWRITTEN),
    "delete an entry and re-sign": (lambda ls: ls[1:], Verdict.REWRITTEN),
    "reorder entries and re-sign": (lambda ls: [ls[1], ls[0], *ls[2:]], Verdict.REWRITTEN),
    "duplicate an entry and re-sign": (lambda ls: [ls[0], *ls], Verdict.REWRITTEN),
    "truncate and re-sign": (lambda ls: ls[:2], Verdict.OLDER),
    "empty and re-sign": (lambda ls: [], Verdict.OLDER),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_every_rewrite_by_the_sharer_is_refused(pair: Pair, attack: str) -> None:
    leaves = _baseline(pair)
    before = pair.accepted()
    change, verdict = ATTACKS[attack]
    result = sharing.review(pair.reviewer, pair.forge(change(leaves)))
    assert result.verdict is verdict, result.message
    assert result.verdict.exit_code == 1
    assert pair.accepted() == before


def test_rewrite_shows_what_differs(pair: Pair) -> None:
    leaves = _baseline(pair)
    result = sharing.review(pair.reviewer, pair.forge([_edited(leaves[0]), *leaves[1:]]))
    assert any("Entry 1:" in d and "Place 0" in d and "Plaice 0" in d for d in result.differences)


def test_a_stranger_signature_a_broken_file_and_a_replay_are_refused(pair: Pair) -> None:
    leaves = _baseline(pair)
    before = pair.accepted()
    stranger = sharing.review(pair.reviewer, pair.forge([*leaves, leaves[0]], Identity.generate()))
    assert stranger.verdict is Verdict.WRONG_SIGNER
    good = pair.export("later.rekindle")
    flipped = bytearray(good)
    flipped[-20] ^= 1
    assert sharing.review(pair.reviewer, bytes(flipped)).verdict is Verdict.TAMPERED
    assert sharing.review(pair.reviewer, good[: len(good) // 2]).verdict is Verdict.TAMPERED
    assert sharing.review(pair.reviewer, b"not a file").verdict is Verdict.UNREADABLE
    assert sharing.review(pair.reviewer, b"").verdict.exit_code == 2
    assert pair.accepted() == before


def test_entries_changed_without_re_signing_are_tampering(pair: Pair) -> None:
    leaves = _baseline(pair)
    origin = sharing.origin_of(pair.sharer)
    key = store.own_identity(pair.sharer.conn)
    note = sign_note(
        Checkpoint(origin, len(leaves), merkle.root(leaves)), origin, key.signing_key()
    )
    recipient = store.own_identity(pair.reviewer.conn).public().recipient()
    swapped = timeline_file.encrypt(
        timeline_file.compose(note, [*leaves[:-1], _edited(leaves[-1])]), [recipient]
    )
    assert sharing.review(pair.reviewer, swapped).verdict is Verdict.TAMPERED


def test_a_restored_backup_cannot_fork_the_history(pair: Pair) -> None:
    log_some(pair, 2)
    pair.sharer.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup = pair.folder / "backup"
    shutil.copytree(pair.sharer.folder.path, backup)  # taken before the first export
    pair.log.add(Draft(EntryKind.CHECK_IN, at(11), CheckIn("Office")))
    assert sharing.review(pair.reviewer, pair.export("one.rekindle")).verdict.accepted
    before = pair.accepted()
    restored = access.unlock_with_passphrase(backup, PASSPHRASE)
    restored_log = JournalLog(restored, Clock(ZONE, NOW))
    restored_log.add(Draft(EntryKind.CHECK_IN, at(8), CheckIn("Somewhere else entirely")))
    sharing.export(restored, pair.folder / "fork.rekindle")
    restored.close()
    result = sharing.review(pair.reviewer, (pair.folder / "fork.rekindle").read_bytes())
    assert result.verdict is Verdict.REWRITTEN
    assert pair.accepted() == before


def test_review_needs_a_pinned_sharer(tmp_path: Path, fast_argon2: Argon2Params) -> None:
    alone = access.create_journal(
        tmp_path / "a", PASSPHRASE, Role.REVIEWING, argon2=fast_argon2
    ).journal
    with pytest.raises(UserFacingError, match="isn't paired"):
        sharing.review(alone, b"anything")
    alone.close()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=2000))
def test_any_bytes_are_refused_cleanly(pair: Pair, data: bytes) -> None:
    before = pair.accepted()
    result = sharing.review(pair.reviewer, data)
    assert not result.verdict.accepted
    assert pair.accepted() == before


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=3000))
def test_any_plaintext_encrypted_for_the_reviewer_is_refused_cleanly(
    pair: Pair, plaintext: bytes
) -> None:
    recipient = store.own_identity(pair.reviewer.conn).public().recipient()
    before = pair.accepted()
    result = sharing.review(pair.reviewer, timeline_file.encrypt(plaintext, [recipient]))
    assert not result.verdict.accepted
    assert pair.accepted() == before


def test_automatic_export_catches_up_after_a_failed_write(pair: Pair) -> None:
    from rekindle_desktop.store import settings as journal_settings

    folder = pair.folder / "Synced"
    pair.sharer.set(journal_settings.AUTO_EXPORT_FOLDER, str(folder))  # not there yet
    log_some(pair, 1)
    with pytest.raises(UserFacingError):
        sharing.auto_export(pair.sharer)
    folder.mkdir()
    result = sharing.auto_export(pair.sharer)  # nothing new, but the file was never written
    assert result is not None and result.size == 1
    assert sharing.auto_export(pair.sharer) is None  # now up to date
    assert sharing.review(
        pair.reviewer, (folder / "timeline.rekindle").read_bytes()
    ).verdict.accepted


def test_a_signed_leaf_outside_the_sharers_own_rules_is_not_accepted(pair: Pair) -> None:
    leaves = _baseline(pair)
    far = leaves[0].replace(b'"happened":"2026-', b'"happened":"2999-')
    result = sharing.review(pair.reviewer, pair.forge([*leaves, far]))
    assert result.verdict is Verdict.UNREADABLE
