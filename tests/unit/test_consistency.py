"""The consistency score and ratios: hand-computed cases and properties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rekindle_desktop.domain.consistency import (
    STARTING_SCORE,
    Commitment,
    Tally,
    current_score,
    daily_tallies,
    explain,
    is_paused,
    paused_days,
    score_history,
    weekly_summaries,
)
from rekindle_desktop.domain.entries import Outcome, Pause

MONDAY = date(2026, 3, 2)
K, N, A, X, U = (
    Outcome.KEPT,
    Outcome.KEPT_WITH_NOTICE,
    Outcome.CHANGED_AFTER,
    Outcome.NOT_KEPT,
    Outcome.UNCONFIRMED,
)


def c(day_offset: int, outcome: Outcome, source: int = 1) -> Commitment:
    return Commitment(source, MONDAY + timedelta(days=day_offset), outcome)


def test_kept_over_resolved_counts_notice_as_kept_and_ignores_unconfirmed() -> None:
    tallies = daily_tallies([c(0, K), c(0, N, 2), c(0, A, 3), c(0, X, 4), c(0, U, 5)])
    assert tallies[MONDAY] == Tally(kept=2, resolved=4, unconfirmed=1, with_notice=1, told_after=1)
    assert tallies[MONDAY].ratio == 0.5
    assert Tally(unconfirmed=3).ratio is None


def test_hand_computed_scores() -> None:
    # 0.5 -> kept: 0.55 -> kept: 0.595 -> not kept: 0.5355
    history = score_history([c(0, K), c(1, K), c(2, X)])
    assert [round(s, 6) for _, s in history] == [0.55, 0.595, 0.5355]
    # Two on one day: one point per day, the value after both.
    history = score_history([c(0, K), c(0, X, 2)])
    assert len(history) == 1
    assert history[0][1] == pytest.approx((0.5 + 0.1 * 0.5) * 0.9)


def test_one_miss_moves_it_a_little_and_a_pattern_moves_it_a_lot() -> None:
    good = [c(i, K) for i in range(30)]
    high = current_score(good)
    one_miss = current_score([*good, c(30, X)])
    pattern = current_score([*good, *(c(30 + i, X) for i in range(7))])
    assert high - one_miss < 0.1
    assert high - pattern > 0.4
    assert one_miss > 0.85


def test_pauses_and_unconfirmed_do_not_count() -> None:
    pause = Pause(MONDAY + timedelta(days=1), MONDAY + timedelta(days=3), "holiday")
    items = [c(0, K), c(1, X), c(2, X), c(4, U), c(5, K)]
    assert current_score(items, [pause]) == current_score([c(0, K), c(5, K)])
    assert MONDAY + timedelta(days=1) not in daily_tallies(items, [pause])


def test_weekly_summary_ratios_and_week_end_score() -> None:
    items = [c(0, K), c(3, X), c(8, N), c(9, K)]
    weeks = weekly_summaries(items)
    assert [w.starts for w in weeks] == [MONDAY, MONDAY + timedelta(days=7)]
    assert weeks[0].tally.ratio == 0.5
    assert weeks[1].tally.ratio == 1.0
    assert weeks[1].score == current_score(items)
    # An empty week in between carries the score, not a zero.
    gap = weekly_summaries([c(0, K), c(15, K)])
    assert len(gap) == 3
    assert gap[1].tally.ratio is None
    assert gap[1].score == gap[0].score


def test_the_explanation_is_plain_and_true() -> None:
    text = explain(0.8)
    assert "80 out of 100" in text
    assert "about 72" in text  # 0.8 -> 0.72 after one miss
    assert "FAIL" not in text.upper()


outcomes = st.sampled_from(list(Outcome))
commitment_lists = st.lists(
    st.builds(
        Commitment,
        source=st.integers(1, 50),
        day=st.dates(MONDAY, MONDAY + timedelta(days=120)),
        outcome=outcomes,
    ),
    max_size=60,
)
pause_lists = st.lists(
    st.tuples(st.dates(MONDAY, MONDAY + timedelta(days=120)), st.integers(0, 20)).map(
        lambda t: Pause(t[0], t[0] + timedelta(days=t[1]))
    ),
    max_size=3,
)


@given(commitment_lists, pause_lists)
def test_score_stays_between_0_and_1(items: list[Commitment], pauses: list[Pause]) -> None:
    for _, score in score_history(items, pauses):
        assert 0.0 <= score <= 1.0
    for week in weekly_summaries(items, pauses):
        assert 0.0 <= week.score <= 1.0
        assert week.tally.ratio is None or 0.0 <= week.tally.ratio <= 1.0


@given(commitment_lists, pause_lists)
def test_the_latest_week_ends_at_the_current_score(
    items: list[Commitment], pauses: list[Pause]
) -> None:
    """What the consistency card relies on to work out the trend once, not twice."""
    weeks = weekly_summaries(items, pauses)
    assert (weeks[-1].score if weeks else STARTING_SCORE) == current_score(items, pauses)


@given(commitment_lists, st.dates(MONDAY, MONDAY + timedelta(days=120)), st.integers(1, 60))
def test_adding_a_kept_outcome_never_lowers_the_score(
    items: list[Commitment], day: date, source: int
) -> None:
    before = current_score(items)
    after = current_score([*items, Commitment(source, day, Outcome.KEPT)])
    assert after >= before - 1e-12


@given(commitment_lists, pause_lists)
def test_pauses_change_nothing_but_the_paused_days(
    items: list[Commitment], pauses: list[Pause]
) -> None:
    outside = [i for i in items if not any(p.covers(i.day) for p in pauses)]
    assert score_history(items, pauses) == score_history(outside)
    # A pause over days with nothing on them changes nothing at all.
    empty = [p for p in pauses if not any(p.covers(i.day) for i in items)]
    assert score_history(items, empty) == score_history(items)


@given(commitment_lists)
def test_unconfirmed_is_neutral(items: list[Commitment]) -> None:
    resolved = [i for i in items if i.outcome.resolved]
    assert score_history(items) == score_history(resolved)


def test_no_history_starts_in_the_middle() -> None:
    assert current_score([]) == STARTING_SCORE
    assert weekly_summaries([]) == []


@given(
    spans=st.lists(
        st.tuples(st.dates(date(2020, 1, 1), date(2030, 1, 1)), st.integers(0, 40)), max_size=4
    ),
    day=st.dates(date(2019, 12, 1), date(2030, 3, 1)),
)
def test_the_set_of_paused_days_agrees_with_each_pause(
    spans: list[tuple[date, int]], day: date
) -> None:
    pauses = [Pause(first, first + timedelta(days=length), "") for first, length in spans]
    assert (day in paused_days(pauses)) == is_paused(day, pauses)
