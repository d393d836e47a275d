"""Demo journals: months of a realistic, made-up story, the same every time for a seed.

The story improves over time, but not in a straight line: honest misses, changes
made with notice, a few things logged late, corrections, a holiday pause, and
counselling notes along the way. Nothing in it is real.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path

from rekindle_desktop.crypto.kdf import FLOOR_ARGON2, Argon2Params
from rekindle_desktop.domain.entries import (
    Agreement,
    Amend,
    Body,
    CheckIn,
    Contact,
    ContactHow,
    Draft,
    EntryKind,
    NoteAbout,
    Outcome,
    OutcomeRecord,
    Pause,
    Plan,
    Promise,
    Retract,
    Step,
    Words,
)
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.recurrence import Repeat, Rule
from rekindle_desktop.domain.role import Role
from rekindle_desktop.domain.voice import Wants
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import replies, requests, sharing
from rekindle_desktop.services.access import create_journal
from rekindle_desktop.services.clock import Clock, system_clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store import entries
from rekindle_desktop.store.journal import Journal, JournalFolder

# Printed in the README and shown in the window: the demo holds nothing private.
DEMO_PASSPHRASE = "demo journal - nothing real here"
DEFAULT_DAYS = 120

PLACES = ("Home", "Office", "Gym", "Mum's", "Counselling centre")
DISCLOSURES = (
    "Jordan messaged me today. I didn't reply, and I've blocked the number.",
    "I felt the pull to check Jordan's profile tonight. I didn't, and I'm telling you.",
    "A colleague asked me out for drinks after work. I said no and mentioned you.",
    "I deleted the old chat app I used back then. It's gone from my phone and laptop.",
)
APPRECIATIONS = (
    "Thank you for sitting with me last night when it got hard.",
    "Thank you for making dinner. I noticed, and it meant a lot.",
    "I appreciated that you told me how you felt instead of going quiet.",
    "Thank you for the walk on Sunday. It felt like us again, a little.",
)
COUNSELLING_NOTES = (
    "Counselling: we talked about triggers in the evenings and what helps.",
    "Counselling: I practised listening without defending myself. Hard, but better.",
    "Counselling: we agreed to try a short check-in every Sunday evening.",
)
# A busy life, for `--busy`: errands logged through the day (ten years is ~100k entries).
ERRANDS = (
    ("Supermarket", "Weekly shop"),
    ("Pharmacy", "Picking up a prescription"),
    ("School", "School run"),
    ("Post office", "Sending a parcel"),
    ("Garage", "Car service"),
    ("Park", "Walk at lunch"),
    ("Bakery", "Bread"),
)
EVENING = (
    ("Gym", "Workout", ""),
    ("Mum's", "Dinner at Mum's", "Mum"),
    ("The Crown", "Quiz night", "Sam and Priya"),
    ("Cinema", "Film", "Sam"),
)


@dataclass
class _Story:
    rng: random.Random
    zone: tzinfo
    first: date
    last: date
    now: datetime
    drafts: list[tuple[Draft, Moment]]
    pause: Pause
    busy: bool = False

    def at(self, day: date, hour: float) -> Moment:
        whole, minutes = divmod(round(hour * 60), 60)  # 12.999 is 13:00, not 12:60
        local = datetime.combine(day, time(whole, minutes), self.zone)
        return Moment.from_local(local)

    def add(self, kind: EntryKind, happened: Moment, body: Body, logged: Moment) -> int:
        """Returns a provisional id; `in_log_order` renumbers once the story is told."""
        self.drafts.append((Draft(kind, happened, body), min(logged, self.clock_now())))
        return len(self.drafts)

    def in_log_order(self) -> list[tuple[Draft, Moment]]:
        """Drafts in the order they were written down, with targets renumbered to match.

        Everything refers only to what was written before it, so the ties keep that order.
        """
        order = sorted(range(len(self.drafts)), key=lambda i: (self.drafts[i][1].utc, i))
        new_id = {old + 1: new + 1 for new, old in enumerate(order)}
        result = []
        for old in order:
            draft, logged = self.drafts[old]
            body = draft.body
            if isinstance(body, OutcomeRecord | Amend | Retract):
                body = replace(body, target=new_id[body.target])
            result.append((replace(draft, body=body), logged))
        return result

    def clock_now(self) -> Moment:
        return Moment.from_local(self.now.astimezone(self.zone))

    def progress(self, day: date) -> float:
        span = max((self.last - self.first).days, 1)
        return (day - self.first).days / span

    def outcome(self, day: date) -> Outcome:
        """Getting better over time, with wobbles: never a straight line."""
        wobble = 0.1 * ((day.toordinal() // 11) % 3 - 1)
        kept = 0.5 + 0.33 * self.progress(day) + wobble
        roll = self.rng.random()
        if roll < kept:
            return Outcome.KEPT
        if roll < kept + 0.07:
            return Outcome.KEPT_WITH_NOTICE
        if roll < kept + 0.12:
            return Outcome.CHANGED_AFTER
        return Outcome.NOT_KEPT


CONTACTS = (
    (ContactHow.CONTACTED, "an old colleague, by message. I didn't reply."),
    (ContactHow.RAN_INTO, "someone from before, at the station. I said hello and walked on."),
    (ContactHow.GOT_IN_TOUCH, "my old team about the leaving card; nothing else."),
)


def _contact(story: _Story, day: date) -> None:
    """Now and then a contact, told soon (once in a while a day later): its own dice, so
    the rest of the story stays as it was for a given seed."""
    dice = random.Random(day.toordinal())
    if dice.random() >= 0.05:
        return
    how, text = dice.choice(CONTACTS)
    happened = story.at(day, 12 + dice.random() * 5)
    told_after = timedelta(minutes=20 + dice.randint(0, 70))
    if dice.random() < 0.2:
        told_after = timedelta(hours=26)
    logged = Moment.from_local(happened.utc.astimezone(story.zone) + told_after)
    story.add(EntryKind.CONTACT, happened, Contact(how, text), logged)


def write_demo(journal: Journal, *, days: int, seed: int, clock: Clock, busy: bool = False) -> int:
    """Fill an empty journal with `days` days of story ending today. Returns the entry count.

    A `busy` story also logs errands all day long: about 25 entries a day instead of 6.
    """
    if entries.count(journal.conn):
        raise ValueError("the demo story needs an empty journal")
    rng = random.Random(seed)
    now = clock.now_utc()
    last = now.astimezone(clock.zone).date()
    first = last - timedelta(days=days - 1)
    pause_start = first + timedelta(days=int(days * 0.45))
    story = _Story(
        rng,
        clock.zone,
        first,
        last,
        now,
        [],
        Pause(pause_start, pause_start + timedelta(days=min(9, days // 10)), "Family holiday"),
        busy,
    )
    _opening(story)
    promises = _promises(story)
    day = first
    while day <= last:
        if not story.pause.covers(day):
            _one_day(story, day, promises)
        day += timedelta(days=1)
    for places in PLACES:
        entries.save_place(journal.conn, places)
    entries.append_many(journal.conn, story.in_log_order())
    return len(story.drafts)


DEMO_SHARED = frozenset(
    {
        EntryKind.PLAN,
        EntryKind.CHECK_IN,
        EntryKind.PROMISE,
        EntryKind.DISCLOSURE,
        EntryKind.CONTACT,
    }
)
DEMO_BOUNDARIES = (
    "No contact with Jordan. Phone unlocked on request. Either of us can pause "
    "a conversation that gets too heated and come back to it."
)
STEP_DOWN = Step(6, 60, "check-in talks every two weeks instead of every week")


def _opening(story: _Story) -> None:
    start = story.at(story.first, 20)
    first = Agreement(
        1,
        DEMO_SHARED,
        7,
        DEMO_BOUNDARIES,
        story.first + timedelta(days=90),
        story.first + timedelta(days=180),
        (STEP_DOWN,),
    )
    story.add(EntryKind.AGREEMENT, start, first, start)
    stepped = story.first + timedelta(weeks=STEP_DOWN.after_weeks + 3)
    if stepped < story.last - timedelta(days=14):
        # The step was met, proposed, talked over, and written into version 2 together.
        when = story.at(stepped, 21)
        second = Agreement(
            2,
            DEMO_SHARED,
            14,
            DEMO_BOUNDARIES,
            stepped + timedelta(days=90),
            # A long story renewed it long ago; only a current end is written.
            end if (end := stepped + timedelta(days=180)) > story.last else None,
        )
        story.add(EntryKind.AGREEMENT, when, second, when)
    story.add(
        EntryKind.NOTE,
        start,
        Words(
            "We agreed to try this together for three months, then look at it again.",
            NoteAbout.CHECK_IN_TALK,
        ),
        start,
    )
    pause_logged = story.at(story.pause.first_day - timedelta(days=5), 21)
    story.add(EntryKind.PAUSE, pause_logged, story.pause, pause_logged)


def _promises(story: _Story) -> dict[int, Rule]:
    start = story.at(story.first, 20.5)
    rules = {
        "Text you when I leave work": Rule(Repeat.WEEKDAYS, story.first + timedelta(days=1)),
        "Phone stays on the kitchen table after 10pm": Rule(Repeat.DAILY, story.first),
        "Go to counselling on Tuesdays": Rule(
            Repeat.CHOSEN_DAYS, story.first, weekdays=frozenset({1})
        ),
    }
    found = {}
    for text, rule in rules.items():
        entry_id = story.add(EntryKind.PROMISE, start, Promise(text, rule), start)
        found[entry_id] = rule
    return found


def _one_day(story: _Story, day: date, promises: dict[int, Rule]) -> None:
    rng = story.rng
    weekday = day.weekday() < 5
    if weekday:
        late = rng.random() < 0.05
        logged = story.at(day, 10.5) if late else story.at(day - timedelta(days=1), 21.5)
        plan = story.add(
            EntryKind.PLAN,
            story.at(day, 9),
            Plan(story.at(day, 9), story.at(day, 17.5), "Office", "", "Work"),
            logged,
        )
        story.add(
            EntryKind.CHECK_IN,
            story.at(day, 9 + rng.random() * 0.4),
            CheckIn("Office"),
            story.at(day, 9.5),
        )
        _resolve(story, plan, None, story.at(day, 18.5))
    if rng.random() < 0.45:
        place, purpose, who = rng.choice(EVENING)
        start = 18.5 if weekday else 13 + rng.randint(0, 4)
        plan = story.add(
            EntryKind.PLAN,
            story.at(day, start),
            Plan(story.at(day, start), story.at(day, start + 2), place, who, purpose),
            story.at(day, 8 if rng.random() > 0.1 else start + 3),
        )
        checkin = story.add(
            EntryKind.CHECK_IN,
            story.at(day, start + 0.3),
            CheckIn(place, "Arrived." if rng.random() < 0.3 else ""),
            story.at(day, start + 0.3),
        )
        if rng.random() < 0.03:
            story.add(
                EntryKind.AMEND,
                story.at(day, start + 3),
                Amend(checkin, CheckIn("Library"), "I tapped the wrong saved place."),
                story.at(day, start + 3),
            )
        _resolve(story, plan, None, story.at(day, start + 3))
    for promise_id, rule in promises.items():
        if rule.falls_on(day):
            _resolve(story, promise_id, day, story.at(day, 22.5))
    if rng.random() < 0.06:
        story.add(
            EntryKind.DISCLOSURE,
            story.at(day, 19),
            Words(rng.choice(DISCLOSURES)),
            story.at(day, 19.2),
        )
    if rng.random() < 0.1:
        words = story.add(
            EntryKind.APPRECIATION,
            story.at(day, 21),
            Words(rng.choice(APPRECIATIONS)),
            story.at(day, 21),
        )
        if rng.random() < 0.05:
            story.add(
                EntryKind.RETRACT,
                story.at(day, 21.2),
                Retract(words, "Posted twice by mistake."),
                story.at(day, 21.2),
            )
    _contact(story, day)
    if story.busy:
        _errands(story, day)
    if day.weekday() == 1 and rng.random() < 0.8:
        story.add(
            EntryKind.NOTE,
            story.at(day, 19),
            Words(rng.choice(COUNSELLING_NOTES), NoteAbout.COUNSELLING),
            story.at(day, 20),
        )


def _errands(story: _Story, day: date) -> None:
    """Six errands planned, checked in to and resolved, and two check-ins on the way."""
    rng = story.rng
    for hour in (7.5, 8.5, 12.5, 14, 15.5, 20):
        place, purpose = rng.choice(ERRANDS)
        plan = story.add(
            EntryKind.PLAN,
            story.at(day, hour),
            Plan(story.at(day, hour), story.at(day, hour + 0.75), place, "", purpose),
            story.at(day, hour - 0.5),
        )
        story.add(
            EntryKind.CHECK_IN, story.at(day, hour + 0.1), CheckIn(place), story.at(day, hour + 0.1)
        )
        _resolve(story, plan, None, story.at(day, hour + 1))
    for hour in (10, 16.5):
        story.add(
            EntryKind.CHECK_IN,
            story.at(day, hour),
            CheckIn(rng.choice(PLACES), "On my way." if rng.random() < 0.2 else ""),
            story.at(day, hour),
        )


def _resolve(story: _Story, target: int, occurrence: date | None, logged: Moment) -> None:
    if logged.utc > story.now:
        return  # not happened yet: it will need an outcome
    if story.rng.random() < 0.04:
        return  # left unconfirmed: neutral
    outcome = story.outcome(occurrence or logged.utc.date())
    why = {
        Outcome.KEPT_WITH_NOTICE: "Told you beforehand; the meeting moved.",
        Outcome.CHANGED_AFTER: "Plans changed and I only told you afterwards. I'm sorry.",
        Outcome.NOT_KEPT: "I didn't do this. I'm telling you so it isn't hidden.",
    }.get(outcome, "")
    story.add(
        EntryKind.OUTCOME,
        logged,
        OutcomeRecord(target, outcome, occurrence, why),
        logged,
    )


class DemoInTheWay(UserFacingError):
    """The folder, or a place in it the demo would write, already holds something."""


# What create_demo writes into its folder.
DEMO_PARTS = ("sharer", "reviewer", "timeline.rekindle")


def refuse_what_is_in_the_way(parent: Path) -> None:
    """A demo is written only where it can't touch a journal, or a file it would replace:
    checked before anything is written, so a refusal leaves everything as it was."""
    for path in (parent, *(parent / name for name in DEMO_PARTS)):
        if JournalFolder(path).exists():
            raise DemoInTheWay(
                "There is already a Rekindle journal in {folder}, so no demo was written.",
                "Nothing was changed. The demo needs a new or empty folder of its own.",
                folder=path,
            )
    for path in (parent / name for name in DEMO_PARTS):
        if _taken(path):
            raise DemoInTheWay(
                "{path} is already there, and the demo would write in its place, so no "
                "demo was written.",
                "Nothing was changed. The demo needs a new or empty folder of its own.",
                path=path,
            )


def _taken(path: Path) -> bool:
    """Anything there but an empty folder."""
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        return True
    return path.is_dir() and any(path.iterdir())


def create_demo(
    parent: Path,
    passphrase: str = DEMO_PASSPHRASE,
    *,
    days: int = DEFAULT_DAYS,
    seed: int = 1,
    clock: Clock,
    argon2: Argon2Params = FLOOR_ARGON2,
    busy: bool = False,
    review: bool = True,
) -> tuple[Path, Path]:
    """A sharer's demo journal and a reviewer's, paired, with one timeline file exported.

    Unless `review` is False (benchmarks time the first review), the reviewer accepts it.
    Nothing is written if `parent` holds a journal, or anything the demo would replace.
    """
    refuse_what_is_in_the_way(parent)
    sharer_folder = parent / "sharer"
    reviewer_folder = parent / "reviewer"
    with (
        create_journal(sharer_folder, passphrase, Role.SHARING, argon2=argon2).journal as sharer,
        create_journal(
            reviewer_folder, passphrase, Role.REVIEWING, argon2=argon2
        ).journal as reviewer,
    ):
        write_demo(sharer, days=days, seed=seed, clock=clock, busy=busy)
        for mine, theirs in ((sharer, reviewer), (reviewer, sharer)):
            sharing.confirm_pairing(
                mine, sharing.preview_pairing(mine, sharing.pairing_code(theirs))
            )
        timeline = parent / "timeline.rekindle"
        sharing.export(sharer, timeline)
        if review:
            sharing.review(reviewer, timeline.read_bytes())
    return sharer_folder, reviewer_folder


def create_demo_journal(clock: Clock | None = None, parent: Path | None = None) -> Journal:
    """A fresh, unlocked demo journal in a new temporary folder, sharing both ways.

    It holds its own story and has reviewed a partner's timeline file, so both the
    sharer's page and review mode have something to show.
    """
    clock = clock or system_clock()
    base = Path(tempfile.mkdtemp(prefix="rekindle-demo-", dir=parent))
    mine = create_journal(base / "journal", DEMO_PASSPHRASE, Role.BOTH, argon2=FLOOR_ARGON2)
    journal = mine.journal
    write_demo(journal, days=DEFAULT_DAYS, seed=1, clock=clock)
    partner_folder = base / "partner"
    with create_journal(
        partner_folder, DEMO_PASSPHRASE, Role.SHARING, argon2=FLOOR_ARGON2
    ).journal as partner:
        write_demo(partner, days=DEFAULT_DAYS, seed=2, clock=clock)
        for one, other in ((journal, partner), (partner, journal)):
            sharing.confirm_pairing(one, sharing.preview_pairing(one, sharing.pairing_code(other)))
        sharing.export(partner, base / "partner.rekindle")
        sharing.review(journal, (base / "partner.rekindle").read_bytes())
        _voice(journal, partner, base, clock)
    return journal


def _voice(journal: Journal, partner: Journal, base: Path, clock: Clock) -> None:
    """The hurt partner's side of the demo: moments kept privately, three requests sent
    in a reply and met at different speeds (one moved to the check-in), then reviewed."""
    now = clock.now_utc()
    days = timedelta(days=1)
    requests.log_trigger(
        journal, "A song from that summer on the radio.", strength=2, happened=now - 9 * days
    )
    hotel = requests.log_trigger(
        journal,
        "We drove past the hotel on the ring road.",
        strength=4,
        happened=now - timedelta(hours=2),
    )
    requests.ask_about(journal, hotel, asked=now - timedelta(minutes=100))
    requests.ask(
        journal,
        "Did you keep anything from that time, letters or photos?",
        asked=now - 2 * days,
    )
    requests.ask(
        journal,
        "How do we handle the work party next month?",
        Wants.TALK,
        asked=now - timedelta(hours=5),
    )
    replies.make_reply(journal, base / "reply.rekindle")
    replies.receive_reply(partner, (base / "reply.rekindle").read_bytes())
    log = JournalLog(partner, clock)
    asked = {r.request.text[:10]: r.request.id for r in requests.open_requests(partner)}
    requests.answer(
        log,
        asked["We drove p"],
        "I'm sorry it came back. I'm here, and I'll take the other road from now on.",
    )
    requests.answer(
        log, asked["Did you ke"], "One box of letters in the loft. We can go through it together."
    )
    requests.at_next_check_in(log, asked["How do we "])
    sharing.export(partner, base / "partner.rekindle")
    sharing.review(journal, (base / "partner.rekindle").read_bytes())
