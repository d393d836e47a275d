"""The sharer's log in a real encrypted journal: append-only, searchable, honest."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlcipher3 import dbapi2

from rekindle_desktop.crypto.kdf import FLOOR_ARGON2, Argon2Params
from rekindle_desktop.domain.entries import (
    CheckIn,
    Draft,
    EntryKind,
    NoteAbout,
    Outcome,
    Plan,
    Promise,
    Words,
)
from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.recurrence import Repeat, Rule
from rekindle_desktop.domain.role import Role
from rekindle_desktop.domain.timeline import Marker, timeline_rows
from rekindle_desktop.errors import DiskFull, UserFacingError
from rekindle_desktop.services import access
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.kept import FRESH_FOR
from rekindle_desktop.store import entries
from tests.conftest import PASSPHRASE

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 30, 20, 0, tzinfo=BERLIN)
LATE = timedelta(minutes=120)  # the setting's default


def at(day: int, hour: int) -> Moment:
    return Moment.from_local(datetime(2026, 3, day, hour, tzinfo=BERLIN))


@pytest.fixture
def log(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[JournalLog]:
    created = access.create_journal(tmp_path / "j", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    with created.journal as journal:
        yield JournalLog(journal, Clock(BERLIN, NOW))


def test_entries_survive_closing_and_reopening(log: JournalLog) -> None:
    plan = log.add(Draft(EntryKind.PLAN, at(30, 9), Plan(at(30, 9), at(30, 17), "Office")))
    log.add(Draft(EntryKind.CHECK_IN, at(30, 12), CheckIn("Office", "lunch at desk")))
    log.record_outcome(plan.id, Outcome.KEPT)
    folder = log.journal.folder.path
    log.journal.close()
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        again = JournalLog(journal, Clock(BERLIN, NOW))
        assert len(again.ledger.entries) == 3
        assert again.ledger.outcome((plan.id, None)) is Outcome.KEPT


def test_the_database_refuses_edits_and_deletions(log: JournalLog) -> None:
    log.add(Draft(EntryKind.DISCLOSURE, at(30, 10), Words("She texted; I didn't reply.")))
    conn = log.journal.conn
    for sql in ("UPDATE entry SET body = '{}'", "DELETE FROM entry"):
        with pytest.raises(dbapi2.IntegrityError, match="append-only"):
            conn.execute(sql)
    assert entries.count(conn) == 1


def test_corrections_and_withdrawals_sit_beside_what_they_change(log: JournalLog) -> None:
    checkin = log.add(Draft(EntryKind.CHECK_IN, at(30, 12), CheckIn("Gym")))
    log.amend(checkin.id, CheckIn("Library"), "wrong place")
    words = log.add(Draft(EntryKind.APPRECIATION, at(30, 13), Words("Thank you for dinner")))
    log.retract(words.id, "posted twice")
    rows = log.timeline()
    ids = [(r.entry_id, r.beside) for r in rows]
    assert ids.index((3, None)) + 1 == ids.index((4, 3))  # withdrawal right after
    assert ids.index((1, None)) + 1 == ids.index((2, 1))  # correction right after
    first = next(r for r in rows if r.entry_id == 1)
    assert first.title == "Now at Library" and Marker.AMENDED in first.markers
    assert Marker.RETRACTED in next(r for r in rows if r.entry_id == 3).markers
    with pytest.raises(UserFacingError, match="withdrawn"):
        log.retract(words.id)


def test_outcomes_are_checked_against_what_they_resolve(log: JournalLog) -> None:
    promise = log.add(
        Draft(
            EntryKind.PROMISE,
            at(23, 9),
            Promise("Home by 7", Rule(Repeat.WEEKDAYS, date(2026, 3, 23))),
        )
    )
    with pytest.raises(UserFacingError, match="which day"):
        log.record_outcome(promise.id, Outcome.KEPT)
    with pytest.raises(UserFacingError, match="wasn't due"):
        log.record_outcome(promise.id, Outcome.KEPT, date(2026, 3, 28))  # a Saturday
    log.record_outcome(promise.id, Outcome.NOT_KEPT, date(2026, 3, 24), "stayed late, no call")
    note = log.add(Draft(EntryKind.NOTE, at(30, 9), Words("hard talk", NoteAbout.COUNSELLING)))
    with pytest.raises(UserFacingError, match="Only plans and promises"):
        log.record_outcome(note.id, Outcome.KEPT)
    with pytest.raises(UserFacingError, match="no entry 999"):
        log.record_outcome(999, Outcome.KEPT)
    occurrences = [r for r in log.timeline() if r.occurrence is not None]
    assert {r.occurrence for r in occurrences} == {
        date(2026, 3, d) for d in (23, 24, 25, 26, 27, 30)
    }
    missed = next(r for r in occurrences if r.occurrence == date(2026, 3, 24))
    assert missed.outcome is Outcome.NOT_KEPT and missed.outcome_why == "stayed late, no call"
    today = next(r for r in occurrences if r.occurrence == date(2026, 3, 30))
    assert Marker.DUE in today.markers and not today.needs_outcome


def test_a_full_disk_saves_nothing_and_says_so(log: JournalLog) -> None:
    thanks = log.add(Draft(EntryKind.APPRECIATION, at(30, 12), Words("Thank you")))
    rows, needs, commitments = log.timeline(), log.needs_outcome(), log.commitments()
    conn = log.journal.conn
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "database or disk is full"
    long_words = Words("A long evening, written out with care. " * 3000)
    with pytest.raises(DiskFull, match="free disk space") as told:
        log.add(Draft(EntryKind.APPRECIATION, at(30, 13), long_words))
    assert "Your journal is unchanged" in told.value.next_step
    with pytest.raises(DiskFull):
        log.amend(thanks.id, long_words)
    assert entries.count(conn) == 1
    assert (log.timeline(), log.needs_outcome(), log.commitments()) == (rows, needs, commitments)
    conn.execute("PRAGMA max_page_count = 1073741823")  # room again: saving just works
    log.add(Draft(EntryKind.APPRECIATION, at(30, 13), long_words))
    assert entries.count(conn) == 2


def test_invalid_input_is_refused_with_nothing_saved(log: JournalLog) -> None:
    with pytest.raises(UserFacingError) as caught:
        log.add(Draft(EntryKind.PLAN, at(30, 9), Plan(at(30, 17), at(30, 9), "Office")))
    assert "can't end before it starts" in caught.value.message
    assert "Nothing was saved" in caught.value.next_step
    assert entries.count(log.journal.conn) == 0


def test_a_plan_logged_after_it_started_is_marked_late(log: JournalLog) -> None:
    # Logged at NOW (20:00 on the 30th) about a plan that began at 09:00.
    log.add(Draft(EntryKind.PLAN, at(30, 9), Plan(at(30, 9), at(30, 10), "Dentist")))
    log.add(Draft(EntryKind.PLAN, at(31, 9), Plan(at(31, 9), at(31, 10), "Dentist again")))
    rows = {r.entry_id: r for r in log.timeline()}
    assert Marker.LOGGED_LATE in rows[1].markers
    assert Marker.LOGGED_LATE not in rows[2].markers  # written in advance


@pytest.mark.parametrize(
    "text, query",
    [
        ("Café with Zoë after work", "cafe zoe"),
        ("Thank you 💛 for listening", "listen"),
        ("שלום, אני בבית", "בבית"),
        ('quotes " and * and NEAR( are just words', 'NEAR( "and'),
    ],
)
def test_search_finds_words_and_treats_syntax_as_text(
    log: JournalLog, text: str, query: str
) -> None:
    entry = log.add(Draft(EntryKind.DISCLOSURE, at(30, 9), Words(text)))
    log.add(Draft(EntryKind.CHECK_IN, at(30, 9), CheckIn("Somewhere else")))
    assert log.search(query) == {entry.id}


def test_a_100kb_note_is_stored_and_found(log: JournalLog) -> None:
    text = ("a long counselling note " * 4200) + "needle"
    entry = log.add(Draft(EntryKind.NOTE, at(30, 9), Words(text, NoteAbout.COUNSELLING)))
    assert len(text) > 100_000
    assert log.search("needle") == {entry.id}
    assert log.ledger.entries[entry.id].body == Words(text, NoteAbout.COUNSELLING)


def test_saved_places_keep_their_order(log: JournalLog) -> None:
    for name in ("Office", "Gym", "Office", "Mum's"):
        log.save_place(name)
    assert log.saved_places() == ["Office", "Gym", "Mum's"]
    log.forget_place("Gym")
    assert log.saved_places() == ["Office", "Mum's"]


actions = st.lists(
    st.one_of(
        st.tuples(st.just("checkin"), st.text(min_size=1, max_size=30).filter(str.strip)),
        st.tuples(st.just("plan"), st.integers(1, 29)),
        st.tuples(st.just("outcome"), st.sampled_from(list(Outcome))),
        st.tuples(st.just("words"), st.booleans()),
        st.tuples(st.just("promise"), st.integers(1, 29)),
        st.tuples(st.just("promise day"), st.sampled_from(list(Outcome))),
        st.tuples(st.just("retract"), st.integers(0, 50)),
        st.tuples(st.just("amend"), st.integers(0, 50)),
    ),
    max_size=25,
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(actions)
def test_the_stored_log_always_reads_back_as_the_same_ledger(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, object]]
) -> None:
    folder = tmp_path_factory.mktemp("log") / "j"
    created = access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=FLOOR_ARGON2)
    with created.journal as journal:
        _check_steps(JournalLog(journal, Clock(BERLIN, NOW)), steps)


def _check_steps(log: JournalLog, steps: list[tuple[str, object]]) -> None:
    for action, arg in steps:
        ids = sorted(log.ledger.entries)
        try:
            if action == "checkin":
                log.add(Draft(EntryKind.CHECK_IN, at(30, 9), CheckIn(str(arg))))
            elif action == "plan":
                day = int(arg)  # type: ignore[call-overload]
                log.add(Draft(EntryKind.PLAN, at(day, 9), Plan(at(day, 9), at(day, 11), "Work")))
            elif action == "outcome":
                plans = [e for e in ids if log.ledger.entries[e].kind is EntryKind.PLAN]
                if plans:
                    log.record_outcome(plans[-1], arg)  # type: ignore[arg-type]
            elif action == "words":
                text = Words("I told you about the message.")
                log.add(Draft(EntryKind.DISCLOSURE, at(30, 8), text, private=bool(arg)))
            elif action == "promise":
                rule = Rule(Repeat.DAILY, date(2026, 3, int(arg)))  # type: ignore[call-overload]
                log.add(Draft(EntryKind.PROMISE, at(1, 8), Promise("Phone on the table", rule)))
            elif action == "promise day":
                promises = [e for e in ids if log.ledger.entries[e].kind is EntryKind.PROMISE]
                if promises:
                    log.record_outcome(promises[-1], arg, date(2026, 3, 29))  # type: ignore[arg-type]
            elif ids:
                target = ids[int(arg) % len(ids)]  # type: ignore[call-overload]
                if action == "retract":
                    log.retract(target)
                else:
                    log.amend(target, CheckIn("Corrected place"))
        except UserFacingError:
            pass  # refusing is fine; crashing or corrupting is not
        # What the log keeps up to date entry by entry is what working it all out gives.
        now = log.clock.now_utc()
        assert log.timeline() == timeline_rows(log.ledger, BERLIN, now, late_after=LATE)
        assert log.commitments() == log.ledger.commitments(BERLIN, now)
        assert log.needs_outcome() == log.ledger.needs_outcome(BERLIN, now)
    stored = Ledger.of(entries.all_entries(log.journal.conn))
    assert stored.entries == log.ledger.entries
    rows = log.timeline()
    assert all(r.day <= NOW.date() + timedelta(days=1) for r in rows)
    assert [r.day for r in rows] == sorted((r.day for r in rows), reverse=True)


def test_a_withdrawn_outcome_shows_beside_its_plan_and_stops_counting(log: JournalLog) -> None:
    plan = log.add(Draft(EntryKind.PLAN, at(29, 9), Plan(at(29, 9), at(29, 17), "Office")))
    first = log.record_outcome(plan.id, Outcome.NOT_KEPT, why="clicked the wrong one")
    log.retract(first.id, "clicked the wrong one")
    log.record_outcome(plan.id, Outcome.KEPT)
    rows = log.timeline()
    plan_row = next(i for i, r in enumerate(rows) if r.entry_id == plan.id)
    assert rows[plan_row].outcome is Outcome.KEPT
    assert rows[plan_row + 1].title == "Outcome withdrawn"
    assert rows[plan_row + 1].day == rows[plan_row].day


def test_rows_are_worked_out_again_after_a_change_or_once_time_has_moved_on(
    log: JournalLog,
) -> None:
    ends_soon = NOW + timedelta(minutes=1)
    plan = Plan(Moment.from_local(NOW.astimezone(BERLIN)), Moment.from_local(ends_soon), "Gym")
    log.add(Draft(EntryKind.PLAN, plan.starts, plan))
    first = log.timeline()
    assert log.timeline() is first  # nothing changed: kept, not worked out again
    assert first[0].outcome is None and not log.needs_outcome()
    log.add(Draft(EntryKind.CHECK_IN, plan.starts, CheckIn("Gym")))
    assert len(log.timeline()) == len(first) + 1  # a new entry shows at once
    log.clock = Clock(BERLIN, ends_soon + (FRESH_FOR - timedelta(minutes=1)) / 2)
    plan_row = next(r for r in log.timeline() if r.kind is EntryKind.PLAN)
    assert plan_row.outcome is None  # moments later: the kept rows, a little behind
    log.clock = Clock(BERLIN, NOW + FRESH_FOR)
    plan_row = next(r for r in log.timeline() if r.kind is EntryKind.PLAN)
    assert plan_row.outcome is Outcome.UNCONFIRMED  # it ended: now it needs an outcome
    assert len(log.needs_outcome()) == 1
