"""Feelings ratings, one row per day, inside the encrypted journal."""

from __future__ import annotations

from datetime import UTC, date, datetime

from rekindle_desktop.domain.feelings import FeelingRating
from rekindle_desktop.store.database import Connection


def rate(conn: Connection, rating: FeelingRating) -> None:
    conn.execute(
        "INSERT INTO feeling (day, safety, trust, connection, written) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(day) DO UPDATE SET safety = excluded.safety, trust = excluded.trust, "
        "connection = excluded.connection, written = excluded.written",
        (
            rating.day.isoformat(),
            rating.safety,
            rating.trust,
            rating.connection,
            datetime.now(UTC).isoformat(),
        ),
    )


def ratings(conn: Connection) -> list[FeelingRating]:
    return [
        FeelingRating(date.fromisoformat(r[0]), r[1], r[2], r[3])
        for r in conn.execute("SELECT day, safety, trust, connection FROM feeling ORDER BY day")
    ]
