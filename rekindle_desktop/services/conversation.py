"""Check-in talks, their agenda, and each partner's feelings ratings."""

from __future__ import annotations

from datetime import UTC, date, datetime

from rekindle_desktop.domain.check_ins import DEFAULT_EVERY_DAYS, TalkDue, next_talk
from rekindle_desktop.domain.entries import Agreement
from rekindle_desktop.domain.feelings import HIGHEST, LOWEST, FeelingRating
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.store import conversation as conversation_store
from rekindle_desktop.store import feelings as feelings_store
from rekindle_desktop.store.journal import Journal

MAX_TEXT = 5_000


AgendaItem = conversation_store.AgendaItem
Talk = conversation_store.Talk


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
        # The domain's reason, said as a sentence the window can translate.
        if safety is None and trust is None and connection is None:
            raise UserFacingError("Rate at least one feeling.") from exc
        raise UserFacingError(
            "Ratings go from {lowest} to {highest}.", lowest=LOWEST, highest=HIGHEST
        ) from exc
    feelings_store.rate(journal.conn, rating)
    return rating


def feelings(journal: Journal) -> list[FeelingRating]:
    return feelings_store.ratings(journal.conn)


# --- the rhythm the agreement sets ---------------------------------------------------


def talk_due(journal: Journal, today: date, agreement: Agreement | None) -> TalkDue:
    every = agreement.check_in_every_days if agreement else DEFAULT_EVERY_DAYS
    # The local day each talk was held on, as the app's clock saw it; the UTC time
    # in `held` can fall on the next or previous calendar day.
    last = conversation_store.last_talk_day(journal.conn)
    return next_talk(today, every_days=every, last_held=last)


# --- agenda and talks -----------------------------------------------------------------


def add_agenda_item(journal: Journal, text: str, *, from_partner: bool = False) -> AgendaItem:
    cleaned = text.strip()
    if not cleaned:
        raise UserFacingError("Write the agenda item first.")
    if len(cleaned) > MAX_TEXT:
        raise UserFacingError("That agenda item is very long; please shorten it.")
    return conversation_store.add_agenda_item(journal.conn, cleaned, from_partner=from_partner)


def open_agenda(journal: Journal) -> list[AgendaItem]:
    """Agenda items not yet talked about, oldest first."""
    return conversation_store.open_agenda(journal.conn)


def hold_talk(journal: Journal, notes: str, today: date, now: datetime) -> Talk:
    """Record that a check-in talk happened on the local day `today`, at `now`.

    The open agenda is marked as discussed.
    """
    if len(notes) > 200_000:
        raise UserFacingError("Those notes are very long; please split them.")
    held = now.astimezone(UTC).isoformat()
    return conversation_store.hold_talk(journal.conn, today, held, notes.strip())


def talks(journal: Journal) -> list[Talk]:
    return conversation_store.talks(journal.conn)
