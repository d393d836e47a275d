"""Which reminders were sent: at most one per item, ever."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from rekindle_desktop.store.database import Connection


def sent_reminders(conn: Connection) -> list[str]:
    """The key of every reminder sent so far."""
    return [str(r[0]) for r in conn.execute("SELECT item FROM reminder_sent")]


def mark_sent(conn: Connection, keys: Iterable[str]) -> None:
    stamp = datetime.now(UTC).isoformat()
    conn.executemany(
        "INSERT OR IGNORE INTO reminder_sent (item, sent) VALUES (?, ?)",
        [(key, stamp) for key in keys],
    )
