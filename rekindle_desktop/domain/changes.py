"""What a correction changed, in words: "Changed the place from Office to Gym"."""

from __future__ import annotations

from datetime import tzinfo

from rekindle_desktop.domain.days import short_day
from rekindle_desktop.domain.entries import Body, CheckIn, Contact, Plan, Promise, Words
from rekindle_desktop.domain.moment import Moment

MAX_SHOWN = 40  # longer values are said to have changed, not quoted


def what_changed(before: Body, after: Body, zone: tzinfo) -> str:
    """The fields that differ between an entry and its correction, said in one sentence."""
    if type(before) is not type(after):
        return "Changed what kind of entry it is"
    changes = [
        _change(name, old, new) for name, old, new in _fields(before, after, zone) if old != new
    ]
    if not changes:
        return "Nothing it says has changed"
    return "Changed " + _join(changes)


def _fields(before: Body, after: Body, zone: tzinfo) -> list[tuple[str, str, str]]:
    match before, after:
        case Plan(), Plan():
            return [
                ("what it was for", before.purpose, after.purpose),
                ("the start", *_times(before.starts, after.starts, zone)),
                ("the end", *_times(before.ends, after.ends, zone)),
                ("the place", before.place, after.place),
                ("who with", before.with_whom, after.with_whom),
            ]
        case CheckIn(), CheckIn():
            return [("the place", before.place, after.place), ("the note", before.note, after.note)]
        case Promise(), Promise():
            return [
                ("the promise", before.text, after.text),
                ("when", before.rule.describe(), after.rule.describe()),
            ]
        case Contact(), Contact():
            return [
                ("how", before.how.value, after.how.value),
                ("the words", before.text, after.text),
            ]
        case Words(), Words():
            about = (
                before.about.value if before.about else "",
                after.about.value if after.about else "",
            )
            return [("what it is about", *about), ("the words", before.text, after.text)]
    return [("the words", before.summary(), after.summary())]


def _times(old: Moment, new: Moment, zone: tzinfo) -> tuple[str, str]:
    """Two times, with their days only when the day changed too."""
    before, after = old.local(zone), new.local(zone)
    if before.date() == after.date():
        return f"{before:%H:%M}", f"{after:%H:%M}"
    return (
        f"{short_day(before.date())}, {before:%H:%M}",
        f"{short_day(after.date())}, {after:%H:%M}",
    )


def _change(name: str, old: str, new: str) -> str:
    if not old:
        return f"{name} (added: {new})" if _fits(new) else f"{name} (added)"
    if not new:
        return f"{name} (taken out)"
    if _fits(old) and _fits(new) and "\n" not in old + new:
        return f"{name} from {old} to {new}"
    return name


def _fits(text: str) -> bool:
    return len(text) <= MAX_SHOWN


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
