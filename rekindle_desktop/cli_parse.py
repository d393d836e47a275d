"""Reading times, days and rules the way a person types them on the command line."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.recurrence import WEEKDAY_NAMES, Repeat, Rule
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.paths import default_journal_folder

TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")


def parse_moment(text: str, zone: tzinfo, now: datetime) -> Moment:
    """`now`, `HH:MM` (today), `YYYY-MM-DD HH:MM`, or `YYYY-MM-DD` (midnight), local time."""
    cleaned = text.strip()
    if cleaned.lower() == "now":
        return Moment.from_local(now.astimezone(zone))
    for fmt in TIME_FORMATS:
        try:
            naive = datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
        return Moment.from_local(naive.replace(tzinfo=zone))
    try:
        clock = time.fromisoformat(cleaned)
        today = now.astimezone(zone).date()
        return Moment.from_local(datetime.combine(today, clock, zone))
    except ValueError:
        pass
    try:
        return Moment.from_local(datetime.combine(date.fromisoformat(cleaned), time(0), zone))
    except ValueError:
        raise UserFacingError(
            f"'{text}' isn't a time Rekindle understands.",
            "Use 'now', '18:30', or '2026-11-25 18:30'.",
        ) from None


def parse_day(text: str, today: date) -> date:
    """`today`, `yesterday`, or `YYYY-MM-DD`."""
    cleaned = text.strip().lower()
    if cleaned == "today":
        return today
    if cleaned == "yesterday":
        return today - timedelta(days=1)
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        raise UserFacingError(
            f"'{text}' isn't a day Rekindle understands.", "Use 'today' or '2026-11-25'."
        ) from None


def parse_rule(every: str | None, starts: date, ends: date | None) -> Rule:
    """`--every day|weekday|3` (every 3 days)|`mon,thu`; no `--every` means once."""
    try:
        if every is None:
            return Rule(Repeat.ONCE, starts)
        cleaned = every.strip().lower()
        if cleaned in ("day", "daily", "days"):
            return Rule(Repeat.DAILY, starts, ends)
        if cleaned in ("weekday", "weekdays"):
            return Rule(Repeat.WEEKDAYS, starts, ends)
        if cleaned.isdigit():
            return Rule(Repeat.EVERY_N_DAYS, starts, ends, every_days=int(cleaned))
        names = [n.lower() for n in WEEKDAY_NAMES]
        parts = [part.strip()[:3] for part in cleaned.split(",")]
        if not all(part in names for part in parts):
            raise ValueError("days of the week are written mon, tue, wed, thu, fri, sat, sun")
        days = frozenset(names.index(part) for part in parts)
        return Rule(Repeat.CHOSEN_DAYS, starts, ends, weekdays=days)
    except ValueError as exc:
        raise UserFacingError(
            f"'--every {every}' can't be used: {exc}.",
            "Use 'day', 'weekday', a number of days, or days such as 'mon,thu'.",
        ) from None


def journal_folder(given: Path | None) -> Path:
    return (given or default_journal_folder()).expanduser()


def read_passphrase_file(path: Path) -> str:
    """The passphrase in a file, without its final line break."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserFacingError(
            f"The passphrase file {path} could not be read.",
            "Check the file name and that it is plain text.",
        ) from exc
    return text.removesuffix("\n").removesuffix("\r")


E = TypeVar("E", bound=StrEnum)


def parse_choices(
    text: str, enum: type[E], what: str, allowed: tuple[E, ...] | None = None
) -> list[E]:
    """Comma-separated values of `enum` (only `allowed` ones, if given), or a plain refusal."""
    found = []
    for word in (w.strip().lower() for w in text.split(",")):
        if not word:
            continue
        value = next((v for v in enum if v.value == word), None)
        if value is None or (allowed is not None and value not in allowed):
            names = ", ".join(v.value for v in (allowed or tuple(enum)))
            raise UserFacingError(f"'{word}' isn't a {what} Rekindle knows.", f"Use: {names}.")
        found.append(value)
    return found


# How each word the parser checks is named in a refusal, and what it means there.
_WHAT = {
    "outcome": "an outcome",
    "role": "a way of using a journal",
    "wants": "a kind of help",
    "about": "a kind of note",
    "how": "a kind of contact",
    "strength": "a strength",
}
_ASK = {
    "outcome": "Say how it turned out with one of these words",
    "role": "Say how you will use this journal with one of these words",
    "wants": "Say what would help with one of these words",
    "about": "Say what the note is about with one of these words",
    "how": "Say how the contact happened with one of these words",
    "strength": "Say how strong it was with a number from 1 to 5",
}


def _meanings(what: str) -> dict[str, str]:
    """What each word means, in the domain's own words (imported only for a mistake)."""
    from rekindle_desktop.domain.entries import ContactHow, NoteAbout, Outcome
    from rekindle_desktop.domain.voice import STRENGTHS, Wants

    return {
        "outcome": {o.value: o.label for o in Outcome if o.resolved},
        "role": {
            "sharing": "you share your own journal",
            "reviewing": "you review your partner's timeline",
            "both": "you do both",
        },
        "wants": {w.value: w.label for w in Wants},
        "about": {"check-in": NoteAbout.CHECK_IN_TALK.value, "counselling": "", "other": ""},
        "how": {c.value: c.label for c in ContactHow},
        "strength": {str(n): words for n, words in STRENGTHS.items()},
    }.get(what, {})


def refuse_word(text: str, what: str, words: tuple[str, ...]) -> UserFacingError:
    """A plain refusal of a word the command doesn't take, naming the ones it does.

    "kept (kept as said), notice (changed, with notice beforehand), …, or not-kept."
    """
    meanings = _meanings(what)
    named = [
        word
        if meanings.get(word, "") in ("", word.replace("-", " "))
        else f"{word} ({meanings[word]})"
        for word in words
    ]
    listed = ", ".join(named[:-1]) + f", or {named[-1]}" if len(named) > 1 else named[0]
    return UserFacingError(
        f"'{text}' isn't {_WHAT.get(what, 'a word')} Rekindle knows.",
        f"{_ASK.get(what, 'Use one of these words')}: {listed}.",
    )
