"""Journals written step by step, each entry at its own time, through the log's own
rules: what the property tests of kept and partly read records build."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from rekindle_desktop.crypto.kdf import FLOOR_ARGON2
from rekindle_desktop.domain.entries import (
    LOGGABLE_KINDS,
    Agreement,
    Body,
    CheckIn,
    Draft,
    EntryKind,
    Outcome,
    Pause,
    Plan,
    Promise,
    Words,
)
from rekindle_desktop.domain.ledger import COMMITTING
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.recurrence import Repeat, Rule
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import access, sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store.journal import Journal
from tests.conftest import PASSPHRASE

LONDON = ZoneInfo("Europe/London")  # clocks go forward on 29 March 2026
FIRST = datetime(2026, 2, 1, 8, 0, tzinfo=LONDON)
WHATS = ("plan", "check-in", "words", "promise", "agreement", "pause", "outcome", "amend",
         "retract")  # fmt: skip
RULES = (Repeat.ONCE, Repeat.DAILY, Repeat.WEEKDAYS, Repeat.EVERY_N_DAYS)

# Each step: hours since the last (time only moves on; a few steps can span months, so
# much is older than the weeks read), what, and two numbers choosing the details.
Step = tuple[int, str, int, int]
numbers = st.integers(0, 999)
steps = st.lists(
    st.tuples(st.integers(0, 30 * 24), st.sampled_from(WHATS), numbers, numbers), max_size=40
)


def local(when: datetime) -> Moment:
    return Moment.from_local(when.astimezone(LONDON))


def body_of(kind: EntryKind, now: datetime, a: int, b: int) -> Body:
    """A body a person could save at `now`: a plan up to five weeks ahead or a few days
    back, a promise from some days either side, a pause ahead."""
    match kind:
        case EntryKind.PLAN:
            starts = now + timedelta(hours=a % (35 * 24) - 72)
            return Plan(local(starts), local(starts + timedelta(hours=1 + b % 5)), "Office")
        case EntryKind.PROMISE:
            first = (now + timedelta(days=a % 21 - 10)).date()
            rule = Rule(RULES[b % 4], first, every_days=1 + b % 3)
            return Promise(("Phone on the table", "Home by ten")[a % 2], rule)
        case EntryKind.PAUSE:
            first = (now + timedelta(days=a % 20)).date()
            return Pause(first, first + timedelta(days=b % 6), "Away")
        case EntryKind.AGREEMENT:
            return Agreement(1 + a % 3, frozenset(LOGGABLE_KINDS), 7, "No secrets",
                             (now + timedelta(days=30)).date())  # fmt: skip
        case EntryKind.CHECK_IN:
            return CheckIn(("Office", "Library")[b % 2])
        case _:
            return Words(("Thank you for dinner", "I saw her message")[b % 2])


def save(log: JournalLog, step: Step, now: datetime) -> None:
    """What the step saves, through the log's own rules (some steps save nothing)."""
    _hours, what, a, b = step
    standing = [e for e in log.ledger.entries.values() if not log.ledger.is_retracted(e.id)]
    try:
        if what == "retract" and standing:
            log.retract(standing[a % len(standing)].id)
        elif what == "amend":
            correctable = [e for e in standing if e.kind in (*LOGGABLE_KINDS, EntryKind.PAUSE)]
            if correctable:
                target = correctable[a % len(correctable)]
                log.amend(target.id, body_of(target.kind, now, b, a))
        elif what == "outcome":
            options = [e for e in standing if e.kind in COMMITTING]
            if options:
                target = options[a % len(options)]
                outcome = list(Outcome)[b % len(Outcome)]
                body = log.ledger.current_body(target.id)
                if isinstance(body, Promise):  # a day that has come, as the page offers
                    days = list(body.rule.days_between(body.rule.starts, now.date()))
                    if days:
                        log.record_outcome(target.id, outcome, days[b % len(days)])
                elif isinstance(body, Plan) and body.ends.utc <= now:
                    log.record_outcome(target.id, outcome)
        else:
            kind = {"plan": EntryKind.PLAN, "check-in": EntryKind.CHECK_IN,
                    "promise": EntryKind.PROMISE, "agreement": EntryKind.AGREEMENT,
                    "pause": EntryKind.PAUSE}.get(what, EntryKind.NOTE)  # fmt: skip
            # A check-in may be written down a day or two after.
            happened = now - timedelta(hours=b % 48) if kind is EntryKind.CHECK_IN else now
            log.add(Draft(kind, local(happened), body_of(kind, now, a, b), bool(b % 7 == 0)))
    except UserFacingError:
        pass  # refused as the page would refuse it: nothing saved


def journal_of(folder: Path, chosen: list[Step]) -> tuple[Journal, datetime]:
    """A journal written step by step, each entry at its own time; and its last moment."""
    journal = access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=FLOOR_ARGON2).journal
    log = JournalLog(journal, Clock(LONDON, FIRST))
    now = FIRST
    for step in chosen:
        now += timedelta(hours=step[0])
        log.clock = Clock(LONDON, now)
        save(log, step, now)
    return journal, now


def paired(folder: Path) -> tuple[Journal, Journal]:
    """A sharer's journal and a reviewer's, paired with each other."""
    sharer = access.create_journal(folder / "s", PASSPHRASE, Role.SHARING, argon2=FLOOR_ARGON2)
    reviewer = access.create_journal(folder / "r", PASSPHRASE, Role.REVIEWING, argon2=FLOOR_ARGON2)
    for mine, theirs in ((sharer.journal, reviewer.journal), (reviewer.journal, sharer.journal)):
        sharing.confirm_pairing(mine, sharing.preview_pairing(mine, sharing.pairing_code(theirs)))
    return sharer.journal, reviewer.journal


def paired_again(folder: Path, reviewer: Journal) -> Journal:
    """The sharer's fresh install, paired anew with `reviewer` (whose record of the
    pairing before stays as it was)."""
    fresh = access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=FLOOR_ARGON2).journal
    sharing.confirm_pairing(fresh, sharing.preview_pairing(fresh, sharing.pairing_code(reviewer)))
    code = sharing.pairing_code(fresh)
    sharing.confirm_pairing(
        reviewer, sharing.read_partner_code(reviewer, code, new_pairing=True).preview()
    )
    return fresh
