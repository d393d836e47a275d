"""What the hurt partner's voice keeps: triggers and requests made (the reviewer's), and
requests received (the sharer's). Requests belong to one pairing, like the records."""

from __future__ import annotations

from datetime import UTC, datetime

from rekindle_desktop.domain.voice import Request, Trigger, Wants
from rekindle_desktop.store.database import Connection
from rekindle_desktop.store.sharing import ACCEPTED_RECORD, SHARED_LOG


def add_trigger(
    conn: Connection, happened: datetime, text: str, strength: int, wants: Wants
) -> Trigger:
    logged = datetime.now(UTC)
    cursor = conn.execute(
        "INSERT INTO trigger_moment (happened, logged, text, strength, wants) "
        "VALUES (?, ?, ?, ?, ?)",
        (happened.isoformat(), logged.isoformat(), text, strength, wants.value),
    )
    return Trigger(int(cursor.lastrowid or 0), happened, logged, text, strength, wants)


def triggers(conn: Connection) -> list[Trigger]:
    """Newest first."""
    return [
        Trigger(
            int(r[0]),
            datetime.fromisoformat(str(r[1])),
            datetime.fromisoformat(str(r[2])),
            str(r[3]),
            int(r[4]),
            Wants(str(r[5])),
        )
        for r in conn.execute(
            "SELECT id, happened, logged, text, strength, wants FROM trigger_moment "
            "ORDER BY happened DESC, id DESC"
        )
    ]


def add_request(
    conn: Connection, text: str, wants: Wants, trigger: int | None, asked: datetime
) -> Request:
    """A request of the current pairing's, waiting for the next reply."""
    cursor = conn.execute(
        "INSERT INTO request_made (pairing, asked, text, wants, trigger_id) "
        f"VALUES ({ACCEPTED_RECORD}, ?, ?, ?, ?)",
        (asked.isoformat(), text, wants.value, trigger),
    )
    return Request(int(cursor.lastrowid or 0), asked, text, wants)


def requests_made(conn: Connection) -> list[tuple[Request, str | None, int | None]]:
    """The current pairing's requests, oldest first: (request, when sent, its trigger)."""
    return [
        (
            Request(int(r[0]), datetime.fromisoformat(str(r[1])), str(r[2]), Wants(str(r[3]))),
            None if r[4] is None else str(r[4]),
            None if r[5] is None else int(r[5]),
        )
        for r in conn.execute(
            "SELECT id, asked, text, wants, sent, trigger_id FROM request_made "
            f"WHERE pairing = {ACCEPTED_RECORD} ORDER BY id"
        )
    ]


def unsent_requests(conn: Connection) -> list[Request]:
    return [request for request, sent, _trigger in requests_made(conn) if sent is None]


def mark_sent(conn: Connection, ids: list[int]) -> None:
    now = datetime.now(UTC).isoformat()
    conn.executemany(
        "UPDATE request_made SET sent = ? WHERE id = ? AND sent IS NULL",
        [(now, request_id) for request_id in ids],
    )


def keep_received(conn: Connection, pairing: int, requests: list[Request]) -> int:
    """Keep the requests a reply carried (each once); how many were new. Call it inside
    the transaction that keeps the reply."""
    new = 0
    for request in requests:
        cursor = conn.execute(
            "INSERT OR IGNORE INTO request_received "
            "(pairing, id, asked, text, wants, received) VALUES (?, ?, ?, ?, ?, ?)",
            (
                pairing,
                request.id,
                request.asked.isoformat(),
                request.text,
                request.wants.value,
                datetime.now(UTC).isoformat(),
            ),
        )
        new += cursor.rowcount
    return new


def received(conn: Connection) -> list[Request]:
    """Requests from the reviewer of the current pairing, oldest first."""
    return [
        Request(int(r[0]), datetime.fromisoformat(str(r[1])), str(r[2]), Wants(str(r[3])))
        for r in conn.execute(
            "SELECT id, asked, text, wants FROM request_received "
            f"WHERE pairing = {SHARED_LOG} ORDER BY asked, id"
        )
    ]
