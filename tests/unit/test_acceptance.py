"""The acceptance rule against a dishonest sharer who holds the real signing key.

The sharer can sign anything, so nothing here forges a signature: every file is signed
with the sharer's own key, as a sharer who took their keys out of their journal could.
What must hold is the reviewer's memory: after any accepted file, every entry accepted
before is there, unchanged, meaning what it meant (docs/FORMAT.md §6).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rekindle_desktop.crypto import merkle
from rekindle_desktop.crypto.identity import Identity
from rekindle_desktop.crypto.signed_note import Checkpoint, NoteError, parse_checkpoint
from rekindle_desktop.crypto.signed_note import sign as sign_note
from rekindle_desktop.domain.entries import (
    Amend,
    CheckIn,
    Ending,
    Entry,
    EntryKind,
    NoteAbout,
    Outcome,
    OutcomeRecord,
    Plan,
    Retract,
    Words,
    day_from_text,
)
from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.exchange import timeline_file
from rekindle_desktop.exchange.acceptance import Accepted, Refusal, Verdict, check_extends
from rekindle_desktop.exchange.leaves import entry_to_leaf, kept_entry
from tests.unit.test_sharing import Pair, at, log_some, make_pair

KEY = Identity.generate()
ORIGIN = "rekindle/5f1c0ffee5f1c0ffee5f1c0ffee5f1c0"
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def moment(minutes: int) -> Moment:
    return Moment(START + timedelta(minutes=minutes), 60)


def signed_file(leaves: list[bytes], origin: str = ORIGIN, size: int | None = None) -> bytes:
    size = len(leaves) if size is None else size
    note = sign_note(Checkpoint(origin, size, merkle.root(leaves)), origin, KEY.signing_key())
    return timeline_file.compose(note, leaves)


def check(leaves: list[bytes], before: list[bytes] | None, origin: str = ORIGIN) -> list[bytes]:
    accepted = Accepted(before, ORIGIN) if before else None
    return check_extends(signed_file(leaves, origin), KEY.public().signing_key, accepted).leaves


def refusal(leaves: list[bytes], before: list[bytes] | None, origin: str = ORIGIN) -> Verdict:
    with pytest.raises(Refusal) as refused:
        check(leaves, before, origin)
    return refused.value.verdict


def leaf(number: int, kind: EntryKind, body: object, minutes: int = 0) -> bytes:
    entry = Entry(number, kind, moment(minutes), moment(minutes + 5), body)  # type: ignore[arg-type]
    return entry_to_leaf(entry)


def plan(number: int) -> bytes:
    return leaf(number, EntryKind.PLAN, Plan(moment(0), moment(60), "Office", "", "Work"))


def check_in(number: int, place: str = "Office") -> bytes:
    return leaf(number, EntryKind.CHECK_IN, CheckIn(place))


def note(number: int, text: str = "We talked.") -> bytes:
    return leaf(number, EntryKind.NOTE, Words(text, NoteAbout.OTHER))


BASE = [plan(1), check_in(2), note(4)]  # 3 was private: a gap an older version left


# --- each rule, once ------------------------------------------------------------------


def test_an_honest_extension_is_accepted_and_keeps_the_old_entries_in_place() -> None:
    assert check(BASE, None) == BASE
    grown = [*BASE, check_in(5, "Home"), leaf(6, EntryKind.OUTCOME, OutcomeRecord(1, Outcome.KEPT))]
    assert check(grown, BASE) == grown


@pytest.mark.parametrize(
    "new",
    [
        pytest.param(check_in(2, "Somewhere else"), id="reuses the number of an accepted entry"),
        pytest.param(check_in(3, "Somewhere else"), id="takes a lower, unused number"),
        pytest.param(note(4, "Different words"), id="repeats the last number"),
    ],
)
def test_a_new_entry_may_not_take_an_earlier_number(new: bytes) -> None:
    assert refusal([*BASE, new], BASE) is Verdict.OUT_OF_ORDER


def test_two_new_entries_may_not_share_a_number() -> None:
    assert refusal([*BASE, check_in(5), check_in(5, "Gym")], BASE) is Verdict.OUT_OF_ORDER
    assert refusal([check_in(1), check_in(1, "Gym")], None) is Verdict.OUT_OF_ORDER


@pytest.mark.parametrize(
    "body,kind",
    [
        pytest.param(OutcomeRecord(9, Outcome.KEPT), EntryKind.OUTCOME, id="outcome of nothing"),
        pytest.param(OutcomeRecord(5, Outcome.KEPT), EntryKind.OUTCOME, id="outcome of itself"),
        pytest.param(OutcomeRecord(2, Outcome.KEPT), EntryKind.OUTCOME, id="outcome of a check-in"),
        pytest.param(
            OutcomeRecord(1, Outcome.KEPT, date(2026, 11, 2)),
            EntryKind.OUTCOME,
            id="a day for a plan",
        ),
        pytest.param(Retract(7), EntryKind.RETRACT, id="withdraws a later entry"),
        pytest.param(
            Amend(1, Words("not a plan", None)), EntryKind.AMEND, id="a plan becomes words"
        ),
        pytest.param(
            Amend(4, Words("no subject", None)), EntryKind.AMEND, id="a note loses its subject"
        ),
    ],
)
def test_links_point_at_an_earlier_entry_of_a_fitting_kind(body: object, kind: EntryKind) -> None:
    assert refusal([*BASE, leaf(5, kind, body)], BASE) is Verdict.OUT_OF_ORDER


def test_an_honest_correction_and_withdrawal_are_accepted() -> None:
    corrected = leaf(5, EntryKind.AMEND, Amend(2, CheckIn("Home"), "typo"))
    withdrawn = leaf(6, EntryKind.RETRACT, Retract(5, "wrong one"))
    assert check([*BASE, corrected, withdrawn], BASE)[-2:] == [corrected, withdrawn]


class Unread(list[bytes]):
    """Accepted leaves that count how often they are read, as a journal's are."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        Unread.reads += 1
        return super().__getitem__(index)

    def __iter__(self):  # type: ignore[no-untyped-def]
        Unread.reads += 1
        return super().__iter__()


def check_with_root(leaves: list[bytes], before: list[bytes], root: bytes) -> list[bytes]:
    accepted = Accepted(Unread(before), ORIGIN, root)
    return check_extends(signed_file(leaves), KEY.public().signing_key, accepted).leaves


def test_with_the_kept_root_accepted_entries_are_found_in_place_without_reading_them() -> None:
    Unread.reads = 0
    grown = [*BASE, check_in(5, "Home"), leaf(6, EntryKind.OUTCOME, OutcomeRecord(1, Outcome.KEPT))]
    assert check_with_root(grown, BASE, merkle.root(BASE)) == grown
    assert Unread.reads == 0


@pytest.mark.parametrize(
    "leaves,verdict",
    [
        pytest.param([check_in(1), *BASE[1:], check_in(5)], Verdict.REWRITTEN, id="rewritten"),
        pytest.param([BASE[1], BASE[0], *BASE[2:], check_in(5)], Verdict.REWRITTEN, id="moved"),
        pytest.param(BASE[:2], Verdict.OLDER, id="older"),
        pytest.param([*BASE, check_in(4, "Gym")], Verdict.OUT_OF_ORDER, id="renumbered"),
    ],
)
def test_with_the_kept_root_every_rule_still_holds(leaves: list[bytes], verdict: Verdict) -> None:
    with pytest.raises(Refusal) as refused:
        check_with_root(leaves, BASE, merkle.root(BASE))
    assert refused.value.verdict is verdict


def test_a_kept_root_that_does_not_match_falls_back_to_the_bytes() -> None:
    assert check_with_root([*BASE, check_in(5)], BASE, merkle.root([]))[-1] == check_in(5)
    with pytest.raises(Refusal) as refused:
        check_with_root([check_in(1), *BASE[1:]], BASE, merkle.root([]))
    assert refused.value.verdict is Verdict.REWRITTEN


def test_with_the_kept_root_a_file_may_not_go_on_after_an_accepted_ending() -> None:
    ended = [*BASE, leaf(5, EntryKind.ENDING, Ending("bye"))]
    with pytest.raises(Refusal) as refused:
        check_with_root([*ended, check_in(6)], ended, merkle.root(ended))
    assert refused.value.verdict is Verdict.OUT_OF_ORDER


def test_the_origin_is_pinned_by_the_first_accepted_file() -> None:
    assert refusal([*BASE, check_in(5)], BASE, origin="rekindle/another") is Verdict.OTHER_RECORD


def _plan_outcome(number: int) -> bytes:
    return leaf(number, EntryKind.OUTCOME, OutcomeRecord(1, Outcome.KEPT))


def _respelled(old: bytes, new: bytes) -> object:
    return lambda leaf: leaf.replace(old, new, 1)


def _keys_out_of_order(leaf: bytes) -> bytes:
    return b'{"entry":5,' + leaf.replace(b',"entry":5', b"")[1:]


SPELLINGS = {
    "an unknown field": (check_in, _respelled(b"}", b',"x":1}')),
    "a missing field": (check_in, _respelled(b'"note":"",', b"")),
    "a repeated key": (check_in, _respelled(b'"entry":5', b'"entry":5,"entry":5')),
    "a repeated key in the body": (
        check_in,
        _respelled(b'"place":"Office"', b'"place":"Office","place":"Gym"'),
    ),
    "keys out of order": (check_in, _keys_out_of_order),
    "Arabic-Indic digits": (check_in, _respelled(b"Z+60", "Z+٦٠".encode())),
    "a leading zero": (check_in, _respelled(b"Z+60", b"Z+060")),
    "a comma for a point": (check_in, _respelled(b":00.000000Z", b":00,000000Z")),
    "a lone surrogate": (check_in, _respelled(b"Office", b"\\ud800")),
    "a number as 1.0": (_plan_outcome, _respelled(b'"target":1', b'"target":1.0')),
    "a number as true": (_plan_outcome, _respelled(b'"target":1', b'"target":true')),
    "nothing as an empty text": (
        _plan_outcome,
        _respelled(b'"occurrence":null', b'"occurrence":""'),
    ),
}


@pytest.mark.parametrize("name", sorted(SPELLINGS))
def test_a_new_entry_has_one_spelling_for_each_meaning(name: str) -> None:
    made, spelling = SPELLINGS[name]
    original = made(5)  # type: ignore[operator]
    respelled = spelling(original)  # type: ignore[operator]
    assert respelled != original
    assert refusal([*BASE, respelled], BASE) is Verdict.UNREADABLE


@pytest.mark.parametrize(
    "spelling",
    [
        pytest.param(lambda b: b.replace(b'"entry":5', b'"entry": 5'), id="a space"),
        pytest.param(lambda b: b.replace(b"Office", b"\\u004fffice"), id="an escaped letter"),
    ],
)
def test_json_spellings_that_mean_the_same_are_read_as_the_same(spelling: object) -> None:
    """Rekindle never writes these, but no JSON reader can read them two ways."""
    respelled = spelling(check_in(5))  # type: ignore[operator]
    accepted = check([*BASE, respelled], BASE)
    assert kept_entry(accepted[-1]) == kept_entry(check_in(5))


@pytest.mark.parametrize("size", ["٣", "03", "+3", " 3", "3 ", "3\u200b", "9" * 13, "三"], ids=repr)
def test_the_signed_size_is_plain_ascii_digits(size: str) -> None:
    with pytest.raises(NoteError):
        parse_checkpoint(f"{ORIGIN}\n{size}\n{'A' * 43}=\n")


def test_the_root_is_canonical_base64() -> None:
    root = "A" * 42 + "B="  # decodes to the same 32 bytes as "A"*43 + "=": not canonical
    with pytest.raises(NoteError):
        parse_checkpoint(f"{ORIGIN}\n3\n{root}\n")


def test_a_file_claiming_more_or_fewer_entries_than_it_holds_is_refused_before_reading_them() -> (
    None
):
    note = sign_note(Checkpoint(ORIGIN, 2, merkle.root(BASE[:2])), ORIGIN, KEY.signing_key())
    with pytest.raises(Refusal) as refused:
        check_extends(
            timeline_file.compose(note, BASE), KEY.public().signing_key, None
        )  # 3 lines, 2 signed
    assert refused.value.verdict is Verdict.TAMPERED
    empty_lines = timeline_file.compose(note, [b""] * 2)  # the right count, but no entries
    with pytest.raises(Refusal):
        check_extends(empty_lines, KEY.public().signing_key, None)


# --- the dishonest sharer, played by hypothesis ----------------------------------------


@dataclass
class Reviewer:
    kept: list[bytes] = field(default_factory=list)

    def meaning(self) -> dict[int, Entry]:
        return dict(Ledger.of(kept_entry(b) for b in self.kept).entries)


def _honest(kept: list[bytes], draw: st.DrawFn) -> list[bytes]:
    numbers = [kept_entry(b).id for b in kept]
    kinds = {kept_entry(b).id: kept_entry(b).kind for b in kept}
    number = max(numbers, default=0)
    new = []
    for _ in range(draw(st.integers(1, 3))):
        number += draw(st.integers(1, 3))  # gaps an older version may have left
        plans = [n for n, k in kinds.items() if k is EntryKind.PLAN]
        choice = draw(st.sampled_from(["plan", "check-in", "outcome", "amend", "retract"]))
        if choice == "outcome" and plans:
            made = leaf(number, EntryKind.OUTCOME, OutcomeRecord(plans[-1], Outcome.NOT_KEPT))
        elif choice == "amend" and plans:
            fixed = Plan(moment(0), moment(90), "Office", "", "Work, later")
            made = leaf(number, EntryKind.AMEND, Amend(plans[0], fixed))
        elif choice == "retract" and kinds:
            made = leaf(number, EntryKind.RETRACT, Retract(draw(st.sampled_from(sorted(kinds)))))
        elif choice == "plan":
            made = plan(number)
        else:
            made = check_in(number, draw(st.sampled_from(["Home", "Gym", "Café"])))
        kinds[number] = kept_entry(made).kind
        new.append(made)
    if draw(st.integers(0, 5)) == 0:  # now and then the sharer stops sharing
        new.append(leaf(number + 1, EntryKind.ENDING, Ending("Thank you.")))
    return new


def _ended(kept: list[bytes]) -> bool:
    return bool(kept) and kept_entry(kept[-1]).kind is EntryKind.ENDING


def _dishonest(kept: list[bytes], draw: st.DrawFn) -> tuple[list[bytes], str]:
    """A signed file that would change what was accepted, and the move that made it."""
    numbers = [kept_entry(b).id for b in kept]
    top = max(numbers, default=0)
    move = draw(
        st.sampled_from(
            ["reuse", "lower", "twice", "edit", "swap", "drop", "forward", "wrong kind", "mid-end"]
            if kept
            else ["twice", "forward", "mid-end"]
        )
    )
    honest = _honest(kept, draw)
    match move:
        case "reuse":
            return [*kept, check_in(draw(st.sampled_from(numbers)), "Changed place")], move
        case "lower":
            return [*kept, check_in(draw(st.integers(0, top)) or 1, "Changed place")], move
        case "twice":
            return [*kept, check_in(top + 1), check_in(top + 1, "Twice")], move
        case "edit":
            at_ = draw(st.integers(0, len(kept) - 1))
            edited = check_in(kept_entry(kept[at_]).id, "Rewritten place")
            return [*kept[:at_], edited, *kept[at_ + 1 :], *honest], move
        case "swap":
            if len(kept) < 2:
                return [*kept, check_in(top + 1), check_in(top + 1, "Twice")], "twice"
            return [kept[1], kept[0], *kept[2:], *honest], move
        case "drop":
            at_ = draw(st.integers(0, len(kept) - 1))
            return [*kept[:at_], *kept[at_ + 1 :], *honest], move
        case "forward":
            return [*kept, leaf(top + 1, EntryKind.RETRACT, Retract(top + 2))], move
        case "mid-end":
            ending = leaf(top + 1, EntryKind.ENDING, Ending(""))
            return [*kept, ending, check_in(top + 2, "After the end")], move
        case _:
            non_plan = [n for n in numbers if kept_entry(kept[numbers.index(n)]).kind
                        is not EntryKind.PLAN and kept_entry(kept[numbers.index(n)]).kind
                        is not EntryKind.PROMISE]  # fmt: skip
            if not non_plan:
                return [*kept, leaf(top + 1, EntryKind.RETRACT, Retract(top + 2))], "forward"
            target = draw(st.sampled_from(non_plan))
            body = OutcomeRecord(target, Outcome.KEPT)
            return [*kept, leaf(top + 1, EntryKind.OUTCOME, body)], move


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_no_signed_file_changes_what_was_accepted(data: st.DataObject) -> None:
    reviewer = Reviewer()
    for _ in range(data.draw(st.integers(1, 8), label="files")):
        before = list(reviewer.kept)
        meaning = reviewer.meaning()
        if data.draw(st.booleans(), label="honest"):
            offered, move = [*before, *_honest(before, data.draw)], "honest"
        else:
            offered, move = _dishonest(before, data.draw)
        if _ended(before):  # after an ending, even an honest-looking file is refused
            move = "after the end"
        try:
            reviewer.kept = check(offered, before or None)
        except Refusal as refused:
            assert move != "honest", refused.reason
            assert reviewer.kept == before
            continue
        assert move == "honest", f"{move} was accepted"
        assert reviewer.kept[: len(before)] == before
        after = reviewer.meaning()
        assert all(after[number] == entry for number, entry in meaning.items())
        ids = [kept_entry(b).id for b in reviewer.kept]
        assert ids == sorted(set(ids))


# --- the same, end to end, through the reviewer's journal ---------------------------


def test_a_re_signed_file_reusing_a_number_changes_nothing_the_reviewer_sees(
    pair: Pair,
) -> None:
    from rekindle_desktop.services import sharing
    from rekindle_desktop.store import sharing as store

    log_some(pair, 3)
    assert sharing.review(pair.reviewer, pair.export("first.rekindle")).verdict.accepted
    seen = sharing.reviewed_entries(pair.reviewer)
    kept = store.shared_leaves(pair.sharer.conn)
    reused = Entry(seen[0].id, EntryKind.CHECK_IN, at(9), at(9), CheckIn("Somewhere else"))
    result = sharing.review(pair.reviewer, pair.forge([*kept, entry_to_leaf(reused)]))
    assert result.verdict is Verdict.OUT_OF_ORDER
    assert result.verdict.exit_code == 1
    assert "as if it came before what you already saw" in result.message
    assert sharing.reviewed_entries(pair.reviewer) == seen


@settings(max_examples=12, deadline=None)
@given(st.data())
def test_through_the_journal_accepted_entries_stay_as_they_were(data: st.DataObject) -> None:
    from rekindle_desktop.crypto.kdf import FLOOR_ARGON2
    from rekindle_desktop.services import sharing
    from rekindle_desktop.store import sharing as store

    with tempfile.TemporaryDirectory() as folder:
        journals = make_pair(Path(folder), FLOOR_ARGON2)
        try:
            first = _honest([], data.draw)
            assert sharing.review(journals.reviewer, journals.forge(first)).verdict.accepted
            for _ in range(data.draw(st.integers(1, 3), label="files")):
                before = store.accepted_leaves(journals.reviewer.conn)
                seen = {e.id: e for e in sharing.reviewed_entries(journals.reviewer)}
                # What each accepted leaf is about, read for the newest weeks: untouched too.
                about = "SELECT * FROM accepted_entry ORDER BY id"
                about_before = journals.reviewer.conn.execute(about).fetchall()
                assert len(about_before) == len(before)
                offered, move = _dishonest(before, data.draw)
                result = sharing.review(journals.reviewer, journals.forge(offered))
                assert not result.verdict.accepted, move
                assert result.verdict.exit_code == 1, result.message
                now = {e.id: e for e in sharing.reviewed_entries(journals.reviewer)}
                assert now == seen
                assert store.accepted_leaves(journals.reviewer.conn) == before
                assert journals.reviewer.conn.execute(about).fetchall() == about_before
        finally:
            journals.sharer.close()
            journals.reviewer.close()


# --- times and days: one text each, both ways -------------------------------------------

moment_like = st.from_regex(
    r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[.,][0-9]{6}Z[+-]?[0-9]{1,5}\Z"
) | st.text(alphabet="0123456789-:T.,Z+W ٠١", min_size=20, max_size=34)


@settings(max_examples=500, deadline=None)
@given(text=moment_like)
def test_a_time_reads_only_in_the_form_it_is_written(text: str) -> None:
    try:
        moment = Moment.from_text(text)
    except ValueError:
        return
    assert moment.to_text() == text


@settings(max_examples=300, deadline=None)
@given(
    day=st.dates(date(1970, 1, 1), date(2200, 12, 31)),
    seconds=st.integers(0, 86_399),
    micro=st.integers(0, 999_999),
    offset=st.integers(-18 * 60, 18 * 60),
)
def test_every_time_written_reads_back(day: date, seconds: int, micro: int, offset: int) -> None:
    utc = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(
        seconds=seconds, microseconds=micro
    )
    moment = Moment(utc, offset)
    assert Moment.from_text(moment.to_text()) == moment
    assert day_from_text(day.isoformat()) == day


@pytest.mark.parametrize("text", ["20261125", "2026-W48-3", "2026-11-2５", "2026-11-25 ", ""])
def test_a_day_has_one_spelling(text: str) -> None:
    with pytest.raises(ValueError):
        day_from_text(text)
