"""Entries, times and promise rules: what the sharer writes, stored faithfully."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rekindle_desktop.domain.entries import (
    Amend,
    CheckIn,
    Draft,
    EntryKind,
    InvalidEntry,
    NoteAbout,
    Outcome,
    OutcomeRecord,
    Pause,
    Plan,
    Promise,
    Retract,
    Words,
    body_from_json,
    body_to_json,
    validate,
)
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.recurrence import Repeat, Rule

LONDON = ZoneInfo("Europe/London")
NOW = Moment(datetime(2026, 3, 28, 12, 0, tzinfo=UTC), 0)


def test_moments_keep_the_local_offset_across_a_dst_change() -> None:
    # Clocks in London go forward at 01:00 UTC on 29 March 2026.
    before = Moment.from_local(datetime(2026, 3, 28, 22, 30, tzinfo=LONDON))
    after = Moment.from_local(datetime(2026, 3, 29, 22, 30, tzinfo=LONDON))
    assert before.offset_minutes == 0 and after.offset_minutes == 60
    assert after.utc - before.utc == timedelta(hours=23)  # a short day
    assert before.local_date(LONDON) == date(2026, 3, 28)
    assert after.local(LONDON).hour == 22
    assert after.as_recorded().strftime("%H:%M %z") == "22:30 +0100"
    assert Moment.from_text(after.to_text()) == after


@given(
    st.datetimes(datetime(1971, 1, 1), datetime(2199, 1, 1), timezones=st.just(UTC)),
    st.integers(-18 * 60, 18 * 60),
)
def test_moment_text_round_trip(when: datetime, offset: int) -> None:
    moment = Moment(when, offset)
    assert Moment.from_text(moment.to_text()) == moment


def test_rules_fall_on_the_right_days() -> None:
    monday = date(2026, 3, 2)
    week = [monday + timedelta(days=i) for i in range(14)]

    def days(rule: Rule) -> list[int]:
        return [(d - monday).days for d in rule.days_between(week[0], week[-1])]

    assert days(Rule(Repeat.DAILY, monday)) == list(range(14))
    assert days(Rule(Repeat.WEEKDAYS, monday)) == [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
    assert days(Rule(Repeat.CHOSEN_DAYS, monday, weekdays=frozenset({0, 3}))) == [0, 3, 7, 10]
    assert days(Rule(Repeat.EVERY_N_DAYS, monday + timedelta(days=1), every_days=3)) == [
        1,
        4,
        7,
        10,
        13,
    ]
    assert days(Rule(Repeat.ONCE, monday + timedelta(days=5))) == [5]
    assert days(Rule(Repeat.DAILY, monday, ends=monday + timedelta(days=2))) == [0, 1, 2]


@given(
    st.sampled_from(list(Repeat)),
    st.dates(date(2025, 1, 1), date(2027, 1, 1)),
    st.integers(0, 400),
    st.frozensets(st.integers(0, 6), min_size=1),
    st.integers(1, 30),
    st.dates(date(2024, 6, 1), date(2027, 6, 1)),
    st.integers(0, 200),
)
def test_days_between_agrees_with_falls_on(
    repeat: Repeat,
    starts: date,
    length: int,
    weekdays: frozenset[int],
    every: int,
    first: date,
    span: int,
) -> None:
    rule = Rule(repeat, starts, starts + timedelta(days=length), weekdays, every)
    last = first + timedelta(days=span)
    expected = [
        first + timedelta(days=i)
        for i in range(span + 1)
        if rule.falls_on(first + timedelta(days=i))
    ]
    assert list(rule.days_between(first, last)) == expected


def test_impossible_input_gets_a_plain_message() -> None:
    later = Moment(NOW.utc + timedelta(hours=2))
    with pytest.raises(InvalidEntry, match="can't end before it starts"):
        validate(Draft(EntryKind.PLAN, NOW, Plan(later, NOW, "Office")))
    with pytest.raises(InvalidEntry, match="fill in the place"):
        validate(Draft(EntryKind.CHECK_IN, NOW, CheckIn("   ")))
    with pytest.raises(InvalidEntry, match="empty"):
        validate(Draft(EntryKind.DISCLOSURE, NOW, Words("")))
    with pytest.raises(InvalidEntry, match="too far"):
        far = Moment(datetime(9000, 1, 1, tzinfo=UTC))
        validate(Draft(EntryKind.CHECK_IN, far, CheckIn("Home")))
    with pytest.raises(ValueError, match="end before it starts"):
        Rule(Repeat.DAILY, date(2026, 3, 2), ends=date(2026, 3, 1))
    with pytest.raises(InvalidEntry, match="kind of content"):
        validate(Draft(EntryKind.PLAN, NOW, CheckIn("Home")))


def test_long_and_unusual_text_is_accepted() -> None:
    for text in ("x" * 100_000, "😊 thank you 💛", "שלום, אני בבית", "مرحبا"):
        validate(Draft(EntryKind.NOTE, NOW, Words(text, NoteAbout.COUNSELLING)))


text = st.text(max_size=40)
moments = st.builds(
    Moment,
    st.datetimes(datetime(1971, 1, 1), datetime(2199, 1, 1), timezones=st.just(UTC)),
    st.integers(-720, 840),
)
bodies = st.one_of(
    st.builds(Plan, moments, moments, text, text, text).map(lambda p: (EntryKind.PLAN, p)),
    st.builds(CheckIn, text, text).map(lambda b: (EntryKind.CHECK_IN, b)),
    st.builds(Promise, text, st.builds(Rule, st.just(Repeat.DAILY), st.dates())).map(
        lambda b: (EntryKind.PROMISE, b)
    ),
    st.builds(Words, text).map(lambda b: (EntryKind.DISCLOSURE, b)),
    st.builds(Words, text, st.sampled_from(list(NoteAbout))).map(lambda b: (EntryKind.NOTE, b)),
    st.builds(
        OutcomeRecord, st.integers(1, 10**6), st.sampled_from(list(Outcome)), st.none(), text
    ).map(lambda b: (EntryKind.OUTCOME, b)),
    st.builds(Amend, st.integers(1, 10**6), st.builds(CheckIn, text, text), text).map(
        lambda b: (EntryKind.AMEND, b)
    ),
    st.builds(Retract, st.integers(1, 10**6), text).map(lambda b: (EntryKind.RETRACT, b)),
    st.builds(Pause, st.dates(), st.dates(), text).map(lambda b: (EntryKind.PAUSE, b)),
)


@given(bodies)
def test_every_body_survives_its_json_form(kind_and_body: tuple[EntryKind, object]) -> None:
    kind, body = kind_and_body
    assert body_from_json(kind, body_to_json(body)) == body  # type: ignore[arg-type]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


@given(st.sampled_from(list(EntryKind)), st.dictionaries(st.text(max_size=12), json_values))
def test_any_stored_json_reads_or_gives_a_clear_error(kind: EntryKind, data: dict) -> None:  # type: ignore[type-arg]
    try:
        body_from_json(kind, data)
    except InvalidEntry as exc:
        assert "could not be read" in str(exc)
