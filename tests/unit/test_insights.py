"""Insights: how each day is classified, the calendar strip, the trend weeks, the words."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rekindle_desktop.domain.consistency import (
    Commitment,
    Tally,
    daily_tallies,
    weekly_summaries,
)
from rekindle_desktop.domain.entries import Outcome, Pause
from rekindle_desktop.domain.feelings import Feeling, FeelingRating
from rekindle_desktop.domain.insights import (
    DayState,
    calendar,
    classify_day,
    describe,
    first_calendar_day,
    outcomes_in_words,
    trend_weeks,
)

MONDAY = date(2026, 3, 2)
K, N, A, X, U = (
    Outcome.KEPT,
    Outcome.KEPT_WITH_NOTICE,
    Outcome.CHANGED_AFTER,
    Outcome.NOT_KEPT,
    Outcome.UNCONFIRMED,
)
outcomes = st.lists(st.sampled_from(list(Outcome)), max_size=12)
days = st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31))


def test_hand_picked_days() -> None:
    assert classify_day([]) is DayState.NOTHING_DUE
    assert classify_day([U, U]) is DayState.NOT_YET_CONFIRMED
    assert classify_day([K, K, U]) is DayState.KEPT
    assert classify_day([K, N]) is DayState.WITH_NOTICE
    assert classify_day([A]) is DayState.CHANGED_AFTER
    assert classify_day([A, X]) is DayState.NOT_KEPT
    # The documented rule for a day with both: partly kept, not a plain miss.
    assert classify_day([K, K, K, X]) is DayState.PARTLY_KEPT
    assert classify_day([N, A]) is DayState.PARTLY_KEPT
    assert classify_day([X, X], paused=True) is DayState.PAUSED


@given(outcomes, st.randoms())
def test_order_does_not_matter(found: list[Outcome], rng) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(found)
    rng.shuffle(shuffled)
    assert classify_day(found) is classify_day(shuffled)


@given(outcomes)
def test_a_pause_always_wins(found: list[Outcome]) -> None:
    assert classify_day(found, paused=True) is DayState.PAUSED


@given(outcomes)
def test_the_state_agrees_with_the_days_kept_ratio(found: list[Outcome]) -> None:
    tally = daily_tallies([Commitment(i, MONDAY, o) for i, o in enumerate(found)]).get(MONDAY)
    state = classify_day(found)
    if tally is None:
        assert state is DayState.NOTHING_DUE
    elif tally.ratio is None:
        assert state is DayState.NOT_YET_CONFIRMED
    elif tally.ratio == 1:
        assert state in (DayState.KEPT, DayState.WITH_NOTICE)
    elif tally.ratio == 0:
        assert state in (DayState.NOT_KEPT, DayState.CHANGED_AFTER)
    else:
        assert state is DayState.PARTLY_KEPT


@given(outcomes.filter(lambda f: any(o.resolved for o in f)), st.integers(1, 5))
def test_unconfirmed_items_never_change_a_resolved_day(found: list[Outcome], extra: int) -> None:
    assert classify_day(found + [U] * extra) is classify_day(found)


@given(outcomes)
def test_a_miss_is_never_shown_as_kept(found: list[Outcome]) -> None:
    if X in found or A in found:
        assert classify_day(found) not in (DayState.KEPT, DayState.WITH_NOTICE)


commitment_lists = st.lists(
    st.builds(
        Commitment,
        source=st.integers(1, 40),
        day=st.dates(min_value=MONDAY, max_value=MONDAY + timedelta(days=90)),
        outcome=st.sampled_from(list(Outcome)),
    ),
    max_size=60,
)
pause_lists = st.lists(
    st.builds(
        lambda start, length: Pause(start, start + timedelta(days=length)),
        st.dates(min_value=MONDAY, max_value=MONDAY + timedelta(days=90)),
        st.integers(0, 12),
    ),
    max_size=2,
)


@given(
    commitment_lists,
    pause_lists,
    st.dates(min_value=MONDAY, max_value=MONDAY + timedelta(days=100)),
    st.integers(1, 12),
)
def test_calendar_has_one_cell_per_day_that_matches_the_tallies(
    found: list[Commitment], pauses: list[Pause], today: date, weeks: int
) -> None:
    cells = calendar(found, pauses, today, weeks=weeks)
    first = first_calendar_day(today, weeks)
    assert first.weekday() == 0
    assert [c.day for c in cells] == [
        first + timedelta(days=i) for i in range((today - first).days + 1)
    ]
    assert len(cells) == 7 * (weeks - 1) + today.weekday() + 1
    tallies = daily_tallies(found, pauses)
    for cell in cells:
        if cell.state is DayState.PAUSED:
            assert any(p.covers(cell.day) for p in pauses)
            assert cell.day not in tallies
        else:
            assert cell.tally == tallies.get(cell.day, cell.tally.__class__())
            assert cell.state is classify_day(c.outcome for c in found if c.day == cell.day)


@given(commitment_lists, pause_lists, st.integers(1, 30))
def test_trend_weeks_carry_the_domain_scores_and_ratios(
    found: list[Commitment], pauses: list[Pause], weeks: int
) -> None:
    today = MONDAY + timedelta(days=95)
    shown = trend_weeks(found, pauses, [], today, weeks=weeks)
    summaries = {w.starts: w for w in weekly_summaries(found, pauses)}
    if not summaries:
        assert shown == []
        return
    assert len(shown) <= weeks
    assert shown[-1].starts == today - timedelta(days=today.weekday())
    for week in shown:
        assert week.starts.weekday() == 0
        assert 0 <= week.paused_days <= 7
        if week.starts in summaries:
            assert week.score == summaries[week.starts].score
            assert week.ratio == summaries[week.starts].tally.ratio
        else:  # after the last commitment: nothing moves the score
            assert week.tally.resolved == 0
            assert week.score == max(summaries.values(), key=lambda w: w.starts).score


def test_feelings_sit_beside_the_trend_on_their_week() -> None:
    ratings = [
        FeelingRating(MONDAY + timedelta(days=1), safety=2, trust=3),
        FeelingRating(MONDAY + timedelta(days=3), safety=4, trust=3, connection=5),
    ]
    weeks = trend_weeks([Commitment(1, MONDAY + timedelta(days=8), K)], [], ratings, MONDAY)
    assert weeks[0].starts == MONDAY
    assert weeks[0].feelings == {Feeling.SAFETY: 3.0, Feeling.TRUST: 3.0, Feeling.CONNECTION: 5.0}
    assert weeks[0].score is None  # nothing resolved before the first commitment
    assert weeks[1].feelings == {}


@pytest.mark.parametrize(
    ("outcomes", "words"),
    [
        ([Outcome.CHANGED_AFTER], "1 changed, told afterwards"),  # never "0 of 1 (0%)"
        ([Outcome.KEPT, Outcome.KEPT, Outcome.NOT_KEPT], "2 kept as said; 1 not kept"),
        (
            [Outcome.KEPT] * 3 + [Outcome.KEPT_WITH_NOTICE, Outcome.CHANGED_AFTER],
            "3 kept as said; 1 changed, with notice beforehand; 1 changed, told afterwards"
            " (4 of 5 kept or changed with notice, 80%)",
        ),
    ],
)
def test_a_week_with_few_outcomes_names_them_instead_of_a_share(
    outcomes: list[Outcome], words: str
) -> None:
    tally = Tally()
    for outcome in outcomes:
        tally = tally.add(outcome)
    assert outcomes_in_words(tally) == words


def test_the_summary_says_it_in_plain_words() -> None:
    found = [Commitment(1, MONDAY + timedelta(days=d), K) for d in range(5)]
    found.append(Commitment(2, MONDAY + timedelta(days=4), X))
    today = MONDAY + timedelta(days=6)
    pauses = [Pause(MONDAY + timedelta(days=5), MONDAY + timedelta(days=6), "Away")]
    weeks = trend_weeks(found, pauses, [FeelingRating(today, trust=4)], today)
    cells = calendar(found, pauses, today, weeks=1)
    words = describe(weeks, cells, 0.6)
    assert "The trend is at 60 out of 100" in words
    assert "5 kept as said; 1 not kept (5 of 6 kept or changed with notice, 83%)" in words
    assert "4 days kept as said; 1 day partly kept; 2 days paused" in words
    assert "Trust 4.0" in words
    assert "fail" not in words.lower()
    assert describe([], [], 0.5).startswith("Nothing to show yet")
