"""Entries: what the sharer writes down, one append-only record at a time.

A saved entry never changes. A correction is an `Amend` entry, a removal a `Retract`
entry, and an outcome is an `OutcomeRecord` entry; the timeline shows each beside
what it refers to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.recurrence import Repeat, Rule
from rekindle_desktop.domain.words import ENGLISH, Refusal
from rekindle_desktop.domain.words import Words as Language

MAX_TEXT = 200_000  # characters; a long counselling note fits many times over
MAX_LABEL = 500  # places, names, short explanations
EARLIEST_YEAR = 1970
LATEST_YEAR = 2200


class InvalidEntry(Refusal):
    """The entry cannot be saved as given; the message says why, in plain words (an
    English template and its fields, for the window to say in its language:
    domain/words.py)."""


class EntryKind(StrEnum):
    PLAN = "plan"
    CHECK_IN = "check-in"
    PROMISE = "promise"
    DISCLOSURE = "disclosure"
    APPRECIATION = "appreciation"
    NOTE = "note"
    OUTCOME = "outcome"
    AMEND = "amend"
    RETRACT = "retract"
    PAUSE = "pause"
    AGREEMENT = "agreement"
    ENDING = "ending"
    CONTACT = "contact"  # told: "I was contacted by / ran into / got in touch with…"
    ANSWER = "answer"  # the sharer's answer to the reviewer's request

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    EntryKind.PLAN: "Plan",
    EntryKind.CHECK_IN: "Check-in",
    EntryKind.PROMISE: "Promise",
    EntryKind.DISCLOSURE: "Disclosure",
    EntryKind.APPRECIATION: "Appreciation",
    EntryKind.NOTE: "Note",
    EntryKind.OUTCOME: "Outcome",
    EntryKind.AMEND: "Correction",
    EntryKind.RETRACT: "Withdrawn",
    EntryKind.PAUSE: "Pause",
    EntryKind.AGREEMENT: "Agreement",
    EntryKind.ENDING: "Sharing ended",
    EntryKind.CONTACT: "Contact disclosure",
    EntryKind.ANSWER: "Answer",
}

# What a person writes by hand; the rest are records about those.
LOGGABLE_KINDS = (
    EntryKind.PLAN,
    EntryKind.CHECK_IN,
    EntryKind.PROMISE,
    EntryKind.DISCLOSURE,
    EntryKind.APPRECIATION,
    EntryKind.NOTE,
    EntryKind.CONTACT,
)


class Outcome(StrEnum):
    KEPT = "kept"
    KEPT_WITH_NOTICE = "notice"
    CHANGED_AFTER = "after"
    NOT_KEPT = "not-kept"
    UNCONFIRMED = "unconfirmed"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]

    @property
    def resolved(self) -> bool:
        return self is not Outcome.UNCONFIRMED

    @property
    def counts_as_kept(self) -> bool:
        # Changing a plan *with notice* keeps the agreement to communicate.
        return self in (Outcome.KEPT, Outcome.KEPT_WITH_NOTICE)


_OUTCOME_LABELS = {
    Outcome.KEPT: "kept as said",
    Outcome.KEPT_WITH_NOTICE: "changed, with notice beforehand",
    Outcome.CHANGED_AFTER: "changed, told afterwards",
    Outcome.NOT_KEPT: "not kept",
    Outcome.UNCONFIRMED: "not yet confirmed",
}


class ContactHow(StrEnum):
    CONTACTED = "contacted"  # someone contacted me
    RAN_INTO = "ran-into"  # we met by chance
    GOT_IN_TOUCH = "got-in-touch"  # I got in touch

    @property
    def label(self) -> str:
        return _CONTACT_LABELS[self]


_CONTACT_LABELS = {
    ContactHow.CONTACTED: "I was contacted by",
    ContactHow.RAN_INTO: "I ran into",
    ContactHow.GOT_IN_TOUCH: "I got in touch with",
}


class NoteAbout(StrEnum):
    CHECK_IN_TALK = "check-in conversation"
    COUNSELLING = "counselling"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Plan:
    starts: Moment
    ends: Moment
    place: str
    with_whom: str = ""
    purpose: str = ""

    def summary(self, *, words: Language = ENGLISH) -> str:
        parts = [
            self.purpose or words.text("Plan"),
            words.text("at {place}").format(place=self.place) if self.place else "",
        ]
        if self.with_whom:
            parts.append(words.text("with {who}").format(who=self.with_whom))
        return " ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class CheckIn:
    place: str
    note: str = ""

    def summary(self, *, words: Language = ENGLISH) -> str:
        now_at = words.text("Now at {place}").format(place=self.place)
        return now_at + (f" — {self.note}" if self.note else "")


@dataclass(frozen=True, slots=True)
class Promise:
    text: str
    rule: Rule

    def summary(self, *, words: Language = ENGLISH) -> str:
        return f"{self.text} ({self.rule.describe(words=words)})"


@dataclass(frozen=True, slots=True)
class Words:
    """A disclosure, an appreciation or a note: words, and for notes what they are about."""

    text: str
    about: NoteAbout | None = None

    def summary(self, *, words: Language = ENGLISH) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class OutcomeRecord:
    target: int  # the plan's or promise's entry id
    outcome: Outcome
    occurrence: date | None = None  # which day, for a promise
    why: str = ""

    def summary(self, *, words: Language = ENGLISH) -> str:
        said = words.text(self.outcome.label)  # marked in ui/domain_words.py
        return said[:1].upper() + said[1:] + (f" — {self.why}" if self.why else "")


@dataclass(frozen=True, slots=True)
class Amend:
    target: int
    replacement: Body
    why: str = ""

    def summary(self, *, words: Language = ENGLISH) -> str:
        return words.text("Corrected: {what}").format(what=self.replacement.summary(words=words))


@dataclass(frozen=True, slots=True)
class Retract:
    target: int
    why: str = ""

    def summary(self, *, words: Language = ENGLISH) -> str:
        return words.text("Withdrawn") + (f" — {self.why}" if self.why else "")


@dataclass(frozen=True, slots=True)
class Pause:
    first_day: date
    last_day: date
    reason: str = ""

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    def summary(self, *, words: Language = ENGLISH) -> str:
        # "2 Dec to 9 Dec 2026": the short days without their weekdays.
        first = _without_weekday(words.short_day(self.first_day))
        last = _without_weekday(words.short_day(self.last_day, year=True))
        if self.reason:
            return words.text("Paused {first} to {last}: {reason}").format(
                first=first, last=last, reason=self.reason
            )
        return words.text("Paused {first} to {last}").format(first=first, last=last)


@dataclass(frozen=True, slots=True)
class Step:
    """A step down both partners agreed on in advance: after `after_weeks` weeks of this
    version, with the trend at `trend_above` or more, `change` becomes possible. The app
    proposes it when met; it is never applied by itself."""

    after_weeks: int
    trend_above: int
    change: str


MAX_STEPS = 10


@dataclass(frozen=True, slots=True)
class Agreement:
    version: int
    shared_kinds: frozenset[EntryKind]
    check_in_every_days: int
    boundaries: str
    review_on: date
    ends_on: date | None = None  # sharing stops then, unless a newer version was agreed
    steps: tuple[Step, ...] = ()

    def summary(self, *, words: Language = ENGLISH) -> str:
        if self.ends_on:
            return words.text(
                "Agreement v{version}: check-ins every {days} days, review on {review}, "
                "ends on {end} unless renewed"
            ).format(
                version=self.version,
                days=self.check_in_every_days,
                review=words.long_day(self.review_on),
                end=words.long_day(self.ends_on),
            )
        return words.text(
            "Agreement v{version}: check-ins every {days} days, review on {review}"
        ).format(
            version=self.version,
            days=self.check_in_every_days,
            review=words.long_day(self.review_on),
        )


@dataclass(frozen=True, slots=True)
class Ending:
    """The sharer stopped sharing. The last entry of a shared log; nothing follows it."""

    words: str = ""  # a few words of their own, if they wish

    def summary(self, *, words: Language = ENGLISH) -> str:
        if self.words:
            return words.text("Sharing has ended: {words}").format(words=self.words)
        return words.text("Sharing has ended.")


@dataclass(frozen=True, slots=True)
class Contact:
    """Told, not found out: a contact, when it happened and (by the entry) when it was told.
    No names are needed; `text` says as much as the sharer chooses."""

    how: ContactHow
    text: str

    def summary(self, *, words: Language = ENGLISH) -> str:
        match self.how:
            case ContactHow.CONTACTED:
                return words.text("I was contacted by {text}").format(text=self.text)
            case ContactHow.RAN_INTO:
                return words.text("I ran into {text}").format(text=self.text)
            case ContactHow.GOT_IN_TOUCH:
                return words.text("I got in touch with {text}").format(text=self.text)


@dataclass(frozen=True, slots=True)
class Answer:
    """The sharer's answer to a request the reviewer sent in a reply (`request` is the
    reviewer's number for it). `talk` means: let's talk about it at our next check-in."""

    request: int
    text: str
    talk: bool = False

    def summary(self, *, words: Language = ENGLISH) -> str:
        return self.text


Body = (
    Plan
    | CheckIn
    | Promise
    | Words
    | OutcomeRecord
    | Amend
    | Retract
    | Pause
    | Agreement
    | Ending
    | Contact
    | Answer
)

KIND_OF_BODY: dict[type, tuple[EntryKind, ...]] = {
    Plan: (EntryKind.PLAN,),
    CheckIn: (EntryKind.CHECK_IN,),
    Promise: (EntryKind.PROMISE,),
    Words: (EntryKind.DISCLOSURE, EntryKind.APPRECIATION, EntryKind.NOTE),
    OutcomeRecord: (EntryKind.OUTCOME,),
    Amend: (EntryKind.AMEND,),
    Retract: (EntryKind.RETRACT,),
    Pause: (EntryKind.PAUSE,),
    Agreement: (EntryKind.AGREEMENT,),
    Ending: (EntryKind.ENDING,),
    Contact: (EntryKind.CONTACT,),
    Answer: (EntryKind.ANSWER,),
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One saved record. `id` is its place in this journal's log, from 1."""

    id: int
    kind: EntryKind
    happened: Moment
    logged: Moment
    body: Body
    private: bool = False

    @property
    def lag_seconds(self) -> float:
        """How long after the event it was written down (negative: written in advance)."""
        reference = self.body.starts if isinstance(self.body, Plan) else self.happened
        return (self.logged.utc - reference.utc).total_seconds()


@dataclass(frozen=True, slots=True)
class Draft:
    """An entry before the journal gives it an id and a logged-at time."""

    kind: EntryKind
    happened: Moment
    body: Body
    private: bool = False


def validate(draft: Draft) -> Draft:
    """The draft, or InvalidEntry with a message a person can act on."""
    check(draft.kind, draft.happened, draft.body)
    return draft


def check(kind: EntryKind, happened: Moment, body: Body) -> None:
    """`validate` without making a Draft: for reading a hundred thousand at once."""
    if kind not in KIND_OF_BODY.get(type(body), ()):
        raise InvalidEntry(_CANNOT_HOLD_REFUSALS[kind])
    _check_moment(happened)
    _check_body(kind, body)


def _check_body(kind: EntryKind, body: Body) -> None:
    match body:
        case Plan():
            _check_moment(body.starts)
            _check_moment(body.ends)
            if body.ends.utc < body.starts.utc:
                raise InvalidEntry("A plan can't end before it starts. Check the two times.")
            _label(body.place, _PLACE, required=True)
            _label(body.with_whom, _WHO_WITH)
            _text(body.purpose, _WHAT_FOR, required=False)
        case CheckIn():
            _label(body.place, _PLACE, required=True)
            _text(body.note, _NOTE, required=False)
        case Promise():
            _text(body.text, _PROMISE, required=True)
            _check_day(body.rule.starts)
            if body.rule.ends is not None:
                _check_day(body.rule.ends)
        case Words():
            _text(body.text, _WORDS_OF[kind], required=True)
            if kind is EntryKind.NOTE and body.about is None:
                raise InvalidEntry(
                    "Say what the note is about: a check-in talk, counselling, or else."
                )
            if kind is not EntryKind.NOTE and body.about is not None:
                raise InvalidEntry("Only notes say what they are about.")
        case OutcomeRecord():
            _label(body.why, _EXPLANATION)
            if body.occurrence is not None:
                _check_day(body.occurrence)
        case Amend():
            _label(body.why, _EXPLANATION)
            if isinstance(body.replacement, Amend | Retract | OutcomeRecord):
                raise InvalidEntry("Only what was written by hand can be corrected.")
        case Retract():
            _label(body.why, _EXPLANATION)
        case Pause():
            _check_day(body.first_day)
            _check_day(body.last_day)
            if body.last_day < body.first_day:
                raise InvalidEntry("A pause can't end before it starts.")
            _label(body.reason, _REASON)
        case Agreement():
            if not 1 <= body.check_in_every_days <= 366:
                raise InvalidEntry("Check-ins can be from every day to once a year.")
            _text(body.boundaries, _BOUNDARIES, required=False)
            _check_day(body.review_on)
            if body.ends_on is not None:
                _check_day(body.ends_on)
                if body.ends_on < body.review_on:
                    raise InvalidEntry(
                        "The agreement ends before the day you look at it again. "
                        "Choose an end on or after that day."
                    )
            if len(body.steps) > MAX_STEPS:
                raise InvalidEntry("An agreement can hold up to {count} steps.", count=MAX_STEPS)
            for step in body.steps:
                if not 1 <= step.after_weeks <= 520 or not 0 <= step.trend_above <= 100:
                    raise InvalidEntry(
                        "A step is after 1 to 520 weeks, with a trend from 0 to 100."
                    )
                _label(step.change, _STEP, required=True)
        case Ending():
            _text(body.words, _LAST_WORDS, required=False)
        case Contact():
            _text(body.text, _CONTACT, required=True)
        case Answer():
            if not 1 <= body.request < 10**12:
                raise InvalidEntry("An answer is to one of your partner's requests.")
            _text(body.text, _ANSWER, required=True)


def _check_moment(moment: Moment) -> None:
    _check_day(moment.utc.date())


def _check_day(day: date) -> None:
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise InvalidEntry(
            "{day} is too far from today. Dates between {earliest} and {latest} are possible.",
            day=day,
            earliest=EARLIEST_YEAR,
            latest=LATEST_YEAR,
        )


@dataclass(frozen=True, slots=True)
class _Refusals:
    """What is said when a field can't be saved, each sentence written out whole (with
    the field's name in it) so it can be translated as one: ui/domain_words.py."""

    long: str
    broken: str
    empty: str = ""  # only for fields that must be filled in


_PLACE = _Refusals(
    "The place is very long; please keep it under {limit} characters.",
    "The place holds a broken character; please type that part again.",
    empty="Please fill in the place.",
)
_WHO_WITH = _Refusals(
    "The who with is very long; please keep it under {limit} characters.",
    "The who with holds a broken character; please type that part again.",
)
_EXPLANATION = _Refusals(
    "The explanation is very long; please keep it under {limit} characters.",
    "The explanation holds a broken character; please type that part again.",
)
_REASON = _Refusals(
    "The reason is very long; please keep it under {limit} characters.",
    "The reason holds a broken character; please type that part again.",
)
_STEP = _Refusals(
    "The step is very long; please keep it under {limit} characters.",
    "The step holds a broken character; please type that part again.",
    empty="Please fill in the step.",
)
_WHAT_FOR = _Refusals(
    "The what for is longer than {limit:,} characters; please split it.",
    "The what for holds a broken character; please type that part again.",
)
_NOTE = _Refusals(
    "The note is longer than {limit:,} characters; please split it.",
    "The note holds a broken character; please type that part again.",
    empty="The note is empty. Write a few words, then save.",
)
_PROMISE = _Refusals(
    "The promise is longer than {limit:,} characters; please split it.",
    "The promise holds a broken character; please type that part again.",
    empty="The promise is empty. Write a few words, then save.",
)
_BOUNDARIES = _Refusals(
    "The boundaries are longer than {limit:,} characters; please split them.",
    "The boundaries hold a broken character; please type that part again.",
)
_LAST_WORDS = _Refusals(
    "Your words are longer than {limit:,} characters; please split them.",
    "Your words hold a broken character; please type that part again.",
)
_CONTACT = _Refusals(
    "The contact is longer than {limit:,} characters; please split it.",
    "The contact holds a broken character; please type that part again.",
    empty="The contact is empty. Write a few words, then save.",
)
_ANSWER = _Refusals(
    "The answer is longer than {limit:,} characters; please split it.",
    "The answer holds a broken character; please type that part again.",
    empty="The answer is empty. Write a few words, then save.",
)
_WORDS_OF = {
    EntryKind.DISCLOSURE: _Refusals(
        "The disclosure is longer than {limit:,} characters; please split it.",
        "The disclosure holds a broken character; please type that part again.",
        empty="The disclosure is empty. Write a few words, then save.",
    ),
    EntryKind.APPRECIATION: _Refusals(
        "The appreciation is longer than {limit:,} characters; please split it.",
        "The appreciation holds a broken character; please type that part again.",
        empty="The appreciation is empty. Write a few words, then save.",
    ),
    EntryKind.NOTE: _NOTE,
}
_CANNOT_HOLD_REFUSALS = {
    EntryKind.PLAN: "A plan cannot hold that kind of content.",
    EntryKind.CHECK_IN: "A check-in cannot hold that kind of content.",
    EntryKind.PROMISE: "A promise cannot hold that kind of content.",
    EntryKind.DISCLOSURE: "A disclosure cannot hold that kind of content.",
    EntryKind.APPRECIATION: "A appreciation cannot hold that kind of content.",
    EntryKind.NOTE: "A note cannot hold that kind of content.",
    EntryKind.OUTCOME: "A outcome cannot hold that kind of content.",
    EntryKind.AMEND: "A correction cannot hold that kind of content.",
    EntryKind.RETRACT: "A withdrawn cannot hold that kind of content.",
    EntryKind.PAUSE: "A pause cannot hold that kind of content.",
    EntryKind.AGREEMENT: "A agreement cannot hold that kind of content.",
    EntryKind.ENDING: "A sharing ended cannot hold that kind of content.",
    EntryKind.CONTACT: "A contact disclosure cannot hold that kind of content.",
    EntryKind.ANSWER: "A answer cannot hold that kind of content.",
}
_UNREADABLE_REFUSALS = {
    EntryKind.PLAN: "A stored plan entry could not be read.",
    EntryKind.CHECK_IN: "A stored check-in entry could not be read.",
    EntryKind.PROMISE: "A stored promise entry could not be read.",
    EntryKind.DISCLOSURE: "A stored disclosure entry could not be read.",
    EntryKind.APPRECIATION: "A stored appreciation entry could not be read.",
    EntryKind.NOTE: "A stored note entry could not be read.",
    EntryKind.OUTCOME: "A stored outcome entry could not be read.",
    EntryKind.AMEND: "A stored amend entry could not be read.",
    EntryKind.RETRACT: "A stored retract entry could not be read.",
    EntryKind.PAUSE: "A stored pause entry could not be read.",
    EntryKind.AGREEMENT: "A stored agreement entry could not be read.",
    EntryKind.ENDING: "A stored ending entry could not be read.",
    EntryKind.CONTACT: "A stored contact entry could not be read.",
    EntryKind.ANSWER: "A stored answer entry could not be read.",
}


def _label(value: str, says: _Refusals, *, required: bool = False) -> None:
    if required and not value.strip():
        raise InvalidEntry(says.empty)
    if len(value) > MAX_LABEL:
        raise InvalidEntry(says.long, limit=MAX_LABEL)
    _unicode(value, says)


def _text(value: str, says: _Refusals, *, required: bool) -> None:
    if required and not value.strip():
        raise InvalidEntry(says.empty)
    if len(value) > MAX_TEXT:
        raise InvalidEntry(says.long, limit=MAX_TEXT)
    _unicode(value, says)


def _unicode(value: str, says: _Refusals) -> None:
    """Half of a character pair (a lone surrogate) can't be stored or shared."""
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InvalidEntry(says.broken) from exc


def _without_weekday(short_day: str) -> str:
    """ "Wed 2 Dec" as "2 Dec" (in German "Mi., 2. Dez." as "2. Dez."): a short day is
    written weekday first."""
    return short_day.split(" ", 1)[-1]


# --- JSON form, as stored in the journal (and later shared) ---------------------------


def body_to_json(body: Body) -> dict[str, Any]:
    match body:
        case Plan():
            return {
                "starts": body.starts.to_text(),
                "ends": body.ends.to_text(),
                "place": body.place,
                "with": body.with_whom,
                "purpose": body.purpose,
            }
        case CheckIn():
            return {"place": body.place, "note": body.note}
        case Promise():
            rule = body.rule
            return {
                "text": body.text,
                "repeat": rule.repeat.value,
                "starts": rule.starts.isoformat(),
                "ends": rule.ends.isoformat() if rule.ends else None,
                "weekdays": sorted(rule.weekdays),
                "every_days": rule.every_days,
            }
        case Words():
            return {"text": body.text, "about": body.about.value if body.about else None}
        case OutcomeRecord():
            return {
                "target": body.target,
                "outcome": body.outcome.value,
                "occurrence": body.occurrence.isoformat() if body.occurrence else None,
                "why": body.why,
            }
        case Amend():
            return {
                "target": body.target,
                "kind": _kind_of(body.replacement).value,
                "replacement": body_to_json(body.replacement),
                "why": body.why,
            }
        case Retract():
            return {"target": body.target, "why": body.why}
        case Pause():
            return {
                "first_day": body.first_day.isoformat(),
                "last_day": body.last_day.isoformat(),
                "reason": body.reason,
            }
        case Agreement():
            return {
                "version": body.version,
                "shared_kinds": sorted(k.value for k in body.shared_kinds),
                "check_in_every_days": body.check_in_every_days,
                "boundaries": body.boundaries,
                "review_on": body.review_on.isoformat(),
            } | _agreement_extras(body)
        case Ending():
            return {"words": body.words}
        case Contact():
            return {"how": body.how.value, "text": body.text}
        case Answer():
            return {"request": body.request, "text": body.text, "talk": body.talk}


def _agreement_extras(body: Agreement) -> dict[str, Any]:
    """The end and the steps, written only when there are any: an agreement without them
    keeps the form every earlier version wrote (one spelling per meaning)."""
    if body.ends_on is None and not body.steps:
        return {}
    return {
        "ends_on": body.ends_on.isoformat() if body.ends_on else None,
        "steps": [
            {"after_weeks": s.after_weeks, "change": s.change, "trend_above": s.trend_above}
            for s in body.steps
        ],
    }


# The fields body_to_json writes for each kind, and no others.
_WORDS_FIELDS = frozenset({"text", "about"})
BODY_FIELDS: dict[EntryKind, frozenset[str]] = {
    EntryKind.PLAN: frozenset({"starts", "ends", "place", "with", "purpose"}),
    EntryKind.CHECK_IN: frozenset({"place", "note"}),
    EntryKind.PROMISE: frozenset({"text", "repeat", "starts", "ends", "weekdays", "every_days"}),
    EntryKind.DISCLOSURE: _WORDS_FIELDS,
    EntryKind.APPRECIATION: _WORDS_FIELDS,
    EntryKind.NOTE: _WORDS_FIELDS,
    EntryKind.OUTCOME: frozenset({"target", "outcome", "occurrence", "why"}),
    EntryKind.AMEND: frozenset({"target", "kind", "replacement", "why"}),
    EntryKind.RETRACT: frozenset({"target", "why"}),
    EntryKind.PAUSE: frozenset({"first_day", "last_day", "reason"}),
    EntryKind.AGREEMENT: frozenset(
        {"version", "shared_kinds", "check_in_every_days", "boundaries", "review_on"}
    ),
    EntryKind.ENDING: frozenset({"words"}),
    EntryKind.CONTACT: frozenset({"how", "text"}),
    EntryKind.ANSWER: frozenset({"request", "text", "talk"}),
}


AGREEMENT_FIELDS_WITH_END = BODY_FIELDS[EntryKind.AGREEMENT] | {"ends_on", "steps"}
STEP_FIELDS = frozenset({"after_weeks", "change", "trend_above"})


def written_as_body_to_json(kind: EntryKind, data: dict[str, Any], body: Body) -> bool:
    """Whether `data`, read as `body`, is what body_to_json writes for it: the same
    fields, lists sorted without repeats, and nulls where nothing is meant. Cheaper than
    writing it again, for a reader that takes each meaning in one spelling only."""
    if isinstance(body, Agreement):
        extras = bool(_agreement_extras(body))
        return (
            data.keys() == (AGREEMENT_FIELDS_WITH_END if extras else BODY_FIELDS[kind])
            and (data["shared_kinds"] == sorted(set(data["shared_kinds"])))
            and data.get("ends_on") != ""  # no end is null, never ""
            and all(
                isinstance(step, dict) and step.keys() == STEP_FIELDS
                for step in data.get("steps", [])
            )
        )
    if data.keys() != BODY_FIELDS[kind]:
        return False
    match body:
        case Promise():
            days = data["weekdays"]
            return bool(days == sorted(set(days)) and data["ends"] != "")
        case Words():
            return bool(data["about"] != "")
        case OutcomeRecord():
            return bool(data["occurrence"] != "")
        case Amend():
            inner = _kind_of(body.replacement)
            replacement = data["replacement"]
            return (
                data["kind"] == inner.value
                and isinstance(replacement, dict)
                and written_as_body_to_json(inner, replacement, body.replacement)
            )
    return True


def body_from_json(kind: EntryKind, data: dict[str, Any]) -> Body:
    """Rebuild a body; raises InvalidEntry (never anything else) on malformed data."""
    try:
        return _body_from_json(kind, data)
    except InvalidEntry:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidEntry(_UNREADABLE_REFUSALS[kind]) from exc


def _body_from_json(kind: EntryKind, data: dict[str, Any]) -> Body:
    match kind:
        case EntryKind.PLAN:
            return Plan(
                Moment.from_text(data["starts"]),
                Moment.from_text(data["ends"]),
                _str(data["place"]),
                _str(data.get("with", "")),
                _str(data.get("purpose", "")),
            )
        case EntryKind.CHECK_IN:
            return CheckIn(_str(data["place"]), _str(data.get("note", "")))
        case EntryKind.PROMISE:
            ends = data.get("ends")
            return Promise(
                _str(data["text"]),
                Rule(
                    Repeat(data["repeat"]),
                    day_from_text(data["starts"]),
                    day_from_text(ends) if ends else None,
                    frozenset(_int(d) for d in data.get("weekdays", [])),
                    _int(data.get("every_days", 1)),
                ),
            )
        case EntryKind.DISCLOSURE | EntryKind.APPRECIATION | EntryKind.NOTE:
            about = data.get("about")
            return Words(_str(data["text"]), NoteAbout(about) if about else None)
        case EntryKind.OUTCOME:
            occurrence = data.get("occurrence")
            return OutcomeRecord(
                _int(data["target"]),
                Outcome(data["outcome"]),
                day_from_text(occurrence) if occurrence else None,
                _str(data.get("why", "")),
            )
        case EntryKind.AMEND:
            inner = EntryKind(data["kind"])
            return Amend(
                _int(data["target"]),
                _body_from_json(inner, data["replacement"]),
                _str(data.get("why", "")),
            )
        case EntryKind.RETRACT:
            return Retract(_int(data["target"]), _str(data.get("why", "")))
        case EntryKind.PAUSE:
            return Pause(
                day_from_text(data["first_day"]),
                day_from_text(data["last_day"]),
                _str(data.get("reason", "")),
            )
        case EntryKind.AGREEMENT:
            return Agreement(
                _int(data["version"]),
                frozenset(EntryKind(k) for k in data["shared_kinds"]),
                _int(data["check_in_every_days"]),
                _str(data.get("boundaries", "")),
                day_from_text(data["review_on"]),
                day_from_text(data["ends_on"]) if data.get("ends_on") else None,
                tuple(
                    Step(_int(s["after_weeks"]), _int(s["trend_above"]), _str(s["change"]))
                    for s in data.get("steps", [])
                ),
            )
        case EntryKind.ENDING:
            return Ending(_str(data["words"]))
        case EntryKind.CONTACT:
            return Contact(ContactHow(data["how"]), _str(data["text"]))
        case EntryKind.ANSWER:
            talk = data["talk"]
            if type(talk) is not bool:
                raise TypeError("expected true or false")
            return Answer(_int(data["request"]), _str(data["text"]), talk)


def _kind_of(body: Body) -> EntryKind:
    kinds = KIND_OF_BODY[type(body)]
    if len(kinds) == 1:
        return kinds[0]
    assert isinstance(body, Words)
    return EntryKind.NOTE if body.about is not None else EntryKind.DISCLOSURE


def day_from_text(text: str) -> date:
    """A day exactly as isoformat writes it (date.fromisoformat also takes "20261125",
    week dates and more, which would give one day two spellings)."""
    if not isinstance(text, str) or len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise ValueError(f"not a day: {text!r}")
    if not text.isascii():
        raise ValueError(f"not a day: {text!r}")
    return date.fromisoformat(text)


def _int(value: Any) -> int:
    if type(value) is not int:  # not a bool, not 1.0
        raise TypeError("expected a whole number")
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value
