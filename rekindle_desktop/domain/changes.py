"""What a correction changed, in words: "Changed the place from Office to Gym"."""

from __future__ import annotations

from datetime import tzinfo

from rekindle_desktop.domain.entries import (
    Body,
    CheckIn,
    Contact,
    ContactHow,
    NoteAbout,
    Plan,
    Promise,
    Words,
)
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.words import ENGLISH
from rekindle_desktop.domain.words import Words as Language

MAX_SHOWN = 40  # longer values are said to have changed, not quoted


def what_changed(before: Body, after: Body, zone: tzinfo, *, words: Language = ENGLISH) -> str:
    """The fields that differ between an entry and its correction, said in one sentence."""
    if type(before) is not type(after):
        return words.text("Changed what kind of entry it is")
    changes = [
        _change(name, old, new, words)
        for name, old, new in _fields(before, after, zone, words)
        if old != new
    ]
    if not changes:
        return words.text("Nothing it says has changed")
    return words.text("Changed {changes}").format(changes=_join(changes, words))


def _fields(before: Body, after: Body, zone: tzinfo, words: Language) -> list[tuple[str, str, str]]:
    match before, after:
        case Plan(), Plan():
            return [
                (words.text("what it was for"), before.purpose, after.purpose),
                (words.text("the start"), *_times(before.starts, after.starts, zone, words)),
                (words.text("the end"), *_times(before.ends, after.ends, zone, words)),
                (words.text("the place"), before.place, after.place),
                (words.text("who with"), before.with_whom, after.with_whom),
            ]
        case CheckIn(), CheckIn():
            return [
                (words.text("the place"), before.place, after.place),
                (words.text("the note"), before.note, after.note),
            ]
        case Promise(), Promise():
            return [
                (words.text("the promise"), before.text, after.text),
                (
                    words.text("when"),
                    before.rule.describe(words=words),
                    after.rule.describe(words=words),
                ),
            ]
        case Contact(), Contact():
            return [
                (words.text("how"), _how(before.how, words), _how(after.how, words)),
                (words.text("the words"), before.text, after.text),
            ]
        case Words(), Words():
            about = (
                _about(before.about, words),
                _about(after.about, words),
            )
            return [
                (words.text("what it is about"), *about),
                (words.text("the words"), before.text, after.text),
            ]
    return [(words.text("the words"), before.summary(), after.summary())]


def _how(how: ContactHow, words: Language) -> str:
    match how:
        case ContactHow.CONTACTED:
            return words.text("contacted")
        case ContactHow.RAN_INTO:
            return words.text("ran-into")
        case ContactHow.GOT_IN_TOUCH:
            return words.text("got-in-touch")


def _about(about: NoteAbout | None, words: Language) -> str:
    match about:
        case NoteAbout.CHECK_IN_TALK:
            return words.text("check-in conversation")
        case NoteAbout.COUNSELLING:
            return words.text("counselling")
        case NoteAbout.OTHER:
            return words.text("other")
    return ""


def _times(old: Moment, new: Moment, zone: tzinfo, words: Language) -> tuple[str, str]:
    """Two times, with their days only when the day changed too."""
    before, after = old.local(zone), new.local(zone)
    if before.date() == after.date():
        return words.clock(before), words.clock(after)
    return (
        f"{words.short_day(before.date())}, {words.clock(before)}",
        f"{words.short_day(after.date())}, {words.clock(after)}",
    )


def _change(name: str, old: str, new: str, words: Language) -> str:
    if not old:
        if _fits(new):
            return words.text("{name} (added: {new})").format(name=name, new=new)
        return words.text("{name} (added)").format(name=name)
    if not new:
        return words.text("{name} (taken out)").format(name=name)
    if _fits(old) and _fits(new) and "\n" not in old + new:
        return words.text("{name} from {old} to {new}").format(name=name, old=old, new=new)
    return name


def _fits(text: str) -> bool:
    return len(text) <= MAX_SHOWN


def _join(parts: list[str], words: Language) -> str:
    if len(parts) == 1:
        return parts[0]
    return words.text("{some} and {last}").format(some=", ".join(parts[:-1]), last=parts[-1])
