"""What check-ins keep: the talks held, and the agenda items waiting for the next one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from rekindle_desktop.store.database import Connection


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


def last_talk_day(conn: Connection) -> date | None:
    """The local day the latest talk held was planned for, if one was held."""
    held_on = conn.execute(
        "SELECT max(planned_for) FROM check_in_talk WHERE held IS NOT NULL"
    ).fetchone()[0]
    return date.fromisoformat(held_on) if held_on else None


def add_agenda_item(conn: Connection, text: str, *, from_partner: bool) -> AgendaItem:
    added = datetime.now(UTC).isoformat()
    cursor = conn.execute(
        "INSERT INTO agenda_item (text, added_by, added) VALUES (?, ?, ?)",
        (text, "partner" if from_partner else "me", added),
    )
    return AgendaItem(int(cursor.lastrowid or 0), text, from_partner, added)


def open_agenda(conn: Connection) -> list[AgendaItem]:
    """Agenda items not yet talked about, oldest first."""
    return [
        AgendaItem(int(r[0]), str(r[1]), r[2] == "partner", str(r[3]))
        for r in conn.execute(
            "SELECT id, text, added_by, added FROM agenda_item WHERE talk_id IS NULL ORDER BY id"
        )
    ]


def hold_talk(conn: Connection, planned_for: date, held: str, notes: str) -> Talk:
    """Keep a talk held, and mark the open agenda as discussed in it."""
    cursor = conn.execute(
        "INSERT INTO check_in_talk (planned_for, held, notes) VALUES (?, ?, ?)",
        (planned_for.isoformat(), held, notes),
    )
    talk_id = int(cursor.lastrowid or 0)
    conn.execute("UPDATE agenda_item SET talk_id = ? WHERE talk_id IS NULL", (talk_id,))
    return Talk(talk_id, planned_for, held, notes)


def talks(conn: Connection) -> list[Talk]:
    """Newest first."""
    return [
        Talk(int(r[0]), date.fromisoformat(r[1]), r[2], str(r[3]))
        for r in conn.execute(
            "SELECT id, planned_for, held, notes FROM check_in_talk ORDER BY id DESC"
        )
    ]
