"""Gentle review (issue 13, item 6): what is new, in words and counts; a rhythm the
reviewer chooses; looking sooner met with a kind line, never blocked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from rekindle_desktop.domain.entries import Outcome
from rekindle_desktop.services import requests, review_summary, sharing
from tests.unit.test_requests import reply
from tests.unit.test_sharing import Pair, log_some


def test_the_summary_says_what_the_latest_file_brought(pair: Pair) -> None:
    log_some(pair, 2)
    sharing.review(pair.reviewer, pair.export("one.rekindle"))
    first = review_summary.since_last_review(sharing.review_state(pair.reviewer))
    assert first.words() == "2 new entries."

    log_some(pair, 1)
    asked = requests.ask(pair.reviewer, "Where were you on Friday?")
    reply(pair)
    requests.answer(pair.log, asked.id, "At my brother's, helping him move.")
    sharing.review(pair.reviewer, pair.export("two.rekindle"))

    summary = review_summary.since_last_review(sharing.review_state(pair.reviewer))
    assert summary.new == 2 and summary.answers == 1
    assert summary.words() == "2 new entries. 1 answer to your requests."


def test_outcomes_are_counted_in_words_with_no_zeros() -> None:
    summary = review_summary.SinceLastReview(
        5, {Outcome.KEPT: 3, Outcome.NOT_KEPT: 1}, answers=0, contacts=1
    )
    assert summary.words() == (
        "5 new entries. Outcomes told: 3 kept as said, 1 not kept. 1 contact told."
    )
    assert review_summary.SinceLastReview(0, {}, 0, 0).words() == (
        "Nothing new since your last review."
    )
    # Years of entries, the first time: the digits grouped as the reader's language does.
    years = review_summary.SinceLastReview(91_487, {Outcome.KEPT: 20_970}, 0, 171)
    assert years.words() == (
        "91,487 new entries. Outcomes told: 20,970 kept as said. 171 contacts told."
    )


def test_looking_sooner_than_chosen_gets_a_kind_line_not_a_wall(pair: Pair) -> None:
    now = datetime(2026, 12, 2, 12, tzinfo=UTC)
    yesterday = (now - timedelta(days=1)).isoformat()
    assert review_summary.sooner_than_chosen(pair.reviewer, yesterday, now) == ""  # whenever
    review_summary.set_rhythm(pair.reviewer, 3)
    line = review_summary.sooner_than_chosen(pair.reviewer, yesterday, now)
    assert "every 3 days" in line and "That's all right" in line and "counsellor" in line
    last_week = (now - timedelta(days=7)).isoformat()
    assert review_summary.sooner_than_chosen(pair.reviewer, last_week, now) == ""
    review_summary.set_rhythm(pair.reviewer, 5)  # not one of the choices: whenever
    assert review_summary.rhythm(pair.reviewer) == 0
