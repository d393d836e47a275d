"""The hurt partner's voice on the command line: trigger, ask, requests, answer."""

from __future__ import annotations

import argparse
import json
import sys

from rekindle_desktop.cli_journal import unlock
from rekindle_desktop.cli_parse import parse_choices, parse_day, parse_moment
from rekindle_desktop.domain.entries import LOGGABLE_KINDS, Agreement, Draft, EntryKind
from rekindle_desktop.domain.safe_text import for_terminal
from rekindle_desktop.domain.voice import STRENGTHS, Wants
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import requests
from rekindle_desktop.services.agreements import read_steps
from rekindle_desktop.services.clock import system_clock
from rekindle_desktop.services.journal_log import JournalLog


def trigger(args: argparse.Namespace) -> int:
    clock = system_clock()
    happened = parse_moment(args.at, clock.zone, clock.now_utc()).utc
    with unlock(args) as journal:
        kept = requests.log_trigger(
            journal, args.text, strength=args.strength, wants=Wants(args.wants), happened=happened
        )
        request = requests.ask_about(journal, kept) if args.send else None
    print(f"Kept, for you alone ({STRENGTHS[kept.strength]}; what would help: "
          f"{kept.wants.label}).")  # fmt: skip
    if request is not None:
        print(f"It is now request {request.id}: your next reply will carry it to your partner.")
    else:
        print("Nothing was sent. To ask your partner, run this with --send, or use `ask`.")
    return 0


def ask(args: argparse.Namespace) -> int:
    with unlock(args) as journal:
        request = requests.ask(journal, args.text, Wants(args.wants))
    print(f"Request {request.id} is ready; your next reply will carry it to your partner.")
    return 0


def list_requests(args: argparse.Namespace) -> int:
    with unlock(args) as journal:
        made = requests.my_requests(journal)
        received = requests.received(journal)
    if args.json:
        json.dump(
            {
                "made": [
                    {
                        "id": r.request.id,
                        "text": r.request.text,
                        "wants": r.request.wants.value,
                        "asked": r.request.asked.isoformat(),
                        "sent": r.sent,
                        "state": r.state(),
                        "answer": r.answer.text if r.answer else None,
                        "answered_after_minutes": r.answer.after_minutes if r.answer else None,
                    }
                    for r in made
                ],
                "received": [
                    {
                        "id": r.request.id,
                        "text": r.request.text,
                        "wants": r.request.wants.value,
                        "asked": r.request.asked.isoformat(),
                        "open": r.open,
                        "state": r.state(),
                    }
                    for r in received
                ],
            },
            sys.stdout,
            ensure_ascii=True,  # partner text as \\u escapes: no raw control reaches a terminal
        )
        print()
        return 0
    if not made and not received:
        print("No requests yet.")
    for r in received:
        print(
            f"{r.request.id}. Your partner would like {r.request.wants.label} "
            f"({r.state()}): {for_terminal(r.request.text)}"
        )
    for mine in made:
        print(f"{mine.request.id}. You asked for {mine.request.wants.label} ({mine.state()}): "
              f"{for_terminal(mine.request.text)}")  # fmt: skip
        if mine.answer is not None:
            print(f"    Their answer: {for_terminal(mine.answer.text)}")
    return 0


def answer(args: argparse.Namespace) -> int:
    with unlock(args) as journal:
        log = JournalLog(journal, system_clock())
        if args.at_check_in:
            entry = requests.at_next_check_in(log, args.request_id)
            said = "It is on the agenda for your next check-in, and your partner will see that"
        else:
            entry = requests.answer(log, args.request_id, args.text)
            said = "Your partner will see it"
    print(f"Saved your answer as entry {entry.id}. {said} in your next timeline file.")
    return 0


def agreement(args: argparse.Namespace) -> int:
    """Write the next version of the agreement. It needs an end: scaffolding, not a life
    sentence."""
    if not args.until:
        raise UserFacingError(
            "An agreement needs an end: the day sharing stops unless you agree a new "
            "version. Nothing was saved.",
            "Add --until DAY (for example --until 2027-06-01).",
        )
    clock = system_clock()
    today = clock.now_utc().astimezone(clock.zone).date()
    ends_on = parse_day(args.until, today)
    review_on = parse_day(args.review_on, today) if args.review_on else ends_on
    kinds = (
        frozenset(parse_choices(args.share, EntryKind, "kind of entry", allowed=LOGGABLE_KINDS))
        if args.share
        else frozenset(LOGGABLE_KINDS)
    )
    try:
        steps = read_steps("\n".join(args.step))
    except ValueError as exc:
        raise UserFacingError(str(exc), "Nothing was saved.") from exc
    if not args.yes:
        raise UserFacingError(
            "An agreement is made together. Nothing was saved.",
            "When you have both talked it through, run this again with --yes.",
        )
    with unlock(args) as journal:
        log = JournalLog(journal, clock)
        current = log.ledger.agreements()
        version = current[-1].version + 1 if current else 1
        body = Agreement(version, kinds, args.every, args.boundaries, review_on, ends_on, steps)
        entry = log.add(Draft(EntryKind.AGREEMENT, clock.now(), body))
    print(
        f"Saved version {version} of your agreement as entry {entry.id}. It ends on "
        f"{ends_on.day} {ends_on:%B %Y} unless you agree a new version."
    )
    return 0
