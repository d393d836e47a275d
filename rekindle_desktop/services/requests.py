"""The hurt partner's voice: triggers (the reviewer's own), requests sent in a reply, and
the sharer's answers, with how soon each was answered, in plain words.

Nothing here leaves the reviewer's computer until they send a reply; a trigger leaves
only if they turn it into a request. Answers are entries of the sharer's journal
(`answer`), shared in the next timeline file like any other entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from rekindle_desktop.domain.entries import Answer, Draft, Entry, EntryKind
from rekindle_desktop.domain.voice import (
    InvalidVoice,
    Request,
    Trigger,
    Wants,
    answered_within,
    check_strength,
    check_words,
)
from rekindle_desktop.domain.words import ENGLISH, Words
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.exchange.leaves import kept_entry
from rekindle_desktop.services import conversation
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store import entries as entry_store
from rekindle_desktop.store import sharing as sharing_store
from rekindle_desktop.store import voice as store
from rekindle_desktop.store.journal import Journal

TALK_LATER = "I'd like us to talk about this at our next check-in."


def _plainly(error: InvalidVoice) -> UserFacingError:
    return UserFacingError.refused(error, "Nothing was kept; change it and try again.")


# --- the reviewer's side ---------------------------------------------------------------


def log_trigger(
    journal: Journal,
    text: str,
    *,
    strength: int = 3,
    wants: Wants = Wants.REASSURANCE,
    happened: datetime | None = None,
) -> Trigger:
    """Keep a hard moment, for the reviewer alone. Nothing is sent."""
    try:
        cleaned = check_words(text, "moment")
        check_strength(strength)
    except InvalidVoice as exc:
        raise _plainly(exc) from exc
    when = (happened or datetime.now(UTC)).astimezone(UTC)
    return store.add_trigger(journal.conn, when, cleaned, strength, wants)


def triggers(journal: Journal) -> list[Trigger]:
    return store.triggers(journal.conn)


def ask(
    journal: Journal,
    text: str,
    wants: Wants = Wants.ANSWER,
    *,
    trigger: int | None = None,
    asked: datetime | None = None,
) -> Request:
    """A request for the sharer. It waits here, and leaves with the next reply."""
    try:
        cleaned = check_words(text, "request")
    except InvalidVoice as exc:
        raise _plainly(exc) from exc
    when = (asked or datetime.now(UTC)).astimezone(UTC)
    return store.add_request(journal.conn, cleaned, wants, trigger, when)


def ask_about(journal: Journal, trigger: Trigger, asked: datetime | None = None) -> Request:
    """Turn a trigger into a request: its words and what would help, sent only by choice."""
    return ask(journal, trigger.text, trigger.wants, trigger=trigger.id, asked=asked)


@dataclass(frozen=True)
class AnswerSeen:
    """An answer as the reviewer sees it, beside the request it meets."""

    request: int
    text: str
    talk: bool
    answered: datetime  # the sharer's clock, when the answer was written
    after_minutes: int | None  # since the request was asked; None for an unknown request

    @property
    def how_soon(self) -> str:
        return self.soon()

    def soon(self, words: Words = ENGLISH) -> str:
        """How soon it was answered, in `words`' language ("" for an unknown request)."""
        if self.after_minutes is None:
            return ""
        if self.after_minutes < 0:  # the two computers' clocks disagree: say no more
            return words.text("answered")
        within = answered_within(self.after_minutes, words=words)
        return words.text("answered {within}").format(within=within)


@dataclass(frozen=True)
class RequestState:
    request: Request
    sent: bool
    answer: AnswerSeen | None

    def state(self, words: Words = ENGLISH) -> str:
        """Plain words (in `words`' language): where this request stands."""
        if self.answer is not None:
            if self.answer.talk:
                return words.text("for your next check-in")
            return self.answer.soon(words) or words.text("answered")
        if self.sent:
            return words.text("waiting for an answer")
        return words.text("goes with your next reply")


def answers_in(entries: list[Entry], asked: dict[int, datetime]) -> list[AnswerSeen]:
    """The answers among accepted entries, linked to the reviewer's requests by number."""
    seen = []
    for entry in entries:
        body = entry.body
        if not isinstance(body, Answer):
            continue
        when = entry.logged.utc
        at = asked.get(body.request)
        after = None if at is None else _minutes_between(at, when)
        seen.append(AnswerSeen(body.request, body.text, body.talk, when, after))
    return seen


def my_requests(journal: Journal) -> list[RequestState]:
    """The reviewer's requests in this pairing, oldest first, each with its answer."""
    made = store.requests_made(journal.conn)
    if not made:  # no need to look through the record for answers
        return []
    accepted = sharing_store.accepted_leaves(journal.conn)
    latest = {a.request: a for a in answers_among(journal, accepted)}  # the latest counts
    return [
        RequestState(request, sent is not None, latest.get(request.id))
        for request, sent, _trigger in made
    ]


def answers_among(journal: Journal, leaves: list[bytes]) -> list[AnswerSeen]:
    """The answers among accepted leaves, linked to this reviewer's requests.

    Canonical JSON writes the kind one way only, and text inside a string can't match it
    (its quotes are escaped): a quick filter before reading any leaf."""
    found = [kept_entry(leaf) for leaf in leaves if b'"kind":"answer"' in leaf]
    return answers_in(found, asked_times(journal)) if found else []


def asked_times(journal: Journal) -> dict[int, datetime]:
    return {request.id: request.asked for request, _s, _t in store.requests_made(journal.conn)}


def to_send(journal: Journal) -> list[Request]:
    """Requests made and not sent yet: the next reply carries them."""
    return store.unsent_requests(journal.conn)


def mark_sent(journal: Journal, requests: list[Request]) -> None:
    store.mark_sent(journal.conn, [request.id for request in requests])


def _minutes_between(asked: datetime, answered: datetime) -> int:
    """Whole minutes, both times to the minute: shared times are (docs/FORMAT.md §4)."""
    start = asked.replace(second=0, microsecond=0)
    return int((answered.replace(second=0, microsecond=0) - start).total_seconds() // 60)


# --- the sharer's side -----------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    request: Request
    answer: Entry | None  # the latest answer written here, if any

    @property
    def open(self) -> bool:
        return self.answer is None

    def state(self, words: Words = ENGLISH) -> str:
        """Plain words (in `words`' language): where this request stands."""
        if self.answer is None:
            return words.text("waiting for your answer")
        body = self.answer.body
        assert isinstance(body, Answer)
        if body.talk:
            return words.text("for your next check-in")
        minutes = _minutes_between(self.request.asked, self.answer.logged.utc)
        if minutes < 0:
            return words.text("answered")
        within = answered_within(minutes, words=words)
        return words.text("answered {within}").format(within=within)


def keep_received(journal: Journal, pairing: int, requests: list[Request]) -> int:
    """Within the transaction that keeps a reply: its requests, each once."""
    return store.keep_received(journal.conn, pairing, requests)


def received(journal: Journal) -> list[Received]:
    """Requests from the reviewer of this pairing, oldest first, each with its answer."""
    answers: dict[int, Entry] = {}
    for entry in entry_store.of_kinds(journal.conn, (EntryKind.ANSWER,)):
        body = entry.body
        assert isinstance(body, Answer)
        answers[body.request] = entry
    return [Received(request, answers.get(request.id)) for request in store.received(journal.conn)]


def open_requests(journal: Journal) -> list[Received]:
    return [r for r in received(journal) if r.open]


def answer(log: JournalLog, request_id: int, text: str, *, talk: bool = False) -> Entry:
    """Answer a request in words; the answer is shared with the next timeline file."""
    known = {r.request.id for r in received(log.journal)}
    if request_id not in known:
        raise UserFacingError(
            "There is no request number {number} from your partner.",
            "See the requests with `rekindle requests`, or on your journal page.",
            number=request_id,
        )
    return log.add(Draft(EntryKind.ANSWER, log.clock.now(), Answer(request_id, text, talk)))


def at_next_check_in(log: JournalLog, request_id: int) -> Entry:
    """Move a request to the next check-in talk: on the agenda here, and said to the
    partner by an answer that says so."""
    request = next((r.request for r in received(log.journal) if r.request.id == request_id), None)
    if request is None:
        raise UserFacingError(
            "There is no request number {number} from your partner.", number=request_id
        )
    entry = answer(log, request_id, TALK_LATER, talk=True)
    conversation.add_agenda_item(log.journal, request.text, from_partner=True)
    return entry
