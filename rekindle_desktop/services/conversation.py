"""Check-in talks, their agenda, and each partner's feelings ratings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from rekindle_desktop.domain.check_ins import DEFAULT_EVERY_DAYS, TalkDue, next_talk
from rekindle_desktop.domain.entries import Agreement
from rekindle_desktop.domain.feelings import FeelingRating
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.store import feelings as feelings_store
from rekindle_desktop.store.journal import Journal

MAX_TEXT = 5_000


@dataclass(frozen=True)
class AgendaItem:
    id: int
    text: str
    from_partner: bool
    added: str


@dataclass(frozen=True)
class Talk:
    id: int
    planned_for: date
    held: str | None
    notes: str


# --- feelings ------------------------------------------------------------------------


def record_feelings(
    journal: Journal,
    day: date,
    *,
    safety: int | None = None,
    trust: int | None = None,
    connection: int | None = None,
) -> FeelingRating:
    try:
        rating = FeelingRating(day, safety, trust, connection)
    except ValueError as exc:
        raise UserFacingError(f"{str(exc).capitalize()}.") from exc
    feelings_store.rate(journal.conn, rating)
    return rating


def feelings(journal: Journal) -> list[FeelingRating]:
    return feelings_store.ratings(journal.conn)


# --- the rhythm the agreement sets ---------------------------------------------------


def talk_due(journal: Journal, today: date, agreement: Agreement | None) -> TalkDue:
    every = agreement.check_in_every_days if agreement else DEFAULT_EVERY_DAYS
    # The local day each talk was held on, as the app's clock saw it; the UTC time
    # in `held` can fall on the next or previous calendar day.
    held_on = journal.conn.execute(
        "SELECT max(planned_for) FROM check_in_talk WHERE held IS NOT NULL"
    ).fetchone()[0]
    last = date.fromisoformat(held_on) if held_on else None
    return next_talk(today, every_days=every, last_held=last)


# --- agenda and talks -----------------------------------------------------------------


def add_agenda_item(journal: Journal, text: str, *, from_partner: bool = False) -> AgendaItem:
    cleaned = text.strip()
    if not cleaned:
        raise UserFacingError("Write the agenda item first.")
    if len(cleaned) > MAX_TEXT:
        raise UserFacingError("That agenda item is very long; please shorten it.")
    added = datetime.now(UTC).isoformat()
    cursor = journal.conn.execute(
        "INSERT INTO agenda_item (text, added_by, added) VALUES (?, ?, ?)",
        (cleaned, "partner" if from_partner else "me", added),
    )
    return AgendaItem(int(cursor.lastrowid or 0), cleaned, from_partner, added)


def open_agenda(journal: Journal) -> list[AgendaItem]:
    """Agenda items not yet talked about, oldest first."""
    return [
        AgendaItem(int(r[0]), str(r[1]), r[2] == "partner", str(r[3]))
        for r in journal.conn.execute(
            "SELECT id, text, added_by, added FROM agenda_item WHERE talk_id IS NULL ORDER BY id"
        )
    ]


def hold_talk(journal: Journal, notes: str, today: date, now: datetime) -> Talk:
    """Record that a check-in talk happened on the local day `today`, at `now`.

    The open agenda is marked as discussed.
    """
    if len(notes) > 200_000:
        raise UserFacingError("Those notes are very long; please split them.")
    held = now.astimezone(UTC).isoformat()
    cursor = journal.conn.execute(
        "INSERT INTO check_in_talk (planned_for, held, notes) VALUES (?, ?, ?)",
        (today.isoformat(), held, notes.strip()),
    )
    talk_id = int(cursor.lastrowid or 0)
    journal.conn.execute("UPDATE agenda_item SET talk_id = ? WHERE talk_id IS NULL", (talk_id,))
    return Talk(talk_id, today, held, notes.strip())


def talks(journal: Journal) -> list[Talk]:
    return [
        Talk(int(r[0]), date.fromisoformat(r[1]), r[2], str(r[3]))
        for r in journal.conn.execute(
            "SELECT id, planned_for, held, notes FROM check_in_talk ORDER BY id DESC"
        )
    ]
